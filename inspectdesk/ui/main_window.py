"""The main window: navigation pane, the screens, menus and the status bar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from inspectdesk.db.audit import current_actor
from inspectdesk.errors import UserError
from inspectdesk.services.changes import Changes
from inspectdesk.services.search import Hit
from inspectdesk.ui import screens
from inspectdesk.ui.backup_actions import backup_quietly, install_backup_actions
from inspectdesk.ui.file_actions import install_file_actions
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.period_report_dialog import install_documents_menu
from inspectdesk.ui.server_connect import install_server_actions
from inspectdesk.ui.settings import Settings
from inspectdesk.ui.settings_dialog import install_settings_action
from inspectdesk.ui.shared_file import open_database_file, same_path
from inspectdesk.ui.workspace import Workspace

FILE_FILTER = "InspectDesk (*.idb)"


class MainWindow(QMainWindow):
    """One window on one open database file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workspace: Workspace | None = None
        self.setWindowTitle("InspectDesk")
        self.setMinimumSize(QSize(900, 560))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 990])
        self.setCentralWidget(self.splitter)
        self.pages: dict[str, Page] = {}
        self._editors: list[QWidget] = []
        self._splitter_restored = False
        for key, title, page in screens.build_pages(self):
            self.pages[key] = page
            self.nav.addItem(title)
            self.stack.addWidget(page)
        self._build_actions()
        self.file_actions = install_file_actions(self)
        self.connect_action = install_server_actions(self)
        self.restore_action = install_backup_actions(self)
        self.options_action = install_settings_action(self)
        self._connect_pages()
        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.user_label = QLabel(self.tr("User: %1").replace("%1", current_actor()))
        for widget in (self.file_label, self.mode_label):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        for key, page in self.pages.items():
            header = getattr(page, "table", None)
            state = settings.geometry(f"header/{key}")
            if header is not None and state is not None:
                header.horizontalHeader().restoreState(state)
                page._sized = True  # type: ignore[attr-defined]  # keep the user's widths
        self._update_status()

    @property
    def db(self) -> object | None:
        """The open database (None when no file is open)."""
        return self.workspace.db if self.workspace else None

    def _connect_pages(self) -> None:
        overview = self.pages.get("overview")
        navigate = getattr(overview, "navigate", None)
        if navigate is not None:
            navigate.connect(self.navigate)
            overview.visit_opened.connect(self.open_visit)  # type: ignore[union-attr]
        for key in ("visits", "findings"):
            page = self.pages.get(key)
            if page is not None and hasattr(page, "visit_requested"):
                page.visit_requested.connect(self.open_visit)

    def navigate(self, key: str, criteria: dict[str, object]) -> None:
        """Show a page filtered by ``criteria`` (a click on an overview counter)."""
        if key in self.pages:
            self.show_page(key).apply_filter(**criteria)

    def open_visit(self, visit_id: str) -> None:
        """Open the visit editor on a visit (an empty id: a new visit)."""
        if self.workspace is None:
            return
        from inspectdesk.ui.visit_editor import open_visit_editor

        editor = open_visit_editor(self, self.workspace, uuid.UUID(visit_id) if visit_id else None)
        if editor not in self._editors:
            self._editors.append(editor)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget_editor(e))

    def _forget_editor(self, editor: QWidget) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def show_page(self, key: str) -> Page:
        """Bring a screen forward by its key (``units``, ``visits``…)."""
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    # -- actions -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New…"), self.new_file_dialog, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_file_dialog, QKeySequence.StandardKey.Open
        )
        self.close_action = self._action(
            self.tr("&Close"), self.close_file, QKeySequence.StandardKey.Close
        )
        self.quit_action = self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh
        )
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self._redo)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.close_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.trash_action = self._action(self.tr("&Trash…"), self.show_trash, "Ctrl+Shift+Del")
        self.edit_menu.addAction(self.trash_action)
        self.search_action = self._action(self.tr("&Search…"), self.show_search, "Ctrl+K")
        self.search_action.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.edit_menu.insertAction(self.trash_action, self.search_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.catalogue_menu = self.menuBar().addMenu(self.tr("&Catalogues"))
        self.organisations_action = self._action(
            self.tr("Inspecting &organisations…"), self.show_organisations
        )
        self.checklists_action = self._action(self.tr("&Checklists…"), self.show_checklists)
        self.templates_action = self._action(self.tr("Document &templates…"), self.show_templates)
        self.catalogue_menu.addAction(self.organisations_action)
        self.catalogue_menu.addAction(self.checklists_action)
        self.catalogue_menu.addAction(self.templates_action)
        self.documents_menu, self.period_report_action = install_documents_menu(self)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.search_action)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(self.toolbar)

    def _undo(self) -> None:
        if self.workspace is not None and self.workspace.undo_stack.canUndo():
            self._guarded(self.workspace.undo_stack.undo)

    def _redo(self) -> None:
        if self.workspace is not None and self.workspace.undo_stack.canRedo():
            self._guarded(self.workspace.undo_stack.redo)

    def _guarded(self, work: Callable[[], object]) -> bool:
        """Run ``work``; show a user error in a message box instead of raising it."""
        try:
            work()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("InspectDesk"), exc.describe(self.settings.language))
            return False
        return True

    def show_search(self) -> None:
        """The global search; the chosen record opens where it is edited."""
        from inspectdesk.ui.search_dialog import SearchDialog

        if self.workspace is None:
            return
        dialog = SearchDialog(self.workspace, self)
        dialog.hit_chosen.connect(self.open_hit)
        dialog.exec()

    def open_hit(self, hit: Hit) -> None:
        """Show a search result: its editor, or its list filtered to it."""
        if hit.visit_id is not None:
            self.open_visit(str(hit.visit_id))
            return
        if hit.table == "unit" and self.workspace is not None:
            from inspectdesk.ui.unit_dialog import UnitDialog

            self.show_page("units")
            UnitDialog(self.workspace, hit.id, parent=self).exec()
            return
        pages = {"plan": "plans", "lead": "leads", "issued_document": "documents"}
        key = pages.get(hit.table)
        if key in self.pages:
            page = self.show_page(key)
            box = getattr(page, "filter", None)
            if box is not None:
                box.setText(hit.title)

    def show_organisations(self) -> None:
        """The editor of the inspecting organisations that head every document."""
        from inspectdesk.ui.organisation_dialog import OrganisationsDialog

        if self.workspace is not None:
            OrganisationsDialog(self.workspace, self).exec()

    def show_checklists(self) -> None:
        """The editor of the checklist templates (nội dung kiểm tra)."""
        from inspectdesk.ui.checklist_dialog import ChecklistDialog

        if self.workspace is not None:
            ChecklistDialog(self.workspace, self).exec()

    def show_templates(self) -> None:
        """The Word templates documents are made from (the user's, not the file's)."""
        from inspectdesk.ui.templates_dialog import TemplatesDialog

        TemplatesDialog(parent=self).exec()

    def show_trash(self) -> None:
        """Open the trash of the open file."""
        from inspectdesk.ui.trash_dialog import TrashDialog

        if self.workspace is not None:
            TrashDialog(self.workspace, self).exec()

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page) and self.workspace is not None:
            page.refresh()

    def _on_changes(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.on_changes(changes)

    # -- files ---------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a database file (a shared one via a working copy); say why not."""
        ws = self.workspace
        if not create and ws is not None and ws.path is not None and same_path(ws.path, path):
            return True  # already open here
        try:
            opened = open_database_file(self, Path(path), create=create)
        except UserError as exc:
            QMessageBox.warning(
                self, self.tr("Cannot open the file"), exc.describe(self.settings.language)
            )
            return False
        if opened is None:
            return False
        if not self.close_file():
            opened.abandon()
            return False
        self.attach_workspace(
            Workspace(opened.db, self, lock=opened.lock, working_copy=opened.working_copy)
        )
        self.settings.add_recent(path)
        return True

    def attach_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace`` (a file's or a server's) in every page; the old one is closed."""
        self.workspace = workspace
        self.workspace.changed.connect(self._on_changes)
        if (saver := self.workspace.saver) is not None:
            saver.status_changed.connect(self._update_status)
            saver.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.undo_action.setEnabled(True)
        for page in self.pages.values():
            page.attach(self.workspace)
        self._update_status()

    def close_file(self) -> bool:
        """Close the open file (editors save what is pending); False if an editor refused."""
        for editor in list(self._editors):
            if not editor.close():  # the user chose to stay in an editor
                return False
        self._editors.clear()
        if self.workspace and self.workspace.saver and not self.workspace.saver.save_before_close():
            return False  # saving to the share failed and the user keeps the file open
        if self.workspace is not None:
            from inspectdesk.ui import worker

            worker.cancel_all()  # no background query may outlive its file
            worker.wait_for_all(5000)
            backup_quietly(self.workspace)
            for page in self.pages.values():
                page.attach(None)
            self.workspace.close()
            self.workspace.deleteLater()
            self.workspace = None
        self._update_status()
        return True

    def new_file_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self.settings.database_folder, FILE_FILTER
        )
        if name:
            path = Path(name) if name.endswith(".idb") else Path(name + ".idb")
            self.open_path(path, create=True)

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self.settings.database_folder,
            self.tr("InspectDesk files and team packages (*.idb *.idp)"),
        )
        if name and Path(name).suffix.lower() == ".idp":
            from inspectdesk.ui.package_actions import open_package_file

            open_package_file(self, Path(name))
        elif name:
            self.open_path(Path(name))

    def _update_status(self) -> None:
        ws = self.workspace
        self.period_report_action.setEnabled(ws is not None and not ws.readonly)
        self.restore_action.setEnabled(ws is not None and not ws.readonly)
        if ws is not None and ws.address:
            self.setWindowTitle(f"{ws.address} — InspectDesk")
            self.file_label.setText(ws.address)
            self.mode_label.setText(self.tr("Read-only") if ws.readonly else self.tr("Editing"))
            return
        if ws is None or ws.path is None:
            self.setWindowTitle("InspectDesk")
            self.file_label.setText(self.tr("No file open"))
            self.mode_label.setText("")
            self.mode_label.setToolTip("")
            return
        self.setWindowTitle(f"{ws.path.name} — InspectDesk")
        self.file_label.setText(str(ws.path))
        mode = self.tr("Read-only") if ws.readonly else self.tr("Editing")
        self.mode_label.setText(ws.saver.status_text() if ws.saver else mode)
        self.mode_label.setToolTip(ws.saver.status_tip() if ws.saver else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:  # sizes only stick once the window has its own
            self._splitter_restored = True
            state = self.settings.geometry("splitter")
            if state is not None:
                self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        for key, page in self.pages.items():
            table = getattr(page, "table", None)
            if table is not None:
                self.settings.set_geometry(f"header/{key}", table.horizontalHeader().saveState())
        self.settings.sync()
        if self.close_file():
            event.accept()
        else:
            event.ignore()
