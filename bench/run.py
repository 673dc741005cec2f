"""Measure every row of DESIGN.md's performance table in one command.

Builds (or reuses, under ``~/.cache/inspectdesk-bench``) the reference file of
``bench/reference.py``, then measures, each in fresh child processes: opening it (open
file + count and first page of the findings list), peak memory of that child, start to a
usable main window against a bare PySide6 window (median of 3, as a ratio, with its phases),
the UI-thread stall probe of `bench/stall_probe.py` (filter, scroll and sort), and runs the
scripts in ``scripts/`` for the findings filter, documents, merge and import rows. A row
that cannot be measured yet says why.

Usage::

    python bench/run.py [--write] [--skip findings,stalls,documents,merge,import] [--scale 1.0]

``--write`` appends one dated table with the machine to ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CACHE = Path.home() / ".cache" / "inspectdesk-bench"
REPEAT = 3
TIMEOUT = 300
Row = tuple[str, str, str]
"""What a user does, the target, the measured figure (or why it is not measured yet)."""


def _child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTDESK_DATA_DIR=str(data_dir))
    env.setdefault("INSPECTDESK_LANG", "vi")
    # An installed InspectDesk runs from compiled bytecode (the frozen build ships .pyc);
    # a shell that forbids writing it would measure Python compiling every module instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_bytecode() -> None:
    """Compile the package once, as an installation would, before anything is timed."""
    import compileall

    compileall.compile_dir(str(ROOT / "inspectdesk"), quiet=1)


def child_open(path: Path) -> dict[str, float]:
    """In a child: open ``path``, run the findings list's first query; times and peak RSS."""
    import resource

    start = time.perf_counter()
    from inspectdesk.services.files import open_file
    from inspectdesk.services.paging import FindingQuery

    imported = time.perf_counter()
    db = open_file(path)
    opened = time.perf_counter()
    query = FindingQuery()
    count = query.count(db)
    query.fetch(db, 0, 200, matches=count)
    done = time.perf_counter()
    db.close()
    return {
        "import_ms": (imported - start) * 1000,
        "open_ms": (opened - imported) * 1000,
        "first_page_ms": (done - opened) * 1000,
        "rows": count,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_window(demo: Path | None) -> None:
    """In a child: show a bare window (``demo`` None) or InspectDesk's main window on it.

    Prints when the window was ready and, for InspectDesk, how long each phase took."""
    phases: dict[str, float] = {}
    mark = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        phases[name] = (now - mark) * 1000
        mark = now

    if demo is None:
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
    else:
        from PySide6.QtWidgets import QApplication

        phase("qt_import_ms")
        import sqlalchemy.orm  # noqa: F401  (timed on its own: the largest single import)

        phase("sqlalchemy_import_ms")
        from inspectdesk.ui.application import create_application
        from inspectdesk.ui.main_window import MainWindow
        from inspectdesk.ui.settings import Settings

        phase("inspectdesk_import_ms")
        app = create_application()
        window = MainWindow(Settings())
        phase("window_ms")
        window.open_path(demo)
        phase("open_ms")
    window.show()
    app.processEvents()
    if demo is not None:
        phase("show_ms")
    print(json.dumps({"ready": time.time(), **phases}), flush=True)
    os._exit(0)  # the moment of interest is past; skip teardown (and any modal dialog)


def child_memory(path: Path) -> dict[str, float]:
    """In a child: the main window on ``path``, every page visited, the findings list read
    at its start, middle and end; the peak resident memory then."""
    import resource

    from PySide6.QtWidgets import QApplication

    from inspectdesk.ui import worker
    from inspectdesk.ui.application import create_application
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.settings import Settings

    app = create_application()
    window = MainWindow(Settings())
    window.resize(1280, 800)
    window.show()
    if not window.open_path(path):
        raise SystemExit(f"could not open {path}")
    for key in list(window.pages):
        window.show_page(key)
        QApplication.processEvents()
        worker.wait_for_all()
        QApplication.processEvents()
    page = window.show_page("findings")
    bar = page.table.verticalScrollBar()  # type: ignore[attr-defined]
    for stop in (0.0, 0.5, 1.0):
        worker.wait_for_all()
        QApplication.processEvents()
        bar.setValue(round(bar.maximum() * stop))
        QApplication.processEvents()
        worker.wait_for_all()
        QApplication.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close_file()
    del app
    return {"maxrss_mb": peak}


def _spawn(args: list[str], data_dir: Path) -> dict[str, float]:
    """Run this script as a child with ``args``; its last JSON line plus ``wall_ms``."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        env=_child_env(data_dir),
        timeout=TIMEOUT,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_ms"] = (result.get("ready", time.time()) - start) * 1000
    return result


def measure_open(path: Path, data_dir: Path) -> list[Row]:
    """Opening the reference file and the memory it takes, median of fresh children."""
    runs = [_spawn(["--child-open", str(path)], data_dir) for _ in range(REPEAT)]
    open_ms = statistics.median(r["open_ms"] + r["first_page_ms"] for r in runs)
    first = statistics.median(r["first_page_ms"] for r in runs)
    peak = max(r["maxrss_mb"] for r in runs)
    rows = int(runs[0]["rows"])
    memory = _spawn(["--child-memory", str(path)], data_dir)["maxrss_mb"]
    return [
        (
            "Open the reference file",
            "< 1 s",
            f"{open_ms:.0f} ms (open {open_ms - first:.0f} + count and first page of "
            f"{rows:,} findings {first:.0f})",
        ),
        (
            "Memory with the reference file open",
            "< 400 MB",
            f"{memory:.0f} MB peak RSS (main window, every page shown, findings read at the "
            f"start, middle and end; {peak:.0f} MB for opening alone)",
        ),
    ]


def measure_start(demo: Path, data_dir: Path) -> list[Row]:
    """Start to a usable main window on the demo file against a bare PySide6 window."""
    bare = statistics.median(_spawn(["--child-window"], data_dir)["wall_ms"] for _ in range(3))
    times = []
    for n in range(3):  # a fresh copy each time: the killed child leaves its lock behind
        copy = demo.with_name(f"start-{n}.idb")
        shutil.copy(demo, copy)
        times.append(_spawn(["--child-window", str(copy)], data_dir))
    main = statistics.median(t["wall_ms"] for t in times)
    parts = ", ".join(
        f"{label} {statistics.median(t[key] for t in times):.0f}"
        for key, label in (
            ("qt_import_ms", "Qt import"),
            ("sqlalchemy_import_ms", "SQLAlchemy import"),
            ("inspectdesk_import_ms", "InspectDesk modules"),
            ("window_ms", "window and pages"),
            ("open_ms", "open file"),
            ("show_ms", "first paint"),
        )
    )
    return [
        (
            "Start to a usable main window (demo file)",
            "≤ 1.5 × bare PySide6",
            f"{main / bare:.2f} × ({main:.0f} ms against {bare:.0f} ms; in ms: {parts})",
        )
    ]


def measure_stalls(path: Path, data_dir: Path) -> list[Row]:
    """The UI-thread stall probe (``bench/stall_probe.py``) on the reference file."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "stall_probe.py"), str(path)],
        capture_output=True,
        text=True,
        env=_child_env(data_dir),
        timeout=TIMEOUT,
        check=True,
    )
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    words = {"filter": "filtered", "scroll": "scrolled", "sort": "sorted"}
    figures = "; ".join(
        f"{words[key]}: longest stall {probe[key]['longest_stall_ms']:.0f} ms, rows on screen "
        f"{probe[key]['median_to_rows_ms']:.0f} ms median, {probe[key]['slowest_to_rows_ms']:.0f}"
        " ms slowest"
        for key in ("filter", "scroll", "sort")
    )
    return [
        (
            f"UI never frozen while {probe['rows']:,} findings are scrolled, sorted or filtered",
            "no stall > 100 ms",
            figures,
        )
    ]


