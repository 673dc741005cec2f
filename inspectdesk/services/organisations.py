"""Editing the inspecting organisations whose names head every official document.

Exactly one live organisation is the default (a new plan's issuer): marking one as
the default clears the mark on the others, and the default cannot be deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Organisation, Plan
from inspectdesk.domain.numbering import is_valid_issuer_code
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.people import is_valid_email
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)
from inspectdesk.text import clean_line


@dataclass(slots=True)
class OrganisationDraft:
    """What the organisation editor edits."""

    name: str = ""
    superior_name: str = ""
    doc_code: str = ""
    place_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    is_default: bool = False

    def cleaned(self) -> OrganisationDraft:
        """The draft as it will be stored: NFC, trimmed; names and code in upper case."""
        return OrganisationDraft(
            name=clean_line(self.name).upper(),
            superior_name=clean_line(self.superior_name).upper(),
            doc_code=clean_line(self.doc_code).upper().replace(" ", ""),
            place_name=clean_line(self.place_name),
            address=clean_line(self.address),
            phone=clean_line(self.phone),
            email=clean_line(self.email).replace(" ", ""),
            is_default=self.is_default,
        )


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    """One organisation as the list shows it."""

    id: uuid.UUID
    name: str
    superior_name: str
    doc_code: str
    is_default: bool


LIMITS = {
    "name": 300,
    "superior_name": 300,
    "doc_code": 40,
    "place_name": 120,
    "address": 300,
    "phone": 60,
    "email": 120,
}


def validate(draft: OrganisationDraft) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved)."""
    problems: list[FieldProblem] = []
    for name in ("name", "doc_code"):
        if not getattr(draft, name):
            problems.append(FieldProblem(name, Problem.REQUIRED))
    problems.extend(check_lengths(draft, LIMITS))
    if draft.doc_code and not is_valid_issuer_code(draft.doc_code):
        problems.append(FieldProblem("doc_code", Problem.INVALID))
    if draft.email and not is_valid_email(draft.email):
        problems.append(FieldProblem("email", Problem.INVALID))
    return problems


def _live(s: Session, organisation_id: uuid.UUID) -> Organisation:
    row = s.get(Organisation, organisation_id)
    if row is None or row.deleted:
        raise NotFound(entity="cơ quan", entity_en="organisation", ref=str(organisation_id))
    return row


def _clear_other_defaults(s: Session, keep: uuid.UUID) -> None:
    others = select(Organisation).where(Organisation.is_default.is_(True), Organisation.id != keep)
    for other in s.scalars(others):
        other.is_default = False


def _ensure_a_default(s: Session) -> None:
    """When no live organisation is the default, make the first (by name) one."""
    live = list(
        s.scalars(
            select(Organisation)
            .where(Organisation.deleted.is_(False))
            .order_by(Organisation.name_sort, Organisation.created_at)
        )
    )
    if live and not any(o.is_default for o in live):
        live[0].is_default = True


class OrganisationService:
    """Use cases of the inspecting organisations on one open database."""

    TABLES = ("organisation",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    def rows(self) -> list[OrganisationRow]:
        """Live organisations, the default first, then in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    Organisation.superior_name,
                    Organisation.doc_code,
                    Organisation.is_default,
                )
                .where(Organisation.deleted.is_(False))
                .order_by(Organisation.is_default.desc(), Organisation.name_sort)
            )
            return [OrganisationRow(*row) for row in rows]

    def draft(self, organisation_id: uuid.UUID) -> tuple[OrganisationDraft, int]:
        """An organisation's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            row = _live(s, organisation_id)
            draft = OrganisationDraft(
                **{f.name: getattr(row, f.name) for f in fields(OrganisationDraft)}
            )
            return draft, row.revision

    def create(self, draft: OrganisationDraft) -> uuid.UUID:
        """Add an organisation; the first one becomes the default whatever the draft says.

        Raises:
            ValidationFailed: with every problem of the draft; nothing is written.
        """
        clean = draft.cleaned()
        problems = validate(clean)
        if problems:
            raise ValidationFailed(problems)
        with self._db.sessions.begin() as s:
            if self._default(s) is None:
                clean.is_default = True
            row = Organisation(**{f.name: getattr(clean, f.name) for f in fields(clean)})
            s.add(row)
            s.flush()
            new_id = row.id
            if clean.is_default:
                _clear_other_defaults(s, new_id)
        self._bus.publish(self.TABLES)
        return new_id

    def update(self, organisation_id: uuid.UUID, draft: OrganisationDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        Unmarking the default is ignored (another one must be marked instead).

        Raises:
            ValidationFailed: with every problem, or ``STALE`` when someone else saved it.
        """
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            row = _live(s, organisation_id)
            if row.revision != revision:
                raise ValidationFailed([stale(row)])
            problems = validate(clean)
            if problems:
                raise ValidationFailed(problems)
            was_default = row.is_default
            for f in fields(OrganisationDraft):
                setattr(row, f.name, getattr(clean, f.name))
            row.is_default = clean.is_default or was_default
            if row.is_default:
                _clear_other_defaults(s, organisation_id)
            s.flush()
            new_revision = row.revision
        self._bus.publish(self.TABLES)
        return new_revision

    def set_default(self, organisation_id: uuid.UUID) -> uuid.UUID | None:
        """Make one organisation the default; return the one that was before (if any)."""
        with self._db.sessions.begin() as s:
            row = _live(s, organisation_id)
            before = self._default(s)
            row.is_default = True
            _clear_other_defaults(s, organisation_id)
        self._bus.publish(self.TABLES)
        return before

    def default(self) -> uuid.UUID | None:
        """The default organisation, if any."""
        with self._db.sessions() as s:
            return self._default(s)

    @staticmethod
    def _default(s: Session) -> uuid.UUID | None:
        return s.scalars(
            select(Organisation.id).where(
                Organisation.deleted.is_(False), Organisation.is_default.is_(True)
            )
        ).first()

    def set_deleted(self, organisation_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move organisations to the trash (or back); return how many changed.

        Raises:
            ValidationFailed: ``is_default``/``INVALID`` when the default is among them.
        """
        changed = 0
        with self._db.sessions.begin() as s:
            rows = list(
                s.scalars(select(Organisation).where(Organisation.id.in_(organisation_ids)))
            )
            if deleted and any(r.is_default and not r.deleted for r in rows):
                raise ValidationFailed([FieldProblem("is_default", Problem.INVALID)])
            for row in rows:
                if row.deleted != deleted:
                    row.deleted = deleted
                    if not deleted:
                        row.is_default = False
                    changed += 1
            s.flush()
            _ensure_a_default(s)
        if changed:
            self._bus.publish(self.TABLES, organisation_ids)
        return changed


def issuing_organisation(s: Session, plan: Plan | None = None) -> Organisation | None:
    """The organisation that issues a plan's documents: the plan's own, else the default
    one, else the first in Vietnamese order (None when the file has none)."""
    if plan is not None and plan.organisation_id is not None:
        org = s.get(Organisation, plan.organisation_id)
        if org is not None and not org.deleted:
            return org
    return s.scalars(
        select(Organisation)
        .where(Organisation.deleted.is_(False))
        .order_by(Organisation.is_default.desc(), Organisation.name_sort)
    ).first()
