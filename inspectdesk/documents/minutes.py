"""The minutes of a visit (biên bản kiểm tra) as a Decree 30 .docx.

:class:`MinutesData` is everything the minutes say, already in words; the service
(:mod:`inspectdesk.services.minutes`) gathers it from the database. :func:`build_minutes`
lays it out in the order of DESIGN.md; :func:`write_minutes` saves it atomically.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspectdesk.documents.decree30 import (
    Header,
    Signature,
    add_body,
    add_bullet,
    add_header,
    add_heading,
    add_lines,
    add_recipients,
    add_signatures,
    add_subheading,
    add_title,
    enforce_fonts,
    new_document,
)
from inspectdesk.text import format_decree_date, format_place_date, format_short_date

EMPTY = "Không có."


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


def _legal_bases(doc: Any, lines: tuple[str, ...]) -> None:
    items = [line.strip().rstrip(";.").rstrip() for line in lines if line.strip()]
    for index, item in enumerate(items):
        add_body(doc, item + ("." if index == len(items) - 1 else ";"), italic=True)


def _participants(doc: Any, people: tuple[Participant, ...]) -> None:
    add_lines(doc, (p.line() for p in people), empty=EMPTY)


def _checklist(doc: Any, sections: tuple[ChecklistSectionLines, ...]) -> None:
    titled = [s for s in sections if s.title.strip() or any(i.strip() for i in s.items)]
    if not titled:
        add_body(doc, EMPTY)
        return
    for number, section in enumerate(titled, start=1):
        add_body(doc, f"{number}. {section.title.strip()}")
        for item in section.items:
            if item.strip():
                add_bullet(doc, item.strip())


def _results(doc: Any, data: MinutesData) -> None:
    add_subheading(doc, "1. Ưu điểm:")
    add_lines(doc, data.strengths)
    add_subheading(doc, "2. Tồn tại, hạn chế:")
    problems = [*data.shortcomings, *(f"Vi phạm: {v.strip()}" for v in data.violations)]
    add_lines(doc, problems)
    add_subheading(doc, "3. Nguyên nhân:")
    add_lines(doc, data.causes)


def build_minutes(data: MinutesData) -> Any:
    """Lay out the minutes of a visit.

    Args:
        data: What the minutes say; every text is printed literally.

    Returns:
        The python-docx ``Document``.
    """
    doc = new_document()
    add_header(
        doc,
        Header(
            superior=data.superior,
            issuer=data.issuer,
            number=data.number,
            place_date=format_place_date(data.place_name, data.issued_on),
        ),
    )
    add_title(doc, "BIÊN BẢN", data.subject)
    _legal_bases(doc, data.legal_bases)
    add_body(doc, _opening(data))
    add_heading(doc, "I. THÀNH PHẦN")
    add_subheading(doc, "1. Đoàn kiểm tra:")
    _participants(doc, data.team)
    add_subheading(doc, "2. Đại diện đơn vị được kiểm tra:")
    _participants(doc, data.unit_representatives)
    add_subheading(doc, "3. Thành phần khác (nếu có):")
    _participants(doc, data.others)
    add_heading(doc, "II. NỘI DUNG KIỂM TRA")
    _checklist(doc, data.checklist)
    add_heading(doc, "III. KẾT QUẢ KIỂM TRA")
    _results(doc, data)
    add_heading(doc, "IV. KIẾN NGHỊ")
    add_lines(doc, (r.line() for r in data.recommendations))
    add_heading(doc, "V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")
    add_body(doc, data.unit_opinion.strip() or EMPTY)
    closing = add_body(doc, _closing(data))
    closing.paragraph_format.keep_with_next = True  # never a signature page on its own
    add_signatures(
        doc,
        [
            (
                Signature(("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",), data.unit_signer),
                Signature(("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"), data.leader),
            ),
            (Signature(("THƯ KÝ",), data.secretary), None),
        ],
    )
    if data.recipients:
        add_recipients(doc, data.recipients)
    enforce_fonts(doc)
    return doc


def write_minutes(data: MinutesData, path: Path) -> Path:
    """Build the minutes and save them at ``path`` atomically (temp file, then replace).

    Raises:
        OSError: the folder cannot be written.
    """
    path = Path(path)
    doc = build_minutes(data)
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".docx.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            doc.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
