"""Options (Tùy chọn): who the user is, the language, the default folder and backups.

Changing the language asks nothing and applies at once: :func:`switch_language` installs
the new catalogues and replaces the main window by a new one, built in the new language,
on the same file, at the same place and size.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.validation import FieldProblem, Problem
from inspectdesk.ui.i18n import LANGUAGES, install_translators
from inspectdesk.ui.problems import describe
from inspectdesk.ui.settings import Settings

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow

MAX_NAME = 100
MAX_TITLE = 100
MIN_BACKUPS, MAX_BACKUPS = 1, 100
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))
"""Each language named in itself, so that anyone can find their own in the list."""


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the Options dialog edits."""

    display_name: str = ""
    job_title: str = ""
    language: str = "vi"
    default_folder: str = ""
    backup_count: int = 10

    @classmethod
    def load(cls, settings: Settings) -> Preferences:
        """The preferences stored in ``settings``."""
        return cls(
            settings.display_name,
            settings.job_title,
            settings.language,
            settings.default_folder,
            settings.backup_count,
        )

    def cleaned(self) -> Preferences:
        """Texts trimmed and in Unicode NFC."""
        return replace(
            self,
            display_name=unicodedata.normalize("NFC", self.display_name.strip()),
            job_title=unicodedata.normalize("NFC", self.job_title.strip()),
            default_folder=self.default_folder.strip(),
        )

    def save(self, settings: Settings) -> None:
        """Write every preference into ``settings``."""
        settings.display_name = self.display_name
        settings.job_title = self.job_title
        settings.language = self.language
        settings.default_folder = self.default_folder
        settings.backup_count = self.backup_count
        settings.sync()


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def check_preferences(prefs: Preferences) -> list[FieldProblem]:
    """Every problem of (cleaned) preferences; [] when they can be saved."""
    problems: list[FieldProblem] = []
    for name, limit in (("display_name", MAX_NAME), ("job_title", MAX_TITLE)):
        value: str = getattr(prefs, name)
        if len(value) > limit:
            problems.append(FieldProblem(name, Problem.TOO_LONG, limit))
        elif _has_control_characters(value):
            problems.append(FieldProblem(name, Problem.INVALID))
    if prefs.language not in LANGUAGES:
        problems.append(FieldProblem("language", Problem.INVALID))
    if prefs.default_folder and not Path(prefs.default_folder).is_dir():
        problems.append(FieldProblem("default_folder", Problem.MISSING))
    if not MIN_BACKUPS <= prefs.backup_count <= MAX_BACKUPS:
        problems.append(FieldProblem("backup_count", Problem.INVALID))
    return problems


