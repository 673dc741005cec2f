#!/usr/bin/env python3
"""Render every main screen of the demo database to ``docs/screenshots/*.png``.

    python scripts/screenshots.py [--out FOLDER] [--lang vi|en]

Runs offscreen (no display needed). Look at the pictures after every UI change: text
must not be cut off, Vietnamese diacritics must render, nothing may overlap.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from inspectdesk.services.demo import build_demo
    from inspectdesk.ui.application import create_application
    from inspectdesk.ui.i18n import install_translators
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.settings import Settings

    app = create_application([sys.argv[0]])
    install_translators(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.idb"
        build_demo(demo, today=date(2026, 11, 20))
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        window.open_path(demo)
        names = ["overview", "units", "plans", "visits", "findings"]
        for row, name in enumerate(names):
            window.nav.setCurrentRow(row)
            app.processEvents()
            target = args.out / f"{name}.png"
            window.grab().save(str(target))
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
