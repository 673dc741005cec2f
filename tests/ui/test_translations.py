"""The Vietnamese catalogue covers every visible string, and the shipped .qm matches it."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "inspectdesk_vi.ts"


def _load_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail(f"{name} is missing: PySide6 ships it")
    return found


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (tr := msg.find("translation")) is not None
        and (
            tr.get("type") in ("unfinished", "vanished", "obsolete")
            or not ((tr.text or "").strip() or len(tr))
        )
    ]


def test_every_source_string_has_a_finished_vietnamese_translation(tmp_path: Path) -> None:
    script = _load_script()
    fresh = tmp_path / "inspectdesk_vi.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *script.sources(),
            "-locations",
            "none",  # type: ignore[attr-defined]
            "-no-obsolete",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert _unfinished(fresh) == []


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "inspectdesk_vi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes()
