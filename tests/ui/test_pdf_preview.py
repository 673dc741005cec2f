"""The PDF preview (paging, zoom, files it cannot show) and printing a PDF page by page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from inspectdesk.ui.pdf_preview import (
    GEOMETRY_KEY,
    PdfPreviewDialog,
    load_pdf,
    open_pdf_preview,
    pdf_problem,
)
from inspectdesk.ui.pdf_printing import (
    paint_pages,
    print_pdf,
    selected_pages,
    use_document_paper,
)
from inspectdesk.ui.settings import Settings

PAGES = 3
A4_POINTS = (595.28, 841.89)


def make_pdf(path: Path, pages: int = PAGES) -> Path:
    """An A4 PDF whose page n has a black band in the n-th fifth of its height."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n in range(pages):
        pdf.drawString(72, height - 72, f"Trang {n + 1} / {pages}")
        band = height / 5
        pdf.rect(72, height - (n + 1) * band, width - 144, band * 0.8, fill=1)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "mẫu.pdf")


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    return shown


@pytest.fixture
def preview(qtbot: QtBot, sample_pdf: Path, settings: Settings) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(sample_pdf, settings=settings)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def loaded(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert load_pdf(path, document) == QPdfDocument.Error.None_
    return document


# -- the preview -----------------------------------------------------------------------------


def test_the_preview_shows_every_page_and_names_the_file(
    preview: PdfPreviewDialog, sample_pdf: Path
) -> None:
    assert preview.page_count == PAGES
    assert sample_pdf.name in preview.windowTitle()
    assert not preview.isModal()
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.fit_width_action.isChecked()
    assert preview.page_label.text() == f"1 / {PAGES}"
    assert not preview.previous_action.isEnabled()
    assert preview.next_action.isEnabled()


def test_next_and_previous_page_move_through_the_document(
    preview: PdfPreviewDialog, qtbot: QtBot
) -> None:
    preview.next_action.trigger()
    assert preview.current_page == 1
    assert preview.page_label.text() == f"2 / {PAGES}"
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)  # the shortcut, not the scroll bar
    assert preview.current_page == 2
    assert preview.page_label.text() == f"3 / {PAGES}"
    assert not preview.next_action.isEnabled()
    scrolled = preview.view.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page == 1
    assert preview.view.verticalScrollBar().value() < scrolled
    preview.previous_action.trigger()
    assert preview.current_page == 0
    assert preview.page_label.text() == f"1 / {PAGES}"


def test_zoom_in_out_and_fit(preview: PdfPreviewDialog, qtbot: QtBot) -> None:
    fitted = preview.effective_zoom()
    preview.zoom_in_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert not preview.fit_width_action.isChecked()
    qtbot.keyClick(preview.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25**2)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(fitted)
    preview.fit_page_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.fit_page_action.isChecked()
    assert preview.effective_zoom() < fitted  # a whole A4 page is narrower than the width
    preview.fit_width_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.effective_zoom() == pytest.approx(fitted)


def test_zoom_stays_within_limits(preview: PdfPreviewDialog) -> None:
    for _ in range(30):
        preview.zoom_out()
    assert preview.view.zoomFactor() == pytest.approx(0.25)
    for _ in range(30):
        preview.zoom_in()
    assert preview.view.zoomFactor() == pytest.approx(5.0)


def test_fit_page_shows_the_page_being_read(preview: PdfPreviewDialog) -> None:
    preview.go_to_page(1)
    preview.fit_page()
    assert preview.current_page == 1
    preview.zoom_in()
    assert preview.current_page == 1  # zooming keeps the reader's place


def test_the_window_size_is_remembered(qtbot: QtBot, sample_pdf: Path, settings: Settings) -> None:
    first = PdfPreviewDialog(sample_pdf, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 480)
    first.close_action.trigger()
    assert settings.geometry(GEOMETRY_KEY) is not None
    second = PdfPreviewDialog(sample_pdf, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)


