"""The main window opens a file, lists it in Vietnamese order and filters without tones."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk.text import vn_sorted
from inspectdesk.ui.main_window import MainWindow
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


def _names(window: MainWindow) -> list[str]:
    proxy = window.units.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, small_file: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_path(small_file)
    win.nav.setCurrentRow(1)
    return win


def test_units_are_listed_in_vietnamese_order(window: MainWindow) -> None:
    assert _names(window) == vn_sorted(UNIT_NAMES)
    assert _names(window)[-1] == "Ủy ban nhân dân tỉnh"  # Ủ after U-words, not with A…


def test_filter_ignores_tones(window: MainWindow, qtbot: QtBot) -> None:
    window.units.filter.setText("vinh yen")
    qtbot.waitUntil(lambda: _names(window) == ["UBND thành phố Vĩnh Yên"], timeout=3000)
    window.units.filter.setText("SO")
    qtbot.waitUntil(lambda: _names(window) == ["Sở Nội vụ", "Sở Tài chính"], timeout=3000)


def test_clicking_a_header_sorts_in_vietnamese_order(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.units.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(window) == list(reversed(vn_sorted(UNIT_NAMES)))


def test_status_bar_and_title_name_the_file(window: MainWindow, small_file: Path) -> None:
    assert small_file.name in window.windowTitle()
    assert str(small_file) in window.file_label.text()


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
    assert win.db is None
    assert bogus.read_text(encoding="utf-8") == "Kính gửi Sở Nội vụ"


def test_row_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = RowTableModel([Column("Tên", lambda r: r), Column("Độ dài", lambda r: str(len(r)))])
    model.set_rows(list(UNIT_NAMES))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_code_has_its_own_words() -> None:
    from inspectdesk.domain.enums import PlanStatus, RemediationStatus, VisitStatus
    from inspectdesk.ui.labels import label

    shared = [VisitStatus.IN_PROGRESS, RemediationStatus.IN_PROGRESS, PlanStatus.IN_PROGRESS]
    assert len({label(code) for code in shared}) == 3
