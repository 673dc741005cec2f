"""What merging another secretary's file into mine would do, worked out without writing.

Rows match by UUID. Which side changed a field since the two files parted is read from
their change logs: every entry has a UUID and travels with the file, so an entry only
one file holds is a change made on that side alone. A field changed on one side only
is taken from that side; a field changed on both is a conflict; a deletion on one side
and an edit on the other is a conflict too. Rows only the other file has are added,
tombstones included, so deletions travel. Because the other file's log entries are
copied in, merging the same file again finds nothing to do.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import SYNCABLE_MODELS, Base, ChangeLogEntry, IssuedDocument, Syncable
from inspectdesk.domain.enums import ChangeAction

UNCOMPARED = frozenset({"created_at", "updated_at", "updated_by", "revision"})
INSERTED = "*"  # the field under which a row's insertion is indexed

Key = tuple[str, uuid.UUID]  # (table, row id)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both files changed, or a row one deleted while the other edited it.

    ``field`` is ``"deleted"`` for a deletion against an edit: ``mine``/``theirs`` are
    then whether each side deleted the row.
    """

    table: str
    row_id: uuid.UUID
    field: str
    mine: Any
    theirs: Any
    label: str = ""

    @property
    def key(self) -> tuple[str, uuid.UUID, str]:
        """What a decision about this conflict is keyed by."""
        return self.table, self.row_id, self.field

    @property
    def is_deletion(self) -> bool:
        """Whether this is a deletion against an edit."""
        return self.field == "deleted"


@dataclass
class MergePlan:
    """Everything a merge would do; nothing written yet."""

    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    takes: dict[Key, dict[str, Any]] = field(default_factory=dict)  # fields taken from theirs
    conflicts: list[Conflict] = field(default_factory=list)
    log_entries: list[dict[str, Any]] = field(default_factory=list)  # theirs only
    theirs_rows: dict[Key, dict[str, Any]] = field(default_factory=dict)  # for deletions

    @property
    def added(self) -> Counter[str]:
        """New rows per table."""
        return Counter({t: len(rows) for t, rows in self.inserts.items() if rows})

    @property
    def changed(self) -> Counter[str]:
        """Rows per table that take at least one field from the other file."""
        return Counter(table for table, _ in self.takes)

    @property
    def is_empty(self) -> bool:
        """Whether merging would change nothing at all."""
        return not (self.inserts or self.takes or self.conflicts or self.log_entries)


def syncable_tables() -> list[Table]:
    """The synchronisable tables, parents before children."""
    names = {m.__tablename__ for m in SYNCABLE_MODELS}
    return [t for t in Base.metadata.sorted_tables if t.name in names]


def syncable_table_names() -> tuple[str, ...]:
    """Every table a merge may write to (what the screens refresh after one)."""
    return (*(t.name for t in syncable_tables()), "change_log")


def compared_columns(table: Table) -> list[str]:
    """The columns whose values are compared: not bookkeeping, not derived keys."""
    model = next(m for m in SYNCABLE_MODELS if m.__tablename__ == table.name)
    derived = {c for pair in model.__text_keys__.values() for c in pair if c}
    return [c.name for c in table.columns if c.name not in UNCOMPARED | derived]


def _rows(s: Session, table: Table) -> dict[uuid.UUID, dict[str, Any]]:
    return {row["id"]: dict(row) for row in s.execute(select(table)).mappings()}


def _log_ids(s: Session) -> set[uuid.UUID]:
    return set(s.scalars(select(ChangeLogEntry.id)))


def _touched(s: Session, ids: set[uuid.UUID]) -> dict[Key, set[str]]:
    """(table, row) → the fields changed by the log entries in ``ids``."""
    touched: dict[Key, set[str]] = defaultdict(set)
    if not ids:
        return touched
    log = ChangeLogEntry.__table__
    for entry_id, table, row, fld, action in s.execute(
        select(log.c.id, log.c.table_name, log.c.row_id, log.c.field, log.c.action)
    ):
        if entry_id not in ids:
            continue
        if action == ChangeAction.INSERT:
            touched[(table, row)].add(INSERTED)
        elif action in (ChangeAction.DELETE, ChangeAction.RESTORE) and not fld:
            touched[(table, row)].add("deleted")
        elif fld:
            touched[(table, row)].add(fld)
    return touched


