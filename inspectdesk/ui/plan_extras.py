"""The Plans page's actions on files: plan as TOML, team package, statistics workbook.

:func:`install_plan_extras` makes them, keeps them enabled only when they apply (one
plan selected; importing needs a writable file) and hands them to the page's menus.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from inspectdesk.ui.document_ready import document_ready
from inspectdesk.ui.package_actions import package_action
from inspectdesk.ui.plan_files_ui import install_plan_file_actions
from inspectdesk.ui.worker import Progress, Task, run_in_background

if TYPE_CHECKING:  # the workbook writer (openpyxl) loads when a workbook is made
    from inspectdesk.services.stats_export import StatsExport


@dataclass
class PlanExtras:
    """The actions, in menu order."""

    import_plan: QAction
    export_plan: QAction
    package: QAction
    stats: QAction

    def actions(self) -> list[QAction]:
        """For the context menu."""
        return [self.import_plan, self.export_plan, self.package, self.stats]

    def update(self, writable: bool, one_selected: bool) -> None:
        """Enable what applies."""
        self.import_plan.setEnabled(writable)
        for action in (self.export_plan, self.package, self.stats):
            action.setEnabled(one_selected and writable)


def install_plan_extras(page: Any) -> PlanExtras:
    """Make the page's file actions (see :class:`PlanExtras`)."""
    import_plan, export_plan = install_plan_file_actions(page)
    stats = page.page_action(
        QCoreApplication.translate("PlanExtras", "&Statistics workbook (.xlsx)…"),
        lambda: export_selected_stats(page),
    )
    stats.setStatusTip(
        QCoreApplication.translate(
            "PlanExtras", "One row per visit with totals as formulas, for Excel"
        )
    )
    return PlanExtras(import_plan, export_plan, package_action(page), stats)


def export_selected_stats(page: Any) -> Task | None:
    """Ask where, then write the selected plan's statistics workbook."""
    ids = page.selected_ids()
    if page.workspace is None or len(ids) != 1:
        return None
    from inspectdesk.ui.document_folder import documents_folder

    name, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("PlanExtras", "Statistics workbook"),
        str(documents_folder() / QCoreApplication.translate("PlanExtras", "statistics.xlsx")),
        QCoreApplication.translate("PlanExtras", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    return export_stats_to(page, uuid.UUID(str(ids[0])), Path(name).with_suffix(".xlsx"))


def export_stats_to(page: QWidget, plan_id: uuid.UUID, target: Path) -> Task | None:
    """Write the statistics of ``plan_id`` to ``target`` in the background."""
    workspace = getattr(page, "workspace", None)
    if workspace is None:
        return None
    db = workspace.db

    def work(_progress: Progress) -> StatsExport:
        from inspectdesk.services.stats_export import export_plan_statistics

        return export_plan_statistics(db, plan_id, target, date.today())

    def done(result: StatsExport) -> None:
        text = QCoreApplication.translate(
            "PlanExtras", "The statistics of %1 visits were written."
        ).replace("%1", str(result.visits))
        document_ready(
            page,
            QCoreApplication.translate("PlanExtras", "Statistics workbook"),
            text,
            result.path,
        )

    return run_in_background(
        page,
        QCoreApplication.translate("PlanExtras", "Writing the statistics"),
        work,
        done,
        cancellable=False,
    )
