"""Theo dõi khắc phục: every recommendation, where its remediation stands, what is overdue."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.remediation import (
    RecommendationFilter,
    RecommendationRow,
    RemediationService,
    list_recommendations,
)
from inspectdesk.ui.followup_actions import answers_action, reinspect_action
from inspectdesk.ui.forms import OptionalDateEdit
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.recommendation_dialog import (
    RecommendationDialog,
    clamp_columns,
    date_key,
    short_date,
)
from inspectdesk.ui.row_model import Column, Index, RowTableModel
from inspectdesk.ui.workspace import Workspace

OVERDUE_COLOR = QColor("#b00020")


class RemediationTableModel(RowTableModel):
    """Recommendation rows; an overdue row's deadline and flag are red, with a warning icon."""

    def __init__(
        self, columns: Sequence[Column], marked_columns: set[int], parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self._marked = marked_columns
        self._icon: QIcon | None = None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole)
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and index.column() in self._marked
            and self.row_at(index.row()).overdue
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOR
            if index.column() == min(self._marked):
                return self._warning_icon()
            return None
        return super().data(index, role)


class RemediationPage(ListPage):
    """The follow-up list with its filters; Enter or a double-click opens a recommendation.

    ``today`` (None: the real today) is the day overdue is judged against; tests set it.
    """

    TABLES = frozenset({"recommendation", "remediation_event", "visit", "unit", "plan"})
    DEADLINE_COLUMN = 3
    OVERDUE_COLUMN = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        self.today: date | None = None
        columns = [
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(
                self.tr("Visit date"),
                lambda r: short_date(r.visit_date),
                lambda r: date_key(r.visit_date),
            ),
            Column(self.tr("Recommendation"), lambda r: r.text),
            Column(
                self.tr("Deadline"),
                lambda r: short_date(r.deadline),
                lambda r: date_key(r.deadline),
            ),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(
                self.tr("Overdue"),
                lambda r: self.tr("Overdue") if r.overdue else "",
                lambda r: int(r.overdue),
            ),
            Column(
                self.tr("Done on"), lambda r: short_date(r.done_on), lambda r: date_key(r.done_on)
            ),
            Column(self.tr("Responsible"), lambda r: r.responsible),
        ]
        super().__init__(
            self.tr("Remediation follow-up"),
            columns,
            self._load,
            self.TABLES,
            parent,
        )
        old = self.model
        self.model = RemediationTableModel(
            columns, {self.DEADLINE_COLUMN, self.OVERDUE_COLUMN}, self
        )
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self._rows: list[RecommendationRow] = []
        self.filter.setPlaceholderText(self.tr("Filter by unit or recommendation (tones optional)"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RemediationStatus:
            self.status_filter.addItem(label(status), status.value)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.plan_filter = QComboBox()
        self.plan_filter.addItem(self.tr("All plans"), None)
        self.compact(self.plan_filter, 14)
        self.compact(self.status_filter)
        self.deadline_from = OptionalDateEdit(clearable=True)
        self.deadline_to = OptionalDateEdit(clearable=True)
        status_caption = QLabel(self.tr("&Status:"))
        status_caption.setBuddy(self.status_filter)
        self.filters.addWidget(status_caption)
        self.filters.addWidget(self.status_filter)
        self.filters.addWidget(self.overdue_only)
        second = QHBoxLayout()
        plan_caption = QLabel(self.tr("&Plan:"))
        plan_caption.setBuddy(self.plan_filter)
        from_caption = QLabel(self.tr("Deadline &from:"))
        from_caption.setBuddy(self.deadline_from)
        to_caption = QLabel(self.tr("&to:"))
        to_caption.setBuddy(self.deadline_to)
        second.addWidget(plan_caption)
        second.addWidget(self.plan_filter, 1)
        third = QHBoxLayout()
        self.this_week = QPushButton(self.tr("Due this &week"))
        self.this_week.setToolTip(self.tr("Deadlines from this Monday to Sunday"))
        self.this_week.clicked.connect(self.show_due_this_week)
        for widget in (from_caption, self.deadline_from, to_caption, self.deadline_to):
            third.addWidget(widget)
        third.addWidget(self.this_week)
        third.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.table), second)
        layout.insertLayout(layout.indexOf(self.table), third)
        self.status_filter.currentIndexChanged.connect(self._debounce.start)
        self.overdue_only.toggled.connect(self._debounce.start)
        self.plan_filter.currentIndexChanged.connect(self._debounce.start)
        self.deadline_from.changed.connect(self._debounce.start)
        self.deadline_to.changed.connect(self._debounce.start)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.open_recommendation())
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.triggered.connect(self.open_recommendation)
        self.reinspect_action = reinspect_action(self)
        self.answers_action = answers_action(self)

    def show_due_this_week(self) -> None:
        """Limit the deadlines to this week (Monday to Sunday)."""
        today = self.today or date.today()
        monday = today - timedelta(days=today.weekday())
        self.deadline_from.set_value(monday)
        self.deadline_to.set_value(monday + timedelta(days=6))

    # -- data ----------------------------------------------------------------

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

    def _load(self, workspace: Workspace, _search: str) -> list[RecommendationRow]:
        self._rows = list_recommendations(workspace.db, self.current_filter(), today=self.today)
        return self._rows

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
        if self.workspace is not None:
            self._fill_plans(self.workspace)
        sized = self._sized
        super().refresh()
        if self._sized and not sized:
            clamp_columns(self.table, 320)
        if self.workspace is None:
            return
        overdue = sum(1 for r in self._rows if r.overdue)
        self.count.setText(
            self.tr("%n recommendation(s) shown, %1 overdue", "", len(self._rows)).replace(
                "%1", str(overdue)
            )
        )

    # -- actions -------------------------------------------------------------

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
