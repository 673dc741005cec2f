"""Subcommands for a database on a PostgreSQL server: create, upgrade, check, copy in and out.

The server is named by its address, ``postgresql://user@host:port/database``; the
password comes from ``PGPASSWORD`` or the pgpass file (never from InspectDesk's settings).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, UsageError, database_ref

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this module's subcommands to ``sub``; return their handlers by name."""
    p = sub.add_parser(
        "server",
        help="cơ sở dữ liệu trên máy chủ PostgreSQL: init | upgrade | status | copy-in | copy-out",
    )
    p.add_argument(
        "address",
        type=database_ref,
        help="postgresql://người_dùng@máy_chủ:cổng/cơ_sở_dữ_liệu, hoặc một tệp .idb "
        "(init, upgrade, status)",
    )
    p.add_argument(
        "action", choices=("init", "upgrade", "status", "copy-in", "copy-out", "roles", "grant")
    )
    p.add_argument(
        "file",
        nargs="?",
        help="copy-in/copy-out: tệp .idb; grant: tên đăng nhập (login) cần cấp vai trò",
    )
    p.add_argument(
        "role", nargs="?", choices=("secretary", "leader", "viewer"), help="grant: vai trò"
    )
    p.add_argument(
        "--new",
        action="store_true",
        help="init: bắt đầu từ đầu, có sẵn cấp hành chính, loại đơn vị, bộ nội dung kiểm tra "
        "như tệp mới (không dùng khi sẽ copy-in) / start from nothing with a new file's built-ins",
    )
    return {"server": _cmd_server}


def _cmd_server(args: argparse.Namespace) -> int:
    from inspectdesk.db import server

    if not server.is_server_address(args.address):
        return _file_schema(args)
    if args.action in ("copy-in", "copy-out") and args.file is None:
        raise UsageError(f"server … {args.action} cần tên tệp / needs a FILE")
    if args.action == "grant" and (args.file is None or args.role is None):
        raise UsageError("server … grant LOGIN secretary|leader|viewer")
    if args.action in ("roles", "grant"):
        from inspectdesk.db.server_roles import grant_role, set_up_roles

        if args.action == "roles":
            set_up_roles(args.address)
            print("Đã thiết lập vai trò / roles set up: secretary, leader, viewer")
        else:
            grant_role(args.address, args.file, args.role)
            print(f"Đã cấp / granted: {args.file} → {args.role}")
        return EXIT_OK
    if args.action == "init":
        from inspectdesk.services.servers import initialise

        facts = initialise(args.address, new=args.new)
        print(f"Đã khởi tạo / set up: {facts.address} (lược đồ / schema {facts.generation})")
    elif args.action == "upgrade":
        before, facts = server.upgrade_server(args.address)
        if before == facts.generation:
            print(f"Đã ở lược đồ mới nhất / already at schema {facts.generation}: {facts.address}")
        else:
            print(
                f"Đã nâng cấp / upgraded {facts.address}: lược đồ / schema {before} → "
                f"{facts.generation}"
            )
    elif args.action == "status":
        facts = server.server_status(args.address)
        print(
            f"{facts.address}: InspectDesk, lược đồ / schema {facts.generation} "
            f"({facts.revision}), ghi bởi / written by {facts.app_version or '?'}"
        )
    else:
        from inspectdesk.services.server_copy import (
            copy_file_to_server,
            copy_server_to_file,
            shown,
        )

        if args.action == "copy-in":
            summary = copy_file_to_server(Path(args.file), args.address)
            where = f"{args.file} → {shown(args.address)}"
            print(f"Đã chép / copied {where}: {summary.rows:,} dòng / rows")
        else:
            summary = copy_server_to_file(args.address, Path(args.file))
            where = f"{shown(args.address)} → {args.file}"
            print(f"Đã chép / copied {where}: {summary.rows:,} dòng / rows")
        print("  đã kiểm tra: hai bên giống hệt / checked: both sides are identical")
    return EXIT_OK


def _file_schema(args: argparse.Namespace) -> int:
    """``server FILE init|upgrade|status``: the same administration for a database file
    (create it, migrate it after a backup, say its schema); the rest needs a server."""
    from inspectdesk.db import fileformat, migrate

    path = Path(args.address)
    generation = migrate.schema_generation()
    if args.action == "init":
        from inspectdesk.services.files import new_file

        new_file(path).close()
        print(f"Đã tạo tệp / created {path} (lược đồ / schema {generation})")
    elif args.action == "upgrade":
        from inspectdesk.services.files import open_file

        db = open_file(path)
        db.close()
        if db.migrated_from is None:
            print(f"Đã ở lược đồ mới nhất / already at schema {generation}: {path}")
        else:
            print(
                f"Đã nâng cấp / upgraded {path}: lược đồ / schema {db.migrated_from} → "
                f"{generation} (bản sao lưu / backup: {db.backup_path})"
            )
    elif args.action == "status":
        facts = fileformat.identify(path, app_generation=generation)
        older = (
            f"; cũ hơn phiên bản này ({generation}), chạy “upgrade” / older than this "
            f"version's {generation}: run upgrade"
            if facts.generation < generation
            else ""
        )
        print(
            f"{path}: InspectDesk, lược đồ / schema {facts.generation}, ghi bởi / written by "
            f"{facts.written_by or '?'}{older}"
        )
    else:
        raise UsageError(
            f"server … {args.action} cần địa chỉ máy chủ postgresql://… / needs a server address"
        )
    return EXIT_OK
