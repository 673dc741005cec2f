"""Rendering Word templates (.docx with Jinja tags) safely, with docxtpl.

Every document InspectDesk writes is a template rendered with a context of plain strings,
lists and dicts: the built-in templates (:mod:`inspectdesk.documents.builtin`) and the
copies users edit in Word and save to their templates folder. A template is data, never
code: it runs in Jinja's sandbox (no attribute tricks, bounded ranges, no huge string or
list products), an unknown placeholder is an error rather than a silent blank, and every
value is printed literally — ``<b>``, ``&``, ``{{ x }}`` and ``{% x %}`` typed by a user
come out as typed. A template that cannot be rendered raises :class:`TemplateProblem`
naming the template and the fault; nothing is written then.

After rendering, paragraphs in the style :data:`RULE_STYLE` (the short rules under the
issuer and under the title) are sized to the text above them, as Decree 30 asks (one
third to one half of the line).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml.etree import XMLSyntaxError
from markupsafe import Markup, escape

from inspectdesk.documents.decree30 import (
    CELL_MARGIN_CM,
    RULE_STYLE,
    TEXT_WIDTH_CM,
    estimated_width_cm,
    xml_safe,
)
from inspectdesk.errors import UserError

MAX_PRODUCT = 100_000  # longest string or list a template may build with * (characters/items)
MAX_POWER = 64
_DOCXTPL_ESCAPES = re.compile(r"(?<=\{)_(?=[{%])|(?<=[}%])_(?=\})")
_TWIPS_PER_CM = 1440 / 2.54


@dataclass(frozen=True, slots=True)
class Template:
    """A template's bytes and how to name it in a message (its file name)."""

    name: str
    content: bytes


class TemplateProblem(UserError):
    """A template cannot be rendered; ``detail`` says why and where."""

    code = "template_problem"
    vi = "Không dùng được mẫu văn bản “{template}”: {detail}"
    en = "The document template “{template}” cannot be used: {detail}"


def _literal(value: Any) -> Markup:
    """A printed value, escaped for XML once and immune to docxtpl's own escapes."""
    if value is None:
        return Markup("")
    text = str(escape(xml_safe(str(value))))
    # docxtpl turns "{_{", "}_}", "{_%" and "%_}" into tags' braces after rendering;
    # a user who typed them must see them as typed.
    return Markup(_DOCXTPL_ESCAPES.sub("&#95;", text))


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with the products a hostile template could blow up bounded."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER:
            raise SecurityError(f"số mũ quá lớn / exponent too large ({right})")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_PRODUCT
                ):
                    raise SecurityError("chuỗi quá dài / sequence too long")
        return super().call_binop(context, operator, left, right)

    @lru_cache(maxsize=16)  # noqa: B019 — one environment per process; templates are few
    def _compiled(self, source: str) -> Any:
        return super().from_string(source)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if globals is None and template_class is None and isinstance(source, str):
            return self._compiled(source)  # docxtpl compiles the same XML on every render
        return super().from_string(source, globals, template_class)


@lru_cache(maxsize=1)
def sandbox() -> SandboxedEnvironment:
    """The one Jinja environment templates are rendered in."""
    return _Sandbox(autoescape=True, undefined=StrictUndefined, finalize=_literal)


def _describe(exc: Exception) -> str:
    if isinstance(exc, TemplateSyntaxError):
        near = " ".join(getattr(exc, "docx_context", []) or []).strip()
        where = f" (gần / near: “{near[:80]}”)" if near else ""
        return f"thẻ Jinja viết sai / malformed tag: {exc.message}{where}."
    if isinstance(exc, UndefinedError):
        return f"chỗ điền không có / unknown placeholder: {exc.message}."
    if isinstance(exc, SecurityError | OverflowError):
        return f"mẫu làm việc không được phép / forbidden operation: {exc}."
    if isinstance(exc, zipfile.BadZipFile | PackageNotFoundError | KeyError):
        return "tệp không phải văn bản Word (.docx) / not a Word (.docx) file."
    if isinstance(exc, XMLSyntaxError):
        return f"thẻ Jinja làm hỏng cấu trúc văn bản / a tag breaks the document: {exc}."
    if isinstance(exc, TemplateError):
        return f"{exc}."
    return f"biểu thức không tính được / an expression fails: {type(exc).__name__}: {exc}."


