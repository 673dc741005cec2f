#!/usr/bin/env python3
"""Time the merge of two files of 50,000 findings each against DESIGN.md's target (< 10 s).

    python scripts/bench_merge.py [--findings N] [--write]

Builds the demo database, grows it to N findings (with their change-log entries, as
the application writes them), copies it twice, edits 1,000 findings in each copy and
adds 2,000 in the other one, then times a dry run and the merge itself. With --write,
appends a dated section to docs/performance.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def _grow(path: Path, findings: int) -> None:
    """Add findings (and their INSERT log entries) until the file holds ``findings``."""
    from sqlalchemy import func, insert, select

    from inspectdesk.db.models import ChangeLogEntry, Finding, Visit
    from inspectdesk.domain.enums import ChangeAction, FindingKind
    from inspectdesk.services.files import open_file
    from inspectdesk.text import fold

    with open_file(path) as db, db.sessions.begin() as s:
        visits = list(s.scalars(select(Visit.id)))
        have = s.scalar(select(func.count()).select_from(Finding)) or 0
        now = datetime.now(UTC)
        rows, log = [], []
        for n in range(findings - have):
            text = f"Chưa niêm yết công khai thủ tục hành chính số {n} tại bộ phận một cửa"
            fid = uuid.uuid4()
            rows.append(
                {
                    "id": fid,
                    "visit_id": visits[n % len(visits)],
                    "kind": FindingKind.SHORTCOMING,
                    "text": text,
                    "text_fold": fold(text),
                    "cause": "",
                    "position": n,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": "bench",
                    "revision": 1,
                    "deleted": False,
                }
            )
            log.append(
                {
                    "id": uuid.uuid4(),
                    "changed_at": now,
                    "changed_by": "bench",
                    "table_name": "finding",
                    "row_id": fid,
                    "action": ChangeAction.INSERT,
                    "field": "",
                    "note": "",
                }
            )
        s.execute(insert(Finding.__table__), rows)
        s.execute(insert(ChangeLogEntry.__table__), log)


def _edit(path: Path, offset: int, new: int) -> None:
    from sqlalchemy import select

    from inspectdesk.db.models import Finding
    from inspectdesk.domain.enums import FindingKind
    from inspectdesk.services.files import open_file

    with open_file(path, backup_folder=path.parent / "bk") as db, db.sessions.begin() as s:
        ids = list(s.scalars(select(Finding.id).order_by(Finding.id).offset(offset).limit(1000)))
        assert ids, f"no findings after the first {offset}"
        for fid in ids:
            finding = s.get(Finding, fid)
            assert finding is not None
            finding.text += f" (sửa ở {path.stem})"
        visit = s.get(Finding, ids[0]).visit_id  # type: ignore[union-attr]
        for n in range(new):
            s.add(Finding(visit_id=visit, kind=FindingKind.VIOLATION, text=f"Mới {n}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--findings", type=int, default=50_000)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    from bench_findings import machine

    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.merge import merge_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        origin = folder / "origin.idb"
        build_demo(origin, today=date(2026, 11, 20))
        _grow(origin, args.findings)
        mine, theirs = folder / "mine.idb", folder / "theirs.idb"
        shutil.copy(origin, mine)
        shutil.copy(origin, theirs)
        _edit(mine, 0, 0)
        _edit(theirs, min(5000, args.findings // 2), 2000)
        start = time.perf_counter()
        dry = merge_files(mine, theirs, dry_run=True, backup_folder=folder / "bk")
        dry_s = time.perf_counter() - start
        start = time.perf_counter()
        report = merge_files(mine, theirs, backup_folder=folder / "bk")
        merge_s = time.perf_counter() - start
        start = time.perf_counter()
        again = merge_files(mine, theirs, backup_folder=folder / "bk")
        again_s = time.perf_counter() - start
    assert dry.added == report.added and again.nothing_to_do
    lines = [
        f"## Merge — {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine()}. Command: `python scripts/bench_merge.py --write`; two copies of "
        f"a file of {args.findings:,} findings, 1,000 findings edited in each, 2,000 added "
        "in the other.",
        "",
        "| Step | Target | Seconds |",
        "|---|---|---:|",
        f"| Dry run (plan the merge) | — | {dry_s:.2f} |",
        f"| Merge (backup, apply, copy {report.log_entries:,} log entries) | < 10 s | "
        f"{merge_s:.2f} |",
        f"| Merging the same file again (nothing to do) | — | {again_s:.2f} |",
        "",
    ]
    print("\n".join(lines))
    if args.write:
        from bench_findings import append_to_performance

        append_to_performance(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
