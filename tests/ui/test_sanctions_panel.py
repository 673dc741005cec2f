"""The sanctions panel: the demo's sanctions, add/edit/delete with undo, the editor's tab."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date

import pytest
import shiboken6
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspectdesk.db.models import Sanction, Unit, Visit
from inspectdesk.domain.enums import SanctionForm
from inspectdesk.services.sanctions import SanctionService
from inspectdesk.ui.sanctions_panel import SanctionDialog, SanctionsPanel, form_label
from inspectdesk.ui.visit_editor import VisitEditor
from inspectdesk.ui.workspace import Workspace

TAM_SON = "UBND thị trấn Tam Sơn"


def visit_of(ws: Workspace, unit_name: str) -> uuid.UUID:
    """The demo's visit of ``unit_name`` that has sanctions."""
    with ws.db.sessions() as s:
        return s.scalars(
            select(Visit.id)
            .join(Unit, Unit.id == Visit.unit_id)
            .join(Sanction, Sanction.visit_id == Visit.id)
            .where(Unit.name == unit_name)
        ).first()  # type: ignore[return-value]


@pytest.fixture
def panel(qtbot: QtBot, demo_workspace: Workspace) -> SanctionsPanel:
    widget = SanctionsPanel(demo_workspace)
    qtbot.addWidget(widget)
    widget.set_visit(visit_of(demo_workspace, TAM_SON))
    widget.set_editable(True)
    return widget


def drive(panel: SanctionsPanel, fill: Callable[[SanctionDialog], None]) -> list[SanctionDialog]:
    """Make the panel's dialogs run ``fill`` then OK instead of waiting for the user."""
    shown: list[SanctionDialog] = []

    def run(dialog: SanctionDialog) -> None:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()

    panel._open_dialog = run  # type: ignore[method-assign]
    return shown


def texts(panel: SanctionsPanel) -> list[tuple[str, ...]]:
    model = panel.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def select_name(panel: SanctionsPanel, name: str) -> None:
    row = next(r for r, t in enumerate(texts(panel)) if t[0] == name)
    panel.view.selectRow(row)


def test_the_demo_sanctions_are_listed(panel: SanctionsPanel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(panel.model)
    rows = texts(panel)
    assert len(rows) == 3
    assert (
        "Nguyễn Văn Tuấn",
        form_label(SanctionForm.CRITICISM),
        "25/11/2021",
        "152/TB-UBND",
    ) in rows
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()


def test_add_edit_delete_and_undo(panel: SanctionsPanel, demo_workspace: Workspace) -> None:
    stack = demo_workspace.undo_stack
    assert panel.visit_id is not None
    people = SanctionService(demo_workspace.db).people(panel.visit_id)

    def add(dialog: SanctionDialog) -> None:
        index = dialog.person.findData(str(people[0].id))
        dialog.person.setCurrentIndex(index)
        dialog.person.activated.emit(index)
        dialog.form.setCurrentIndex(dialog.form.findData(SanctionForm.CRITICISM.value))
        dialog.decided_on.set_value(date(2021, 12, 1))
        dialog.decision_number.setText("160/TB-UBND")

    shown = drive(panel, add)
    panel.add_button.click()
    name = shown[0].person_name.text()
    assert name and name in people[0].name
    assert not shown[0].isVisible() and shown[0].result() == SanctionDialog.DialogCode.Accepted
    assert (name, form_label(SanctionForm.CRITICISM), "01/12/2021", "160/TB-UBND") in texts(panel)
    assert stack.undoText() == panel.tr("Add sanction")

    select_name(panel, name)
    drive(panel, lambda d: d.form.setCurrentIndex(d.form.findData(SanctionForm.WARNING.value)))
    panel.edit_button.click()
    assert (name, form_label(SanctionForm.WARNING), "01/12/2021", "160/TB-UBND") in texts(panel)
    stack.undo()
    assert (name, form_label(SanctionForm.CRITICISM), "01/12/2021", "160/TB-UBND") in texts(panel)
    stack.redo()

    select_name(panel, name)
    panel.delete_button.click()
    assert len(texts(panel)) == 3
    assert name not in [t[0] for t in texts(panel)]
    stack.undo()
    assert (name, form_label(SanctionForm.WARNING), "01/12/2021", "160/TB-UBND") in texts(panel)
    stack.undo()  # the edit
    stack.undo()  # the addition
    assert len(texts(panel)) == 3


def test_bad_input_is_shown_and_the_dialog_stays_open(panel: SanctionsPanel) -> None:
    def bad(dialog: SanctionDialog) -> None:
        dialog.person_name.clear()
        dialog.decided_on.set_value(date(2999, 1, 1))

    shown = drive(panel, bad)
    panel.add_button.click()
    errors = shown[0].errors.visible()
    assert set(errors) == {"person_name", "form", "decided_on"}
    assert shown[0].result() != SanctionDialog.DialogCode.Accepted
    assert len(texts(panel)) == 3


def test_a_read_only_panel_offers_no_edits(panel: SanctionsPanel) -> None:
    panel.set_editable(False)
    panel.view.selectRow(0)
    assert not any(
        b.isEnabled() for b in (panel.add_button, panel.edit_button, panel.delete_button)
    )


@pytest.fixture
def editor(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[VisitEditor]:
    widget = VisitEditor(demo_workspace, visit_of(demo_workspace, TAM_SON))
    yield widget
    if shiboken6.isValid(widget):
        widget.close()


def test_sanctions_stay_editable_after_the_minutes_are_signed(
    editor: VisitEditor, demo_workspace: Workspace
) -> None:
    """Sanctions are decided after signing, so the signed lock does not cover them."""
    index = editor.tabs.indexOf(editor.sanctions)
    assert index == 5 and editor.tabs.isTabEnabled(index)
    assert editor.sanctions.model.rowCount() == 3
    assert editor.detail is not None and editor.detail.locked
    assert editor.sanctions.add_button.isEnabled()
    assert (
        not editor.results.isEnabled()
        or not getattr(editor.results, "edit_buttons", [editor.sanctions.add_button])[0].isEnabled()
    )
