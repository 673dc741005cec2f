"""The schedule as a week or month calendar, with its conflicts flagged in red.

Each day lists its visits (unit, team; unannounced ones marked and coloured). A visit
caught in a conflict is red and says why in its tooltip; the conflicts of the period
are listed under the calendar. Double-clicking a visit (or a conflict) asks for it to
be opened through :attr:`ScheduleCalendar.visit_requested`. A month is two queries,
so the calendar loads at once, without a background task.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import VisitMode
from inspectdesk.services import listing
from inspectdesk.services.changes import Changes
from inspectdesk.services.schedule import Conflict, ScheduledVisit, conflicts, schedule
from inspectdesk.ui.labels import label
from inspectdesk.ui.workspace import Workspace

UNANNOUNCED_COLOUR = QColor("#6a1b9a")
CONFLICT_COLOUR = QColor("#c62828")
OTHER_MONTH_COLOUR = QColor("#9e9e9e")
VISIT_ROLE = Qt.ItemDataRole.UserRole
TABLES = ("visit", "team", "team_member", "plan", "unit", "attendee", "person")


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


class DayCell(QFrame):
    """One day of the calendar: its date and the list of its visits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.day = date.min
        self.header = QLabel()
        self.visits = QListWidget()
        self.visits.setWordWrap(True)
        self.visits.setSpacing(2)
        self.visits.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(1)
        layout.addWidget(self.header)
        layout.addWidget(self.visits, 1)


