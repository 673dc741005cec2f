"""A save refused because someone else saved the visit meanwhile: merged field by field.

Fields only one side changed keep that side's value without asking; fields both
changed are decided in the Save conflict dialog (keep mine, take theirs, type a value)
or the user discards their own changes. Tested on a file; the server pass of the suite
runs the same tests on PostgreSQL, where two people really edit one visit at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspectdesk.db.audit import current_actor, set_actor
from inspectdesk.services.merge_plan import Conflict
from inspectdesk.services.merge_report import describe_conflicts
from inspectdesk.services.visits import VisitService
from inspectdesk.ui import save_conflict_dialog
from inspectdesk.ui.merge_conflicts import THEIRS
from inspectdesk.ui.save_conflict_dialog import SaveConflictDialog
from inspectdesk.ui.visit_editor import VisitEditor, open_visit_editor
from inspectdesk.ui.workspace import Workspace

OTHER = "lan@may-so-2"


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)


@pytest.fixture
def editor(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[VisitEditor]:
    """An editor on a planned demo visit whose place and subject are set."""
    from inspectdesk.domain.enums import VisitStatus
    from inspectdesk.services import listing

    visit_id = listing.list_visits(demo_workspace.db, statuses=[VisitStatus.PLANNED])[0].id
    svc = VisitService(demo_workspace.db)
    draft, revision = svc.general(visit_id)
    svc.update_general(visit_id, replace(draft, place="Phòng họp", subject="Công vụ"), revision)
    opened = open_visit_editor(None, demo_workspace, visit_id)
    yield opened
    if shiboken6.isValid(opened):
        opened.close()


def someone_else_saves(ws: Workspace, visit_id: uuid.UUID | None, **values: Any) -> None:
    """Another secretary saves the visit (no change notice reaches this editor)."""
    assert visit_id is not None
    me = current_actor()
    set_actor(OTHER)
    try:
        svc = VisitService(ws.db)
        draft, revision = svc.general(visit_id)
        svc.update_general(visit_id, replace(draft, **values), revision)
    finally:
        set_actor(me)


def stored(ws: Workspace, visit_id: uuid.UUID | None) -> Any:
    assert visit_id is not None
    return VisitService(ws.db).general(visit_id)[0]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The dialog's questions, answered by ``asked.answer`` (a function of the conflicts)."""
    questions: list[Any] = []

    def ask(_parent: object, who: str, conflicts: Any, lines: Any) -> Any:
        questions.append((who, list(conflicts), list(lines)))
        return answer[0](conflicts)

    answer: list[Any] = [lambda _c: {}]
    monkeypatch.setattr(save_conflict_dialog, "ask_decisions", ask)
    questions.append(answer)
    return questions


def type_into(editor: VisitEditor, field: str, text: str) -> None:
    line = getattr(editor.general, field)
    line.setText(text)
    line.editingFinished.emit()


def test_their_other_fields_and_my_field_are_both_kept_without_asking(
    editor: VisitEditor, demo_workspace: Workspace, asked: list[Any]
) -> None:
    someone_else_saves(demo_workspace, editor.visit_id, place="Hội trường tầng 2")
    type_into(editor, "subject", "Kiểm tra công vụ đột xuất")
    now = stored(demo_workspace, editor.visit_id)
    assert (now.place, now.subject) == ("Hội trường tầng 2", "Kiểm tra công vụ đột xuất")
    assert len(asked) == 1  # only the answer holder: no question
    assert editor.general.place.text() == "Hội trường tầng 2"  # their change, shown
    assert "Saved together with the changes made meanwhile" in editor.status_line.text()
    assert OTHER in editor.status_line.text()
    demo_workspace.undo_stack.undo()  # undo takes back my field only
    now = stored(demo_workspace, editor.visit_id)
    assert (now.place, now.subject) == ("Hội trường tầng 2", "Công vụ")


def test_the_same_change_on_both_sides_is_no_conflict(
    editor: VisitEditor, demo_workspace: Workspace, asked: list[Any]
) -> None:
    someone_else_saves(demo_workspace, editor.visit_id, place="Hội trường")
    type_into(editor, "place", "Hội trường")
    assert len(asked) == 1
    assert stored(demo_workspace, editor.visit_id).place == "Hội trường"
    assert editor.general.place.text() == "Hội trường"


@pytest.mark.parametrize(
    ("decision", "kept"),
    [("mine", "Phòng 201"), (THEIRS, "Hội trường"), (("edit", "Phòng 201 – tầng 2"), None)],
)
def test_a_field_both_changed_is_decided_in_the_dialog(
    editor: VisitEditor,
    demo_workspace: Workspace,
    asked: list[Any],
    decision: Any,
    kept: str | None,
) -> None:
    asked[0][0] = lambda conflicts: {c.key: decision for c in conflicts}
    someone_else_saves(demo_workspace, editor.visit_id, place="Hội trường", subject="Đột xuất")
    type_into(editor, "place", "Phòng 201")
    who, conflicts, lines = asked[1]
    assert OTHER in who
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [
        ("place", "Phòng 201", "Hội trường")
    ]
    assert (lines[0].mine, lines[0].theirs) == ("Phòng 201", "Hội trường")
    expected = kept if kept is not None else "Phòng 201 – tầng 2"
    now = stored(demo_workspace, editor.visit_id)
    assert (now.place, now.subject) == (expected, "Đột xuất")  # their subject stays
    assert editor.general.place.text() == expected
    assert editor.general.subject.text() == "Đột xuất"


