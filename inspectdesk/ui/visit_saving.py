"""How the visit editor saves: field by field as the user works, each save undoable.

:class:`VisitSaving` is mixed into :class:`~inspectdesk.ui.visit_editor.VisitEditor`:
it collects the fields being typed in, saves them :data:`SAVE_DELAY_MS` after the last
keystroke (at once for choices, and when a field is left), words refusals next to their
fields, and runs the writes of the record tabs (:meth:`VisitSaving.attempt`). Every
save becomes one step on the workspace's undo stack; undo and redo report their own
errors through :class:`_Reporter` instead of raising inside Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.errors import UserError
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed
from inspectdesk.services.visits import VisitDetail, VisitDraft, VisitService
from inspectdesk.ui.problems import changed_by, describe
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.visit_tabs import Binding, ConclusionTab, GeneralTab
from inspectdesk.ui.visit_widgets import ERROR_STYLE, show_problem
from inspectdesk.ui.workspace import Workspace

SAVE_DELAY_MS = 600
"""How long after the last keystroke a field is saved."""


class FieldCommand(ServiceCommand):
    """A saved change of some fields of one record: ``apply(values)`` puts values back.

    Commands with the same ``key`` that follow each other merge into one undo step
    (typing in one field, saved after each pause, is taken back at once).
    """

    MERGE_ID = 4711

    def __init__(
        self,
        text: str,
        apply: Callable[[dict[str, Any]], object],
        old: dict[str, Any],
        new: dict[str, Any],
        key: tuple[object, ...] | None = None,
    ) -> None:
        self._apply = apply
        self.old, self.new, self.key = old, new, key
        super().__init__(text, lambda: apply(self.new), lambda: apply(self.old))

    def id(self) -> int:
        return self.MERGE_ID if self.key is not None else -1

    def mergeWith(self, other: Any) -> bool:
        if not isinstance(other, FieldCommand) or other.key is None or other.key != self.key:
            return False
        self.new = dict(other.new)
        return True


def patcher(
    read: Callable[[uuid.UUID], tuple[Any, int]],
    write: Callable[[uuid.UUID, Any, int], object],
    row_id: uuid.UUID,
) -> Callable[[dict[str, Any]], None]:
    """``apply(values)``: read the record as it is now and write it back with ``values``.

    Undo and redo use it, so they change only the fields of their own step.
    """

    def apply(values: dict[str, Any]) -> None:
        draft, revision = read(row_id)
        write(row_id, replace(draft, **values), revision)

    return apply


def is_undo_key(event: QEvent) -> int:
    """+1 for the Undo keys, -1 for Redo, 0 for anything else."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return 0
    if event.matches(QKeySequence.StandardKey.Undo):
        return 1
    if event.matches(QKeySequence.StandardKey.Redo):
        return -1
    return 0


