"""The one way to run long work off the UI thread.

::

    def work(progress: Progress) -> int:  # runs in a worker thread
        for n, row in enumerate(rows):
            progress.check()  # raises Cancelled once cancelled
            progress.report(n, len(rows), text)
        return len(rows)

    run_in_background(self, title, work, on_done=self._exported)

**Never touch a widget inside the work function.** It runs in another thread: it may
read the database through a service, compute and write files, and talk to the UI only
through its :class:`Progress`. Everything that changes widgets belongs in ``on_done`` /
``on_error``, which run on the UI thread once the work is over.

A progress dialog (with a Cancel button) appears only if the work takes longer than
:data:`DIALOG_DELAY_MS`, so quick work never flashes one. A
:class:`~inspectdesk.errors.UserError` raised by the work is shown as a message box
with its sentence; anything else is a bug and gets the crash dialog
(:func:`show_crash`). Cancelled work delivers nothing: neither ``on_done`` nor
``on_error`` is called, whatever it returned or raised.

Tests switch to synchronous mode (:func:`synchronous`): the work then runs at once in the
calling thread, with the same delivery rules.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from inspectdesk.errors import UserError

T = TypeVar("T")

DIALOG_DELAY_MS = 500
"""Work that ends sooner than this never shows its progress dialog."""

_REPORT_INTERVAL_S = 0.05
"""Progress reports closer together than this are merged (the last one always passes)."""

_synchronous = False
_pool: QThreadPool | None = None
_running: set[Task] = set()


class Cancelled(Exception):
    """Raised by :meth:`Progress.check` in work that was cancelled."""


def set_synchronous(on: bool) -> None:
    """Run work at once in the calling thread (``True``, for tests and scripts) or not."""
    global _synchronous
    _synchronous = on


@contextmanager
def synchronous() -> Iterator[None]:
    """Run all work started inside this block synchronously."""
    before = _synchronous
    set_synchronous(True)
    try:
        yield
    finally:
        set_synchronous(before)


def pool() -> QThreadPool:
    """The thread pool that background work runs in."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


def cancel_all() -> None:
    """Cancel every piece of work still running (closing the file or the window)."""
    for task in list(_running):
        task.cancel()


def wait_for_all(msecs: int = 10_000) -> bool:
    """Wait until no background work is running (for tests and quitting); True if none."""
    return _pool is None or _pool.waitForDone(msecs)


