"""Editing people (cán bộ, công chức): inspectors and the inspected units' heads.

Dialogs edit a :class:`PersonDraft` and hand it back here. :meth:`PersonService.search_people`
feeds the pickers: it ignores tones, so "nguyen van" finds "Nguyễn Văn An".
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Organisation, Person, Unit
from inspectdesk.domain.enums import Honorific
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.listing import _search
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_line, clean_text, fold

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(slots=True)
class PersonDraft:
    """What the person editor edits."""

    full_name: str = ""
    honorific: Honorific = Honorific.NONE
    job_title: str = ""
    unit_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    phone: str = ""
    email: str = ""
    note: str = ""

    def cleaned(self) -> PersonDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        return PersonDraft(
            full_name=clean_line(self.full_name),
            honorific=Honorific(self.honorific),
            job_title=clean_line(self.job_title),
            unit_id=self.unit_id,
            organisation_id=self.organisation_id,
            phone=clean_line(self.phone),
            email=clean_line(self.email).replace(" ", ""),
            note=clean_text(self.note),
        )


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as pickers and lists show them."""

    id: uuid.UUID
    full_name: str
    honorific: Honorific
    job_title: str
    unit: str
    organisation: str


_LIMITS = {"full_name": 200, "job_title": 200, "phone": 60, "email": 120}


def is_valid_email(text: str) -> bool:
    """A basic shape check: one ``@``, no spaces, a dot in the domain."""
    return bool(_EMAIL_RE.match(text))


def validate(s: Session, draft: PersonDraft) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    if not draft.full_name:
        problems.append(FieldProblem("full_name", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _LIMITS))
    if draft.email and not is_valid_email(draft.email):
        problems.append(FieldProblem("email", Problem.INVALID))
    for name, model in (("unit_id", Unit), ("organisation_id", Organisation)):
        value = getattr(draft, name)
        if value is not None:
            row = s.get(model, value)
            if row is None or row.deleted:
                problems.append(FieldProblem(name, Problem.MISSING))
    return problems


class PersonService:
    """Use cases of people on one open database."""

    TABLES = ("person",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    def draft(self, person_id: uuid.UUID) -> tuple[PersonDraft, int]:
        """A person's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            person = self._person(s, person_id)
            draft = PersonDraft(**{f.name: getattr(person, f.name) for f in fields(PersonDraft)})
            return draft, person.revision

    def create(self, draft: PersonDraft) -> uuid.UUID:
        """Add a person; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate(s, clean)
            if problems:
                raise ValidationFailed(problems)
            person = Person(**{f.name: getattr(clean, f.name) for f in fields(PersonDraft)})
            s.add(person)
            s.flush()
            new_id = person.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, person_id: uuid.UUID, draft: PersonDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision (``STALE``)."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            person = self._person(s, person_id)
            if person.revision != revision:
                raise ValidationFailed([stale(person)])
            problems = validate(s, clean)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(PersonDraft):
                setattr(person, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = person.revision
        self._bus.publish(self.TABLES, [person_id])
        return new_revision

    def set_deleted(self, person_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move people to the trash (or back); return how many changed."""
        return set_deleted(self._db, self._bus, Person, person_ids, deleted, self.TABLES)

    def search_people(
        self, text: str = "", unit_id: uuid.UUID | None = None, limit: int | None = 500
    ) -> list[PersonRow]:
        """Live people whose name holds every word of ``text``, ignoring tones.

        Args:
            text: what the user typed ("nguyen van" finds "Nguyễn Văn An"); names that
                start with it come first.
            unit_id: only the people of that unit, when given.
            limit: at most this many rows (None: all), in Vietnamese order of name.
        """
        stmt = (
            select(
                Person.id,
                Person.full_name,
                Person.honorific,
                Person.job_title,
                func.coalesce(Unit.name, ""),
                func.coalesce(Organisation.name, ""),
            )
            .outerjoin(Unit, Unit.id == Person.unit_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.deleted.is_(False))
            .order_by(Person.name_sort, Person.id)
        )
        if unit_id is not None:
            stmt = stmt.where(Person.unit_id == unit_id)
        stmt = _search(stmt, Person.name_fold, text)
        folded = fold(text)
        if folded:  # names that start with what was typed come first
            prefix = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            starts = case((Person.name_fold.like(f"{prefix}%", escape="\\"), 0), else_=1)
            stmt = stmt.order_by(None).order_by(starts, Person.name_sort, Person.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._db.sessions() as s:
            return [PersonRow(*row) for row in s.execute(stmt)]

    def units(self) -> list[Choice]:
        """Live units a person may belong to, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Unit.id, Unit.name).where(Unit.deleted.is_(False)).order_by(Unit.name_sort)
            )
            return [Choice(*row) for row in rows]

    def organisations(self) -> list[Choice]:
        """Live organisations, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.deleted.is_(False))
                .order_by(Organisation.name_sort)
            )
            return [Choice(*row) for row in rows]

    @staticmethod
    def _person(s: Session, person_id: uuid.UUID) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(entity="cán bộ", entity_en="person", ref=str(person_id))
        return person
