"""The start path stays light: no document, workbook or migration library before it is used.

python-docx, docxtpl/Jinja, reportlab, openpyxl, xlrd and Alembic together cost more than a
second of start-up (docs/performance.md); they load with the first document, workbook or
migration. This runs the real start — the main window on the demo file, shown, every page
visited — in a fresh interpreter and lists what it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("docx", "docxtpl", "jinja2", "reportlab", "openpyxl", "xlrd", "alembic", "lxml")

START = """
import json, sys
from inspectdesk.ui.application import create_application
from inspectdesk.ui.main_window import MainWindow
from inspectdesk.ui.settings import Settings
from inspectdesk.ui import worker

app = create_application()
window = MainWindow(Settings())
window.show()
assert window.open_path(__import__("pathlib").Path(sys.argv[1]))
for key in list(window.pages):
    window.show_page(key)
    app.processEvents()
    worker.wait_for_all()
    app.processEvents()
loaded = sorted({name.split(".")[0] for name in sys.modules})
window.close_file()
print(json.dumps(loaded))
"""


def test_starting_and_visiting_every_page_loads_no_document_library(
    demo_file: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTDESK_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", START, str(demo_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "sqlalchemy" in loaded and "PySide6" in loaded  # the probe saw the real start
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
