"""The minutes of a visit (biên bản kiểm tra) as a Decree 30 .docx.

:class:`MinutesData` is everything the minutes say, already in words; the service
(:mod:`inspectdesk.services.minutes`) gathers it from the database. :func:`minutes_template`
lays out the built-in template in the order of DESIGN.md, :func:`minutes_context` turns
the data into its placeholders, :func:`build_minutes` renders a template (the built-in one
or a user's) and :func:`write_minutes` saves the result atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspectdesk.documents.decree30 import (
    Signature,
    add_body,
    add_bullet,
    add_heading,
    add_signatures,
    add_subheading,
    enforce_fonts,
)
from inspectdesk.documents.output import write_atomically
from inspectdesk.documents.tags import (
    NONE_TEXT,
    add_lines_of,
    add_recipients_of,
    add_tag,
    punctuated,
    templated_document,
)
from inspectdesk.documents.templating import Template, render_docx, to_bytes
from inspectdesk.text import format_decree_date, format_place_date, format_short_date


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone named in I. THÀNH PHẦN: ``- Ông Nguyễn Văn Thành – Phó Giám đốc – Trưởng đoàn;``."""

    name: str
    honorific: str = ""  # "Ông", "Bà" or ""
    title: str = ""  # chức vụ, đơn vị
    role: str = ""  # "Trưởng đoàn", "Thư ký"… (team members only)

    def line(self) -> str:
        """The participant as one dash line's text (without the dash and the end mark)."""
        name = f"{self.honorific} {self.name}".strip() if self.name.strip() else "…"
        return " – ".join(part.strip() for part in (name, self.title, self.role) if part.strip())


@dataclass(frozen=True, slots=True)
class ChecklistSectionLines:
    """A numbered group of II. NỘI DUNG KIỂM TRA and its items."""

    title: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RecommendationLine:
    """A kiến nghị: what, who, by when."""

    text: str
    responsible: str = ""
    deadline: date | None = None

    def line(self) -> str:
        """The recommendation as a dash line's text."""
        extra = []
        if self.responsible.strip():
            extra.append(f"thực hiện: {self.responsible.strip()}")
        if self.deadline is not None:
            extra.append(f"thời hạn: trước ngày {format_short_date(self.deadline)}")
        text = self.text.strip().rstrip(";.").rstrip() or "…"
        return f"{text} ({'; '.join(extra)})" if extra else text


@dataclass(frozen=True, slots=True)
class MinutesData:
    """Everything the minutes of one visit say.

    Times are Vietnam wall-clock times (naive). ``subject`` is the trích yếu
    (``Kiểm tra công vụ tại UBND xã Tam Hồng``); ``activity`` what the team does in
    the opening sentence (``kiểm tra công vụ tại UBND xã Tam Hồng``).
    """

    superior: str
    issuer: str
    number: str
    place_name: str
    issued_on: date
    subject: str
    activity: str
    unit_name: str
    legal_bases: tuple[str, ...] = ()
    start: datetime | None = None
    place: str = ""
    team: tuple[Participant, ...] = ()
    unit_representatives: tuple[Participant, ...] = ()
    others: tuple[Participant, ...] = ()
    checklist: tuple[ChecklistSectionLines, ...] = ()
    strengths: tuple[str, ...] = ()
    shortcomings: tuple[str, ...] = ()
    violations: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    recommendations: tuple[RecommendationLine, ...] = ()
    unit_opinion: str = ""
    end: datetime | None = None
    copies: int = 2
    unit_signer: str = ""
    leader: str = ""
    secretary: str = ""
    recipients: tuple[str, ...] = ()


def _time(moment: datetime) -> str:
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def _opening(data: MinutesData) -> str:
    day = data.start.date() if data.start else data.issued_on
    when = f"vào hồi {_time(data.start)}, " if data.start else ""
    place = data.place.strip() or data.unit_name.strip() or "…"
    activity = data.activity.strip() or "kiểm tra"
    return (
        f"Hôm nay, {when}{format_decree_date(day)}, tại {place}, "
        f"Đoàn kiểm tra tiến hành {activity.rstrip('.')}."
    )


def _closing(data: MinutesData) -> str:
    if data.end is None:
        when = "vào hồi …… giờ …… phút cùng ngày"
    elif data.start is not None and data.end.date() == data.start.date():
        when = f"vào hồi {_time(data.end)} cùng ngày"
    else:
        when = f"vào hồi {_time(data.end)}, {format_decree_date(data.end.date())}"
    copies = max(1, data.copies)
    team_copies = max(1, copies - 1)
    unit_copies = copies - team_copies
    keeps = f"Đoàn kiểm tra giữ {team_copies:02d} bản"
    if unit_copies:
        keeps += f", đơn vị được kiểm tra giữ {unit_copies:02d} bản"
    return (
        f"Biên bản kết thúc {when}, đã được đọc lại cho các thành phần tham dự cùng nghe, "
        f"thống nhất và ký tên. Biên bản được lập thành {copies:02d} bản có giá trị pháp lý "
        f"như nhau, {keeps}./."
    )


def _participants(people: tuple[Participant, ...]) -> list[str]:
    return punctuated(p.line() for p in people)