def test_discarding_my_changes_writes_nothing_and_shows_theirs(
    editor: VisitEditor, demo_workspace: Workspace, asked: list[Any]
) -> None:
    asked[0][0] = lambda _conflicts: None
    someone_else_saves(demo_workspace, editor.visit_id, place="Hội trường")
    before = VisitService(demo_workspace.db).general(editor.visit_id)  # type: ignore[arg-type]
    type_into(editor, "place", "Phòng 201")
    assert VisitService(demo_workspace.db).general(editor.visit_id) == before  # type: ignore[arg-type]
    assert editor.general.place.text() == "Hội trường"
    assert "discarded" in editor.status_line.text() and OTHER in editor.status_line.text()
    type_into(editor, "place", "Phòng 202")  # the editor is up to date again: saved at once
    assert stored(demo_workspace, editor.visit_id).place == "Phòng 202"
    assert len(asked) == 2


def test_the_dialog_lists_the_fields_and_takes_every_decision(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    row = uuid.uuid4()
    conflicts = [
        Conflict("visit", row, "place", "Phòng 201", "Hội trường", "Sở Nội vụ"),
        Conflict("visit", row, "copies", 3, 4, "Sở Nội vụ"),
    ]
    lines = describe_conflicts(conflicts, None, demo_workspace.db)
    dialog = SaveConflictDialog("lan đã lưu lúc 10:42.", conflicts, lines)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 2).text() == "Phòng 201" and table.item(0, 3).text() == "Hội trường"
    assert dialog.decisions() == {c.key: "mine" for c in conflicts}
    table.set_all(THEIRS)
    assert dialog.decisions() == {c.key: THEIRS for c in conflicts}
    table.set_edit(0, "Phòng 203")
    assert dialog.decisions()[conflicts[0].key] == ("edit", "Phòng 203")
    assert table.combo(1).findData("edit") < 0  # a number is kept or taken, not typed
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and len(buttons.buttons()) == 2
    assert dialog.save_button.isDefault()


# -- editors that save on OK: the unit editor -------------------------------------------------


def unit_dialog(qtbot: QtBot, ws: Workspace, name: str) -> tuple[Any, uuid.UUID]:
    from inspectdesk.services.listing import list_units
    from inspectdesk.ui.unit_dialog import UnitDialog

    unit_id = next(r.id for r in list_units(ws.db) if r.name == name)
    dialog = UnitDialog(ws, unit_id)
    qtbot.addWidget(dialog)
    return dialog, unit_id


def someone_else_edits_unit(ws: Workspace, unit_id: uuid.UUID, **values: Any) -> None:
    me = current_actor()
    set_actor(OTHER)
    try:
        draft, revision = ws.units.draft(unit_id)
        ws.units.update(unit_id, replace(draft, **values), revision)
    finally:
        set_actor(me)


def test_the_unit_editor_keeps_both_sides_and_undo_takes_back_mine(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any]
) -> None:
    dialog, unit_id = unit_dialog(qtbot, demo_workspace, "Sở Tư pháp")
    someone_else_edits_unit(demo_workspace, unit_id, phone="0211 3862 123")
    dialog.address.setText("Số 8 đường Nguyễn Trãi")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and len(asked) == 1
    now = demo_workspace.units.draft(unit_id)[0]
    assert (now.address, now.phone) == ("Số 8 đường Nguyễn Trãi", "0211 3862 123")
    demo_workspace.undo_stack.undo()
    now = demo_workspace.units.draft(unit_id)[0]
    assert (now.address, now.phone) == ("", "0211 3862 123")


@pytest.mark.parametrize("answer", ["theirs", "discard"])
def test_the_unit_editor_asks_about_a_field_both_changed(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any], answer: str
) -> None:
    asked[0][0] = lambda conflicts: None if answer == "discard" else {conflicts[0].key: THEIRS}
    dialog, unit_id = unit_dialog(qtbot, demo_workspace, "Sở Tư pháp")
    someone_else_edits_unit(demo_workspace, unit_id, name="Sở Tư pháp tỉnh Vĩnh Phúc")
    dialog.name.setText("Sở Tư pháp (Vĩnh Phúc)")
    dialog.phone.setText("0211 3862 999")
    dialog.accept()
    who, conflicts, _lines = asked[1]
    assert OTHER in who and [c.field for c in conflicts] == ["name"]
    now = demo_workspace.units.draft(unit_id)[0]
    assert now.name == "Sở Tư pháp tỉnh Vĩnh Phúc"
    # taking theirs for the name still saves my phone; discarding saves nothing of mine
    assert now.phone == ("0211 3862 999" if answer == "theirs" else "")
    assert dialog.result() == (
        dialog.DialogCode.Accepted if answer == "theirs" else dialog.DialogCode.Rejected
    )


