"""Subcommands for backups: take one (when the data changed), list them, restore one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, database_ref

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser("backup", help="sao lưu tệp (khi dữ liệu đã thay đổi), hoặc liệt kê")
    p.add_argument("file", type=database_ref)
    p.add_argument("--folder", type=Path, help="thư mục sao lưu (mặc định của người dùng)")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu")
    p.add_argument("--force", action="store_true", help="sao lưu cả khi không có thay đổi")
    p = sub.add_parser("restore", help="khôi phục tệp từ một bản sao lưu")
    p.add_argument("file", type=database_ref, help="tệp sẽ được thay (được sao lưu trước)")
    p.add_argument("backup", type=Path)
    p.add_argument("--folder", type=Path, help="thư mục sao lưu (mặc định của người dùng)")
    return {"backup": _cmd_backup, "restore": _cmd_restore}


def _cmd_backup(args: argparse.Namespace) -> int:
    from inspectdesk.services.backups import auto_backup
    from inspectdesk.services.files import open_file
    from inspectdesk.services.maintenance import backup_now, list_backups

    if args.list:
        for entry in list_backups(args.file, args.folder):
            print(f"{entry.taken_at:%d/%m/%Y %H:%M:%S}  {entry.size:>12,}  {entry.path}")
        return EXIT_OK
    with open_file(args.file, backup_folder=args.folder) as db:
        made = backup_now(db, args.folder) if args.force else auto_backup(db, args.folder)
    if made is None:
        print("Dữ liệu không thay đổi từ lần sao lưu trước / unchanged since the last backup")
    else:
        print(f"Đã sao lưu / backup written: {made}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from inspectdesk.services.backups import restore_backup

    kept = restore_backup(args.backup, args.file, args.folder)
    print(f"Đã khôi phục / restored: {args.backup} → {args.file}")
    if kept is not None:
        print(f"  bản trước khi khôi phục / previous file kept: {kept}")
    return EXIT_OK
