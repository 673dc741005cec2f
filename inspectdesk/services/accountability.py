"""What a head or deputy head of a unit answers for in a year (the personal view).

A person answers for a finding that names them responsible, for the recommendations made
on such a finding, and, when they are the head of a unit (a job title such as "Chủ tịch",
"Giám đốc", "Trưởng …", never "Phó …"), for every recommendation addressed to their unit.
The year is that of the visit, or of a recommendation's deadline (what is due that year,
made at an earlier visit). Exported to .xlsx for the year-end evaluation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import and_, extract, false, or_, select
from sqlalchemy.orm import Session, aliased

from inspectdesk.db.database import Database
from inspectdesk.db.models import Finding, Person, Plan, Recommendation, Unit, Visit
from inspectdesk.db.ordering import ascending
from inspectdesk.documents.progress_data import FINDING_WORDS
from inspectdesk.domain.enums import FindingKind, RemediationStatus
from inspectdesk.errors import InvalidArgument, NotFound
from inspectdesk.services.xlsx_export import check_writable, replace_atomically, text_cell
from inspectdesk.text import fold

__all__ = ["AnswerRow", "answers_for", "export_answers", "is_head_title", "resolve_person"]

HEAD_PREFIXES = (
    "chu tich",
    "giam doc",
    "tong giam doc",
    "hieu truong",
    "vien truong",
    "cuc truong",
    "chi cuc truong",
    "chanh ",
    "thu truong",
    "truong ",
)
STATUS_WORDS = {
    RemediationStatus.OPEN: "Chưa khắc phục",
    RemediationStatus.IN_PROGRESS: "Đang khắc phục",
    RemediationStatus.DONE: "Đã khắc phục",
}
HEAD = (
    "STT",
    "Loại",
    "Nội dung",
    "Đơn vị",
    "Kế hoạch",
    "Ngày kiểm tra",
    "Trách nhiệm",
    "Thời hạn",
    "Tình trạng",
    "Quá hạn",
)
WIDTHS = (6, 16, 60, 30, 16, 13, 24, 12, 16, 9)


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """A finding or recommendation a person answers for, and where it stands."""

    kind: str  # "Tồn tại, hạn chế", "Vi phạm" or "Kiến nghị"
    text: str
    unit: str
    plan: str
    visited_on: date | None
    role: str  # "Người chịu trách nhiệm" or "Người đứng đầu đơn vị"
    deadline: date | None = None
    status: str = ""
    overdue: bool = False


def is_head_title(title: str) -> bool:
    """Whether a job title is that of a unit's head (a deputy, "Phó …", is not)."""
    folded = fold(title).strip()
    return not folded.startswith("pho ") and folded.startswith(HEAD_PREFIXES)


def resolve_person(s: Session, ref: str) -> Person:
    """A live person by UUID or by full name (case and tones folded).

    Raises:
        NotFound: nobody; InvalidArgument: several people of that name.
    """
    try:
        person = s.get(Person, uuid.UUID(ref.strip()))
    except ValueError:
        person = None
    if person is not None and not person.deleted:
        return person
    found = s.scalars(
        select(Person).where(Person.deleted.is_(False), Person.name_fold == fold(ref).strip())
    ).all()
    if not found:
        raise NotFound(entity="người", entity_en="person", ref=ref)
    if len(found) > 1:
        raise InvalidArgument(
            detail=f"Có {len(found)} người cùng tên “{ref}”; hãy dùng mã UUID của người đó."
        )
    return found[0]


