"""Saving a working copy to its shared file: after each burst of edits, and on close.

:class:`SharedFileSaver` belongs to the workspace of a file opened through a working
copy (see :mod:`inspectdesk.ui.shared_file`). A few seconds after the last change of a
burst it saves the copy to the share in the background, without a dialog; before the
file closes it saves under a wait cursor. Someone else's change to the shared file is
never overwritten: the user is offered a merge. A share that cannot be written leaves
the working copy in place, with a message the first time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from inspectdesk.errors import FileBusy, UserError
from inspectdesk.services.changes import Changes
from inspectdesk.services.maintenance import save_copy
from inspectdesk.services.merge import MergeReport, merge_into
from inspectdesk.services.merge_plan import syncable_table_names
from inspectdesk.services.working_copy import SharedFileChanged, WorkingCopy
from inspectdesk.ui.forms import user_language
from inspectdesk.ui.shared_file import (
    CANCEL,
    KEEP_COPY,
    KEEP_WORKING,
    MERGE,
    NEW_FILE,
    RETRY,
    SUFFIX,
    ask_about_shared_change,
    ask_after_failure,
    describe_failure,
    same_path,
    save_to_share,
    wait_cursor,
)
from inspectdesk.ui.worker import Progress, Task, run_in_background, show_crash

if TYPE_CHECKING:
    from inspectdesk.ui.workspace import Workspace

SAVE_BACK_DELAY_MS = 5000
"""How long after the last change of a burst the working copy is saved to the share."""


class SharedFileSaver(QObject):
    """Saves a workspace's working copy to its shared file: after each burst of edits
    (quietly, in the background) and before the file closes (with the user's say)."""

    status_changed = Signal()
    notice = Signal(str)  # a sentence for the status bar

    def __init__(self, workspace: Workspace, copy: WorkingCopy) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.copy = copy
        parent = workspace.parent()
        self.widget = parent if isinstance(parent, QWidget) else None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_in_background)
        self._io = threading.Lock()  # one save (or merge) of the copy at a time
        self._task: Task | None = None
        self._changes = 0  # edits notified so far
        self._saved_through = 0  # edits notified before the last successful save began
        self._closed = False
        self._told = ""  # the problem already shown in a message (never nag)
        self.opened_at = datetime.now()
        self.saved_at: datetime | None = None
        self.problem = ""  # why the last save failed ("" when it did not)
        self.conflict = False  # someone else changed the shared file; not merged yet
        self.kept_as: Path | None = None  # where the user saved their version instead
        workspace.changed.connect(self._changed)  # queued when published from a worker

    # -- state ---------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """Whether edits were made since the last save to the share began."""
        return self._changes != self._saved_through

    def status_text(self) -> str:
        """What the status bar says about the working copy."""
        if self.conflict:
            return self.tr("Working copy — not saved: someone else changed the file")
        if self.problem:
            return self.tr("Working copy — could not save to the share")
        if self.unsaved:
            return self.tr("Working copy — unsaved changes")
        if self.saved_at is not None:
            return self.tr("Working copy — saved to the share at %1").replace(
                "%1", self.saved_at.strftime("%H:%M")
            )
        return self.tr("Working copy — opened from the share at %1").replace(
            "%1", self.opened_at.strftime("%H:%M")
        )

    def status_tip(self) -> str:
        """The status bar's tooltip: how the working copy works, and any problem."""
        tip = self.tr(
            "The file is on a network drive or USB stick. Your changes go to a working copy "
            "on this computer (%1), which is saved to the shared file a few seconds after "
            "each change and when you close the file."
        ).replace("%1", str(self.copy.local))
        return f"{tip}\n\n{self.problem}" if self.problem else tip

    def _changed(self, _changes: Changes) -> None:
        self._changes += 1
        self.timer.start(SAVE_BACK_DELAY_MS)
        self.status_changed.emit()

    def _force(self) -> int:
        """Make the next save copy the file whatever the copy's fingerprint says.

        An edit committed while a save was running may already count as saved though the
        shared file lacks it (the fingerprint is read after the copy); every notified
        edit is therefore followed by a full save. Returns the edits it covers.
        """
        if self.unsaved:
            self.copy.saved = ""
        return self._changes

    def _busy(self) -> bool:
        return self._task is not None and self._task.running

    # -- after each burst of edits ---------------------------------------------------------

    def save_in_background(self) -> Task | None:
        """Save the working copy to the share now, quietly (None if a save is under way)."""
        if self._closed:
            return None
        if self._busy():
            self.timer.start(SAVE_BACK_DELAY_MS)
            return None
        started = self._force()
        copy, io = self.copy, self._io

        def work(_progress: Progress) -> bool:
            with io:
                return save_to_share(copy)

        self._task = run_in_background(
            self.widget,
            self.tr("Saving to the shared file"),
            work,
            lambda _saved: self._saved(started),
            self._failed,
            cancellable=False,
            show_progress=False,
        )
        self.status_changed.emit()
        return self._task

    def _saved(self, started: int) -> None:
        if self._closed:
            return
        self._saved_through = started
        self.saved_at = datetime.now()
        self.problem = self._told = ""
        self.conflict = False
        self.status_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if isinstance(exc, FileBusy):  # someone is reading or writing it: a little later
            self.timer.start(SAVE_BACK_DELAY_MS)
            return
        if isinstance(exc, SharedFileChanged):
            if not self.conflict:  # asked once; "keep working" waits for the close
                self.conflict = True
                self.timer.stop()  # no save may start while the user decides
                self.status_changed.emit()
                choice = ask_about_shared_change(
                    self.widget, self.copy.shared, (MERGE, KEEP_WORKING)
                )
                if choice == MERGE:
                    self.merge_in_background()
            return
        if not isinstance(exc, UserError):
            show_crash(self.widget, exc)
        self.problem = describe_failure(exc)
        self.status_changed.emit()
        if self.problem != self._told:
            self._told = self.problem
            text = self.tr("Your changes could not be saved to “%1”.").replace(
                "%1", self.copy.shared.name
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Could not save to the share"),
                f"{text}\n\n{self.problem}",
                QMessageBox.StandardButton.Ok,
                self.widget,
            )
            box.setInformativeText(
                self.tr(
                    "They are safe in a working copy on this computer. InspectDesk tries "
                    "again after your next change and when you close the file."
                )
            )
            box.exec()
            box.deleteLater()

    def merge_in_background(self) -> Task | None:
        """Merge the shared file into the working copy, then save the result to the share."""
        if self._closed or self._busy():
            return None
        db, copy, io = self.workspace.db, self.copy, self._io
        started = self._changes
        message = self.tr("Merging the changes made to “%1”…").replace("%1", copy.shared.name)

        def work(progress: Progress) -> MergeReport:
            progress.report(0, 0, message)
            with io:
                report = merge_into(db, copy.shared)
                copy.accept_shared()
                save_to_share(copy)
            return report

        self._task = run_in_background(
            self.widget,
            self.tr("Merging their changes"),
            work,
            lambda report: self._merged(report, started),
            self._merge_failed,
            cancellable=False,
        )
        return self._task

    def _merged(self, report: MergeReport, started: int) -> None:
        if self._closed:
            return
        self._saved(started)
        self.workspace.undo_stack.clear()  # the steps before the merge no longer apply
        self.workspace.bus.publish(syncable_table_names())
        text = self.tr("Their changes were merged into yours and saved to the share.")
        if report.conflicts:
            text += " " + self.tr(
                "Where you both changed the same thing (%n place(s)), your version was kept.",
                "",
                len(report.conflicts),
            )
        self.notice.emit(text)

    def _merge_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SharedFileChanged):  # changed yet again meanwhile: ask again
            self.conflict = False
        self._failed(exc)

    # -- on close ----------------------------------------------------------------------------

    def save_before_close(self) -> bool:
        """Save to the share before the file closes; False if the user keeps it open.

        True also when the user chose to close with their changes kept in the working
        copy, or saved as a new file (:attr:`kept_as`).
        """
        self.timer.stop()
        action: Callable[[], None] = self._save_now
        while True:
            error = self._attempt(action)
            if error is None:
                return True
            action = self._save_now
            if isinstance(error, SharedFileChanged):
                choice = ask_about_shared_change(
                    self.widget, self.copy.shared, (MERGE, NEW_FILE, CANCEL)
                )
                if choice == MERGE:
                    action = self._merge_now
                    continue
            else:
                if not isinstance(error, UserError):
                    show_crash(self.widget, error)
                choice = ask_after_failure(self.widget, self.copy.shared, error)
                if choice == RETRY:
                    continue
                if choice == KEEP_COPY:
                    return True
            if choice != NEW_FILE:
                return False
            if self.save_as_new_file():
                return True

    def _attempt(self, action: Callable[[], None]) -> Exception | None:
        try:
            with wait_cursor(), self._io:
                action()
        except Exception as exc:  # every failure is put to the user
            return exc
        return None

    def _save_now(self) -> None:
        started = self._force()
        save_to_share(self.copy)
        self._saved(started)

    def _merge_now(self) -> None:
        merge_into(self.workspace.db, self.copy.shared)
        self.copy.accept_shared()
        self._save_now()

    def save_as_new_file(self) -> bool:
        """Ask for a new file and save the working copy there (never over the shared file)."""
        title = self.tr("Save my version as a new file")
        shared = self.copy.shared
        folder = shared.parent if shared.parent.is_dir() else Path.home()
        suggested = folder / (self.tr("%1 (my version)").replace("%1", shared.stem) + SUFFIX)
        while True:
            name, _ = QFileDialog.getSaveFileName(
                self.widget, title, str(suggested), f"InspectDesk (*{SUFFIX})"
            )
            if not name:
                return False
            target = Path(name) if name.lower().endswith(SUFFIX) else Path(name + SUFFIX)
            if same_path(target, shared):
                QMessageBox.warning(
                    self.widget,
                    title,
                    self.tr(
                        "Choose another name: the shared file itself is not replaced, so "
                        "that the other person's changes are kept."
                    ),
                )
                continue
            try:
                with wait_cursor(), self._io:
                    save_copy(self.workspace.db, target)
            except UserError as exc:
                QMessageBox.warning(self.widget, title, exc.describe(user_language()))
                continue
            self.kept_as = target
            return True

    def stop(self) -> None:
        """No more saves (the file is closing); waits for one under way to end."""
        if not self._closed:
            self.workspace.changed.disconnect(self._changed)
        self._closed = True
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()
        with self._io:
            pass

    def may_discard(self) -> bool:
        """Whether the working copy may go: saved to the share, or saved as a new file."""
        return self.kept_as is not None or not self.copy.has_unsaved_changes()
