"""``inspectdesk plan FILE …``: plans as TOML files, and drawing a plan's sample.

::

    inspectdesk plan FILE import PLAN.toml
    inspectdesk plan FILE export REF -o PLAN.toml
    inspectdesk plan FILE sample REF [--seed N] [--json] [--dry-run]

The format is documented in ``docs/plan-format.md``. ``sample`` stores the draw as the
plan's draft sample (replacing the previous draft, seed stored with the plan) unless
``--dry-run``; its JSON is an array with one object per selected unit.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspectdesk.cli.common import EXIT_OK, database_ref, print_json

Handler = Callable[[argparse.Namespace], int]
_REF_HELP = "số hoặc UUID của kế hoạch (ví dụ 230/KH-UBND)"


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value < 2**31:
        raise argparse.ArgumentTypeError(
            f"“{text}” không phải số gieo hợp lệ (0–2147483647) / not a valid seed"
        )
    return value


def register(sub: Any) -> dict[str, Handler]:
    """Add ``plan`` and its actions to ``sub``; return the handler by name."""
    p = sub.add_parser("plan", help="kế hoạch dạng tệp TOML và chọn mẫu đơn vị")
    p.add_argument("file", type=database_ref, help="tệp dữ liệu .idb")
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = actions.add_parser("import", help="nhập một kế hoạch từ tệp TOML")
    a.add_argument("source", type=Path, help="tệp kế hoạch .toml")
    a = actions.add_parser("export", help="ghi một kế hoạch ra tệp TOML")
    a.add_argument("ref", help=_REF_HELP)
    a.add_argument("-o", "--output", type=Path, required=True, help="tệp .toml cần ghi")
    a = actions.add_parser("sample", help="chọn mẫu đơn vị được kiểm tra của kế hoạch")
    a.add_argument("ref", help=_REF_HELP)
    a.add_argument("--seed", type=_seed, help="số gieo (mặc định: số của kế hoạch)")
    a.add_argument("--json", action="store_true", help="in dạng JSON")
    a.add_argument(
        "--dry-run", action="store_true", help="chỉ in kết quả, không ghi vào tệp dữ liệu"
    )
    return {"plan": _cmd_plan}


def _cmd_plan(args: argparse.Namespace) -> int:
    handlers = {"import": _import, "export": _export, "sample": _sample}
    return handlers[args.action](args)


def _import(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.plan_files import import_plan

    with open_file(args.file) as db:
        result = import_plan(db, args.source)
    name = result.number or result.title
    print(f"Đã nhập kế hoạch / plan imported: {name} ({result.strata} nhóm mẫu / strata)")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_plan
    from inspectdesk.services.plan_files import export_plan

    with open_file(args.file, readonly=True) as db:
        with db.sessions() as s:
            plan_id = resolve_plan(s, args.ref).id
        path = export_plan(db, plan_id, args.output)
    print(f"Đã ghi kế hoạch / plan written: {path}")
    return EXIT_OK


def _sample(args: argparse.Namespace) -> int:
    from inspectdesk.services.files import open_file
    from inspectdesk.services.listing import resolve_plan
    from inspectdesk.services.sampling import SamplingService

    with open_file(args.file, readonly=args.dry_run) as db:
        with db.sessions() as s:
            plan_id = resolve_plan(s, args.ref).id
        result = SamplingService(db).draw(plan_id, args.seed, store=not args.dry_run)
    if args.json:
        print_json(
            [
                {
                    "unit": unit.unit,
                    "unit_id": unit.unit_id,
                    "parent": unit.parent,
                    "stratum": unit.stratum,
                    "under": unit.under,
                    "weight": unit.weight,
                }
                for unit in result.units
            ]
        )
        return EXIT_OK
    print(f"Số gieo / seed: {result.seed}")
    for part in result.parts:
        under = f" — {part.under}" if part.under else ""
        print(
            f"Nhóm / stratum {part.stratum}{under}: {part.selected}/{part.target}"
            f" (tổng số / population {part.population})"
        )
    width = max((len(unit.unit) for unit in result.units), default=0)
    for unit in result.units:
        print(f"{unit.stratum:>3}  {unit.unit.ljust(width)}  {unit.parent}")
    stored = "" if args.dry_run else " — đã ghi làm mẫu dự thảo / stored as the draft sample"
    print(f"{len(result.units)} đơn vị / units{stored}")
    return EXIT_OK