class _Signals(QObject):
    """What a worker thread sends back; queued to the UI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Progress:
    """The work function's only line to the UI: report progress, notice cancellation.

    Safe to use from the worker thread. Reports are throttled so a tight loop may call
    :meth:`report` for every row.
    """

    def __init__(self, signals: _Signals | None = None) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        """True once the user (or the code that started the work) cancelled it."""
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """Same as :attr:`cancelled`, as a callable (a ``should_stop`` for services)."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; its result will be dropped."""
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the work was cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the UI how far the work got (``total`` 0 when unknown)."""
        now = time.monotonic()
        if done < total and now - self._last_report < _REPORT_INTERVAL_S:
            return
        self._last_report = now
        if self._signals is not None:
            self._signals.progressed.emit(int(done), int(total), message)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self._work = work
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # every failure goes back to the UI
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """One piece of background work, as the UI thread sees it.

    Signals (on the UI thread): ``progressed(done, total, message)`` while it runs,
    then ``ended()`` once, after ``on_done`` / ``on_error`` ran or the result was dropped.
    """

    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(
        self,
        parent_widget: QWidget | None,
        title: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        show_progress: bool,
    ) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._has_parent = parent_widget is not None
        self._title = title
        self._on_done = on_done
        self._on_error = on_error
        self._cancellable = cancellable
        self._show_progress = show_progress
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self.dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        self._running = True
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)
        self._timer: QTimer | None = None  # made only for work that may show a dialog

    @property
    def running(self) -> bool:
        """True until the work has ended (whether done, failed or cancelled)."""
        return self._running

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    def cancel(self) -> None:
        """Ask the work to stop and drop whatever it delivers."""
        self.progress.cancel()
        self._close_dialog()

    def _start(self, work: Callable[[Progress], Any]) -> None:
        _running.add(self)
        if _synchronous:
            try:
                result = work(self.progress)
            except BaseException as exc:  # delivered like a threaded failure
                self._failed(exc)
            else:
                self._finished(result)
            return
        if self._show_progress:
            self._timer = QTimer(self, singleShot=True, interval=DIALOG_DELAY_MS)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start()
        pool().start(_Runnable(work, self.progress, self._signals))

    def _parent_alive(self) -> bool:
        return not self._has_parent or Shiboken.isValid(self._parent_widget)

    def _show_dialog(self) -> None:
        if not self._running or self.cancelled or not self._parent_alive():
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._title)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # Cancel, or wait
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("worker", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self._update_dialog(*self._last)
        dialog.show()

    def _update_dialog(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        if message:
            self.dialog.setLabelText(message)
        if total > 0:
            scale = max(1, total // 1_000_000 + 1)  # QProgressDialog counts in int32
            self.dialog.setRange(0, total // scale)
            self.dialog.setValue(min(done, total) // scale)
        else:
            self.dialog.setRange(0, 0)

    def _close_dialog(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            if Shiboken.isValid(dialog):
                if self._cancellable:  # closing emits canceled(): not a cancellation here
                    dialog.canceled.disconnect(self.cancel)
                dialog.close()
                dialog.deleteLater()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, message: str) -> None:
        self._last = (done, total, message)
        self._update_dialog(done, total, message)
        self.progressed.emit(done, total, message)

    def _end(self) -> bool:
        """Close up; True when the result should be delivered."""
        self._running = False
        self._close_dialog()
        _running.discard(self)
        return not self.cancelled and self._parent_alive()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        if self._end():
            self._on_done(result)
        self.ended.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if self._end() and not isinstance(exc, Cancelled):
            if self._on_error is not None:
                self._on_error(exc)
            elif not self._show_progress:
                show_background_error(self._parent_widget, self._title, exc)
            else:
                show_error(self._parent_widget, self._title, exc)
        self.ended.emit()


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    *,
    show_progress: bool = True,
) -> Task:
    """Run ``work(progress)`` in a worker thread and deliver its result on the UI thread.

    **Never touch a widget inside ``work``**: it runs in another thread. Read and
    compute there; change widgets in ``on_done`` / ``on_error``.

    Args:
        parent: the widget the progress dialog and messages belong to. If it is
            destroyed before the work ends, nothing is delivered.
        title: what the work is doing, shown in the progress dialog (translated).
        work: the function to run; it reports through and checks its :class:`Progress`.
        on_done: called on the UI thread with the work's result.
        on_error: called on the UI thread with the exception the work raised; by
            default a :class:`UserError` is shown in a message box and anything else in
            the crash dialog.
        cancellable: whether the progress dialog has a Cancel button.
        show_progress: False for quiet work that never shows a dialog (a page of rows).

    Returns:
        The :class:`Task`, to cancel it or wait for its ``ended`` signal.
    """
    task = Task(parent, title, on_done, on_error, cancellable, show_progress)
    task._start(work)
    return task


LOST_MESSAGE_MS = 60_000
"""How long a lost connection stays in the status bar (the screens retry every minute)."""


def show_in_status_bar(parent: QWidget | None, exc: UserError) -> None:
    """Say ``exc`` in the status bar of ``parent``'s main window (else in a message box).

    Quiet work — a screen re-reading its rows on its own — meets a passing problem (a lost
    server connection, :attr:`UserError.transient`) each time it retries; a message box
    each minute would stand in the user's way.
    """
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(exc.describe(), LOST_MESSAGE_MS)
    else:
        show_error(parent, "", exc)


def show_background_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The error of quiet work the user did not start (a screen re-reading its rows): a
    passing problem (:attr:`UserError.transient`) in the status bar, else as
    :func:`show_error`."""
    if isinstance(exc, UserError) and exc.transient:
        show_in_status_bar(parent, exc)
    else:
        show_error(parent, title, exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Show a user error as one sentence, and anything else as a crash."""
    if isinstance(exc, UserError):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("worker", "InspectDesk"), exc.describe()
        )
    else:
        show_crash(parent, exc)


def crash_details(exc: BaseException) -> str:
    """The text a user copies into a bug report: the exception and where it happened."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user something went wrong that is not their fault, with details to copy."""
    CrashDialog(exc, parent).exec()


class CrashDialog(QDialog):
    """ "Something went wrong": one sentence, the details to copy, and Close."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = crash_details(exc)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32)
        )
        message = QLabel(
            self.tr(
                "Something went wrong that InspectDesk did not expect. Your data is safe."
                " Please copy the details below and send them to whoever supports InspectDesk."
            )
        )
        message.setWordWrap(True)
        self.text = QPlainTextEdit(self.details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
