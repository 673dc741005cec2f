"""Lịch kiểm tra: the visits, filtered by status, mode and dates; opens the visit editor."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from inspectdesk.domain.enums import VisitMode, VisitStatus
from inspectdesk.services import listing
from inspectdesk.services.changes import Changes
from inspectdesk.services.listing import VisitRow
from inspectdesk.services.visits import VisitService
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.row_model import Column
from inspectdesk.ui.schedule_calendar import show_schedule_calendar
from inspectdesk.ui.signing_actions import SigningActions
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

INSPECTED = (VisitStatus.DRAFTED, VisitStatus.SIGNED)
DUE = (VisitStatus.PLANNED, VisitStatus.NOTIFIED)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _short(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class VisitsPage(ListPage):
    """Visits with filters; Enter or double-click opens the editor, Insert adds a visit.

    ``visit_requested(id or "")`` asks the main window to open the visit editor (an
    empty id: a new visit).
    """

    visit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Inspection schedule"),
            [
                Column(
                    self.tr("Date"),
                    lambda r: _short(r.scheduled_on),
                    lambda r: r.scheduled_on.isoformat() if r.scheduled_on else "",
                ),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Team"), lambda r: r.team),
                Column(self.tr("Mode"), lambda r: label(r.mode)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Minutes no."), lambda r: r.minutes_number),
                Column(self.tr("Plan"), lambda r: r.plan),
            ],
            self._load,
            frozenset({"visit", "unit", "team", "plan"}),
            parent,
        )
        self.today: date | None = None
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), [])
        self.status.addItem(self.tr("Due (planned or notified)"), [s.value for s in DUE])
        self.status.addItem(
            self.tr("With minutes (drafted or signed)"), [s.value for s in INSPECTED]
        )
        for status in VisitStatus:
            self.status.addItem(label(status), [status.value])
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Both modes"), "")
        for mode in VisitMode:
            self.mode.addItem(label(mode), mode.value)
        for combo in (self.status, self.mode):
            self.compact(combo, 8)
        self.team = QComboBox()
        self.team.addItem(self.tr("All teams"), "")
        self.compact(self.team, 10)
        self.use_dates = QCheckBox(self.tr("&From"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.date_to.setDate(QDate.currentDate().addMonths(1))
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.add_button = QPushButton(self.tr("&New visit"))
        self.add_button.clicked.connect(lambda: self.visit_requested.emit(""))
        self.filters.insertWidget(1, self.team)
        self.filters.addWidget(self.add_button)
        self.calendar_button = QPushButton(self.tr("Ca&lendar…"))
        self.calendar_button.clicked.connect(lambda: show_schedule_calendar(self, self.workspace))
        self.filters.addWidget(self.calendar_button)
        row = self.add_filter_row()
        for widget in (
            self.status,
            self.mode,
            self.use_dates,
            self.date_from,
            QLabel(self.tr("to")),
            self.date_to,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        for signal in (
            self.status.currentIndexChanged,
            self.mode.currentIndexChanged,
            self.team.currentIndexChanged,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self._debounce.start)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.triggered.connect(self.open_current)
        self.new_action = self.page_action(
            self.tr("&New visit"), lambda: self.visit_requested.emit(""), QKeySequence("Insert")
        )
        self.delete_action = self.page_action(
            self.tr("&Delete"), self.delete_visits, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.minutes_action = QAction(self.tr("Draw up the &minutes (.docx)…"), self)
        self.minutes_action.triggered.connect(self.write_minutes)
        self.minutes_task: Task | None = None
        self.signing = SigningActions(self, lambda: self.workspace, self._current_visit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.signing.refresh())

    def _load(self, workspace: Workspace, search: str) -> Sequence[VisitRow]:
        return self.snapshot_loader(workspace, search)()

    def snapshot_loader(
        self, workspace: Workspace, search: str
    ) -> Callable[[], Sequence[VisitRow]]:
        codes = self.status.currentData() or []
        mode = self.mode.currentData()
        team = self.team.currentData()
        dates = self.use_dates.isChecked()
        return partial(
            listing.list_visits,
            workspace.db,
            search=search,
            statuses=[VisitStatus(c) for c in codes],
            mode=VisitMode(mode) if mode else None,
            date_from=_day(self.date_from.date()) if dates else None,
            date_to=_day(self.date_to.date()) if dates else None,
            team_id=uuid.UUID(team) if team else None,
        )

    def _fill_teams(self) -> None:
        """The team filter's choices, keeping the current one."""
        current = self.team.currentData()
        self.team.blockSignals(True)
        try:
            while self.team.count() > 1:
                self.team.removeItem(1)
            if self.workspace is not None:
                for team in listing.list_teams(self.workspace.db):
                    text = f"{team.name} ({team.plan})" if team.plan else team.name
                    self.team.addItem(text, str(team.id))
            self.team.setCurrentIndex(max(0, self.team.findData(current)))
        finally:
            self.team.blockSignals(False)

    def attach(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._fill_teams()
        super().attach(workspace)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("team", "plan"):
            self._fill_teams()
        super().on_changes(changes)

    def refresh(self) -> None:
        super().refresh()
        editable = self.workspace is not None and not self.workspace.readonly
        self.add_button.setEnabled(editable)
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        self.signing.refresh()

    def _current_visit(self) -> uuid.UUID | None:
        current = self.current_id()
        return uuid.UUID(current) if current else None

    def delete_visits(self) -> None:
        """Move the selected visits to the trash after confirmation; signed ones stay."""
        if self.workspace is None or self.workspace.readonly:
            return
        chosen = {i for i in self.selected_ids() if i}
        rows = [r for r in self.model.rows() if str(r.id) in chosen]
        if not rows:
            return
        if any(r.status == VisitStatus.SIGNED for r in rows):
            QMessageBox.information(
                self,
                self.tr("Delete visits"),
                self.tr(
                    "Visits with signed minutes cannot be deleted. Unlock them first "
                    "(the reason is recorded)."
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete visits"),
            self.tr(
                "Move %n visit(s) to the trash, with their findings and recommendations? "
                "You can restore them from the trash.",
                "",
                len(rows),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = VisitService(self.workspace.db, self.workspace.bus)
        ids = [r.id for r in rows]
        service.set_deleted(ids, True)
        self.workspace.undo_stack.push(
            ServiceCommand(
                self.tr("Delete %n visit(s)", "", len(ids)),
                redo=lambda: service.set_deleted(ids, True),
                undo=lambda: service.set_deleted(ids, False),
            )
        )

    def apply_filter(self, **criteria: object) -> None:
        status = criteria.get("status")
        index = 0
        if isinstance(status, VisitStatus):
            index = self.status.findText(label(status))
        elif criteria.get("inspected"):
            index = 2
        elif criteria.get("this_week"):
            index = 1
        self.status.setCurrentIndex(max(index, 0))
        if criteria.get("this_week"):
            today = self.today or date.today()
            start = today - timedelta(days=today.weekday())
            self.date_from.setDate(QDate(start.year, start.month, start.day))
            end = start + timedelta(days=6)
            self.date_to.setDate(QDate(end.year, end.month, end.day))
            self.use_dates.setChecked(True)
        else:
            self.use_dates.setChecked(False)
        self.mode.setCurrentIndex(0)
        self.filter.clear()
        self.refresh()

    def write_minutes(self) -> None:
        """Ask where, then write the current visit's minutes and offer them."""
        current = self.current_id()
        if self.workspace is None or current is None:
            return
        row = next((r for r in self.model.rows() if str(r.id) == current), None)
        folder = self.workspace.path.parent if self.workspace.path else Path.home()
        stem = self.tr("minutes") + (f" {row.unit}" if row else "")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Draw up the minutes"),
            str(folder / f"{stem}.docx"),
            self.tr("Word document (*.docx)"),
        )
        if name:
            target = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
            self.write_minutes_to(uuid.UUID(current), target)

    def write_minutes_to(self, visit_id: uuid.UUID, target: Path) -> Task | None:
        """Write the minutes in the background, then offer to open, print or show them."""
        if self.workspace is None:
            return None
        from inspectdesk.services.minutes import MinutesService

        service = MinutesService(self.workspace.db, self.workspace.bus)

        visits = VisitService(self.workspace.db, self.workspace.bus)

        def work(_progress: Progress) -> tuple[Path, str]:
            path = service.write(str(visit_id), target)
            return path, visits.load(visit_id).minutes_number

        def done(written: tuple[Path, str]) -> None:
            path, number = written
            self.count.setText(self.tr("Minutes written to %1").replace("%1", str(path)))
            if number:
                text = self.tr("Minutes no. %1 written.").replace("%1", number)
            else:
                text = self.tr("The minutes were written.")
            document_ready(self, self.tr("Minutes"), text, path)

        self.minutes_task = run_in_background(self, self.tr("Drawing up the minutes"), work, done)
        return self.minutes_task

    def open_current(self) -> None:
        current = self.current_id()
        if current:
            self.visit_requested.emit(str(uuid.UUID(current)))

    def menu_actions(self) -> list[QAction | None]:
        """The context menu's actions for the current row (None: a separator)."""
        self.signing.refresh()
        head = [self.open_action, self.new_action, self.minutes_action, None]
        return [*head, *self.signing.actions(), None, self.delete_action]

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
