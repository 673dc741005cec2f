"""``inspectdesk templates``: see, export, check, install and reset document templates."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, print_json

KIND_HELP = "minutes, decision, plan, report"  # the store names the kinds when one is wrong
Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add ``templates`` to ``sub``; return its handler."""
    p = sub.add_parser("templates", help="mẫu văn bản (.docx) mà người dùng chỉnh sửa được")
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="loại văn bản và mẫu đang dùng")
    q.add_argument("--json", action="store_true")
    q = actions.add_parser("export", help="lưu mẫu có sẵn ra tệp để chỉnh sửa trong Word")
    q.add_argument("kind", help=KIND_HELP)
    q.add_argument("-o", "--output", type=Path, required=True)
    q = actions.add_parser("check", help="thử mẫu với dữ liệu mẫu (không cài đặt)")
    q.add_argument("kind", help=KIND_HELP)
    q.add_argument("template", type=Path)
    q = actions.add_parser("install", help="kiểm tra rồi dùng mẫu đã chỉnh sửa")
    q.add_argument("kind", help=KIND_HELP)
    q.add_argument("template", type=Path)
    q = actions.add_parser("reset", help="quay về mẫu có sẵn (giữ bản cũ .bak)")
    q.add_argument("kind", help=KIND_HELP)
    for parser in (p, *actions.choices.values()):
        parser.add_argument("--folder", type=Path, help="thư mục mẫu (mặc định: của người dùng)")
    return {"templates": _cmd_templates}


def _cmd_templates(args: argparse.Namespace) -> int:
    from inspectdesk.services.templates import TemplateStore, check_template, read_template

    store = TemplateStore(args.folder)
    if args.action == "list":
        statuses = store.statuses()
        if args.json:
            print_json(
                [
                    {
                        "kind": s.key,
                        "title": s.title_vi,
                        "custom": s.custom,
                        "path": str(s.path),
                        "modified": s.modified.isoformat(timespec="seconds")
                        if s.modified
                        else None,
                    }
                    for s in statuses
                ]
            )
        else:
            for s in statuses:
                where = f"{s.path}" if s.custom else "mẫu có sẵn / built-in"
                print(f"{s.key:<10} {s.title_vi:<32} {where}")
        return EXIT_OK
    if args.action == "export":
        path = store.export(args.kind, args.output)
        print(f"Đã lưu mẫu / template saved: {path}")
    elif args.action == "check":
        check_template(args.kind, read_template(args.template))
        print(f"Mẫu dùng được / template OK: {args.template}")
    elif args.action == "install":
        path = store.install(args.kind, args.template)
        print(f"Đã cài mẫu / template installed: {path}")
    elif args.action == "reset":
        kept = store.reset(args.kind)
        if kept is None:
            print("Đang dùng mẫu có sẵn / the built-in template is already in use")
        else:
            print(f"Đã quay về mẫu có sẵn; bản cũ / previous copy kept: {kept}")
    return EXIT_OK
