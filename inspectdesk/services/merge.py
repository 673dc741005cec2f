"""Merging another secretary's file into mine: ``inspectdesk merge FILE OTHER``.

The other file is never touched: a consistent copy of it is taken (and migrated when it
is older; a newer or foreign file is refused). :mod:`merge_plan` works out what to do;
nothing is written on a dry run. Otherwise my file is backed up and the whole merge is
one transaction: new rows added, fields taken, conflicts settled by the decisions given
(keeping mine by default), the losing value of each conflict written to the change log,
the other file's change-log entries copied in — so a second merge finds nothing to do.

Document numbers never collide: a draft the other file numbered in a series my file
already used is renumbered (with the visit or plan that carries the number); two
signed documents with one number refuse the merge.
"""

from __future__ import annotations

import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database, open_database
from inspectdesk.db.events import CHANGE_NOTE
from inspectdesk.db.models import Base, ChangeLogEntry, IssuedDocument, Plan, Visit
from inspectdesk.db.values import to_plain
from inspectdesk.domain.enums import ChangeAction, DocumentType
from inspectdesk.domain.numbering import format_document_number
from inspectdesk.errors import UserError
from inspectdesk.services.files import backup_before
from inspectdesk.services.merge_plan import (
    Conflict,
    MergePlan,
    compared_columns,
    model_of,
    number_clashes,
    plan_merge,
    syncable_tables,
)

Choice = Literal["mine", "theirs"]
Decision = Choice | tuple[Literal["edit"], Any]
ConflictKey = tuple[str, uuid.UUID, str]


class SameFileMerge(UserError):
    code = "merge_same_file"
    vi = "Không thể hợp nhất tệp “{path}” với chính nó."
    en = "The file “{path}” cannot be merged with itself."


class SignedNumberClash(UserError):
    """Both files issued the same number to different signed documents."""

    code = "merge_signed_number_clash"
    vi = (
        "Không hợp nhất được: số văn bản {number} đã được dùng cho hai văn bản đã ký khác "
        "nhau trong hai tệp. Hãy kiểm tra sổ văn bản của hai tệp trước."
    )
    en = (
        "Cannot merge: number {number} was given to two different signed documents in the "
        "two files. Check both files' registers first."
    )


@dataclass
class MergeReport:
    """What a merge did (or, on a dry run, would do)."""

    mine: Path
    other: Path
    dry_run: bool
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    decisions: dict[ConflictKey, str] = field(default_factory=dict)
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    log_entries: int = 0
    backup: Path | None = None

    @property
    def nothing_to_do(self) -> bool:
        """Whether the two files already agree."""
        return not (self.added or self.changed or self.conflicts or self.log_entries)


def _other_copy(other: Path, folder: Path) -> Database:
    """Open a consistent private copy of ``other`` (migrated if older)."""
    fileformat.identify(other, app_generation=migrate.schema_generation())
    copy = folder / "other.idb"
    fileformat.backup_copy(other, copy)
    return open_database(copy)


def merge_into(
    db: Database,
    other: Path,
    *,
    dry_run: bool = False,
    decisions: dict[ConflictKey, Decision] | None = None,
    backup_folder: Path | None = None,
) -> MergeReport:
    """Merge the file ``other`` into the open database ``db``.

    Args:
        db: My database (written unless ``dry_run``).
        other: The other secretary's file; never written.
        dry_run: Only report what would happen.
        decisions: For each conflict key, "mine", "theirs" or ("edit", value); a
            conflict without a decision keeps mine.
        backup_folder: Where my file is backed up first (default: the backups folder).

    Raises:
        SameFileMerge: ``other`` is ``db``'s own file.
        NotAnInspectDeskFile, DamagedFile, FileTooNew…: ``other`` cannot be merged.
        SignedNumberClash: both files numbered different signed documents alike.
    """
    other = Path(other)
    if db.path is not None and other.resolve() == Path(db.path).resolve():
        raise SameFileMerge(path=other)
    decisions = decisions or {}
    report = MergeReport(Path(db.path) if db.path else Path(), other, dry_run)
    with tempfile.TemporaryDirectory(prefix="inspectdesk-merge-") as tmp:
        theirs_db = _other_copy(other, Path(tmp))
        try:
            with db.sessions() as mine, theirs_db.sessions() as theirs:
                plan = plan_merge(mine, theirs)
                clashes = number_clashes(mine, plan)
        finally:
            theirs_db.close()
    report.added, report.changed = plan.added, plan.changed
    report.conflicts, report.log_entries = plan.conflicts, len(plan.log_entries)
    for conflict in plan.conflicts:
        choice = decisions.get(conflict.key, "mine")
        report.decisions[conflict.key] = choice if isinstance(choice, str) else "edit"
    if dry_run or plan.is_empty:
        report.renumbered = [(row["number"], "…") for row, _mine in clashes]
        return report
    if db.path is not None:
        report.backup = backup_before(Path(db.path), "before-merge", backup_folder)
    with db.sessions.begin() as s:
        s.info[CHANGE_NOTE] = f"Hợp nhất từ {other.name}"
        renumbered = _renumber(s, plan, clashes)
        s.flush()
        _apply(s, plan, decisions, other.name)
        _fix_number_holders(s, renumbered)
        report.renumbered = [(old, new) for old, new, _ in renumbered]
    return report


