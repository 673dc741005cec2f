"""The organisation and checklist editors on the demo data."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.services.checklists import ChecklistService
from inspectdesk.services.listing import list_plans
from inspectdesk.services.organisations import OrganisationService
from inspectdesk.services.plans import PlanService
from inspectdesk.ui.checklist_dialog import ChecklistDialog
from inspectdesk.ui.organisation_dialog import OrganisationsDialog
from inspectdesk.ui.workspace import Workspace


def covid_plan_checklist(ws: Workspace) -> uuid.UUID | None:
    plan = next(p for p in list_plans(ws.db) if p.number == "230/KH-UBND")
    return PlanService(ws.db).draft(plan.id)[0].checklist_id


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "Discard" to every unsaved-changes question, and record the questions."""
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def org_dialog(ws: Workspace, qtbot: QtBot) -> OrganisationsDialog:
    dialog = OrganisationsDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def checklist_dialog(ws: Workspace, qtbot: QtBot) -> ChecklistDialog:
    dialog = ChecklistDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- organisations ---------------------------------------------------------------------


def test_organisations_list_and_header_preview(demo_workspace: Workspace, qtbot: QtBot) -> None:
    dialog = org_dialog(demo_workspace, qtbot)
    assert dialog.list.count() == 2
    assert dialog.name.text() == "SỞ NỘI VỤ"  # the default comes first
    assert dialog.header_preview() == "UBND TỈNH VĨNH PHÚC / SỞ NỘI VỤ / No.: …/BB-SNV"
    assert not dialog.delete_button.isEnabled()


def test_set_a_new_default_organisation_and_undo(demo_workspace: Workspace, qtbot: QtBot) -> None:
    service = OrganisationService(demo_workspace.db)
    before = service.default()
    dialog = org_dialog(demo_workspace, qtbot)
    dialog.list.setCurrentRow(1)
    assert dialog.superior_name.text() == "UBND TỈNH TRÀ VINH"
    dialog.default_button.click()
    after = service.default()
    assert after not in (None, before)
    assert dialog.current_id == after
    assert "UBND TỈNH TRÀ VINH" in dialog.list.item(0).text()
    demo_workspace.undo_stack.undo()
    assert service.default() == before


def test_add_an_organisation_with_validation(
    demo_workspace: Workspace, qtbot: QtBot, questions: list[str]
) -> None:
    dialog = org_dialog(demo_workspace, qtbot)
    dialog.add_button.click()
    dialog.name.setText("")
    dialog.doc_code.setText("S/NV")
    dialog.email.setText("không phải thư")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    shown = dialog.errors.visible()
    assert set(shown) == {"name", "doc_code", "email"}
    assert "SNV" in shown["doc_code"]
    assert len(OrganisationService(demo_workspace.db).rows()) == 2
    dialog.superior_name.setText("ubnd tỉnh vĩnh phúc")
    dialog.name.setText("thanh tra tỉnh")
    dialog.doc_code.setText("ttr")
    dialog.email.setText("")
    assert dialog.header_preview() == "UBND TỈNH VĨNH PHÚC / THANH TRA TỈNH / No.: …/BB-TTR"
    dialog.accept()
    assert not dialog.isVisible()  # OK saved and closed
    names = [r.name for r in OrganisationService(demo_workspace.db).rows()]
    assert "THANH TRA TỈNH" in names
    assert questions == []


def test_unsaved_organisation_changes_are_asked_about(
    demo_workspace: Workspace, qtbot: QtBot, questions: list[str]
) -> None:
    dialog = org_dialog(demo_workspace, qtbot)
    dialog.place_name.setText("Phúc Yên")
    dialog.list.setCurrentRow(1)
    assert len(questions) == 1
    assert dialog.superior_name.text() == "UBND TỈNH TRÀ VINH"
    dialog.list.setCurrentRow(0)
    assert dialog.place_name.text() == "Vĩnh Yên"  # discarded


