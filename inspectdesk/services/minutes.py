"""The minutes (biên bản kiểm tra) of a visit: gathered from the database, written as .docx.

The minutes number comes from the register the first time the minutes are made and is
kept on the visit (``minutes_number``), so regenerating them keeps their number.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Person, Plan, Team, TeamMember, Unit, Visit
from inspectdesk.documents.minutes import (
    ChecklistSectionLines,
    MinutesData,
    Participant,
    RecommendationLine,
    build_minutes,
)
from inspectdesk.documents.output import write_atomically
from inspectdesk.documents.templating import to_bytes
from inspectdesk.domain.enums import (
    AttendeeSide,
    DocumentType,
    FindingKind,
    TeamRole,
    VisitStatus,
)
from inspectdesk.errors import CancelledVisit, UserError
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.document_words import (
    HONORIFIC_WORDS,
    ROLE_ORDER,
    ROLE_WORDS,
    lower_first,
)
from inspectdesk.services.listing import resolve_visit
from inspectdesk.services.organisations import issuing_organisation
from inspectdesk.services.register import record_file, register_document
from inspectdesk.services.templates import TemplateStore
from inspectdesk.services.visit_rows import (
    AttendeeRow,
    read_attendees,
    read_findings,
    read_recommendations,
)
from inspectdesk.services.visits import _checklist, to_local
from inspectdesk.text import format_decree_date


class MinutesNotWritten(UserError):
    """The .docx could not be saved where asked."""

    code = "minutes_not_written"
    vi = "Không ghi được biên bản vào “{path}”: {detail}."
    en = "Could not write the minutes to “{path}”: {detail}."


def _legal_bases(plan: Plan | None, team: Team | None) -> tuple[str, ...]:
    if plan is None:
        return ()
    lines = []
    number = (team.decision_number if team else "") or plan.decision_number
    day = (team.decision_date if team and team.decision_number else None) or plan.decision_date
    if number:
        when = f" {format_decree_date(day)}" if day else ""
        issuer = f" của {plan.issuer}" if plan.issuer else ""
        lines.append(f"Căn cứ Quyết định số {number}{when}{issuer} về việc thành lập Đoàn kiểm tra")
    if plan.number:
        when = f" {format_decree_date(plan.issued_on)}" if plan.issued_on else ""
        issuer = f" của {plan.issuer}" if plan.issuer else ""
        title = plan.title.strip()
        about = f" về {lower_first(title.removeprefix('Kế hoạch ').strip())}" if title else ""
        lines.append(f"Căn cứ Kế hoạch số {plan.number}{when}{issuer}{about}")
    return tuple(lines)


def _honorifics(s: Session, ids: list[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = s.execute(select(Person.id, Person.honorific).where(Person.id.in_(wanted)))
    return {pid: HONORIFIC_WORDS.get(h, "") for pid, h in rows}


def team_roster(s: Session, team: Team | None) -> list[tuple[Participant, TeamRole]]:
    if team is None:
        return []
    rows = s.execute(
        select(TeamMember.role, Person)
        .join(Person, Person.id == TeamMember.person_id)
        .where(
            TeamMember.team_id == team.id,
            TeamMember.deleted.is_(False),
            Person.deleted.is_(False),
        )
        .order_by(TeamMember.position)
    )
    return [
        (
            Participant(
                p.full_name, HONORIFIC_WORDS.get(p.honorific, ""), p.job_title, ROLE_WORDS[role]
            ),
            role,
        )
        for role, p in rows
    ]


class MinutesService:
    """Gathering and writing the minutes of a visit on one open database."""

    TABLES = ("visit", "issued_document")

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, templates: TemplateStore | None = None
    ) -> None:
        self._db = db
        self._bus = bus
        self._templates = templates or TemplateStore()

    def gather(self, visit: uuid.UUID | str, *, today: date | None = None) -> MinutesData:
        """Everything the minutes of a visit say, giving the visit a number if it has none.

        Args:
            visit: The visit's id, or its UUID or minutes number as text.
            today: The date of the minutes when the visit has no start or scheduled day.

        Raises:
            NotFound: no such live visit.
            InvalidArgument: the team's or organisation's ký hiệu is not valid.
        """
        numbered = False
        with self._db.sessions.begin() as s:
            row = resolve_visit(s, str(visit))
            data, numbered = self._gather(s, row, today or date.today())
            visit_id = row.id
        if numbered and self._bus is not None:
            self._bus.publish(self.TABLES, [visit_id])
        return data

    def write(self, visit: uuid.UUID | str, path: Path, *, today: date | None = None) -> Path:
        """Gather the minutes of a visit and save them as .docx at ``path``.

        The document is rendered before the visit's new number is committed: a broken
        template leaves neither a file nor a used number behind.

        Raises:
            TemplateProblem: the user's minutes template cannot be rendered.
            TemplateUnreadable: the user's minutes template cannot be read.
            MinutesNotWritten: the file cannot be written.
        """
        template = self._templates.template("minutes")
        with self._db.sessions.begin() as s:
            row = resolve_visit(s, str(visit))
            data, numbered = self._gather(s, row, today or date.today())
            content = to_bytes(build_minutes(data, template))
            visit_id = row.id
        if numbered and self._bus is not None:
            self._bus.publish(self.TABLES, [visit_id])
        try:
            written = write_atomically(content, Path(path))
        except OSError as exc:
            raise MinutesNotWritten(path=path, detail=exc.strerror or str(exc)) from exc
        record_file(self._db, DocumentType.MINUTES, data.number, written, visit_id=visit_id)
        if self._bus is not None:
            self._bus.publish(["issued_document"])
        return written

    def _gather(self, s: Session, visit: Visit, today: date) -> tuple[MinutesData, bool]:
        plan = s.get(Plan, visit.plan_id) if visit.plan_id else None
        team = s.get(Team, visit.team_id) if visit.team_id else None
        unit = s.get(Unit, visit.unit_id)
        if visit.status == VisitStatus.CANCELLED:
            raise CancelledVisit(unit=unit.name if unit else "?")
        org = issuing_organisation(s, plan)
        unit_name = unit.name if unit else ""
        start, end = to_local(visit.actual_start), to_local(visit.actual_end)
        issued_on = start.date() if start else visit.scheduled_on or today
        subject = visit.subject.strip() or (f"Kiểm tra công vụ tại {unit_name}".strip())
        activity = lower_first(subject)
        if unit_name and unit_name not in activity:
            activity = f"{activity} tại {unit_name}"
        numbered = False
        if not visit.minutes_number:
            code = (team.doc_code if team else "") or (org.doc_code if org else "")
            entry = register_document(
                s,
                DocumentType.MINUTES,
                code,
                issued_on,
                f"Biên bản {lower_first(subject)}",
                plan_id=plan.id if plan else None,
                visit_id=visit.id,
            )
            visit.minutes_number = entry.number
            numbered = True

        attendees = [a for a in read_attendees(s, visit.id) if a.present]
        honorific = _honorifics(s, [a.person_id for a in attendees])

        def person(a: AttendeeRow) -> Participant:
            role = ROLE_WORDS[a.team_role] if a.team_role else ""
            words = honorific.get(a.person_id, "") if a.person_id else ""
            return Participant(a.full_name, words, a.job_title, role)

        team_rows = [
            (person(a), a.team_role or TeamRole.MEMBER)
            for a in attendees
            if a.side is AttendeeSide.TEAM
        ] or team_roster(s, team)
        team_rows.sort(key=lambda pair: ROLE_ORDER[pair[1]])

        def named(role: TeamRole) -> str:
            return next((p.name for p, r in team_rows if r is role), "")

        unit_people = [person(a) for a in attendees if a.side is AttendeeSide.UNIT]
        findings = read_findings(s, visit.id)

        def texts(kind: FindingKind) -> tuple[str, ...]:
            return tuple(f.text for f in findings if f.kind is kind and f.text.strip())

        causes = [line for line in visit.causes.split("\n") if line.strip()]
        causes += [f.cause for f in findings if f.cause.strip() and f.cause not in causes]
        _, entries = _checklist(s, visit)
        sections: dict[uuid.UUID, ChecklistSectionLines] = {}
        for e in entries:
            old = sections.get(e.section_id, ChecklistSectionLines(e.section))
            sections[e.section_id] = ChecklistSectionLines(old.title, (*old.items, e.text))
        superior, issuer = (org.superior_name, org.name) if org else ("", "")
        if team is not None and team.doc_code:  # a team with its own series issues them
            superior, issuer = (org.name if org else ""), team.name
        data = MinutesData(
            superior=superior,
            issuer=issuer,
            number=visit.minutes_number,
            place_name=org.place_name if org else "",
            issued_on=issued_on,
            subject=subject,
            activity=activity,
            unit_name=unit_name,
            legal_bases=_legal_bases(plan, team),
            start=start,
            place=visit.place,
            team=tuple(p for p, _ in team_rows),
            unit_representatives=tuple(unit_people),
            others=tuple(person(a) for a in attendees if a.side is AttendeeSide.OTHER),
            checklist=tuple(sections.values()),
            strengths=texts(FindingKind.STRENGTH),
            shortcomings=texts(FindingKind.SHORTCOMING),
            violations=texts(FindingKind.VIOLATION),
            causes=tuple(causes),
            recommendations=tuple(
                RecommendationLine(r.text, r.responsible, r.deadline)
                for r in read_recommendations(s, visit.id, today)
            ),
            unit_opinion=visit.unit_opinion,
            end=end,
            copies=visit.copies,
            unit_signer=unit_people[0].name if unit_people else "",
            leader=named(TeamRole.LEADER),
            secretary=named(TeamRole.SECRETARY),
        )
        return data, numbered
