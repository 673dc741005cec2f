"""The plans page writes a plan's Word documents: the editable report, the decision, the plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import DocumentType
from inspectdesk.services import listing
from inspectdesk.services.files import open_file
from inspectdesk.services.plans import PlanDraft, PlanService
from inspectdesk.services.register_list import DocumentFilter, list_documents
from inspectdesk.ui import worker
from inspectdesk.ui.document_folder import documents_folder
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages import plans_page
from inspectdesk.ui.pages.plans_page import PlansPage
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.workspace import Workspace

PLAN_NUMBER = "230/KH-UBND"
KINDS = ("report_docx", "decision", "plan")


@dataclass
class Offered:
    """One call of document_ready: the box the user would see."""

    parent: object
    title: str
    text: str
    path: Path


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.show_page("plans")
    return win


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[Offered]:
    """The "document written" boxes shown, instead of showing them."""
    calls: list[Offered] = []

    def record(parent: object, title: str, text: str, path: Path) -> str:
        calls.append(Offered(parent, title, text, path))
        return "close"

    monkeypatch.setattr(plans_page, "document_ready", record)
    return calls


def page_of(window: MainWindow) -> PlansPage:
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    return page


def plan_id(page: PlansPage, number: str = PLAN_NUMBER) -> uuid.UUID:
    assert page.workspace is not None
    return next(p.id for p in listing.list_plans(page.workspace.db) if p.number == number)


def docx_text(path: Path) -> str:
    """Every paragraph of a .docx, in its body and its tables (the header is a table)."""
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)


def register(page: PlansPage, doc_type: DocumentType) -> dict[str, str]:
    """The register's entries of a type: number → file name."""
    assert page.workspace is not None
    rows = list_documents(page.workspace.db, DocumentFilter(doc_type=doc_type))
    return {r.number: r.file_name for r in rows}


def the_actions(page: PlansPage) -> list[QAction]:
    return [page.report_docx_action, page.decision_action, page.plan_document_action]


def test_the_actions_need_exactly_one_plan(window: MainWindow) -> None:
    page = page_of(window)
    page.table.clearSelection()
    assert not any(a.isEnabled() for a in page.document_actions())
    page.select_plan(plan_id(page))
    assert all(a.isEnabled() for a in page.document_actions())
    page.table.selectAll()
    assert page.proxy.rowCount() > 1
    assert not any(a.isEnabled() for a in page.document_actions())
    assert not page.report_button.isEnabled()


def test_the_actions_are_in_the_context_menu_and_behind_the_report_button(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    for action in the_actions(page):
        assert action in page.menu_actions()
        assert action in page.actions()  # their shortcuts work on the page
    button = page.report_button
    assert isinstance(button, QToolButton)
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.MenuButtonPopup
    menu = button.menu()
    assert menu is not None
    listed = [a for a in menu.actions() if not a.isSeparator()]
    assert listed == [page.report_action, *the_actions(page)]
    page.select_plan(plan_id(page))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a[1]) or ("", ""))
    button.click()  # the button itself still writes the PDF report
    assert asked == [page.tr("Summary report")]


def test_a_read_only_file_disables_the_actions(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    ws = Workspace(open_file(demo_file, readonly=True))
    try:
        page = PlansPage()
        qtbot.addWidget(page)
        page.attach(ws)
        page.show()
        page.select_plan(plan_id(page))
        assert len(page.selected_ids()) == 1
        assert not any(a.isEnabled() for a in page.document_actions())
        assert not page.report_button.isEnabled()
        with worker.synchronous():
            assert page.write_document_to("decision", plan_id(page), tmp_path / "x.docx") is None
        assert not (tmp_path / "x.docx").exists()
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("kind", "doc_type", "number", "heading"),
    [
        ("report_docx", DocumentType.REPORT, "01/BC-SNV", "BÁO CÁO"),
        ("decision", DocumentType.DECISION, "1234/QĐ-UBND", "QUYẾT ĐỊNH"),
        ("plan", DocumentType.PLAN, PLAN_NUMBER, "KẾ HOẠCH"),
    ],
)
def test_each_document_is_written_recorded_and_offered(
    window: MainWindow,
    offered: list[Offered],
    tmp_path: Path,
    kind: str,
    doc_type: DocumentType,
    number: str,
    heading: str,
) -> None:
    page = page_of(window)
    target = tmp_path / f"{kind}.docx"
    with worker.synchronous():
        task = page.write_document_to(kind, plan_id(page), target)
    assert task is not None and task is page.document_task and not task.running
    text = docx_text(target)  # python-docx reads it
    assert heading in text and number in text
    if kind == "report_docx":  # the plan and its decision are the UBND's, not in this register
        assert register(page, doc_type)[number] == target.name
    [box] = offered
    assert box.parent is page and box.path == target
    assert number in box.text and number in page.count.text()


