"""Theo dõi khắc phục: every recommendation, where its remediation stands, what is overdue.

The list reads from the database a page at a time (:mod:`inspectdesk.ui.paged_model`),
so 166,000 recommendations open and filter without freezing: a change of the filters
restarts a short pause, then the counts and the first page are read in the background
while the old rows stay on screen. "Export to Excel…" writes every row of the current
filter (not only those read so far), in the background, with progress and Cancel.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.recommendation_paging import (
    RecommendationCounts,
    RecommendationFilter,
    RecommendationQuery,
    RecommendationSort,
)
from inspectdesk.services.remediation import RemediationService
from inspectdesk.ui.followup_actions import answers_action, reinspect_action
from inspectdesk.ui.forms import OptionalDateEdit
from inspectdesk.ui.labels import label
from inspectdesk.ui.paged_model import current_id, run_export, selected_ids
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pages.remediation_model import (
    DEADLINE_COLUMN,
    OVERDUE_COLOR,
    OVERDUE_COLUMN,
    SORTS,
    ExportTexts,
    RemediationTableModel,
    counted,
    export_work,
    query_source,
    recommendation_columns,
    recommendation_table,
)
from inspectdesk.ui.recommendation_dialog import RecommendationDialog
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.worker import Task, show_background_error
from inspectdesk.ui.workspace import Workspace

__all__ = ["OVERDUE_COLOR", "RemediationPage"]

DEBOUNCE_MS = 150
KEPT_COUNTS = 20
"""Counts kept for queries asked for lately (a new order of the same rows reuses them)."""


class RemediationPage(Page):
    """The follow-up list with its filters; Enter or a double-click opens a recommendation.

    ``today`` (None: the real today) is the day overdue is judged against; tests set it.
    """

    TABLES = frozenset({"recommendation", "remediation_event", "visit", "unit", "plan"})
    DEADLINE_COLUMN = DEADLINE_COLUMN
    OVERDUE_COLUMN = OVERDUE_COLUMN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None
        self._counts: dict[RecommendationQuery, RecommendationCounts] = {}
        self._keep_selected: set[str] = set()
        self.export_task: Task | None = None
        self.title = QLabel(self.tr("Remediation follow-up"))
        self.title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by unit or recommendation (tones optional)"))
        self.filter.setClearButtonEnabled(True)
        self.status_filter = ListPage.compact(QComboBox())
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RemediationStatus:
            self.status_filter.addItem(label(status), status.value)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.plan_filter = ListPage.compact(QComboBox(), 14)
        self.plan_filter.addItem(self.tr("All plans"), None)
        self.deadline_from = OptionalDateEdit(clearable=True)
        self.deadline_to = OptionalDateEdit(clearable=True)
        self.this_week = QPushButton(self.tr("Due this &week"))
        self.this_week.setToolTip(self.tr("Deadlines from this Monday to Sunday"))
        self.this_week.clicked.connect(self.show_due_this_week)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setToolTip(self.tr("Write every recommendation the filters select"))
        self.export_button.clicked.connect(self.export)
        self.model = RemediationTableModel(self._columns(), self)
        self.model.loading.connect(self._loading)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_background_error(self, self.title.text(), exc))
        self.table = recommendation_table(self.model, self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.open_recommendation())
        self.count = QLabel()
        self.export_note = QLabel()
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.requery)
        self.filter.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._debounce.start)
        self.overdue_only.toggled.connect(self._debounce.start)
        self.plan_filter.currentIndexChanged.connect(self._debounce.start)
        self.deadline_from.changed.connect(self._debounce.start)
        self.deadline_to.changed.connect(self._debounce.start)
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.triggered.connect(self.open_recommendation)
        self.reinspect_action = reinspect_action(self)
        self.answers_action = answers_action(self)
        self._sized = False  # the main window's header-state restore sets it

    def _columns(self) -> list[Any]:
        headers = (
            self.tr("Unit"),
            self.tr("Visit date"),
            self.tr("Recommendation"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Overdue"),
            self.tr("Done on"),
            self.tr("Responsible"),
        )
        return recommendation_columns(headers, self.tr("Overdue"))

    def _lay_out(self) -> None:
        status_caption = QLabel(self.tr("&Status:"))
        status_caption.setBuddy(self.status_filter)
        plan_caption = QLabel(self.tr("&Plan:"))
        plan_caption.setBuddy(self.plan_filter)
        from_caption = QLabel(self.tr("Deadline &from:"))
        from_caption.setBuddy(self.deadline_from)
        to_caption = QLabel(self.tr("&to:"))
        to_caption.setBuddy(self.deadline_to)
        first = QHBoxLayout()
        first.addWidget(self.filter, 1)
        status: tuple[QWidget, ...] = (status_caption, self.status_filter, self.overdue_only)
        for widget in (self.export_button, *status):
            first.addWidget(widget)
        second = QHBoxLayout()
        second.addWidget(plan_caption)
        second.addWidget(self.plan_filter, 1)
        third = QHBoxLayout()
        deadlines: tuple[QWidget, ...] = (from_caption, self.deadline_from, to_caption)
        for widget in (*deadlines, self.deadline_to):
            third.addWidget(widget)
        third.addWidget(self.this_week)
        third.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.export_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for row in (first, second, third):
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_due_this_week(self) -> None:
        """Limit the deadlines to this week (Monday to Sunday)."""
        today = self.today or date.today()
        monday = today - timedelta(days=today.weekday())
        self.deadline_from.set_value(monday)
        self.deadline_to.set_value(monday + timedelta(days=6))

    # -- data ----------------------------------------------------------------

    def attach(self, workspace: Workspace | None) -> None:
        """Read from ``workspace``'s file from now on (nothing when it is None)."""
        self._counts.clear()
        if workspace is None:
            self.model.set_source(None, None)
        else:
            self.model.set_source(*query_source(workspace.db, self._counts))
        super().attach(workspace)

    def current_filter(self) -> RecommendationFilter:
        """The filters as set on screen."""
        status = self.status_filter.currentData()
        plan = self.plan_filter.currentData()
        return RecommendationFilter(
            search=self.filter.text(),
            status=RemediationStatus(status) if status else None,
            overdue_only=self.overdue_only.isChecked(),
            plan_id=uuid.UUID(plan) if plan else None,
            deadline_from=self.deadline_from.value(),
            deadline_to=self.deadline_to.value(),
        )

    def current_query(self) -> RecommendationQuery:
        """The query the filters describe, in the order the header shows (the user's)."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        in_range = 0 <= section < len(SORTS)
        return RecommendationQuery.of(
            self.current_filter(),
            self.today,
            SORTS[section] if in_range else RecommendationSort.DEFAULT,
            in_range and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _fill_plans(self, workspace: Workspace) -> None:
        chosen = self.plan_filter.currentData()
        plans = RemediationService(workspace.db, workspace.bus).plans()
        self.plan_filter.blockSignals(True)
        try:
            while self.plan_filter.count() > 1:
                self.plan_filter.removeItem(1)
            for plan in plans:
                self.plan_filter.addItem(plan.name, str(plan.id))
                self.plan_filter.setItemData(
                    self.plan_filter.count() - 1, plan.name, Qt.ItemDataRole.ToolTipRole
                )
            self.plan_filter.setCurrentIndex(max(self.plan_filter.findData(chosen), 0))
        finally:
            self.plan_filter.blockSignals(False)

    def refresh(self) -> None:
        """Read the plans and the recommendations again, keeping the filters and the order."""
        super().refresh()
        if self.workspace is not None:
            self._fill_plans(self.workspace)
        self.requery()

    def requery(self) -> None:
        """Count and read the recommendations for the filters as set (in the background).

        What a change of the filters does, after a short pause: the plans are not read
        again (2,000 plans take 20 ms).
        """
        self._debounce.stop()
        if self.workspace is None:
            return
        self._keep_selected = set(self.selected_ids())
        self.model.set_query(self.current_query())

    def clear(self) -> None:
        self._debounce.stop()
        self.model.clear()
        self.count.setText("")
        self.export_note.setText("")

    def _loading(self) -> None:
        if self.model.query is None:
            self.count.setText(self.tr("Searching…"))

    def _loaded(self, matches: int) -> None:
        found = self._counts.get(counted(self.model.query))
        while len(self._counts) > KEPT_COUNTS:  # the oldest first; the workers add new ones
            self._counts.pop(next(iter(self._counts)), None)
        overdue = found.overdue if found is not None else 0
        self.count.setText(
            self.tr("%n recommendation(s) shown, %1 overdue", "", matches).replace(
                "%1", str(overdue)
            )
        )
        self._select_again()

    def _select_again(self) -> None:
        """Select again the rows selected before a refresh, if they are in the first page."""
        keep, self._keep_selected = self._keep_selected, set()
        if not keep:
            return
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(min(self.model.rowCount(), self.model.page_size)):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) in keep:
                selection.select(index, flags)
                if not self.table.currentIndex().isValid():
                    selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def apply_filter(self, **criteria: object) -> None:
        """Show one status (``status=RemediationStatus…``) or the overdue (``overdue=True``).

        From a click on the overview; the other filters are cleared.
        """
        status = criteria.get("status")
        index = (
            self.status_filter.findData(status.value)
            if isinstance(status, RemediationStatus)
            else 0
        )
        widgets = (self.filter, self.status_filter, self.overdue_only, self.plan_filter)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.filter.clear()
            self.status_filter.setCurrentIndex(max(0, index))
            self.overdue_only.setChecked(criteria.get("overdue") is True)
            self.plan_filter.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        for edit in (self.deadline_from, self.deadline_to):
            edit.blockSignals(True)
            edit.set_value(None)
            edit.blockSignals(False)
        self.refresh()

    # -- selection and actions -----------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected recommendations (of rows already read), in view order."""
        return selected_ids(self.table)

    def current_id(self) -> str | None:
        """The id of the current recommendation (None when no row is current or read)."""
        return current_id(self.table)

    def menu_actions(self, position: QPoint) -> list[QAction]:
        """The context menu's actions for a click at ``position`` in the table."""
        if self.table.indexAt(position).isValid():
            return [self.open_action, self.reinspect_action, self.answers_action]
        return [self.answers_action]

    def _context_menu(self, position: QPoint) -> None:
        actions = self.menu_actions(position)
        if actions:
            QMenu.exec(actions, self.table.viewport().mapToGlobal(position), None, self)

    def open_recommendation(self) -> RecommendationDialog | None:
        """Open the current recommendation in its dialog (modal)."""
        current = self.current_id()
        if self.workspace is None or not current:
            return None
        dialog = RecommendationDialog(
            self.workspace, uuid.UUID(current), today=self.today, parent=self
        )
        dialog.exec()
        return dialog

    # -- export --------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file and write every recommendation of the current filter to it."""
        if self.workspace is None:
            return
        folder = self.workspace.path.parent if self.workspace.path else Path.home()
        suggested = str(folder / f"{self.title.text()}.xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def export_to(self, path: Path) -> Task | None:
        """Write every recommendation of the current filter to ``path`` in the background."""
        if self.workspace is None:
            return None
        headers = [
            str(self.model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.model.columnCount())
        ]
        work = export_work(
            self.workspace.db,
            self.model.latest_query or self.current_query(),
            path,
            ExportTexts(
                headers,
                self.title.text(),
                self.tr("Overdue"),
                self.tr("Writing recommendation %1 of %2…"),
                QLocale().groupSeparator(),
            ),
        )
        self.export_task = run_export(
            self,
            self.export_button,
            self.tr("Exporting to Excel"),
            work,
            lambda n: self._exported(path, n),
        )
        return self.export_task

    def _exported(self, path: Path, rows: int) -> None:
        self.export_note.setText(
            self.tr("Exported %n recommendation(s) to “%1”.", "", rows).replace("%1", path.name)
        )
