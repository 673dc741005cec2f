"""The visit editor: a visit recorded from scratch, autosave, undo, rules, read-only files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import (
    AttendeeSide,
    FindingKind,
    ItemResult,
    RemediationStatus,
    TeamRole,
    VisitStatus,
)
from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.services.visits import ChecklistEntry, VisitDetail, VisitService
from inspectdesk.ui.visit_dialogs import (
    VisitAttendeeDialog,
    VisitFindingDialog,
    VisitRecommendationDialog,
)
from inspectdesk.ui.visit_editor import SAVE_DELAY_MS, VisitEditor, open_visit_editor
from inspectdesk.ui.visit_models import (
    AttendeeModel,
    ChecklistModel,
    FindingModel,
    RecommendationModel,
)
from inspectdesk.ui.workspace import Workspace

WAIT = SAVE_DELAY_MS * 5


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: questions are answered Yes and recorded."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", answer)
    return asked


def stored(ws: Workspace, visit_id: uuid.UUID | None) -> VisitDetail:
    """The visit as the file holds it now (read afresh)."""
    assert visit_id is not None
    return VisitService(ws.db).load(visit_id)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry starting with ``text`` as the user does from the drop-down list."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def visit_of(ws: Workspace, status: VisitStatus) -> uuid.UUID:
    return next(r.id for r in listing.list_visits(ws.db) if r.status is status)


_EDITORS: list[VisitEditor] = []


@pytest.fixture(autouse=True)
def _close_editors() -> Iterator[None]:
    """Editors delete themselves when closed; close those a test left open."""
    yield
    while _EDITORS:
        editor = _EDITORS.pop()
        if shiboken6.isValid(editor):
            editor.close()


def editor_for(qtbot: QtBot, ws: Workspace, visit_id: uuid.UUID | None) -> VisitEditor:
    editor = open_visit_editor(None, ws, visit_id)
    _EDITORS.append(editor)
    return editor


@pytest.fixture
def new_editor(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[VisitEditor]:
    """An editor on a new visit of UBND thành phố Vĩnh Yên for the 2026 plan and team."""
    editor = editor_for(qtbot, demo_workspace, None)
    choose(editor.general.unit, "UBND thành phố Vĩnh Yên")
    choose(editor.general.plan, "18/KH-UBND")
    choose(editor.general.team, "Đoàn kiểm tra công vụ")
    yield editor


def test_a_visit_is_created_as_soon_as_its_unit_is_chosen(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    editor = editor_for(qtbot, demo_workspace, None)
    assert not editor.tabs.isTabEnabled(1) and editor.banner.isVisible()
    editor.general.place.setText("Hội trường UBND")  # held until the visit exists
    editor.flush()
    assert editor.visit_id is None
    choose(editor.general.unit, "UBND thành phố Vĩnh Yên")
    detail = stored(demo_workspace, editor.visit_id)
    assert detail.unit_name == "UBND thành phố Vĩnh Yên"
    assert detail.general.place == "Hội trường UBND"
    assert detail.status is VisitStatus.PLANNED
    assert editor.tabs.isTabEnabled(1) and not editor.banner.isVisible()
    assert editor.windowTitle().endswith("UBND thành phố Vĩnh Yên")


def test_record_a_visit_from_team_to_recommendation_then_undo(
    qtbot: QtBot, new_editor: VisitEditor, demo_workspace: Workspace, monkeypatch: Any
) -> None:
    editor, ws = new_editor, demo_workspace
    detail = stored(ws, editor.visit_id)
    assert detail.general.plan_id is not None and detail.general.team_id is not None
    assert detail.checklist, "the 2026 plan pins a checklist"

    # Attendance: the team, with roles, in one click.
    qtbot.mouseClick(editor.attendance.fill_button, Qt.MouseButton.LeftButton)
    team = stored(ws, editor.visit_id).attendees
    assert len(team) == 5 and all(a.side is AttendeeSide.TEAM for a in team)
    assert team[0].team_role is TeamRole.LEADER
    assert editor.attendance.model.rowCount() == 5

    # Checklist: the first item fails, with a note that becomes a finding.
    tab = editor.checklist
    row = next(i for i, r in enumerate(tab.model.rows()) if isinstance(r, ChecklistEntry))
    entry = tab.model.row_at(row)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.view.selectRow(row)
    qtbot.mouseClick(tab.result_buttons[ItemResult.FAIL], Qt.MouseButton.LeftButton)
    assert tab.model.setData(tab.model.index(row, 3), "Đến muộn 20 phút", Qt.ItemDataRole.EditRole)
    results = {e.item_id: e for e in stored(ws, editor.visit_id).checklist}
    assert (results[entry.item_id].result, results[entry.item_id].note) == (
        ItemResult.FAIL,
        "Đến muộn 20 phút",
    )
    tab.view.setCurrentIndex(tab.model.index(row, 1))
    assert tab.finding_button.isEnabled()
    qtbot.mouseClick(tab.finding_button, Qt.MouseButton.LeftButton)
    (finding,) = stored(ws, editor.visit_id).findings
    assert (finding.kind, finding.text, finding.item_id) == (
        FindingKind.SHORTCOMING,
        "Đến muộn 20 phút",
        entry.item_id,
    )

    # A recommendation with a deadline, through its dialog.
    def fill_and_accept(dialog: VisitRecommendationDialog) -> int:
        dialog.text.setPlainText("Chấn chỉnh việc chấp hành giờ giấc làm việc")
        dialog.responsible.setText("Chủ tịch UBND thành phố")
        dialog.deadline.set_value(date(2026, 12, 31))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(VisitRecommendationDialog, "exec", fill_and_accept)
    editor.results.finding_view.selectRow(0)
    qtbot.mouseClick(editor.results.add_rec_button, Qt.MouseButton.LeftButton)
    (rec,) = stored(ws, editor.visit_id).recommendations
    assert (rec.deadline, rec.status, rec.finding_id) == (
        date(2026, 12, 31),
        RemediationStatus.OPEN,
        finding.id,
    )
    assert editor.results.recommendations.rowCount() == 1

    # The status: the minutes need an actual start first.
    status = editor.conclusion.status
    choose(status, "Minutes drafted")
    assert stored(ws, editor.visit_id).status is VisitStatus.PLANNED
    assert not editor.conclusion.status_error.isHidden()
    assert status.currentData() == VisitStatus.PLANNED.value
    editor.general.start.set_value(datetime(2026, 11, 20, 8, 0))
    editor.general.start.committed.emit()
    assert stored(ws, editor.visit_id).general.actual_start == datetime(2026, 11, 20, 8, 0)
    choose(status, "Minutes drafted")
    assert stored(ws, editor.visit_id).status is VisitStatus.DRAFTED
    assert editor.badge.text() == "Minutes drafted"

    # Undo takes back the last change, in the file and on screen.
    editor.undo()
    assert stored(ws, editor.visit_id).status is VisitStatus.PLANNED
    assert status.currentData() == VisitStatus.PLANNED.value
    editor.undo()
    assert stored(ws, editor.visit_id).general.actual_start is None
    assert editor.general.start.value() is None
    ws.undo_stack.redo()  # the main window's Redo reaches the open editor as well
    assert editor.general.start.value() == datetime(2026, 11, 20, 8, 0)


def test_typing_is_saved_after_a_pause_and_undone_in_one_step(
    qtbot: QtBot, new_editor: VisitEditor, demo_workspace: Workspace
) -> None:
    editor, ws = new_editor, demo_workspace
    place = editor.general.place
    place.setFocus()
    qtbot.keyClicks(place, "Hoi truong")
    assert editor.status_line.text() == "Saving…"
    qtbot.waitUntil(lambda: stored(ws, editor.visit_id).general.place == "Hoi truong", timeout=WAIT)
    assert editor.status_line.text().startswith("Saved at ")
    steps = ws.undo_stack.count()
    qtbot.keyClicks(place, " tang 2")
    qtbot.waitUntil(
        lambda: stored(ws, editor.visit_id).general.place == "Hoi truong tang 2", timeout=WAIT
    )
    assert ws.undo_stack.count() == steps  # merged with the previous step of this field
    qtbot.keyClick(place, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, editor.visit_id).general.place == ""
    assert place.text() == ""


def test_a_bad_value_is_shown_next_to_its_field_and_not_written(
    new_editor: VisitEditor, demo_workspace: Workspace
) -> None:
    editor = new_editor
    editor.general.start.set_value(datetime(2026, 11, 20, 9, 0))
    editor.general.start.committed.emit()
    editor.general.end.set_value(datetime(2026, 11, 20, 8, 0))
    editor.general.end.committed.emit()
    error = editor.bindings["actual_end"].error
    assert error.isVisible() and "end" in error.text()
    assert stored(demo_workspace, editor.visit_id).general.actual_end is None
    assert editor.status_line.text().startswith("Not saved")
    editor.general.end.set_value(datetime(2026, 11, 20, 10, 30))
    editor.general.end.committed.emit()
    assert not error.isVisible()
    assert stored(demo_workspace, editor.visit_id).general.actual_end == datetime(
        2026, 11, 20, 10, 30
    )


def test_the_status_control_neither_signs_nor_unlocks(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """Signing and unlocking have their own actions (see test_signing_ui.py)."""
    editor = editor_for(qtbot, demo_workspace, visit_of(demo_workspace, VisitStatus.DRAFTED))
    combo = editor.conclusion.status
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(combo.findData(VisitStatus.SIGNED.value))
    assert item is not None and not item.isEnabled()
    choose(combo, "Minutes signed")  # forced past the disabled entry: the service refuses
    assert stored(demo_workspace, editor.visit_id).status is VisitStatus.DRAFTED
    assert "Mark as signed" in editor.status_line.text()
    assert combo.currentData() == VisitStatus.DRAFTED.value
    signed = editor_for(qtbot, demo_workspace, visit_of(demo_workspace, VisitStatus.SIGNED))
    assert not signed.conclusion.status.isEnabled()
    assert signed.general.place.isReadOnly() and not signed.general.unit.isEnabled()
    assert "Unlock" in signed.banner.text() and signed.banner.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup
def test_the_unit_combo_finds_units_without_tones(qtbot: QtBot, small_file: Path) -> None:
    ws = Workspace(open_file(small_file))
    try:
        editor = editor_for(qtbot, ws, None)
        combo = editor.general.unit
        assert combo.itemText(combo.count() - 1) == "Ủy ban nhân dân tỉnh"  # Vietnamese order
        line = combo.lineEdit()
        assert line is not None
        line.setFocus()
        qtbot.keyClicks(line, "vinh yen")
        completer = combo.completer()
        assert completer.completionCount() == 1
        assert completer.currentCompletion() == "UBND thành phố Vĩnh Yên"
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert stored(ws, editor.visit_id).unit_name == "UBND thành phố Vĩnh Yên"
        completer.setCompletionPrefix("so")
        assert completer.completionCount() == 2  # Sở Nội vụ, Sở Tài chính
        editor.close()
    finally:
        ws.close()


def test_a_read_only_file_disables_every_edit(qtbot: QtBot, demo_file: Path) -> None:
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        visit_id = visit_of(ws, VisitStatus.DRAFTED)
        editor = editor_for(qtbot, ws, visit_id)
        for binding in editor.bindings.values():
            widget = binding.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                assert widget.isReadOnly()  # disabled for typing, still readable
            else:
                assert not widget.isEnabled()
        assert not editor.conclusion.status.isEnabled()
        for tab in editor.record_tabs:
            assert tab.edit_buttons and not any(b.isEnabled() for b in tab.edit_buttons)
        assert not editor.attendance.model.editable and not editor.checklist.model.editable
        index = editor.checklist.model.index(1, 3)
        assert not editor.checklist.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert "read-only" in editor.banner.text()
        editor.close()
    finally:
        ws.close()


def test_closing_saves_what_is_being_typed(
    qtbot: QtBot, new_editor: VisitEditor, demo_workspace: Workspace
) -> None:
    visit_id = new_editor.visit_id
    qtbot.keyClicks(new_editor.general.place, "Phong hop")
    new_editor.close()
    assert stored(demo_workspace, visit_id).general.place == "Phong hop"


def test_one_editor_per_visit(qtbot: QtBot, demo_workspace: Workspace) -> None:
    visit_id = visit_of(demo_workspace, VisitStatus.IN_PROGRESS)
    first = editor_for(qtbot, demo_workspace, visit_id)
    assert open_visit_editor(None, demo_workspace, visit_id) is first


def test_the_tables_pass_the_model_tester(
    qtbot: QtBot, demo_workspace: Workspace, qtmodeltester: Any
) -> None:
    detail = stored(demo_workspace, visit_of(demo_workspace, VisitStatus.DRAFTED))
    assert detail.attendees and detail.checklist and detail.findings and detail.recommendations
    attendees = AttendeeModel(lambda *_a: True)
    attendees.set_rows(detail.attendees)
    checklist = ChecklistModel(lambda *_a: True)
    checklist.set_entries(detail.checklist)
    findings = FindingModel()
    findings.set_rows(detail.findings)
    recommendations = RecommendationModel()
    recommendations.set_rows(detail.recommendations)
    for model in (attendees, checklist, findings, recommendations):
        qtmodeltester.check(model)
    assert checklist.section_rows()[0] == 0
    assert checklist.index(0, 0).data().startswith("1. ")


def test_attendance_add_reorder_mark_absent_and_remove(
    qtbot: QtBot, new_editor: VisitEditor, demo_workspace: Workspace, monkeypatch: Any
) -> None:
    editor, ws = new_editor, demo_workspace
    tab = editor.attendance
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)  # nobody twice
    assert len(stored(ws, editor.visit_id).attendees) == 5
    assert editor.status_line.text() == "Everyone on the team is already listed."
    guests = iter([("Đỗ Thị Hà", "Trưởng phòng Nội vụ"), ("Vũ Văn Long", "Chuyên viên")])

    def add_guest(dialog: VisitAttendeeDialog) -> int:
        name, title = next(guests)
        dialog.side.setCurrentIndex(dialog.side.findData(AttendeeSide.OTHER.value))
        dialog.full_name.setText(name)
        dialog.job_title.setText(title)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(VisitAttendeeDialog, "exec", add_guest)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    names = [a.full_name for a in stored(ws, editor.visit_id).attendees]
    assert names[5:] == ["Đỗ Thị Hà", "Vũ Văn Long"]
    tab.view.selectRow(6)
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    names = [a.full_name for a in stored(ws, editor.visit_id).attendees]
    assert names[5:] == ["Vũ Văn Long", "Đỗ Thị Hà"]
    model = tab.model
    assert model.setData(model.index(5, 4), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(1, 3), TeamRole.MEMBER.value, Qt.ItemDataRole.EditRole)
    assert not model.flags(model.index(5, 3)) & Qt.ItemFlag.ItemIsEditable  # no role off the team
    rows = stored(ws, editor.visit_id).attendees
    assert (rows[5].present, rows[1].team_role) == (False, TeamRole.MEMBER)
    tab.view.selectRow(6)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [a.full_name for a in stored(ws, editor.visit_id).attendees][5:] == ["Vũ Văn Long"]
    editor.undo()
    assert len(stored(ws, editor.visit_id).attendees) == 7
    assert model.rowCount() == 7
    editor.undo()
    assert stored(ws, editor.visit_id).attendees[1].team_role is TeamRole.DEPUTY


def test_findings_are_edited_deleted_and_restored(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: Any
) -> None:
    visit_id = visit_of(demo_workspace, VisitStatus.DRAFTED)
    editor = editor_for(qtbot, demo_workspace, visit_id)
    before = stored(demo_workspace, visit_id).findings
    tab = editor.results

    def make_violation(dialog: VisitFindingDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData(FindingKind.VIOLATION.value))
        dialog.cause.setPlainText("Ý thức chấp hành chưa cao")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(VisitFindingDialog, "exec", make_violation)
    tab.finding_view.selectRow(0)
    qtbot.mouseClick(tab.edit_finding_button, Qt.MouseButton.LeftButton)
    first = stored(demo_workspace, visit_id).findings[0]
    assert (first.id, first.kind, first.cause) == (
        before[0].id,
        FindingKind.VIOLATION,
        "Ý thức chấp hành chưa cao",
    )
    assert first.text == before[0].text
    tab.finding_view.selectRow(0)
    qtbot.mouseClick(tab.delete_finding_button, Qt.MouseButton.LeftButton)
    assert [f.id for f in stored(demo_workspace, visit_id).findings] == [f.id for f in before[1:]]
    editor.undo()
    editor.undo()
    after = stored(demo_workspace, visit_id).findings
    assert [replace(f, revision=0) for f in after] == [replace(f, revision=0) for f in before]