def parents_first(rows: list[dict[str, Any]], table: Table) -> list[dict[str, Any]]:
    """Rows of a self-referencing table ordered so that a parent comes before its child."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    by_id = {r["id"]: r for r in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[uuid.UUID] = set()

    def place(row: dict[str, Any], trail: frozenset[uuid.UUID]) -> None:
        if row["id"] in placed or row["id"] in trail:
            return
        for column in self_refs:
            parent = by_id.get(row[column])
            if parent is not None:
                place(parent, trail | {row["id"]})
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row, frozenset())
    return ordered


def _label(table: str, row: dict[str, Any]) -> str:
    for column in ("name", "full_name", "title", "number", "text", "subject", "summary"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return str(row["id"])[:8]


def plan_merge(mine: Session, theirs: Session) -> MergePlan:
    """Work out the merge of ``theirs`` into ``mine`` (both sessions only read)."""
    plan = MergePlan()
    my_log, their_log = _log_ids(mine), _log_ids(theirs)
    mine_changed = _touched(mine, my_log - their_log)
    theirs_changed = _touched(theirs, their_log - my_log)
    for table in syncable_tables():
        name = table.name
        columns = compared_columns(table)
        my_rows, their_rows = _rows(mine, table), _rows(theirs, table)
        new = [row for row_id, row in their_rows.items() if row_id not in my_rows]
        if new:
            plan.inserts[name] = parents_first(new, table)
        for row_id, theirs_row in their_rows.items():
            my_row = my_rows.get(row_id)
            if my_row is None:
                continue
            differing = [c for c in columns if my_row[c] != theirs_row[c]]
            if not differing:
                continue
            key = (name, row_id)
            _classify(plan, key, my_row, theirs_row, differing, mine_changed, theirs_changed)
    log = ChangeLogEntry.__table__
    wanted = their_log - my_log
    if wanted:
        plan.log_entries = [
            dict(row)
            for row in theirs.execute(select(log).order_by(log.c.changed_at)).mappings()
            if row["id"] in wanted
        ]
    return plan


def _classify(
    plan: MergePlan,
    key: Key,
    my_row: dict[str, Any],
    theirs_row: dict[str, Any],
    differing: list[str],
    mine_changed: dict[Key, set[str]],
    theirs_changed: dict[Key, set[str]],
) -> None:
    mine_fields = mine_changed.get(key, set())
    theirs_fields = theirs_changed.get(key, set())
    name, row_id = key
    label = _label(name, my_row)
    if "deleted" in differing:
        mine_deleted, theirs_deleted = bool(my_row["deleted"]), bool(theirs_row["deleted"])
        edited_by_me = bool(mine_fields - {"deleted", INSERTED})
        edited_by_them = bool(theirs_fields - {"deleted", INSERTED})
        they_deleted = theirs_deleted and "deleted" in theirs_fields
        i_deleted = mine_deleted and "deleted" in mine_fields
        if (they_deleted and edited_by_me) or (i_deleted and edited_by_them):
            plan.conflicts.append(
                Conflict(name, row_id, "deleted", mine_deleted, theirs_deleted, label)
            )
            plan.theirs_rows[key] = theirs_row
            return
    taken: dict[str, Any] = {}
    for column in differing:
        theirs_did, mine_did = column in theirs_fields, column in mine_fields
        if theirs_did and mine_did:
            plan.conflicts.append(
                Conflict(name, row_id, column, my_row[column], theirs_row[column], label)
            )
        elif theirs_did:
            taken[column] = theirs_row[column]
    if taken:
        plan.takes[key] = taken


def model_of(table: str) -> type[Syncable]:
    """The model class of a synchronisable table."""
    return next(m for m in SYNCABLE_MODELS if m.__tablename__ == table)


def number_clashes(mine: Session, plan: MergePlan) -> list[tuple[dict[str, Any], Any]]:
    """Documents the other file numbered that my file already used for another document.

    Returns (their new register row, my row with the same series and sequence).
    """
    new = plan.inserts.get(IssuedDocument.__tablename__, [])
    if not new:
        return []
    table = IssuedDocument.__table__
    mine_rows = {
        (r.doc_type, r.issuer_code, r.year, r.sequence): r
        for r in mine.execute(select(table)).mappings()
    }
    return [
        (row, mine_rows[series])
        for row in new
        if (series := (row["doc_type"], row["issuer_code"], row["year"], row["sequence"]))
        in mine_rows
    ]
