"""The trash (thùng rác): rows marked deleted, and restoring them.

Deletion is a tombstone, so everything deleted is still in the file; the trash lists
the kinds of record a user deletes by hand, newest first, and brings them back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    Finding,
    Lead,
    Person,
    Plan,
    Recommendation,
    Syncable,
    Team,
    Unit,
    Visit,
)
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.tombstones import mark_deleted

# table → (model, the column that names a row)
_KINDS: dict[str, tuple[type[Syncable], InstrumentedAttribute[Any]]] = {
    "unit": (Unit, Unit.name),
    "person": (Person, Person.full_name),
    "plan": (Plan, Plan.title),
    "team": (Team, Team.name),
    "visit": (Visit, Visit.subject),
    "finding": (Finding, Finding.text),
    "recommendation": (Recommendation, Recommendation.text),
    "lead": (Lead, Lead.summary),
}
TRASH_TABLES = frozenset(_KINDS)


@dataclass(frozen=True, slots=True)
class TrashRow:
    """A deleted record: its table (the kind), id, name, and when and by whom."""

    table: str
    id: uuid.UUID
    name: str
    deleted_at: datetime
    deleted_by: str


def list_trash(db: Database, limit: int = 2000) -> list[TrashRow]:
    """Deleted records of every kind, newest first (at most ``limit``)."""
    rows: list[TrashRow] = []
    with db.sessions() as s:
        for table, (model, name) in _KINDS.items():
            query = (
                select(model.id, name, model.updated_at, model.updated_by)
                .where(model.deleted.is_(True))
                .order_by(model.updated_at.desc())
                .limit(limit)
            )
            rows.extend(TrashRow(table, i, n or "", at, by) for i, n, at, by in s.execute(query))
    rows.sort(key=lambda r: r.deleted_at, reverse=True)
    return rows[:limit]


def set_deleted(
    db: Database, bus: ChangeBus, items: list[tuple[str, uuid.UUID]], deleted: bool
) -> int:
    """Delete (``True``) or restore (``False``) records named by (table, id)."""
    by_table: dict[str, list[uuid.UUID]] = {}
    for table, row_id in items:
        by_table.setdefault(table, []).append(row_id)
    changed: set[str] = set()
    ids: list[uuid.UUID] = []
    with db.sessions.begin() as s:
        for table, row_ids in by_table.items():
            model, _name = _KINDS[table]
            done = mark_deleted(s, model, row_ids, deleted)
            if done:
                changed.add(table)
                ids.extend(done)
    if changed:
        bus.publish(changed, ids)
    return len(ids)
