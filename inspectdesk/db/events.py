"""Session hooks that keep every write honest.

Before each flush, for every synchronisable row being written:

* all text is put in Unicode NFC;
* the folded search keys and collation keys declared in ``__text_keys__`` follow their
  source column;
* ``updated_at`` / ``updated_by`` name the moment and the actor;
* the change log receives one entry for an insert and one per changed field for an
  update (old → new), with tombstoning recorded as a deletion.

The change log itself is append-only: a flush that would update or delete one of its
rows is refused. A use case that must say why it changed something (an unlock of
signed minutes) puts the reason in ``session.info[CHANGE_NOTE]``: the update entries
written while it is there carry it as their ``note``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from inspectdesk.db.audit import current_actor
from inspectdesk.db.models import ChangeLogEntry, Syncable, utcnow
from inspectdesk.db.types import stored_sort_key
from inspectdesk.db.values import to_plain
from inspectdesk.domain.enums import ChangeAction
from inspectdesk.text import fold, nfc

_UNLOGGED = frozenset({"updated_at", "updated_by", "revision", "created_at"})
CHANGE_NOTE = "change_note"
"""Key of ``Session.info`` whose text becomes the ``note`` of the update entries logged."""


class AppendOnlyViolation(RuntimeError):
    """Raised when code tries to rewrite history in the change log."""


def _text_columns(obj: Syncable) -> list[str]:
    mapper = inspect(type(obj))
    return [
        attr.key for attr in mapper.column_attrs if isinstance(attr.columns[0].type, String | Text)
    ]


def _normalise(obj: Syncable) -> None:
    for key in _text_columns(obj):
        value = getattr(obj, key)
        if isinstance(value, str) and value:
            normal = nfc(value)
            if normal != value:
                setattr(obj, key, normal)
    for source, (fold_col, sort_col) in type(obj).__text_keys__.items():
        text = getattr(obj, source) or ""
        if fold_col and getattr(obj, fold_col) != (folded := fold(text)):
            setattr(obj, fold_col, folded)
        if sort_col and getattr(obj, sort_col) != (key := stored_sort_key(text)):
            setattr(obj, sort_col, key)


def _derived_columns(obj: Syncable) -> set[str]:
    derived: set[str] = set()
    for fold_col, sort_col in type(obj).__text_keys__.values():
        derived.update(c for c in (fold_col, sort_col) if c)
    return derived


def _dump(value: Any) -> str | None:
    plain = to_plain(value)
    return None if plain is None else json.dumps(plain, ensure_ascii=False)


def _log_update(session: Session, obj: Syncable, actor: str) -> bool:
    state = inspect(obj)
    skip = _UNLOGGED | _derived_columns(obj)
    changed = False
    for attr in state.mapper.column_attrs:
        if attr.key in skip:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        changed = True
        action = ChangeAction.UPDATE
        if attr.key == "deleted":
            action = ChangeAction.DELETE if new else ChangeAction.RESTORE
        session.add(
            ChangeLogEntry(
                changed_by=actor,
                table_name=obj.__tablename__,
                row_id=obj.id,
                action=action,
                field=attr.key,
                old_value=_dump(old),
                new_value=_dump(new),
                note=str(session.info.get(CHANGE_NOTE, ""))[:300],
            )
        )
    return changed


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    actor = current_actor()
    now = utcnow()
    for obj in session.dirty | session.deleted:
        if isinstance(obj, ChangeLogEntry):
            raise AppendOnlyViolation("the change log is append-only")
    for obj in list(session.new):
        if not isinstance(obj, Syncable):
            continue
        _normalise(obj)
        if getattr(obj, "id", None) is None:
            obj.id = uuid.uuid4()
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.updated_by = actor
        session.add(
            ChangeLogEntry(
                changed_by=actor,
                table_name=obj.__tablename__,
                row_id=obj.id,
                action=ChangeAction.INSERT,
            )
        )
    for obj in list(session.dirty):
        if not isinstance(obj, Syncable) or not session.is_modified(obj):
            continue
        _normalise(obj)
        if _log_update(session, obj, actor):
            obj.updated_at = now
            obj.updated_by = actor
    for obj in list(session.deleted):
        if isinstance(obj, Syncable):
            session.add(
                ChangeLogEntry(
                    changed_by=actor,
                    table_name=obj.__tablename__,
                    row_id=obj.id,
                    action=ChangeAction.DELETE,
                    note="removed",
                )
            )
