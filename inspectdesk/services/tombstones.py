"""Moving rows to the trash and back: deletion is a tombstone (``deleted``), never a DELETE.

Every service that deletes by hand goes through here, so a row is only touched (and
its revision only bumped) when its ``deleted`` flag really changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Syncable
from inspectdesk.services.changes import ChangeBus


def mark_deleted(
    s: Session, model: type[Syncable], ids: Iterable[uuid.UUID], deleted: bool
) -> list[uuid.UUID]:
    """Set ``deleted`` on the rows of ``model`` named by ``ids``; return those that changed."""
    changed: list[uuid.UUID] = []
    for row in s.scalars(select(model).where(model.id.in_(list(ids)))):
        if row.deleted != deleted:
            row.deleted = deleted
            changed.append(row.id)
    return changed


def set_deleted(
    db: Database,
    bus: ChangeBus,
    model: type[Syncable],
    ids: Iterable[uuid.UUID],
    deleted: bool,
    tables: Iterable[str],
) -> int:
    """Move rows to the trash (or back) in one unit of work; return how many changed.

    When any row changed, ``tables`` and every id asked for are published on ``bus``.
    """
    ids = list(ids)
    with db.sessions.begin() as s:
        changed = mark_deleted(s, model, ids, deleted)
    if changed:
        bus.publish(tables, ids)
    return len(changed)
