#!/usr/bin/env python3
"""Time document generation against DESIGN.md's targets, on the demo database.

    python scripts/bench_documents.py [--repeat N] [--write]

Measures, as medians of N warm runs (after one cold run): the minutes .docx of one
visit (target < 150 ms warm), the summary report PDF and .docx of plan 230/KH-UBND, and
the report of a plan of 1,000 visits (--big) as a PDF (target < 5 s) against LibreOffice
converting the same report's .docx to PDF (target: at least 3 times faster), when
LibreOffice (soffice) is installed. With --write, appends a dated section to
docs/performance.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
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


def _big_plan(db: object, visits: int) -> object:
    """A plan of ``visits`` inspected visits copied from the demo's, with their findings."""
    import uuid

    from sqlalchemy import select

    from inspectdesk.db.models import Finding, Plan, Recommendation, Visit
    from inspectdesk.domain.enums import VisitStatus

    rng = random.Random(7)
    with db.sessions.begin() as s:  # type: ignore[attr-defined]
        source = s.scalars(select(Visit).where(Visit.status == VisitStatus.SIGNED)).all()
        findings = s.scalars(select(Finding)).all()
        by_visit: dict[uuid.UUID, list[Finding]] = {}
        for f in findings:
            by_visit.setdefault(f.visit_id, []).append(f)
        recs = s.scalars(select(Recommendation)).all()
        plan = Plan(number="999/KH-BENCH", title="Kế hoạch kiểm tra công vụ (đo hiệu năng)")
        plan.issuer = "UBND tỉnh Vĩnh Phúc"
        plan.start_on, plan.end_on = date(2025, 1, 6), date(2025, 12, 26)
        s.add(plan)
        s.flush()
        for n in range(visits):
            model = source[n % len(source)]
            visit = Visit(
                plan_id=plan.id,
                unit_id=model.unit_id,
                mode=model.mode,
                status=VisitStatus.SIGNED,
                scheduled_on=date(2025, 1, 6).fromordinal(date(2025, 1, 6).toordinal() + n % 350),
                causes=model.causes,
            )
            s.add(visit)
            s.flush()
            for position, f in enumerate(by_visit.get(model.id, [])):
                s.add(
                    Finding(
                        visit_id=visit.id,
                        item_id=f.item_id,
                        kind=f.kind,
                        text=f.text,
                        position=position,
                    )
                )
            for position, r in enumerate(rng.sample(recs, 2)):
                s.add(
                    Recommendation(
                        visit_id=visit.id,
                        text=r.text,
                        status=r.status,
                        deadline=r.deadline,
                        position=position,
                    )
                )
        return plan.id


def _libreoffice_row(report: object, scope: object, folder: Path, repeat: int) -> list[tuple]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return [("LibreOffice converting the same report's .docx", "—", float("nan"), float("nan"))]
    source = folder / "big.docx"
    report.write(scope, source, docx=True)  # type: ignore[attr-defined]
    profile = (folder / "lo-profile").as_uri()

    def convert() -> None:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder / "lo"),
                str(source),
            ],
            check=True,
            capture_output=True,
        )

    return [
        (
            "LibreOffice converting the same report's .docx to PDF",
            "PDF ≥ 3 × faster",
            *_timed(convert, repeat),
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--big", type=int, default=1000, help="visits of the large plan")
    args = parser.parse_args()

    from bench_findings import machine

    from inspectdesk.services import listing
    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.files import open_file
    from inspectdesk.services.minutes import MinutesService
    from inspectdesk.services.report import ReportScope, ReportService

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
                (
                    "Summary report .docx, plan 230/KH-UBND",
                    "—",
                    *_timed(
                        lambda: report.write(ReportScope(plan), folder / "r.docx", docx=True),
                        args.repeat,
                    ),
                ),
            ]
            big = ReportScope(_big_plan(db, args.big))  # type: ignore[arg-type]
            few = max(1, min(3, args.repeat))
            rows.append(
                (
                    f"Summary report PDF, plan of {args.big:,} visits",
                    "< 5 s",
                    *_timed(lambda: report.write(big, folder / "big.pdf"), few),
                )
            )
            rows += _libreoffice_row(report, big, folder, few)
    ratio = rows[-1][3] / rows[-2][3] if rows[-1][3] == rows[-1][3] else float("nan")
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
        f"The report PDF of the large plan is made {ratio:.1f} times faster than LibreOffice "
        "converts the equivalent .docx (LibreOffice's start included, as a user would run it).",
        "",
    ]
    print("\n".join(lines))
    if args.write:
        from bench_findings import append_to_performance

        append_to_performance(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
