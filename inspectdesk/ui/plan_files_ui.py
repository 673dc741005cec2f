"""Plans page actions: "Import plan from TOML…" and "Export as TOML…".

The Plans page wires these to its menu or buttons (suggested shortcuts: Ctrl+Shift+I and
Ctrl+Shift+E); each asks for the file, does the work through
:mod:`inspectdesk.services.plan_files` and tells the user the outcome. An import can be
undone (the new plan goes to the trash).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from inspectdesk.errors import UserError
from inspectdesk.services.plan_files import export_plan, import_plan
from inspectdesk.services.plans import PlanService
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.workspace import Workspace


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _filter() -> str:
    return QCoreApplication.translate("PlanFiles", "Plan files (*.toml);;All files (*)")


def import_plan_file(parent: QWidget, workspace: Workspace) -> uuid.UUID | None:
    """Ask for a TOML plan file and import it; the new plan's id, or None."""
    if workspace.readonly:
        return None
    name, _filter_used = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PlanFiles", "Import plan from TOML"),
        _documents(),
        _filter(),
    )
    return import_plan_from(parent, workspace, Path(name)) if name else None


def import_plan_from(parent: QWidget, workspace: Workspace, path: Path) -> uuid.UUID | None:
    """Import the plan file at ``path`` (undoably); a problem is shown, naming its line."""
    try:
        result = import_plan(workspace.db, path, workspace.bus)
    except UserError as exc:
        show_user_error(parent, exc)
        return None
    plans = PlanService(workspace.db, workspace.bus)
    plan_id = result.plan_id
    text = QCoreApplication.translate("PlanFiles", "Import plan “%1”")
    workspace.undo_stack.push(
        ServiceCommand(
            text.replace("%1", result.number or result.title),
            lambda: plans.set_deleted([plan_id], False),
            lambda: plans.set_deleted([plan_id], True),
        )
    )
    return plan_id


def export_plan_file(parent: QWidget, workspace: Workspace, plan_id: uuid.UUID) -> Path | None:
    """Ask where to write a plan as TOML and write it; the file written, or None."""
    number = PlanService(workspace.db).draft(plan_id)[0].number
    stem = number.replace("/", "-") or QCoreApplication.translate("PlanFiles", "plan")
    name, _filter_used = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PlanFiles", "Export plan as TOML"),
        str(Path(_documents()) / f"{stem}.toml"),
        _filter(),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".toml") else Path(f"{name}.toml")
    return export_plan_to(parent, workspace, plan_id, path)


def export_plan_to(
    parent: QWidget, workspace: Workspace, plan_id: uuid.UUID, path: Path
) -> Path | None:
    """Write a plan to ``path`` as TOML; a problem (a read-only folder…) is shown."""
    try:
        written = export_plan(workspace.db, plan_id, path)
    except UserError as exc:
        show_user_error(parent, exc)
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            "InspectDesk",
            QCoreApplication.translate("PlanFiles", "Cannot write “%1”: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    return written


def install_plan_file_actions(page: Any) -> tuple[QAction, QAction]:
    """Plans → Import plan from TOML… (Ctrl+Shift+I) and Export as TOML… (Ctrl+Shift+E)."""

    def do_import() -> None:
        if page.workspace is not None:
            new = import_plan_file(page, page.workspace)
            if new is not None:
                page.refresh()
                page.select_plan(new)

    def do_export() -> None:
        ids = page.selected_ids()
        if page.workspace is not None and len(ids) == 1:
            export_plan_file(page, page.workspace, uuid.UUID(str(ids[0])))

    import_action = page.page_action(
        QCoreApplication.translate("PlanFiles", "&Import plan from TOML…"),
        do_import,
        "Ctrl+Shift+I",
    )
    export_action = page.page_action(
        QCoreApplication.translate("PlanFiles", "E&xport plan as TOML…"),
        do_export,
        "Ctrl+Shift+E",
    )
    return import_action, export_action
