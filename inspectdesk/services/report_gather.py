"""What the summary report says, gathered from the database for a plan or a period.

Statistics are SQL aggregates over the live visits in scope: a plan's visits, optionally
within dates, or every plan's visits in a date range. The number comes from the register
(``Số: 01/BC-SNV``): a plan's report keeps its REPORT entry, a period's report the entry
of the same title, so a regenerated report carries the same number and date.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    Finding,
    IssuedDocument,
    Organisation,
    Person,
    Plan,
    Recommendation,
    Sanction,
    Team,
    TeamMember,
    Unit,
    UnitLevel,
    Visit,
)
from inspectdesk.db.ordering import ascending
from inspectdesk.documents.report_data import (
    FindingGroup,
    RemediationStats,
    ReportData,
    SanctionCount,
    TeamLine,
    VisitRow,
)
from inspectdesk.domain.enums import (
    DocumentType,
    FindingKind,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import InvalidArgument, NotFound
from inspectdesk.services.document_words import (
    KIND_WORDS,
    ROLE_WORDS,
    SANCTION_WORDS,
    head_title,
    lower_first,
    opening_sentence,
    proposals_of,
    recipients_of,
    subject_of,
)
from inspectdesk.services.organisations import issuing_organisation
from inspectdesk.services.register import register_document
from inspectdesk.services.remediation import overdue_clause
from inspectdesk.text.dates import format_decree_date

INSPECTED = (VisitStatus.IN_PROGRESS, VisitStatus.DRAFTED, VisitStatus.SIGNED)


@dataclass(frozen=True, slots=True)
class ReportScope:
    """What a report covers: a plan, a period (both dates), or a plan within a period."""

    plan_id: uuid.UUID | None = None
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.plan_id is None and (self.start is None or self.end is None):
            raise InvalidArgument(
                detail="Báo cáo cần một kế hoạch hoặc một khoảng thời gian (từ ngày, đến ngày)."
            )
        if self.start and self.end and self.start > self.end:
            raise InvalidArgument(detail="Ngày bắt đầu của kỳ báo cáo sau ngày kết thúc.")

    @property
    def is_period(self) -> bool:
        """Whether dates narrow the report."""
        return self.start is not None or self.end is not None

    def period_words(self) -> str:
        """``từ ngày … đến ngày …`` (or one side of it)."""
        words = []
        if self.start is not None:
            words.append(f"từ {format_decree_date(self.start)}")
        if self.end is not None:
            words.append(f"đến {format_decree_date(self.end)}")
        return " ".join(words)


def _plan(s: Session, plan_id: uuid.UUID) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound(entity="kế hoạch", entity_en="plan", ref=str(plan_id))
    return plan


def _organisation(s: Session, plan: Plan | None) -> Organisation:
    org = issuing_organisation(s, plan)
    if org is None:
        raise NotFound(entity="cơ quan kiểm tra", entity_en="organisation", ref="")
    return org


def _entry(
    s: Session, scope: ReportScope, plan: Plan | None, org: Organisation, title: str, day: date
) -> IssuedDocument:
    where = [IssuedDocument.doc_type == DocumentType.REPORT, IssuedDocument.deleted.is_(False)]
    where.append(IssuedDocument.plan_id == plan.id if plan else IssuedDocument.plan_id.is_(None))
    if scope.is_period:
        where.append(IssuedDocument.title == title)
    existing = s.scalars(
        select(IssuedDocument)
        .where(*where)
        .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.sequence.desc())
    ).first()
    if existing is not None:
        return existing
    return register_document(
        s, DocumentType.REPORT, org.doc_code, day, title, plan_id=plan.id if plan else None
    )


def _team(s: Session, plan_ids: list[uuid.UUID]) -> tuple[list[TeamLine], str]:
    rows = s.execute(
        select(Person.id, Person.full_name, Person.job_title, TeamMember.role)
        .join(TeamMember, TeamMember.person_id == Person.id)
        .join(Team, Team.id == TeamMember.team_id)
        .where(Team.plan_id.in_(plan_ids), Team.deleted.is_(False), TeamMember.deleted.is_(False))
        .order_by(Team.name_sort, TeamMember.position)
    ).all()
    seen: set[uuid.UUID] = set()
    lines: list[TeamLine] = []
    leader = ""
    for pid, name, job, role in rows:
        if pid in seen:
            continue
        seen.add(pid)
        lines.append(TeamLine(f"{name}, {job}" if job else name, ROLE_WORDS[role]))
        if role is TeamRole.LEADER and not leader:
            leader = name
    return lines, leader


def _count_by(s: Session, column: Any, *where: Any) -> dict[Any, int]:
    stmt = select(column, func.count()).where(*where).group_by(column)
    return {row[0]: row[1] for row in s.execute(stmt)}


def _visit_rows(
    s: Session, visit_ids: list[uuid.UUID], today: date
) -> dict[uuid.UUID, dict[str, int]]:
    counts: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    live_f = (Finding.visit_id.in_(visit_ids), Finding.deleted.is_(False))
    for vid, kind, n in s.execute(
        select(Finding.visit_id, Finding.kind, func.count())
        .where(*live_f)
        .group_by(Finding.visit_id, Finding.kind)
    ):
        counts[vid][kind.value] = n
    for vid, status, n in s.execute(
        select(Recommendation.visit_id, Recommendation.status, func.count())
        .where(Recommendation.visit_id.in_(visit_ids), Recommendation.deleted.is_(False))
        .group_by(Recommendation.visit_id, Recommendation.status)
    ):
        counts[vid]["rec"] += n
        counts[vid][status.value] += n
    for vid, n in s.execute(
        select(Sanction.visit_id, func.count())
        .where(Sanction.visit_id.in_(visit_ids), Sanction.deleted.is_(False))
        .group_by(Sanction.visit_id)
    ):
        counts[vid]["sanctions"] = n
    return counts


def _groups(s: Session, visit_ids: list[uuid.UUID]) -> list[FindingGroup]:
    rows = s.execute(
        select(Finding.kind, Finding.text, Unit.name, ChecklistItem.code, ChecklistItem.text)
        .join(Visit, Visit.id == Finding.visit_id)
        .join(Unit, Unit.id == Visit.unit_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        .outerjoin(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        .where(
            Finding.visit_id.in_(visit_ids),
            Finding.deleted.is_(False),
            Finding.kind != FindingKind.STRENGTH,
        )
        .order_by(
            ChecklistItem.id.is_(None),
            ChecklistSection.position,
            ChecklistItem.position,
            ascending(Visit.scheduled_on),
            Unit.name_sort,
            Finding.position,
        )
    ).all()
    grouped: dict[str, dict[str, list[str]]] = {}
    for kind, text, unit, code, item in rows:
        key = (f"{code} {item}" if code else item) if item else "Nội dung khác"
        mark = " (vi phạm)" if kind is FindingKind.VIOLATION else ""
        grouped.setdefault(key, {}).setdefault(f"{text}{mark}", []).append(unit)
    return [FindingGroup(k, _with_units(v)) for k, v in grouped.items()]


def _with_units(texts: dict[str, list[str]]) -> tuple[str, ...]:
    """One line per distinct text, naming the units where it was found."""
    return tuple(f"{text} ({', '.join(dict.fromkeys(units))})" for text, units in texts.items())


def _levels(s: Session, visit_ids: list[uuid.UUID]) -> tuple[tuple[str, int], ...]:
    """Shortcomings and violations by the level of the unit where they were found."""
    rows = s.execute(
        select(func.coalesce(UnitLevel.name, "Khác"), func.count())
        .select_from(Finding)
        .join(Visit, Visit.id == Finding.visit_id)
        .join(Unit, Unit.id == Visit.unit_id)
        .outerjoin(UnitLevel, UnitLevel.id == Unit.level_id)
        .where(
            Finding.visit_id.in_(visit_ids),
            Finding.deleted.is_(False),
            Finding.kind != FindingKind.STRENGTH,
        )
        .group_by(UnitLevel.name, UnitLevel.rank)
        .order_by(UnitLevel.rank.is_(None), UnitLevel.rank, UnitLevel.name)
    ).all()
    return tuple((str(name), int(n)) for name, n in rows)


def gather_report(s: Session, scope: ReportScope, today: date, issued_on: date) -> ReportData:
    """Everything the report of a plan or a period says; registers its number if it has none.

    Args:
        s: An open session (the caller's unit of work).
        scope: The plan and/or the dates.
        today: The day overdue recommendations are judged against.
        issued_on: The report's date when it gets a new number.
    """
    plan = _plan(s, scope.plan_id) if scope.plan_id else None
    org = _organisation(s, plan)
    live: list[ColumnElement[bool]] = [Visit.deleted.is_(False)]
    if plan is not None:
        live.append(Visit.plan_id == plan.id)
    if scope.start is not None:
        live.append(Visit.scheduled_on >= scope.start)
    if scope.end is not None:
        live.append(Visit.scheduled_on <= scope.end)
    subject = _subject(plan, scope)
    entry = _entry(s, scope, plan, org, f"Báo cáo {lower_first(subject)}", issued_on)
    visits = s.execute(
        select(Visit.id, Unit.name, Visit.scheduled_on, Visit.mode, Visit.causes, Visit.plan_id)
        .join(Unit, Unit.id == Visit.unit_id)
        .where(*live, Visit.status.in_(INSPECTED))
        .order_by(ascending(Visit.scheduled_on), Unit.name_sort)
    ).all()
    ids = [v.id for v in visits]
    planned = s.scalar(select(func.count(func.distinct(Visit.unit_id))).where(*live))
    counts = _visit_rows(s, ids, today)
    rows = tuple(
        VisitRow(
            unit=v.name,
            visited_on=v.scheduled_on,
            unannounced=v.mode is VisitMode.UNANNOUNCED,
            shortcomings=counts[v.id]["shortcoming"],
            violations=counts[v.id]["violation"],
            recommendations=counts[v.id]["rec"],
            fixed=counts[v.id]["done"],
            in_progress=counts[v.id]["in_progress"],
            sanctions=counts[v.id]["sanctions"],
        )
        for v in visits
    )
    live_f = (Finding.visit_id.in_(ids), Finding.deleted.is_(False))
    by_kind = _count_by(s, Finding.kind, *live_f)
    live_r = (Recommendation.visit_id.in_(ids), Recommendation.deleted.is_(False))
    by_status = _count_by(s, Recommendation.status, *live_r)
    overdue = s.scalar(select(func.count()).where(*live_r, overdue_clause(today))) or 0
    by_form = _count_by(s, Sanction.form, Sanction.visit_id.in_(ids), Sanction.deleted.is_(False))
    strengths = s.execute(
        select(Unit.name, Finding.text)
        .join(Visit, Visit.id == Finding.visit_id)
        .join(Unit, Unit.id == Visit.unit_id)
        .where(*live_f, Finding.kind == FindingKind.STRENGTH)
        .order_by(ascending(Visit.scheduled_on), Unit.name_sort, Finding.position)
    ).all()
    causes: list[str] = []
    cause_rows = s.scalars(select(Finding.cause).where(*live_f, Finding.cause != "")).all()
    for cause in [*(v.causes for v in visits if v.causes.strip()), *cause_rows]:
        if cause.strip() and cause.strip() not in causes:
            causes.append(cause.strip())
    plan_ids = [plan.id] if plan else list(dict.fromkeys(v.plan_id for v in visits if v.plan_id))
    plans = [plan] if plan else [p for p in (s.get(Plan, i) for i in plan_ids) if p is not None]
    team, leader = _team(s, plan_ids)
    issuers = {p.issuer for p in plans if p.issuer}  # in sentence case, unlike superior_name
    superior = issuers.pop() if len(issuers) == 1 else org.superior_name
    dates = [v.scheduled_on for v in visits if v.scheduled_on]
    start, end = (min(dates), max(dates)) if dates else (scope.start, scope.end)
    if plan is not None and not dates and not scope.is_period:
        start, end = plan.start_on, plan.end_on
    rem = RemediationStats(
        total=sum(by_status.values()),
        done=by_status.get(RemediationStatus.DONE, 0),
        in_progress=by_status.get(RemediationStatus.IN_PROGRESS, 0),
        open=by_status.get(RemediationStatus.OPEN, 0),
        overdue=overdue,
    )
    return ReportData(
        superior=org.superior_name,
        issuer=org.name,
        number=entry.number,
        place=org.place_name,
        issued_on=entry.issued_on,
        subject=subject,
        opening=(opening_sentence(plans, plan is not None, len(visits), start, end),),
        team=tuple(team),
        period_start=start,
        period_end=end,
        scope=plan.purpose if plan else "; ".join(p.title for p in plans),
        units_planned=planned or 0,
        units_inspected=len(visits),
        announced=sum(1 for v in visits if v.mode is VisitMode.ANNOUNCED),
        unannounced=sum(1 for v in visits if v.mode is VisitMode.UNANNOUNCED),
        strengths=_with_units(_by_text(strengths)),
        groups=tuple(_groups(s, ids)),
        causes=tuple(causes),
        findings_by_kind=tuple((w, by_kind.get(k, 0)) for k, w in KIND_WORDS.items()),
        findings_by_level=_levels(s, ids),
        remediation=rem,
        sanctions=tuple(
            SanctionCount(SANCTION_WORDS[f], by_form[f]) for f in SanctionForm if f in by_form
        ),
        proposals=proposals_of(superior, rem),
        signer_titles=("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN") if plan else (head_title(org.name),),
        signer_name=leader if plan else "",
        recipients=recipients_of(superior, org.doc_code),
        visits=rows,
    )


def _by_text(rows: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for unit, text in rows:
        out.setdefault(text, []).append(unit)
    return out


def _subject(plan: Plan | None, scope: ReportScope) -> str:
    if plan is not None and not scope.is_period:
        return subject_of(plan)
    base = subject_of(plan) if plan else "Kết quả kiểm tra công vụ"
    return f"{base} {scope.period_words()}"