def test_open_in_another_program_asks_the_system(
    preview: PdfPreviewDialog, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    preview.open_action.trigger()
    assert opened == [str(sample_pdf)]


def test_no_pdf_program_is_explained(
    preview: PdfPreviewDialog,
    warnings_shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert not preview.open_externally()
    assert len(warnings_shown) == 1
    assert str(preview.path) in warnings_shown[0][1]


def test_save_a_copy(
    preview: PdfPreviewDialog, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copies" / "bản sao"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.save_copy_action.trigger()
    copy = target.with_name("bản sao.pdf")
    assert copy.read_bytes() == sample_pdf.read_bytes()


def test_a_copy_that_cannot_be_written_is_explained(
    preview: PdfPreviewDialog, tmp_path: Path, warnings_shown: list[tuple[str, str]]
) -> None:
    target = tmp_path / "no such folder" / "x.pdf"
    assert preview.copy_to(target) is None
    assert len(warnings_shown) == 1
    assert str(target) in warnings_shown[0][1]


def test_the_file_is_not_kept_open(preview: PdfPreviewDialog, sample_pdf: Path) -> None:
    """Read into memory: replacing the file (a regenerated report) must stay possible."""
    make_pdf(sample_pdf.with_suffix(".new"), pages=1).replace(sample_pdf)
    assert preview.page_count == PAGES


# -- files that cannot be shown ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, QPdfDocument.Error.FileNotFound),
        (b"not a pdf", QPdfDocument.Error.InvalidFileFormat),
        ("truncated", QPdfDocument.Error.InvalidFileFormat),
    ],
    ids=["missing", "not-a-pdf", "truncated"],
)
def test_a_pdf_that_cannot_be_shown_opens_no_dialog(
    tmp_path: Path,
    sample_pdf: Path,
    content: bytes | str | None,
    error: QPdfDocument.Error,
    warnings_shown: list[tuple[str, str]],
) -> None:
    path = tmp_path / "báo cáo hỏng.pdf"
    if content == "truncated":
        data = sample_pdf.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    before = set(QApplication.topLevelWidgets())
    assert open_pdf_preview(path) is None
    assert not [
        w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, QDialog)
    ]
    assert len(warnings_shown) == 1
    _title, text = warnings_shown[0]
    assert str(path) in text
    assert pdf_problem(error) in text


def test_problems_are_worded_differently() -> None:
    errors = [e for e in QPdfDocument.Error if e != QPdfDocument.Error.None_]
    words = {pdf_problem(e) for e in errors}
    assert len(words) == len(errors)


def test_a_good_pdf_opens_a_preview(qtbot: QtBot, sample_pdf: Path, settings: Settings) -> None:
    dialog = open_pdf_preview(sample_pdf, settings=settings)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.page_count == PAGES
    dialog.close()


# -- printing ---------------------------------------------------------------------------------


def pdf_printer(path: Path, resolution: int | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if resolution is not None:
        printer.setResolution(resolution)
    return printer


def dark_band(page: object) -> int:
    """Which fifth of the printed page (0-4, from the top) holds the black band."""
    from PIL import Image

    images = page.images  # type: ignore[attr-defined]
    assert len(images) == 1
    picture = Image.open(io.BytesIO(images[0].data)).convert("L")
    width, height = picture.size
    darkness = [
        sum(
            picture.getpixel((width // 2, y)) < 64
            for y in range(i * height // 5, (i + 1) * height // 5, 4)
        )
        for i in range(5)
    ]
    return max(range(5), key=lambda i: darkness[i])


def test_printing_paints_every_page_on_a4(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    document = loaded(sample_pdf)
    printer = pdf_printer(out, resolution=150)
    use_document_paper(document, printer)
    assert paint_pages(document, printer) == PAGES
    reader = PdfReader(out)
    assert len(reader.pages) == PAGES
    for number, page in enumerate(reader.pages):
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=1)
        assert dark_band(page) == number  # each page in its place, in order


def test_printing_honours_the_page_range(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "page 2.pdf"
    document = loaded(sample_pdf)
    printer = pdf_printer(out)  # the real high resolution, capped for the images
    use_document_paper(document, printer)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert paint_pages(document, printer) == 1
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.height) == pytest.approx(A4_POINTS[1], abs=1)
    assert dark_band(reader.pages[0]) == 1


def test_page_choices(tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "unused.pdf")
    assert selected_pages(printer, 5) == [0, 1, 2, 3, 4]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    assert selected_pages(printer, 5) == [1, 2, 3, 4]  # clipped to the document
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert selected_pages(printer, 5) == [4, 3, 2, 1]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert selected_pages(printer, 5, current_page=3) == [3]
    assert selected_pages(printer, 0) == []


def test_cancelling_stops_after_the_page(sample_pdf: Path, tmp_path: Path) -> None:
    document = loaded(sample_pdf)
    printer = pdf_printer(tmp_path / "cancelled.pdf", resolution=72)
    told: list[tuple[int, int]] = []

    def page_done(done: int, total: int) -> bool:
        told.append((done, total))
        return False

    assert paint_pages(document, printer, on_page=page_done) == 1
    assert told == [(1, PAGES)]


def test_print_action_prints_the_chosen_range(
    preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "from the dialog.pdf"
    printer = pdf_printer(out, resolution=100)

    def accept(dialog: QPrintDialog) -> int:
        assert (dialog.minPage(), dialog.maxPage()) == (1, PAGES)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_pdf(preview.document, printer, preview) == 2
    assert len(PdfReader(out).pages) == 2


def test_a_cancelled_print_dialog_prints_nothing(
    preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "never.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert print_pdf(preview.document, pdf_printer(out), preview) == 0
    assert not out.exists()
