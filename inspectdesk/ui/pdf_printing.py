"""Printing a PDF shown with QtPdf: the print dialog, then each page painted as an image.

QtPdf cannot hand a page to the printer as vectors, so every page is rendered (by
PDFium) at the printer's resolution, capped at :data:`MAX_PRINT_DPI`, and painted onto
the paper keeping its proportions. The split keeps the painting testable without a
dialog: :func:`paint_pages` prints to any ``QPrinter``, a PDF file in the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

MAX_PRINT_DPI = 300
"""Pages are rendered at most this fine: an A4 page is then a 35 MB image, not 560 MB."""

PageDone = Callable[[int, int], bool]
"""Told ``(pages done, pages in all)`` after each page; returns False to cancel."""


class PrintingFailed(Exception):
    """The printer (or the output file) could not be started."""


def use_document_paper(document: QPdfDocument, printer: QPrinter) -> None:
    """Propose the paper of the document's first page (A4 for our reports) to the printer."""
    if document.pageCount() < 1:
        return
    size = QPageSize(document.pagePointSize(0), QPageSize.Unit.Point)
    printer.setPageSize(size)
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def selected_pages(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages to print, from the range chosen on ``printer`` and its page order.

    A page range (``fromPage``/``toPage``, 1-based) is clipped to the document; the current
    page prints ``current_page``; anything else prints every page.
    """
    if page_count < 1:
        return []
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        pages = list(range(first - 1, last))
    elif mode == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def render_for_print(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` rendered at ``dpi`` on white paper (PDFium leaves it transparent)."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def _fit(page: QSizeF, paper: QRectF) -> QRectF:
    """``page`` scaled to fit ``paper`` keeping its proportions, centred."""
    scaled = page.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = paper.left() + (paper.width() - scaled.width()) / 2
    top = paper.top() + (paper.height() - scaled.height()) / 2
    return QRectF(QPointF(left, top), scaled)


def paint_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int] | None = None,
    on_page: PageDone | None = None,
) -> int:
    """Paint ``pages`` (default: those chosen on ``printer``) one per sheet of paper.

    Each page is rendered at the printer's resolution (at most :data:`MAX_PRINT_DPI`)
    and painted over the whole sheet, keeping its proportions, so an A4 page prints at
    its real size on A4 paper. Copies are left to the printer (``copyCount``).

    Returns:
        The number of pages painted; fewer if ``on_page`` cancelled (the job is aborted).

    Raises:
        PrintingFailed: the printer or output file could not be opened.
    """
    chosen = list(pages) if pages is not None else selected_pages(printer, document.pageCount())
    chosen = [p for p in chosen if 0 <= p < document.pageCount()]
    if not chosen:
        return 0
    printer.setFullPage(True)  # the PDF page carries its own margins
    dpi = float(min(printer.resolution(), MAX_PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingFailed(printer.printerName() or printer.outputFileName())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    done = 0
    try:
        for n, page in enumerate(chosen):
            if n:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            points = document.pagePointSize(page)
            image = render_for_print(document, page, dpi)
            painter.drawImage(_fit(points, paper), image)
            done += 1
            if on_page is not None and not on_page(done, len(chosen)):
                printer.abort()
                break
    finally:
        painter.end()
    return done


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter | None = None,
    parent: QWidget | None = None,
    current_page: int = 0,
) -> int:
    """Ask what to print with ``QPrintDialog``, then print it with a progress dialog.

    The dialog offers all pages, a page range (from/to) or the current page; the number
    of copies is passed on to the printer.

    Returns:
        The number of pages printed (0 when the user cancelled or printing failed).
    """
    if document.pageCount() < 1:
        return 0
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    use_document_paper(document, printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setMinMax(1, document.pageCount())
    dialog.setFromTo(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    pages = selected_pages(printer, document.pageCount(), current_page)
    title = QCoreApplication.translate("PdfPrinting", "Printing")
    progress = QProgressDialog(
        QCoreApplication.translate("PdfPrinting", "Printing…"),
        QCoreApplication.translate("PdfPrinting", "Cancel"),
        0,
        len(pages),
        parent,
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)

    def page_done(done: int, total: int) -> bool:
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        return paint_pages(document, printer, pages, page_done)
    except PrintingFailed:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "PdfPrinting", "The printer could not be started. Check that it is connected."
            ),
        )
        return 0
    finally:
        progress.close()
        progress.deleteLater()