class SettingsDialog(QDialog):
    """The Options dialog. After ``exec()``, :attr:`language_changed` says whether the
    language was changed (the caller then rebuilds the window with :func:`switch_language`).
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.original = Preferences.load(settings)
        self.language_changed = False
        self.setWindowTitle(self.tr("Options"))
        p = self.original
        self.display_name = QLineEdit(p.display_name)
        self.display_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.job_title = QLineEdit(p.job_title)
        self.job_title.setPlaceholderText(self.tr("e.g. Specialist, Department of Home Affairs"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
        self.default_folder = QLineEdit(p.default_folder)
        self.default_folder.setPlaceholderText(self.tr("(not set)"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_count = QSpinBox()
        self.backup_count.setRange(MIN_BACKUPS, MAX_BACKUPS)
        self.backup_count.setValue(p.backup_count)
        self._errors: dict[str, QLabel] = {}

        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.default_folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)

        user = self._group(
            self.tr("User"),
            self.tr("Your name and title are written into the minutes and reports you prepare."),
            [
                ("display_name", self.tr("Display &name:"), self.display_name, None),
                ("job_title", self.tr("&Title (position):"), self.job_title, None),
            ],
        )
        interface = self._group(
            self.tr("Interface"),
            self.tr("A new language applies at once; the open file stays open."),
            [("language", self.tr("&Language:"), self.language, None)],
        )
        files = self._group(
            self.tr("Files"),
            self.tr("Older backups of a file are deleted when a newer one is made."),
            [
                ("default_folder", self.tr("Default &folder:"), folder_box, self.default_folder),
                ("backup_count", self.tr("&Backups to keep:"), self.backup_count, None),
            ],
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (user, interface, files):
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for first, second in (
            (self.display_name, self.job_title),
            (self.job_title, self.language),
            (self.language, self.default_folder),
            (self.default_folder, self.choose_button),
            (self.choose_button, self.backup_count),
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(560)

    def _group(
        self, title: str, hint: str, rows: list[tuple[str, str, QWidget, QWidget | None]]
    ) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text, widget, buddy in rows:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self._errors[key] = error
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            container = QWidget()
            container.setLayout(box)
            label = QLabel(text)
            label.setBuddy(buddy or widget)
            form.addRow(label, container)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form.addRow(note)
        return group

    def preferences(self) -> Preferences:
        """What the form holds now (not yet cleaned)."""
        return Preferences(
            display_name=self.display_name.text(),
            job_title=self.job_title.text(),
            language=str(self.language.currentData()),
            default_folder=self.default_folder.text(),
            backup_count=self.backup_count.value(),
        )

    def choose_folder(self) -> None:
        """Pick the default folder with the system's folder chooser."""
        start = self.default_folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Default folder"), start)
        if chosen:
            self.default_folder.setText(str(Path(chosen)))

    def _describe(self, problem: FieldProblem) -> str:
        if problem.field == "default_folder":
            return self.tr("This folder does not exist; choose an existing folder.")
        if problem.problem is Problem.INVALID and problem.field in ("display_name", "job_title"):
            return self.tr("Line breaks and tabs are not allowed here.")
        if problem.field == "backup_count":
            text = self.tr("Choose a number from %1 to %2.")
            return text.replace("%1", str(MIN_BACKUPS)).replace("%2", str(MAX_BACKUPS))
        return describe(problem)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show each problem in red under its field (and hide the others)."""
        for label in self._errors.values():
            label.hide()
        for problem in problems:
            label = self._errors[problem.field]
            label.setText(self._describe(problem))
            label.show()

    def accept(self) -> None:
        """Save and close; stay open and show the problems when something is wrong."""
        prefs = self.preferences().cleaned()
        problems = check_preferences(prefs)
        self.show_problems(problems)
        if problems:
            return
        prefs.save(self.settings)
        self.language_changed = prefs.language != self.original.language
        super().accept()


# -- switching the language ----------------------------------------------------------------

_windows: list[QMainWindow] = []
"""Replacement windows, referenced here so that Python never collects one while it is open."""


def _keep_alive(window: QMainWindow) -> None:
    _windows.append(window)

    def forget(_obj: QObject | None = None) -> None:
        if window in _windows:
            _windows.remove(window)

    window.destroyed.connect(forget)


def switch_language(window: MainWindow) -> MainWindow:
    """Rebuild ``window`` in the language of its settings and return the new window.

    Installs that language's catalogues, releases the open file, opens a new main window on
    the same file (or server database) with the same geometry and screen, shows it if the
    old one was shown, then closes and deletes the old window. The undo history of the old
    window is not carried over (it belongs to the closed workspace).
    """
    from inspectdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    if app is not None:
        install_translators(app, window.settings.language)
    workspace = window.workspace
    path = workspace.path if workspace is not None else None
    server: tuple[str, str] | None = None
    if workspace is not None and workspace.address:  # reconnected as the same login
        server = (
            workspace.address,
            workspace.db.engine.url.render_as_string(hide_password=False),
        )
    geometry = window.saveGeometry()
    row = window.nav.currentRow()
    visible = window.isVisible()
    window.close_file()
    replacement = MainWindow(window.settings)
    replacement.restoreGeometry(geometry)  # keeps the normal size of a maximised window
    if window.windowState() == Qt.WindowState.WindowNoState:
        replacement.setGeometry(window.geometry())
    if path is not None:
        replacement.open_path(path)
    elif server is not None:
        from inspectdesk.ui.server_connect import open_server_in

        open_server_in(replacement, *server)
    replacement.nav.setCurrentRow(row)
    _keep_alive(replacement)
    if visible:
        replacement.show()  # before the old window closes, so the application does not quit
    window.close()
    window.deleteLater()
    return replacement


def open_settings(window: MainWindow) -> MainWindow:
    """Show the Options dialog over ``window``; return the window in charge afterwards
    (a new one when the language was changed, else ``window`` itself)."""
    dialog = SettingsDialog(window.settings, window)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.language_changed:
            return switch_language(window)
    finally:
        dialog.deleteLater()
    return window


def install_settings_action(window: MainWindow) -> QAction:
    """Add "Options…" (Ctrl+,) to the File menu, above Exit, and return the action."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "Op&tions…"), window.file_menu)
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_settings(window))
    window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    return action
