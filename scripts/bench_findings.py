"""Benchmark the findings list on a big file: count and first page per keystroke.

Builds (once, then reuses) a database of N findings (500,000 by default: the reference
data set of DESIGN.md, with 20,000 units, 2,000 plans and 50,000 visits) written with
SQLAlchemy Core bulk inserts, then measures, as medians of repeated runs:

* the background query: ``count`` + the first page of 200 rows, for the empty filter,
  for each keystroke of "vien chuc" and for a kind filter;
* the work left on the UI thread when such a result arrives: resetting the paged model
  and painting the visible rows of a table view (offscreen).

Usage::

    python scripts/bench_findings.py [--db PATH] [--findings N] [--repeat R] [--write]

``--write`` appends a dated section with the machine to ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistItem, Finding, Plan, Unit, UnitKind, Visit
from inspectdesk.db.types import stored_sort_key
from inspectdesk.domain.enums import FindingKind, PlanStatus, VisitMode, VisitStatus
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.paging import FindingQuery, FindingSort
from inspectdesk.text import fold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the reference data's vocabulary lives in bench/reference.py
from bench.reference import ISSUES, KIND_BY_ISSUE, PLACES, SUBJECTS, common  # noqa: E402

PAGE = 200
KEYSTROKES = "vien chuc"

UNIT_PREFIXES = (
    "UBND xã",
    "UBND phường",
    "Trường Tiểu học",
    "Trường THCS",
    "Trạm Y tế xã",
    "Phòng Nội vụ huyện",
    "Phòng Tài chính - Kế hoạch huyện",
    "Chi cục Thuế khu vực",
    "Ban Quản lý dự án huyện",
    "Trung tâm Văn hóa - Thể thao",
)
PLACE_NAMES = (
    "Định Trung",
    "Thanh Trù",
    "Hội Hợp",
    "Đồng Tâm",
    "Khai Quang",
    "Liên Bảo",
    "Tích Sơn",
    "Ngô Quyền",
    "Đống Đa",
    "Tam Dương",
    "Hợp Thịnh",
    "Đạo Tú",
    "Bá Hiến",
    "Thiện Kế",
    "Sơn Lôi",
    "Quang Minh",
    "Tiền Phong",
    "Mê Linh",
    "Yên Lạc",
    "Đồng Cương",
    "Vĩnh Tường",
    "Tứ Trưng",
    "Lập Thạch",
    "Xuân Hòa",
    "Sông Lô",
    "Tam Đảo",
    "Đại Đình",
    "Bồ Lý",
    "Phúc Yên",
    "Ngọc Thanh",
)


def _units_for(findings: int) -> int:
    return max(1, min(20_000, findings // 20))


def _plans_for(findings: int) -> int:
    return max(1, min(2_000, findings // 250))


def build(path: Path, findings: int, seed: int = 2026) -> None:
    """Create the benchmark file at ``path`` with ``findings`` findings (and 1/10 visits)."""
    rng = random.Random(seed)
    visits = max(1, findings // 10)
    units = _units_for(findings)
    plans = _plans_for(findings)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".building")
    db = new_file(temp, overwrite=True)
    try:
        with db.engine.begin() as conn:
            kinds = list(conn.scalars(select(UnitKind.id)))
            items = [(row.id, row.code) for row in conn.execute(select(ChecklistItem))]
            unit_rows = []
            for n in range(units):
                name = f"{rng.choice(UNIT_PREFIXES)} {rng.choice(PLACE_NAMES)} {n + 1}"
                unit_rows.append(
                    {
                        **common(rng),
                        "name": name,
                        "name_fold": fold(name),
                        "name_sort": stored_sort_key(name),
                        "kind_id": rng.choice(kinds),
                    }
                )
            conn.execute(insert(Unit), unit_rows)
            plan_rows = []
            for n in range(plans):
                title = f"Kế hoạch kiểm tra công vụ số {n + 1}"
                plan_rows.append(
                    {
                        **common(rng),
                        "number": f"{n + 1}/KH-SNV",
                        "title": title,
                        "title_fold": fold(title),
                        "title_sort": stored_sort_key(title),
                        "status": PlanStatus.IN_PROGRESS,
                        "start_on": date(2021, 1, 1) + timedelta(days=n % 1500),
                    }
                )
            conn.execute(insert(Plan), plan_rows)
            statuses = list(VisitStatus)
            visit_rows = []
            for _ in range(visits):
                visit_rows.append(
                    {
                        **common(rng),
                        "plan_id": rng.choice(plan_rows)["id"],
                        "unit_id": rng.choice(unit_rows)["id"],
                        "mode": rng.choice((VisitMode.ANNOUNCED, VisitMode.UNANNOUNCED)),
                        "status": rng.choice(statuses),
                        "scheduled_on": date(2021, 1, 1) + timedelta(days=rng.randrange(2000)),
                    }
                )
            conn.execute(insert(Visit), visit_rows)
            folds: dict[str, str] = {}
            batch: list[dict[str, object]] = []
            for n in range(findings):
                issue = rng.choice(ISSUES)
                text = f"{rng.choice(SUBJECTS)} {issue} {rng.choice(PLACES)}".strip()
                kind = KIND_BY_ISSUE.get(issue) or rng.choice(
                    (FindingKind.SHORTCOMING, FindingKind.SHORTCOMING, FindingKind.VIOLATION)
                )
                folded = folds.get(text)
                if folded is None:
                    folded = folds[text] = fold(text)
                item_id, _code = rng.choice(items)
                batch.append(
                    {
                        **common(rng),
                        "visit_id": visit_rows[n // 10 % visits]["id"],
                        "item_id": item_id,
                        "kind": kind,
                        "text": text,
                        "text_fold": folded,
                        "cause": "",
                        "position": n % 10 + 1,
                    }
                )
                if len(batch) == 50_000:
                    conn.execute(insert(Finding), batch)
                    batch.clear()
            if batch:
                conn.execute(insert(Finding), batch)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    os.replace(temp, path)


def ensure_file(path: Path, findings: int, rebuild: bool) -> float | None:
    """Reuse ``path`` when it holds ``findings`` findings; else build it. Returns build time."""
    if path.exists() and not rebuild:
        db = open_file(path)
        try:
            with db.sessions() as s:
                have = s.scalar(select(func.count()).select_from(Finding))
        finally:
            db.close()
        if have == findings:
            return None
    start = time.perf_counter()
    build(path, findings)
    return time.perf_counter() - start


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``action`` over ``repeat`` runs, after one warm-up run."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def machine() -> str:
    """CPU model, cores and memory, from /proc where there is one."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
                break
    except OSError:
        pass
    parts = [cpu, f"{os.cpu_count()} cores", ram, f"{platform.system()} {platform.release()}"]
    parts.append(f"Python {platform.python_version()}")
    return ", ".join(p for p in parts if p)


