"""The visit editor: one window per visit, saved as the user works, every change undoable.

Fields are saved :data:`SAVE_DELAY_MS` after typing stops (at once for choices and
when a field is left); each save is one step on the workspace's undo stack, and steps
of one field that follow each other merge. The editor never holds a session: it reads
a :class:`~inspectdesk.services.visits.VisitDetail` and writes through
:class:`~inspectdesk.services.visits.VisitService`; changes made elsewhere (undo from
the main window, another screen) reach it through :attr:`Workspace.changed`.

Open it with :func:`open_visit_editor`.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import Changes
from inspectdesk.services.signing import SigningService, SigningState, UnlockRecord
from inspectdesk.services.visits import VIETNAM, VisitDetail, VisitDraft, VisitService
from inspectdesk.ui.field_undo import Reporter, is_undo_key
from inspectdesk.ui.labels import label
from inspectdesk.ui.recommendation_dialog import short_date
from inspectdesk.ui.sanctions_panel import SanctionsPanel
from inspectdesk.ui.signing_actions import SigningActions
from inspectdesk.ui.visit_checklist_tab import ChecklistTab
from inspectdesk.ui.visit_findings_tab import FindingsTab
from inspectdesk.ui.visit_record_tabs import AttendanceTab
from inspectdesk.ui.visit_saving import SAVE_DELAY_MS, VisitSaving
from inspectdesk.ui.visit_tabs import ConclusionTab, GeneralTab
from inspectdesk.ui.visit_widgets import show_problem
from inspectdesk.ui.workspace import Workspace

_OPEN: dict[tuple[int, uuid.UUID], VisitEditor] = {}
READ_ONLY_STYLE = "background: #f0f0f0;"


class VisitEditor(VisitSaving, QDialog):
    """Edit one visit (``visit_id`` None: a new visit, created once its unit is chosen)."""

    visit_saved = Signal()

    def __init__(
        self, workspace: Workspace, visit_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.workspace = workspace
        self.svc = VisitService(workspace.db, workspace.bus)
        self.visit_id = visit_id
        self.detail: VisitDetail | None = None
        self.signing_state: SigningState | None = None
        self.last_unlock: UnlockRecord | None = None
        self._saved = VisitDraft(scheduled_on=date.today())
        self._revision = 0
        self._pending: list[str] = []
        self._invalid: set[str] = set()
        self._own = 0
        self._gone = False
        self._last_saved = ""
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._reporter = Reporter()
        self._reporter.show = lambda text: self.say(text, True)
        self.destroyed.connect(self._reporter.detach)

        self.heading = QLabel()
        self.heading.setObjectName("visitHeading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.badge = QLabel()
        self.badge.setStyleSheet("padding: 2px 8px; border-radius: 8px; background: #e3ecf7;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("padding: 6px; background: #fff4ce; border: 1px solid #e0c060;")
        self.general = GeneralTab()
        self.attendance = AttendanceTab(self)
        self.checklist = ChecklistTab(self)
        self.results = FindingsTab(self)
        self.conclusion = ConclusionTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.general, self.tr("&General data"))
        self.tabs.addTab(self.attendance, self.tr("Atte&ndance"))
        self.tabs.addTab(self.checklist, self.tr("Chec&klist"))
        self.tabs.addTab(self.results, self.tr("Findings and &recommendations"))
        self.tabs.addTab(self.conclusion, self.tr("&Opinions and status"))
        self.sanctions = SanctionsPanel(workspace)
        self.tabs.addTab(self.sanctions, self.tr("&Sanctions"))
        self.record_tabs = (self.attendance, self.checklist, self.results, self.sanctions)
        self.status_line = QLabel()
        self.status_line.setObjectName("saveState")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.signing = SigningActions(
            self, lambda: self.workspace, lambda: None if self._gone else self.visit_id
        )
        self.signing.done.connect(lambda: self.reload(full=True))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.badge)
        top.addStretch(1)
        self.signing_buttons: dict[str, QPushButton] = {}
        for key, action in zip(
            ("sign", "attach", "open", "unlock"), self.signing.actions(), strict=True
        ):
            button = QPushButton(action.text())
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            self.signing_buttons[key] = button
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.bindings = {**self.general.bindings, **self.conclusion.bindings}
        for tab in (self.general, self.conclusion):
            tab.edited.connect(self._edited)
            tab.committed.connect(self._committed)
        self.conclusion.status_chosen.connect(self._status_chosen)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.installEventFilter(self)
        workspace.changed.connect(self._on_changes)
        self._load_choices()
        if visit_id is None:
            self._show_general(self._saved)
            self._apply_state()
        else:
            self._register()
            self.reload(full=True)
        self.resize(1000, 720)

    # -- reading ------------------------------------------------------------------

    def _register(self) -> None:
        if self.visit_id is not None:
            key = (id(self.workspace), self.visit_id)
            _OPEN[key] = self
            self.destroyed.connect(lambda *_a, k=key: _OPEN.pop(k, None))

    def _load_choices(self) -> None:
        self.general.unit.set_choices([(c.id, c.name) for c in self.svc.units()])
        self.general.plan.set_choices([(c.id, c.name) for c in self.svc.plans()])
        self._load_teams(self.general.plan.current_id())

    def _load_teams(self, plan_id: uuid.UUID | None) -> None:
        self.general.team.set_choices([(c.id, c.name) for c in self.svc.teams(plan_id)])

    def reload(self, full: bool) -> None:
        """Read the visit again; ``full`` also puts the saved values in the form's fields."""
        if self.visit_id is None:
            return
        try:
            detail = self.svc.load(self.visit_id)
        except NotFound:
            self._gone, self.detail = True, None
            self._apply_state()
            return
        self._gone = False
        self.detail, self._revision, self._saved = detail, detail.revision, detail.general
        if full:
            self._show_general(detail.general)
        self.conclusion.show_status(detail.status)
        self._read_signing(detail)
        self._apply_state()
        for tab in self.record_tabs:
            tab.show_detail(detail)

    def _read_signing(self, detail: VisitDetail) -> None:
        self.signing_state = self.signing.refresh()
        self.last_unlock = None
        if detail.status is VisitStatus.DRAFTED:
            unlocks = SigningService(self.workspace.db).unlocks(detail.id)
            self.last_unlock = unlocks[0] if unlocks else None

    def _show_signing(self) -> None:
        """The signing buttons that apply to the visit as it stands."""
        state = None if self._gone else self.signing_state
        status = state.status if state else None
        shown = {
            "sign": status not in (None, VisitStatus.SIGNED, VisitStatus.CANCELLED),
            "attach": status is VisitStatus.SIGNED,
            "open": bool(state and state.scan),
            "unlock": status is VisitStatus.SIGNED,
        }
        for key, button in self.signing_buttons.items():
            button.setVisible(shown[key])
        tip = ""
        if state is not None and not state.minutes_number:
            tip = self.tr("Draw up the minutes first (schedule page, “Draw up the minutes”).")
        self.signing_buttons["sign"].setToolTip(tip)

    def _locked_banner(self) -> str:
        state = self.signing_state
        if state is not None and state.signed_on is not None:
            text = self.tr("The minutes were signed on %1, so the visit is locked.").replace(
                "%1", short_date(state.signed_on)
            )
        else:
            text = self.tr("The minutes are signed, so the visit is locked.")
        if state is not None and state.scan is not None:
            text += " " + self.tr("Signed copy: %1.").replace("%1", state.scan.file_name)
        return (
            text
            + " "
            + self.tr("To change it, use “Unlock…”: the reason is recorded in the change log.")
        )

    def _show_general(self, draft: VisitDraft) -> None:
        """Put a draft's values in the fields, except those with edits not yet saved."""
        self.general.loading = self.conclusion.loading = True
        try:
            if "plan_id" not in self._pending:
                self.general.plan.set_current_id(draft.plan_id)
                self._load_teams(draft.plan_id)
            for name, binding in self.bindings.items():
                if name not in self._pending:
                    binding.set(getattr(draft, name))
                    show_problem(binding.error, None)
                    self._invalid.discard(name)
        finally:
            self.general.loading = self.conclusion.loading = False

    def _apply_state(self) -> None:
        detail, readonly = self.detail, self.workspace.readonly
        locked = detail is not None and detail.locked
        editable = not readonly and not locked and not self._gone
        for binding in self.bindings.values():
            widget = binding.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)  # still readable and copyable
                widget.setStyleSheet("" if editable else READ_ONLY_STYLE)
            else:
                widget.setEnabled(editable)
        exists = detail is not None
        for tab in self.record_tabs:
            tab.set_editable(editable and exists)
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), exists)
        # Sanctions are decided after the minutes are signed: signing does not lock them.
        self.sanctions.set_editable(not readonly and not self._gone and exists)
        self.conclusion.status.setEnabled(exists and not readonly and not locked)
        self._show_signing()
        name = detail.unit_name if detail else ""
        if self._gone:
            self.heading.setText(self.tr("Deleted visit"))
        else:
            self.heading.setText(name or self.tr("New visit"))
        self.setWindowTitle(
            self.tr("Visit — %1").replace("%1", name) if name else self.tr("New visit")
        )
        self.badge.setText(label(detail.status) if detail else "")
        self.badge.setVisible(exists)
        self.general.minutes.setText(
            detail.minutes_number if detail and detail.minutes_number else "—"
        )
        banner = ""
        if readonly:
            banner = self.tr("The file is open read-only: nothing here can be changed.")
        elif self._gone:
            banner = self.tr("This visit has been deleted (or its creation undone).")
        elif locked:
            banner = self._locked_banner()
        elif self.last_unlock is not None and detail is not None:
            record = self.last_unlock
            banner = (
                self.tr("The signed minutes were unlocked on %1 by %2: “%3”. Edits are logged.")
                .replace("%1", short_date(record.at.astimezone(VIETNAM).date()))
                .replace("%2", record.by)
                .replace("%3", record.reason)
            )
        elif not exists:
            banner = self.tr("The new visit is saved as soon as its unit is chosen.")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

    def _on_changes(self, changes: Changes) -> None:
        if self._own:
            return
        if self.visit_id is not None and self.visit_id in changes.ids:
            self.reload(full=True)
        elif changes.touches("unit", "plan", "team"):
            self._load_choices()

    # -- undo, keys and closing ---------------------------------------------------

    def undo(self) -> None:
        """Save what is being typed, then take back the last step."""
        self.flush()
        if self.workspace.undo_stack.canUndo():
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        if self.workspace.undo_stack.canRedo():
            self.workspace.undo_stack.redo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a text field takes back saved steps, not the field's own typing."""
        direction = is_undo_key(event)
        if direction and not self.workspace.readonly:
            if direction > 0:
                self.undo()
            else:
                self.redo()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.flush()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Closing saves pending edits; invalid ones are named and the user may stay."""
        self.flush()
        if self._invalid and not self.workspace.readonly:
            answer = QMessageBox.question(
                self,
                self.tr("Close the visit"),
                self.tr("Some changes are not valid and were not saved. Close anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._invalid.clear()
        self._reporter.detach()
        if self.visit_id is not None and _OPEN.get((id(self.workspace), self.visit_id)) is self:
            del _OPEN[(id(self.workspace), self.visit_id)]
        super().done(result)


def open_visit_editor(
    parent: QWidget | None, workspace: Workspace, visit_id: uuid.UUID | None
) -> VisitEditor:
    """Show the editor of a visit (a new visit when ``visit_id`` is None).

    A visit already open in an editor brings that editor forward instead of opening
    a second one.
    """
    editor = _OPEN.get((id(workspace), visit_id)) if visit_id is not None else None
    if editor is None:
        editor = VisitEditor(workspace, visit_id, parent)
    editor.show()
    if QGuiApplication.platformName() != "offscreen":
        editor.raise_()
        editor.activateWindow()
    return editor
