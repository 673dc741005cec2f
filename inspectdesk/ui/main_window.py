"""The main window: navigation pane, the screens, menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from inspectdesk.db.audit import current_actor
from inspectdesk.db.database import Database
from inspectdesk.errors import UserError
from inspectdesk.services import listing
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.overview import overview
from inspectdesk.text import format_short_date
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pages.overview_page import OverviewPage
from inspectdesk.ui.row_model import Column
from inspectdesk.ui.settings import Settings

FILE_FILTER = "InspectDesk (*.idb)"


def _date(value: object) -> str:
    return format_short_date(value) if value else ""  # type: ignore[arg-type]


def _date_key(value: object) -> str:
    return value.isoformat() if value else ""  # type: ignore[attr-defined]


class MainWindow(QMainWindow):
    """One window on one open database file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db: Database | None = None
        self.setWindowTitle("InspectDesk")
        self.setMinimumSize(QSize(900, 560))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 900])
        self.setCentralWidget(splitter)
        self._build_pages()
        self._build_menus()
        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.user_label = QLabel(self.tr("User: %1").replace("%1", current_actor()))
        for widget in (self.file_label, self.mode_label):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._update_status()

    # -- pages ---------------------------------------------------------------

    def _build_pages(self) -> None:
        self.overview = OverviewPage()
        self.units = ListPage(
            self.tr("Units"),
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Level"), lambda r: r.level),
                Column(self.tr("Parent unit"), lambda r: r.parent),
                Column(self.tr("Code"), lambda r: r.admin_code),
            ],
            lambda q: listing.list_units(self._db(), search=q),
        )
        self.plans = ListPage(
            self.tr("Plans"),
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Title"), lambda r: r.title),
                Column(
                    self.tr("From"), lambda r: _date(r.start_on), lambda r: _date_key(r.start_on)
                ),
                Column(self.tr("To"), lambda r: _date(r.end_on), lambda r: _date_key(r.end_on)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Visits"), lambda r: str(r.visits), lambda r: r.visits),
            ],
            lambda q: listing.list_plans(self._db(), search=q),
        )
        self.visits = ListPage(
            self.tr("Inspection schedule"),
            [
                Column(
                    self.tr("Date"),
                    lambda r: _date(r.scheduled_on),
                    lambda r: _date_key(r.scheduled_on),
                ),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Team"), lambda r: r.team),
                Column(self.tr("Mode"), lambda r: label(r.mode)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Minutes no."), lambda r: r.minutes_number),
                Column(self.tr("Plan"), lambda r: r.plan),
            ],
            lambda q: listing.list_visits(self._db(), search=q),
        )
        self.findings = ListPage(
            self.tr("Inspection results"),
            [
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Kind"), lambda r: label(r.kind)),
                Column(self.tr("Item"), lambda r: r.item),
                Column(self.tr("Finding"), lambda r: r.text),
            ],
            lambda q: listing.list_findings(self._db(), search=q),
        )
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview),
            (self.tr("Units"), self.units),
            (self.tr("Plans"), self.plans),
            (self.tr("Inspection schedule"), self.visits),
            (self.tr("Inspection results"), self.findings),
        ]
        for title, page in pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._refresh_current()

    def _refresh_current(self) -> None:
        if self.db is None:
            return
        page = self.stack.currentWidget()
        if page is self.overview:
            self.overview.show_overview(overview(self.db))
        elif isinstance(page, ListPage):
            page.reload()

    def _db(self) -> Database:
        if self.db is None:
            raise RuntimeError("no file is open")
        return self.db

    # -- menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actions = [
            (self.tr("&New…"), QKeySequence.StandardKey.New, self.new_file_dialog),
            (self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_file_dialog),
            (self.tr("&Close"), QKeySequence.StandardKey.Close, self.close_file),
        ]
        for text, shortcut, slot in actions:
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self._refresh_current)
        self.menuBar().addMenu(self.tr("&View")).addAction(refresh)

    # -- files ---------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a database file; say why in a message box when it cannot be."""
        try:
            db = new_file(path) if create else open_file(path)
        except UserError as exc:
            QMessageBox.warning(
                self, self.tr("Cannot open the file"), exc.describe(self.settings.language)
            )
            return False
        self.close_file()
        self.db = db
        self.settings.add_recent(path)
        self._update_status()
        self._refresh_current()
        return True

    def close_file(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        for page in (self.units, self.plans, self.visits, self.findings):
            page.model.set_rows([])
        self._update_status()

    def new_file_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self.settings.default_folder, FILE_FILTER
        )
        if name:
            path = Path(name) if name.endswith(".idb") else Path(name + ".idb")
            self.open_path(path, create=True)

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self.settings.default_folder, FILE_FILTER
        )
        if name:
            self.open_path(Path(name))

    def _update_status(self) -> None:
        if self.db is None or self.db.path is None:
            self.setWindowTitle("InspectDesk")
            self.file_label.setText(self.tr("No file open"))
            self.mode_label.setText("")
            return
        self.setWindowTitle(f"{self.db.path.name} — InspectDesk")
        self.file_label.setText(str(self.db.path))
        self.mode_label.setText(self.tr("Read-only") if self.db.readonly else self.tr("Editing"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.close_file()
        event.accept()