def answers_for(db: Database, person_id: uuid.UUID, year: int, today: date) -> list[AnswerRow]:
    """The findings and recommendations ``person_id`` answers for in ``year``.

    Findings come first (by visit date), then recommendations (by deadline).
    ``today`` judges what is overdue.

    Raises:
        NotFound: no such person.
    """
    with db.sessions() as s:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(entity="người", entity_en="person", ref=str(person_id))
        live = [Visit.deleted.is_(False), Unit.id == Visit.unit_id]
        findings = s.execute(
            select(Finding.kind, Finding.text, Unit.name, Plan.number, Visit.scheduled_on)
            .join(Visit, Visit.id == Finding.visit_id)
            .join(Unit, Unit.id == Visit.unit_id)
            .outerjoin(Plan, Plan.id == Visit.plan_id)
            .where(
                *live,
                Finding.deleted.is_(False),
                Finding.responsible_person_id == person.id,
                Finding.kind != FindingKind.STRENGTH,
                extract("year", Visit.scheduled_on) == year,
            )
            .order_by(ascending(Visit.scheduled_on), Unit.name_sort, Finding.position)
        ).all()
        rows = [
            AnswerRow(FINDING_WORDS[k], t, u, p or "", d, "Người chịu trách nhiệm")
            for k, t, u, p, d in findings
        ]
        named = aliased(Finding)
        as_head = (
            Recommendation.responsible_unit_id == person.unit_id
            if person.unit_id is not None and is_head_title(person.job_title)
            else false()
        )
        recs = s.execute(
            select(
                Recommendation.text,
                Unit.name,
                Plan.number,
                Visit.scheduled_on,
                Recommendation.deadline,
                Recommendation.status,
                named.responsible_person_id,
            )
            .join(Visit, Visit.id == Recommendation.visit_id)
            .join(Unit, Unit.id == Visit.unit_id)
            .outerjoin(Plan, Plan.id == Visit.plan_id)
            .outerjoin(named, and_(named.id == Recommendation.finding_id, named.deleted.is_(False)))
            .where(
                *live,
                Recommendation.deleted.is_(False),
                or_(named.responsible_person_id == person.id, as_head),
                or_(
                    extract("year", Visit.scheduled_on) == year,
                    extract("year", Recommendation.deadline) == year,
                ),
            )
            .order_by(
                ascending(Recommendation.deadline),
                ascending(Visit.scheduled_on),
                Recommendation.position,
            )
        ).all()
        for text, unit, plan, day, deadline, status, responsible in recs:
            role = "Người chịu trách nhiệm" if responsible == person.id else "Người đứng đầu đơn vị"
            overdue = (
                deadline is not None and deadline < today and status is not RemediationStatus.DONE
            )
            rows.append(
                AnswerRow(
                    "Kiến nghị",
                    text,
                    unit,
                    plan or "",
                    day,
                    role,
                    deadline,
                    STATUS_WORDS[status],
                    overdue,
                )
            )
        return rows


def export_answers(
    db: Database, person_id: uuid.UUID, year: int, path: Path, today: date
) -> tuple[Path, int]:
    """Write what ``person_id`` answers for in ``year`` to an .xlsx; the path and row count.

    Raises:
        NotFound: no such person. ReadOnlyFile, NotAFile, FileMissing, DiskFull: ``path``.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    check_writable(path)
    rows = answers_for(db, person_id, year, today)
    with db.sessions() as s:
        person = s.get(Person, person_id)
        who = f"{person.full_name}, {person.job_title}" if person and person.job_title else ""
        if person and not who:
            who = person.full_name
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Năm {year}"
    last = get_column_letter(len(HEAD))
    for row, words in enumerate(
        (f"NỘI DUNG CHỊU TRÁCH NHIỆM NĂM {year}", who, f"(Tính đến ngày {today:%d/%m/%Y})"), 1
    ):
        cell = sheet.cell(row=row, column=1)
        text_cell(cell, words)
        cell.font = Font(bold=row == 1, italic=row == 3, size=14 if row == 1 else 12)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last}{row}")
    heading = 5
    for column, words in enumerate(HEAD, 1):
        cell = sheet.cell(row=heading, column=column)
        text_cell(cell, words)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, r in enumerate(rows, 1):
        values = (i, r.kind, r.text, r.unit, r.plan, r.visited_on, r.role, r.deadline, r.status)
        for column, value in enumerate((*values, "Có" if r.overdue else ""), 1):
            cell = sheet.cell(row=heading + i, column=column)
            if isinstance(value, str):
                text_cell(cell, value)
            else:
                cell.value = value
                if isinstance(value, date):
                    cell.number_format = "DD/MM/YYYY"
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for column, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{heading + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    replace_atomically(path, workbook.save)
    return path, len(rows)