class ScheduleCalendar(QWidget):
    """The visits of a week or a month, filtered by plan and team, conflicts flagged.

    ``visit_requested(id)`` asks for the visit editor on a visit.
    """

    visit_requested = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule calendar"))
        self.workspace = workspace
        self.today = today or date.today()
        self.anchor = self.today
        self.visits: list[ScheduledVisit] = []
        self.conflicts: list[Conflict] = []
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.views = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.views.addButton(button)
        self.month_button.setChecked(True)
        self.views.buttonToggled.connect(self._view_toggled)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Today (Home)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.period = QLabel()
        self.period.setObjectName("pageTitle")
        self.plan = QComboBox()
        self.team = QComboBox()
        for combo in (self.plan, self.team):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self._fill_filters()
        self.plan.currentIndexChanged.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        for widget in (
            self.week_button,
            self.month_button,
            self.previous_button,
            self.today_button,
            self.next_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.period, 1)
        bar.addWidget(QLabel(self.tr("Plan:")))
        bar.addWidget(self.plan)
        bar.addWidget(QLabel(self.tr("Team:")))
        bar.addWidget(self.team)
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        weekdays = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for column, name in enumerate(weekdays):
            header = QLabel(name)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, column)
            self.grid.setColumnStretch(column, 1)
        self.cells: list[DayCell] = []
        for n in range(42):
            cell = DayCell()
            cell.visits.itemDoubleClicked.connect(self._open_item)
            self.grid.addWidget(cell, 1 + n // 7, n % 7)
            self.cells.append(cell)
        self.conflict_title = QLabel()
        self.conflict_list = QListWidget()
        self.conflict_list.setMaximumHeight(110)
        self.conflict_list.itemDoubleClicked.connect(self._open_item)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.conflict_title)
        layout.addWidget(self.conflict_list)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(1)),
            (QKeySequence(Qt.Key.Key_Home), self.go_today),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        workspace.changed.connect(self._on_changes)
        workspace.destroyed.connect(self.close)
        self.reload()

    def _view_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.reload()

    # --- period -------------------------------------------------------------------

    @property
    def is_month(self) -> bool:
        return self.month_button.isChecked()

    def show_month(self, month: bool) -> None:
        """Switch to the month view (True) or the week view (False)."""
        (self.month_button if month else self.week_button).setChecked(True)

    def days(self) -> list[date]:
        """The days shown: a week from Monday, or the six weeks covering the month."""
        if self.is_month:
            first = week_start(self.anchor.replace(day=1))
            return [first + timedelta(days=n) for n in range(42)]
        first = week_start(self.anchor)
        return [first + timedelta(days=n) for n in range(7)]

    def step(self, direction: int) -> None:
        """Show the previous (-1) or next (1) week or month."""
        if self.is_month:
            month = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = date(month // 12, month % 12 + 1, 1)
        else:
            self.anchor = self.anchor + timedelta(weeks=direction)
        self.reload()

    def go_today(self) -> None:
        """Show the week or month of today."""
        self.anchor = self.today
        self.reload()

    def go_to(self, day: date) -> None:
        """Show the week or month of ``day``."""
        self.anchor = day
        self.reload()

    # --- filters and loading ------------------------------------------------------

    def _fill_filters(self) -> None:
        for combo in (self.plan, self.team):
            combo.blockSignals(True)
        try:
            plan, team = self.plan.currentData(), self.team.currentData()
            self.plan.clear()
            self.plan.addItem(self.tr("All plans"), "")
            for row in listing.list_plans(self.workspace.db):
                text = f"{row.number} – {row.title}" if row.number else row.title
                self.plan.addItem(text, str(row.id))
            self.team.clear()
            self.team.addItem(self.tr("All teams"), "")
            for choice in listing.list_teams(self.workspace.db):
                text = f"{choice.name} ({choice.plan})" if choice.plan else choice.name
                self.team.addItem(text, str(choice.id))
            self.plan.setCurrentIndex(max(0, self.plan.findData(plan)))
            self.team.setCurrentIndex(max(0, self.team.findData(team)))
        finally:
            for combo in (self.plan, self.team):
                combo.blockSignals(False)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "team"):
            self._fill_filters()
        if changes.touches(*TABLES):
            self.reload()

    def reload(self) -> None:
        """Read the period's visits and conflicts again and show them."""
        days = self.days()
        plan, team = self.plan.currentData(), self.team.currentData()
        db = self.workspace.db
        self.visits = schedule(
            db,
            days[0],
            days[-1],
            plan_id=uuid.UUID(plan) if plan else None,
            team_id=uuid.UUID(team) if team else None,
        )
        shown = {v.id for v in self.visits}
        self.conflicts = [
            c for c in conflicts(db, days[0], days[-1]) if shown.intersection(c.visit_ids)
        ]
        self._show(days)

    # --- showing ------------------------------------------------------------------

    def _period_text(self, days: list[date]) -> str:
        if self.is_month:
            return self.tr("Month %1").replace("%1", self.anchor.strftime("%m/%Y"))
        first, last = days[0].strftime("%d/%m"), days[-1].strftime("%d/%m/%Y")
        return self.tr("Week %1 – %2").replace("%1", first).replace("%2", last)

    def _show(self, days: list[date]) -> None:
        self.period.setText(self._period_text(days))
        why: dict[uuid.UUID, list[str]] = {}
        for conflict in self.conflicts:
            for visit_id in conflict.visit_ids:
                why.setdefault(visit_id, []).append(conflict.text)
        by_day: dict[date, list[ScheduledVisit]] = {}
        for visit in self.visits:
            by_day.setdefault(visit.day, []).append(visit)
        for n, cell in enumerate(self.cells):
            row_shown = n < len(days)
            cell.setVisible(row_shown)
            if not row_shown:
                continue
            cell.day = days[n]
            self._fill_cell(cell, by_day.get(days[n], []), why)
        for row in range(1, 7):
            self.grid.setRowStretch(row, 1 if (row - 1) * 7 < len(days) else 0)
        self.conflict_title.setText(self.tr("Conflicts: %n", "", len(self.conflicts)))
        self.conflict_list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(conflict.text)
            item.setForeground(QBrush(CONFLICT_COLOUR))
            item.setToolTip(conflict.text)
            item.setData(VISIT_ROLE, str(conflict.visit_ids[0]))
            self.conflict_list.addItem(item)

    def _fill_cell(
        self, cell: DayCell, visits: list[ScheduledVisit], why: dict[uuid.UUID, list[str]]
    ) -> None:
        day = cell.day
        other_month = self.is_month and day.month != self.anchor.month
        text = day.strftime("%d/%m") if day.day == 1 or cell is self.cells[0] else str(day.day)
        font = cell.header.font()
        font.setBold(day == self.today)
        cell.header.setFont(font)
        cell.header.setText(text)
        colour = OTHER_MONTH_COLOUR.name() if other_month else ""
        cell.header.setStyleSheet(f"color: {colour}" if colour else "")
        cell.visits.clear()
        unannounced = label(VisitMode.UNANNOUNCED)
        for visit in visits:
            lines = [visit.unit]
            if visit.team:
                lines.append(visit.team)
            if visit.mode is VisitMode.UNANNOUNCED:
                lines.append(f"[{unannounced}]")
            item = QListWidgetItem("\n".join(lines))
            item.setData(VISIT_ROLE, str(visit.id))
            tip = [visit.unit, visit.team, label(visit.status), ", ".join(visit.people)]
            reasons = why.get(visit.id, [])
            if reasons:
                item.setForeground(QBrush(CONFLICT_COLOUR))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                tip = reasons
            elif visit.mode is VisitMode.UNANNOUNCED:
                item.setForeground(QBrush(UNANNOUNCED_COLOUR))
            item.setToolTip("\n".join(t for t in tip if t))
            cell.visits.addItem(item)

    def cell_of(self, day: date) -> DayCell | None:
        """The cell showing ``day``, if shown."""
        return next((c for c in self.cells if c.isVisibleTo(self) and c.day == day), None)

    def _open_item(self, item: QListWidgetItem) -> None:
        visit_id = item.data(VISIT_ROLE)
        if visit_id:
            self.visit_requested.emit(str(visit_id))


def show_schedule_calendar(page: QWidget, workspace: Workspace | None) -> ScheduleCalendar | None:
    """Open (or bring forward) the calendar window of ``page``'s schedule.

    Its ``visit_requested`` is passed on to the page's own ``visit_requested``, so a
    visit opens the way the schedule list opens it.
    """
    if workspace is None:
        return None
    calendar = None
    for child in page.findChildren(ScheduleCalendar):
        if child.workspace is workspace and child.isVisible():
            calendar = child
        else:
            child.close()
    if calendar is None:
        calendar = ScheduleCalendar(workspace, page)
        calendar.setWindowFlag(Qt.WindowType.Window)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.resize(1100, 760)
        requested = getattr(page, "visit_requested", None)
        if requested is not None:
            calendar.visit_requested.connect(requested)
    calendar.show()
    calendar.raise_()
    return calendar
