"""The main window opens a file, lists it in Vietnamese order and filters without tones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspectdesk.domain.enums import PlanStatus, RemediationStatus, VisitStatus
from inspectdesk.text import vn_sorted
from inspectdesk.ui.labels import label
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.row_model import Column, RowTableModel
from inspectdesk.ui.settings import Settings

UNIT_NAMES = (
    "UBND thành phố Vĩnh Yên",
    "UBND thành phố Phúc Yên",
    "UBND huyện Bình Xuyên",
    "UBND xã Định Trung",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Ủy ban nhân dân tỉnh",
    "Đài Phát thanh và Truyền hình",
    "Ban Quản lý dự án",
    "Bệnh viện Đa khoa tỉnh",
)


def names(page: ListPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, small_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(small_file)
    win.show_page("units")
    return win


def units(window: MainWindow) -> ListPage:
    page = window.pages["units"]
    assert isinstance(page, ListPage)
    return page


def test_units_are_listed_in_vietnamese_order(window: MainWindow) -> None:
    assert names(units(window)) == vn_sorted(UNIT_NAMES)
    assert names(units(window))[-1] == "Ủy ban nhân dân tỉnh"  # Ủ with the U-words, not A


def test_filter_ignores_tones(window: MainWindow, qtbot: QtBot) -> None:
    page = units(window)
    page.filter.setText("vinh yen")
    qtbot.waitUntil(lambda: names(page) == ["UBND thành phố Vĩnh Yên"], timeout=3000)
    page.filter.setText("SO")
    qtbot.waitUntil(lambda: names(page) == ["Sở Nội vụ", "Sở Tài chính"], timeout=3000)


def test_clicking_a_header_sorts_in_vietnamese_order(window: MainWindow) -> None:
    page = units(window)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page) == list(reversed(vn_sorted(UNIT_NAMES)))


@pytest.mark.file_only
def test_status_bar_and_title_name_the_file(window: MainWindow, small_file: Path) -> None:
    assert small_file.name in window.windowTitle()
    assert str(small_file) in window.file_label.text()


def test_every_navigation_entry_shows_a_page(window: MainWindow) -> None:
    assert window.nav.count() == len(window.pages) >= 5
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentIndex() == row


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        "inspectdesk.ui.main_window.QMessageBox.warning",
        lambda _parent, _title, text: messages.append(text),
    )
    bogus = tmp_path / "letter.idb"
    bogus.write_text("Kính gửi Sở Nội vụ", encoding="utf-8")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert not win.open_path(bogus)
    assert len(messages) == 1 and "không phải tệp dữ liệu InspectDesk" in messages[0]
    assert win.workspace is None
    assert bogus.read_text(encoding="utf-8") == "Kính gửi Sở Nội vụ"


def test_row_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = RowTableModel([Column("Tên", lambda r: r), Column("Độ dài", lambda r: str(len(r)))])
    model.set_rows(list(UNIT_NAMES))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_code_has_its_own_words() -> None:
    shared = [VisitStatus.IN_PROGRESS, RemediationStatus.IN_PROGRESS, PlanStatus.IN_PROGRESS]
    assert len({label(code) for code in shared}) == 3


def test_geometry_splitter_and_column_widths_are_remembered(
    qtbot: QtBot, settings: Settings, small_file: Path
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    assert first.open_path(small_file)
    first.resize(900, 700)  # the offscreen screen is 800 wide: keep to the minimum size
    first.splitter.setSizes([300, 700])
    units(first).table.setColumnWidth(0, 333)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert settings.geometry("main") is not None  # (offscreen clamps sizes to its screen)
    assert second.splitter.sizes()[0] == 300
    assert units(second).table.columnWidth(0) == 333
