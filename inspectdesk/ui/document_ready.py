"""What happens once a .docx is written: open it, print it (Windows), or show its folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

CAN_PRINT = sys.platform == "win32"
"""Windows prints a .docx through its default program's "print" verb; elsewhere, open it."""


def open_document(path: Path) -> bool:
    """Open ``path`` in the program the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_document(path: Path) -> None:
    """Send ``path`` to the default printer through its program (Windows only).

    Raises:
        OSError: no program prints this kind of file.
    """
    startfile = getattr(os, "startfile", None)
    if startfile is None:
        raise OSError("printing a document directly needs Windows")
    startfile(str(path), "print")


def show_folder(path: Path) -> bool:
    """Show the folder that holds ``path``."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class DocumentReadyBox(QMessageBox):
    """ "The minutes no. 05/BB-ĐKT were written to …" with Open, Print and Show folder."""

    def __init__(self, parent: QWidget | None, title: str, text: str, path: Path) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText(str(self.path))
        self.open_button = self.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        self.print_button: QPushButton | None = None
        if CAN_PRINT:
            self.print_button = self.addButton(self.tr("&Print"), QMessageBox.ButtonRole.ActionRole)
        self.folder_button = self.addButton(
            self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)

    def act(self) -> str:
        """Carry out the button that was clicked; return what was done."""
        clicked = self.clickedButton()
        try:
            if clicked is self.open_button:
                open_document(self.path)
                return "open"
            if self.print_button is not None and clicked is self.print_button:
                print_document(self.path)
                return "print"
        except OSError as exc:
            QMessageBox.warning(self.parentWidget(), self.windowTitle(), exc.strerror or str(exc))
            return "failed"
        if clicked is self.folder_button:
            show_folder(self.path)
            return "folder"
        return "close"


def document_ready(parent: QWidget | None, title: str, text: str, path: Path) -> str:
    """Tell the user a document was written and do what they choose with it."""
    box = DocumentReadyBox(parent, title, text, path)
    box.exec()
    return box.act()
