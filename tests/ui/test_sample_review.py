"""The plan editor's Sample tab: strata, draw, swap, add, remove, accept, export, undo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sampling_province import build_province, seed_000_toml

from inspectdesk.domain.sampling import PickSource, Stratum
from inspectdesk.services.files import open_file
from inspectdesk.services.listing import list_plans
from inspectdesk.services.plan_files import import_plan
from inspectdesk.services.plans import PlanService
from inspectdesk.ui import worker
from inspectdesk.ui.plan_dialog import PlanDialog
from inspectdesk.ui.plan_files_ui import export_plan_to, import_plan_from
from inspectdesk.ui.sample_dialogs import SwapDialog
from inspectdesk.ui.sample_review import SampleReviewPanel
from inspectdesk.ui.stratum_dialog import StratumDialog
from inspectdesk.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    with worker.synchronous():
        yield


@pytest.fixture
def province(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[Workspace, uuid.UUID]]:
    """The province file with the seed-000 plan, opened as the UI sees it."""
    path = tmp_path / "province.idb"
    build_province(path)
    plan_file = tmp_path / "230.toml"
    plan_file.write_text(seed_000_toml(), encoding="utf-8")
    workspace = Workspace(open_file(path))
    plan_id = import_plan(workspace.db, plan_file).plan_id
    yield workspace, plan_id
    workspace.close()


@pytest.fixture
def dialog(province: tuple[Workspace, uuid.UUID], qtbot: QtBot) -> PlanDialog:
    workspace, plan_id = province
    plan_dialog = PlanDialog(workspace, plan_id)
    qtbot.addWidget(plan_dialog)
    plan_dialog.show()
    plan_dialog.tabs.setCurrentWidget(plan_dialog.sample_tab)
    return plan_dialog


def panel_of(dialog: PlanDialog) -> SampleReviewPanel:
    return dialog.sample_tab.panel


def shown_units(panel: SampleReviewPanel) -> list[str]:
    return [row.unit for row in panel.sample.model.rows()]


def test_a_new_plan_is_saved_before_its_sample(province: Any, qtbot: QtBot) -> None:
    workspace, _ = province
    dialog = PlanDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sample_tab.currentIndex() == 0
    dialog.title.setText("Kiểm tra công vụ năm 2027")
    dialog.sample_tab.save_first_button.click()
    assert dialog.plan_id is not None
    assert dialog.sample_tab.currentIndex() == 1
    assert panel_of(dialog).plan_id == dialog.plan_id
    assert not panel_of(dialog).options.draw_button.isEnabled()  # no strata yet


def test_draw_shows_the_seed_000_sample_and_undo_takes_it_back(
    dialog: PlanDialog, province: Any
) -> None:
    workspace, plan_id = province
    panel = panel_of(dialog)
    assert panel.options.seed.value() == 2021
    assert panel.strata_editor.model.rowCount() == 4
    assert panel.sample.summary.text()
    panel.options.draw_button.click()
    assert len(shown_units(panel)) == 45
    totals = [panel.strata_editor.totals[i] for i in range(4)]
    assert totals == [(12, 12, 12), (9, 9, 9), (26, 14, 14), (27, 10, 10)]
    first = shown_units(panel)
    panel.options.seed.setValue(9)
    panel.options.draw_button.click()
    assert shown_units(panel) != first
    workspace.undo_stack.undo()
    assert shown_units(panel) == first
    assert panel.view is not None and panel.view.seed == 2021
    workspace.undo_stack.undo()
    assert shown_units(panel) == []
    dialog.title.setText("Kế hoạch kiểm tra đã sửa")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert dialog.errors.visible() == {}  # drawing changed the seed, not the editing
    assert PlanService(workspace.db).draft(plan_id)[0].title == "Kế hoạch kiểm tra đã sửa"


def test_swap_add_remove_and_the_removed_rows(
    dialog: PlanDialog, province: Any, qtbot: QtBot
) -> None:
    workspace, _ = province
    panel = panel_of(dialog)
    panel.options.draw_button.click()
    pick = next(p for p in panel.view.current() if p.parent == "UBND huyện Sông Lô")  # type: ignore[union-attr]
    candidates = panel.service.candidates(pick.id)
    swap = SwapDialog(pick.unit, pick.stratum_label, candidates)
    qtbot.addWidget(swap)
    taken = next(c for c in candidates if c.in_sample)
    free = next(c for c in candidates if not c.in_sample)
    swap.choose(taken.unit_id)
    assert swap.chosen() is None  # a unit of the sample cannot come in again
    swap.choose(free.unit_id)
    assert swap.chosen() == free.unit_id and not swap.ok.isEnabled()  # the reason is required
    swap.reason.setPlainText("Đang sáp nhập")
    assert swap.ok.isEnabled()
    assert panel.apply_swap(pick.id, free.unit_id, swap.reason_text())
    assert free.unit in shown_units(panel) and pick.unit not in shown_units(panel)
    panel.sample.show_removed.setChecked(True)
    assert pick.unit in shown_units(panel)
    row = shown_units(panel).index(free.unit)
    assert panel.sample.model.index(row, 4).data() == "Swapped in"
    assert "Đang sáp nhập" in panel.sample.model.index(row, 5).data()
    school = next(c.id for c in workspace.units.parents() if c.name == "Trường THCS Vĩnh Yên")
    assert panel.apply_add(school, "Phản ánh qua đường dây nóng 1022")
    assert panel.sample.select_unit("Trường THCS Vĩnh Yên")
    assert panel.sample.swap_button.isEnabled()
    added = panel.current_pick()
    assert added is not None and added.source is PickSource.ADDED
    assert panel.apply_remove(added.id, "Trùng với cuộc kiểm tra khác")
    assert panel.view is not None
    assert next(p for p in panel.view.picks if p.id == added.id).removed
    workspace.undo_stack.undo()  # the removal
    workspace.undo_stack.undo()  # the addition
    workspace.undo_stack.undo()  # the swap
    assert "Trường THCS Vĩnh Yên" not in shown_units(panel)
    assert pick.unit in [p.unit for p in panel.view.current()]


def test_accept_asks_then_creates_the_visits_once(
    dialog: PlanDialog, province: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, plan_id = province
    panel = panel_of(dialog)
    panel.options.draw_button.click()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.sample.accept_button.click()
    assert not any(p.visited for p in panel.view.current())  # type: ignore[union-attr]
    panel.sample.accept_button.click()
    assert "45" in asked[1]
    assert all(p.visited for p in panel.view.current())  # type: ignore[union-attr]
    panel.apply_accept()  # again: nothing new
    plan = next(p for p in list_plans(workspace.db) if p.id == plan_id)
    assert plan.visits == 45
    workspace.undo_stack.undo()
    assert not any(p.visited for p in panel.view.current())  # type: ignore[union-attr]


def test_exports_and_strata_editing(dialog: PlanDialog, province: Any, tmp_path: Path) -> None:
    workspace, _ = province
    panel = panel_of(dialog)
    panel.options.draw_button.click()
    panel.export_to(tmp_path / "mẫu.xlsx")
    panel.export_to(tmp_path / "mẫu.pdf")
    assert load_workbook(tmp_path / "mẫu.xlsx").active.max_row == 2 + 45
    assert (tmp_path / "mẫu.pdf").read_bytes().startswith(b"%PDF")
    assert "mẫu.pdf" in panel.sample.summary.text()
    editor = panel.strata_editor
    strata = editor.strata()
    assert editor.save([*strata, Stratum(count=2)], "Thêm nhóm")
    assert editor.model.rowCount() == 5
    assert not panel.sample.stale_note.isHidden()  # the sample no longer fits the strata
    editor.table.selectRow(4)
    editor.move_stratum(-1)
    assert editor.strata()[3] == Stratum(count=2)
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert editor.strata() == strata
    panel.options.draw_button.click()
    assert panel.sample.stale_note.isHidden()


def test_the_stratum_dialog_gives_what_its_fields_say(province: Any, qtbot: QtBot) -> None:
    workspace, _ = province
    units = workspace.units
    kinds, levels, parents = units.kinds(), units.levels(), units.parents()
    commune_kind = next(k.id for k in kinds if k.name == "UBND cấp xã")
    yên_lạc = next(u.id for u in parents if u.name == "UBND huyện Yên Lạc")
    start = Stratum(kind_id=commune_kind, under=(yên_lạc,), percent=30)
    dialog = StratumDialog(kinds, levels, parents, start)
    qtbot.addWidget(dialog)
    assert dialog.stratum() == start
    dialog.by_count.setChecked(True)
    dialog.count.setValue(3)
    dialog.unit_picker.set_value(next(u.id for u in parents if u.name == "UBND huyện Tam Đảo"))
    dialog.add_unit_button.click()
    dialog.add_unit_button.click()  # listed once
    dialog.label.setText("  03 xã  ")
    made = dialog.stratum()
    assert (made.count, made.percent, made.label, len(made.under)) == (3, None, "03 xã", 2)


def test_plan_files_from_the_plans_page(
    province: Any, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, plan_id = province
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    parent = SampleReviewPanel(workspace)
    qtbot.addWidget(parent)
    out = export_plan_to(parent, workspace, plan_id, tmp_path / "230.toml")
    assert out is not None and "[[sample]]" in out.read_text(encoding="utf-8")
    assert import_plan_from(parent, workspace, out) is None  # its number is taken
    assert "dòng 2" in warnings[0] or "line 2" in warnings[0]
    renamed = tmp_path / "231.toml"
    renamed.write_text(out.read_text(encoding="utf-8").replace("230/", "231/"), encoding="utf-8")
    new_id = import_plan_from(parent, workspace, renamed)
    assert new_id is not None and len(list_plans(workspace.db)) == 2
    workspace.undo_stack.undo()
    assert [p.id for p in list_plans(workspace.db)] == [plan_id]