def render_docx(template: bytes, context: Mapping[str, Any], *, name: str) -> Any:
    """Render a .docx template with ``context`` and return the python-docx ``Document``.

    Args:
        template: The template file's bytes.
        context: Plain values (strings, numbers, lists and dicts of them).
        name: How the template is named in a message (its file name).

    Raises:
        TemplateProblem: the template is not a .docx, has a malformed or unknown tag,
            or tries something the sandbox forbids.
    """
    try:
        tpl = DocxTemplate(io.BytesIO(template))
        tpl.render(dict(context), jinja_env=sandbox(), autoescape=True)
    except Exception as exc:  # a template is data: whatever it does wrong is its fault
        raise TemplateProblem(template=name, detail=_describe(exc)) from exc
    doc = tpl.docx
    size_rules(doc)
    return doc


def placeholders(template: bytes, *, name: str) -> set[str]:
    """The top-level placeholder names a template uses (to check it before rendering).

    Raises:
        TemplateProblem: the template is not a .docx or its tags are malformed.
    """
    try:
        found: set[str] = DocxTemplate(io.BytesIO(template)).get_undeclared_template_variables(
            sandbox()
        )
    except (TemplateError, zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise TemplateProblem(template=name, detail=_describe(exc)) from exc
    return found


def to_bytes(doc: Any) -> bytes:
    """A python-docx ``Document`` saved to bytes."""
    stream = io.BytesIO()
    doc.save(stream)
    return stream.getvalue()


# -- sizing the short rules --------------------------------------------------------


def _available_cm(p: Any) -> tuple[float, float]:
    """The width a paragraph may use and the shortest rule that suits it."""
    cell = next((a for a in p.iterancestors(qn("w:tc"))), None)
    if cell is None:
        return TEXT_WIDTH_CM, 2.0
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    if width is None or width.get(qn("w:type")) not in (None, "dxa"):
        return TEXT_WIDTH_CM / 2, 1.5
    twips = int(width.get(qn("w:w"), "0") or 0)
    return max(1.0, twips / _TWIPS_PER_CM - 2 * CELL_MARGIN_CM), 1.5


def _size_of(paragraph: Paragraph) -> float:
    for run in paragraph.runs:
        if run.font.size is not None:
            return float(run.font.size.pt)
    return 13.0


def size_rules(doc: Any) -> None:
    """Size each :data:`RULE_STYLE` paragraph's rule to the text of the paragraph above."""
    try:
        style_id = doc.styles[RULE_STYLE].style_id
    except KeyError:
        return
    for p in list(doc.element.body.iter(qn("w:p"))):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != style_id:
            continue
        above = p.getprevious()
        while above is not None and above.tag != qn("w:p"):
            above = above.getprevious()
        available, shortest = _available_cm(p)
        text, size = "", 13.0
        if above is not None:
            paragraph = Paragraph(above, doc)
            text, size = paragraph.text, _size_of(paragraph)
        longest = max(text.split("\n"), key=len, default="")
        upper = longest == longest.upper()
        width = min(available, estimated_width_cm(longest, size, upper=upper))
        rule = max(shortest, min(width * 0.4, available / 2, 6.0))
        side = max(0.0, (available - rule) / 2)
        fmt = Paragraph(p, doc).paragraph_format
        fmt.left_indent, fmt.right_indent = Cm(side), Cm(side)
        if fmt.line_spacing is None:
            fmt.line_spacing = Pt(2)
