"""Editing the teams (đoàn kiểm tra) of a plan and the teams' members.

The team editor edits a :class:`TeamDraft` (a plain copy) and hands it back here;
problems come back as :class:`FieldProblem` codes for the editor to word next to the
field. Member operations apply the roster rules: at most one Trưởng đoàn (leader) and
at most one Thư ký (secretary) per team, reported as ``INVALID`` on the field ``role``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Person, Team, TeamMember, Visit
from inspectdesk.domain.enums import Honorific, TeamRole
from inspectdesk.domain.numbering import is_valid_issuer_code
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.plans import PlanService, _cleaned, _live
from inspectdesk.services.tombstones import set_deleted
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
    stale,
)

UNIQUE_ROLES = (TeamRole.LEADER, TeamRole.SECRETARY)
"""Roles a team may give to one member only."""


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


_TEAM_LIMITS = {"name": 300, "doc_code": 40, "decision_number": 60}


def validate_team(draft: TeamDraft) -> list[FieldProblem]:
    """Every problem of a cleaned team draft."""
    problems: list[FieldProblem] = []
    if not draft.name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    problems.extend(check_lengths(draft, _TEAM_LIMITS))
    if draft.doc_code and not is_valid_issuer_code(draft.doc_code):
        problems.append(FieldProblem("doc_code", Problem.INVALID))
    return problems


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


class TeamService:
    """Use cases of the teams of plans and their members on one open database."""

    TEAM_TABLES = ("team",)
    MEMBER_TABLES = ("team_member",)

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

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
            PlanService._plan(s, plan_id)
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
                raise ValidationFailed([stale(team)])
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
        return set_deleted(self._db, self._bus, Team, team_ids, deleted, self.TEAM_TABLES)

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

    @staticmethod
    def _team(s: Session, team_id: uuid.UUID) -> Team:
        return _live(s, Team, team_id, "đoàn kiểm tra", "team")

    @staticmethod
    def _member(s: Session, member_id: uuid.UUID) -> TeamMember:
        return _live(s, TeamMember, member_id, "thành viên đoàn", "team member")
