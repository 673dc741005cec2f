"""The recommendation dialog: where a kiến nghị stands, its remediation and its history.

Also home of small pieces the follow-up screens share: the problem label under a
field, date cells, column widths.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.errors import UserError
from inspectdesk.services.remediation import (
    RecommendationDetail,
    RemediationDraft,
    RemediationService,
    SavedChange,
)
from inspectdesk.services.validation import FieldProblem, ValidationFailed
from inspectdesk.text import format_short_date
from inspectdesk.ui.forms import OptionalDateEdit, show_user_error
from inspectdesk.ui.labels import label
from inspectdesk.ui.problems import describe
from inspectdesk.ui.row_model import Column, RowTableModel
from inspectdesk.ui.save_conflict_dialog import SavedRecord, save_or_settle
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace

ERROR_STYLE = "color: #b00020;"


def short_date(value: date | None) -> str:
    return format_short_date(value) if value else ""


def date_key(value: date | None) -> str:
    return value.isoformat() if value else ""


def clamp_columns(table: QTableView, limit: int = 380) -> None:
    """Narrow columns sized to long texts so that the other columns stay in view."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)


def error_label() -> QLabel:
    """A hidden red label that words a field's problem next to it."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    return error


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """``widget`` with its problem label under it, as one form cell."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    container = QWidget()
    container.setLayout(box)
    return container


class RecommendationDialog(QDialog):
    """Change a recommendation's remediation (status, done date, evidence, a note).

    ``today`` (default: the real today) is the day overdue is judged against and the
    date of a history step that is not a completion.
    """

    def __init__(
        self,
        workspace: Workspace,
        rec_id: uuid.UUID,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rec_id = rec_id
        self.today = today or date.today()
        self.saved: SavedChange | None = None
        self.service = RemediationService(workspace.db, workspace.bus)
        self.detail: RecommendationDetail = self.service.detail(rec_id)
        self.setWindowTitle(self.tr("Recommendation follow-up"))
        d = self.detail
        about = QFormLayout()
        text = QLabel(d.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        deadline = QLabel(short_date(d.deadline) or self.tr("(none)"))
        if d.overdue(self.today):
            deadline.setText(self.tr("%1 — overdue").replace("%1", short_date(d.deadline)))
            deadline.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.deadline_label = deadline
        about.addRow(self.tr("Unit:"), QLabel(d.unit))
        about.addRow(self.tr("Visit date:"), QLabel(short_date(d.visit_date)))
        about.addRow(self.tr("Recommendation:"), text)
        about.addRow(self.tr("Responsible:"), QLabel(d.responsible))
        about.addRow(self.tr("Deadline:"), deadline)

        self.status = QComboBox()
        for status in RemediationStatus:
            self.status.addItem(label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(d.state.status.value))
        self.done_on = OptionalDateEdit(d.state.done_on, clearable=True)
        self.evidence = QPlainTextEdit(d.state.evidence)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(64)
        self.evidence.setPlaceholderText(self.tr("e.g. Report no. 12/BC-UBND of the unit"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(52)
        self.note.setPlaceholderText(self.tr("What happened (added to the history)"))
        self._errors: dict[str, QLabel] = {}
        edit = QFormLayout()
        for key, caption, widget in (
            ("status", self.tr("&Status:"), self.status),
            ("done_on", self.tr("&Done on:"), self.done_on),
            ("evidence", self.tr("&Evidence:"), self.evidence),
            ("note", self.tr("History &note:"), self.note),
        ):
            self._errors[key] = error_label()
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            edit.addRow(caption_label, with_error(widget, self._errors[key]))
        box = QGroupBox(self.tr("Remediation"))
        box.setLayout(edit)

        self.history_model = RowTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda e: short_date(e.occurred_on),
                    lambda e: date_key(e.occurred_on),
                ),
                Column(self.tr("Status"), lambda e: label(e.status)),
                Column(self.tr("Note"), lambda e: e.note),
                Column(self.tr("Evidence"), lambda e: e.evidence),
            ],
            self,
        )
        self.history_model.set_rows(d.history)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.resizeColumnsToContents()
        self.history.setTabKeyNavigation(False)
        history_caption = QLabel(self.tr("&History (newest first):"))
        history_caption.setBuddy(self.history)

        self.general_error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(about)
        layout.addWidget(box)
        layout.addWidget(history_caption)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.resize(720, 620)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        if workspace.readonly:
            for widget in (self.status, self.done_on, self.evidence, self.note):
                widget.setEnabled(False)
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)
        self.status.setFocus()

    def current_status(self) -> RemediationStatus:
        return RemediationStatus(self.status.currentData())

    def _status_changed(self) -> None:
        done = self.current_status() is RemediationStatus.DONE
        self.done_on.setEnabled(done and not self.workspace.readonly)
        if done and self.done_on.value() is None:
            self.done_on.set_value(self.today)
        if not done:
            self.done_on.set_value(None)

    def draft(self) -> RemediationDraft:
        """What the form holds now."""
        return RemediationDraft(
            status=self.current_status(),
            done_on=self.done_on.value(),
            evidence=self.evidence.toPlainText(),
            note=self.note.toPlainText(),
        )

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for error in (*self._errors.values(), self.general_error):
            error.hide()
        for problem in problems:
            target = self._errors.get(problem.field, self.general_error)
            target.setText(describe(problem))
            target.show()

    def accept(self) -> None:
        """Save; stay open and show the problems when the draft cannot be saved."""
        d = self.detail
        original = RemediationDraft(d.state.status, d.state.done_on, d.state.evidence)
        record = SavedRecord(
            "recommendation",
            self.rec_id,
            d.text[:80],
            original,
            d.revision,
            _OnDay(self.service, self.today),
        )
        try:
            written = save_or_settle(self, self.workspace.db, record, self.draft())
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:  # the record went to the trash, the connection was lost…
            show_user_error(self, exc)
            return
        if written is None:  # someone saved it meanwhile; the user kept theirs
            self.reject()
            return
        saved: SavedChange = written.result
        self.saved = saved
        if saved.event_id is not None:
            service, rec_id, event_id = self.service, self.rec_id, saved.event_id
            self.workspace.undo_stack.push(
                ServiceCommand(
                    self.tr("Update remediation of a recommendation of “%1”").replace(
                        "%1", self.detail.unit
                    ),
                    redo=lambda: service.restore_state(rec_id, saved.after, event_id, True),
                    undo=lambda: service.restore_state(rec_id, saved.before, event_id, False),
                )
            )
        super().accept()


class _OnDay:
    """The remediation service as an editor's draft service, its history dated ``today``."""

    def __init__(self, service: RemediationService, today: date) -> None:
        self.service, self.today = service, today

    def draft(self, rec_id: uuid.UUID) -> tuple[RemediationDraft, int]:
        return self.service.draft(rec_id)

    def update(self, rec_id: uuid.UUID, draft: RemediationDraft, revision: int) -> SavedChange:
        return self.service.update(rec_id, draft, revision, today=self.today)
