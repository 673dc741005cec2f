"""Editing plans (kế hoạch kiểm tra), their teams (đoàn kiểm tra) and the teams' members.

Dialogs edit a :class:`PlanDraft` or :class:`TeamDraft` (plain copies) and hand them back
here; problems come back as :class:`FieldProblem` codes for the dialog to word next to
the field. Member operations apply the roster rules: at most one Trưởng đoàn (leader) and
at most one Thư ký (secretary) per team, reported as ``INVALID`` on the field ``role``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    ChecklistTemplate,
    Organisation,
    Person,
    Plan,
    Team,
    TeamMember,
    Visit,
)
from inspectdesk.domain.enums import Honorific, PlanStatus, TeamRole
from inspectdesk.domain.numbering import is_valid_issuer_code
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
)
from inspectdesk.text import clean_line, clean_text

UNIQUE_ROLES = (TeamRole.LEADER, TeamRole.SECRETARY)
"""Roles a team may give to one member only."""


def _cleaned(draft: Any, multiline: frozenset[str]) -> dict[str, Any]:
    """A draft's values with text cleaned: NFC, single-line fields on one trimmed line."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    for key, value in values.items():
        if type(value) is str:
            values[key] = clean_text(value) if key in multiline else clean_line(value)
    return values


@dataclass(slots=True)
class PlanDraft:
    """What the plan editor edits."""

    number: str = ""
    title: str = ""
    issuer: str = ""
    issued_on: date | None = None
    start_on: date | None = None
    end_on: date | None = None
    legal_basis: str = ""
    purpose: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    organisation_id: uuid.UUID | None = None
    checklist_id: uuid.UUID | None = None
    status: PlanStatus = PlanStatus.DRAFT
    note: str = ""

    def cleaned(self) -> PlanDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        multiline = frozenset({"legal_basis", "purpose", "note"})
        return PlanDraft(**_cleaned(self, multiline))


@dataclass(slots=True)
class TeamDraft:
    """What the team editor edits. ``doc_code`` is the team's own ký hiệu (``ĐKT``)."""

    name: str = ""
    doc_code: str = ""
    is_undercover: bool = False
    decision_number: str = ""
    decision_date: date | None = None
    note: str = ""

    def cleaned(self) -> TeamDraft:
        """The draft as it will be stored; the ký hiệu in capitals (``đkt`` → ``ĐKT``)."""
        values = _cleaned(self, frozenset({"note"}))
        values["doc_code"] = str(values["doc_code"]).replace(" ", "").upper()
        return TeamDraft(**values)


