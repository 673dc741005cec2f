"""The summary report of a plan: its figures from the database, its number from the register.

Statistics are SQL aggregates over the plan's live visits. The report's number comes from
the register (``Số: 01/BC-SNV``); a plan that already has a REPORT entry keeps it, so a
regenerated report carries the same number and date.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
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
    Visit,
)
from inspectdesk.documents.report_data import (
    FindingGroup,
    RemediationStats,
    ReportData,
    SanctionCount,
    TeamLine,
    VisitRow,
)
from inspectdesk.documents.report_pdf import build_report_pdf
from inspectdesk.domain.enums import (
    DocumentType,
    FindingKind,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.register import record_file, register_document
from inspectdesk.services.remediation import overdue_clause
from inspectdesk.text import fold
from inspectdesk.text.dates import format_decree_date

INSPECTED = (VisitStatus.IN_PROGRESS, VisitStatus.DRAFTED, VisitStatus.SIGNED)
ROLE_WORDS = {
    TeamRole.LEADER: "Trưởng đoàn",
    TeamRole.DEPUTY: "Phó Trưởng đoàn",
    TeamRole.MEMBER: "Thành viên",
    TeamRole.SECRETARY: "Thư ký",
}
SANCTION_WORDS = {
    SanctionForm.REMINDER: "Nhắc nhở",
    SanctionForm.CRITICISM: "Phê bình",
    SanctionForm.SELF_CRITICISM: "Yêu cầu kiểm điểm",
    SanctionForm.REPRIMAND: "Kỷ luật khiển trách",
    SanctionForm.WARNING: "Kỷ luật cảnh cáo",
    SanctionForm.DEMOTION: "Hạ bậc lương, giáng chức",
    SanctionForm.DISMISSAL: "Cách chức",
    SanctionForm.DISCHARGE: "Buộc thôi việc",
}
KIND_WORDS = {
    FindingKind.STRENGTH: "Ưu điểm",
    FindingKind.SHORTCOMING: "Tồn tại, hạn chế",
    FindingKind.VIOLATION: "Vi phạm",
}


@dataclass(frozen=True, slots=True)
class ReportResult:
    """A written report: its number and file."""

    number: str
    path: Path
    data: ReportData


def _plan(s: Session, plan_id: uuid.UUID) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound(entity="kế hoạch", entity_en="plan", ref=str(plan_id))
    return plan


def _organisation(s: Session, plan: Plan) -> Organisation:
    org = s.get(Organisation, plan.organisation_id) if plan.organisation_id else None
    if org is None or org.deleted:
        org = s.scalars(
            select(Organisation)
            .where(Organisation.deleted.is_(False))
            .order_by(Organisation.is_default.desc(), Organisation.name_sort)
        ).first()
    if org is None:
        raise NotFound(entity="cơ quan kiểm tra", entity_en="organisation", ref="")
    return org


def _entry(s: Session, plan: Plan, org: Organisation, issued_on: date) -> IssuedDocument:
    existing = s.scalars(
        select(IssuedDocument)
        .where(
            IssuedDocument.plan_id == plan.id,
            IssuedDocument.doc_type == DocumentType.REPORT,
            IssuedDocument.deleted.is_(False),
        )
        .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.sequence.desc())
    ).first()
    if existing is not None:
        return existing
    title = f"Báo cáo kết quả kiểm tra theo Kế hoạch số {plan.number}"
    return register_document(
        s, DocumentType.REPORT, org.doc_code, issued_on, title, plan_id=plan.id
    )


def subject_of(plan: Plan) -> str:
    """The trích yếu: "Kết quả kiểm tra …" from the plan's title."""
    prefix = "ke hoach kiem tra"
    if fold(plan.title).startswith(prefix):
        return "Kết quả kiểm tra" + plan.title[len(prefix) :]
    return f"Kết quả kiểm tra theo Kế hoạch số {plan.number}"


