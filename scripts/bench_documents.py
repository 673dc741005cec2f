#!/usr/bin/env python3
"""Time document generation against DESIGN.md's targets, on the demo database.

    python scripts/bench_documents.py [--repeat N] [--write]

Measures, as medians of N warm runs (after one cold run): the minutes .docx of one
visit (target < 150 ms warm) and the summary report PDF of plan 230/KH-UBND. With
--write, appends a dated section to docs/performance.md. The 1,000-visit report and
the comparison with LibreOffice belong to the reference data set (issue 9).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def _timed(run: object, repeat: int) -> tuple[float, float]:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        warm.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(warm)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    from bench_findings import machine

    from inspectdesk.services import listing
    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.files import open_file
    from inspectdesk.services.minutes import MinutesService
    from inspectdesk.services.report import ReportService

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.idb"
        build_demo(demo, today=date(2026, 11, 20))
        with open_file(demo) as db:
            visit = next(v for v in listing.list_visits(db) if v.minutes_number)
            minutes = MinutesService(db)
            report = ReportService(db)
            plan = report.plan_by_number("230/KH-UBND")
            rows = [
                (
                    "Minutes .docx, one visit",
                    "< 150 ms warm",
                    *_timed(lambda: minutes.write(str(visit.id), folder / "m.docx"), args.repeat),
                ),
                (
                    "Summary report PDF, plan 230/KH-UBND (22 visits, 7 pages)",
                    "—",
                    *_timed(lambda: report.write_pdf(plan, folder / "r.pdf"), args.repeat),
                ),
            ]
    lines = [
        f"## Documents — {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine()}. Command: `python scripts/bench_documents.py --write`; "
        f"median of {args.repeat} warm runs after one cold run, demo database.",
        "",
        "| Document | Target | Cold (ms) | Warm median (ms) |",
        "|---|---|---:|---:|",
        *(f"| {name} | {target} | {cold:.0f} | {warm:.0f} |" for name, target, cold, warm in rows),
        "",
    ]
    print("\n".join(lines))
    if args.write:
        perf = ROOT / "docs" / "performance.md"
        perf.write_text(
            perf.read_text(encoding="utf-8").rstrip() + "\n\n" + "\n".join(lines), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
