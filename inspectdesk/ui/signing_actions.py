"""The actions on a visit's signed minutes, shared by the visit editor and the lists.

:class:`SigningActions` holds four actions — mark as signed, attach the signed copy,
open it, unlock — for whichever visit its owner says is current. Marking signed is
one step on the undo stack (taking it back is a logged unlock); an unlock asks for
its reason and is not undone. Storing and writing out a scan (up to 50 MB) runs in
the background.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inspectdesk.errors import NotFound, UserError
from inspectdesk.paths import data_dir
from inspectdesk.services.signing import (
    UNDO_SIGN_REASON,
    SignedCopyInfo,
    SigningService,
    SigningState,
)
from inspectdesk.services.signing_rules import check_scan_file
from inspectdesk.ui.forms import show_user_error, user_language
from inspectdesk.ui.signing_dialogs import SignDialog, UnlockDialog, choose_scan
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.worker import Progress, Task, run_in_background, show_crash
from inspectdesk.ui.workspace import Workspace

SCANS_FOLDER = "signed copies"
"""The folder of the app's data where opened scans are written out."""


def safe_stem(text: str) -> str:
    """``text`` made fit for a file name on every system."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", text).strip(" .-")
    return cleaned[:80] or "scan"


def opened_copy_path(info: SignedCopyInfo, name: str) -> Path:
    """Where a scan is written out to be opened (its digest keeps versions apart)."""
    return data_dir() / SCANS_FOLDER / f"{safe_stem(name)}-{info.sha256[:8]}{info.suffix}"


class SigningActions(QObject):
    """Mark as signed, attach the signed copy, open it, unlock: for the current visit.

    Args:
        owner: The widget the actions, dialogs and messages belong to.
        workspace: Gives the open file (None: no file).
        visit: Gives the visit the actions work on (None: no visit).
    """

    done = Signal()
    """An action changed the file (the owner may show the new state)."""

    def __init__(
        self,
        owner: QWidget,
        workspace: Callable[[], Workspace | None],
        visit: Callable[[], uuid.UUID | None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self._workspace = workspace
        self._visit = visit
        self.today: Callable[[], date] = date.today
        self.state: SigningState | None = None
        self.task: Task | None = None
        self.sign_action = self._action(self.tr("Mark as s&igned…"), self.sign, "Ctrl+Shift+K")
        self.attach_action = self._action(
            self.tr("Attac&h signed copy…"), self.attach, "Ctrl+Shift+A"
        )
        self.open_action = self._action(
            self.tr("Open signed cop&y"), self.open_copy, "Ctrl+Shift+O"
        )
        self.unlock_action = self._action(self.tr("Un&lock…"), self.unlock, "Ctrl+Shift+U")
        self.refresh()

    def _action(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        action = QAction(text, self.owner)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.owner.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        """The four actions, in menu order."""
        return [self.sign_action, self.attach_action, self.open_action, self.unlock_action]

    @staticmethod
    def _guard(action: Callable[[], object]) -> Callable[[], None]:
        """``action`` for an undo step: a refusal is shown, not raised (the owner may be gone)."""

        def run() -> None:
            try:
                action()
            except UserError as exc:
                QMessageBox.warning(
                    QApplication.activeWindow(), "InspectDesk", exc.describe(user_language())
                )

        return run

    def _service(self, ws: Workspace) -> SigningService:
        return SigningService(ws.db, ws.bus, today=self.today)

    def refresh(self) -> SigningState | None:
        """Read the current visit's signing state and enable the actions that apply."""
        ws, visit_id = self._workspace(), self._visit()
        state = None
        if ws is not None and visit_id is not None:
            try:
                state = self._service(ws).state(visit_id)
            except NotFound:
                state = None
        self.state = state
        writable = ws is not None and not ws.readonly
        self.sign_action.setEnabled(bool(state and writable and state.can_sign))
        self.attach_action.setEnabled(bool(state and writable and state.signed))
        # On a server only a leader (or the database's owner) may unlock; the server
        # refuses anyone else, so the action is not offered to them.
        may_unlock = ws is not None and ws.db.facts.get("role", "owner") in ("owner", "leader")
        self.unlock_action.setEnabled(bool(state and writable and state.signed and may_unlock))
        self.unlock_action.setToolTip(
            "" if may_unlock else self.tr("Only a leader may unlock signed minutes")
        )
        self.open_action.setEnabled(bool(state and state.scan))
        return state

    def heading(self, state: SigningState) -> str:
        """ "Minutes 05/BB-ĐKT — UBND …", naming what the dialogs act on."""
        text = self.tr("Minutes %1").replace("%1", state.minutes_number or "—")
        return f"{text} — {state.unit_name}" if state.unit_name else text

    def _folder(self, ws: Workspace) -> Path:
        return ws.path.parent if ws.path else Path.home()

    def _current(self) -> tuple[Workspace, SigningState] | None:
        ws, state = self._workspace(), self.refresh()
        return (ws, state) if ws is not None and state is not None else None

    # -- the actions ---------------------------------------------------------------

    def sign(self) -> None:
        """Ask for the date and scan, then mark the minutes signed (one undo step)."""
        current = self._current()
        if current is None or not self.sign_action.isEnabled():
            return
        ws, state = current
        dialog = SignDialog(
            self.heading(state), self.today(), state.visit_day, self._folder(ws), self.owner
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, scan = dialog.values()
        svc, visit_id, revision = self._service(ws), state.visit_id, state.revision

        def work(_progress: Progress) -> int:
            return svc.sign(visit_id, day, scan, revision)

        def again() -> None:
            svc.sign(visit_id, day, None, svc.state(visit_id).revision)

        def back() -> None:
            svc.unlock(visit_id, UNDO_SIGN_REASON, svc.state(visit_id).revision)

        def finished(_revision: int) -> None:
            text = self.tr("Mark minutes as signed")
            ws.undo_stack.push(ServiceCommand(text, self._guard(again), self._guard(back)))
            self._finished()

        self.task = run_in_background(
            self.owner, self.tr("Marking the minutes signed"), work, finished, self._failed
        )

    def attach(self) -> None:
        """Ask for the scanned signed copy and store it (replacing the older one)."""
        current = self._current()
        if current is None or not self.attach_action.isEnabled():
            return
        ws, state = current
        chosen = choose_scan(self.owner, self._folder(ws))
        if chosen is None:
            return
        try:
            check_scan_file(chosen)
        except UserError as exc:
            show_user_error(self.owner, exc)
            return
        if state.scan is not None:
            answer = QMessageBox.question(
                self.owner,
                self.tr("Attach signed copy"),
                self.tr("The minutes already have a signed copy (%1). Replace it with %2?")
                .replace("%1", state.scan.file_name)
                .replace("%2", chosen.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        svc, visit_id = self._service(ws), state.visit_id

        def work(_progress: Progress) -> SignedCopyInfo:
            return svc.attach_scan(visit_id, chosen)

        self.task = run_in_background(
            self.owner,
            self.tr("Attaching the signed copy"),
            work,
            lambda _info: self._finished(),
            self._failed,
        )

    def open_copy(self) -> None:
        """Write the scan out to the app's data folder and open it in its program."""
        current = self._current()
        if current is None or current[1].scan is None:
            return
        ws, state = current
        info = state.scan
        assert info is not None
        target = opened_copy_path(info, state.minutes_number or state.unit_name)
        svc, visit_id = self._service(ws), state.visit_id

        def work(_progress: Progress) -> Path:
            if not (target.is_file() and target.stat().st_size == info.size):
                target.parent.mkdir(parents=True, exist_ok=True)
                svc.export_scan(visit_id, target)
            return target

        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.task = run_in_background(
            self.owner, self.tr("Opening the signed copy"), work, opened, self._failed
        )

    def unlock(self) -> None:
        """Ask for the reason, then unlock the signed minutes (recorded, not undone)."""
        current = self._current()
        if current is None or not self.unlock_action.isEnabled():
            return
        ws, state = current
        dialog = UnlockDialog(self.heading(state), self.owner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._service(ws).unlock(state.visit_id, dialog.reason_text(), state.revision)
        except UserError as exc:
            self._failed(exc)
            return
        self._finished()

    def _finished(self) -> None:
        self.refresh()
        self.done.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_user_error(self.owner, exc)
            self.refresh()
        else:
            show_crash(self.owner, exc)
