"""Editing the unit tree: create, change, move, delete to the trash, restore.

Dialogs edit a :class:`UnitDraft` (a plain copy) and hand it back here; problems come
back as :class:`FieldProblem` codes for the dialog to word next to the field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Unit, UnitKind, UnitLevel
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_line, clean_text


@dataclass(slots=True)
class UnitDraft:
    """What the unit editor edits."""

    name: str = ""
    parent_id: uuid.UUID | None = None
    kind_id: uuid.UUID | None = None
    level_id: uuid.UUID | None = None
    admin_code: str = ""
    code_catalogue: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""

    def cleaned(self) -> UnitDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in values.items():
            if isinstance(value, str):
                values[key] = clean_text(value) if key == "note" else clean_line(value)
        return UnitDraft(**values)


@dataclass(frozen=True, slots=True)
class Choice:
    """An item of a drop-down list."""

    id: uuid.UUID
    name: str


_LIMITS = {
    "name": 300,
    "admin_code": 20,
    "code_catalogue": 80,
    "address": 300,
    "phone": 60,
    "email": 120,
}


def validate(s: Session, draft: UnitDraft, unit_id: uuid.UUID | None) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    if not draft.name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _LIMITS))
    if draft.admin_code and not draft.admin_code.isdigit():
        problems.append(FieldProblem("admin_code", Problem.NOT_DIGITS))
    for name, model in (("kind_id", UnitKind), ("level_id", UnitLevel)):
        value = getattr(draft, name)
        if value is not None and s.get(model, value) is None:
            problems.append(FieldProblem(name, Problem.MISSING))
    parent = draft.parent_id
    seen: set[uuid.UUID] = set()
    while parent is not None:
        if parent == unit_id or parent in seen:
            problems.append(FieldProblem("parent_id", Problem.CYCLE))
            break
        seen.add(parent)
        row = s.get(Unit, parent)
        if row is None or row.deleted:
            problems.append(FieldProblem("parent_id", Problem.MISSING))
            break
        parent = row.parent_id
    return problems


class UnitService:
    """Use cases of the unit tree on one open database."""

    TABLES = ("unit",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    def draft(self, unit_id: uuid.UUID) -> tuple[UnitDraft, int]:
        """A unit's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            unit = s.get(Unit, unit_id)
            if unit is None or unit.deleted:
                raise NotFound(entity="đơn vị", entity_en="unit", ref=str(unit_id))
            draft = UnitDraft(**{f.name: getattr(unit, f.name) for f in fields(UnitDraft)})
            return draft, unit.revision

    def create(self, draft: UnitDraft) -> uuid.UUID:
        """Add a unit; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate(s, clean, None)
            if problems:
                raise ValidationFailed(problems)
            unit = Unit(**{f.name: getattr(clean, f.name) for f in fields(UnitDraft)})
            s.add(unit)
            s.flush()
            new_id = unit.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, unit_id: uuid.UUID, draft: UnitDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        A unit changed by someone else since it was read is refused (``STALE``).
        """
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            unit = s.get(Unit, unit_id)
            if unit is None or unit.deleted:
                raise NotFound(entity="đơn vị", entity_en="unit", ref=str(unit_id))
            if unit.revision != revision:
                raise ValidationFailed([stale(unit)])
            problems = validate(s, clean, unit_id)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(UnitDraft):
                setattr(unit, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = unit.revision
        self._bus.publish(self.TABLES, [unit_id])
        return new_revision

    def set_deleted(self, unit_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move units to the trash (or back); return how many changed."""
        return set_deleted(self._db, self._bus, Unit, unit_ids, deleted, self.TABLES)

    def kinds(self) -> list[Choice]:
        with self._db.sessions() as s:
            rows = s.execute(
                select(UnitKind.id, UnitKind.name)
                .where(UnitKind.deleted.is_(False))
                .order_by(UnitKind.name_sort)
            )
            return [Choice(*row) for row in rows]

    def levels(self) -> list[Choice]:
        with self._db.sessions() as s:
            rows = s.execute(
                select(UnitLevel.id, UnitLevel.name)
                .where(UnitLevel.deleted.is_(False))
                .order_by(UnitLevel.rank)
            )
            return [Choice(*row) for row in rows]

    def parents(self, exclude: uuid.UUID | None = None) -> list[Choice]:
        """Live units that may be a parent, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Unit.id, Unit.name, Unit.name_sort)
                .where(Unit.deleted.is_(False))
                .order_by(Unit.name_sort)
            )
            return [Choice(i, n) for i, n, _ in rows if i != exclude]
