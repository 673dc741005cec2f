"""Small dialogs of the visit editor: an attendee, a finding, a recommendation.

Each edits a draft and hands it to a ``save`` callable when OK is pressed; when the
service refuses it (:class:`ValidationFailed`), the problems are shown next to their
fields and the dialog stays open, so nothing half-valid is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import AttendeeSide, FindingKind, RemediationStatus, TeamRole
from inspectdesk.errors import UserError
from inspectdesk.services.validation import FieldProblem, ValidationFailed
from inspectdesk.services.visits import (
    AttendeeDraft,
    ChecklistEntry,
    FindingDraft,
    FindingRow,
    PersonChoice,
    RecommendationDraft,
    RemediationEventRow,
)
from inspectdesk.text import format_short_date
from inspectdesk.ui.labels import label
from inspectdesk.ui.problems import describe
from inspectdesk.ui.visit_widgets import (
    ERROR_STYLE,
    OptionalDateTime,
    SearchCombo,
    error_label,
    show_problem,
    with_error,
    word,
)

_D = TypeVar("_D")


def _short(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def code_combo(
    codes: Sequence[StrEnum], words: Callable[[Any], str], current: StrEnum
) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(words(code), code.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def text_box(text: str, height: int = 72) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class _DraftDialog(QDialog, Generic[_D]):
    """A form of labelled rows with problem labels, OK and Cancel."""

    def __init__(self, save: Callable[[_D], object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def add_row(self, key: str, text: str, widget: QWidget) -> None:
        error = error_label()
        self._errors[key] = error
        caption = QLabel(text)
        caption.setBuddy(widget)
        self.form.addRow(caption, with_error(widget, error))

    def draft(self) -> _D:
        raise NotImplementedError

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        for error in self._errors.values():
            show_problem(error, None)
        general = []
        for problem in problems:
            target = self._errors.get(problem.field)
            if target is not None:
                show_problem(target, describe(problem))
            else:
                general.append(describe(problem))
        show_problem(self.general_error, " ".join(general) or None)

    def accept(self) -> None:
        try:
            self._save(self.draft())
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:
            show_problem(self.general_error, exc.describe())
            return
        super().accept()


class VisitAttendeeDialog(_DraftDialog[AttendeeDraft]):
    """Seat someone: on the team's side, for the inspected unit, or among the others."""

    def __init__(
        self,
        save: Callable[[AttendeeDraft], object],
        people: Sequence[PersonChoice],
        side: AttendeeSide = AttendeeSide.UNIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Add attendee"))
        self._people = {p.id: p for p in people}
        self.side = code_combo(list(AttendeeSide), word, side)
        self.person = SearchCombo(self.tr("(type a name below)"))
        self.person.set_choices([(p.id, f"{p.full_name} — {p.job_title}") for p in people])
        self.person.setEnabled(bool(people))
        self.full_name = QLineEdit()
        self.job_title = QLineEdit()
        self.role = code_combo(list(TeamRole), word, TeamRole.MEMBER)
        self.present = QCheckBox(self.tr("&Present"))
        self.present.setChecked(True)
        self.add_row("side", self.tr("&Side:"), self.side)
        self.add_row("person_id", self.tr("From the &unit's people:"), self.person)
        self.add_row("full_name", self.tr("Full &name:"), self.full_name)
        self.add_row("job_title", self.tr("&Job title:"), self.job_title)
        self.add_row("team_role", self.tr("&Role on the team:"), self.role)
        self.form.addRow("", self.present)
        self.person.chosen.connect(self._person_chosen)
        self.side.currentIndexChanged.connect(self._side_changed)
        self._side_changed()

    def _person_chosen(self, person_id: object) -> None:
        person = self._people.get(person_id) if isinstance(person_id, uuid.UUID) else None
        if person is not None:
            self.full_name.setText(person.full_name)
            self.job_title.setText(person.job_title)

    def _side_changed(self) -> None:
        self.role.setEnabled(self.side.currentData() == AttendeeSide.TEAM.value)

    def draft(self) -> AttendeeDraft:
        side = AttendeeSide(self.side.currentData())
        chosen = self.person.current_id()
        person = self._people.get(chosen) if chosen is not None else None
        name = self.full_name.text()
        same = person is not None and " ".join(name.split()) == person.full_name
        return AttendeeDraft(
            side=side,
            full_name=name,
            job_title=self.job_title.text(),
            team_role=TeamRole(self.role.currentData()) if side is AttendeeSide.TEAM else None,
            person_id=person.id if same and person else None,
            present=self.present.isChecked(),
        )


class VisitFindingDialog(_DraftDialog[FindingDraft]):
    """Add or change a finding: its kind, checklist item, text and cause."""

    def __init__(
        self,
        save: Callable[[FindingDraft], object],
        entries: Sequence[ChecklistEntry],
        draft: FindingDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        d = draft or FindingDraft(FindingKind.SHORTCOMING, "")
        self._base = d
        self.setWindowTitle(self.tr("Add finding") if draft is None else self.tr("Edit finding"))
        self.kind = code_combo(list(FindingKind), label, d.kind)
        self.item = SearchCombo(self.tr("(no checklist item)"))
        self.item.set_choices([(e.item_id, _short(f"{e.code} {e.text}")) for e in entries])
        self.item.set_current_id(d.item_id)
        self.text = text_box(d.text, 96)
        self.cause = text_box(d.cause)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("item_id", self.tr("Checklist &item:"), self.item)
        self.add_row("text", self.tr("&Finding:"), self.text)
        self.add_row("cause", self.tr("&Cause:"), self.cause)
        self.resize(680, self.sizeHint().height())

    def draft(self) -> FindingDraft:
        return FindingDraft(
            kind=FindingKind(self.kind.currentData()),
            text=self.text.toPlainText(),
            item_id=self.item.current_id(),
            cause=self.cause.toPlainText(),
            responsible_person_id=self._base.responsible_person_id,
        )


class VisitRecommendationDialog(_DraftDialog[RecommendationDraft]):
    """Add or change a recommendation: what, who, by when, how far its remediation got."""

    def __init__(
        self,
        save: Callable[[RecommendationDraft], object],
        findings: Sequence[FindingRow],
        draft: RecommendationDraft | None = None,
        history: Sequence[RemediationEventRow] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        d = draft or RecommendationDraft("")
        self.setWindowTitle(
            self.tr("Add recommendation") if draft is None else self.tr("Edit recommendation")
        )
        self.text = text_box(d.text, 80)
        self.responsible = QLineEdit(d.responsible)
        self.responsible.setPlaceholderText(
            self.tr("e.g. Chairman of the commune People's Committee")
        )
        self.deadline = OptionalDateTime()
        self.deadline.set_value(d.deadline)
        self.status = code_combo(list(RemediationStatus), label, d.status)
        self.done_on = OptionalDateTime()
        self.done_on.set_value(d.done_on)
        self.done_on.setToolTip(self.tr("Left empty, today's date is recorded."))
        self.evidence = text_box(d.evidence, 56)
        self.finding = SearchCombo(self.tr("(no finding)"))
        self.finding.set_choices([(f.id, _short(f"{label(f.kind)}: {f.text}")) for f in findings])
        self.finding.set_current_id(d.finding_id)
        self.add_row("text", self.tr("&Recommendation:"), self.text)
        self.add_row("responsible", self.tr("Res&ponsible:"), self.responsible)
        self.add_row("deadline", self.tr("&Deadline:"), self.deadline)
        self.add_row("status", self.tr("&Status:"), self.status)
        self.add_row("done_on", self.tr("Fi&xed on:"), self.done_on)
        self.add_row("evidence", self.tr("&Evidence:"), self.evidence)
        self.add_row("finding_id", self.tr("For the f&inding:"), self.finding)
        if history:
            lines = [
                self.tr("%1: %2")
                .replace("%1", format_short_date(e.occurred_on))
                .replace("%2", label(e.status))
                for e in history
            ]
            steps = QLabel("\n".join(lines))
            steps.setWordWrap(True)
            self.form.addRow(self.tr("History:"), steps)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(680, self.sizeHint().height())

    def _status_changed(self) -> None:
        self.done_on.setEnabled(self.status.currentData() == RemediationStatus.DONE.value)

    def draft(self) -> RecommendationDraft:
        status = RemediationStatus(self.status.currentData())
        done: date | None = self.done_on.date_value() if status is RemediationStatus.DONE else None
        return RecommendationDraft(
            text=self.text.toPlainText(),
            responsible=self.responsible.text(),
            deadline=self.deadline.date_value(),
            status=status,
            finding_id=self.finding.current_id(),
            done_on=done,
            evidence=self.evidence.toPlainText(),
        )
