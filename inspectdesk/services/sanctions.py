"""Sanctions (hình thức xử lý) decided for people after a visit.

A dialog edits a :class:`SanctionDraft` and hands it back here; problems come back as
:class:`FieldProblem` codes for the dialog to word next to the field. Every write
publishes the ``sanction`` table with the ids of the rows it touched.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Finding, Person, Sanction, Visit
from inspectdesk.domain.enums import SanctionForm
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_line, clean_text

_LIMITS = {"person_name": 200, "decision_number": 60}


@dataclass(slots=True)
class SanctionDraft:
    """What the sanction dialog edits."""

    person_id: uuid.UUID | None = None
    person_name: str = ""
    form: SanctionForm | None = None
    finding_id: uuid.UUID | None = None
    decided_on: date | None = None
    decision_number: str = ""
    note: str = ""

    def cleaned(self) -> SanctionDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        return replace(
            self,
            person_name=clean_line(self.person_name),
            decision_number=clean_line(self.decision_number),
            note=clean_text(self.note),
        )


@dataclass(frozen=True, slots=True)
class SanctionRow:
    """A sanction as the visit's list shows it."""

    id: uuid.UUID
    revision: int
    visit_id: uuid.UUID
    person_id: uuid.UUID | None
    person_name: str
    form: SanctionForm
    finding_id: uuid.UUID | None
    decided_on: date | None
    decision_number: str
    note: str

    def draft(self) -> SanctionDraft:
        """An editable copy of the row."""
        return SanctionDraft(**{f.name: getattr(self, f.name) for f in fields(SanctionDraft)})


def _row(sanction: Sanction) -> SanctionRow:
    return SanctionRow(
        id=sanction.id,
        revision=sanction.revision,
        visit_id=sanction.visit_id,
        person_id=sanction.person_id,
        person_name=sanction.person_name,
        form=sanction.form,
        finding_id=sanction.finding_id,
        decided_on=sanction.decided_on,
        decision_number=sanction.decision_number,
        note=sanction.note,
    )


def _not_found(entity: str, entity_en: str, ref: uuid.UUID) -> NotFound:
    return NotFound(entity=entity, entity_en=entity_en, ref=str(ref))


def _live_visit(s: Session, visit_id: uuid.UUID) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None or visit.deleted:
        raise _not_found("cuộc kiểm tra", "visit", visit_id)
    return visit


def _live_sanction(s: Session, sanction_id: uuid.UUID) -> Sanction:
    sanction = s.get(Sanction, sanction_id)
    if sanction is None or sanction.deleted:
        raise _not_found("hình thức xử lý", "sanction", sanction_id)
    return sanction


def validate(
    s: Session, draft: SanctionDraft, visit_id: uuid.UUID, today: date
) -> tuple[SanctionDraft, list[FieldProblem]]:
    """The cleaned draft with the chosen person's name filled in, and its problems."""
    problems: list[FieldProblem] = []
    if draft.person_id is not None:
        person = s.get(Person, draft.person_id)
        if person is None or person.deleted:
            problems.append(FieldProblem("person_id", Problem.MISSING))
        elif not draft.person_name:
            draft = replace(draft, person_name=person.full_name)
    if not draft.person_name:
        problems.append(FieldProblem("person_name", Problem.REQUIRED))
    if draft.form is None:
        problems.append(FieldProblem("form", Problem.REQUIRED))
    if draft.finding_id is not None:
        finding = s.get(Finding, draft.finding_id)
        if finding is None or finding.deleted or finding.visit_id != visit_id:
            problems.append(FieldProblem("finding_id", Problem.INVALID))
    if draft.decided_on is not None and draft.decided_on > today:
        problems.append(FieldProblem("decided_on", Problem.INVALID))
    problems.extend(check_lengths(draft, _LIMITS))
    return draft, problems


class SanctionService:
    """Use cases of a visit's sanctions on one open database.

    Args:
        db: The open database.
        bus: Where committed changes are published.
        today: Gives the date a decision may not come after.
    """

    TABLES = ("sanction",)

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._bus = bus or ChangeBus()
        self._today = today

    def list(self, visit_id: uuid.UUID) -> builtins.list[SanctionRow]:
        """The live sanctions of a visit, heaviest form first, then by name."""
        order = {form: rank for rank, form in enumerate(SanctionForm)}
        with self._db.sessions() as s:
            rows = s.scalars(
                select(Sanction).where(Sanction.visit_id == visit_id, Sanction.deleted.is_(False))
            )
            found = [_row(r) for r in rows]
        found.sort(key=lambda r: (-order[r.form], r.person_name, str(r.id)))
        return found

    def draft(self, sanction_id: uuid.UUID) -> tuple[SanctionDraft, int]:
        """A sanction's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            sanction = _live_sanction(s, sanction_id)
            return _row(sanction).draft(), sanction.revision

    def add(self, visit_id: uuid.UUID, draft: SanctionDraft) -> uuid.UUID:
        """Record a sanction; raises :class:`ValidationFailed` with every problem."""
        with self._db.sessions.begin() as s:
            _live_visit(s, visit_id)
            clean, problems = validate(s, draft.cleaned(), visit_id, self._today())
            if problems:
                raise ValidationFailed(problems)
            assert clean.form is not None  # validated
            sanction = Sanction(visit_id=visit_id, **_values(clean))
            s.add(sanction)
            s.flush()
            new_id = sanction.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, sanction_id: uuid.UUID, draft: SanctionDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        A sanction changed by someone else since it was read is refused (``STALE``).
        """
        with self._db.sessions.begin() as s:
            sanction = _live_sanction(s, sanction_id)
            if sanction.revision != revision:
                raise ValidationFailed([stale(sanction)])
            clean, problems = validate(s, draft.cleaned(), sanction.visit_id, self._today())
            if problems:
                raise ValidationFailed(problems)
            for key, value in _values(clean).items():
                setattr(sanction, key, value)
            s.flush()
            new_revision = sanction.revision
        self._bus.publish(self.TABLES, [sanction_id])
        return new_revision

    def set_deleted(self, sanction_ids: Iterable[uuid.UUID], deleted: bool) -> int:
        """Move sanctions to the trash (or back); return how many changed."""
        return set_deleted(self._db, self._bus, Sanction, sanction_ids, deleted, self.TABLES)

    def people(self, visit_id: uuid.UUID) -> builtins.list[Choice]:
        """Live people of the visited unit, in Vietnamese order, as "name — title"."""
        with self._db.sessions() as s:
            unit_id = _live_visit(s, visit_id).unit_id
            rows = s.execute(
                select(Person.id, Person.full_name, Person.job_title)
                .where(Person.unit_id == unit_id, Person.deleted.is_(False))
                .order_by(Person.name_sort, Person.id)
            )
            return [Choice(i, f"{n} — {t}" if t else n) for i, n, t in rows]

    def person_name(self, person_id: uuid.UUID) -> str:
        """A person's full name ("" when the person is gone)."""
        with self._db.sessions() as s:
            person = s.get(Person, person_id)
            return person.full_name if person is not None and not person.deleted else ""

    def findings(self, visit_id: uuid.UUID) -> builtins.list[Choice]:
        """The live findings of a visit, in their order, to tie a sanction to."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Finding.id, Finding.text)
                .where(Finding.visit_id == visit_id, Finding.deleted.is_(False))
                .order_by(Finding.position, Finding.created_at)
            )
            return [Choice(i, t) for i, t in rows]


def _values(draft: SanctionDraft) -> dict[str, object]:
    return {f.name: getattr(draft, f.name) for f in fields(SanctionDraft)}
