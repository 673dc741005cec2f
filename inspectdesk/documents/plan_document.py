"""The inspection plan (kế hoạch kiểm tra) as a Decree 30 .docx (Phụ lục III, Mẫu 1.4).

Header; "KẾ HOẠCH" and the trích yếu (``Kiểm tra công vụ năm 2026``); căn cứ; I. MỤC
ĐÍCH, YÊU CẦU; II. NỘI DUNG KIỂM TRA (the checklist's sections); III. ĐỐI TƯỢNG, THỜI
GIAN KIỂM TRA (a table of the units, then the period); IV. TỔ CHỨC THỰC HIỆN (the teams
and everyone's duties); the closing sentence ending "./."; "Nơi nhận" beside the
signature.

The plan is sent to the units it names, so it never names the target of an unannounced
visit, nor a team that works undercover: :func:`plan_document_context` leaves them out
whatever the data holds and only says how many unannounced checks will be made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from inspectdesk.documents.decision import (
    TeamRoster,
    add_closing,
    add_rosters_of,
    head_of,
    lower_first,
    period_text,
    rosters_context,
    upper_first,
)
from inspectdesk.documents.decree30 import (
    add_body,
    add_heading,
    add_subheading,
    cell_paragraph,
    enforce_fonts,
)
from inspectdesk.documents.minutes import ChecklistSectionLines, Participant
from inspectdesk.documents.tags import add_lines_of, add_tag, punctuated, templated_document
from inspectdesk.documents.templating import Template, render_docx
from inspectdesk.text import format_place_date, format_short_date

UNITS_WIDTHS_CM = (1.3, 8.6, 3.1, 3.5)
ANNOUNCED = "Theo kế hoạch"
REQUIREMENTS = (
    "Việc kiểm tra bảo đảm khách quan, công khai, đúng quy định của pháp luật; không gây "
    "phiền hà, không làm ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị được kiểm tra",
    "Kết quả kiểm tra phản ánh đúng thực tế; kịp thời chấn chỉnh, kiến nghị xử lý các tồn "
    "tại, hạn chế, vi phạm (nếu có)",
)
TEAM_DUTIES = (
    "Trưởng đoàn kiểm tra phân công nhiệm vụ cho các thành viên; thông báo lịch kiểm tra "
    "đến các cơ quan, đơn vị được kiểm tra theo kế hoạch",
    "Lập biên bản kiểm tra tại từng cơ quan, đơn vị; kiến nghị khắc phục, xử lý các tồn tại, "
    "hạn chế, vi phạm (nếu có)",
)
UNIT_DUTIES = (
    "Chuẩn bị báo cáo, hồ sơ, tài liệu liên quan đến nội dung kiểm tra",
    "Bố trí thành phần, địa điểm làm việc với Đoàn kiểm tra",
    "Thực hiện các kiến nghị của Đoàn kiểm tra và báo cáo kết quả khắc phục đúng thời hạn",
)


@dataclass(frozen=True, slots=True)
class PlannedUnit:
    """A unit the plan inspects, the day it is scheduled, and whether it is announced."""

    name: str
    day: date | None = None
    unannounced: bool = False


@dataclass(frozen=True, slots=True)
class PlanDocumentData:
    """Everything the plan document says.

    ``subject`` is the trích yếu (``Kiểm tra công vụ năm 2026``); ``issuer_in_text`` the
    issuer as running text (``UBND tỉnh Vĩnh Phúc``); ``decision_reference`` names the
    decision establishing the team (``Quyết định số 25/QĐ-SNV ngày … của …``).
    """

    superior: str
    issuer: str
    number: str
    place_name: str
    issued_on: date
    subject: str
    issuer_in_text: str = ""
    legal_bases: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    requirements: tuple[str, ...] = REQUIREMENTS
    checklist: tuple[ChecklistSectionLines, ...] = ()
    scope: tuple[str, ...] = ()  # the sampling strata's labels ("50% các sở, ban, ngành")
    units: tuple[PlannedUnit, ...] = ()
    start_on: date | None = None
    end_on: date | None = None
    decision_reference: str = ""
    teams: tuple[TeamRoster, ...] = ()
    report_to: str = ""
    report_days: int = 15
    team_duties: tuple[str, ...] = TEAM_DUTIES
    unit_duties: tuple[str, ...] = UNIT_DUTIES
    signer_titles: tuple[str, ...] = ()
    signer_name: str = ""
    recipients: tuple[str, ...] = ()


def _lines(texts: tuple[str, ...]) -> list[str]:
    return [line.strip() for text in texts for line in text.split("\n") if line.strip()]


def _units(data: PlanDocumentData) -> tuple[list[dict[str, str]], str]:
    """The announced units' rows and the sentence counting the unannounced checks."""
    rows = [
        {
            "name": unit.name.strip() or "…",
            "date": format_short_date(unit.day) if unit.day else "Thông báo sau",
            "mode": ANNOUNCED,
        }
        for unit in data.units
        if not unit.unannounced
    ]
    hidden = sum(1 for unit in data.units if unit.unannounced)
    if not hidden:
        return rows, ""
    lead = "Ngoài các cơ quan, đơn vị nêu trên, " if rows else ""
    sentence = (
        f"{lead}Đoàn kiểm tra sẽ kiểm tra đột xuất {hidden:02d} cơ quan, đơn vị "
        "(không thông báo trước)."
    )
    return rows, upper_first(sentence)


