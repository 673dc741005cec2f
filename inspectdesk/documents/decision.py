"""The decision establishing an inspection team (quyết định thành lập Đoàn kiểm tra) as .docx.

Decree 30, Phụ lục III, Mẫu 1.2 (quyết định cá biệt): header; "QUYẾT ĐỊNH" and the trích
yếu ("Về việc thành lập Đoàn kiểm tra …"); the signer's authority (``GIÁM ĐỐC SỞ NỘI
VỤ``); the căn cứ and "Theo đề nghị của …" in italics; "QUYẾT ĐỊNH:"; Điều 1 (the teams
and their members), Điều 2 (their duties), Điều 3 (effect and who executes it, ending
"./."); "Nơi nhận" on the left beside the signature on the right.

:class:`DecisionData` is the decision in words; the service
(:mod:`inspectdesk.services.plan_documents`) gathers it. This module also holds the pieces
the plan document (:mod:`inspectdesk.documents.plan_document`) shares: the heads of
issuing bodies, team rosters and the closing "Nơi nhận" / signature row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from inspectdesk.documents.decree30 import (
    BODY_SIZE,
    TEXT_WIDTH_CM,
    Container,
    add_body,
    add_bullet,
    add_layout_table,
    add_text,
    cell_paragraph,
    enforce_fonts,
    format_paragraph,
)
from inspectdesk.documents.minutes import Participant
from inspectdesk.documents.tags import add_tag, punctuated, templated_document
from inspectdesk.documents.templating import Template, render_docx
from inspectdesk.text import fold, format_place_date, format_short_date

CLOSING_WIDTHS_CM = (7.3, TEXT_WIDTH_CM - 7.3)
"""The closing row: "Nơi nhận" on the left, the signature on the right."""
CLOSING_GAP_TWIPS = 240  # 12 pt above "Nơi nhận" and the signer's title


class Head(NamedTuple):
    """The head of an issuing body: authority line, signing title, collective name."""

    authority: str  # "GIÁM ĐỐC SỞ NỘI VỤ"
    title: str  # "GIÁM ĐỐC"
    collective: str = ""  # "ỦY BAN NHÂN DÂN" for a body that signs "TM."


_HEADS: tuple[tuple[str, str, bool], ...] = (
    # folded first words, the head's title, whether the title replaces those words
    ("uy ban nhan dan", "CHỦ TỊCH", False),
    ("ubnd", "CHỦ TỊCH", False),
    ("chi cuc", "CHI CỤC TRƯỞNG", False),
    ("cuc", "CỤC TRƯỞNG", False),
    ("so", "GIÁM ĐỐC", False),
    ("bo", "BỘ TRƯỞNG", False),
    ("van phong", "CHÁNH VĂN PHÒNG", True),
    ("thanh tra", "CHÁNH THANH TRA", True),
    ("ban", "TRƯỞNG BAN", True),
    ("phong", "TRƯỞNG PHÒNG", True),
    ("truong", "HIỆU TRƯỞNG", False),
    ("doan", "TRƯỞNG ĐOÀN", False),
)


def head_of(issuer: str) -> Head:
    """The head of the body named ``issuer`` (``SỞ NỘI VỤ`` → ``GIÁM ĐỐC SỞ NỘI VỤ``).

    An unknown kind of body gets ``THỦ TRƯỞNG <ISSUER>``; users correct the line in their
    template (placeholder ``signer_authority``).
    """
    words = issuer.split()
    folded = fold(issuer).split()
    for prefix, title, replaces in _HEADS:
        size = len(prefix.split())
        if folded[:size] != prefix.split():
            continue
        if prefix in ("uy ban nhan dan", "ubnd"):
            rest = " ".join(words[size:]).upper()
            return Head(f"{title} ỦY BAN NHÂN DÂN {rest}".strip(), title, "ỦY BAN NHÂN DÂN")
        rest = " ".join(words[size if replaces else 0 :]).upper()
        return Head(f"{title} {rest}".strip(), title)
    return Head(f"THỦ TRƯỞNG {issuer.upper()}".strip(), "THỦ TRƯỞNG")


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, unless it starts an abbreviation."""
    text = text.strip()
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def upper_first(text: str) -> str:
    """``text`` with its first letter in upper case."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def period_text(start: date | None, end: date | None) -> str:
    """``từ ngày 01/01/2026 đến ngày 31/12/2026`` (or the half that is known, or "")."""
    parts = []
    if start is not None:
        parts.append(f"từ ngày {format_short_date(start)}")
    if end is not None:
        parts.append(f"đến ngày {format_short_date(end)}")
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class TeamRoster:
    """A team and its members, leader first."""

    name: str
    members: tuple[Participant, ...] = ()
    undercover: bool = False


LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The Vietnamese order of lettered points: a), b), c), d), đ), e), g)…"""


