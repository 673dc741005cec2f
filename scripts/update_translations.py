#!/usr/bin/env python3
"""Refresh the Qt Linguist catalogues from the sources and compile them.

    python scripts/update_translations.py   lupdate every inspectdesk/ui source into
                                            resources/translations/*.ts, then lrelease
                                            each .ts into its .qm

Translate new entries in Qt Linguist (or by editing the .ts), then run this again so
the .qm files the application loads are rebuilt. The tests fail while the Vietnamese
catalogue has unfinished or missing entries.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "inspectdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = ("inspectdesk_vi.ts",)


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def sources() -> list[str]:
    """Every UI source file, relative to the repository root, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for name in (*CATALOGUES, "qtbase_vi.ts"):
        ts = TRANSLATIONS / name
        if name in CATALOGUES:
            lupdate(ts)
        if ts.exists():
            lrelease(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
