"""Writing the summary report of a plan or a period, as PDF or as an editable .docx.

The figures come from :mod:`inspectdesk.services.report_gather`; the number from the
register, once. A .docx is rendered from the report template (a user's copy or the
built-in one) before the number is committed, so a broken template leaves nothing behind.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from inspectdesk.db.database import Database
from inspectdesk.db.models import IssuedDocument, Plan
from inspectdesk.documents.output import write_atomically
from inspectdesk.documents.report_data import ReportData
from inspectdesk.documents.report_docx import report_context
from inspectdesk.documents.report_pdf import build_report_pdf
from inspectdesk.documents.templating import render_docx, to_bytes
from inspectdesk.domain.enums import DocumentType
from inspectdesk.errors import NotFound, UserError
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.register import record_file
from inspectdesk.services.report_gather import ReportScope, gather_report
from inspectdesk.services.templates import TemplateStore

__all__ = ["ReportNotWritten", "ReportResult", "ReportScope", "ReportService"]


class ReportNotWritten(UserError):
    """The report file could not be saved where asked."""

    code = "report_not_written"
    vi = "Không ghi được báo cáo vào “{path}”: {detail}."
    en = "Could not write the report to “{path}”: {detail}."


@dataclass(frozen=True, slots=True)
class ReportResult:
    """A written report: its number and file."""

    number: str
    path: Path
    data: ReportData


class ReportService:
    """Generate the summary report of a plan or of a period."""

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, templates: TemplateStore | None = None
    ) -> None:
        self._db = db
        self._bus = bus
        self._templates = templates or TemplateStore()

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
        """Write a plan's report as a PDF (see :meth:`write`)."""
        return self.write(ReportScope(plan_id), path, today=today, issued_on=issued_on)

    def write(
        self,
        scope: ReportScope,
        path: Path,
        *,
        docx: bool = False,
        today: date | None = None,
        issued_on: date | None = None,
    ) -> ReportResult:
        """Write the report of ``scope`` as a PDF (or .docx); number it once in the register.

        Args:
            scope: The plan and/or the period.
            path: The file to write (replaced atomically).
            docx: Write the editable Word form rendered from the report template.
            today: The day overdue is judged against (default: today).
            issued_on: The date of a newly numbered report (default: ``today``).

        Raises:
            NotFound: no such plan.
            TemplateProblem, TemplateUnreadable: the user's report template is broken.
            ReportNotWritten: the file cannot be written.
        """
        today = today or date.today()
        path = Path(path)
        template = self._templates.template("report") if docx else None
        content = b""
        with self._db.sessions.begin() as s:
            data = gather_report(s, scope, today, issued_on or today)
            if template is not None:
                doc = render_docx(template.content, report_context(data), name=template.name)
                content = to_bytes(doc)
            entry = s.scalars(
                select(IssuedDocument).where(
                    IssuedDocument.number == data.number,
                    IssuedDocument.doc_type == DocumentType.REPORT,
                )
            ).first()
            if entry is not None and entry.file_name != path.name:
                entry.file_name = path.name
        if self._bus is not None:
            self._bus.publish(["issued_document"])
        try:
            if template is not None:
                write_atomically(content, path)
            else:
                build_report_pdf(data, path)
        except OSError as exc:
            raise ReportNotWritten(path=path, detail=exc.strerror or str(exc)) from exc
        record_file(self._db, DocumentType.REPORT, data.number, path, plan_id=scope.plan_id)
        return ReportResult(data.number, path, data)
