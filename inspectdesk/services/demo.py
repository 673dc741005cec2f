"""A demo database drawn from real inspection campaigns, for first runs, screenshots and tests.

The tables in :mod:`inspectdesk.services.demo_data` follow Vĩnh Phúc's COVID-19 duty checks
of Nov–Dec 2021, Trà Vinh's 2024 checks of heads of units and a plan for the current year.
Every choice is deterministic (``random.Random(2021)``) except what must be relative to
``today``: the current-year visits (some this week) and the state of remediation.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

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
    DocumentType,
    Honorific,
    LeadSource,
    LeadStatus,
    TeamRole,
    VisitStatus,
)
from inspectdesk.domain.numbering import format_document_number
from inspectdesk.services import demo_data as data
from inspectdesk.services.demo_visits import VIETNAM as VIETNAM  # re-exported: it was public here
from inspectdesk.services.demo_visits import VisitRecorder
from inspectdesk.services.files import new_file


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


class _Builder(VisitRecorder):
    """Writes the demo through one session; every random choice comes from one seed.

    The organisation side is built here; :class:`VisitRecorder` records the visits.
    """

    def __init__(self, s: Session, today: date) -> None:
        super().__init__(s, today)
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
        for entry in minutes.values():  # signed the day they were drawn up (no scan)
            entry.signed_on = entry.issued_on
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
