"""The PDF preview: look at a written report, print it, open it elsewhere or keep a copy.

:func:`open_pdf_preview` is the way in: a file that cannot be shown (missing, damaged,
not a PDF) is explained in a message box and no dialog opens. The file is read into
memory, so the preview never keeps it open (Windows would then refuse to replace it).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.ui.pdf_printing import print_pdf
from inspectdesk.ui.settings import Settings

GEOMETRY_KEY = "pdfPreview"
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


def pdf_problem(error: QPdfDocument.Error) -> str:
    """The reason a PDF could not be loaded, in the user's language."""
    words = {
        QPdfDocument.Error.FileNotFound: QCoreApplication.translate(
            "PdfPreviewDialog", "the file does not exist"
        ),
        QPdfDocument.Error.InvalidFileFormat: QCoreApplication.translate(
            "PdfPreviewDialog", "it is not a PDF file, or it is damaged"
        ),
        QPdfDocument.Error.IncorrectPassword: QCoreApplication.translate(
            "PdfPreviewDialog", "it is protected by a password"
        ),
        QPdfDocument.Error.UnsupportedSecurityScheme: QCoreApplication.translate(
            "PdfPreviewDialog", "it is protected in a way that cannot be opened"
        ),
        QPdfDocument.Error.DataNotYetAvailable: QCoreApplication.translate(
            "PdfPreviewDialog", "the file is incomplete"
        ),
    }
    return words.get(
        error, QCoreApplication.translate("PdfPreviewDialog", "the file could not be read")
    )


def load_pdf(path: Path, document: QPdfDocument) -> QPdfDocument.Error:
    """Load ``path`` into ``document`` from memory; the error (``None_`` when it loaded)."""
    if not path.is_file():
        return QPdfDocument.Error.FileNotFound
    try:
        data = path.read_bytes()
    except OSError:
        return QPdfDocument.Error.Unknown
    buffer = QBuffer(document)  # lives as long as the document reads from it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a complete buffer loads at once
    if document.status() == QPdfDocument.Status.Ready:
        return QPdfDocument.Error.None_
    error = document.error()
    return QPdfDocument.Error.Unknown if error == QPdfDocument.Error.None_ else error


def _settings_of(widget: QWidget | None) -> Settings | None:
    """The application's settings, found on the main window that ``widget`` belongs to."""
    if widget is None:
        return None
    found = getattr(widget.window(), "settings", None)
    return found if isinstance(found, Settings) else None