def rosters_context(
    teams: tuple[TeamRoster, ...], *, lettered: bool = False
) -> list[dict[str, Any]]:
    """The ``teams`` placeholder: a heading per team when there are several, member lines.

    Headings are numbered ``1.``, ``2.``… or, with ``lettered``, ``a)``, ``b)``…
    """
    several = len(teams) > 1
    result = []
    for index, team in enumerate(teams):
        name = team.name.strip() or "Đoàn kiểm tra"
        if team.undercover and "đột xuất" not in name.lower():
            name += " (kiểm tra đột xuất)"
        if lettered:
            mark = f"{LETTERS[index % len(LETTERS)] * (index // len(LETTERS) + 1)})"
        else:
            mark = f"{index + 1}."
        result.append(
            {
                "name": name,
                "heading": f"{mark} {name}, gồm:" if several else "",
                "members": punctuated(m.line() for m in team.members),
            }
        )
    return result


def kinds_of(teams: tuple[TeamRoster, ...]) -> str:
    """ "đoàn", "tổ" or "đoàn, tổ": what the teams are called."""
    small = [fold(t.name).startswith("to ") for t in teams]
    return "đoàn, tổ" if any(small) and not all(small) else "tổ" if all(small) else "đoàn"


@dataclass(frozen=True, slots=True)
class DecisionData:
    """Everything the decision establishing the team(s) of a plan says.

    ``subject`` is the trích yếu (``Về việc thành lập Đoàn kiểm tra công vụ năm 2026``);
    ``plan_reference`` names the plan (``Kế hoạch số 18/KH-UBND ngày … của …``);
    ``issuer_in_text`` is the issuer as running text (``Sở Nội vụ``). An empty
    ``signer_authority`` or ``signer_titles`` is derived from the issuer (:func:`head_of`).
    """

    superior: str
    issuer: str
    number: str
    place_name: str
    issued_on: date
    subject: str
    issuer_in_text: str = ""
    signer_authority: str = ""
    legal_bases: tuple[str, ...] = ()
    proposer: str = ""  # "Chánh Văn phòng Sở" in "Theo đề nghị của …"
    plan_reference: str = ""
    teams: tuple[TeamRoster, ...] = ()
    purposes: tuple[str, ...] = ()
    start_on: date | None = None
    end_on: date | None = None
    unit_count: int = 0
    unannounced_count: int = 0
    report_to: str = ""
    executors: tuple[str, ...] = ()
    signer_titles: tuple[str, ...] = ()
    signer_name: str = ""
    recipients: tuple[str, ...] = ()


def _establish(data: DecisionData) -> str:
    teams = data.teams
    plan = f" để thực hiện {data.plan_reference.strip()}" if data.plan_reference.strip() else ""
    if len(teams) > 1:
        return f"Thành lập {len(teams):02d} {kinds_of(teams)} kiểm tra{plan}, gồm:"
    name = teams[0].name.strip() if teams and teams[0].name.strip() else "Đoàn kiểm tra"
    called = " (sau đây gọi là Đoàn kiểm tra)" if fold(name) != "doan kiem tra" else ""
    return f"Thành lập {name}{called}{plan}, gồm các ông, bà có tên sau:"


