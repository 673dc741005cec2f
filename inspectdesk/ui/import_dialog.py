"""Nhập từ Excel: bring a list of units (or people) in from .xlsx, .xls or .csv.

Choose a file and a sheet; the columns recognised by their headings are shown with
what each is imported as (a drop-down the user may correct), the first rows as they
will be read (legacy TCVN3/VNI text already converted), then the dry run: what each row
will do, and why a row cannot be imported. "Import" writes everything in one
transaction, in the background; it stays disabled while rows are rejected unless "Skip
rejected rows" is ticked. Cancelling, before or during the import, writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.import_common import Action, ImportPlan, ImportResult, write_report
from inspectdesk.services.sheet_reader import sheet_names
from inspectdesk.services.sheet_table import MappingIncomplete, SheetTable, read_table
from inspectdesk.ui.forms import user_language
from inspectdesk.ui.import_fields import KINDS, column_letter, field_labels
from inspectdesk.ui.worker import Progress, Task, run_in_background, show_crash
from inspectdesk.ui.workspace import Workspace

PREVIEW_ROWS = 12
_REJECTED = QColor("#b00020")


def _plan_or_problem(
    plan: Callable[..., ImportPlan], db: Any, table: SheetTable, mapping: dict[int, str] | None
) -> ImportPlan | MappingIncomplete:
    """The dry run, or why it cannot be made yet (no column chosen for the name)."""
    try:
        return plan(db, table, mapping)
    except MappingIncomplete as exc:
        return exc


class ImportDialog(QDialog):
    """Import units (``entity="units"``) or people (``"people"``) from a spreadsheet."""

    def __init__(
        self, workspace: Workspace, entity: str = "units", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = KINDS[entity]
        self.table: SheetTable | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.task: Task | None = None
        self._requested_header = 0
        self.labels = field_labels()
        if entity == "units":
            self.setWindowTitle(self.tr("Import units from Excel"))
        else:
            self.setWindowTitle(self.tr("Import people from Excel"))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("An .xlsx, .xls or .csv file"))
        self.browse_button = QPushButton(self.tr("&Choose a file…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_combo.activated.connect(lambda _index: self.load())
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 50)
        self.header_spin.setSpecialValueText(self.tr("automatic"))
        self.header_spin.editingFinished.connect(self._header_changed)
        self.info = QLabel()
        self.info.setWordWrap(True)
        top = QGridLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.browse_button)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        header_label = QLabel(self.tr("&Heading row:"))
        header_label.setBuddy(self.header_spin)
        top.addWidget(file_label, 0, 0)
        top.addWidget(self.path_edit, 0, 1, 1, 3)
        top.addWidget(self.browse_button, 0, 4)
        top.addWidget(sheet_label, 1, 0)
        top.addWidget(self.sheet_combo, 1, 1)
        top.addWidget(header_label, 1, 2)
        top.addWidget(self.header_spin, 1, 3)
        top.setColumnStretch(1, 1)

        self.mapping_model = QStandardItemModel(0, 3, self)
        self.mapping_model.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Heading in the sheet"), self.tr("Imported as")]
        )
        self.mapping_view = self._view(self.mapping_model)
        self.combos: dict[int, QComboBox] = {}
        self.preview_model = QStandardItemModel(self)
        self.preview_view = self._view(self.preview_model)
        self.check_model = QStandardItemModel(0, 4, self)
        self.check_model.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Result"), self.tr("Details")]
        )
        self.check_view = self._view(self.check_model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skip_rejected = QCheckBox(self.tr("S&kip rejected rows and import the others"))
        self.skip_rejected.toggled.connect(self._update_buttons)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._group(self.tr("Columns"), self.mapping_view))
        upper.addWidget(self._group(self.tr("First rows, as they will be read"), self.preview_view))
        upper.setStretchFactor(1, 2)
        upper.setSizes([440, 600])
        check_box = QGroupBox(self.tr("Check before importing (nothing written yet)"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.summary)
        check_layout.addWidget(self.check_view, 1)
        check_layout.addWidget(self.skip_rejected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(check_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 340])

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.report_button = self.buttons.addButton(
            self.tr("Save &report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.report_button.clicked.connect(self.save_report)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._replan_timer = QTimer(self, singleShot=True, interval=200)
        self._replan_timer.timeout.connect(self.replan)
        self.resize(1040, 720)
        self._update_buttons()

    # -- building blocks -------------------------------------------------------------------

    @staticmethod
    def _view(model: QStandardItemModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _run(
        self, title: str, work: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        def failed(exc: BaseException) -> None:
            self.task = None
            self._update_buttons()
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.windowTitle(), exc.describe(user_language()))
            else:
                show_crash(self, exc)

        def finished(result: Any) -> None:
            self.task = None
            done(result)
            self._update_buttons()

        self.task = run_in_background(self, title, work, finished, failed)
        self._update_buttons()

    # -- reading the sheet -------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = self.workspace.path.parent if self.workspace.path else Path.home()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            str(folder),
            self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        """Show ``path``'s sheets and read the first one that holds the list."""
        try:
            names = sheet_names(path)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.describe(user_language()))
            return
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.header_spin.setValue(0)
        self.load(first=True)

    def _header_changed(self) -> None:
        if self.header_spin.value() != self._requested_header:
            self.load()

    def load(self, first: bool = False) -> None:
        """Read the chosen sheet (in the background), then plan the import."""
        if not self.path_edit.text():
            return
        path = Path(self.path_edit.text())
        sheet = None if first else self.sheet_combo.currentText() or None
        self._requested_header = self.header_spin.value()
        header = self._requested_header or None
        fields, kind, db = self.kind.fields, self.kind, self.workspace.db

        def work(progress: Progress) -> tuple[SheetTable, ImportPlan | MappingIncomplete]:
            table = read_table(path, fields, sheet, header)
            progress.check()
            return table, _plan_or_problem(kind.plan, db, table, None)

        self._run(self.tr("Reading the sheet"), work, self._loaded)

    def _loaded(self, loaded: tuple[SheetTable, ImportPlan | MappingIncomplete]) -> None:
        self.table, plan = loaded
        index = self.sheet_combo.findText(self.table.sheet)
        if index >= 0:
            self.sheet_combo.setCurrentIndex(index)
        self._fill_mapping(self.table)
        self._show_plan(plan)

    def _fill_mapping(self, table: SheetTable) -> None:
        self.mapping_model.setRowCount(0)
        self.combos.clear()
        for column, heading in enumerate(table.headings):
            if not heading and column not in table.mapping:
                continue
            row = self.mapping_model.rowCount()
            self.mapping_model.appendRow(
                [QStandardItem(column_letter(column)), QStandardItem(heading), QStandardItem()]
            )
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for spec in self.kind.fields:
                combo.addItem(self.labels.get(spec.key, spec.key), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(table.mapping.get(column, ""))))
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i: self._replan_timer.start())
            self.combos[column] = combo
            self.mapping_view.setIndexWidget(self.mapping_model.index(row, 2), combo)
        self.mapping_view.resizeColumnsToContents()
        self.mapping_view.resizeRowsToContents()
        widest = max((c.sizeHint().width() for c in self.combos.values()), default=120)
        self.mapping_view.setColumnWidth(1, min(self.mapping_view.columnWidth(1), 180))
        self.mapping_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping_view.setColumnWidth(2, widest + 4)
        self._fill_preview()

    def mapping(self) -> dict[int, str]:
        """Column index → field key, as the drop-downs say."""
        return {c: combo.currentData() for c, combo in self.combos.items() if combo.currentData()}

    def _fill_preview(self) -> None:
        if self.table is None:
            return
        columns = sorted(self.mapping().items())
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("Row")] + [self.labels.get(key, key) for _c, key in columns]
        )
        for sheet_row in self.table.rows[:PREVIEW_ROWS]:
            cells = [str(sheet_row.number)] + [
                sheet_row.cells[c] if c < len(sheet_row.cells) else "" for c, _key in columns
            ]
            self.preview_model.appendRow([QStandardItem(text) for text in cells])
        self.preview_view.resizeColumnsToContents()
        self.preview_view.resizeRowsToContents()

    def replan(self) -> None:
        """Plan again with the corrected mapping (the sheet is not read again)."""
        table, kind, db = self.table, self.kind, self.workspace.db
        if table is None:
            return
        mapping = self.mapping()
        self._fill_preview()

        def work(_progress: Progress) -> ImportPlan | MappingIncomplete:
            return _plan_or_problem(kind.plan, db, table, mapping)

        self._run(self.tr("Checking the rows"), work, self._show_plan)

    # -- the dry run -------------------------------------------------------------------------

    def _show_plan(self, plan: ImportPlan | MappingIncomplete) -> None:
        assert self.table is not None
        if isinstance(plan, MappingIncomplete):  # the user chooses the columns first
            self.plan, self.outcome = None, None
            self.check_model.setRowCount(0)
            self.summary.setText(plan.describe(user_language()))
            self._update_buttons()
            return
        self.plan, self.outcome = plan, None
        info = [
            self.tr("Headings on row %1 of the sheet “%2”.")
            .replace("%1", str(self.table.header_row))
            .replace("%2", self.table.sheet)
        ]
        if self.table.converted:
            info.append(
                self.tr(
                    "%n cell(s) converted from the TCVN3 or VNI fonts to Unicode.",
                    "",
                    self.table.converted,
                )
            )
        if self.table.total_row:
            info.append(
                self.tr("Reading stopped at the totals row %1.").replace(
                    "%1", str(self.table.total_row)
                )
            )
        self.info.setText(" ".join(info))
        words = self._action_words()
        lang = user_language()
        self.check_model.setRowCount(0)
        for row in plan.rows:
            if row.action is Action.REJECT:
                detail = plan.reasons(row, lang)
            else:
                detail = ", ".join(self.labels.get(c, c) for c in row.changes)
            items = [QStandardItem(str(row.row)), QStandardItem(row.name)]
            items += [QStandardItem(words[row.action]), QStandardItem(detail)]
            if row.action is Action.REJECT:
                for item in items:
                    item.setForeground(QBrush(_REJECTED))
            self.check_model.appendRow(items)
        self.check_view.resizeColumnsToContents()
        self.check_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        counts = plan.counts()
        text = self.tr("To create: %1 · to update: %2 · unchanged: %3 · rejected: %4")
        for n, action in enumerate(Action, start=1):
            text = text.replace(f"%{n}", str(counts.get(action, 0)))
        if plan.new_kinds:
            text += " · " + self.tr("new kinds: %1").replace("%1", ", ".join(plan.new_kinds))
        self.summary.setText(text)
        self._update_buttons()

    def _action_words(self) -> dict[Action, str]:
        return {
            Action.CREATE: self.tr("Create"),
            Action.UPDATE: self.tr("Update"),
            Action.UNCHANGED: self.tr("Unchanged"),
            Action.REJECT: self.tr("Rejected"),
        }

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        plan = self.plan
        rejected = bool(plan and plan.rejected)
        work = bool(plan and (plan.count(Action.CREATE) or plan.count(Action.UPDATE)))
        can_import = (
            plan is not None
            and self.outcome is None
            and not busy
            and not self.workspace.readonly
            and work
            and (not rejected or self.skip_rejected.isChecked())
        )
        self.import_button.setEnabled(can_import)
        self.skip_rejected.setEnabled(rejected and self.outcome is None)
        self.report_button.setEnabled(plan is not None and not busy)
        self.browse_button.setEnabled(not busy and self.outcome is None)
        self.sheet_combo.setEnabled(not busy and self.sheet_combo.count() > 1)
        for combo in self.combos.values():
            combo.setEnabled(not busy and self.outcome is None)

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the rows in one transaction, in the background (Cancel writes nothing)."""
        plan, kind, ws = self.plan, self.kind, self.workspace
        if plan is None or not self.import_button.isEnabled():
            return
        skip = self.skip_rejected.isChecked()

        def work(progress: Progress) -> ImportResult:
            def report(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return kind.apply(ws.db, plan, skip_rejected=skip, bus=ws.bus, progress=report)

        self._run(self.tr("Importing"), work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self._show_plan(result.plan)
        self.outcome = result
        self.summary.setText(
            self.tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(result.skipped))
        )
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        message = self.summary.text()
        if result.backup is not None:
            message += "\n" + self.tr("A backup of the file was made first: %1").replace(
                "%1", str(result.backup)
            )
        QMessageBox.information(self, self.windowTitle(), message)

    def save_report(self) -> None:
        """Save what the dry run (or the import) says about each row."""
        if self.plan is None:
            return
        source = Path(self.path_edit.text())
        suffix = self.tr("import report")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import report"),
            str(source.parent / f"{source.stem} - {suffix}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;Text (*.txt)"),
        )
        if name:
            self.save_report_to(Path(name))

    def save_report_to(self, path: Path) -> None:
        assert self.plan is not None
        try:
            write_report(self.plan, path, self.outcome, user_language())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.describe(user_language()))

    def reject(self) -> None:
        """Close; an import still running is cancelled and writes nothing."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()
