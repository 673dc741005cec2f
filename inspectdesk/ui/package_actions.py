"""Team packages in the GUI: Plans → Export a team package…, and opening a ``.idp`` file.

A package carries one plan and everything its team needs; the receiving secretary opens
it (File → Open… accepts ``.idp``), which makes an ordinary ``.idb`` beside it to work
in; its work comes back with File → Merge another file….
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from inspectdesk.errors import UserError
from inspectdesk.services.packages import (
    PACKAGE_SUFFIX,
    PackageSummary,
    export_package,
    open_package,
)
from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.worker import Progress, Task, run_in_background

if TYPE_CHECKING:
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.pages.plans_page import PlansPage


def package_action(page: PlansPage) -> QAction:
    """Plans → Export a team package… for the selected plan."""
    action = QAction(QCoreApplication.translate("PackageActions", "Export a team &package…"), page)
    action.setStatusTip(
        QCoreApplication.translate(
            "PackageActions",
            "Write the plan with its units, people, checklist and visits to a file "
            "another secretary can open",
        )
    )
    action.triggered.connect(lambda: export_selected(page))
    return action


def export_selected(page: PlansPage) -> Task | None:
    """Ask where, then export the selected plan's package in the background."""
    ids = page.selected_ids()
    if page.workspace is None or len(ids) != 1:
        return None
    from inspectdesk.ui.document_folder import documents_folder

    name, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("PackageActions", "Export a team package"),
        str(documents_folder() / f"goi-doan{PACKAGE_SUFFIX}"),
        QCoreApplication.translate("PackageActions", "InspectDesk team packages (*.idp)"),
    )
    if not name:
        return None
    return export_package_to(page, uuid.UUID(str(ids[0])), Path(name).with_suffix(PACKAGE_SUFFIX))


def export_package_to(page: QWidget, plan_id: uuid.UUID, target: Path) -> Task | None:
    """Write the package of ``plan_id`` to ``target`` in the background."""
    workspace = getattr(page, "workspace", None)
    if workspace is None:
        return None
    db = workspace.db

    def work(_progress: Progress) -> PackageSummary:
        return export_package(db, plan_id, target)

    def done(summary: PackageSummary) -> None:
        text = QCoreApplication.translate(
            "PackageActions", "The team package of %1 was written (%2 records)."
        )
        total = f"{sum(summary.rows.values()):,}"
        document_ready(
            page,
            QCoreApplication.translate("PackageActions", "Team package"),
            text.replace("%1", summary.plan).replace("%2", total),
            summary.path,
        )

    return run_in_background(
        page,
        QCoreApplication.translate("PackageActions", "Writing the team package"),
        work,
        done,
        cancellable=False,
    )


def open_package_file(window: MainWindow, package: Path) -> bool:
    """Make a database from a team package (asking where) and open it."""
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("PackageActions", "Where to keep the team's database"),
        str(package.with_suffix(".idb")),
        "InspectDesk (*.idb)",
    )
    if not name:
        return False
    target = Path(name).with_suffix(".idb")
    try:
        open_package(package, target)
    except UserError as exc:
        show_user_error(window, exc)
        return False
    return window.open_path(target)


__all__ = ["export_package_to", "export_selected", "open_package_file", "package_action"]
