"""Kế hoạch: the inspection plans, with the plan editor, delete to the trash and undo."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

from inspectdesk.errors import UserError
from inspectdesk.services import listing
from inspectdesk.services.listing import PlanRow
from inspectdesk.services.plans import PlanService
from inspectdesk.text import format_short_date
from inspectdesk.ui.document_folder import documents_folder, file_name_part
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pdf_preview import PdfPreviewDialog, open_pdf_preview
from inspectdesk.ui.plan_dialog import PlanDialog
from inspectdesk.ui.plan_extras import install_plan_extras
from inspectdesk.ui.row_model import ID_ROLE, Column
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

if TYPE_CHECKING:  # the document makers load with the first document, not at start
    from inspectdesk.services.report import ReportResult

DOCUMENT_KINDS = ("report_docx", "decision", "plan")
"""The Word documents of a plan: its summary report, the decision on its team, the plan."""


def _load(workspace: Workspace, search: str) -> Sequence[PlanRow]:
    return listing.list_plans(workspace.db, search=search)


def _short(value: date | None) -> str:
    return format_short_date(value) if value else ""


def _key(value: date | None) -> str:
    return value.isoformat() if value else ""


class PlansPage(ListPage):
    """The plan list with add (Insert), edit (Enter, double-click) and delete (Delete).

    "Summary report (PDF)" writes the selected plan's report in the background and
    opens it in the preview; the Word documents (the editable report, the decision
    establishing the team, the plan document) are offered to open, print or show.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Plans"),
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("From"), lambda r: _short(r.start_on), lambda r: _key(r.start_on)),
                Column(self.tr("To"), lambda r: _short(r.end_on), lambda r: _key(r.end_on)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Visits"), lambda r: str(r.visits), lambda r: r.visits),
            ],
            _load,
            frozenset({"plan", "visit", "checklist_template"}),
            parent,
        )
        self.add_button = QPushButton(self.tr("&Add plan"))
        self.add_button.clicked.connect(self.add_plan)
        self.filters.addWidget(self.add_button)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.edit_plan())  # Enter, double-click
        self.new_action = self.page_action(self.tr("&Add plan…"), self.add_plan, "Insert")
        self.edit_action = self.page_action(self.tr("&Edit…"), self.edit_plan)
        self.delete_action = self.page_action(
            self.tr("&Delete"), self.delete_plans, QKeySequence.StandardKey.Delete
        )
        self.extras = install_plan_extras(self)
        self.report_action = self.page_action(
            self.tr("Summary &report (PDF)…"), self.write_report, "Ctrl+Shift+R"
        )
        self.report_action.setStatusTip(
            self.tr("Write the selected plan's summary report as a PDF and show it")
        )
        self.report_docx_action = self._document_action(
            "report_docx",
            self.tr("Summary report (&Word, editable)…"),
            "Ctrl+Shift+W",
            self.tr("Write the selected plan's summary report as a Word document to edit"),
        )
        self.decision_action = self._document_action(
            "decision",
            self.tr("Decision establishing the &team (.docx)…"),
            "Ctrl+Shift+D",
            self.tr("Write the decision establishing the selected plan's inspection team"),
        )
        self.plan_document_action = self._document_action(
            "plan",
            self.tr("&Plan document (.docx)…"),
            "Ctrl+Shift+L",
            self.tr("Write the selected plan as the document to issue"),
        )
        self.documents_menu = QMenu(self)
        self.documents_menu.setToolTipsVisible(True)
        for action in self.document_actions():
            self.documents_menu.addAction(action)
            action.setToolTip(action.statusTip())
        self.documents_menu.insertSeparator(self.decision_action)
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Summary &report…"))
        self.report_button.setToolTip(self.report_action.statusTip())
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.report_button.setMenu(self.documents_menu)
        self.report_button.clicked.connect(self.report_action.trigger)
        self.filters.insertWidget(self.filters.indexOf(self.add_button), self.report_button)
        self.report_task: Task | None = None
        self.document_task: Task | None = None
        self.report_preview: PdfPreviewDialog | None = None
        self.table.selectionModel().selectionChanged.connect(self._update_report_action)
        self._editing = False
        self._update_report_action()

    def refresh(self) -> None:
        super().refresh()
        readonly = self.workspace is None or self.workspace.readonly
        for action in (self.new_action, self.delete_action):
            action.setEnabled(not readonly)
        self.add_button.setEnabled(not readonly)
        self._update_report_action()

    def rows_loaded(self, rows: Sequence[PlanRow]) -> None:
        self._update_report_action()  # the selection was restored

    def clear(self) -> None:
        super().clear()
        self._update_report_action()

    def _update_report_action(self) -> None:
        """The report needs one selected plan and a file it may number the report in."""
        writable = self.workspace is not None and not self.workspace.readonly
        enabled = writable and len(self.selected_ids()) == 1
        for action in self.document_actions():
            action.setEnabled(enabled)
        self.extras.update(writable, len(self.selected_ids()) == 1)
        self.report_button.setEnabled(enabled)

    def select_plan(self, plan_id: uuid.UUID) -> None:
        """Make ``plan_id`` the current row, if it is shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == str(plan_id):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    # -- actions -------------------------------------------------------------

    def document_actions(self) -> list[QAction]:
        """The documents of the selected plan: the report (PDF, Word), decision, plan."""
        return [
            self.report_action,
            self.report_docx_action,
            self.decision_action,
            self.plan_document_action,
        ]

    def menu_actions(self) -> list[QAction | None]:
        """The context menu's actions (None: a separator)."""
        head: list[QAction | None] = [self.new_action, self.edit_action, self.delete_action]
        return [*head, None, *self.document_actions(), None, *self.extras.actions()]

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _service(self) -> PlanService | None:
        ws = self.workspace
        return PlanService(ws.db, ws.bus) if ws is not None else None

    def add_plan(self) -> PlanDialog | None:
        """Open the editor on a new plan; the saved plan becomes the current row."""
        if self.workspace is None or self.workspace.readonly:
            return None
        dialog = PlanDialog(self.workspace, parent=self)
        dialog.exec()
        if dialog.plan_id is not None:
            self.refresh()
            self.select_plan(dialog.plan_id)
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        """Open the editor on the current plan."""
        current = self.current_id()
        if self.workspace is None or current is None or self._editing:
            return None
        self._editing = True
        try:
            dialog = PlanDialog(self.workspace, uuid.UUID(current), parent=self)
        except UserError as exc:
            self._editing = False
            show_user_error(self, exc)
            return None
        try:
            dialog.exec()
        finally:
            self._editing = False
        return dialog

    def delete_plans(self) -> None:
        """Move the selected plans to the trash, after confirmation; undoable."""
        service = self._service()
        if service is None or self.workspace is None or self.workspace.readonly:
            return
        rows = {str(r.id): r for r in self.model.rows()}
        chosen = [rows[i] for i in self.selected_ids() if i in rows]
        if not chosen:
            return
        if len(chosen) == 1:
            text = self.tr(
                "Move the plan “%1” to the trash? You can restore it from the trash."
            ).replace("%1", chosen[0].number or chosen[0].title)
        else:
            text = self.tr(
                "Move %n plan(s) to the trash? You can restore them from the trash.",
                "",
                len(chosen),
            )
        answer = QMessageBox.question(self, self.tr("Delete plans"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in chosen]
        service.set_deleted(ids, True)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n plan(s)", "", len(ids)),
                redo=lambda: service.set_deleted(ids, True),
                undo=lambda: service.set_deleted(ids, False),
            )
        )

    # -- the summary report --------------------------------------------------------

    def write_report(self) -> Task | None:
        """Ask where, then write the selected plan's summary report and show it."""
        chosen = self.selected_ids()
        if self.workspace is None or len(chosen) != 1 or not chosen[0]:
            return None
        row = next((r for r in self.model.rows() if str(r.id) == chosen[0]), None)
        number = file_name_part(row.number) if row is not None else ""
        stem = self.tr("Report %1").replace("%1", number).strip() if number else self.tr("Report")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Summary report"),
            str(documents_folder() / f"{stem}.pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.write_report_to(uuid.UUID(chosen[0]), target)

    def write_report_to(self, plan_id: uuid.UUID, target: Path) -> Task | None:
        """Write the plan's report to ``target`` in the background, then open the preview.

        The report is numbered in the register the first time; a problem the user can
        fix (a plan deleted meanwhile, a file that cannot be written) is shown in a
        message box.
        """
        if self.workspace is None or self.workspace.readonly:
            return None
        if self.report_task is not None and self.report_task.running:
            return self.report_task
        from inspectdesk.services.report import ReportService

        service = ReportService(self.workspace.db, self.workspace.bus)

        def work(_progress: Progress) -> ReportResult:
            return service.write_pdf(plan_id, target)

        self.report_task = run_in_background(
            self,
            self.tr("Writing the summary report"),
            work,
            self._report_written,
            cancellable=False,
        )
        return self.report_task

    def _report_written(self, result: ReportResult) -> None:
        text = self.tr("Report %1 written to %2")
        self.count.setText(text.replace("%1", result.number).replace("%2", str(result.path)))
        previous = self.report_preview
        if previous is not None and Shiboken.isValid(previous):
            previous.close()
        self.report_preview = open_pdf_preview(result.path, self)

    # -- the Word documents ----------------------------------------------------------

    def _document_action(self, kind: str, text: str, shortcut: str, tip: str) -> QAction:
        action = self.page_action(text, lambda: self.write_document(kind), shortcut)
        action.setStatusTip(tip)
        return action

    def _document_names(self, kind: str, number: str) -> tuple[str, str]:
        """The title of ``kind``'s dialogs and its default file name (without ``.docx``)."""
        if kind == "decision":
            title = self.tr("Decision establishing the team")
            stem = self.tr("Decision establishing the team - %1") if number else title
        elif kind == "plan":
            title = self.tr("Plan document")
            stem = self.tr("Plan %1") if number else self.tr("Plan")
        else:
            title = self.tr("Summary report")
            stem = self.tr("Report %1") if number else self.tr("Report")
        return title, stem.replace("%1", number)

    def write_document(self, kind: str) -> Task | None:
        """Ask where, then write the selected plan's document of ``kind`` as .docx."""
        chosen = self.selected_ids()
        if self.workspace is None or len(chosen) != 1 or not chosen[0]:
            return None
        row = next((r for r in self.model.rows() if str(r.id) == chosen[0]), None)
        title, stem = self._document_names(kind, file_name_part(row.number) if row else "")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            str(documents_folder() / f"{stem}.docx"),
            self.tr("Word document (*.docx)"),
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        return self.write_document_to(kind, uuid.UUID(chosen[0]), target)

    def write_document_to(self, kind: str, plan_id: uuid.UUID, target: Path) -> Task | None:
        """Write the plan's document of ``kind`` to ``target`` in the background, then offer it.

        ``kind`` is one of :data:`DOCUMENT_KINDS`: ``report_docx`` (the summary report,
        editable), ``decision`` (quyết định thành lập Đoàn kiểm tra) or ``plan`` (kế
        hoạch kiểm tra). A document without a number gets one from the register the
        first time; a problem the user can fix is shown in a message box.
        """
        if self.workspace is None or self.workspace.readonly or kind not in DOCUMENT_KINDS:
            return None
        if self.document_task is not None and self.document_task.running:
            return self.document_task
        db, bus = self.workspace.db, self.workspace.bus
        from inspectdesk.services.plan_documents import DecisionService, PlanDocumentService
        from inspectdesk.services.report import ReportScope, ReportService

        def work(_progress: Progress) -> tuple[str, Path]:
            if kind == "report_docx":
                result = ReportService(db, bus).write(ReportScope(plan_id), target, docx=True)
                return result.number, result.path
            if kind == "decision":
                path = DecisionService(db, bus).write(plan_id, target)
                return PlanService(db, bus).draft(plan_id)[0].decision_number, path
            path = PlanDocumentService(db, bus).write(plan_id, target)
            return PlanService(db, bus).draft(plan_id)[0].number, path

        titles = {
            "report_docx": self.tr("Writing the summary report"),
            "decision": self.tr("Writing the decision establishing the team"),
            "plan": self.tr("Writing the plan document"),
        }
        self.document_task = run_in_background(
            self, titles[kind], work, lambda w: self._document_written(kind, *w), cancellable=False
        )
        return self.document_task

    def _document_written(self, kind: str, number: str, path: Path) -> None:
        if kind == "decision":
            sentence = self.tr("Decision no. %1 establishing the team written.")
        elif kind == "plan":
            sentence = self.tr("Plan no. %1 written.")
        else:
            sentence = self.tr("Summary report no. %1 written.")
        text = sentence.replace("%1", number)  # the services number what they write
        self.count.setText(text)
        document_ready(self, self._document_names(kind, "")[0], text, path)