def _script(name: str, args: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), *args],
        capture_output=True,
        text=True,
        env=_child_env(Path(tempfile.mkdtemp(prefix="inspectdesk-bench-"))),
        timeout=TIMEOUT,
        check=True,
    )
    return done.stdout


def _cells(out: str, marker: str) -> list[str]:
    line = next(x for x in out.splitlines() if x.startswith("|") and marker in x)
    return [c.strip(" *") for c in line.strip("|").split("|")]


def measure_findings(path: Path) -> list[Row]:
    """The filter keystrokes of ``scripts/bench_findings.py`` on the reference file."""
    from bench.reference import FULL

    out = _script("bench_findings.py", ["--db", str(path), "--findings", str(FULL["findings"])])
    shown, stall = [], []
    for line in out.splitlines():
        if line.startswith("“"):
            parts = line.rsplit(None, 5)
            shown.append(float(parts[-2]))
            stall.append(float(parts[-1]))
    return [
        (
            "Type in a list filter (500k findings)",
            "< 100 ms per keystroke, UI never frozen",
            f"{max(shown):.0f} ms slowest keystroke to rows shown, longest UI stall "
            f"{max(stall):.0f} ms",
        )
    ]


def measure_documents() -> list[Row]:
    """Minutes and the 1,000-visit report from ``scripts/bench_documents.py``."""
    out = _script("bench_documents.py", ["--repeat", "5"])
    minutes = _cells(out, "Minutes .docx")[-1]
    report = _cells(out, "plan of 1,000 visits")[-1]
    ratio = next((x for x in out.splitlines() if "times faster" in x), "")
    factor = ratio.split(" times faster")[0].rsplit(" ", 1)[-1] if ratio else "?"
    return [
        ("Generate one minutes .docx", "< 150 ms (warm)", f"{minutes} ms"),
        (
            "Generate the summary PDF for a 1,000-visit plan",
            "< 5 s, ≥ 3 × faster than LibreOffice",
            f"{report} ms, {factor} × faster than LibreOffice",
        ),
    ]


