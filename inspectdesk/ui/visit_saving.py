"""How the visit editor saves: field by field as the user works, each save undoable.

:class:`VisitSaving` is mixed into :class:`~inspectdesk.ui.visit_editor.VisitEditor`:
it collects the fields being typed in, saves them :data:`SAVE_DELAY_MS` after the last
keystroke (at once for choices, and when a field is left), words refusals next to their
fields, and runs the writes of the record tabs (:meth:`VisitSaving.attempt`). Every
save becomes one step on the workspace's undo stack; undo and redo report their own
errors through :class:`Reporter` instead of raising inside Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtWidgets import QLabel

from inspectdesk.domain.enums import VisitStatus
from inspectdesk.errors import UserError
from inspectdesk.services.validation import FieldProblem, ValidationFailed
from inspectdesk.services.visits import VisitDetail, VisitDraft, VisitService
from inspectdesk.ui import save_conflict_dialog
from inspectdesk.ui.field_undo import FieldCommand, Reporter, language, patcher
from inspectdesk.ui.problems import changed_by, describe
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.visit_tabs import Binding, ConclusionTab, GeneralTab
from inspectdesk.ui.visit_widgets import ERROR_STYLE, show_problem
from inspectdesk.ui.workspace import Workspace

SAVE_DELAY_MS = 600
"""How long after the last keystroke a field is saved."""


class _GeneralDrafts:
    """The visit service's general fields as an editor's draft service."""

    def __init__(self, svc: VisitService) -> None:
        self.svc = svc

    def draft(self, visit_id: uuid.UUID) -> tuple[VisitDraft, int]:
        return self.svc.general(visit_id)

    def update(self, visit_id: uuid.UUID, draft: VisitDraft, revision: int) -> int:
        return self.svc.update_general(visit_id, draft, revision)


@dataclass(frozen=True, slots=True)
class _Merged:
    """A save made after settling a refusal: the fields' values before and after."""

    old: dict[str, Any]
    new: dict[str, Any]
    who: str
    revision: int


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
    _reporter: Reporter
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

    def attempt(
        self,
        action: Callable[[], Any],
        fields: Iterable[str] = (),
        on_stale: Callable[[FieldProblem], tuple[bool, Any]] | None = None,
    ) -> tuple[bool, Any]:
        """Run one of the editor's writes; a refusal is shown and gives ``(False, None)``.

        ``on_stale`` settles a refusal because someone else saved the record meanwhile
        (instead of reloading) and gives what ``attempt`` returns. When the server cannot
        be reached the typed fields stay as they are and are saved with the next edit
        (no retry loop: each try waits for the connection timeout).
        """
        try:
            with self.writing():
                return True, action()
        except ValidationFailed as exc:
            stale = save_conflict_dialog.stale_problem(exc.problems)
            if stale is not None and on_stale is not None:
                return on_stale(stale)
            self._refused(exc.problems, set(fields))
        except UserError as exc:
            self.say(exc.describe(language()), True)
            if exc.transient:  # the server is away: keep what was typed, saved next time
                self._pending.extend(n for n in fields if n in self.bindings)
                self._pending[:] = list(dict.fromkeys(self._pending))
            else:
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
        stale = save_conflict_dialog.stale_problem(problems)
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
        ok, merged = self.attempt(
            lambda: self.svc.update_general(
                visit_id, replace(self._saved, **values), self._revision
            ),
            values,
            on_stale=lambda problem: self._merge_refused(visit_id, values, problem),
        )
        if not ok:
            return
        for name in values:
            show_problem(self.bindings[name].error, None)
            self._invalid.discard(name)
        if isinstance(merged, _Merged):
            old, values = merged.old, merged.new
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
        if isinstance(merged, _Merged):
            self.reload(full=True)  # their changes to the other fields, in the form
            self.say(
                QCoreApplication.translate(
                    "VisitEditor",
                    "Saved together with the changes made meanwhile by someone else.",
                )
                + (f" {merged.who}" if merged.who else "")
            )

    def _merge_refused(
        self, visit_id: uuid.UUID, values: dict[str, Any], problem: FieldProblem
    ) -> tuple[bool, Any]:
        """My save was refused because someone saved the visit meanwhile: keep both
        sides' changes, asking only about the fields we both changed (``on_stale``)."""
        label = self.detail.unit_name if self.detail is not None else ""
        record = save_conflict_dialog.SavedRecord(
            "visit", visit_id, label, self._saved, self._revision, _GeneralDrafts(self.svc)
        )
        who = changed_by(problem)
        settled = save_conflict_dialog.settle(
            self.status_line.window(), self.workspace.db, record, values, problem
        )
        if settled is None:
            self._pending.clear()
            self.reload(full=True)
            self.say(
                QCoreApplication.translate(
                    "VisitEditor",
                    "Your changes were discarded; the editor shows the saved values.",
                )
                + (f" {who}" if who else "")
            )
            return False, None
        theirs, revision, chosen = settled
        if not chosen:  # their values taken everywhere: nothing of mine to write
            self.reload(full=True)
            self.say(self._last_saved)
            return False, None
        return self.attempt(
            lambda: _Merged(
                {n: getattr(theirs, n) for n in chosen},
                chosen,
                who,
                self.svc.update_general(visit_id, replace(theirs, **chosen), revision),
            ),
            chosen,
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