def _duties(data: DecisionData) -> list[str]:
    lines = [upper_first(p) for p in data.purposes if p.strip()]
    scope = "Kiểm tra"
    if data.unit_count:
        scope += f" {data.unit_count:02d} cơ quan, đơn vị"
        if data.unannounced_count:
            scope += f" (trong đó {data.unannounced_count:02d} cuộc kiểm tra đột xuất)"
    if data.plan_reference.strip():
        scope += f" theo {data.plan_reference.strip()}"
    period = period_text(data.start_on, data.end_on)
    if period:
        scope += f"; thời gian kiểm tra {period}"
    if scope != "Kiểm tra":
        lines.append(scope)
    lines.append("Trưởng đoàn kiểm tra phân công nhiệm vụ cho các thành viên của Đoàn")
    report_to = data.report_to.strip() or data.issuer_in_text.strip() or "cấp có thẩm quyền"
    lines.append(f"Báo cáo kết quả kiểm tra về {report_to} sau khi kết thúc đợt kiểm tra")
    return punctuated(lines)


def _effect(data: DecisionData) -> str:
    who = [e.strip().rstrip(";.,") for e in data.executors if e.strip()]
    if not who:
        who = ["Thủ trưởng các cơ quan, đơn vị có liên quan", "các ông, bà có tên tại Điều 1"]
    listed = ", ".join(who[:-1]) + (" và " if len(who) > 1 else "") + who[-1]
    teams = f"Các {kinds_of(data.teams)} kiểm tra" if len(data.teams) > 1 else "Đoàn kiểm tra"
    return (
        f"Quyết định này có hiệu lực kể từ ngày ký. {teams} tự giải thể sau khi hoàn thành "
        f"nhiệm vụ. {upper_first(listed)} chịu trách nhiệm thi hành Quyết định này./."
    )


def decision_context(data: DecisionData) -> dict[str, Any]:
    """The placeholders of the decision template."""
    head = head_of(data.issuer.strip())
    proposer = data.proposer.strip().rstrip(".")
    return {
        "superior": data.superior.strip(),
        "issuer": data.issuer.strip(),
        "number": data.number.strip(),
        "place_date": format_place_date(data.place_name, data.issued_on),
        "subject": data.subject.strip(),
        "signer_authority": data.signer_authority.strip() or head.authority,
        "legal_bases": punctuated(data.legal_bases, last=";" if proposer else "."),
        "proposal": f"Theo đề nghị của {proposer}." if proposer else "",
        "establish": _establish(data),
        "duties_intro": (
            f"Các {kinds_of(data.teams)} kiểm tra có nhiệm vụ:"
            if len(data.teams) > 1
            else "Đoàn kiểm tra có nhiệm vụ:"
        ),
        "teams": rosters_context(data.teams),
        "duties": _duties(data),
        "effect": _effect(data),
        "signer_titles": [t.strip() for t in data.signer_titles if t.strip()] or [head.title],
        "signer_name": data.signer_name.strip(),
        "recipients": punctuated(data.recipients),
    }


# --- layout pieces shared with the plan document ---------------------------------------


def add_centred(container: Container, text: str, *, before: float = 6, after: float = 6) -> Any:
    """A centred bold 14 pt line (``QUYẾT ĐỊNH:``, the signer's authority)."""
    paragraph = container.add_paragraph()
    format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, before=before, after=after)
    add_text(paragraph, text, BODY_SIZE, bold=True)
    return paragraph


def add_article(container: Container, label: str, text: str) -> Any:
    """An article of a decision: ``Điều 1.`` in bold, then its text."""
    paragraph = add_body(container, f"{label} ", bold=True)
    add_text(paragraph, text, BODY_SIZE)
    return paragraph


def add_rosters_of(container: Container, name: str = "teams") -> None:
    """The teams of ``name``: an optional heading each, then their members as dash lines."""
    add_tag(container, f"for team in {name}")
    add_tag(container, "if team.heading")
    add_body(container, "{{ team.heading }}")
    add_tag(container, "endif")
    add_tag(container, "for line in team.members")
    add_bullet(container, "{{ line }}")
    add_tag(container, "else")
    add_bullet(container, "…")
    add_tag(container, "endfor")
    add_tag(container, "else")
    add_bullet(container, "…")
    add_tag(container, "endfor")


