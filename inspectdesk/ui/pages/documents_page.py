"""Văn bản: the register of issued documents (sổ đăng ký văn bản).

The register itself is read-only here; a minutes entry shows when it was signed and
whether its scanned signed copy is attached, and offers the signing actions.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from inspectdesk.domain.enums import DocumentType
from inspectdesk.services.register_list import (
    DocumentFilter,
    DocumentRow,
    document_years,
    list_documents,
)
from inspectdesk.services.signing import DocumentSigning, SigningService
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.period_report_dialog import open_period_report
from inspectdesk.ui.recommendation_dialog import clamp_columns, date_key, short_date
from inspectdesk.ui.row_model import Column
from inspectdesk.ui.signing_actions import SigningActions
from inspectdesk.ui.workspace import Workspace

# Words for the document types (context "labels", like inspectdesk.ui.labels).
_TYPE_WORDS: dict[DocumentType, object] = {
    DocumentType.MINUTES: QT_TRANSLATE_NOOP("labels", "Minutes"),
    DocumentType.REPORT: QT_TRANSLATE_NOOP("labels", "Report"),
    DocumentType.PLAN: QT_TRANSLATE_NOOP("labels", "Plan"),
    DocumentType.DECISION: QT_TRANSLATE_NOOP("labels", "Decision"),
    DocumentType.NOTICE: QT_TRANSLATE_NOOP("labels", "Notice"),
}


def document_type_label(doc_type: DocumentType) -> str:
    """The user's word for a document type (Biên bản, Báo cáo…)."""
    return QCoreApplication.translate("labels", str(_TYPE_WORDS.get(doc_type, doc_type.value)))


class _Register(list[DocumentRow]):
    """The register's rows, with the signing state of each document read alongside."""

    def __init__(self, rows: list[DocumentRow], signing: dict[uuid.UUID, DocumentSigning]):
        super().__init__(rows)
        self.signing = signing