def merge_files(
    mine: Path,
    other: Path,
    *,
    dry_run: bool = False,
    decisions: dict[ConflictKey, Decision] | None = None,
    backup_folder: Path | None = None,
) -> MergeReport:
    """Open ``mine`` and merge ``other`` into it (see :func:`merge_into`)."""
    from inspectdesk.services.files import open_file

    with open_file(Path(mine), readonly=dry_run, backup_folder=backup_folder) as db:
        return merge_into(
            db, other, dry_run=dry_run, decisions=decisions, backup_folder=backup_folder
        )


# -- applying ----------------------------------------------------------------------


def _apply(
    s: Session, plan: MergePlan, decisions: dict[ConflictKey, Decision], other_name: str
) -> None:
    for table in syncable_tables():
        rows = plan.inserts.get(table.name)
        if rows:
            s.execute(insert(table), rows)
    for (table_name, row_id), values in plan.takes.items():
        obj = s.get(model_of(table_name), row_id)
        for column, value in values.items():
            setattr(obj, column, value)
    for conflict in plan.conflicts:
        decision = decisions.get(conflict.key, "mine")
        obj = s.get(model_of(conflict.table), conflict.row_id)
        if conflict.is_deletion:
            theirs = plan.theirs_rows[(conflict.table, conflict.row_id)]
            if decision == "theirs":
                for column in compared_columns(_table(conflict.table)):
                    if column != "id":
                        setattr(obj, column, theirs[column])
            else:
                _log_loser(s, conflict, "deleted", theirs["deleted"], other_name)
            continue
        if decision == "theirs":
            setattr(obj, conflict.field, conflict.theirs)
            continue
        if isinstance(decision, tuple):
            setattr(obj, conflict.field, decision[1])
        _log_loser(s, conflict, conflict.field, conflict.theirs, other_name)
    s.flush()
    if plan.log_entries:
        s.execute(insert(_table(ChangeLogEntry.__tablename__)), plan.log_entries)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _log_loser(s: Session, conflict: Conflict, column: str, lost: Any, other_name: str) -> None:
    """Keep the value a conflict's decision set aside in the change log."""
    s.add(
        ChangeLogEntry(
            table_name=conflict.table,
            row_id=conflict.row_id,
            action=ChangeAction.UPDATE,
            field=column,
            old_value=_plain(lost),
            new_value=_plain(conflict.mine),
            note=f"Hợp nhất: giá trị của “{other_name}” không được chọn"[:300],
        )
    )


def _plain(value: Any) -> str | None:
    import json

    plain = to_plain(value)
    return None if plain is None else json.dumps(plain, ensure_ascii=False)


def _renumber(
    s: Session, plan: MergePlan, clashes: list[tuple[dict[str, Any], Any]]
) -> list[tuple[str, str, dict[str, Any]]]:
    """Give drafts a free number where both files used one; return (old, new, row)."""
    done: list[tuple[str, str, dict[str, Any]]] = []
    table = _table(IssuedDocument.__tablename__)
    for theirs, mine in clashes:
        if theirs["signed_on"] is not None and mine["signed_on"] is not None:
            raise SignedNumberClash(number=theirs["number"])
        series = (theirs["doc_type"], theirs["issuer_code"], theirs["year"])
        used = [
            seq
            for (seq,) in s.execute(
                select(table.c.sequence).where(
                    table.c.doc_type == series[0],
                    table.c.issuer_code == series[1],
                    table.c.year == series[2],
                )
            )
        ]
        used += [
            r["sequence"]
            for r in plan.inserts.get(table.name, [])
            if (r["doc_type"], r["issuer_code"], r["year"]) == series
        ]
        sequence = max(used, default=0) + 1
        number = format_document_number(sequence, DocumentType(series[0]), series[1])
        if theirs["signed_on"] is None:
            old = theirs["number"]
            theirs["sequence"], theirs["number"] = sequence, number
            done.append((old, number, theirs))
        else:  # theirs is signed, mine a draft: mine gives way
            entry = s.get(IssuedDocument, mine["id"])
            assert entry is not None
            old = entry.number
            entry.sequence, entry.number = sequence, number
            done.append((old, number, {c.name: getattr(entry, c.name) for c in table.columns}))
    return done


def _fix_number_holders(s: Session, renumbered: list[tuple[str, str, dict[str, Any]]]) -> None:
    """The visit or plan that prints a renumbered document's number gets the new one."""
    for old, new, row in renumbered:
        if row.get("visit_id") is not None:
            visit = s.get(Visit, row["visit_id"])
            if visit is not None and visit.minutes_number == old:
                visit.minutes_number = new
        if row.get("plan_id") is not None:
            plan = s.get(Plan, row["plan_id"])
            if plan is not None:
                if plan.number == old:
                    plan.number = new
                if plan.decision_number == old:
                    plan.decision_number = new
