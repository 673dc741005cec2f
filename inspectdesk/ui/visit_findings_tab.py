"""The findings tab of the visit editor: findings, and the recommendations made from them,
each added, changed or deleted through a small dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.visits import (
    FindingDraft,
    FindingRow,
    RecommendationDraft,
    RecommendationRow,
    VisitDetail,
)
from inspectdesk.ui.field_undo import FieldCommand, patcher
from inspectdesk.ui.visit_dialogs import VisitFindingDialog, VisitRecommendationDialog
from inspectdesk.ui.visit_models import FindingModel, RecommendationModel
from inspectdesk.ui.visit_record_tabs import (
    EditorHost,
    RecordTab,
    button_row,
    marking,
    selected_rows,
    table,
)


class FindingsTab(RecordTab):
    """Findings and the recommendations made from them."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.findings = FindingModel(None, self)
        self.finding_view = table(self.findings, 2, {0: 130, 1: 56, 3: 280})
        self.recommendations = RecommendationModel(None, self)
        self.recommendation_view = table(self.recommendations, 0, {1: 240, 2: 90, 3: 130, 4: 120})
        for view in (self.finding_view, self.recommendation_view):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_finding_button = QPushButton(self.tr("&Add finding…"))
        self.edit_finding_button = QPushButton(self.tr("&Edit…"))
        self.delete_finding_button = QPushButton(self.tr("&Delete"))
        self.add_rec_button = QPushButton(self.tr("Add &recommendation…"))
        self.edit_rec_button = QPushButton(self.tr("Ed&it…"))
        self.delete_rec_button = QPushButton(self.tr("De&lete"))
        self.edit_buttons = [
            self.add_finding_button,
            self.edit_finding_button,
            self.delete_finding_button,
            self.add_rec_button,
            self.edit_rec_button,
            self.delete_rec_button,
        ]
        self.add_finding_button.clicked.connect(lambda: self.edit_finding(None))
        self.edit_finding_button.clicked.connect(lambda: self.edit_finding(self._current_finding()))
        self.delete_finding_button.clicked.connect(self.delete_findings)
        self.add_rec_button.clicked.connect(lambda: self.edit_recommendation(None))
        self.edit_rec_button.clicked.connect(
            lambda: self.edit_recommendation(self._current_recommendation())
        )
        self.delete_rec_button.clicked.connect(self.delete_recommendations)
        self.finding_view.doubleClicked.connect(self._finding_double_clicked)
        self.recommendation_view.doubleClicked.connect(self._recommendation_double_clicked)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, view, buttons in (
            (self.tr("Findings"), self.finding_view, self.edit_buttons[:3]),
            (self.tr("Recommendations"), self.recommendation_view, self.edit_buttons[3:]),
        ):
            group = QGroupBox(title)
            box = QVBoxLayout(group)
            box.addLayout(button_row(*buttons))
            box.addWidget(view)
            splitter.addWidget(group)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_detail(self, detail: VisitDetail) -> None:
        self.findings.set_rows(detail.findings)
        self.recommendations.set_rows(detail.recommendations)

    def _finding_double_clicked(self) -> None:
        if self.editable:
            self.edit_finding(self._current_finding())

    def _recommendation_double_clicked(self) -> None:
        if self.editable:
            self.edit_recommendation(self._current_recommendation())

    def _current_finding(self) -> FindingRow | None:
        rows = selected_rows(self.finding_view)
        return self.findings.row_at(rows[0]) if rows else None

    def _current_recommendation(self) -> RecommendationRow | None:
        rows = selected_rows(self.recommendation_view)
        return self.recommendations.row_at(rows[0]) if rows else None

    def edit_finding(self, row: FindingRow | None) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return

        def save(draft: FindingDraft) -> None:
            with self.host.writing():
                if row is None:
                    new_id = svc.add_finding(detail.id, draft)
                else:
                    svc.update_finding(row.id, draft, row.revision)
            if row is None:
                self.host.saved(
                    self.command(
                        self.tr("Add finding"),
                        lambda: svc.set_finding_deleted(new_id, False),
                        lambda: svc.set_finding_deleted(new_id, True),
                    )
                )
                return
            apply = patcher(svc.finding_draft, svc.update_finding, row.id)
            old, new = asdict(row.draft()), asdict(draft.cleaned())
            self.host.saved(FieldCommand(self.tr("Edit finding"), self.guarded(apply), old, new))

        draft = row.draft() if row is not None else None
        VisitFindingDialog(save, detail.checklist, draft, self).exec()

    def delete_findings(self) -> None:
        ids = [self.findings.row_at(r).id for r in selected_rows(self.finding_view)]
        self._delete(ids, self.host.svc.set_finding_deleted, self.tr("Delete findings"))

    def edit_recommendation(self, row: RecommendationRow | None) -> None:
        detail, svc = self.host.detail, self.host.svc
        if detail is None:
            return

        def save(draft: RecommendationDraft) -> None:
            with self.host.writing():
                if row is None:
                    new_id = svc.add_recommendation(detail.id, draft)
                else:
                    svc.update_recommendation(row.id, draft, row.revision)
            if row is None:
                self.host.saved(
                    self.command(
                        self.tr("Add recommendation"),
                        lambda: svc.set_recommendation_deleted(new_id, False),
                        lambda: svc.set_recommendation_deleted(new_id, True),
                    )
                )
                return
            apply = patcher(svc.recommendation_draft, svc.update_recommendation, row.id)
            old, new = asdict(row.draft()), asdict(draft.cleaned())
            self.host.saved(
                FieldCommand(
                    self.tr("Edit recommendation"),
                    self.guarded(apply),
                    old,
                    new,
                )
            )

        history = svc.remediation_history(row.id) if row is not None else []
        draft = row.draft() if row is not None else None
        dialog = VisitRecommendationDialog(save, detail.findings, draft, history, self)
        current = self._current_finding()
        if row is None and current is not None:
            dialog.finding.set_current_id(current.id)
        dialog.exec()

    def delete_recommendations(self) -> None:
        ids = [self.recommendations.row_at(r).id for r in selected_rows(self.recommendation_view)]
        svc = self.host.svc
        self._delete(ids, svc.set_recommendation_deleted, self.tr("Delete recommendations"))

    def _delete(
        self, ids: list[uuid.UUID], mark: Callable[[uuid.UUID, bool], None], text: str
    ) -> None:
        if not ids:
            return
        delete, restore = marking(mark, ids, True), marking(mark, ids, False)
        ok, _ = self.host.attempt(delete)
        if ok:
            self.host.saved(self.command(text, delete, restore))
