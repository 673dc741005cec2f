"""The lead editor: a form over a :class:`LeadDraft`, saved through the lead service.

Also the words for lead sources and statuses, and a unit combo searched ignoring tones.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import LeadSource, LeadStatus
from inspectdesk.errors import UserError
from inspectdesk.services.leads import LeadDraft, LeadService
from inspectdesk.services.units import Choice
from inspectdesk.services.validation import FieldProblem, ValidationFailed
from inspectdesk.text import fold
from inspectdesk.ui.forms import OptionalDateEdit, show_user_error
from inspectdesk.ui.problems import describe
from inspectdesk.ui.recommendation_dialog import error_label, with_error
from inspectdesk.ui.save_conflict_dialog import SavedRecord, save_or_settle
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace

# Words for the lead codes (context "labels", like inspectdesk.ui.labels).
_SOURCE_WORDS: dict[LeadSource, object] = {
    LeadSource.PRESS: QT_TRANSLATE_NOOP("labels", "Press"),
    LeadSource.HOTLINE: QT_TRANSLATE_NOOP("labels", "Hotline"),
    LeadSource.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    LeadSource.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
    LeadSource.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
_STATUS_WORDS: dict[LeadStatus, object] = {
    LeadStatus.NEW: QT_TRANSLATE_NOOP("labels", "Newly received"),
    LeadStatus.VERIFYING: QT_TRANSLATE_NOOP("labels", "Being verified"),
    LeadStatus.VISIT_PLANNED: QT_TRANSLATE_NOOP("labels", "Inspection planned"),
    LeadStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Concluded"),
}

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10


def lead_source_label(source: LeadSource) -> str:
    """The user's word for where a lead came from (Báo chí, Đường dây nóng…)."""
    return QCoreApplication.translate("labels", str(_SOURCE_WORDS.get(source, source.value)))


def lead_status_label(status: LeadStatus) -> str:
    """The user's word for how far a lead got (Mới tiếp nhận, Đang xác minh…)."""
    return QCoreApplication.translate("labels", str(_STATUS_WORDS.get(status, status.value)))