class UiProbe:
    """The UI-thread part: a paged model and a table view, offscreen."""

    def __init__(self, db: Database) -> None:
        from PySide6.QtWidgets import QApplication, QTableView

        from inspectdesk.ui.paged_model import PagedTableModel
        from inspectdesk.ui.pages.findings_page import finding_columns

        self.app = QApplication.instance() or QApplication([])
        self.model = PagedTableModel(
            finding_columns(),
            lambda q, stop: q.count(db, stop),
            lambda q, offset, limit, stop, matches: q.fetch(db, offset, limit, stop, matches),
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1000, 700)
        self.view.show()

    def apply(self, query: FindingQuery, count: int, first: list[Any]) -> None:
        """Hand a finished result to the model and paint the view (the UI thread's share)."""
        self.model.apply_result(query, count, first)
        self.view.viewport().repaint()
        self.app.processEvents()

    def threaded(self, query: FindingQuery) -> tuple[float, float]:
        """Run ``query`` as the page does (worker thread) while a 5 ms timer ticks.

        Returns the time until the rows are shown and the longest gap between two
        ticks: how long the UI thread was ever unable to react (ms).
        """
        from PySide6.QtCore import QTimer

        from inspectdesk.ui import worker

        worker.set_synchronous(False)
        ticks = [time.perf_counter()]
        gaps: list[float] = []

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - ticks[-1])
            ticks.append(now)

        timer = QTimer(interval=5)
        timer.timeout.connect(tick)
        shown: list[int] = []
        self.model.loaded.connect(shown.append)
        timer.start()
        self.app.processEvents()
        ticks.append(time.perf_counter())
        start = time.perf_counter()
        self.model.set_query(query)
        while not shown:
            self.app.processEvents()
            time.sleep(0.001)
        self.view.viewport().repaint()
        self.app.processEvents()
        elapsed = time.perf_counter() - start
        timer.stop()
        self.model.loaded.disconnect(shown.append)
        worker.wait_for_all()
        return elapsed * 1000, max(gaps, default=0.0) * 1000


def _count_and_first_page(db: Database, query: FindingQuery) -> object:
    """What the findings page runs in the background for each new filter."""
    count = query.count(db)
    return query.fetch(db, 0, PAGE, matches=count) if count else []


Result = tuple[str, int, float, float, float, float]
"""Case, rows, background ms, UI-thread ms, keystroke-to-rows ms, longest UI stall ms."""