class PdfPreviewDialog(QDialog):
    """A non-modal window showing a PDF: page through it, zoom, print, open, save a copy."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        document: QPdfDocument | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.settings = settings or _settings_of(parent)
        self.setWindowTitle(self.tr("%1 – Preview").replace("%1", self.path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        if document is None:
            document = QPdfDocument()
            self.error = load_pdf(self.path, document)
        else:
            self.error = QPdfDocument.Error.None_
        document.setParent(self)
        self.document = document
        self.view = QPdfView(self)
        self.view.setDocument(document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.navigator = self.view.pageNavigator()
        self.page_label = QLabel()
        self.page_label.setObjectName("pageIndicator")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(" 888 / 888 "))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomModeChanged.connect(self._zoom_mode_changed)
        self._page_changed(self.navigator.currentPage())
        self._restore_geometry()
        self.view.setFocus()

    # -- building --------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, *keys: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if keys:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.iconText()} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        bar = self.toolbar
        self.previous_action = self._action(
            self.tr("Pre&vious page"),
            self.previous_page,
            QKeySequence.StandardKey.MoveToPreviousPage,
        )
        self.next_action = self._action(
            self.tr("&Next page"), self.next_page, QKeySequence.StandardKey.MoveToNextPage
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.fit_width_action = self._action(self.tr("Fit &width"), self.fit_width, "Ctrl+2")
        self.fit_page_action = self._action(self.tr("Fit pa&ge"), self.fit_page, "Ctrl+0")
        self.fit_group = QActionGroup(self)
        self.fit_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            self.fit_group.addAction(action)
        self.fit_width_action.setChecked(True)
        self.print_action = self._action(
            self.tr("&Print…"), self.print_document, QKeySequence.StandardKey.Print
        )
        self.open_action = self._action(
            self.tr("Open in ano&ther program"), self.open_externally, "Ctrl+Shift+O"
        )
        self.save_copy_action = self._action(self.tr("&Save a copy…"), self.save_copy, "Ctrl+S")
        self.close_action = self._action(
            self.tr("&Close"), self.close, "Esc", QKeySequence.StandardKey.Close
        )
        bar.addAction(self.previous_action)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.print_action, self.open_action, self.save_copy_action):
            bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.close_action)

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry(GEOMETRY_KEY) if self.settings else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = (
            900 if screen is None else min(1000, int(screen.availableGeometry().height() * 0.9))
        )
        self.resize(max(self.toolbar.sizeHint().width(), 820), height)

    # -- pages -----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """The 0-based page at the top of the view."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll so that 0-based ``page`` is at the top."""
        if 0 <= page < self.page_count:
            self.navigator.jump(page, QPointF(), self.view.zoomFactor())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count
        self.page_label.setText(f"{page + 1} / {count}" if count else "")
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < count)

    # -- zoom ------------------------------------------------------------------------------

    def effective_zoom(self) -> float:
        """The zoom factor shown now, also when the page is fitted to the window."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return float(self.view.zoomFactor())
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        points = self.document.pagePointSize(max(self.current_page, 0))
        width, height = points.width() * dpi / 72, points.height() * dpi / 72
        margins = self.view.documentMargins()
        room_w = self.view.viewport().width() - margins.left() - margins.right()
        room_h = self.view.viewport().height() - self.view.pageSpacing()
        if width <= 0 or height <= 0:
            return 1.0
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return max(room_w / width, MIN_ZOOM)
        return max(min(room_w / width, room_h / height), MIN_ZOOM)

    def set_zoom(self, factor: float) -> None:
        """Show the pages at ``factor`` (1.0: real size), within the allowed range."""
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)

        def change() -> None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

        self._keeping_place(change)

    def zoom_in(self) -> None:
        self.set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        """Make the pages as wide as the window (the default)."""
        self._fit(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """Show a whole page in the window."""
        self._fit(QPdfView.ZoomMode.FitInView)

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self._keeping_place(lambda: self.view.setZoomMode(mode))
        if mode == QPdfView.ZoomMode.FitInView:  # the whole page being read, from its top
            page = self.current_page
            if self.page_count > 1:  # the view scrolls only when the page changes
                self.go_to_page(page + 1 if page == 0 else page - 1)
            self.go_to_page(page)

    def _keeping_place(self, change: Callable[[], None]) -> None:
        """Apply a zoom ``change`` keeping the middle of the view where the reader is."""
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        middle = (bar.value() + bar.pageStep() / 2) / total if total > 0 else 0.0
        change()
        total = bar.maximum() + bar.pageStep()
        bar.setValue(round(middle * total - bar.pageStep() / 2))

    def _zoom_mode_changed(self, mode: QPdfView.ZoomMode) -> None:
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)

    # -- the file --------------------------------------------------------------------------

    def print_document(self) -> int:
        """Choose a printer and pages, then print; the number of pages printed."""
        return print_pdf(self.document, parent=self, current_page=self.current_page)

    def open_externally(self) -> bool:
        """Open the file in the program the system uses for PDF files."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            return True
        QMessageBox.warning(
            self,
            self.tr("Open in another program"),
            self.tr("No program to open “%1” was found. Install a PDF reader.").replace(
                "%1", str(self.path)
            ),
        )
        return False

    def save_copy(self) -> Path | None:
        """Ask where, then copy the file there; the copy's path (None if not copied)."""
        title = self.tr("Save a copy")
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(self.path.parent / self.path.name), self.tr("PDF document (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.copy_to(target)

    def copy_to(self, target: Path) -> Path | None:
        """Copy the file to ``target``; a message box says why when it cannot be."""
        try:
            if target.exists() and target.samefile(self.path):
                return target
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save a copy"),
                self.tr("The copy could not be written to “%1”: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        return target

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


def open_pdf_preview(
    path: Path, parent: QWidget | None = None, settings: Settings | None = None
) -> PdfPreviewDialog | None:
    """Show ``path`` in a new preview window, or say why it cannot be shown (then None)."""
    document = QPdfDocument()
    error = load_pdf(Path(path), document)
    if error != QPdfDocument.Error.None_:
        document.deleteLater()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Cannot show the PDF"),
            QCoreApplication.translate("PdfPreviewDialog", "“%1” cannot be shown: %2.")
            .replace("%1", str(path))
            .replace("%2", pdf_problem(error)),
        )
        return None
    dialog = PdfPreviewDialog(Path(path), parent, document=document, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