def _team_intro(data: PlanDocumentData, teams: tuple[TeamRoster, ...]) -> str:
    several = len(teams) > 1
    who = "Các đoàn kiểm tra" if several else "Đoàn kiểm tra"
    if data.decision_reference.strip():
        return f"{who} được thành lập theo {data.decision_reference.strip()}, gồm:"
    return f"Thành phần {lower_first(who)} gồm:"


def plan_document_context(data: PlanDocumentData) -> dict[str, Any]:
    """The placeholders of the plan template; unannounced targets are left out."""
    head = head_of(data.issuer.strip())
    subject = data.subject.strip()
    about = lower_first(subject) if subject else "kiểm tra"
    issuer = data.issuer_in_text.strip()
    sections = [s for s in data.checklist if s.title.strip()]
    purposes = _lines(data.purposes)
    if sections:
        contents = punctuated(f"{i}. {s.title.strip()}" for i, s in enumerate(sections, 1))
    else:
        contents = punctuated(purposes)
    units, unannounced = _units(data)
    teams = tuple(t for t in data.teams if not t.undercover)
    scope = punctuated(data.scope, other=";")
    period = period_text(data.start_on, data.end_on)
    report_to = data.report_to.strip() or issuer or "cấp có thẩm quyền"
    report = (
        f"Đoàn kiểm tra báo cáo kết quả kiểm tra về {report_to} trong thời hạn "
        f"{max(1, data.report_days):02d} ngày kể từ ngày kết thúc đợt kiểm tra"
    )
    collective = [f"TM. {head.collective}", head.title] if head.collective else [head.title]
    return {
        "superior": data.superior.strip(),
        "issuer": data.issuer.strip(),
        "number": data.number.strip(),
        "place_date": format_place_date(data.place_name, data.issued_on),
        "subject": subject,
        "legal_bases": punctuated(data.legal_bases),
        "intro": upper_first(f"{issuer} ban hành Kế hoạch {about} như sau:".strip()),
        "purposes": purposes,
        "requirements": punctuated(data.requirements),
        "contents": contents,
        "checklist": [
            {"title": s.title.strip(), "lines": [i.strip() for i in s.items if i.strip()]}
            for s in sections
        ],
        "scope": f"Phạm vi kiểm tra: {' '.join(scope)}" if scope else "",
        "units": units,
        "unannounced": unannounced,
        "period": f"{upper_first(period)}." if period else "Theo lịch của Đoàn kiểm tra.",
        "team_intro": _team_intro(data, teams),
        "teams": rosters_context(teams, lettered=True),
        "team_duties": punctuated([*data.team_duties, report]),
        "unit_duties": punctuated(data.unit_duties),
        "closing": (
            f"Trên đây là Kế hoạch {about}{f' của {issuer}' if issuer else ''}. Đề nghị các "
            "cơ quan, đơn vị có liên quan nghiêm túc triển khai thực hiện./."
        ),
        "signer_titles": [t.strip() for t in data.signer_titles if t.strip()] or collective,
        "signer_name": data.signer_name.strip(),
        "recipients": punctuated(data.recipients),
    }


def _repeat_as_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        tr_pr.append(OxmlElement(tag))


