"""What the screens ask of a database, timed on a server (or a file) holding the reference set.

The performance targets of DESIGN.md are for files; a team on a server runs the same
queries over the network. This times them, as medians of ``--repeat`` runs, on any
database InspectDesk opens — a file or ``postgresql://…`` (copy the reference file in
first: ``inspectdesk server URL init`` then ``inspectdesk server URL copy-in FILE``):

* opening the database (connection, schema check);
* the findings list: count + first page of 200 rows in every order, a filter typed key by
  key ("vien chuc", the median keystroke), a kind filter, a page deep in the list;
* the follow-up list: its counts and first page;
* the overview's counts and the whole units and visits lists (read in workers).

Usage::

    python bench/server_lists.py ADDRESS-or-FILE [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspectdesk.db.database import Database
from inspectdesk.domain.enums import FindingKind
from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.services.overview import overview
from inspectdesk.services.paging import FindingQuery, FindingSort
from inspectdesk.services.recommendation_paging import RecommendationQuery

PAGE = 200
TODAY = date(2026, 11, 20)


def timed(action: Callable[[], Any], repeat: int) -> float:
    """Median milliseconds of ``action``."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def first_page(db: Database, query: FindingQuery) -> None:
    matches = query.count(db)
    query.fetch(db, 0, PAGE, matches=matches)


def measure(where: str, repeat: int) -> list[tuple[str, float]]:
    rows: list[tuple[str, float]] = []

    def opened() -> None:
        open_file(where, readonly=True).close()

    rows.append(("open", timed(opened, repeat)))
    db = open_file(where, readonly=True)
    try:
        for sort in FindingSort:
            query = FindingQuery(sort=sort)
            rows.append(
                (
                    f"findings by {sort.value}: count + first page",
                    timed(lambda q=query: first_page(db, q), repeat),
                )
            )
        keystrokes = [
            timed(lambda n=n: first_page(db, FindingQuery(search="vien chuc"[:n])), repeat)
            for n in range(1, len("vien chuc") + 1)
        ]
        rows.append(
            ("findings filter, median keystroke of “vien chuc”", statistics.median(keystrokes))
        )
        rows.append(("findings filter, slowest keystroke", max(keystrokes)))
        violations = FindingQuery(kind=FindingKind.VIOLATION)
        rows.append(("findings of one kind", timed(lambda: first_page(db, violations), repeat)))
        every = FindingQuery()
        total = every.count(db)
        rows.append(
            (
                f"findings page at row {total // 2:,}",
                timed(lambda: every.fetch(db, total // 2, PAGE, matches=total), repeat),
            )
        )
        recs = RecommendationQuery.of(today=TODAY)
        rows.append(
            (
                "follow-up: counts + first page",
                timed(lambda: (recs.counts(db), recs.fetch(db, 0, PAGE)), repeat),
            )
        )
        rows.append(("overview counts", timed(lambda: overview(db, TODAY), repeat)))
        rows.append(("units list (whole)", timed(lambda: listing.list_units(db), repeat)))
        rows.append(("visits list (whole)", timed(lambda: listing.list_visits(db), repeat)))
    finally:
        db.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("where", help="a file or postgresql://user@host/db")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for label, ms in measure(args.where, args.repeat):
        print(f"| {label} | {ms:,.0f} ms |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
