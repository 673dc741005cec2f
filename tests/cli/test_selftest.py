"""``inspectdesk --self-test``: every check passes here; a missing piece fails by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from inspectdesk import selftest

CHECKS = (
    "resources",
    "migrations",
    "templates",
    "data folders",
    "demo database",
    "minutes .docx",
    "report PDF",
    "Qt",
)


def test_a_good_installation_passes(cli: Callable[..., Any], data_dir: Path, qtbot: QtBot) -> None:
    result = cli("--self-test")
    assert result.code == 0, result.out
    lines = result.out.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"OK   {name}" for name in CHECKS] + [
        "OK   self-test"
    ]
    assert "230/KH-UBND" in result.out
    assert not list(data_dir.iterdir())  # everything happened in a temporary folder


def test_a_missing_resource_folder_fails_by_name(
    cli: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr(selftest.paths, "resources_dir", lambda: empty)
    result = cli("--self-test")
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    (resources,) = [line for line in result.out.splitlines() if "resources:" in line]
    assert resources.startswith("FAIL resources: missing in")
    for missing in (
        "fonts",
        "font licence (OFL)",
        "translations/inspectdesk_vi.qm",
        "translations/qtbase_vi.qm",
        "checklists/*.json",
        "encodings/*.tsv",
    ):
        assert missing in resources
    assert "FAIL Qt: the translation inspectdesk_vi.qm does not load" in result.out
    assert result.out.splitlines()[-1] == "FAIL self-test: 2 of 8 checks failed"


def test_a_failing_step_is_a_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("inspectdesk.services.demo.build_demo", broken)
    monkeypatch.setattr(selftest, "check_qt", lambda: "skipped in this test")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    failures = [line for line in lines if line.startswith("FAIL")]
    assert failures == [
        "FAIL demo database: OSError: [Errno 28] No space left on device",
        "FAIL minutes .docx: skipped: the demo database was not built",
        "FAIL report PDF: skipped: the demo database was not built",
        "FAIL self-test: 3 of 8 checks failed",
    ]