def measure_merge() -> list[Row]:
    """Merging two 50,000-finding files, from ``scripts/bench_merge.py``."""
    seconds = _cells(_script("bench_merge.py", []), "| Merge")[-1]
    return [("Merge two files of 50,000 findings each", "< 10 s", f"{seconds} s")]


def measure_import() -> list[Row]:
    """Importing 5,000 units, from ``scripts/bench_import.py``."""
    total = _cells(_script("bench_import.py", []), "Read + dry run + import")[-1]
    return [("Import 5,000 units from Excel", "< 3 s", f"{total} ms")]


def reference_file(scale: float, seed: int, rebuild: bool) -> tuple[Path, float | None]:
    """The cached reference file, built when missing; with the build time if built."""
    from bench.reference import build

    path = CACHE / f"reference-seed{seed}-scale{scale:g}.idb"
    if path.exists() and not rebuild:
        return path, None
    start = time.perf_counter()
    build(path, seed=seed, scale=scale)
    return path, time.perf_counter() - start


def _safe(name: str, target: str, measure: Callable[[], list[Row]]) -> list[Row]:
    try:
        return measure()
    except subprocess.TimeoutExpired:
        return [(name, target, f"not measured yet: took over {TIMEOUT} s")]
    except subprocess.CalledProcessError as error:
        last = (error.stderr or "").strip().splitlines()[-1:] or ["no output"]
        return [(name, target, f"not measured yet: the script failed ({last[0]})")]
    except (StopIteration, ValueError, IndexError) as error:
        return [(name, target, f"not measured yet: unreadable script output ({error!r})")]


def main(argv: list[str] | None = None) -> int:
    """Command line: measure, print the table, optionally append it to the docs."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="append to docs/performance.md")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip", default="", help="comma-separated: findings,documents,…")
    parser.add_argument("--child-open", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-window", nargs="?", const="", help=argparse.SUPPRESS)
    parser.add_argument("--child-memory", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_open:
        print(json.dumps(child_open(args.child_open)))
        return 0
    if args.child_memory:
        print(json.dumps(child_memory(args.child_memory)))
        return 0
    if args.child_window is not None:
        child_window(Path(args.child_window) if args.child_window else None)
        return 0

    from bench_findings import append_to_performance, machine  # type: ignore[import-not-found]

    from inspectdesk.services.demo import build_demo

    skip = set(filter(None, args.skip.split(",")))
    started = time.perf_counter()
    compile_bytecode()
    path, built = reference_file(args.scale, args.seed, args.rebuild)
    if built is not None:
        print(f"built {path} in {built:.1f} s", flush=True)
    data_dir = Path(tempfile.mkdtemp(prefix="inspectdesk-bench-"))
    demo = data_dir / "demo.idb"
    build_demo(demo)
    rows: list[Row] = []
    rows += _safe("Start to a usable main window", "≤ 1.5 ×", lambda: measure_start(demo, data_dir))
    rows += _safe("Open the reference file", "< 1 s", lambda: measure_open(path, data_dir))
    steps: list[tuple[str, str, str, Callable[[], list[Row]]]] = [
        (
            "findings",
            "Type in a list filter (500k findings)",
            "< 100 ms",
            lambda: measure_findings(path),
        ),
        (
            "documents",
            "Generate one minutes .docx and the 1,000-visit PDF",
            "< 150 ms; < 5 s",
            measure_documents,
        ),
        ("merge", "Merge two files of 50,000 findings each", "< 10 s", measure_merge),
        ("import", "Import 5,000 units from Excel", "< 3 s", measure_import),
    ]
    for key, name, target, measure in steps:
        if key in skip or (key == "findings" and args.scale != 1.0):
            rows.append((name, target, "not measured yet: skipped in this run (--skip/--scale)"))
        else:
            print(f"measuring {key}…", flush=True)
            rows += _safe(name, target, measure)
    if "stalls" in skip:
        rows.append(("UI never frozen", "no stall > 100 ms", "not measured: skipped (--skip)"))
    else:
        print("measuring stalls…", flush=True)
        rows += _safe(
            "UI never frozen while findings are scrolled, sorted or filtered",
            "no stall > 100 ms",
            lambda: measure_stalls(path, data_dir),
        )
    lines = [
        f"## Reference benchmark — {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine()}. Command: `python bench/run.py --write"
        f"{f' --scale {args.scale:g}' if args.scale != 1.0 else ''}`; reference file "
        f"`bench/reference.py --seed {args.seed}`"
        + (f", built in {built:.1f} s" if built is not None else " (cached)")
        + f"; whole run {time.perf_counter() - started:.0f} s. Fresh child processes; "
        "medians of 3.",
        "",
        "| What a user does | Target | Measured |",
        "|---|---|---|",
        *(f"| {name} | {target} | {figure} |" for name, target, figure in rows),
        "",
    ]
    print("\n".join(lines))
    if args.write:
        print(f"written to {append_to_performance(lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