def add_closing(doc: Any) -> Any:
    """ "Nơi nhận" (left) beside the signature (right), one row that never splits."""
    table = add_layout_table(doc, CLOSING_WIDTHS_CM)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    head = cell_paragraph(left, "Nơi nhận:", 12, bold=True, italic=True)
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_tag(left, "for line in recipients")
    line = left.add_paragraph()
    format_paragraph(line, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
    add_text(line, "- {{ line }}", 11)
    add_tag(left, "endfor")
    cell_paragraph(right, "{%p for line in signer_titles %}", 10)
    cell_paragraph(right, "{{ line }}", BODY_SIZE, bold=True)
    cell_paragraph(right, "{%p endfor %}", 10)
    name = cell_paragraph(right, "{{ signer_name }}", BODY_SIZE, bold=True)
    name.paragraph_format.space_before = Pt(84)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for cell in (left, right):  # a little room between the last words and the closing
        margins = OxmlElement("w:tcMar")
        top = OxmlElement("w:top")
        top.set(qn("w:w"), str(CLOSING_GAP_TWIPS))
        top.set(qn("w:type"), "dxa")
        margins.append(top)
        cell._tc.get_or_add_tcPr().append(margins)
    end = doc.add_paragraph()  # a document ends with a paragraph, not a table
    format_paragraph(end, after=0, spacing=1.0)
    end.paragraph_format.line_spacing = Pt(2)
    return table


def decision_template() -> Any:
    """The built-in decision template (a python-docx ``Document`` with Jinja tags)."""
    doc = templated_document("QUYẾT ĐỊNH")
    add_centred(doc, "{{ signer_authority }}", before=0, after=12)
    add_tag(doc, "for line in legal_bases")
    add_body(doc, "{{ line }}", italic=True)
    add_tag(doc, "endfor")
    add_tag(doc, "if proposal")
    add_body(doc, "{{ proposal }}", italic=True)
    add_tag(doc, "endif")
    add_centred(doc, "QUYẾT ĐỊNH:")
    add_article(doc, "Điều 1.", "{{ establish }}")
    add_rosters_of(doc)
    add_article(doc, "Điều 2.", "{{ duties_intro }}")
    add_tag(doc, "for line in duties")
    add_bullet(doc, "{{ line }}")
    add_tag(doc, "endfor")
    effect = add_article(doc, "Điều 3.", "{{ effect }}")
    effect.paragraph_format.keep_with_next = True
    add_closing(doc)
    enforce_fonts(doc)
    return doc


def build_decision(data: DecisionData, template: Template) -> Any:
    """The decision: ``template`` rendered; every text of ``data`` prints literally.

    Raises:
        TemplateProblem: a user's template cannot be rendered.
    """
    return render_docx(template.content, decision_context(data), name=template.name)


def sample_decision() -> DecisionData:
    """A filled-in decision used to check a user's template before it is installed."""
    return DecisionData(
        superior="UBND tỉnh Vĩnh Phúc",
        issuer="Sở Nội vụ",
        number="12/QĐ-SNV",
        place_name="Vĩnh Yên",
        issued_on=date(2026, 1, 5),
        subject="Về việc thành lập Đoàn kiểm tra công vụ năm 2026",
        issuer_in_text="Sở Nội vụ",
        legal_bases=("Căn cứ Kế hoạch số 18/KH-UBND ngày 17 tháng 12 năm 2025 của UBND tỉnh",),
        proposer="Chánh Văn phòng Sở",
        plan_reference="Kế hoạch số 18/KH-UBND ngày 17 tháng 12 năm 2025 của UBND tỉnh",
        teams=(
            TeamRoster(
                "Đoàn kiểm tra công vụ năm 2026",
                (
                    Participant("Nguyễn Văn Thành", "Ông", "Phó Giám đốc Sở", "Trưởng đoàn"),
                    Participant("Lê Minh Đức", "Ông", "Chuyên viên", "Thư ký"),
                ),
            ),
        ),
        purposes=("Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",),
        start_on=date(2026, 1, 12),
        end_on=date(2026, 12, 31),
        unit_count=12,
        executors=("Chánh Văn phòng Sở", "các ông, bà có tên tại Điều 1"),
        recipients=("Như Điều 3", "Lưu: VT, ĐKT"),
    )