def _language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class _Reporter:
    """Where undo and redo report what they could not do: the editor while it is open."""

    def __init__(self) -> None:
        self.show: Callable[[str], None] | None = None

    def detach(self, *_args: object) -> None:
        self.show = None

    def guard(self, action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                action()
            except ValidationFailed as exc:
                self.report(" ".join(describe(p) for p in exc.problems))
            except UserError as exc:
                self.report(exc.describe(_language()))

        return run

    def report(self, text: str) -> None:
        if self.show is not None:
            self.show(text)
        else:
            QMessageBox.warning(QApplication.activeWindow(), "InspectDesk", text)


class VisitSaving:
    """The saving half of the visit editor (the editor supplies the attributes below)."""

    workspace: Workspace
    svc: VisitService
    visit_id: uuid.UUID | None
    detail: VisitDetail | None
    bindings: dict[str, Binding]
    general: GeneralTab
    conclusion: ConclusionTab
    status_line: QLabel
    visit_saved: Any
    _saved: VisitDraft
    _revision: int
    _pending: list[str]
    _invalid: set[str]
    _own: int
    _timer: QTimer
    _reporter: _Reporter
    _last_saved: str

    def reload(self, full: bool) -> None:
        raise NotImplementedError

    def _register(self) -> None:
        raise NotImplementedError

    def _load_teams(self, plan_id: uuid.UUID | None) -> None:
        raise NotImplementedError

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around the editor's own writes: their change notices need no reload."""
        self._own += 1
        try:
            yield
        finally:
            self._own -= 1

    def guard(self, action: Callable[[], object]) -> Callable[[], None]:
        """``action`` for an undo step: its errors are reported, not raised."""
        return self._reporter.guard(action)

    def attempt(self, action: Callable[[], Any], fields: Iterable[str] = ()) -> tuple[bool, Any]:
        """Run one of the editor's writes; a refusal is shown and gives ``(False, None)``."""
        try:
            with self.writing():
                return True, action()
        except ValidationFailed as exc:
            self._refused(exc.problems, set(fields))
        except UserError as exc:
            self.say(exc.describe(_language()), True)
            self.reload(full=True)
        return False, None

    def saved(self, command: Any) -> None:
        """After a write: the step goes on the undo stack, the tabs show the new state."""
        self.workspace.undo_stack.push(command)
        self.reload(full=False)
        self._last_saved = QCoreApplication.translate("VisitEditor", "Saved at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm")
        )
        self.say(self._last_saved)
        self.visit_saved.emit()

    def say(self, text: str, error: bool = False) -> None:
        """Show the save state (or a problem, in red) in the status line."""
        self.status_line.setText(text)
        self.status_line.setStyleSheet(ERROR_STYLE if error else "")

    def _refused(self, problems: list[FieldProblem], fields: set[str]) -> None:
        stale = next((p for p in problems if p.problem is Problem.STALE), None)
        if stale is not None:
            self._pending.clear()
            self.reload(full=True)
            who = changed_by(stale)
            self.say(
                QCoreApplication.translate(
                    "VisitEditor",
                    "Someone else changed this visit after it was opened here. The editor now"
                    " shows the saved values; make your change again.",
                )
                + (f" {who}" if who else ""),
                True,
            )
            return
        texts = []
        for problem in problems:
            text = describe(problem)
            if problem.field == "status":
                text = QCoreApplication.translate(
                    "VisitEditor",
                    "Record the actual start (General data tab) before marking the minutes"
                    " drafted.",
                )
                show_problem(self.conclusion.status_error, text)
            binding = self.bindings.get(problem.field)
            if binding is not None:
                show_problem(binding.error, text)
                self._invalid.add(problem.field)
            texts.append(text)
        self._invalid |= fields & self.bindings.keys()
        self.say(
            QCoreApplication.translate("VisitEditor", "Not saved: %1").replace(
                "%1", texts[0] if texts else ""
            ),
            True,
        )

    def _edited(self, name: str) -> None:
        if name not in self._pending:
            self._pending.append(name)
        self._timer.start()
        self.say(QCoreApplication.translate("VisitEditor", "Saving…"))

    def _committed(self, name: str) -> None:
        if name not in self._pending:
            self._pending.append(name)
        self.flush()

    def flush(self) -> None:
        """Save the fields edited since the last save, now."""
        self._timer.stop()
        names, self._pending = self._pending, []
        if not names:
            return
        if "plan_id" in names:
            self._load_teams(self.general.plan.current_id())
            if self.general.team.current_id() != self._saved.team_id:
                names.append("team_id")
        if self.visit_id is None:
            self._create()
        else:
            self._save_general(names)

    def _save_general(self, names: list[str]) -> None:
        typed = replace(self._saved, **{n: self.bindings[n].get() for n in names}).cleaned()
        values = {
            n: getattr(typed, n) for n in names if getattr(typed, n) != getattr(self._saved, n)
        }
        for name in set(names) - set(values):
            show_problem(self.bindings[name].error, None)
            self._invalid.discard(name)
        if not values:
            if not self._invalid:
                self.say(self._last_saved)
            return
        visit_id, old = self.visit_id, {n: getattr(self._saved, n) for n in values}
        assert visit_id is not None
        ok, _ = self.attempt(
            lambda: self.svc.update_general(
                visit_id, replace(self._saved, **values), self._revision
            ),
            values,
        )
        if not ok:
            return
        for name in values:
            show_problem(self.bindings[name].error, None)
            self._invalid.discard(name)
        apply = patcher(self.svc.general, self.svc.update_general, visit_id)
        guard = self.guard
        self.saved(
            FieldCommand(
                QCoreApplication.translate("VisitEditor", "Edit visit"),
                lambda v: guard(lambda: apply(v))(),
                old,
                values,
                ("visit", visit_id, tuple(sorted(values))),
            )
        )

    def _create(self) -> None:
        draft = replace(self._saved, **{n: b.get() for n, b in self.bindings.items()})
        if draft.unit_id is None:
            self.say(
                QCoreApplication.translate("VisitEditor", "Choose the unit to save the new visit.")
            )
            return
        ok, new_id = self.attempt(lambda: self.svc.create(draft), self.bindings)
        if not ok:
            return
        self.visit_id = new_id
        self._register()
        svc = self.svc
        self.saved(
            ServiceCommand(
                QCoreApplication.translate("VisitEditor", "New visit"),
                self.guard(lambda: svc.set_deleted([new_id], False)),
                self.guard(lambda: svc.set_deleted([new_id], True)),
            )
        )
        self.reload(full=True)

    def _status_chosen(self, status: VisitStatus) -> None:
        detail = self.detail
        if detail is None or status is detail.status:
            return
        self.flush()
        show_problem(self.conclusion.status_error, None)
        visit_id, old, svc = detail.id, detail.status, self.svc
        ok, _ = self.attempt(lambda: svc.set_status(visit_id, status, self._revision), ["status"])
        if not ok:
            self.conclusion.show_status(self.detail.status if self.detail else old)
            return
        guard = self.guard

        def apply(values: dict[str, Any]) -> None:
            svc.set_status(visit_id, values["status"], svc.general(visit_id)[1])

        self.saved(
            FieldCommand(
                QCoreApplication.translate("VisitEditor", "Change status"),
                lambda v: guard(lambda: apply(v))(),
                {"status": old},
                {"status": status},
            )
        )
