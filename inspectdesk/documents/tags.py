"""Jinja tags in built-in templates: loops and conditions as paragraphs of their own.

A ``{%p … %}`` paragraph disappears when docxtpl renders the template, so the layout of
what it wraps is exactly that of the paragraphs in between. Users see these tags when
they open a template in Word; ``docs/templates.md`` explains them.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH

from inspectdesk.documents.decree30 import (
    Container,
    Header,
    add_body,
    add_bullet,
    add_header,
    add_text,
    add_title,
    format_paragraph,
    new_document,
)

NONE_TEXT = "Không có."


def add_tag(container: Container, statement: str) -> Any:
    """A paragraph holding only ``{%p statement %}``."""
    paragraph = container.add_paragraph()
    format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
    add_text(paragraph, f"{{%p {statement} %}}", 10)
    return paragraph


def add_lines_of(
    container: Container, name: str, *, empty: str = NONE_TEXT, dash: bool = True
) -> None:
    """Dash lines from the list ``name`` (each already punctuated), or ``empty``."""
    add_tag(container, f"if {name}")
    add_tag(container, f"for line in {name}")
    if dash:
        add_bullet(container, "{{ line }}")
    else:
        add_body(container, "{{ line }}")
    add_tag(container, "endfor")
    if empty:
        add_tag(container, "else")
        add_body(container, empty)
    add_tag(container, "endif")


def add_recipients_of(container: Container, name: str = "recipients") -> None:
    """ "Nơi nhận:" (12 pt bold italic) and the list ``name`` (11 pt), when it has lines."""
    add_tag(container, f"if {name}")
    head = container.add_paragraph()
    format_paragraph(head, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
    add_text(head, "Nơi nhận:", 12, bold=True, italic=True)
    add_tag(container, f"for line in {name}")
    paragraph = container.add_paragraph()
    format_paragraph(paragraph, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, spacing=1.0)
    add_text(paragraph, "- {{ line }}", 11)
    add_tag(container, "endfor")
    add_tag(container, "endif")


def punctuated(lines: Any, *, last: str = ".", other: str = ";") -> list[str]:
    """Non-blank lines stripped of end marks, each ending ``other`` and the last ``last``."""
    items = [str(line).strip().rstrip(";.").rstrip() for line in lines if str(line).strip()]
    return [item + (last if i == len(items) - 1 else other) for i, item in enumerate(items)]


def templated_document(kind: str) -> Any:
    """A new Decree 30 document whose header and title are placeholders.

    The header prints ``superior`` (left out when empty), ``issuer``, ``number`` and
    ``place_date``; the title is ``kind`` (``BIÊN BẢN``…) over ``subject``.
    """
    doc = new_document()
    add_header(
        doc,
        Header(
            superior="{{ superior|upper }}",
            issuer="{{ issuer|upper }}",
            number="Số: {{ number }}",
            place_date="{{ place_date }}",
            superior_if="superior",
        ),
    )
    add_title(doc, kind, "{{ subject }}")
    return doc
