"""Team packages from the Plans page, and opening a .idp from File → Open."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from inspectdesk.services import listing
from inspectdesk.services.packages import read_manifest
from inspectdesk.ui import package_actions, worker
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.plans_page import PlansPage
from inspectdesk.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_file)
    win.show_page("plans")
    yield win


def page_of(window: MainWindow) -> PlansPage:
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    return page


def first_plan(page: PlansPage) -> uuid.UUID:
    assert page.workspace is not None
    return next(p.id for p in listing.list_plans(page.workspace.db) if p.number == "230/KH-UBND")


def test_export_and_open_a_team_package(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.select_plan(first_plan(page))
    assert page.extras.package.isEnabled() and page.extras.package in page.menu_actions()
    told: list[str] = []
    monkeypatch.setattr(
        package_actions, "document_ready", lambda _p, _t, text, _path: told.append(text)
    )
    target = tmp_path / "gói đoàn.idp"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with worker.synchronous():
        assert package_actions.export_selected(page) is not None
    assert read_manifest(target)["plan"].startswith("230/KH-UBND") and "230/KH-UBND" in told[0]
    database = tmp_path / "đoàn.idb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(database), ""))
    assert package_actions.open_package_file(window, target)
    assert window.workspace is not None and window.workspace.path == database


def test_a_bad_package_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "hỏng.idp"
    bad.write_text("không phải gói", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        package_actions, "show_user_error", lambda _w, exc: shown.append(exc.describe("vi"))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ra.idb"), "")
    )
    before = window.workspace
    assert not package_actions.open_package_file(window, bad)
    assert shown and "hỏng.idp" in shown[0]
    assert window.workspace is before and not (tmp_path / "ra.idb").exists()


def test_plans_page_exports_and_imports_toml_plans(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    assert page.extras.import_plan in page.menu_actions()
    assert page.extras.import_plan.isEnabled()
    page.table.clearSelection()
    assert not page.extras.export_plan.isEnabled()
    page.select_plan(first_plan(page))
    assert page.extras.export_plan.isEnabled()
    target = tmp_path / "ke-hoach.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: 0)
    page.extras.export_plan.trigger()
    text = target.read_text(encoding="utf-8")
    assert 'number = "230/KH-UBND"' in text
    imported = tmp_path / "nam-sau.toml"
    imported.write_text(text.replace("230/KH-UBND", "231/KH-UBND"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(imported), ""))
    page.extras.import_plan.trigger()
    assert page.workspace is not None
    numbers = [p.number for p in listing.list_plans(page.workspace.db)]
    assert "231/KH-UBND" in numbers


def test_plans_page_writes_the_statistics_workbook(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from inspectdesk.ui import plan_extras

    page = page_of(window)
    page.table.clearSelection()
    assert not page.extras.stats.isEnabled()
    page.select_plan(first_plan(page))
    assert page.extras.stats.isEnabled() and page.extras.stats in page.menu_actions()
    target = tmp_path / "thong ke.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(
        plan_extras, "document_ready", lambda _p, _t, text, _path: told.append(text)
    )
    with worker.synchronous():
        page.extras.stats.trigger()
    sheet = load_workbook(target).active
    assert sheet is not None
    formulas = [
        c.value for row in sheet.iter_rows() for c in row if str(c.value).startswith("=SUM")
    ]
    assert formulas and told and "21" in told[0]  # the inspected visits of the plan
