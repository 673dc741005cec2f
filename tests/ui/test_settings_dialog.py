"""Options: values saved, bad input refused, the language switched at once, Qt in Vietnamese."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.ui import settings_dialog
from inspectdesk.ui.i18n import install_translators
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.settings_dialog import (
    SettingsDialog,
    install_settings_action,
    open_settings,
    switch_language,
)

ROOT = Path(__file__).resolve().parents[2]
QTBASE_TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The Vietnamese catalogues installed; afterwards none, and the locale as before."""
    before = QLocale()
    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    settings.display_name = "Nguyễn Văn An"
    settings.job_title = "Thư ký đoàn"
    widget = SettingsDialog(settings)
    qtbot.addWidget(widget)
    return widget


def errors_shown(dialog: SettingsDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog._errors.items() if not label.isHidden()}


def test_the_form_shows_the_stored_values(dialog: SettingsDialog) -> None:
    assert dialog.display_name.text() == "Nguyễn Văn An"
    assert dialog.job_title.text() == "Thư ký đoàn"
    assert dialog.language.currentData() == "vi"
    assert dialog.backup_count.value() == 10
    assert (dialog.backup_count.minimum(), dialog.backup_count.maximum()) == (1, 100)


def test_ok_saves_every_value_trimmed_and_in_nfc(
    dialog: SettingsDialog, settings: Settings, tmp_path: Path
) -> None:
    decomposed = "Tra\u0302\u0300n Thi\u0323 Lan"  # "Trần Thị Lan" typed with combining marks
    dialog.display_name.setText(f"  {decomposed} ")
    dialog.job_title.setText(" Chuyên viên Sở Nội vụ ")
    dialog.default_folder.setText(str(tmp_path))
    dialog.backup_count.setValue(25)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.language_changed
    assert settings.display_name == "Trần Thị Lan"
    assert settings.job_title == "Chuyên viên Sở Nội vụ"
    assert settings.default_folder == str(tmp_path)
    assert settings.backup_count == 25
    assert settings.language == "vi"


def test_a_name_too_long_is_refused_next_to_its_field(
    dialog: SettingsDialog, settings: Settings
) -> None:
    dialog.display_name.setText("Nguyễn " * 20)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    shown = errors_shown(dialog)
    assert list(shown) == ["display_name"] and "100" in shown["display_name"]
    assert settings.display_name == "Nguyễn Văn An"


def test_line_breaks_and_a_missing_folder_are_refused_together(
    dialog: SettingsDialog, settings: Settings, tmp_path: Path
) -> None:
    dialog.job_title.setText("Thư ký\tđoàn")
    dialog.default_folder.setText(str(tmp_path / "không có"))
    dialog.backup_count.setValue(3)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert set(errors_shown(dialog)) == {"job_title", "default_folder"}
    assert (settings.job_title, settings.default_folder, settings.backup_count) == (
        "Thư ký đoàn",
        "",
        10,
    )
    dialog.job_title.setText("Thư ký đoàn")
    dialog.default_folder.setText("")
    dialog.accept()  # corrected: saved, and the messages are gone
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert errors_shown(dialog) == {}
    assert settings.backup_count == 3


def test_cancel_changes_nothing(dialog: SettingsDialog, settings: Settings) -> None:
    dialog.display_name.setText("Người khác")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert (settings.display_name, settings.language) == ("Nguyễn Văn An", "vi")


def test_choose_fills_the_folder(
    dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(tmp_path / "hồ sơ")
    )
    dialog.choose_button.click()
    assert dialog.default_folder.text() == str(tmp_path / "hồ sơ")


def test_a_new_language_is_reported(dialog: SettingsDialog, settings: Settings) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.language_changed and settings.language == "en"


@pytest.fixture
def windows(qapp: QApplication) -> Iterator[list[MainWindow]]:
    """Main windows to close after the test: those switch_language has not deleted already."""
    made: list[MainWindow] = []
    yield made
    for win in made:
        if shiboken6.isValid(win):
            win.close()
            win.deleteLater()
    qapp.processEvents()


