"""The checklist tab of the visit editor: a result and a note for each item of the plan's
checklist, and a failed item's note made into a finding in one step."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.enums import FindingKind, ItemResult
from inspectdesk.services.visits import (
    ChecklistEntry,
    FindingDraft,
    VisitDetail,
)
from inspectdesk.ui.field_undo import FieldCommand
from inspectdesk.ui.visit_models import ChecklistModel
from inspectdesk.ui.visit_record_tabs import (
    EditorHost,
    RecordTab,
    button_row,
    selected_rows,
    table,
)
from inspectdesk.ui.visit_widgets import ChoiceDelegate, word


class ChecklistTab(RecordTab):
    """The plan's checklist: a result and a note per item; a failed item's note → finding."""

    RESULT_BUTTONS = (ItemResult.PASS, ItemResult.FAIL, ItemResult.NOT_APPLICABLE, ItemResult.UNSET)

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = ChecklistModel(self._cell_edited, self)
        self.view = table(self.model, 1, {0: 48, 2: 120, 3: 260})
        results = ChoiceDelegate(lambda: [(word(r), r.value) for r in ItemResult], self.view)
        self.view.setItemDelegateForColumn(2, results)
        self.model.modelReset.connect(self._layout_rows)
        self.empty = QLabel(
            self.tr("The visit's plan pins no checklist: choose a plan on the General data tab.")
        )
        self.empty.setWordWrap(True)
        self.result_buttons: dict[ItemResult, QPushButton] = {}
        texts = {
            ItemResult.PASS: self.tr("&Pass"),
            ItemResult.FAIL: self.tr("&Fail"),
            ItemResult.NOT_APPLICABLE: self.tr("&Not applicable"),
            ItemResult.UNSET: self.tr("C&lear"),
        }
        for result in self.RESULT_BUTTONS:
            button = QPushButton(texts[result])
            button.clicked.connect(lambda _c=False, r=result: self.set_results(r))
            self.result_buttons[result] = button
        self.finding_button = QPushButton(self.tr("Make a finding from the n&ote"))
        self.finding_button.setToolTip(
            self.tr("Records the note of a failed item as a shortcoming of this visit.")
        )
        self.finding_button.clicked.connect(self.note_to_finding)
        self.edit_buttons = [*self.result_buttons.values(), self.finding_button]
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(*self.edit_buttons))
        layout.addWidget(self.empty)
        layout.addWidget(self.view)

    def _layout_rows(self) -> None:
        self.view.clearSpans()
        for row in self.model.section_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())

    def show_detail(self, detail: VisitDetail) -> None:
        self.model.set_entries(detail.checklist)
        self.model.editable = self.editable
        self.empty.setVisible(not detail.checklist)
        self.view.setVisible(bool(detail.checklist))
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._update_buttons()

    def current_entry(self) -> ChecklistEntry | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row if isinstance(row, ChecklistEntry) else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.finding_button.setEnabled(
            self.editable
            and entry is not None
            and entry.result is ItemResult.FAIL
            and bool(entry.note.strip())
        )

    def _cell_edited(self, entry: ChecklistEntry, field: str, value: Any) -> bool:
        old = getattr(entry, field)
        detail, svc = self.host.detail, self.host.svc
        if detail is None or value == old:
            return False
        visit_id, item_id = detail.id, entry.item_id
        ok, _ = self.host.attempt(lambda: svc.set_result(visit_id, item_id, **{field: value}))
        if ok:
            self.host.saved(
                FieldCommand(
                    self.tr("Record a checklist result"),
                    self.guarded(lambda v: svc.set_result(visit_id, item_id, **v)),
                    {field: old},
                    {field: value},
                    ("result", visit_id, item_id, field),
                )
            )
            self._update_buttons()
        return bool(ok)

    def set_results(self, result: ItemResult) -> None:
        detail, svc = self.host.detail, self.host.svc
        rows = [self.model.row_at(r) for r in selected_rows(self.view)]
        entries = [e for e in rows if isinstance(e, ChecklistEntry) and e.result is not result]
        if detail is None or not entries:
            return
        visit_id = detail.id

        def put(values: Sequence[tuple[uuid.UUID, ItemResult]]) -> None:
            for item_id, value in values:
                svc.set_result(visit_id, item_id, value)

        new = [(e.item_id, result) for e in entries]
        old = [(e.item_id, e.result) for e in entries]
        ok, _ = self.host.attempt(lambda: put(new))
        if ok:
            self.host.saved(
                self.command(
                    self.tr("Record checklist results"), lambda: put(new), lambda: put(old)
                )
            )
            self._update_buttons()

    def note_to_finding(self) -> None:
        entry, detail, svc = self.current_entry(), self.host.detail, self.host.svc
        if entry is None or detail is None or not entry.note.strip():
            return
        draft = FindingDraft(FindingKind.SHORTCOMING, entry.note, entry.item_id)
        ok, new_id = self.host.attempt(lambda: svc.add_finding(detail.id, draft))
        if ok:
            self.host.saved(
                self.command(
                    self.tr("Make a finding from a note"),
                    lambda: svc.set_finding_deleted(new_id, False),
                    lambda: svc.set_finding_deleted(new_id, True),
                )
            )
            self.host.say(self.tr("The note was recorded as a finding."))
