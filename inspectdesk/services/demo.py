"""A demo database drawn from real inspection campaigns, for first runs, screenshots and tests.

The tables in :mod:`inspectdesk.services.demo_data` follow Vĩnh Phúc's COVID-19 duty checks
of Nov–Dec 2021, Trà Vinh's 2024 checks of heads of units and a plan for the current year.
Every choice is deterministic (``random.Random(2021)``) except what must be relative to
``today``: the current-year visits (some this week) and the state of remediation.
"""

from __future__ import annotations

import contextlib
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import cycle
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    Attendee,
    ChecklistItem,
    ChecklistResult,
    ChecklistSection,
    ChecklistTemplate,
    Finding,
    IssuedDocument,
    Lead,
    Organisation,
    Person,
    Plan,
    Recommendation,
    RemediationEvent,
    SamplingStratum,
    Sanction,
    Syncable,
    Team,
    TeamMember,
    Unit,
    UnitKind,
    UnitLevel,
    Visit,
)
from inspectdesk.domain.enums import (
    AttendeeSide,
    DocumentType,
    FindingKind,
    Honorific,
    ItemResult,
    LeadSource,
    LeadStatus,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.domain.numbering import format_document_number
from inspectdesk.services import demo_data as data
from inspectdesk.services.files import new_file
from inspectdesk.text import format_short_date

VIETNAM = timezone(timedelta(hours=7), "ICT")
"""Local time of every visit (UTC+7); stored in UTC."""

_COMPLETED = (VisitStatus.DRAFTED, VisitStatus.SIGNED)
_SEATED = ("UBND", "Sở", "Văn phòng")  # units whose place is their "trụ sở"
_LOCAL = ("UBND xã", "UBND phường", "UBND thị trấn", "Trạm y tế", "Trường")
_R = RemediationStatus
_HOURS = {True: ((8, 0), (8, 30), (14, 0)), False: ((7, 30), (8, 0), (13, 30))}  # announced?


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows of each kind the demo database holds."""

    organisations: int
    units: int
    people: int
    plans: int
    sampling_strata: int
    teams: int
    team_members: int
    leads: int
    visits: int
    attendees: int
    checklist_results: int
    findings: int
    recommendations: int
    remediation_events: int
    sanctions: int
    issued_documents: int


_COUNTED: tuple[type[Syncable], ...] = (  # in the order of DemoSummary's fields
    Organisation, Unit, Person, Plan, SamplingStratum, Team, TeamMember, Lead, Visit,
    Attendee, ChecklistResult, Finding, Recommendation, RemediationEvent, Sanction,
    IssuedDocument,
)  # fmt: skip


def build_demo(path: Path, *, today: date | None = None, overwrite: bool = False) -> DemoSummary:
    """Create a database at ``path`` holding a realistic demo, written in one transaction.

    Args:
        path: The ``.idb`` file to create.
        today: The day the demo is built for (default: today). The current-year visits
            (some of them this week) and the remediation of recommendations (done, in
            progress, overdue) are relative to it; everything else is fixed.
        overwrite: Replace an existing file at ``path``.

    Returns:
        The number of rows of each kind in the new file.

    Raises:
        FileAlreadyExists: ``path`` exists and ``overwrite`` is false.
    """
    db = new_file(Path(path), overwrite=overwrite)
    try:
        with db.sessions.begin() as s:
            _Builder(s, today or date.today()).build()
            counts = [s.scalar(select(func.count()).select_from(m)) or 0 for m in _COUNTED]
    except BaseException:
        db.close()
        with contextlib.suppress(OSError):  # never leave a half-built demo behind
            Path(path).unlink()
        raise
    db.close()
    return DemoSummary(*counts)


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


class _Builder:
    """Writes the demo through one session; every random choice comes from one seed."""

    def __init__(self, s: Session, today: date) -> None:
        self.s, self.today, self.rng = s, today, random.Random(2021)
        self.orgs: dict[str, Organisation] = {}
        self.units: dict[str, Unit] = {}
        self.parents: dict[str, str] = {}
        self.where: dict[str, str] = {}
        self.southern: set[str] = set()
        self.kinds: dict[str, uuid.UUID] = {}
        self.levels: dict[str, uuid.UUID] = {}
        self.people: dict[str, Person] = {}
        self.heads: dict[str, tuple[Person, Person]] = {}
        self.names: set[str] = set()
        self.items: dict[str, dict[str, ChecklistItem]] = {}
        self.plans: dict[str, Plan] = {}
        self.teams: dict[str, tuple[Team, list[tuple[Person, TeamRole]]]] = {}
        self.leads: dict[str, Lead] = {}
        self.sequences: dict[tuple[str, DocumentType, int], int] = {}
        self.fates = cycle(("done", "progress", "overdue_open", "overdue_progress", "open"))

    def add(self, *rows: Syncable) -> None:
        """Add rows and flush them, so that rows referring to them can use their ids."""
        self.s.add_all(rows)
        self.s.flush()

    def build(self) -> None:
        for key, columns in data.ORGANISATIONS.items():
            self.orgs[key] = Organisation(**columns)
            self.add(self.orgs[key])
        self._units()
        self._people()
        self._plans()
        self._teams_and_leads()
        specs = self._specs()
        signed = [spec for spec in specs if spec.status is VisitStatus.SIGNED]
        signed.sort(key=lambda spec: (spec.day, spec.start or time(), spec.unit))
        minutes = {
            id(spec): self._register(self.teams[spec.team][0].doc_code, spec.day) for spec in signed
        }
        for spec in specs:
            self._visit(spec, minutes.get(id(spec)))
        for plan, issued, title in data.REPORTS:
            code = self.orgs[data.PLAN_LINKS[plan][0]].doc_code
            report = self._register(code, date.fromisoformat(issued), DocumentType.REPORT)
            report.title, report.plan_id = title, self.plans[plan].id
            self.add(report)

    def _when(self, spec: str) -> date:
        """An ISO date, an offset in days from today (off weekends) or a slot this week."""
        if spec.startswith("w"):  # the k-th working day left this week, else today
            week = [self.today + timedelta(days=d) for d in range(7 - self.today.weekday())]
            days = [day for day in week if day.weekday() < 5] or [self.today]
            return days[min(int(spec[1:]), len(days) - 1)]
        if spec[0] in "+-":
            day = self.today + timedelta(days=int(spec))
            while day.weekday() >= 5:
                day += timedelta(days=1 if spec[0] == "+" else -1)
            return day
        return date.fromisoformat(spec)

    def _register(
        self, issuer: str, day: date, doc_type: DocumentType = DocumentType.MINUTES
    ) -> IssuedDocument:
        """The next entry of the register (sổ đăng ký) for the issuer, type and year."""
        key = (issuer, doc_type, day.year)
        self.sequences[key] = seq = self.sequences.get(key, 0) + 1
        number = format_document_number(seq, doc_type, issuer)
        return IssuedDocument(
            doc_type=doc_type,
            issuer_code=issuer,
            year=day.year,
            sequence=seq,
            number=number,
            issued_on=day,
        )

    # --- units and people -------------------------------------------------------------
    def _unit(
        self, name: str, parent: str | None, kind: str, level: str | None, code: str = ""
    ) -> None:
        where = name.removeprefix("UBND ")
        if parent in self.where:
            self.where[name] = where = f"{where}, {self.where[parent]}"
        elif code:
            self.where[name] = where
        unit = Unit(name=name, kind_id=self.kinds[kind], admin_code=code)
        unit.parent_id = self.units[parent].id if parent else None
        unit.level_id = self.levels[level] if level else None
        if code:
            unit.code_catalogue = data.CODE_CATALOGUE
            unit.address = f"{where[0].upper()}{where[1:]}" if parent else ""
        self.add(unit)
        self.units[name] = unit
        if parent:
            self.parents[name] = parent

    def _province(
        self, province: tuple[str, str], departments: list[str], districts: list[data.District]
    ) -> None:
        name, code = province
        self._unit(name, None, "UBND cấp tỉnh", "Tỉnh", code)
        for department in departments:
            self._unit(department, name, "Sở, ban, ngành", "Tỉnh")
        for district, district_code, _, communes in districts:
            self._unit(f"UBND {district}", name, "UBND cấp huyện", "Huyện", district_code)
            for commune, commune_code in communes:
                self._unit(f"UBND {commune}", f"UBND {district}", "UBND cấp xã", "Xã", commune_code)

    def _units(self) -> None:
        self.kinds = {kind.name: kind.id for kind in self.s.scalars(select(UnitKind))}
        self.levels = {level.name: level.id for level in self.s.scalars(select(UnitLevel))}
        self._province(
            data.VP_PROVINCE, [name for name, _ in data.DEPARTMENTS], list(data.DISTRICTS)
        )
        vinh_phuc = set(self.units)
        self._province(data.TV_PROVINCE, [data.TV_DEPARTMENT], [data.TV_DISTRICT])
        self.southern = set(self.units) - vinh_phuc
        level_names = {level_id: name for name, level_id in self.levels.items()}
        for name, parent, kind in data.EXTRA_UNITS:  # a school or clinic sits at its parent's level
            level_id = self.units[parent].level_id
            self._unit(name, parent, kind, level_names[level_id] if level_id else None)
            if parent in self.southern:
                self.southern.add(name)

    def _name(self, southern: bool) -> tuple[str, Honorific]:
        """A fresh, plausible Vietnamese name and the honorific that goes with it."""
        while True:
            female = self.rng.random() < 0.4
            surname = self.rng.choice(data.SOUTHERN_SURNAMES if southern else data.SURNAMES)
            middle = self.rng.choice(data.FEMALE_MIDDLE if female else data.MALE_MIDDLE)
            given = self.rng.choice(data.FEMALE_GIVEN if female else data.MALE_GIVEN)
            name = f"{surname} {middle} {given}"
            if name not in self.names:
                self.names.add(name)
                return name, Honorific.MS if female else Honorific.MR

    def _people(self) -> None:
        home = {"vp": self.units["Sở Nội vụ"].id, "tv": self.units[data.TV_DEPARTMENT].id}
        for key, org, honorific, name, title in data.INSPECTORS:
            self.names.add(name)
            person = Person(
                full_name=name,
                honorific=Honorific(honorific),
                job_title=title,
                organisation_id=self.orgs[org].id,
                unit_id=home[org],
            )
            self.add(person)
            self.people[key] = person

    def _heads(self, unit: str) -> tuple[Person, Person]:
        """The head and the deputy head of a unit, made on first use."""
        if unit not in self.heads:
            _, head, deputy = next(row for row in data.HEAD_TITLES if unit.startswith(row[0]))
            pair, unit_id = [], self.units[unit].id
            for title in (head, deputy):
                name, honorific = self._name(unit in self.southern)
                job = f"{title} {unit}"
                pair.append(
                    Person(full_name=name, honorific=honorific, job_title=job, unit_id=unit_id)
                )
            self.add(*pair)
            self.heads[unit] = (pair[0], pair[1])
        return self.heads[unit]

    # --- plans, teams, leads ----------------------------------------------------------
    def _checklist(self, key: str) -> uuid.UUID:
        """The id of a built-in checklist; its items by code go to ``self.items``."""
        query = select(ChecklistTemplate.id).where(ChecklistTemplate.builtin_key == key)
        template_id = self.s.scalars(query).one()
        items = self.s.scalars(
            select(ChecklistItem)
            .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
            .where(ChecklistSection.template_id == template_id)
            .order_by(ChecklistSection.position, ChecklistItem.position)
        )
        self.items[key] = {item.code: item for item in items}
        return template_id

    def _plans(self) -> None:
        year = self.today.year
        days = [self._when(row[2]) for row in data.CURRENT_VISITS]
        start = min(date(year, 1, 1), *days)  # the current plan covers its visits
        current = {
            "issued_on": start - timedelta(days=15),
            "start_on": start,
            "sampling_seed": year,
            "end_on": max(date(year, 12, 31), *days),
            "decision_date": start - timedelta(days=10),
        }
        for key, columns in data.PLANS.items():
            org, checklist, _ = data.PLAN_LINKS[key]
            values = {
                k: v.format(year=year) if isinstance(v, str) else v for k, v in columns.items()
            }
            if key == "current":
                values |= current
            plan = Plan(**values, organisation_id=self.orgs[org].id)
            plan.checklist_id = self._checklist(checklist)
            self.add(plan)
            self.plans[key] = plan
        for position, row in enumerate(data.STRATA, 1):
            plan_key, kind, level, under, percent, count, label = row
            stratum = SamplingStratum(
                plan_id=self.plans[plan_key].id,
                position=position,
                kind_id=self.kinds[kind],
                level_id=self.levels[level],
                under_unit_id=self.units[under].id,
                percent=percent,
                count=count,
                label=label,
            )
            self.add(stratum)

    def _teams_and_leads(self) -> None:
        for key, plan_key, name, doc_code, undercover, note, members in data.TEAMS:
            plan = self.plans[plan_key]
            team = Team(
                plan_id=plan.id,
                name=name.format(year=self.today.year),
                doc_code=doc_code,
                is_undercover=undercover,
                decision_number=plan.decision_number,
                decision_date=plan.decision_date,
                note=note,
            )
            self.add(team)
            roster = [(self.people[person], TeamRole(role)) for person, role in members]
            for i, (person, role) in enumerate(roster, 1):
                self.add(TeamMember(team_id=team.id, person_id=person.id, role=role, position=i))
            self.teams[key] = (team, roster)
        for key, received, source, detail, summary, unit, status, note in data.LEADS:
            lead = Lead(
                received_on=self._when(received),
                source=LeadSource(source),
                source_detail=detail,
                summary=summary,
                unit_id=self.units[unit].id,
                status=LeadStatus(status),
                note=note,
            )
            self.add(lead)
            self.leads[key] = lead

    # --- visits -----------------------------------------------------------------------
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
