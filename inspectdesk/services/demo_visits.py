"""The visits of the demo database (:mod:`inspectdesk.services.demo`) and what they recorded.

:class:`VisitRecorder` turns the visit tables of :mod:`inspectdesk.services.demo_data` into
visits with their attendees, checklist results, findings, recommendations (and how far their
remediation got by ``today``) and sanctions. It is the base of the demo's builder, which
supplies the organisation side: the units, people, checklists, plans, teams and leads.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import cycle
from typing import Any

from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    Attendee,
    ChecklistItem,
    ChecklistResult,
    Finding,
    IssuedDocument,
    Lead,
    Person,
    Plan,
    Recommendation,
    RemediationEvent,
    Sanction,
    Syncable,
    Team,
    Unit,
    Visit,
)
from inspectdesk.domain.enums import (
    AttendeeSide,
    FindingKind,
    Honorific,
    ItemResult,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.services import demo_data as data
from inspectdesk.text import format_short_date

VIETNAM = timezone(timedelta(hours=7), "ICT")
"""Local time of every visit (UTC+7); stored in UTC."""

_COMPLETED = (VisitStatus.DRAFTED, VisitStatus.SIGNED)
_SEATED = ("UBND", "Sở", "Văn phòng")  # units whose place is their "trụ sở"
_LOCAL = ("UBND xã", "UBND phường", "UBND thị trấn", "Trạm y tế", "Trường")
_R = RemediationStatus
_HOURS = {True: ((8, 0), (8, 30), (14, 0)), False: ((7, 30), (8, 0), (13, 30))}  # announced?


@dataclass(frozen=True, slots=True)
class _Spec:
    """One visit to make, resolved from the data tables."""

    plan: str
    team: str
    unit: str
    day: date
    start: time | None
    status: VisitStatus
    mode: VisitMode
    lead: str


def _is_fail(row: data.FindingRow) -> bool:
    return row[1] != FindingKind.STRENGTH.value


def _attendee(side: AttendeeSide, person: Person, **columns: Any) -> Attendee:
    name, title = person.full_name, person.job_title
    return Attendee(side=side, person_id=person.id, full_name=name, job_title=title, **columns)


class VisitRecorder(ABC):
    """Records the demo's visits through one session; every random choice comes from one seed.

    The session, ``today``, the seeded generator and :meth:`add` are shared with the
    subclass, which builds the organisation side first: it fills the lookups declared
    below and supplies the dates, names and heads of units the visits need.
    """

    # Filled by the subclass before any visit is recorded.
    units: dict[str, Unit]
    parents: dict[str, str]
    southern: set[str]
    items: dict[str, dict[str, ChecklistItem]]
    plans: dict[str, Plan]
    teams: dict[str, tuple[Team, list[tuple[Person, TeamRole]]]]
    leads: dict[str, Lead]

    def __init__(self, s: Session, today: date) -> None:
        self.s, self.today, self.rng = s, today, random.Random(2021)
        self.fates = cycle(("done", "progress", "overdue_open", "overdue_progress", "open"))

    def add(self, *rows: Syncable) -> None:
        """Add rows and flush them, so that rows referring to them can use their ids."""
        self.s.add_all(rows)
        self.s.flush()

    @abstractmethod
    def _when(self, spec: str) -> date:
        """An ISO date, an offset in days from today (off weekends) or a slot this week."""

    @abstractmethod
    def _name(self, southern: bool) -> tuple[str, Honorific]:
        """A fresh, plausible Vietnamese name and the honorific that goes with it."""

    @abstractmethod
    def _heads(self, unit: str) -> tuple[Person, Person]:
        """The head and the deputy head of a unit, made on first use."""

    def _specs(self) -> list[_Spec]:
        specs = []
        for plan, rows in data.VISITS.items():
            for team, unit, when, status, mode, lead in rows:
                state, how = VisitStatus(status), VisitMode(mode)
                start: time | None = None
                if state is VisitStatus.IN_PROGRESS:
                    start = time(8, 0)
                elif state in _COMPLETED and self.teams[team][0].is_undercover:
                    start = time(7, 30)  # the start of the working day: who is at their desk?
                elif state in _COMPLETED:
                    hours = _HOURS[how is VisitMode.ANNOUNCED]
                    start = time(*self.rng.choice(hours))
                specs.append(_Spec(plan, team, unit, self._when(when), start, state, how, lead))
        return specs

    def _visit(self, spec: _Spec, minutes: IssuedDocument | None) -> None:
        team, roster = self.teams[spec.team]
        _, checklist, subject = data.PLAN_LINKS[spec.plan]
        subject = subject.format(unit=spec.unit, year=spec.day.year)
        place = f"Trụ sở {spec.unit}" if spec.unit.startswith(_SEATED) else spec.unit
        if spec.mode is VisitMode.UNANNOUNCED and spec.unit.startswith("UBND"):
            place = f"Bộ phận tiếp nhận và trả kết quả, {spec.unit}"
        visit = Visit(
            plan_id=self.plans[spec.plan].id,
            unit_id=self.units[spec.unit].id,
            team_id=team.id,
            lead_id=self.leads[spec.lead].id if spec.lead else None,
            mode=spec.mode,
            status=spec.status,
            scheduled_on=spec.day,
            place=place,
            subject=subject,
            other_notes=data.CANCEL_NOTE if spec.status is VisitStatus.CANCELLED else team.note,
            minutes_number=minutes.number if minutes else "",
        )
        if spec.start is not None:
            visit.actual_start = datetime.combine(spec.day, spec.start, VIETNAM).astimezone(UTC)
        na = self._not_applicable(checklist, spec.unit)
        rows: list[data.FindingRow] = []
        if spec.status in _COMPLETED and visit.actual_start is not None:
            length = (90, 120, 150, 180) if spec.mode is VisitMode.ANNOUNCED else (60, 75, 90)
            visit.actual_end = visit.actual_start + timedelta(minutes=self.rng.choice(length))
            rows = list(data.SPECIAL_FINDINGS.get(spec.unit, ())) or self._pick(checklist, na)
            if any(_is_fail(row) for row in rows):
                visit.causes = " ".join(self.rng.sample(data.CAUSES[checklist], 2))
            visit.unit_opinion = self.rng.choice(data.OPINIONS)
        self.add(visit)
        if minutes is not None:
            minutes.title = f"Biên bản {subject[0].lower()}{subject[1:]}"
            minutes.plan_id, minutes.visit_id = visit.plan_id, visit.id
            self.add(minutes)
        if spec.start is None:
            return
        self._attendees(visit, spec, roster)
        if spec.status is VisitStatus.IN_PROGRESS:
            self._partial(visit, checklist)
        else:
            self._record(visit, spec, checklist, rows, na)

    def _attendees(self, visit: Visit, spec: _Spec, roster: list[tuple[Person, TeamRole]]) -> None:
        people = [_attendee(AttendeeSide.TEAM, person, team_role=role) for person, role in roster]
        head_away = spec.mode is VisitMode.UNANNOUNCED and self.rng.random() < 0.3
        head, deputy = self._heads(spec.unit)
        people += [
            _attendee(AttendeeSide.UNIT, head, present=not head_away),
            _attendee(AttendeeSide.UNIT, deputy),
        ]
        parent = self.parents.get(spec.unit, "")
        commune = spec.unit.startswith(_LOCAL[:3]) and parent.startswith(
            ("UBND huyện", "UBND thành phố")
        )
        if commune and self.rng.random() < 0.5:  # the district's Phòng Nội vụ comes along
            name, _ = self._name(spec.unit in self.southern)
            title = f"Trưởng phòng Nội vụ {parent.removeprefix('UBND ')}"
            people.append(Attendee(side=AttendeeSide.OTHER, full_name=name, job_title=title))
        for position, attendee in enumerate(people, 1):
            attendee.visit_id, attendee.position = visit.id, position
        self.add(*people)

    @staticmethod
    def _not_applicable(checklist: str, unit: str) -> set[str]:
        if checklist == "covid-duty-2021":  # the unit's proposals are noted, not judged
            return {"7.1", "4.1"} if unit.startswith(("Trường", "Trạm")) else {"7.1"}
        return {"2.1"} if unit.startswith(_LOCAL) else set()  # only agencies advise the province

    def _pick(self, checklist: str, na: set[str]) -> list[data.FindingRow]:
        """Two strengths, one or two shortcomings and perhaps a violation, from the pool."""
        usable = [row for row in data.FINDINGS[checklist] if row[0] not in na]
        bad = self.rng.sample([r for r in usable if r[1] == "shortcoming"], self.rng.choice((1, 2)))
        bad += self.rng.sample(
            [r for r in usable if r[1] == "violation"], self.rng.choice((0, 0, 1))
        )
        failing = {row[0] for row in bad}
        strengths = [row for row in usable if not _is_fail(row) and row[0] not in failing]
        return self.rng.sample(strengths, 2) + bad

    def _partial(self, visit: Visit, checklist: str) -> None:
        """An inspection under way: the first half of the checklist is done, all passed."""
        items = list(self.items[checklist].values())
        done = {item.code for item in items[: len(items) // 2]}
        results = [ChecklistResult(visit_id=visit.id, item_id=item.id) for item in items]
        for result, item in zip(results, items, strict=True):
            result.result = ItemResult.PASS if item.code in done else ItemResult.UNSET
        code, kind, text, _, _ = next(
            r for r in data.FINDINGS[checklist] if r[0] in done and not _is_fail(r)
        )
        item_id = self.items[checklist][code].id
        self.add(
            *results, Finding(visit_id=visit.id, item_id=item_id, kind=FindingKind(kind), text=text)
        )

    def _record(
        self, visit: Visit, spec: _Spec, checklist: str, rows: list[data.FindingRow], na: set[str]
    ) -> None:
        """Results for every item, then findings, recommendations and sanctions."""
        items, head = self.items[checklist], self._heads(spec.unit)[0]
        failing = {row[0] for row in rows if _is_fail(row)}
        for code, item in items.items():
            result, note = ItemResult.PASS, ""
            if code in failing:
                result = ItemResult.FAIL
            elif code in na:
                result = ItemResult.NOT_APPLICABLE
            if code == "7.1":  # what the unit asks of the province
                note = self.rng.choice((*data.UNIT_PROPOSALS, data.NO_PROPOSAL))
            self.s.add(
                ChecklistResult(visit_id=visit.id, item_id=item.id, result=result, note=note)
            )
        findings = []
        for position, (code, kind, text, cause, _) in enumerate(rows, 1):
            finding = Finding(
                visit_id=visit.id, item_id=items[code].id, kind=FindingKind(kind), text=text
            )
            finding.cause, finding.position = cause, position
            if kind != FindingKind.STRENGTH.value:  # the head answers for the unit's failings
                finding.responsible_person_id = head.id
            findings.append(finding)
        self.add(*findings)
        to_fix = [(finding, row[4]) for finding, row in zip(findings, rows, strict=True) if row[4]]
        for position, (finding, text) in enumerate(to_fix, 1):
            self._recommend(visit, spec, finding, text, head, position)
        violation = next((f.id for f in findings if f.kind is FindingKind.VIOLATION), None)
        for unit, form, person, note, number, after in data.SANCTIONS:
            if unit != spec.unit:
                continue
            sanction = Sanction(  # a named civil servant, or the head answering for them
                visit_id=visit.id,
                finding_id=violation,
                person_id=None if person else head.id,
                person_name=person or head.full_name,
                form=SanctionForm(form),
                decided_on=min(spec.day + timedelta(days=after), self.today),
                decision_number=number,
                note=note,
            )
            self.add(sanction)

    def _recommend(
        self, visit: Visit, spec: _Spec, finding: Finding, text: str, head: Person, position: int
    ) -> None:
        """A recommendation, its deadline and how far its remediation got by ``today``."""
        day, today = spec.day, self.today
        if spec.status is VisitStatus.DRAFTED:
            fate = "open"
        elif spec.plan == "current":
            fate = next(self.fates)
        else:
            fate = self.rng.choices(("done", "overdue_progress", "overdue_open"), (75, 15, 10))[0]
        opened, progressing, fixed = data.REMEDIATION_NOTES
        events = [(day, _R.OPEN, opened, "")]
        status, done_on, evidence = _R.OPEN, None, ""
        if fate == "done":
            deadline = day + timedelta(days=self.rng.choice((15, 30, 45)))
            done_on = min(day + timedelta(days=self.rng.randint(7, 40)), today)
            status, evidence = _R.DONE, self._evidence(spec.unit, done_on)
            events.append((min(day + timedelta(days=3), done_on), _R.IN_PROGRESS, progressing, ""))
            events.append((done_on, _R.DONE, fixed, evidence))
        elif fate in ("progress", "open"):
            deadline = today + timedelta(days=self.rng.randint(10, 40))
        else:  # overdue: the deadline has passed and the work is not done
            deadline = day + timedelta(days=self.rng.choice((15, 30)))
            if deadline >= today:
                deadline = max(day, today - timedelta(days=1))
        if fate in ("progress", "overdue_progress"):
            status = _R.IN_PROGRESS
            events.append((min(day + timedelta(days=5), today), _R.IN_PROGRESS, progressing, ""))
        rec = Recommendation(
            visit_id=visit.id,
            finding_id=finding.id,
            text=text,
            responsible=head.job_title,
            responsible_unit_id=visit.unit_id,
            deadline=deadline,
            status=status,
            done_on=done_on,
            evidence=evidence,
            position=position,
        )
        self.add(rec)
        for when, state, note, proof in events:
            self.s.add(
                RemediationEvent(
                    recommendation_id=rec.id,
                    occurred_on=when,
                    status=state,
                    note=note,
                    evidence=proof,
                )
            )
        self.s.flush()

    def _evidence(self, unit: str, day: date) -> str:
        """The unit's report on what it fixed, as the secretary files it."""
        abbr = dict(data.DEPARTMENTS).get(unit, "UBND" if unit.startswith("UBND") else "")
        if not abbr:
            return f"Báo cáo ngày {format_short_date(day)} của {unit} về kết quả khắc phục"
        number = self.rng.randint(12, 240)
        return (
            f"Báo cáo số {number}/BC-{abbr} ngày {format_short_date(day)} của {unit} "
            "về kết quả khắc phục, kèm hình ảnh minh chứng"
        )