@pytest.fixture
def window(
    settings: Settings, demo_file: Path, vietnamese: None, windows: list[MainWindow]
) -> MainWindow:
    win = MainWindow(settings)
    windows.append(win)
    assert win.open_path(demo_file)
    return win


def test_switching_the_language_rebuilds_the_window_on_the_same_file(
    window: MainWindow,
    settings: Settings,
    demo_file: Path,
    qtbot: QtBot,
    windows: list[MainWindow],
) -> None:
    assert window.nav.item(0).text() == "Tổng quan"
    assert window.file_menu.title() == "&Tệp"
    window.setGeometry(40, 50, 1000, 640)
    window.nav.setCurrentRow(2)
    geometry = window.geometry()
    assert window.workspace is not None
    where = (window.workspace.path, window.workspace.address)  # a file, or a server
    assert where[0] == demo_file or where[1]
    settings.language = "en"
    new = switch_language(window)
    windows.append(new)
    assert new is not window
    assert [new.nav.item(i).text() for i in range(new.nav.count())][:3] == [
        "Overview",
        "Units",
        "Plans",
    ]
    assert new.workspace is not None
    assert (new.workspace.path, new.workspace.address) == where
    assert new.nav.currentRow() == 2
    assert new.file_menu.title() == "&File"
    assert new.geometry() == geometry
    assert window.workspace is None  # the old window let go of the file
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=3000)  # deleteLater ran


def test_switching_back_to_vietnamese(
    window: MainWindow, settings: Settings, windows: list[MainWindow]
) -> None:
    settings.language = "en"
    english = switch_language(window)
    windows.append(english)
    settings.language = "vi"
    vietnamese_again = switch_language(english)
    windows.append(vietnamese_again)
    assert vietnamese_again.nav.item(0).text() == "Tổng quan"


def test_options_action_opens_the_dialog_and_applies_the_language(
    window: MainWindow,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    windows: list[MainWindow],
) -> None:
    installed = getattr(window, "options_action", None)
    action = installed if isinstance(installed, QAction) else install_settings_action(window)
    assert action in window.file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    actions = window.file_menu.actions()
    assert actions.index(action) < actions.index(window.quit_action)

    def choose_english(self: SettingsDialog) -> int:
        self.language.setCurrentIndex(self.language.findData("en"))
        self.accept()
        return int(self.result())

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    new = open_settings(window)
    windows.append(new)
    assert new is not window and new.nav.item(0).text() == "Overview"
    assert settings.language == "en"


def test_options_without_a_new_language_keep_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert open_settings(window) is window
    assert window.workspace is not None


def test_replacement_windows_are_kept_alive_until_destroyed(
    window: MainWindow, settings: Settings, qtbot: QtBot
) -> None:
    settings.language = "en"
    new = switch_language(window)
    assert new in settings_dialog._windows
    new.close_file()
    new.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(new), timeout=3000)
    assert all(w is not new for w in settings_dialog._windows)


# -- Qt's own strings ----------------------------------------------------------------------


def test_standard_buttons_speak_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "InspectDesk",
        "Xóa?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_text_field_menus_speak_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit("Sở Nội vụ")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert texts == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    menu.deleteLater()


def test_english_leaves_qt_in_english(qapp: QApplication, qtbot: QtBot) -> None:
    install_translators(qapp, "en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_qt_catalogue_is_complete_and_its_qm_is_compiled_from_it(tmp_path: Path) -> None:
    root = ET.parse(QTBASE_TS).getroot()
    assert root.get("language") == "vi_VN"
    unfinished = [
        msg.findtext("source")
        for msg in root.iter("message")
        if (tr := msg.find("translation")) is None or tr.get("type") or not (tr.text or "")
    ]
    assert unfinished == []
    tool = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    assert tool, "pyside6-lrelease is missing: PySide6 ships it"
    built = tmp_path / "qtbase_vi.qm"
    subprocess.run([tool, str(QTBASE_TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QTBASE_TS.with_suffix(".qm").read_bytes()
