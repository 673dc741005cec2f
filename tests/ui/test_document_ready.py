"""After a .docx is written: open it, print it on Windows, or show its folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from inspectdesk.ui import document_ready
from inspectdesk.ui.document_ready import DocumentReadyBox, print_document


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def box(qtbot: QtBot, path: Path) -> DocumentReadyBox:
    widget = DocumentReadyBox(None, "Biên bản", "Đã lập biên bản số 05/BB-ĐKT.", path)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_open_opens_the_file(qtbot: QtBot, tmp_path: Path, opened: list[str]) -> None:
    widget = box(qtbot, tmp_path / "bb.docx")
    assert widget.defaultButton() is widget.open_button
    widget.open_button.click()
    assert widget.act() == "open"
    assert opened == [str(tmp_path / "bb.docx")]


def test_show_folder(qtbot: QtBot, tmp_path: Path, opened: list[str]) -> None:
    widget = box(qtbot, tmp_path / "bb.docx")
    widget.folder_button.click()
    assert widget.act() == "folder"
    assert opened == [str(tmp_path)]


def test_print_uses_the_windows_print_verb(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(os, "startfile", lambda p, verb: calls.append((p, verb)), raising=False)
    monkeypatch.setattr(document_ready, "CAN_PRINT", True)
    widget = box(qtbot, tmp_path / "bb.docx")
    assert widget.print_button is not None
    widget.print_button.click()
    assert widget.act() == "print"
    assert calls == [(str(tmp_path / "bb.docx"), "print")]


def test_print_elsewhere_is_refused_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "startfile", raising=False)
    with pytest.raises(OSError, match="Windows"):
        print_document(Path("x.docx"))
