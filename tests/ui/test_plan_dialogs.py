"""Plans screen and editors: create a plan, its teams and members, refusals, undo, delete."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import PlanStatus, TeamRole
from inspectdesk.services.listing import list_plans
from inspectdesk.services.people import PersonService
from inspectdesk.services.plans import PlanService
from inspectdesk.services.teams import TeamService
from inspectdesk.services.units import Choice
from inspectdesk.ui.forms import OptionalDateEdit, SearchCombo
from inspectdesk.ui.pages.plans_page import PlansPage
from inspectdesk.ui.person_dialog import PersonDialog, PersonPicker
from inspectdesk.ui.plan_dialog import PlanDialog
from inspectdesk.ui.team_editor import TeamEditor
from inspectdesk.ui.workspace import Workspace


def person(ws: Workspace, text: str) -> uuid.UUID:
    rows = PersonService(ws.db).search_people(text)
    assert rows, text
    return rows[0].id


def plan_titles(ws: Workspace) -> list[str]:
    return [p.title for p in list_plans(ws.db)]


def press(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    boxes = dialog.findChildren(QDialogButtonBox)
    button = next(b.button(which) for b in boxes if b.button(which) is not None)
    button.click()


def new_plan_dialog(
    ws: Workspace, qtbot: QtBot, title: str = "Kiểm tra đột xuất quý IV"
) -> PlanDialog:
    dialog = PlanDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.number.setText("301/KH-SNV")
    dialog.title.setText(title)
    dialog.start_on.set_value(date(2026, 10, 1))
    dialog.end_on.set_value(date(2026, 12, 31))
    dialog.legal_basis.setPlainText(
        "Căn cứ Nghị định số 30/2020/NĐ-CP;\nCăn cứ Kế hoạch số 18/KH-UBND"
    )
    return dialog


@pytest.fixture
def plans_page(demo_workspace: Workspace, qtbot: QtBot) -> PlansPage:
    page = PlansPage()
    qtbot.addWidget(page)
    page.attach(demo_workspace)
    page.show()
    qtbot.waitExposed(page)
    demo_workspace.changed.connect(page.on_changes)
    return page


def shown(page: PlansPage) -> list[str]:
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


# -- plan details -------------------------------------------------------------------


def test_create_a_plan_through_the_dialog_and_undo_it(
    demo_workspace: Workspace, qtbot: QtBot
) -> None:
    ws = demo_workspace
    dialog = new_plan_dialog(ws, qtbot)
    dialog.status.setCurrentIndex(dialog.status.findData(PlanStatus.APPROVED.value))
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.plan_id is not None
    draft, _ = PlanService(ws.db).draft(dialog.plan_id)
    assert (draft.number, draft.start_on, draft.status) == (
        "301/KH-SNV",
        date(2026, 10, 1),
        PlanStatus.APPROVED,
    )
    assert draft.legal_basis.splitlines() == [
        "Căn cứ Nghị định số 30/2020/NĐ-CP;",
        "Căn cứ Kế hoạch số 18/KH-UBND",
    ]
    assert draft.organisation_id == PlanService(ws.db).default_organisation()
    assert "Kiểm tra đột xuất quý IV" in plan_titles(ws)
    ws.undo_stack.undo()
    assert "Kiểm tra đột xuất quý IV" not in plan_titles(ws)
    ws.undo_stack.redo()
    assert "Kiểm tra đột xuất quý IV" in plan_titles(ws)


def test_problems_are_shown_next_to_the_fields_and_nothing_is_saved(
    demo_workspace: Workspace, qtbot: QtBot
) -> None:
    ws = demo_workspace
    before = plan_titles(ws)
    dialog = new_plan_dialog(ws, qtbot, title="  ")
    dialog.start_on.set_value(date(2026, 5, 2))
    dialog.end_on.set_value(date(2026, 5, 1))
    dialog.tabs.setCurrentIndex(PlanDialog.TEAMS_TAB)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert set(dialog.errors.visible()) == {"title", "end_on"}
    assert dialog.errors.labels["end_on"].isVisible()  # the details tab is brought forward
    assert dialog.tabs.currentIndex() == PlanDialog.INFO_TAB
    assert plan_titles(ws) == before and ws.undo_stack.count() == 0
    dialog.title.setText("Kiểm tra chuyên đề")
    dialog.end_on.set_value(date(2026, 5, 2))  # a one-day plan is fine
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Kiểm tra chuyên đề" in plan_titles(ws)


def test_edit_a_demo_plan_and_undo(demo_workspace: Workspace, qtbot: QtBot) -> None:
    ws = demo_workspace
    service = PlanService(ws.db)
    row = next(p for p in list_plans(ws.db) if p.number == "18/KH-UBND")
    original, _ = service.draft(row.id)
    dialog = PlanDialog(ws, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.text() == original.title
    assert dialog.start_on.text() == original.start_on.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    assert dialog.checklist.currentData() == str(original.checklist_id)
    dialog.title.setText("Kế hoạch kiểm tra công vụ năm 2026 (sửa đổi)")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert service.draft(row.id)[0].title.endswith("(sửa đổi)")
    assert ws.undo_stack.count() == 1
    ws.undo_stack.undo()
    assert service.draft(row.id)[0] == original
    ws.undo_stack.redo()
    assert service.draft(row.id)[0].title.endswith("(sửa đổi)")


def test_ok_without_changes_records_nothing(demo_workspace: Workspace, qtbot: QtBot) -> None:
    row = list_plans(demo_workspace.db)[0]
    dialog = PlanDialog(demo_workspace, row.id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_workspace.undo_stack.count() == 0


def test_a_plan_saved_meanwhile_keeps_both_changes(demo_workspace: Workspace, qtbot: QtBot) -> None:
    ws = demo_workspace
    row = list_plans(ws.db)[0]
    dialog = PlanDialog(ws, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    service = PlanService(ws.db)
    draft, revision = service.draft(row.id)
    draft.note = "Sửa ở máy khác"
    service.update(row.id, draft, revision)  # someone else saved meanwhile
    dialog.purpose.setPlainText("Mục đích mới")
    dialog.accept()  # no field both changed: nothing to ask (tests/ui/test_save_conflicts.py)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = service.draft(row.id)[0]
    assert (saved.note, saved.purpose) == ("Sửa ở máy khác", "Mục đích mới")
    ws.undo_stack.undo()  # undo takes back my field only
    saved = service.draft(row.id)[0]
    assert saved.note == "Sửa ở máy khác" and saved.purpose == draft.purpose


# -- teams and members --------------------------------------------------------------


def test_new_plan_gets_teams_after_its_first_save(demo_workspace: Workspace, qtbot: QtBot) -> None:
    ws = demo_workspace
    dialog = new_plan_dialog(ws, qtbot)
    dialog.tabs.setCurrentIndex(PlanDialog.TEAMS_TAB)
    assert dialog.teams_stack.currentIndex() == 0  # "save the plan first"
    dialog.save_first_button.click()
    assert dialog.plan_id is not None and dialog.teams_stack.currentIndex() == 1
    editor = dialog.team_editor
    team_id = editor.add_team()
    assert team_id is not None and editor.team_id == team_id
    assert editor.name.text() == editor.tr("Inspection team %1").replace("%1", "1")
    members = editor.members_panel
    assert members.add_member(person(ws, "nguyen van thanh"), TeamRole.LEADER)
    assert members.add_member(person(ws, "ngo thi hong nhung"), TeamRole.SECRETARY)
    assert [(m.name, m.role) for m in members.members_model.rows()] == [
        ("Nguyễn Văn Thành", TeamRole.LEADER),
        ("Ngô Thị Hồng Nhung", TeamRole.SECRETARY),
    ]
    # a second leader is refused, with a message, and nothing changes
    assert not members.add_member(person(ws, "tran thi thu ha"), TeamRole.LEADER)
    assert members.member_error.isVisible()
    assert members.member_error.text() == editor.tr(
        "The team already has a leader; change their role first."
    )
    assert len(TeamService(ws.db).members(team_id)) == 2
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    # plan, team, two members: four undoable steps, taken back one by one
    assert ws.undo_stack.count() == 4
    for _ in range(2):
        ws.undo_stack.undo()
    assert TeamService(ws.db).members(team_id) == []
    ws.undo_stack.undo()
    assert TeamService(ws.db).teams(dialog.plan_id) == []
    ws.undo_stack.undo()
    assert "Kiểm tra đột xuất quý IV" not in plan_titles(ws)


@pytest.fixture
def editor(demo_workspace: Workspace, qtbot: QtBot) -> Iterator[TeamEditor]:
    """The teams tab of the current demo plan (the dialog stays alive while it is used)."""
    row = next(p for p in list_plans(demo_workspace.db) if p.number == "18/KH-UBND")
    dialog = PlanDialog(demo_workspace, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(PlanDialog.TEAMS_TAB)
    yield dialog.team_editor


def roles(editor: TeamEditor) -> list[tuple[str, TeamRole]]:
    return [(m.name, m.role) for m in editor.members_panel.members_model.rows()]


def test_demo_team_roles_refusals_and_undo(
    editor: TeamEditor, demo_workspace: Workspace, qtbot: QtBot, qtmodeltester: object
) -> None:
    ws = demo_workspace
    members = editor.members_panel
    first = roles(editor)
    assert first[0][1] == TeamRole.LEADER and len(first) == 5
    members.members.selectRow(2)  # a member
    assert not members.set_role(TeamRole.LEADER)
    assert members.member_error.isVisible()
    assert members.role.currentData() == TeamRole.MEMBER.value  # the combo shows the role kept
    assert not members.set_role(TeamRole.SECRETARY)
    assert "secretary" in members.member_error.text() or "Thư ký" in members.member_error.text()
    assert members.set_role(TeamRole.DEPUTY)
    assert roles(editor)[2][1] == TeamRole.DEPUTY and members.member_error.isHidden()
    ws.undo_stack.undo()
    members.reload_members()
    assert roles(editor) == first
    # the role combo, as a user picks from it
    members.members.selectRow(3)
    members.role.setCurrentIndex(members.role.findData(TeamRole.DEPUTY.value))
    members.role.activated.emit(members.role.currentIndex())
    assert roles(editor)[3][1] == TeamRole.DEPUTY
    for model in (members.members_model, editor.teams_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_move_and_remove_members_and_undo(editor: TeamEditor, demo_workspace: Workspace) -> None:
    ws = demo_workspace
    members = editor.members_panel
    first = [name for name, _ in roles(editor)]
    members.members.selectRow(4)
    members.up_button.click()
    moved = [name for name, _ in roles(editor)]
    assert moved == [*first[:3], first[4], first[3]]
    assert members.current_member() is not None and members.current_member().name == first[4]  # type: ignore[union-attr]
    members.members.selectRow(0)
    members.up_button.click()  # already first: nothing to undo
    members.remove_member_button.click()
    assert [name for name, _ in roles(editor)] == moved[1:]
    ws.undo_stack.undo()
    members.reload_members()
    assert [name for name, _ in roles(editor)] == moved
    ws.undo_stack.undo()
    members.reload_members()
    assert [name for name, _ in roles(editor)] == first
    assert ws.undo_stack.count() == 2


def test_team_fields_are_checked_and_saved_by_ok(
    editor: TeamEditor, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    ws = demo_workspace
    team_id = editor.team_id
    assert team_id is not None
    editor.doc_code.setText("Đ KT/1")
    editor.doc_code.textEdited.emit(editor.doc_code.text())
    dialog = editor.window()
    assert isinstance(dialog, PlanDialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert set(editor.errors.visible()) == {"doc_code"}
    editor.doc_code.setText("tkt")
    editor.name.setText("Đoàn kiểm tra liên ngành")
    editor.name.textEdited.emit(editor.name.text())
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    draft, _ = TeamService(ws.db).team_draft(team_id)
    assert (draft.name, draft.doc_code) == ("Đoàn kiểm tra liên ngành", "TKT")
    ws.undo_stack.undo()
    assert TeamService(ws.db).team_draft(team_id)[0].doc_code == "ĐKT"


def test_switching_team_saves_the_one_left(editor: TeamEditor, demo_workspace: Workspace) -> None:
    first, second = (r.id for r in editor.teams_model.rows())
    editor.note.setPlainText("Họp đoàn thứ Hai hằng tuần")
    editor.teams.setCurrentIndex(editor.teams_model.index(1, 0))
    assert editor.team_id == second
    assert TeamService(demo_workspace.db).team_draft(first)[0].note == "Họp đoàn thứ Hai hằng tuần"
    editor.name.setText("")
    editor.name.textEdited.emit("")
    editor.teams.setCurrentIndex(editor.teams_model.index(0, 0))
    assert editor.team_id == second  # stays, with the problem shown
    assert set(editor.errors.visible()) == {"name"}


def test_delete_a_team_and_undo(
    editor: TeamEditor, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    plan_id = editor.plan_id
    assert plan_id is not None
    before = [r.name for r in editor.teams_model.rows()]
    visits = editor.teams_model.rows()[0].visits
    assert visits > 0
    editor.delete_team_button.click()
    assert f" {visits} " in asked[0]  # the question says how many visits name the team
    assert [r.name for r in editor.teams_model.rows()] == before[1:]
    demo_workspace.undo_stack.undo()
    assert [r.name for r in TeamService(demo_workspace.db).teams(plan_id)] == before


def test_pick_a_member_by_typing_without_tones(
    editor: TeamEditor, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    editor.teams.setCurrentIndex(editor.teams_model.index(1, 0))  # the undercover team
    seen: list[list[str]] = []

    def run(picker: PersonPicker) -> int:
        qtbot.addWidget(picker)
        picker.filter.setText("tran thi thu")
        seen.append([picker.model.row_at(r).full_name for r in range(picker.model.rowCount())])
        picker.extra.itemAt(0, picker.extra.ItemRole.FieldRole).widget().setCurrentIndex(1)  # type: ignore[union-attr]
        picker.accept()
        return picker.result()

    monkeypatch.setattr(PersonPicker, "exec", run)
    editor.members_panel.add_member_button.click()
    assert seen == [["Trần Thị Thu Hà"]]
    assert ("Trần Thị Thu Hà", TeamRole.DEPUTY) in roles(editor)


def test_picker_makes_a_new_person(
    demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ws = demo_workspace

    def fill(dialog: PersonDialog) -> int:
        assert dialog.full_name.text() == "Quách Thị Xuân Yến"  # the name typed so far
        dialog.job_title.setText("Chuyên viên Sở Nội vụ")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill)
    picker = PersonPicker(ws, set())
    qtbot.addWidget(picker)
    picker.filter.setText("Quách Thị Xuân Yến")
    assert picker.model.rowCount() == 0 and picker.chosen_id() is None
    picker.accept()
    assert picker.result() != QDialog.DialogCode.Accepted  # nobody chosen yet
    picker.new_button.click()
    chosen = picker.chosen_id()
    assert chosen is not None
    assert PersonService(ws.db).draft(chosen)[0].job_title == "Chuyên viên Sở Nội vụ"
    picker.filter.setText("quach thi xuan yen")
    assert [picker.model.row_at(r).full_name for r in range(picker.model.rowCount())] == [
        "Quách Thị Xuân Yến"
    ]
    ws.undo_stack.undo()
    picker.refresh()
    assert picker.model.rowCount() == 0


# -- people -------------------------------------------------------------------------


def test_person_dialog_checks_the_email_and_saves(demo_workspace: Workspace, qtbot: QtBot) -> None:
    ws = demo_workspace
    dialog = PersonDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Đinh Thị Mai")
    dialog.email.setText("mai at snv")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert set(dialog.errors.visible()) == {"email"}
    dialog.email.setText("mai.dt@snv.vinhphuc.gov.vn")
    dialog.honorific.setCurrentIndex(2)
    dialog.unit.setEditText("so noi vu")
    dialog.unit.lineEdit().editingFinished.emit()
    assert dialog.unit.currentText() == "Sở Nội vụ"
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None
    rows = PersonService(ws.db).search_people("dinh thi mai")
    assert [(r.full_name, r.unit) for r in rows] == [("Đinh Thị Mai", "Sở Nội vụ")]


def test_search_combo_and_date_edit(qtbot: QtBot) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    combo = SearchCombo("(none)")
    qtbot.addWidget(combo)
    names = ["UBND thành phố Vĩnh Yên", "Sở Nội vụ", "UBND huyện Vĩnh Tường"]
    combo.set_choices([Choice(i, n) for i, n in zip(ids, names, strict=True)], ids[1])
    assert combo.value() == ids[1]
    for typed, expected in (("vinh tuong", ids[2]), ("vinh", ids[2]), ("", None)):
        combo.setEditText(typed)
        combo.lineEdit().editingFinished.emit()
        assert combo.value() == expected, typed  # "vinh" names two: the choice stays
    date_edit = OptionalDateEdit()
    qtbot.addWidget(date_edit)
    assert date_edit.value() is None and date_edit.text().strip() == ""
    date_edit.set_value(date(2026, 3, 5))
    assert date_edit.text() == "05/03/2026" and date_edit.value() == date(2026, 3, 5)
    date_edit.show()
    date_edit.setFocus()
    date_edit.lineEdit().selectAll()
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete)
    assert date_edit.value() is None


# -- the Plans screen ---------------------------------------------------------------


def test_plans_page_lists_adds_with_insert_and_edits_with_enter(
    plans_page: PlansPage,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    qtmodeltester: object,
) -> None:
    page = plans_page
    assert shown(page)[0] == "Kế hoạch kiểm tra công vụ năm 2026"
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    opened: list[uuid.UUID | None] = []

    def run(dialog: PlanDialog) -> int:
        opened.append(dialog.plan_id)
        if dialog.plan_id is None:
            dialog.title.setText("Kế hoạch kiểm tra chuyên đề cải cách hành chính")
            dialog.start_on.set_value(date(2027, 1, 5))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", run)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert opened == [None]
    qtbot.waitUntil(lambda: "Kế hoạch kiểm tra chuyên đề cải cách hành chính" in shown(page))
    current = page.current_id()
    assert current is not None
    assert page.model.rows()[[str(r.id) for r in page.model.rows()].index(current)].title == (
        "Kế hoạch kiểm tra chuyên đề cải cách hành chính"
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened[1] == uuid.UUID(current)


def test_delete_plans_to_the_trash_and_undo(
    plans_page: PlansPage,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    page = plans_page
    before = shown(page)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.setFocus()
    page.table.selectRow(before.index("Kế hoạch kiểm tra công vụ năm 2024"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown(page) == before  # answered No
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "35/KH-SNV" in asked[1]
    qtbot.waitUntil(lambda: "Kế hoạch kiểm tra công vụ năm 2024" not in shown(page))
    demo_workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: sorted(shown(page)) == sorted(before))
    demo_workspace.undo_stack.redo()
    qtbot.waitUntil(lambda: len(shown(page)) == len(before) - 1)
