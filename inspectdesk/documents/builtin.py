"""The built-in template of each kind of document, built once per process.

Built-in templates are made by code (python-docx, Decree 30 layout) rather than shipped
as binary files: one source for the layout, and :func:`builtin_template` gives the very
bytes a user saves to edit in Word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from inspectdesk.documents.decision import decision_context, decision_template, sample_decision
from inspectdesk.documents.minutes import minutes_context, minutes_template, sample_minutes
from inspectdesk.documents.plan_document import (
    plan_document_context,
    plan_document_template,
    sample_plan_document,
)
from inspectdesk.documents.report_docx import report_context, report_template, sample_report
from inspectdesk.documents.templating import Template, to_bytes


@dataclass(frozen=True, slots=True)
class TemplateKind:
    """A kind of document that has a template."""

    key: str
    file_name: str  # the name a user's edited copy has in the templates folder
    title_vi: str
    title_en: str
    build: Callable[[], Any]
    sample: Callable[[], dict[str, Any]]  # a filled context to check a user's copy with


KINDS: dict[str, TemplateKind] = {
    kind.key: kind
    for kind in (
        TemplateKind(
            "minutes",
            "bien-ban-kiem-tra.docx",
            "Biên bản kiểm tra",
            "Inspection minutes",
            minutes_template,
            lambda: minutes_context(sample_minutes()),
        ),
        TemplateKind(
            "decision",
            "quyet-dinh-thanh-lap-doan.docx",
            "Quyết định thành lập Đoàn kiểm tra",
            "Decision establishing the inspection team",
            decision_template,
            lambda: decision_context(sample_decision()),
        ),
        TemplateKind(
            "plan",
            "ke-hoach-kiem-tra.docx",
            "Kế hoạch kiểm tra",
            "Inspection plan",
            plan_document_template,
            lambda: plan_document_context(sample_plan_document()),
        ),
        TemplateKind(
            "report",
            "bao-cao-ket-qua-kiem-tra.docx",
            "Báo cáo kết quả kiểm tra",
            "Inspection report",
            report_template,
            lambda: report_context(sample_report()),
        ),
    )
}


@cache
def builtin_template(key: str) -> Template:
    """The built-in template of the kind ``key`` (see :data:`KINDS`)."""
    kind = KINDS[key]
    return Template(f"{kind.file_name} (mẫu có sẵn / built-in)", to_bytes(kind.build()))


def sample_context(key: str) -> dict[str, Any]:
    """A filled context of the kind ``key``, for checking a template."""
    return KINDS[key].sample()
