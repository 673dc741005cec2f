"""Catalogues → Document templates…: which Word template each document uses, and changing it.

A secretary saves the built-in template, edits it in Word (keeping the ``{{ … }}``
placeholders), and installs it back; InspectDesk checks it with sample data first and
refuses a broken one with the reason. "Back to built-in" keeps the edited copy aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.templates import TemplateStatus, TemplateStore
from inspectdesk.ui.forms import show_user_error, user_language

GUIDE = "docs/templates.md"


class TemplatesDialog(QDialog):
    """The document templates in use, with export, install and reset."""

    def __init__(self, store: TemplateStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or TemplateStore()
        self.setWindowTitle(self.tr("Document templates"))
        self.resize(760, 360)
        intro = QLabel(
            self.tr(
                "Each document is made from a Word template. To change the wording or layout, "
                "save a copy of the template, edit it in Word keeping the placeholders in "
                "double braces such as {{ unit_name }}, then install it here. InspectDesk "
                "tries it with sample data and refuses a template with errors."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Template in use"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("&Save a copy to edit…"))
        self.install_button = QPushButton(self.tr("&Install an edited template…"))
        self.reset_button = QPushButton(self.tr("&Back to the built-in template"))
        self.folder_button = QPushButton(self.tr("Open the templates &folder"))
        self.export_button.clicked.connect(self.export_current)
        self.install_button.clicked.connect(self.install_current)
        self.reset_button.clicked.connect(self.reset_current)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.install_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    # -- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the templates folder again and show where each template comes from."""
        current = self.current()
        self.statuses = self.store.statuses()
        self.table.setRowCount(len(self.statuses))
        vietnamese = user_language() == "vi"
        for row, status in enumerate(self.statuses):
            title = status.title_vi if vietnamese else status.title_en
            if status.custom and status.modified is not None:
                source = self.tr("Edited copy of %1").replace(
                    "%1", status.modified.strftime("%d/%m/%Y %H:%M")
                )
            else:
                source = self.tr("Built-in")
            cells = (title, source, str(status.path) if status.custom else status.file_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, status.key)
                self.table.setItem(row, column, item)
        keys = [s.key for s in self.statuses]
        self.table.selectRow(keys.index(current.key) if current and current.key in keys else 0)
        self._update_buttons()

    def current(self) -> TemplateStatus | None:
        """The selected kind of document."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not getattr(self, "statuses", None):
            return None
        return self.statuses[rows[0].row()]

    def _update_buttons(self) -> None:
        status = self.current()
        for button in (self.export_button, self.install_button):
            button.setEnabled(status is not None)
        self.reset_button.setEnabled(status is not None and status.custom)

    # -- actions --------------------------------------------------------------------

    def export_current(self) -> Path | None:
        """Save the built-in template of the selected document, then open it for editing."""
        status = self.current()
        if status is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the template"),
            str(Path(folder) / status.file_name),
            self.tr("Word documents (*.docx)"),
        )
        if not name:
            return None
        target = Path(name).with_suffix(".docx")
        try:
            written = self.store.export(status.key, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Could not save %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def install_current(self) -> Path | None:
        """Check an edited template and use it from now on for the selected document."""
        status = self.current()
        if status is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install an edited template"), folder, self.tr("Word documents (*.docx)")
        )
        if not name:
            return None
        try:
            installed = self.store.install(status.key, Path(name))
        except UserError as exc:
            show_user_error(self, exc)
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.strerror or str(exc))
            return None
        self.refresh()
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("The template was checked and installed. New documents will use it."),
        )
        return installed

    def reset_current(self) -> Path | None:
        """Go back to the built-in template; the edited copy is kept as a .bak file."""
        status = self.current()
        if status is None or not status.custom:
            return None
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Use the built-in template again? Your edited copy is kept beside it as %1."
            ).replace("%1", status.path.name + ".bak"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            kept = self.store.reset(status.key)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.strerror or str(exc))
            return None
        self.refresh()
        return kept

    def open_folder(self) -> None:
        """Show the templates folder in the file manager (made if missing)."""
        try:
            self.store.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.strerror or str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.folder)))
