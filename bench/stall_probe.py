"""A UI-thread stall probe on the real findings page: filter, scroll and sort 500,000 rows.

The Findings page is attached to a workspace on the reference file and shown (offscreen);
a 5 ms timer ticks on the UI thread throughout, and the longest gap between two ticks is
the longest the window could not react — the "never frozen for more than 100 ms" of the
performance issue. Three activities, each as a user does it:

* **filter** — typing ``vien chuc`` one key at a time, 120 ms apart (a brisk typist), then
  waiting for the count and first rows; then clearing the box;
* **scroll** — jumping the scroll bar to 10 %, 25 % … the end and back, and paging down 20
  times, each time until the rows on screen are read;
* **sort** — clicking each sortable heading, ascending then descending, each time until the
  first rows of the new order are shown.

For each it reports the longest stall, and the median and slowest time from the action to
the rows on screen. Run on its own (``python bench/stall_probe.py FILE``) or from
``bench/run.py``; prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TICK_MS = 5
KEY_GAP_S = 0.12
WAIT_LIMIT_S = 30.0
TEXT = "vien chuc"
SCROLL_STOPS = (0.10, 0.25, 0.50, 0.75, 1.0, 0.0)
PAGE_DOWNS = 20


class Probe:
    """The ticking timer and the page under test."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from inspectdesk.services.files import open_file
        from inspectdesk.ui import worker
        from inspectdesk.ui.pages.findings_page import FindingsPage
        from inspectdesk.ui.workspace import Workspace

        self.app = QApplication.instance() or QApplication([])
        worker.set_synchronous(False)
        self.workspace = Workspace(open_file(path))
        self.page = FindingsPage()
        self.page.resize(1280, 760)
        self.page.show()
        self.page.attach(self.workspace)
        self.gaps: list[float] = []
        self.last_tick = time.perf_counter()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.wait_until(lambda: not self.page.model.busy and self.page.model.rowCount() > 0)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last_tick)
        self.last_tick = now

    def pump(self, seconds: float) -> None:
        """Let the event loop run for ``seconds`` (the user doing nothing)."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def wait_until(self, done: Callable[[], bool]) -> float:
        """Run the event loop until ``done()``; the seconds it took."""
        start = time.perf_counter()
        while not done():
            if time.perf_counter() - start > WAIT_LIMIT_S:
                raise TimeoutError("the findings page did not show its rows in time")
            self.app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - start

    def start_activity(self) -> None:
        """Forget earlier gaps: measure from here."""
        self.app.processEvents()
        self.gaps.clear()
        self.last_tick = time.perf_counter()

    def longest_stall_ms(self) -> float:
        """The longest gap between two ticks since :meth:`start_activity`."""
        return max(self.gaps, default=0.0) * 1000

    # -- what "the rows are on screen" means ------------------------------------------

    def settled(self) -> bool:
        """No query running and every row the table shows has been read."""
        model = self.page.model
        if model.busy:
            return False
        table = self.page.table
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        if first < 0:
            return model.rowCount() == 0
        last = model.rowCount() - 1 if last < 0 else last
        return model.row_at(first) is not None and model.row_at(last) is not None


def _summary(stall: float, waits: list[float], actions: int) -> dict[str, Any]:
    return {
        "longest_stall_ms": round(stall, 1),
        "median_to_rows_ms": round(statistics.median(waits) * 1000, 1),
        "slowest_to_rows_ms": round(max(waits) * 1000, 1),
        "actions": actions,
    }


def filter_activity(probe: Probe) -> dict[str, Any]:
    """Type ``TEXT`` a key at a time, then wait for the rows; clear; twice."""
    from PySide6.QtTest import QTest

    probe.start_activity()
    waits = []
    for _ in range(2):
        probe.page.filter.clear()
        probe.pump(0.3)
        probe.wait_until(probe.settled)
        for key in TEXT:
            QTest.keyClicks(probe.page.filter, key)
            probe.pump(KEY_GAP_S)
        typed = time.perf_counter()
        wanted = probe.page.current_query()
        probe.wait_until(lambda q=wanted: probe.page.model.query == q and probe.settled())
        waits.append(time.perf_counter() - typed + KEY_GAP_S)  # from the last key
    probe.page.filter.clear()
    probe.pump(0.3)
    probe.wait_until(probe.settled)
    return _summary(probe.longest_stall_ms(), waits, 2 * len(TEXT))


def scroll_activity(probe: Probe) -> dict[str, Any]:
    """Jump the scroll bar around the whole list, then page down."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    probe.start_activity()
    bar = probe.page.table.verticalScrollBar()
    waits = []
    for stop in SCROLL_STOPS:
        bar.setValue(round(bar.maximum() * stop))
        waits.append(probe.wait_until(probe.settled))
        probe.pump(0.05)
    probe.page.table.setFocus()
    for _ in range(PAGE_DOWNS):
        QTest.keyClick(probe.page.table, Qt.Key.Key_PageDown)
        waits.append(probe.wait_until(probe.settled))
    return _summary(probe.longest_stall_ms(), waits, len(SCROLL_STOPS) + PAGE_DOWNS)


def sort_activity(probe: Probe) -> dict[str, Any]:
    """Click each sortable heading, ascending then descending."""
    from PySide6.QtCore import Qt

    from inspectdesk.ui.pages.findings_page import SORTS

    probe.start_activity()
    table = probe.page.table
    waits = []
    for column in range(len(SORTS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            probe.app.processEvents()
            waits.append(probe.wait_until(probe.settled))
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    probe.wait_until(probe.settled)
    return _summary(probe.longest_stall_ms(), waits, 2 * len(SORTS))


def measure(path: Path) -> dict[str, Any]:
    """All three activities on ``path``; rows in the list and a summary per activity."""
    from inspectdesk.ui import worker

    probe = Probe(path)
    try:
        result: dict[str, Any] = {"rows": probe.page.model.rowCount()}
        result["filter"] = filter_activity(probe)
        result["scroll"] = scroll_activity(probe)
        result["sort"] = sort_activity(probe)
    finally:
        probe.timer.stop()
        probe.page.attach(None)
        worker.wait_for_all()
        probe.workspace.db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: ``stall_probe.py FILE`` prints the JSON summary."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python bench/stall_probe.py REFERENCE.idb", file=sys.stderr)
        return 2
    print(json.dumps(measure(Path(args[0]))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