def test_the_default_cannot_be_deleted_but_another_can(
    demo_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog = org_dialog(demo_workspace, qtbot)
    dialog.delete()
    assert "default" in dialog.errors.visible()[""]
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.delete_button.click()
    assert dialog.list.count() == 1
    demo_workspace.undo_stack.undo()
    assert dialog.list.count() == 2


# -- checklists ------------------------------------------------------------------------


def test_checklists_are_listed_with_their_use(demo_workspace: Workspace, qtbot: QtBot) -> None:
    dialog = checklist_dialog(demo_workspace, qtbot)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 2
    assert all("version 1" in t and "plan" in t for t in texts)
    assert not dialog.delete_button.isEnabled()
    tree = dialog.editor.tree
    assert tree.topLevelItem(0).text(0) == "1"
    assert tree.topLevelItem(0).child(0).text(0) == "1.1"


def test_editing_a_used_checklist_makes_version_two(
    demo_workspace: Workspace, qtbot: QtBot
) -> None:
    pinned = covid_plan_checklist(demo_workspace)
    dialog = checklist_dialog(demo_workspace, qtbot)
    row = next(i for i in range(dialog.list.count()) if "Covid" in dialog.list.item(i).text())
    dialog.list.setCurrentRow(row)
    assert dialog.current_id == pinned
    tree = dialog.editor.tree
    first = tree.topLevelItem(0).child(0)
    first.setText(1, first.text(1) + " (sửa)")
    tree.setCurrentItem(first)
    dialog.editor.guidance.setPlainText("Xem thêm báo cáo tuần.")
    assert dialog.is_dirty()
    dialog.save_button.click()
    assert dialog.current_id != pinned
    assert "version 2" in dialog.status.text()
    assert covid_plan_checklist(demo_workspace) == pinned
    service = ChecklistService(demo_workspace.db)
    assert service.version(dialog.current_id) == 2
    assert service.load(pinned).sections[0].items[0].text.endswith("(sửa)") is False
    saved = service.load(dialog.current_id).sections[0].items[0]
    assert saved.text.endswith("(sửa)") and saved.guidance == "Xem thêm báo cáo tuần."
    assert dialog.list.count() == 3
    demo_workspace.undo_stack.undo()
    assert dialog.list.count() == 2


def test_create_a_checklist_with_two_sections(
    demo_workspace: Workspace, qtbot: QtBot, questions: list[str]
) -> None:
    dialog = checklist_dialog(demo_workspace, qtbot)
    dialog.new_button.click()
    editor = dialog.editor
    dialog.save_button.click()  # empty: name and sections are missing
    assert "name" in dialog.errors.visible()
    assert "section" in editor.problems.text()
    dialog.name.setText("Kiểm tra cải cách hành chính")
    editor.add_section()
    editor.tree.currentItem().setText(1, "Công tác chỉ đạo")
    editor.add_item()
    editor.tree.currentItem().setText(1, "Ban hành kế hoạch cải cách hành chính")
    editor.add_item()
    editor.tree.currentItem().setText(1, "Kiểm tra, đánh giá")
    editor.add_section()
    dialog.save_button.click()
    assert "Section 2 needs a title." in editor.problems.text()
    assert "Section 2 needs at least one item." in editor.problems.text()
    editor.tree.currentItem().setText(1, "Thủ tục hành chính")
    editor.add_item()  # opens an editor on the new item: type there
    line = editor.tree.indexWidget(editor.tree.currentIndex().siblingAtColumn(1))
    assert isinstance(line, QLineEdit)
    line.setText("Niêm yết thủ tục hành chính")
    editor.move_current(-1)  # crosses into section 1, as its last item
    assert editor.tree.currentItem().text(0) == "1.3"
    editor.move_current(1)
    assert editor.tree.currentItem().text(0) == "2.1"
    assert dialog.save() is True
    assert dialog.status.text() == "Saved."
    draft = ChecklistService(demo_workspace.db).load(dialog.current_id)
    assert [len(s.items) for s in draft.sections] == [2, 1]
    assert draft.sections[1].items[0].text == "Niêm yết thủ tục hành chính"
    assert dialog.list.count() == 3
    assert questions == []
    assert dialog.delete_button.isEnabled()  # no plan uses it
    dialog.delete_button.click()
    assert dialog.list.count() == 2


def test_unsaved_checklist_changes_are_asked_about(
    demo_workspace: Workspace, qtbot: QtBot, questions: list[str]
) -> None:
    dialog = checklist_dialog(demo_workspace, qtbot)
    dialog.name.setText("Tên khác")
    dialog.reject()
    assert len(questions) == 1
    assert "Tên khác" in questions[0]
    assert not dialog.isVisible()