class UnitSearchCombo(QComboBox):
    """A unit chooser: type part of a name, with or without tones, and pick from the list.

    The first item is "none". :meth:`chosen` tells a picked unit from text that names
    no unit (``unknown``).
    """

    def __init__(
        self, choices: list[Choice], none_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem(none_text, None)
        self.setItemData(0, "", FOLD_ROLE)
        for choice in choices:
            self.addItem(choice.name, str(choice.id))
            self.setItemData(self.count() - 1, fold(choice.name), FOLD_ROLE)
        self.setCompleter(None)  # type: ignore[arg-type]  # None removes the default one
        self.search = QCompleter(self)
        self.search.setModel(self.model())
        self.search.setCompletionRole(FOLD_ROLE)
        self.search.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.search.setMaxVisibleItems(12)
        line = self.lineEdit()
        assert line is not None
        self.search.setWidget(line)
        line.setPlaceholderText(self.tr("Type to search, e.g. “vinh yen”"))
        line.textEdited.connect(self._search)
        line.editingFinished.connect(self._settle)
        self.search.activated[QModelIndex].connect(self._picked)  # type: ignore[index]

    def _search(self, text: str) -> None:
        key = fold(text)
        if not key:
            return
        self.search.setCompletionPrefix(key)
        self.search.complete()

    def _picked(self, index: QModelIndex) -> None:
        found = self.findData(index.data(Qt.ItemDataRole.UserRole))
        if found >= 0:
            self.setCurrentIndex(found)
            self.setEditText(self.itemText(found))

    def _settle(self) -> None:
        """When typing stops: empty text means none; the only unit with every word is taken."""
        key = fold(self.currentText())
        if not key:
            self.setCurrentIndex(0)
            return
        if key == fold(self.itemText(self.currentIndex())):
            return
        words = key.split()
        hits = [
            i
            for i in range(1, self.count())
            if all(word in str(self.itemData(i, FOLD_ROLE)) for word in words)
        ]
        exact = [i for i in hits if str(self.itemData(i, FOLD_ROLE)) == key]
        pick = exact or hits
        if len(pick) == 1:
            self.setCurrentIndex(pick[0])
            self.setEditText(self.itemText(pick[0]))

    def set_unit(self, unit_id: uuid.UUID | None) -> None:
        index = self.findData(str(unit_id)) if unit_id else 0
        self.setCurrentIndex(max(index, 0))

    def unknown(self) -> bool:
        """Whether the text typed names no unit of the list."""
        text = self.currentText().strip()
        return bool(text) and text != self.itemText(self.currentIndex())

    def chosen(self) -> uuid.UUID | None:
        """The picked unit; None for "none" or for text that names no unit."""
        if self.unknown():
            return None
        value = self.currentData()
        return uuid.UUID(value) if value else None


class LeadDialog(QDialog):
    """Create or edit one lead. ``lead_id`` None means a new lead (received today)."""

    def __init__(
        self,
        workspace: Workspace,
        lead_id: uuid.UUID | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.lead_id = lead_id
        self.saved_id: uuid.UUID | None = None
        self.service = LeadService(workspace.db, workspace.bus)
        if lead_id is None:
            self.setWindowTitle(self.tr("New citizen report"))
            self.original, self.revision = LeadDraft(received_on=date.today()), 0
        else:
            self.setWindowTitle(self.tr("Edit citizen report"))
            self.original, self.revision = self.service.draft(lead_id)
        d = self.original
        self.received_on = OptionalDateEdit(d.received_on, clearable=True)
        self.source = QComboBox()
        for source in LeadSource:
            self.source.addItem(lead_source_label(source), source.value)
        self.source.setCurrentIndex(self.source.findData(d.source.value))
        self.source_detail = QLineEdit(d.source_detail)
        self.source_detail.setPlaceholderText(self.tr("e.g. Hotline 1022, newspaper name, sender"))
        self.summary = QPlainTextEdit(d.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.unit = UnitSearchCombo(self.service.units(), self.tr("(no unit)"))
        self.unit.set_unit(d.unit_id)
        self.status = QComboBox()
        for status in LeadStatus:
            self.status.addItem(lead_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(d.status.value))
        self.note = QPlainTextEdit(d.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self._fields: list[QWidget] = []
        for key, caption, widget in (
            ("received_on", self.tr("&Received on:"), self.received_on),
            ("source", self.tr("S&ource:"), self.source),
            ("source_detail", self.tr("Source &detail:"), self.source_detail),
            ("summary", self.tr("&Summary:"), self.summary),
            ("unit_id", self.tr("&Unit concerned:"), self.unit),
            ("status", self.tr("S&tatus:"), self.status),
            ("note", self.tr("&Note:"), self.note),
        ):
            self._errors[key] = error_label()
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            form.addRow(caption_label, with_error(widget, self._errors[key]))
            self._fields.append(widget)
        self.general_error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        if workspace.readonly:
            for field in self._fields:
                field.setEnabled(False)
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)
        self.received_on.setFocus()

    def draft(self) -> LeadDraft:
        """What the form holds now."""
        return LeadDraft(
            received_on=self.received_on.value(),
            source=LeadSource(self.source.currentData()),
            source_detail=self.source_detail.text(),
            summary=self.summary.toPlainText(),
            unit_id=self.unit.chosen(),
            status=LeadStatus(self.status.currentData()),
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
        if self.unit.unknown():
            self.show_problems([])
            self._errors["unit_id"].setText(
                self.tr("Choose the unit from the list, or clear the field.")
            )
            self._errors["unit_id"].show()
            return
        draft, service = self.draft(), self.service
        try:
            if self.lead_id is None:
                new_id = service.create(draft)
                self.saved_id = new_id
                self.workspace.undo_stack.push(
                    ServiceCommand(
                        self.tr("Add citizen report"),
                        redo=lambda: service.set_deleted([new_id], False),
                        undo=lambda: service.set_deleted([new_id], True),
                    )
                )
            else:
                lead_id = self.lead_id
                record = SavedRecord(
                    "lead",
                    lead_id,
                    self.original.summary[:80],
                    self.original,
                    self.revision,
                    service,
                )
                saved = save_or_settle(self, self.workspace.db, record, draft)
                if saved is None:  # someone saved it meanwhile; the user kept theirs
                    self.reject()
                    return
                before, after = saved.before, saved.after
                self.saved_id = lead_id
                self.workspace.undo_stack.push(
                    ServiceCommand(
                        self.tr("Edit citizen report"),
                        redo=lambda: service.update(lead_id, after, service.draft(lead_id)[1]),
                        undo=lambda: service.update(lead_id, before, service.draft(lead_id)[1]),
                    )
                )
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:  # the record went to the trash, the connection was lost…
            show_user_error(self, exc)
            return
        super().accept()