def minutes_context(data: MinutesData) -> dict[str, Any]:
    """The placeholders of the minutes template (``docs/templates.md`` lists them)."""
    sections = [s for s in data.checklist if s.title.strip() or any(i.strip() for i in s.items)]
    problems = [*data.shortcomings, *(f"Vi phạm: {v.strip()}" for v in data.violations)]
    day = data.start.date() if data.start else data.issued_on
    return {
        "superior": data.superior.strip(),
        "issuer": data.issuer.strip(),
        "number": data.number.strip(),
        "place_date": format_place_date(data.place_name, data.issued_on),
        "subject": data.subject.strip(),
        "legal_bases": punctuated(data.legal_bases),
        "opening": _opening(data),
        "unit_name": data.unit_name.strip(),
        "place": data.place.strip(),
        "visit_date": format_decree_date(day),
        "start_time": _time(data.start) if data.start else "",
        "end_time": _time(data.end) if data.end else "",
        "team": _participants(data.team),
        "unit_representatives": _participants(data.unit_representatives),
        "others": _participants(data.others),
        "checklist": [
            {"title": s.title.strip(), "lines": [i.strip() for i in s.items if i.strip()]}
            for s in sections
        ],
        "strengths": punctuated(data.strengths),
        "shortcomings": punctuated(problems),
        "violations": punctuated(data.violations),
        "causes": punctuated(data.causes),
        "recommendations": punctuated(r.line() for r in data.recommendations),
        "unit_opinion": data.unit_opinion.strip() or NONE_TEXT,
        "closing": _closing(data),
        "unit_signer": data.unit_signer.strip(),
        "leader": data.leader.strip(),
        "secretary": data.secretary.strip(),
        "recipients": punctuated(data.recipients),
    }


def minutes_template() -> Any:
    """The built-in minutes template (a python-docx ``Document`` with Jinja tags)."""
    doc = templated_document("BIÊN BẢN")
    add_tag(doc, "for line in legal_bases")
    add_body(doc, "{{ line }}", italic=True)
    add_tag(doc, "endfor")
    add_body(doc, "{{ opening }}")
    add_heading(doc, "I. THÀNH PHẦN")
    add_subheading(doc, "1. Đoàn kiểm tra:")
    add_lines_of(doc, "team")
    add_subheading(doc, "2. Đại diện đơn vị được kiểm tra:")
    add_lines_of(doc, "unit_representatives")
    add_subheading(doc, "3. Thành phần khác (nếu có):")
    add_lines_of(doc, "others")
    add_heading(doc, "II. NỘI DUNG KIỂM TRA")
    add_tag(doc, "for section in checklist")
    add_body(doc, "{{ loop.index }}. {{ section.title }}")
    add_tag(doc, "for item in section.lines")
    add_bullet(doc, "{{ item }}")
    add_tag(doc, "endfor")
    add_tag(doc, "else")
    add_body(doc, NONE_TEXT)
    add_tag(doc, "endfor")
    add_heading(doc, "III. KẾT QUẢ KIỂM TRA")
    add_subheading(doc, "1. Ưu điểm:")
    add_lines_of(doc, "strengths")
    add_subheading(doc, "2. Tồn tại, hạn chế:")
    add_lines_of(doc, "shortcomings")
    add_subheading(doc, "3. Nguyên nhân:")
    add_lines_of(doc, "causes")
    add_heading(doc, "IV. KIẾN NGHỊ")
    add_lines_of(doc, "recommendations")
    add_heading(doc, "V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")
    add_body(doc, "{{ unit_opinion }}")
    closing = add_body(doc, "{{ closing }}")
    closing.paragraph_format.keep_with_next = True  # never a signature page on its own
    add_signatures(
        doc,
        [
            (
                Signature(("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",), "{{ unit_signer }}"),
                Signature(("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"), "{{ leader }}"),
            ),
            (Signature(("THƯ KÝ",), "{{ secretary }}"), None),
        ],
    )
    add_recipients_of(doc)
    enforce_fonts(doc)
    return doc


def build_minutes(data: MinutesData, template: Template) -> Any:
    """The minutes of a visit: ``template`` rendered; every text of ``data`` prints literally.

    Raises:
        TemplateProblem: a user's template cannot be rendered.
    """
    return render_docx(template.content, minutes_context(data), name=template.name)


def write_minutes(data: MinutesData, path: Path, template: Template) -> Path:
    """Build the minutes and save them at ``path`` atomically (temp file, then replace).

    Raises:
        TemplateProblem: the template cannot be rendered (nothing is written).
        OSError: the folder cannot be written.
    """
    return write_atomically(to_bytes(build_minutes(data, template)), Path(path))


def sample_minutes() -> MinutesData:
    """Filled-in minutes used to check a user's template before it is installed."""
    return MinutesData(
        superior="UBND tỉnh Vĩnh Phúc",
        issuer="Đoàn kiểm tra công vụ",
        number="05/BB-ĐKT",
        place_name="Vĩnh Yên",
        issued_on=date(2021, 11, 8),
        subject="Kiểm tra công vụ tại Sở Y tế",
        activity="kiểm tra công vụ tại Sở Y tế",
        unit_name="Sở Y tế",
        legal_bases=("Căn cứ Quyết định số 12/QĐ-UBND ngày 01 tháng 11 năm 2021",),
        start=datetime(2021, 11, 8, 8, 0),
        place="Trụ sở Sở Y tế",
        team=(Participant("Nguyễn Văn Thành", "Ông", "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn"),),
        unit_representatives=(Participant("Trần Thị Hoa", "Bà", "Giám đốc Sở Y tế"),),
        checklist=(ChecklistSectionLines("Chấp hành kỷ luật, kỷ cương", ("Giờ giấc làm việc",)),),
        strengths=("Cán bộ có mặt đầy đủ",),
        shortcomings=("Một số hồ sơ chưa cập nhật",),
        recommendations=(RecommendationLine("Cập nhật hồ sơ", "Văn phòng Sở", date(2021, 12, 8)),),
        end=datetime(2021, 11, 8, 11, 30),
        unit_signer="Trần Thị Hoa",
        leader="Nguyễn Văn Thành",
        secretary="Lê Minh Đức",
    )