@dataclass(frozen=True, slots=True)
class ChecklistChoice:
    """A checklist version a plan may pin."""

    id: uuid.UUID
    name: str
    version: int
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class TeamRow:
    """A team of a plan, as the team list shows it."""

    id: uuid.UUID
    name: str
    doc_code: str
    is_undercover: bool
    members: int
    visits: int


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A member of a team (``id`` is the membership's id, not the person's)."""

    id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    honorific: Honorific
    job_title: str
    role: TeamRole
    position: int


_PLAN_LIMITS = {
    "number": 60,
    "title": 500,
    "issuer": 300,
    "decision_number": 60,
}
_TEAM_LIMITS = {"name": 300, "doc_code": 40, "decision_number": 60}


def validate_plan(s: Session, draft: PlanDraft, current: Plan | None) -> list[FieldProblem]:
    """Every problem of a cleaned plan draft (empty when it can be saved).

    A checklist version that was deleted stays acceptable for a plan that already pins it.
    """
    problems: list[FieldProblem] = []
    if not draft.title:
        problems.append(FieldProblem("title", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _PLAN_LIMITS))
    if draft.start_on and draft.end_on and draft.end_on < draft.start_on:
        problems.append(FieldProblem("end_on", Problem.DATE_ORDER))
    if draft.organisation_id is not None:
        org = s.get(Organisation, draft.organisation_id)
        if org is None or org.deleted:
            problems.append(FieldProblem("organisation_id", Problem.MISSING))
    if draft.checklist_id is not None:
        checklist = s.get(ChecklistTemplate, draft.checklist_id)
        pinned = current is not None and current.checklist_id == draft.checklist_id
        if checklist is None or (checklist.deleted and not pinned):
            problems.append(FieldProblem("checklist_id", Problem.MISSING))
    return problems


def validate_team(draft: TeamDraft) -> list[FieldProblem]:
    """Every problem of a cleaned team draft."""
    problems: list[FieldProblem] = []
    if not draft.name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _TEAM_LIMITS))
    if draft.doc_code and not is_valid_issuer_code(draft.doc_code):
        problems.append(FieldProblem("doc_code", Problem.INVALID))
    return problems


_Row = TypeVar("_Row", Plan, Team, TeamMember)


def _live(s: Session, model: type[_Row], row_id: uuid.UUID, entity: str, entity_en: str) -> _Row:
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(entity=entity, entity_en=entity_en, ref=str(row_id))
    return row


def _live_members(s: Session, team_id: uuid.UUID) -> list[TeamMember]:
    return list(
        s.scalars(
            select(TeamMember)
            .where(TeamMember.team_id == team_id, TeamMember.deleted.is_(False))
            .order_by(TeamMember.position, TeamMember.id)
        )
    )


def _check_role(members: list[TeamMember], role: TeamRole, member_id: uuid.UUID | None) -> None:
    """Refuse a second leader or secretary (``member_id`` is the one taking ``role``)."""
    if role in UNIQUE_ROLES and any(m.role == role and m.id != member_id for m in members):
        raise ValidationFailed([FieldProblem("role", Problem.INVALID)])


class PlanService:
    """Use cases of plans, their teams and team members on one open database."""

    TABLES = ("plan",)
    TEAM_TABLES = ("team",)
    MEMBER_TABLES = ("team_member",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    # -- plans -----------------------------------------------------------------

    def draft(self, plan_id: uuid.UUID) -> tuple[PlanDraft, int]:
        """A plan's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            plan = self._plan(s, plan_id)
            draft = PlanDraft(**{f.name: getattr(plan, f.name) for f in fields(PlanDraft)})
            return draft, plan.revision

    def create(self, draft: PlanDraft) -> uuid.UUID:
        """Add a plan; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            problems = validate_plan(s, clean, None)
            if problems:
                raise ValidationFailed(problems)
            plan = Plan(**{f.name: getattr(clean, f.name) for f in fields(PlanDraft)})
            s.add(plan)
            s.flush()
            new_id = plan.id
        self._bus.publish(self.TABLES, [new_id])
        return new_id

    def update(self, plan_id: uuid.UUID, draft: PlanDraft, revision: int) -> int:
        """Save a changed draft read at ``revision``; return the new revision.

        A plan changed by someone else since it was read is refused (``STALE``).
        """
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            plan = self._plan(s, plan_id)
            if plan.revision != revision:
                raise ValidationFailed([FieldProblem("revision", Problem.STALE)])
            problems = validate_plan(s, clean, plan)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(PlanDraft):
                setattr(plan, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = plan.revision
        self._bus.publish(self.TABLES, [plan_id])
        return new_revision

    def set_deleted(self, plan_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move plans to the trash (or back); return how many changed.

        A plan's teams and visits stay as they are, so restoring gives back everything.
        """
        return self._set_deleted(Plan, plan_ids, deleted, self.TABLES)

    def organisations(self) -> list[Choice]:
        """Live organisations, in Vietnamese order."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.deleted.is_(False))
                .order_by(Organisation.name_sort)
            )
            return [Choice(*row) for row in rows]

    def default_organisation(self) -> uuid.UUID | None:
        """The organisation marked as the file's default (a new plan's issuer), if any."""
        with self._db.sessions() as s:
            return s.scalars(
                select(Organisation.id)
                .where(Organisation.deleted.is_(False), Organisation.is_default.is_(True))
                .limit(1)
            ).first()

    def checklists(self, include: uuid.UUID | None = None) -> list[ChecklistChoice]:
        """Live checklist versions (and ``include``, the one a plan pins, even if deleted)."""
        with self._db.sessions() as s:
            rows = s.execute(
                select(
                    ChecklistTemplate.id,
                    ChecklistTemplate.name,
                    ChecklistTemplate.version,
                    ChecklistTemplate.deleted,
                )
                .where(ChecklistTemplate.deleted.is_(False) | (ChecklistTemplate.id == include))
                .order_by(ChecklistTemplate.name_sort, ChecklistTemplate.version)
            )
            return [ChecklistChoice(*row) for row in rows]

    # -- teams -----------------------------------------------------------------

    def teams(self, plan_id: uuid.UUID) -> list[TeamRow]:
        """The live teams of a plan, in Vietnamese order of name."""
        members = (
            select(func.count(TeamMember.id))
            .where(TeamMember.team_id == Team.id, TeamMember.deleted.is_(False))
            .scalar_subquery()
        )
        visits = (
            select(func.count(Visit.id))
            .where(Visit.team_id == Team.id, Visit.deleted.is_(False))
            .scalar_subquery()
        )
        stmt = (
            select(Team.id, Team.name, Team.doc_code, Team.is_undercover, members, visits)
            .where(Team.plan_id == plan_id, Team.deleted.is_(False))
            .order_by(Team.name_sort, Team.id)
        )
        with self._db.sessions() as s:
            return [TeamRow(*row) for row in s.execute(stmt)]

    def team_draft(self, team_id: uuid.UUID) -> tuple[TeamDraft, int]:
        """A team's editable copy and the revision it was read at."""
        with self._db.sessions() as s:
            team = self._team(s, team_id)
            draft = TeamDraft(**{f.name: getattr(team, f.name) for f in fields(TeamDraft)})
            return draft, team.revision

    def add_team(self, plan_id: uuid.UUID, draft: TeamDraft) -> uuid.UUID:
        """Add a team to a live plan; raises :class:`ValidationFailed` with every problem."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            self._plan(s, plan_id)
            problems = validate_team(clean)
            if problems:
                raise ValidationFailed(problems)
            values = {f.name: getattr(clean, f.name) for f in fields(TeamDraft)}
            team = Team(plan_id=plan_id, **values)
            s.add(team)
            s.flush()
            new_id = team.id
        self._bus.publish(self.TEAM_TABLES, [new_id])
        return new_id

    def update_team(self, team_id: uuid.UUID, draft: TeamDraft, revision: int) -> int:
        """Save a team's draft read at ``revision``; return the new revision (``STALE``)."""
        clean = draft.cleaned()
        with self._db.sessions.begin() as s:
            team = self._team(s, team_id)
            if team.revision != revision:
                raise ValidationFailed([FieldProblem("revision", Problem.STALE)])
            problems = validate_team(clean)
            if problems:
                raise ValidationFailed(problems)
            for f in fields(TeamDraft):
                setattr(team, f.name, getattr(clean, f.name))
            s.flush()
            new_revision = team.revision
        self._bus.publish(self.TEAM_TABLES, [team_id])
        return new_revision

    def set_team_deleted(self, team_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move teams to the trash (or back); their members stay with them."""
        return self._set_deleted(Team, team_ids, deleted, self.TEAM_TABLES)

    # -- members ---------------------------------------------------------------

    def members(self, team_id: uuid.UUID) -> list[MemberRow]:
        """The live members of a team, in their order."""
        stmt = (
            select(
                TeamMember.id,
                Person.id,
                Person.full_name,
                Person.honorific,
                Person.job_title,
                TeamMember.role,
                TeamMember.position,
            )
            .join(Person, Person.id == TeamMember.person_id)
            .where(TeamMember.team_id == team_id, TeamMember.deleted.is_(False))
            .order_by(TeamMember.position, TeamMember.id)
        )
        with self._db.sessions() as s:
            return [MemberRow(*row) for row in s.execute(stmt)]

    def add_member(
        self, team_id: uuid.UUID, person_id: uuid.UUID, role: TeamRole = TeamRole.MEMBER
    ) -> uuid.UUID:
        """Put a person on a team, last; return the membership's id.

        Raises:
            ValidationFailed: ``person`` MISSING (no such live person) or INVALID (already
                on the team); ``role`` INVALID (a second leader or secretary).
        """
        with self._db.sessions.begin() as s:
            self._team(s, team_id)
            members = _live_members(s, team_id)
            person = s.get(Person, person_id)
            if person is None or person.deleted:
                raise ValidationFailed([FieldProblem("person", Problem.MISSING)])
            if any(m.person_id == person_id for m in members):
                raise ValidationFailed([FieldProblem("person", Problem.INVALID)])
            _check_role(members, role, None)
            position = max((m.position for m in members), default=0) + 1
            member = TeamMember(team_id=team_id, person_id=person_id, role=role, position=position)
            s.add(member)
            s.flush()
            new_id = member.id
        self._bus.publish(self.MEMBER_TABLES, [new_id])
        return new_id

    def change_role(self, member_id: uuid.UUID, role: TeamRole) -> TeamRole:
        """Give a member another role; return the role they had (``role`` INVALID)."""
        with self._db.sessions.begin() as s:
            member = self._member(s, member_id)
            old = member.role
            _check_role(_live_members(s, member.team_id), role, member_id)
            member.role = role
        if old != role:
            self._bus.publish(self.MEMBER_TABLES, [member_id])
        return old

    def set_member_deleted(self, member_id: uuid.UUID, deleted: bool) -> None:
        """Take a member off the team (or put them back, under the roster rules)."""
        with self._db.sessions.begin() as s:
            member = s.get(TeamMember, member_id)
            if member is None:
                raise NotFound(entity="thành viên đoàn", entity_en="team member", ref=member_id)
            if member.deleted == deleted:
                return
            if not deleted:
                others = _live_members(s, member.team_id)
                if any(m.person_id == member.person_id for m in others):
                    raise ValidationFailed([FieldProblem("person", Problem.INVALID)])
                _check_role(others, member.role, member_id)
            member.deleted = deleted
        self._bus.publish(self.MEMBER_TABLES, [member_id])

    def reorder_members(self, team_id: uuid.UUID, member_ids: list[uuid.UUID]) -> list[uuid.UUID]:
        """Put the team's live members in the order given; return the previous order.

        ``member_ids`` must name every live member once (else ``order`` INVALID).
        """
        with self._db.sessions.begin() as s:
            self._team(s, team_id)
            members = _live_members(s, team_id)
            before = [m.id for m in members]
            if sorted(before) != sorted(member_ids) or len(set(member_ids)) != len(member_ids):
                raise ValidationFailed([FieldProblem("order", Problem.INVALID)])
            by_id = {m.id: m for m in members}
            for position, member_id in enumerate(member_ids, 1):
                if by_id[member_id].position != position:
                    by_id[member_id].position = position
        if before != member_ids:
            self._bus.publish(self.MEMBER_TABLES, member_ids)
        return before

    def move_member(self, member_id: uuid.UUID, offset: int) -> list[uuid.UUID]:
        """Move a member ``offset`` places up (negative) or down; return the new order."""
        with self._db.sessions() as s:
            team_id = self._member(s, member_id).team_id
            order = [m.id for m in _live_members(s, team_id)]
        index = order.index(member_id)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        self.reorder_members(team_id, order)
        return order

    # -- helpers ---------------------------------------------------------------

    def _set_deleted(
        self, model: type[Plan | Team], ids: list[uuid.UUID], deleted: bool, tables: tuple[str, ...]
    ) -> int:
        changed = 0
        with self._db.sessions.begin() as s:
            for row in s.scalars(select(model).where(model.id.in_(ids))):
                if row.deleted != deleted:
                    row.deleted = deleted
                    changed += 1
        if changed:
            self._bus.publish(tables, ids)
        return changed

    @staticmethod
    def _plan(s: Session, plan_id: uuid.UUID) -> Plan:
        return _live(s, Plan, plan_id, "kế hoạch", "plan")

    @staticmethod
    def _team(s: Session, team_id: uuid.UUID) -> Team:
        return _live(s, Team, team_id, "đoàn kiểm tra", "team")

    @staticmethod
    def _member(s: Session, member_id: uuid.UUID) -> TeamMember:
        return _live(s, TeamMember, member_id, "thành viên đoàn", "team member")