def test_a_plan_without_numbers_gets_them_in_the_box(
    window: MainWindow, offered: list[Offered], tmp_path: Path
) -> None:
    page = page_of(window)
    assert page.workspace is not None
    plans = PlanService(page.workspace.db, page.workspace.bus)
    new_plan = plans.create(
        PlanDraft(
            title="Kế hoạch kiểm tra công vụ năm 2027",
            start_on=date(2027, 3, 1),
            end_on=date(2027, 6, 30),
        )
    )
    with worker.synchronous():
        page.write_document_to("decision", new_plan, tmp_path / "qd.docx")
        page.write_document_to("plan", new_plan, tmp_path / "kh.docx")
    draft, _revision = plans.draft(new_plan)
    assert "/QĐ-" in draft.decision_number and "/KH-" in draft.number
    assert [b.path for b in offered] == [tmp_path / "qd.docx", tmp_path / "kh.docx"]
    assert draft.decision_number in offered[0].text
    assert draft.number in offered[1].text
    assert draft.decision_number in docx_text(tmp_path / "qd.docx")
    assert draft.number in docx_text(tmp_path / "kh.docx")
    assert register(page, DocumentType.DECISION)[draft.decision_number] == "qd.docx"
    assert register(page, DocumentType.PLAN)[draft.number] == "kh.docx"


@pytest.mark.parametrize(
    ("kind", "stem"),
    [
        ("report_docx", "Report 230-KH-UBND"),
        ("decision", "Decision establishing the team - 230-KH-UBND"),
        ("plan", "Plan 230-KH-UBND"),
    ],
)
def test_the_action_asks_for_a_file_in_the_documents_folder(
    window: MainWindow,
    offered: list[Offered],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    stem: str,
) -> None:
    page = page_of(window)
    page.select_plan(plan_id(page))
    asked: list[str] = []
    chosen = tmp_path / "my document"

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    action = dict(zip(KINDS, the_actions(page), strict=True))[kind]
    with worker.synchronous():
        action.trigger()
    assert [Path(a) for a in asked] == [documents_folder() / f"{stem}.docx"]
    written = chosen.with_name("my document.docx")
    Document(str(written))
    assert [b.path for b in offered] == [written]


def test_cancelling_the_file_dialog_writes_nothing(
    window: MainWindow, offered: list[Offered], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.select_plan(plan_id(page))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    before = register(page, DocumentType.DECISION)
    assert page.write_document("decision") is None
    assert register(page, DocumentType.DECISION) == before
    assert offered == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_user_error_is_shown_and_offers_nothing(
    window: MainWindow,
    offered: list[Offered],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    page = page_of(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    before = page.count.text()
    with worker.synchronous():
        page.write_document_to(kind, uuid.uuid4(), tmp_path / "gone.docx")  # no such plan
        folder = tmp_path / "a folder.docx"
        folder.mkdir()
        page.write_document_to(kind, plan_id(page), folder)  # cannot be written
    assert len(shown) == 2
    assert not (tmp_path / "gone.docx").exists() and folder.is_dir()
    assert offered == [] and page.count.text() == before


def test_the_document_is_written_in_the_background(
    window: MainWindow, offered: list[Offered], tmp_path: Path, qtbot: QtBot
) -> None:
    page = page_of(window)
    target = tmp_path / "threaded.docx"
    task = page.write_document_to("plan", plan_id(page), target)
    assert task is not None and task.running  # delivered through the event loop
    assert page.write_document_to("decision", plan_id(page), tmp_path / "b.docx") is task
    qtbot.waitSignal(task.ended, timeout=20000).wait()
    assert PLAN_NUMBER in docx_text(target)
    assert [b.path for b in offered] == [target]
    assert not (tmp_path / "b.docx").exists()