def _team(s: Session, plan_id: uuid.UUID) -> tuple[list[TeamLine], str]:
    rows = s.execute(
        select(Person.id, Person.full_name, Person.job_title, TeamMember.role)
        .join(TeamMember, TeamMember.person_id == Person.id)
        .join(Team, Team.id == TeamMember.team_id)
        .where(Team.plan_id == plan_id, Team.deleted.is_(False), TeamMember.deleted.is_(False))
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
            Visit.scheduled_on,
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


def gather_report(s: Session, plan_id: uuid.UUID, today: date, issued_on: date) -> ReportData:
    """Everything the report of a plan says; registers its number when it has none.

    Args:
        s: An open session (the caller's unit of work).
        plan_id: The plan.
        today: The day overdue recommendations are judged against.
        issued_on: The report's date when it gets a new number.
    """
    plan = _plan(s, plan_id)
    org = _organisation(s, plan)
    entry = _entry(s, plan, org, issued_on)
    live = (Visit.plan_id == plan.id, Visit.deleted.is_(False))
    visits = s.execute(
        select(Visit.id, Unit.name, Visit.scheduled_on, Visit.mode, Visit.causes)
        .join(Unit, Unit.id == Visit.unit_id)
        .where(*live, Visit.status.in_(INSPECTED))
        .order_by(Visit.scheduled_on, Unit.name_sort)
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
        .order_by(Visit.scheduled_on, Unit.name_sort, Finding.position)
    ).all()
    causes: list[str] = []
    cause_rows = s.scalars(select(Finding.cause).where(*live_f, Finding.cause != "")).all()
    for cause in [*(v.causes for v in visits if v.causes.strip()), *cause_rows]:
        if cause.strip() and cause.strip() not in causes:
            causes.append(cause.strip())
    team, leader = _team(s, plan.id)
    dates = [v.scheduled_on for v in visits if v.scheduled_on]
    start, end = (min(dates), max(dates)) if dates else (plan.start_on, plan.end_on)
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
        subject=subject_of(plan),
        opening=(_opening(plan, len(visits), start, end),),
        team=tuple(team),
        period_start=start,
        period_end=end,
        scope=plan.purpose,
        units_planned=planned or 0,
        units_inspected=len(visits),
        announced=sum(1 for v in visits if v.mode is VisitMode.ANNOUNCED),
        unannounced=sum(1 for v in visits if v.mode is VisitMode.UNANNOUNCED),
        strengths=_with_units(_by_text(strengths)),
        groups=tuple(_groups(s, ids)),
        causes=tuple(causes),
        findings_by_kind=tuple((w, by_kind.get(k, 0)) for k, w in KIND_WORDS.items()),
        remediation=rem,
        sanctions=tuple(
            SanctionCount(SANCTION_WORDS[f], by_form[f]) for f in SanctionForm if f in by_form
        ),
        proposals=_proposals(plan, rem),
        signer_titles=("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"),
        signer_name=leader,
        recipients=(
            f"{plan.issuer} (để báo cáo);" if plan.issuer else "Như trên;",
            "Các cơ quan, đơn vị được kiểm tra;",
            f"Lưu: VT, {org.doc_code}.",
        ),
        visits=rows,
    )


def _by_text(rows: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for unit, text in rows:
        out.setdefault(text, []).append(unit)
    return out


def _opening(plan: Plan, n: int, start: date | None, end: date | None) -> str:
    basis = []
    if plan.decision_number:
        when = f" {format_decree_date(plan.decision_date)}" if plan.decision_date else ""
        basis.append(f"Quyết định số {plan.decision_number}{when} về việc thành lập Đoàn kiểm tra")
    when = f" {format_decree_date(plan.issued_on)}" if plan.issued_on else ""
    of = f" của {plan.issuer}" if plan.issuer else ""
    basis.append(f"Kế hoạch số {plan.number}{when}{of}")
    period = ""
    if start and end:
        period = f" từ {format_decree_date(start)} đến {format_decree_date(end)}"
    return (
        f"Thực hiện {' và '.join(basis)}, Đoàn kiểm tra đã tiến hành kiểm tra tại {n} "
        f"cơ quan, đơn vị{period}. Đoàn kiểm tra báo cáo kết quả như sau:"
    )


def _proposals(plan: Plan, rem: RemediationStats) -> tuple[str, ...]:
    remaining = rem.total - rem.done
    out = [
        f"Đề nghị Thủ trưởng các cơ quan, đơn vị được kiểm tra chỉ đạo khắc phục dứt điểm "
        f"{remaining} kiến nghị còn lại (trong đó {rem.overdue} kiến nghị đã quá hạn) và báo "
        f"cáo kết quả về Đoàn kiểm tra.",
    ]
    if plan.issuer:
        out.append(
            f"Đề nghị {plan.issuer} chỉ đạo tiếp tục tăng cường kỷ luật, kỷ cương hành chính "
            f"và xem xét xử lý trách nhiệm đối với các trường hợp vi phạm."
        )
    return tuple(out)


class ReportService:
    """Generate the summary report of a plan."""

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus

    def plan_by_number(self, number: str) -> uuid.UUID:
        """The live plan with this number (``230/KH-UBND``)."""
        with self._db.sessions() as s:
            plan_id = s.scalar(
                select(Plan.id).where(Plan.number == number.strip(), Plan.deleted.is_(False))
            )
        if plan_id is None:
            raise NotFound(entity="kế hoạch", entity_en="plan", ref=number)
        return plan_id

    def write_pdf(
        self,
        plan_id: uuid.UUID,
        path: Path,
        *,
        today: date | None = None,
        issued_on: date | None = None,
    ) -> ReportResult:
        """Write the plan's report as a PDF; number it (once) in the register.

        Args:
            plan_id: The plan.
            path: The PDF to write (replaced atomically).
            today: The day overdue is judged against (default: today).
            issued_on: The date of a newly numbered report (default: ``today``).
        """
        today = today or date.today()
        with self._db.sessions.begin() as s:
            data = gather_report(s, plan_id, today, issued_on or today)
            entry = s.scalars(
                select(IssuedDocument).where(
                    IssuedDocument.plan_id == plan_id,
                    IssuedDocument.number == data.number,
                    IssuedDocument.doc_type == DocumentType.REPORT,
                )
            ).first()
            if entry is not None and entry.file_name != path.name:
                entry.file_name = path.name
        if self._bus is not None:
            self._bus.publish(["issued_document"])
        build_report_pdf(data, path)
        record_file(self._db, DocumentType.REPORT, data.number, path, plan_id=plan_id)
        return ReportResult(data.number, path, data)