# -- the person and citizen-report editors save the same way ----------------------------------


def _other_saves(read: Any, write: Any, row_id: uuid.UUID, **values: Any) -> None:
    me = current_actor()
    set_actor(OTHER)
    try:
        draft, revision = read(row_id)
        write(row_id, replace(draft, **values), revision)
    finally:
        set_actor(me)


def test_the_person_editor_keeps_both_sides(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any]
) -> None:
    from inspectdesk.db.models import Person
    from inspectdesk.services.people import PersonService
    from inspectdesk.ui.person_dialog import PersonDialog

    with demo_workspace.db.sessions() as s:
        person_id = s.scalars(select(Person.id).where(Person.deleted.is_not(True))).first()
    assert person_id is not None
    svc = PersonService(demo_workspace.db)
    dialog = PersonDialog(demo_workspace, person_id)
    qtbot.addWidget(dialog)
    _other_saves(svc.draft, svc.update, person_id, phone="0912 345 678")
    dialog.job_title.setText("Phó Giám đốc")
    dialog.accept()
    now = svc.draft(person_id)[0]
    assert (now.job_title, now.phone) == ("Phó Giám đốc", "0912 345 678")
    assert len(asked) == 1 and dialog.result() == dialog.DialogCode.Accepted


def test_the_citizen_report_editor_asks_and_can_discard(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any]
) -> None:
    from inspectdesk.services.leads import LeadService, list_leads
    from inspectdesk.ui.lead_dialog import LeadDialog

    asked[0][0] = lambda _conflicts: None
    lead_id = list_leads(demo_workspace.db)[0].id
    svc = LeadService(demo_workspace.db)
    dialog = LeadDialog(demo_workspace, lead_id)
    qtbot.addWidget(dialog)
    _other_saves(svc.draft, svc.update, lead_id, note="Đã gọi lại cho người báo tin.")
    dialog.note.setPlainText("Chờ xác minh.")
    dialog.accept()
    (_who, conflicts, _lines) = asked[1]
    assert [(c.table, c.field) for c in conflicts] == [("lead", "note")]
    assert svc.draft(lead_id)[0].note == "Đã gọi lại cho người báo tin."
    assert dialog.result() == dialog.DialogCode.Rejected


def test_the_plan_editor_stays_open_on_theirs_when_mine_is_discarded(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any]
) -> None:
    from inspectdesk.services.listing import list_plans
    from inspectdesk.services.plans import PlanService
    from inspectdesk.ui.plan_dialog import PlanDialog

    asked[0][0] = lambda _conflicts: None
    plan_id = list_plans(demo_workspace.db)[0].id
    svc = PlanService(demo_workspace.db)
    dialog = PlanDialog(demo_workspace, plan_id)
    qtbot.addWidget(dialog)
    _other_saves(svc.draft, svc.update, plan_id, note="Ghi chú của Lan")
    dialog.note.setPlainText("Ghi chú của tôi")
    dialog.accept()
    assert [c.field for c in asked[1][1]] == ["note"]
    assert svc.draft(plan_id)[0].note == "Ghi chú của Lan"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.note.toPlainText() == "Ghi chú của Lan"  # theirs, and editing goes on
    dialog.purpose.setPlainText("Mục đích mới")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and len(asked) == 2
    assert svc.draft(plan_id)[0].purpose == "Mục đích mới"


def test_the_recommendation_editor_keeps_their_evidence_with_my_status(
    qtbot: QtBot, demo_workspace: Workspace, asked: list[Any]
) -> None:
    from datetime import date

    from inspectdesk.domain.enums import RemediationStatus
    from inspectdesk.services.remediation import (
        RecommendationFilter,
        RemediationService,
        list_recommendations,
    )
    from inspectdesk.ui.recommendation_dialog import RecommendationDialog

    today = date(2026, 11, 20)
    open_recs = RecommendationFilter(status=RemediationStatus.OPEN)
    rec_id = list_recommendations(demo_workspace.db, open_recs, today=today)[0].id
    svc = RemediationService(demo_workspace.db)
    dialog = RecommendationDialog(demo_workspace, rec_id, today=today)
    qtbot.addWidget(dialog)
    _other_saves(svc.draft, svc.update, rec_id, evidence="Công văn 12/UBND báo cáo tiến độ")
    dialog.status.setCurrentIndex(dialog.status.findData(RemediationStatus.IN_PROGRESS.value))
    dialog.note.setPlainText("Đơn vị đang khắc phục")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and len(asked) == 1
    detail = svc.detail(rec_id)
    assert detail.state.status is RemediationStatus.IN_PROGRESS
    assert detail.state.evidence == "Công văn 12/UBND báo cáo tiến độ"
    assert "Đơn vị đang khắc phục" in [h.note for h in detail.history]
    demo_workspace.undo_stack.undo()  # my step goes; their evidence stays
    detail = svc.detail(rec_id)
    assert detail.state.status is RemediationStatus.OPEN
    assert detail.state.evidence == "Công văn 12/UBND báo cáo tiến độ"