def run(args: argparse.Namespace) -> list[Result]:
    db = open_file(args.db)
    probe = UiProbe(db)
    cases: list[tuple[str, FindingQuery]] = [("(empty filter)", FindingQuery())]
    cases += [
        (f"“{KEYSTROKES[: n + 1]}”", FindingQuery(search=KEYSTROKES[: n + 1]))
        for n in range(len(KEYSTROKES))
        if KEYSTROKES[n] != " "
    ]
    cases.append(("kind = violation", FindingQuery(kind=FindingKind.VIOLATION)))
    cases.append(("“vien chuc” + violation", FindingQuery("vien chuc", FindingKind.VIOLATION)))
    results: list[Result] = []
    try:
        for name, query in cases:
            count = query.count(db)
            first = query.fetch(db, 0, PAGE, matches=count)
            background = median_ms(partial(_count_and_first_page, db, query), args.repeat)
            ui = median_ms(partial(probe.apply, query, count, first), args.repeat)
            runs = [probe.threaded(query) for _ in range(args.repeat)]
            shown = statistics.median(r[0] for r in runs)
            stall = max(r[1] for r in runs)
            results.append((name, count, background, ui, shown, stall))
            print(
                f"{name:28} {count:>9,} {background:>8.1f} {ui:>7.1f} {shown:>8.1f} {stall:>7.1f}",
                flush=True,
            )
        for name, query in (
            ("last page, empty filter", FindingQuery()),
            ("last page, “vien chuc”", FindingQuery(search=KEYSTROKES)),
            ("first page, sorted by kind", FindingQuery(sort=FindingSort.KIND)),
            ("first page, sorted by text", FindingQuery(sort=FindingSort.TEXT)),
        ):
            count = query.count(db)
            offset = max(0, count - PAGE) if name.startswith("last") else 0
            page_ms = median_ms(partial(query.fetch, db, offset, PAGE, None, count), 3)
            results.append((name, count, page_ms, 0.0, 0.0, 0.0))
            print(f"{name:28} {count:>9,} {page_ms:>8.1f}", flush=True)
    finally:
        db.close()
    return results


def append_to_performance(lines: list[str]) -> Path:
    """Append a section (its lines) to ``docs/performance.md``; return the file."""
    perf = ROOT / "docs" / "performance.md"
    perf.write_text(
        perf.read_text(encoding="utf-8").rstrip() + "\n\n" + "\n".join(lines), encoding="utf-8"
    )
    return perf


def write_section(results: list[Result], findings: int, build_s: float | None, repeat: int) -> Path:
    path = ROOT / "docs" / "performance.md"
    if not path.exists():
        path.write_text(
            "# Performance\n\nResults of the benchmark scripts in `scripts/`, newest last. "
            "Targets are in DESIGN.md (“Performance targets”).\n",
            encoding="utf-8",
        )
    lines = [
        "",
        f"## Findings list, {findings:,} findings — {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine()}. Command: `python scripts/bench_findings.py --findings {findings}"
        f" --write`; medians of {repeat} runs after a warm-up.",
        "",
        f"Data: {findings:,} findings, 10 per visit, at {max(1, findings // 10):,} visits of"
        f" {_units_for(findings):,} units under {_plans_for(findings):,} plans (made by the"
        " script; texts drawn from public-service inspection phrases).",
        "",
        "*Background*: `count` + the first page of 200 rows, the query the worker thread runs"
        " for each new filter. *UI thread*: handing that result to the model and painting"
        " the table. *Shown*: from the end of the 150 ms typing pause to the rows on screen,"
        " through the real worker thread. *Longest stall*: the longest the UI thread was"
        " unable to react (a 5 ms timer's largest gap) over all runs of that filter."
        " Target (DESIGN.md): < 100 ms per keystroke on the UI thread, UI never frozen."
        " The last rows are one page read when scrolling there (no count); sorting by kind"
        " or text is a page read after a header click.",
        "",
        "| Filter | Rows | Background (ms) | UI thread (ms) | Shown (ms) | Longest stall (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, count, background, ui, shown, stall in results:
        if ui:
            lines.append(
                f"| {name} | {count:,} | {background:.1f} | {ui:.1f} | {shown:.1f} | {stall:.1f} |"
            )
        else:
            lines.append(f"| {name} | {count:,} | {background:.1f} | — | — | — |")
    if build_s is not None:
        lines += ["", f"Building the file took {build_s:.1f} s."]
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="benchmark file (built if needed)")
    parser.add_argument("--findings", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the file even if cached")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--write", action="store_true", help="append to docs/performance.md")
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = Path.home() / ".cache" / "inspectdesk-bench" / f"findings-{args.findings}.idb"
    build_s = ensure_file(args.db, args.findings, args.rebuild)
    if build_s is not None:
        print(f"built {args.db} with {args.findings:,} findings in {build_s:.1f} s", flush=True)
    if args.build_only:
        return 0
    print(machine())
    print(f"{'filter':28} {'rows':>9} {'bg ms':>8} {'ui ms':>7} {'shown':>8} {'stall':>7}")
    results = run(args)
    if args.write:
        print(f"written to {write_section(results, args.findings, build_s, args.repeat)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
