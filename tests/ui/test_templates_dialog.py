"""Catalogues → Document templates: export, install (checked), refuse broken, reset."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspectdesk.documents.builtin import KINDS, builtin_template
from inspectdesk.documents.templating import to_bytes
from inspectdesk.services.templates import TemplateStore
from inspectdesk.ui.templates_dialog import TemplatesDialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a: shown.append(text))
    return shown


def dialog(qtbot: QtBot, folder: Path) -> TemplatesDialog:
    widget = TemplatesDialog(TemplateStore(folder))
    qtbot.addWidget(widget)
    return widget


def select(widget: TemplatesDialog, key: str) -> None:
    widget.table.selectRow([s.key for s in widget.statuses].index(key))


def edited(extra: str) -> bytes:
    doc = docx.Document(io.BytesIO(builtin_template("minutes").content))
    doc.paragraphs[0].insert_paragraph_before(extra)
    return to_bytes(doc)


def test_lists_every_kind_as_builtin(qtbot: QtBot, tmp_path: Path) -> None:
    widget = dialog(qtbot, tmp_path / "mau")
    assert widget.table.rowCount() == len(KINDS)
    column = [widget.table.item(r, 1).text() for r in range(widget.table.rowCount())]
    assert set(column) == {widget.tr("Built-in")}
    assert not widget.reset_button.isEnabled()


def test_export_writes_the_builtin_and_opens_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    widget = dialog(qtbot, tmp_path / "mau")
    select(widget, "minutes")
    target = tmp_path / "ban sao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = widget.export_current()
    assert written == target.with_suffix(".docx")
    assert written.read_bytes() == builtin_template("minutes").content
    assert opened == [str(written)]


def test_install_refuses_a_broken_template_and_takes_a_good_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    folder = tmp_path / "mau"
    widget = dialog(qtbot, folder)
    select(widget, "minutes")
    chosen: dict[str, Any] = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen["path"], ""))
    broken = tmp_path / "hong.docx"
    broken.write_bytes(edited("{{ khong_co_cho_nay }}"))
    chosen["path"] = str(broken)
    assert widget.install_current() is None
    assert "khong_co_cho_nay" in messages[-1]
    assert not (folder / "bien-ban-kiem-tra.docx").exists()
    good = tmp_path / "tot.docx"
    good.write_bytes(edited("Mẫu riêng {{ unit_name }}"))
    chosen["path"] = str(good)
    assert widget.install_current() == folder / "bien-ban-kiem-tra.docx"
    select(widget, "minutes")
    assert widget.current() is not None and widget.current().custom  # type: ignore[union-attr]
    assert widget.reset_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    kept = widget.reset_current()
    assert kept is not None and kept.name == "bien-ban-kiem-tra.docx.bak"
    select(widget, "minutes")
    assert not widget.current().custom  # type: ignore[union-attr]


def test_render_for_a_look(qtbot: QtBot, tmp_path: Path) -> None:
    widget = dialog(qtbot, tmp_path / "mau")
    widget.show()
    assert not widget.grab().isNull()
