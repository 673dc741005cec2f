"""Remediation follow-up, documents and leads screens on the demo file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import DocumentType, LeadSource, LeadStatus, RemediationStatus
from inspectdesk.services.files import open_file
from inspectdesk.services.leads import list_leads
from inspectdesk.services.register_list import list_documents
from inspectdesk.services.remediation import (
    RecommendationFilter,
    RecommendationRow,
    RemediationService,
    list_recommendations,
)
from inspectdesk.text import matches
from inspectdesk.ui import worker
from inspectdesk.ui.labels import label
from inspectdesk.ui.lead_dialog import LeadDialog, lead_source_label, lead_status_label
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.pages.documents_page import DocumentsPage, document_type_label
from inspectdesk.ui.pages.leads_page import LeadsPage
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pages.remediation_page import OVERDUE_COLOR, RemediationPage
from inspectdesk.ui.recommendation_dialog import RecommendationDialog
from inspectdesk.ui.row_model import ID_ROLE
from inspectdesk.ui.workspace import Workspace

P = TypeVar("P", bound=Page)

DEMO_TODAY = date(2026, 11, 20)  # the day the demo file was built for (tests/ui/conftest.py)


def _open(qtbot: QtBot, ws: Workspace, page: P) -> P:
    qtbot.addWidget(page)
    ws.changed.connect(page.on_changes)
    page.attach(ws)
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def remediation(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[RemediationPage]:
    """The follow-up page, its rows read synchronously (as the old list read them)."""
    with worker.synchronous():
        page = RemediationPage()
        page.today = DEMO_TODAY
        yield _open(qtbot, demo_workspace, page)


@pytest.fixture
def documents(qtbot: QtBot, demo_workspace: Workspace) -> DocumentsPage:
    return _open(qtbot, demo_workspace, DocumentsPage())


@pytest.fixture
def leads(qtbot: QtBot, demo_workspace: Workspace) -> LeadsPage:
    return _open(qtbot, demo_workspace, LeadsPage())


def column(page: ListPage, c: int) -> list[str]:
    """The cells of one column, as shown."""
    return [page.proxy.index(r, c).data() for r in range(page.proxy.rowCount())]


# Column numbers of the screens.
REM_UNIT, REM_STATUS = 0, 4
DOC_NUMBER, DOC_TYPE = 0, 1
LEAD_SOURCE, LEAD_SUMMARY, LEAD_UNIT, LEAD_STATUS, LEAD_VISIT = 1, 2, 3, 4, 5


def settle(qtbot: QtBot, page: ListPage, rows: int) -> None:
    qtbot.waitUntil(lambda: page.proxy.rowCount() == rows, timeout=3000)


def rem_rows(page: RemediationPage) -> list[RecommendationRow]:
    """Every row the follow-up page shows (its pages read as needed)."""
    return [page.model.row_at(r) for r in range(page.model.rowCount())]


def rem_column(page: RemediationPage, c: int) -> list[str]:
    """The cells of one column of the follow-up page, as shown."""
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def rem_settle(qtbot: QtBot, page: RemediationPage, rows: int) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=3000)


# -- remediation ------------------------------------------------------------------------------


def test_remediation_lists_the_demo_recommendations(
    remediation: RemediationPage, demo_workspace: Workspace, qtmodeltester: Any
) -> None:
    every = list_recommendations(demo_workspace.db, today=DEMO_TODAY)
    assert len(every) > 20
    assert remediation.model.rowCount() == len(every)
    assert rem_rows(remediation) == every  # in the list's own order
    overdue = sum(r.overdue for r in every)
    assert overdue > 0
    assert str(len(every)) in remediation.count.text()
    assert str(overdue) in remediation.count.text()
    assert remediation.plan_filter.count() == 1 + len(RemediationService(demo_workspace.db).plans())
    qtmodeltester.check(remediation.model)


def test_overdue_only_shows_overdue_rows_marked_red(
    remediation: RemediationPage, demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: Any
) -> None:
    expected = list_recommendations(
        demo_workspace.db, RecommendationFilter(overdue_only=True), today=DEMO_TODAY
    )
    remediation.overdue_only.setChecked(True)
    rem_settle(qtbot, remediation, len(expected))
    assert rem_rows(remediation) == expected
    model = remediation.model
    for row in range(model.rowCount()):
        data = model.row_at(row)
        assert data.deadline is not None and data.deadline < DEMO_TODAY
        assert data.status is not RemediationStatus.DONE
        deadline = model.index(row, RemediationPage.DEADLINE_COLUMN)
        assert deadline.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
        assert isinstance(deadline.data(Qt.ItemDataRole.DecorationRole), QIcon)
        flag = model.index(row, RemediationPage.OVERDUE_COLUMN)
        assert flag.data() and isinstance(flag.data(Qt.ItemDataRole.ForegroundRole), QColor)
    qtmodeltester.check(model)
    # A row that is not overdue is not marked.
    remediation.overdue_only.setChecked(False)
    remediation.status_filter.setCurrentIndex(
        remediation.status_filter.findData(RemediationStatus.DONE.value)
    )
    qtbot.waitUntil(lambda: all(not r.overdue for r in rem_rows(remediation)), timeout=3000)
    first = remediation.model.index(0, RemediationPage.DEADLINE_COLUMN)
    assert first.data(Qt.ItemDataRole.ForegroundRole) is None
    assert first.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_overdue_judgement_follows_the_page_today(
    remediation: RemediationPage, qtbot: QtBot
) -> None:
    remediation.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: all(r.overdue for r in rem_rows(remediation)), timeout=3000)
    assert remediation.model.rowCount() > 0
    remediation.today = date(2021, 1, 1)  # before every deadline of the demo
    remediation.refresh()
    assert remediation.model.rowCount() == 0


def test_status_plan_deadline_and_search_filters(
    remediation: RemediationPage, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    def expect(**kwargs: Any) -> list[RecommendationRow]:
        rows = list_recommendations(
            demo_workspace.db, RecommendationFilter(**kwargs), today=DEMO_TODAY
        )
        assert 0 < len(rows) < len(everything)
        return rows

    def shows(rows: list[RecommendationRow]) -> None:
        qtbot.waitUntil(lambda: rem_rows(remediation) == rows, timeout=3000)

    everything = list_recommendations(demo_workspace.db, today=DEMO_TODAY)
    status = RemediationStatus.IN_PROGRESS
    remediation.status_filter.setCurrentIndex(remediation.status_filter.findData(status.value))
    shows(expect(status=status))
    assert set(rem_column(remediation, REM_STATUS)) == {label(status)}
    remediation.status_filter.setCurrentIndex(0)
    plan = RemediationService(demo_workspace.db).plans()[0]
    remediation.plan_filter.setCurrentIndex(remediation.plan_filter.findData(str(plan.id)))
    shows(expect(plan_id=plan.id))
    assert {r.plan_id for r in rem_rows(remediation)} == {plan.id}
    remediation.plan_filter.setCurrentIndex(0)
    start, end = date(2026, 1, 1), date(2026, 11, 19)
    remediation.deadline_from.set_value(start)
    remediation.deadline_to.set_value(end)
    shows(expect(deadline_from=start, deadline_to=end))
    assert all(r.deadline and start <= r.deadline <= end for r in rem_rows(remediation))
    remediation.deadline_from.set_value(None)
    remediation.deadline_to.set_value(None)
    remediation.filter.setText("so y te")
    shows(expect(search="so y te"))
    assert "Sở Y tế" in rem_column(remediation, REM_UNIT)
    assert all(matches("so y te", f"{r.unit} {r.text}") for r in rem_rows(remediation))


def test_enter_opens_the_recommendation_dialog(
    remediation: RemediationPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[RecommendationDialog] = []

    def fake_exec(dialog: RecommendationDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(RecommendationDialog, "exec", fake_exec)
    remediation.table.setFocus()
    remediation.table.setCurrentIndex(remediation.model.index(2, 0))
    QTest.keyClick(remediation.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert str(opened[0].rec_id) == remediation.current_id()
    assert opened[0].today == DEMO_TODAY
    rect = remediation.table.visualRect(remediation.model.index(0, 0))
    assert remediation.menu_actions(rect.center()) == [
        remediation.open_action,
        remediation.reinspect_action,
        remediation.answers_action,
    ]
    below = QPoint(5, -5)  # outside the rows
    assert remediation.menu_actions(below) == [remediation.answers_action]


def test_the_dialog_marks_done_adds_history_and_undo_takes_it_back(
    remediation: RemediationPage, demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: Any
) -> None:
    overdue = len(
        list_recommendations(
            demo_workspace.db, RecommendationFilter(overdue_only=True), today=DEMO_TODAY
        )
    )
    remediation.overdue_only.setChecked(True)
    rem_settle(qtbot, remediation, overdue)
    rec_id = uuid.UUID(remediation.model.index(0, 0).data(ID_ROLE))
    dialog = RecommendationDialog(demo_workspace, rec_id, today=DEMO_TODAY, parent=remediation)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.history_model)
    before = len(dialog.detail.history)
    assert dialog.detail.overdue(DEMO_TODAY)
    assert not dialog.done_on.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(RemediationStatus.DONE.value))
    assert dialog.done_on.isEnabled() and dialog.done_on.value() == DEMO_TODAY
    dialog.done_on.set_value(date(2026, 11, 18))
    dialog.evidence.setPlainText("Báo cáo số 45/BC-UBND ngày 18/11/2026")
    dialog.note.setPlainText("Đơn vị đã khắc phục xong")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    service = RemediationService(demo_workspace.db)
    detail = service.detail(rec_id)
    assert len(detail.history) == before + 1
    newest = detail.history[0]
    assert (newest.status, newest.occurred_on) == (RemediationStatus.DONE, date(2026, 11, 18))
    assert newest.note == "Đơn vị đã khắc phục xong"
    rem_settle(qtbot, remediation, overdue - 1)
    demo_workspace.undo_stack.undo()
    assert len(service.detail(rec_id).history) == before
    assert service.detail(rec_id).state.status is not RemediationStatus.DONE
    rem_settle(qtbot, remediation, overdue)
    demo_workspace.undo_stack.redo()
    assert service.detail(rec_id).state.status is RemediationStatus.DONE
    rem_settle(qtbot, remediation, overdue - 1)


def test_done_without_a_date_is_refused_next_to_the_field(
    remediation: RemediationPage, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    rec_id = uuid.UUID(remediation.model.index(0, 0).data(ID_ROLE))
    dialog = RecommendationDialog(demo_workspace, rec_id, today=DEMO_TODAY, parent=remediation)
    qtbot.addWidget(dialog)
    dialog.show()
    history = len(dialog.detail.history)
    dialog.status.setCurrentIndex(dialog.status.findData(RemediationStatus.DONE.value))
    dialog.done_on.set_value(None)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["done_on"].isVisible() and dialog._errors["done_on"].text()
    if not dialog.detail.state.evidence:  # done also needs what shows it was done
        assert dialog._errors["evidence"].isVisible()
    detail = RemediationService(demo_workspace.db).detail(rec_id)
    assert len(detail.history) == history and detail.revision == dialog.detail.revision
    assert demo_workspace.undo_stack.count() == 0


# -- documents --------------------------------------------------------------------------------


def test_documents_list_the_register_with_type_and_year_filters(
    documents: DocumentsPage, demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: Any
) -> None:
    every = list_documents(demo_workspace.db)
    assert documents.proxy.rowCount() == len(every) > 0
    assert str(len(every)) in documents.count.text()
    assert column(documents, DOC_NUMBER)[0] == every[0].number
    qtmodeltester.check(documents.model)
    documents.type_filter.setCurrentIndex(documents.type_filter.findData(DocumentType.REPORT.value))
    reports = [r for r in every if r.doc_type is DocumentType.REPORT]
    settle(qtbot, documents, len(reports))
    assert set(column(documents, DOC_TYPE)) == {document_type_label(DocumentType.REPORT)}
    assert all("/BC-" in n for n in column(documents, DOC_NUMBER))
    documents.type_filter.setCurrentIndex(0)
    year = every[-1].year
    documents.year_filter.setCurrentIndex(documents.year_filter.findData(year))
    settle(qtbot, documents, sum(r.year == year for r in every))


def test_a_document_opens_read_only_and_its_number_can_be_copied(
    documents: DocumentsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    documents.table.setFocus()
    documents.table.setCurrentIndex(documents.proxy.index(0, 0))
    QTest.keyClick(documents.table, Qt.Key.Key_Return)
    number = documents.proxy.index(0, 0).data()
    assert len(shown) == 1 and number in shown[0] and "%" not in shown[0]
    documents.table.selectRow(0)
    documents.copy_action.trigger()
    from PySide6.QtGui import QGuiApplication

    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == number


# -- leads ------------------------------------------------------------------------------------


def test_leads_list_with_source_and_status_filters(
    leads: LeadsPage, demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: Any
) -> None:
    every = list_leads(demo_workspace.db)
    assert leads.proxy.rowCount() == len(every) > 0
    assert str(len(every)) in leads.count.text()
    qtmodeltester.check(leads.model)
    triggered = [c for c in column(leads, LEAD_VISIT) if c]
    assert len(triggered) == sum(1 for r in every if r.visits)
    leads.source_filter.setCurrentIndex(leads.source_filter.findData(LeadSource.HOTLINE.value))
    settle(qtbot, leads, sum(r.source is LeadSource.HOTLINE for r in every))
    assert set(column(leads, LEAD_SOURCE)) == {lead_source_label(LeadSource.HOTLINE)}
    leads.status_filter.setCurrentIndex(leads.status_filter.findData(LeadStatus.CLOSED.value))
    expected = sum(r.source is LeadSource.HOTLINE and r.status is LeadStatus.CLOSED for r in every)
    settle(qtbot, leads, expected)
    assert set(column(leads, LEAD_STATUS)) <= {lead_status_label(LeadStatus.CLOSED)}


def test_a_lead_created_in_the_dialog_appears_in_the_list(
    leads: LeadsPage, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    before = leads.proxy.rowCount()
    dialog = LeadDialog(demo_workspace, parent=leads)
    qtbot.addWidget(dialog)
    dialog.received_on.set_value(date(2026, 11, 20))
    dialog.source.setCurrentIndex(dialog.source.findData(LeadSource.PRESS.value))
    dialog.source_detail.setText("Báo Vĩnh Phúc điện tử")
    dialog.summary.setPlainText("Phản ánh bộ phận một cửa phường Liên Bảo đóng cửa sớm")
    line = dialog.unit.lineEdit()
    assert line is not None
    line.setText("lien bao")  # two units: nothing is taken yet
    dialog.unit._settle()
    assert dialog.unit.unknown()
    line.setText("ubnd lien bao")
    dialog.unit._settle()
    assert dialog.unit.currentText() == "UBND phường Liên Bảo"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, leads, before + 1)
    leads.filter.setText("mot cua lien bao")
    settle(qtbot, leads, 1)
    assert column(leads, LEAD_UNIT) == ["UBND phường Liên Bảo"]
    assert column(leads, LEAD_SOURCE) == [lead_source_label(LeadSource.PRESS)]
    demo_workspace.undo_stack.undo()
    settle(qtbot, leads, 0)


def test_lead_problems_are_shown_next_to_fields_and_nothing_is_saved(
    leads: LeadsPage, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    before = len(list_leads(demo_workspace.db))
    dialog = LeadDialog(demo_workspace, parent=leads)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received_on.set_value(None)
    dialog.summary.setPlainText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["received_on"].isVisible()
    assert dialog._errors["summary"].isVisible()
    assert not dialog._errors["source_detail"].isVisible()
    dialog.received_on.set_value(date(2026, 11, 20))
    dialog.summary.setPlainText("Nội dung")
    line = dialog.unit.lineEdit()
    assert line is not None
    line.setText("không có đơn vị này")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["unit_id"].isVisible()
    assert not dialog._errors["summary"].isVisible()
    assert len(list_leads(demo_workspace.db)) == before
    assert demo_workspace.undo_stack.count() == 0


def test_edit_a_lead_then_undo(leads: LeadsPage, demo_workspace: Workspace, qtbot: QtBot) -> None:
    row = list_leads(demo_workspace.db)[0]
    dialog = LeadDialog(demo_workspace, row.id, parent=leads)
    qtbot.addWidget(dialog)
    assert dialog.unit.chosen() == row.unit_id
    dialog.status.setCurrentIndex(dialog.status.findData(LeadStatus.CLOSED.value))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(
        lambda: column(leads, LEAD_STATUS)[0] == lead_status_label(LeadStatus.CLOSED), timeout=3000
    )
    demo_workspace.undo_stack.undo()
    qtbot.waitUntil(
        lambda: column(leads, LEAD_STATUS)[0] == lead_status_label(row.status), timeout=3000
    )


def test_delete_asks_moves_to_the_trash_and_undo_restores(
    leads: LeadsPage, demo_workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = leads.proxy.rowCount()
    summary = column(leads, LEAD_SUMMARY)[0]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    leads.table.selectRow(0)
    leads.delete_action.trigger()  # answered No: nothing happens
    assert leads.proxy.rowCount() == before and demo_workspace.undo_stack.count() == 0
    leads.delete_action.trigger()
    assert len(asked) == 2
    settle(qtbot, leads, before - 1)
    assert summary not in column(leads, LEAD_SUMMARY)
    demo_workspace.undo_stack.undo()
    settle(qtbot, leads, before)
    assert summary in column(leads, LEAD_SUMMARY)


def test_lead_context_menu_offers_add_edit_delete(leads: LeadsPage) -> None:
    rect = leads.table.visualRect(leads.proxy.index(0, 0))
    assert leads.menu_actions(rect.center()) == [
        leads.new_action,
        leads.edit_action,
        leads.visit_action,
        leads.delete_action,
    ]
    below = QPoint(5, leads.table.viewport().height() - 2)  # under the last row
    assert leads.menu_actions(below) == [leads.new_action]


def test_a_read_only_file_disables_lead_editing(qtbot: QtBot, demo_file: Path) -> None:
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        page = _open(qtbot, ws, LeadsPage())
        assert page.proxy.rowCount() > 0
        assert not page.add_button.isEnabled() and not page.delete_action.isEnabled()
        assert not page.visit_action.isEnabled() and page.start_visit() is None
        assert page.add_lead() is None
    finally:
        ws.close()


def test_keyboard_delete_asks_first(
    leads: LeadsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    leads.activateWindow()
    qtbot.waitActive(leads)
    leads.table.setFocus()
    leads.table.selectRow(0)
    QTest.keyClick(leads.table, Qt.Key.Key_Delete)
    assert len(asked) == 1


def test_a_lead_becomes_an_unannounced_visit_of_its_unit(
    leads: LeadsPage, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.domain.enums import LeadStatus, VisitMode
    from inspectdesk.services.leads import LeadService, LeadWithoutUnit, list_leads
    from inspectdesk.services.visits import VisitService
    from inspectdesk.ui import visit_editor

    opened: list[object] = []
    monkeypatch.setattr(visit_editor, "open_visit_editor", lambda _p, _w, vid: opened.append(vid))
    row = next(r for r in list_leads(demo_workspace.db) if r.unit and r.visits == 0)
    shown = column(leads, LEAD_SUMMARY)
    leads.table.setCurrentIndex(leads.proxy.index(shown.index(row.summary), 0))
    visit_id = leads.start_visit()
    assert visit_id is not None and opened == [visit_id]
    draft, _revision = VisitService(demo_workspace.db, demo_workspace.bus).general(visit_id)
    assert draft.mode is VisitMode.UNANNOUNCED and draft.lead_id == row.id
    after = next(r for r in list_leads(demo_workspace.db) if r.id == row.id)
    assert after.visits == 1 and after.status is LeadStatus.VISIT_PLANNED
    service = LeadService(demo_workspace.db, demo_workspace.bus)
    lead_draft, _revision = service.draft(row.id)
    without_unit = service.create(replace(lead_draft, unit_id=None))
    with pytest.raises(LeadWithoutUnit):
        service.start_visit(without_unit)


def test_a_re_inspection_is_planned_from_a_recommendation(
    remediation: RemediationPage, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspectdesk.domain.enums import VisitMode, VisitStatus
    from inspectdesk.services.visits import VisitService
    from inspectdesk.ui import followup_actions, visit_editor

    opened: list[object] = []
    monkeypatch.setattr(visit_editor, "open_visit_editor", lambda _p, _w, vid: opened.append(vid))
    remediation.table.setCurrentIndex(remediation.model.index(0, 0))
    rec_id = uuid.UUID(remediation.current_id() or "")
    detail = RemediationService(demo_workspace.db).detail(rec_id)
    visit_id = followup_actions.schedule_reinspection(remediation, date(2026, 12, 1))
    assert visit_id is not None and opened == [visit_id]
    service = VisitService(demo_workspace.db, demo_workspace.bus)
    draft, _revision = service.general(visit_id)
    assert draft.mode is VisitMode.ANNOUNCED and draft.scheduled_on == date(2026, 12, 1)
    assert detail.text.strip().rstrip(".")[:40] in draft.subject
    assert service.load(visit_id).status is VisitStatus.PLANNED


def test_what_a_person_answers_for_lists_and_exports(
    demo_workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from inspectdesk.ui import followup_actions

    dialog = followup_actions.AnswersDialog(demo_workspace, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    best = 0
    for index in range(dialog.person.count()):  # the person who answers for the most in 2021
        dialog.person.setCurrentIndex(index)
        dialog.year.setValue(2021)
        if len(dialog.rows) > best:
            best, chosen = len(dialog.rows), index
    assert best > 0
    dialog.person.setCurrentIndex(chosen)
    assert dialog.table.rowCount() == len(dialog.rows) and dialog.export_button.isEnabled()
    monkeypatch.setattr(followup_actions, "document_ready", lambda *a: "close")
    written = dialog.export(tmp_path / "trach-nhiem.xlsx")
    assert written is not None
    sheet = load_workbook(written).active
    assert sheet is not None and "2021" in str(sheet["A1"].value)


def test_due_this_week_limits_the_deadlines(remediation: RemediationPage, qtbot: QtBot) -> None:
    remediation.show_due_this_week()
    monday = DEMO_TODAY - timedelta(days=DEMO_TODAY.weekday())
    assert remediation.deadline_from.value() == monday
    assert remediation.deadline_to.value() == monday + timedelta(days=6)
    qtbot.waitUntil(lambda: remediation.current_filter().deadline_to is not None)
    flt = remediation.current_filter()
    assert (flt.deadline_from, flt.deadline_to) == (monday, monday + timedelta(days=6))