def add_units_table(doc: Any) -> Any:
    """The table of units: a header row repeated on each page, one row per unit."""
    table = doc.add_table(rows=4, cols=len(UNITS_WIDTHS_CM))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, UNITS_WIDTHS_CM, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    header, loop, body, end = table.rows
    for cell, text in zip(
        header.cells, ("STT", "Cơ quan, đơn vị", "Thời gian", "Hình thức"), strict=True
    ):
        cell_paragraph(cell, text, 13, bold=True)
    _repeat_as_header(header)
    cell_paragraph(loop.cells[0], "{%tr for u in units %}", 10)
    cells = body.cells
    cell_paragraph(cells[0], "{{ loop.index }}", 13)
    name = cell_paragraph(cells[1], "{{ u.name }}", 13)
    name.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell_paragraph(cells[2], "{{ u.date }}", 13)
    cell_paragraph(cells[3], "{{ u.mode }}", 13)
    body._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    cell_paragraph(end.cells[0], "{%tr endfor %}", 10)
    for row in (header, body):
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = Pt(3)
                paragraph.paragraph_format.space_after = Pt(3)
    return table


def plan_document_template() -> Any:
    """The built-in plan template (a python-docx ``Document`` with Jinja tags)."""
    doc = templated_document("KẾ HOẠCH")
    add_tag(doc, "for line in legal_bases")
    add_body(doc, "{{ line }}", italic=True)
    add_tag(doc, "endfor")
    add_body(doc, "{{ intro }}")
    add_heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    add_subheading(doc, "1. Mục đích")
    add_lines_of(doc, "purposes", empty="…", dash=False)
    add_subheading(doc, "2. Yêu cầu")
    add_lines_of(doc, "requirements", empty="…")
    add_heading(doc, "II. NỘI DUNG KIỂM TRA")
    add_lines_of(doc, "contents", empty="…", dash=False)
    add_heading(doc, "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA")
    add_subheading(doc, "1. Đối tượng kiểm tra")
    add_tag(doc, "if scope")
    add_body(doc, "{{ scope }}")
    add_tag(doc, "endif")
    add_tag(doc, "if units")
    add_units_table(doc)
    add_tag(doc, "elif not unannounced")
    add_body(doc, "Danh sách cơ quan, đơn vị được kiểm tra sẽ được thông báo sau.")
    add_tag(doc, "endif")
    add_tag(doc, "if unannounced")
    add_body(doc, "{{ unannounced }}").paragraph_format.space_before = Pt(6)
    add_tag(doc, "endif")
    add_subheading(doc, "2. Thời gian kiểm tra").paragraph_format.space_before = Pt(6)
    add_body(doc, "{{ period }}")
    add_heading(doc, "IV. TỔ CHỨC THỰC HIỆN")
    add_subheading(doc, "1. Đoàn kiểm tra")
    add_body(doc, "{{ team_intro }}")
    add_rosters_of(doc)
    add_subheading(doc, "2. Trách nhiệm của Đoàn kiểm tra")
    add_lines_of(doc, "team_duties", empty="…")
    add_subheading(doc, "3. Trách nhiệm của các cơ quan, đơn vị được kiểm tra")
    add_lines_of(doc, "unit_duties", empty="…")
    closing = add_body(doc, "{{ closing }}")
    closing.paragraph_format.keep_with_next = True
    add_closing(doc)
    enforce_fonts(doc)
    return doc


def build_plan_document(data: PlanDocumentData, template: Template) -> Any:
    """The plan document: ``template`` rendered; every text of ``data`` prints literally.

    Raises:
        TemplateProblem: a user's template cannot be rendered.
    """
    return render_docx(template.content, plan_document_context(data), name=template.name)


def sample_plan_document() -> PlanDocumentData:
    """A filled-in plan used to check a user's template before it is installed."""
    return PlanDocumentData(
        superior="UBND tỉnh Vĩnh Phúc",
        issuer="Sở Nội vụ",
        number="03/KH-SNV",
        place_name="Vĩnh Yên",
        issued_on=date(2026, 1, 5),
        subject="Kiểm tra công vụ năm 2026",
        issuer_in_text="Sở Nội vụ",
        legal_bases=("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008",),
        purposes=("Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.",),
        checklist=(ChecklistSectionLines("Kỷ luật, kỷ cương hành chính", ("Giờ giấc",)),),
        scope=("50% các sở, ban, ngành",),
        units=(PlannedUnit("Sở Y tế", date(2026, 3, 9)), PlannedUnit("UBND xã A", None, True)),
        start_on=date(2026, 3, 1),
        end_on=date(2026, 12, 31),
        decision_reference="Quyết định số 12/QĐ-SNV ngày 05 tháng 01 năm 2026 của Sở Nội vụ",
        teams=(
            TeamRoster(
                "Đoàn kiểm tra công vụ năm 2026",
                (Participant("Nguyễn Văn Thành", "Ông", "Phó Giám đốc Sở", "Trưởng đoàn"),),
            ),
        ),
        recipients=("Các cơ quan, đơn vị được kiểm tra", "Lưu: VT, ĐKT"),
    )