class DocumentsPage(ListPage):
    """The register, newest first, filtered by type and year, with the signing of minutes."""

    TABLES = frozenset({"issued_document", "visit", "unit", "plan", "signed_copy"})

    def __init__(self, parent: QWidget | None = None) -> None:
        self._rows: list[DocumentRow] = []
        self._signing: dict[uuid.UUID, DocumentSigning] = {}
        super().__init__(
            self.tr("Documents"),
            [
                Column(self.tr("Number"), lambda r: r.number, lambda r: (r.year, r.sequence)),
                Column(self.tr("Type"), lambda r: document_type_label(r.doc_type)),
                Column(self.tr("Issuer code"), lambda r: r.issuer_code),
                Column(
                    self.tr("Date"),
                    lambda r: short_date(r.issued_on),
                    lambda r: date_key(r.issued_on),
                ),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Unit or plan"), lambda r: r.subject),
                Column(self.tr("File"), lambda r: r.file_name),
                Column(
                    self.tr("Signed on"),
                    lambda r: short_date(self._signed(r).signed_on),
                    lambda r: date_key(self._signed(r).signed_on),
                ),
                Column(
                    self.tr("Signed copy"),
                    lambda r: self.tr("Attached") if self._signed(r).has_scan else "",
                ),
            ],
            self._load,
            self.TABLES,
            parent,
        )
        self.filter.setPlaceholderText(self.tr("Filter by number, title or unit (tones optional)"))
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for doc_type in DocumentType:
            self.type_filter.addItem(document_type_label(doc_type), doc_type.value)
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("All years"), None)
        type_caption = QLabel(self.tr("&Type:"))
        type_caption.setBuddy(self.type_filter)
        year_caption = QLabel(self.tr("&Year:"))
        year_caption.setBuddy(self.year_filter)
        second_row = self.add_filter_row()  # one row would make the page too wide
        for widget in (type_caption, self.type_filter, year_caption, self.year_filter):
            second_row.addWidget(widget)
        second_row.addStretch(1)
        self.period_action = QAction(self.tr("Summary report for a &period…"), self)
        self.period_action.setStatusTip(
            self.tr("Write the summary report of the visits in a period, of one plan or all")
        )
        self.period_action.triggered.connect(self.write_period_report)
        self.period_button = QPushButton(self.period_action.text())
        self.period_button.setToolTip(self.period_action.statusTip())
        self.period_button.clicked.connect(self.period_action.trigger)
        second_row.addWidget(self.period_button)
        self.type_filter.currentIndexChanged.connect(self._debounce.start)
        self.year_filter.currentIndexChanged.connect(self._debounce.start)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.open_document())
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.triggered.connect(self.open_document)
        self.copy_action = QAction(self.tr("&Copy number"), self)
        self.copy_action.triggered.connect(self.copy_numbers)
        self.signing = SigningActions(self, lambda: self.workspace, self._current_visit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.signing.refresh())
        self._update_period_action()

    # -- data ----------------------------------------------------------------

    def current_filter(self) -> DocumentFilter:
        """The filters as set on screen."""
        doc_type, year = self.type_filter.currentData(), self.year_filter.currentData()
        return DocumentFilter(
            search=self.filter.text(),
            doc_type=DocumentType(doc_type) if doc_type else None,
            year=int(year) if year else None,
        )

    def _load(self, workspace: Workspace, search: str) -> list[DocumentRow]:
        return self.snapshot_loader(workspace, search)()

    def snapshot_loader(self, workspace: Workspace, search: str) -> Callable[[], list[DocumentRow]]:
        flt = self.current_filter()  # the filter widgets are read here, on the UI thread

        def load() -> list[DocumentRow]:
            return _Register(
                list_documents(workspace.db, flt), SigningService(workspace.db).documents()
            )

        return load

    def rows_arriving(self, rows: Sequence[DocumentRow]) -> None:
        self._rows = list(rows)
        if isinstance(rows, _Register):  # the signing states read with the rows
            self._signing = rows.signing

    def _signed(self, row: DocumentRow) -> DocumentSigning:
        return self._signing.get(row.id) or DocumentSigning(None, None, None, False)

    def _current_visit(self) -> uuid.UUID | None:
        """The visit of the current entry, when it is the minutes of one."""
        row = self._row(self.current_id())
        if row is None or row.doc_type is not DocumentType.MINUTES:
            return None
        return self._signed(row).visit_id

    def _fill_years(self, workspace: Workspace) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        try:
            while self.year_filter.count() > 1:
                self.year_filter.removeItem(1)
            for year in document_years(workspace.db):
                self.year_filter.addItem(str(year), year)
            self.year_filter.setCurrentIndex(max(self.year_filter.findData(chosen), 0))
        finally:
            self.year_filter.blockSignals(False)

    def rows_loaded(self, rows: Sequence[DocumentRow]) -> None:
        self.count.setText(self.tr("%n document(s)", "", len(self._rows)))
        self.signing.refresh()

    def columns_fitted(self) -> None:
        clamp_columns(self.table, 300)

    def refresh(self) -> None:
        if self.workspace is not None:
            self._fill_years(self.workspace)
        super().refresh()
        self.signing.refresh()
        self._update_period_action()

    def clear(self) -> None:
        super().clear()
        self._update_period_action()

    def _update_period_action(self) -> None:
        """A report is numbered in the register: only in a file open for editing."""
        writable = self.workspace is not None and not self.workspace.readonly
        self.period_action.setEnabled(writable)
        self.period_button.setEnabled(writable)

    def _row(self, doc_id: str | None) -> DocumentRow | None:
        return next((r for r in self._rows if str(r.id) == doc_id), None)

    # -- actions -------------------------------------------------------------

    def menu_actions(self, position: QPoint) -> list[QAction]:
        """The context menu's actions for a click at ``position`` in the table."""
        if not self.table.indexAt(position).isValid():
            return []
        actions = [self.open_action, self.copy_action]
        if self.signing.refresh() is not None:
            actions += self.signing.actions()
        return actions

    def _context_menu(self, position: QPoint) -> None:
        actions = self.menu_actions(position)
        if actions:
            QMenu.exec(actions, self.table.viewport().mapToGlobal(position), None, self)

    def copy_numbers(self) -> None:
        """Put the selected documents' numbers on the clipboard, one a line."""
        rows = [r for i in self.selected_ids() if (r := self._row(i)) is not None]
        clipboard = QGuiApplication.clipboard()
        if rows and clipboard is not None:
            clipboard.setText("\n".join(r.number for r in rows))

    def open_document(self) -> DocumentRow | None:
        """Show the current register entry (generating documents comes with another screen)."""
        row = self._row(self.current_id())
        if row is None:
            return None
        details = self.tr("Number: %1\nType: %2\nDate: %3\nTitle: %4\nUnit or plan: %5\nFile: %6")
        signing = self._signed(row)
        if signing.signed_on is not None:
            details += "\n" + self.tr("Signed on: %7")
        if signing.has_scan:
            details += "\n" + self.tr("Signed copy attached")
        values = (
            row.number,
            document_type_label(row.doc_type),
            short_date(row.issued_on),
            row.title,
            row.subject,
            row.file_name or "—",
            short_date(signing.signed_on),
        )
        details = re.sub(r"%([1-7])", lambda m: values[int(m[1]) - 1], details)
        QMessageBox.information(self, self.tr("Register entry"), details)
        return row

    def write_period_report(self) -> None:
        """The summary report of a period (of every plan or of one), from the register."""
        if self.workspace is not None and not self.workspace.readonly:
            open_period_report(self.workspace, self)
