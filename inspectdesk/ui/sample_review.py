"""The "Sample" tab of the plan editor: strata, the draw, the review and the acceptance.

Top: the plan's strata (:class:`~inspectdesk.ui.strata_editor.StrataEditor`). Middle: the
seed ("New seed" draws another) and the weighting, then "Draw sample". Bottom: the draft
sample with each unit's parent, stratum, weight and how it came in; Swap (a unit of the
same stratum, reason required), Add, Remove, Accept (planned visits, after a
confirmation) and the printable list (.xlsx, PDF). Every change is saved at once and can
be undone (Ctrl+Z); drawing and accepting run in the background.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.domain.sampling import PickSource, Weighting
from inspectdesk.errors import UserError
from inspectdesk.services.changes import Changes
from inspectdesk.services.sample_view import PickRow, SampleView
from inspectdesk.services.sampling import SampleChange, SamplingService, new_seed
from inspectdesk.services.visits import VisitService
from inspectdesk.ui.forms import show_user_error
from inspectdesk.ui.sample_dialogs import AddUnitDialog, RemoveDialog, SwapDialog
from inspectdesk.ui.sample_widgets import DrawOptions, SampleTable
from inspectdesk.ui.strata_editor import StrataEditor
from inspectdesk.ui.undo import ServiceCommand
from inspectdesk.ui.worker import Progress, Task, run_in_background
from inspectdesk.ui.workspace import Workspace

WATCHED = ("sample_pick", "sampling_stratum", "visit", "unit", "plan")


class SampleReviewPanel(QWidget):
    """Draw and review the sample of one saved plan; ``plan_changed`` when its seed changes."""

    plan_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = SamplingService(workspace.db, workspace.bus)
        self.plan_id: uuid.UUID | None = None
        self.view: SampleView | None = None
        self.task: Task | None = None
        self.strata_editor = StrataEditor(workspace, self.service)
        self.strata_editor.changed.connect(self.reload)
        strata_box = QGroupBox(self.tr("Sampling strata"))
        QVBoxLayout(strata_box).addWidget(self.strata_editor)
        self.options = DrawOptions()
        self.options.draw_button.clicked.connect(self.draw)
        self.sample = SampleTable()
        sample = self.sample
        sample.swap_button.clicked.connect(self.swap)
        sample.add_button.clicked.connect(self.add)
        sample.remove_button.clicked.connect(self.remove)
        sample.accept_button.clicked.connect(self.accept_sample)
        sample.xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        sample.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        sample.show_removed.toggled.connect(lambda _on: self._update_enabled())
        sample.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_enabled())
        QShortcut(QKeySequence.StandardKey.Delete, sample.table).activated.connect(self.remove)
        sample_box = QGroupBox(self.tr("Sample"))
        sample_layout = QVBoxLayout(sample_box)
        sample_layout.addWidget(self.options)
        sample_layout.addWidget(sample, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(strata_box)
        splitter.addWidget(sample_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        workspace.changed.connect(self._on_changes)
        self._update_enabled()

    # -- showing ---------------------------------------------------------------

    def set_plan(self, plan_id: uuid.UUID | None) -> None:
        """Show the strata and sample of ``plan_id`` (a saved plan)."""
        self.plan_id = plan_id
        self.reload()
        seed = self.view.seed if self.view is not None else None
        self.options.seed.setValue(seed if seed is not None else new_seed())

    def reload(self) -> None:
        """Read the plan's strata and sample again."""
        try:
            self.view = self.service.view(self.plan_id) if self.plan_id else None
        except UserError:
            self.view = None  # the plan went to the trash meanwhile
        self.strata_editor.show_view(self.plan_id, self.view)
        self.sample.show_view(self.view)
        self._update_enabled()

    def _on_changes(self, changes: Changes) -> None:
        if self.plan_id is not None and changes.touches(*WATCHED):
            self.reload()
            if changes.touches("plan") and self.plan_id in changes.ids:
                self.plan_changed.emit()

    def current_pick(self) -> PickRow | None:
        return self.sample.current_pick()

    def _update_enabled(self) -> None:
        editable = self.plan_id is not None and not self.workspace.readonly
        busy = self.task is not None and self.task.running
        pick = self.current_pick()
        live = pick is not None and not pick.removed
        has_strata = bool(self.view and self.view.strata)
        has_sample = bool(self.view and self.view.current())
        sample = self.sample
        self.options.draw_button.setEnabled(editable and has_strata and not busy)
        self.options.new_seed_button.setEnabled(editable)
        sample.swap_button.setEnabled(editable and live)
        sample.remove_button.setEnabled(editable and live)
        sample.add_button.setEnabled(editable)
        sample.accept_button.setEnabled(editable and has_sample and not busy)
        for button in (sample.xlsx_button, sample.pdf_button):
            button.setEnabled(bool(self.view and self.view.picks) and not busy)

    def weighting(self) -> Weighting:
        return self.options.weighting()

    # -- changing --------------------------------------------------------------

    def _push(self, text: str, change: SampleChange) -> None:
        service = self.service
        command = ServiceCommand(
            text, lambda: service.reapply(change), lambda: service.revert(change)
        )
        self.workspace.undo_stack.push(command)

    def _run(self, text: str, action: Callable[[], SampleChange]) -> bool:
        try:
            change = action()
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self._push(text, change)
        self.reload()
        return True

    def draw(self) -> None:
        """Draw the sample with the seed and weighting shown (after a warning if reviewed)."""
        if self.plan_id is None or self.workspace.readonly:
            return
        reviewed = self.view is not None and any(
            p.removed or p.source is not PickSource.DRAWN for p in self.view.picks
        )
        if reviewed:
            answer = QMessageBox.question(
                self,
                self.tr("Draw sample"),
                self.tr(
                    "Drawing again replaces the reviewed sample, with its swaps and additions"
                    " (Ctrl+Z brings it back). Draw again?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        plan_id, service = self.plan_id, self.service
        seed, weighting = self.options.seed.value(), self.weighting()

        def work(_progress: Progress) -> SampleChange | None:
            return service.draw(plan_id, seed, weighting).change

        def done(change: SampleChange | None) -> None:
            if change is not None:
                self._push(self.tr("Draw sample"), change)
            self.reload()

        self._start(self.tr("Drawing the sample"), work, done)

    def _start(
        self, title: str, work: Callable[[Progress], object], done: Callable[..., None]
    ) -> None:
        """Run ``work`` in the background; the buttons wait until it has ended."""
        self.task = run_in_background(self, title, work, done)
        if self.task.running:
            self.task.ended.connect(self._update_enabled)
        self._update_enabled()

    def swap(self) -> None:
        pick = self.current_pick()
        if pick is None or pick.removed or self.workspace.readonly:
            return
        weighting = self.weighting()
        candidates = self.service.candidates(pick.id, weighting)
        stratum = pick.stratum_label or self.tr("Added by hand: any unit may replace it.")
        dialog = SwapDialog(pick.unit, stratum, candidates, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None:
                self.apply_swap(pick.id, dialog.chosen(), dialog.reason_text())  # type: ignore[arg-type]
        finally:
            dialog.deleteLater()

    def apply_swap(self, pick_id: uuid.UUID, unit_id: uuid.UUID, reason: str) -> bool:
        weighting = self.weighting()
        return self._run(
            self.tr("Swap a unit of the sample"),
            lambda: self.service.swap(pick_id, unit_id, reason, weighting),
        )

    def add(self) -> None:
        if self.plan_id is None or self.workspace.readonly:
            return
        inside = {pick.unit_id for pick in (self.view.current() if self.view else [])}
        units = [c for c in self.workspace.units.parents() if c.id not in inside]
        dialog = AddUnitDialog(units, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.unit.value() is not None:
                self.apply_add(dialog.unit.value(), dialog.reason.text())  # type: ignore[arg-type]
        finally:
            dialog.deleteLater()

    def apply_add(self, unit_id: uuid.UUID, reason: str = "") -> bool:
        plan_id = self.plan_id
        if plan_id is None:
            return False
        return self._run(
            self.tr("Add a unit to the sample"), lambda: self.service.add(plan_id, unit_id, reason)
        )

    def remove(self) -> None:
        pick = self.current_pick()
        if pick is None or pick.removed or self.workspace.readonly:
            return
        dialog = RemoveDialog(pick.unit, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.apply_remove(pick.id, dialog.reason.text())
        finally:
            dialog.deleteLater()

    def apply_remove(self, pick_id: uuid.UUID, reason: str = "") -> bool:
        return self._run(
            self.tr("Remove a unit from the sample"),
            lambda: self.service.remove(pick_id, reason),
        )

    def accept_sample(self) -> None:
        """Ask, then create one planned visit per unit of the sample the plan does not visit."""
        if self.plan_id is None or self.view is None or self.workspace.readonly:
            return
        new = sum(1 for pick in self.view.current() if not pick.visited)
        answer = QMessageBox.question(
            self,
            self.tr("Accept the sample"),
            self.tr(
                "Create %1 planned visit(s), one for each unit of the sample? Units the plan"
                " already visits get no second visit."
            ).replace("%1", str(new)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_accept()

    def apply_accept(self) -> None:
        plan_id, service = self.plan_id, self.service
        if plan_id is None:
            return
        visits = VisitService(self.workspace.db, self.workspace.bus)

        def done(created: tuple[uuid.UUID, ...]) -> None:
            if created:
                command = ServiceCommand(
                    self.tr("Accept the sample"),
                    lambda: visits.set_deleted(created, False),
                    lambda: visits.set_deleted(created, True),
                )
                self.workspace.undo_stack.push(command)
            self.reload()
            summary = self.sample.summary
            made = self.tr("%1 visit(s) created.").replace("%1", str(len(created)))
            summary.setText(f"{summary.text()} {made}")

        self._start(
            self.tr("Creating the planned visits"),
            lambda _progress: service.accept(plan_id).created,
            done,
        )

    # -- the printable list ------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        if self.view is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = (self.view.number or self.view.title or "mau").replace("/", "-")
        prefix = self.tr("Sample")
        suggested = str(Path(folder) / f"{prefix} {name}.{kind}")
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the sample list"), suggested, filters[kind]
        )
        if chosen:
            path = Path(chosen)
            self.export_to(path if path.suffix.lower() == f".{kind}" else Path(f"{chosen}.{kind}"))

    def export_to(self, path: Path) -> None:
        """Write the sample list to ``path`` (.xlsx or .pdf by its suffix) in the background."""
        view = self.view
        if view is None:
            return
        from inspectdesk.services.sample_print import write_sample_pdf, write_sample_xlsx

        writer = write_sample_pdf if path.suffix.lower() == ".pdf" else write_sample_xlsx

        def done(count: int) -> None:
            self.sample.summary.setText(
                self.tr("The list of %1 units was written to “%2”.")
                .replace("%1", str(count))
                .replace("%2", path.name)
            )

        self._start(self.tr("Writing the sample list"), lambda _progress: writer(view, path), done)


class SampleTab(QStackedWidget):
    """The plan editor's "Sample" tab: a notice until the plan is saved, then the panel.

    ``save_plan`` saves the plan being edited (True when it could); ``plan_changed`` is
    called when the sample work changed the plan row itself (its seed).
    """

    def __init__(
        self,
        workspace: Workspace,
        save_plan: Callable[[], bool],
        plan_changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = SampleReviewPanel(workspace)
        self.panel.plan_changed.connect(plan_changed)
        notice = QLabel(
            self.tr(
                "The sample belongs to a plan: save the new plan first, then give its strata"
                " and draw the units to inspect."
            )
        )
        notice.setWordWrap(True)
        self.save_first_button = QPushButton(self.tr("Save the plan &first"))
        self.save_first_button.clicked.connect(save_plan)
        placeholder = QWidget()
        layout = QVBoxLayout(placeholder)
        layout.addStretch(1)
        layout.addWidget(notice)
        layout.addWidget(self.save_first_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.addWidget(placeholder)
        self.addWidget(self.panel)

    def set_plan(self, plan_id: uuid.UUID | None) -> None:
        """Show the panel for a saved plan (the notice for none)."""
        self.setCurrentIndex(0 if plan_id is None else 1)
        if plan_id is not None and self.panel.plan_id != plan_id:
            self.panel.set_plan(plan_id)
