"""What the frozen InspectDesk contains, kept apart from the PyInstaller spec so tests can read it.

``inspectdesk.spec`` imports this module; ``tests/unit/test_installer_files.py`` checks that
:data:`DATAS` covers every file under ``resources/`` that the app loads at run time and every
Alembic migration, and that :data:`QT_EXCLUDES` never drops a Qt module the app imports.
This module needs nothing but the standard library.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The source checkout (the folder holding ``pyproject.toml``)."""

APP_NAME = "InspectDesk"
"""Name of the executable and of the one-folder bundle (``dist/InspectDesk``)."""

DATAS: list[tuple[str, str]] = [
    # (source glob relative to ROOT, folder inside the bundle). Resources are found at run
    # time by inspectdesk.paths.resources_dir() under sys._MEIPASS; sources (.ts) stay out.
    ("resources/fonts/*.ttf", "resources/fonts"),
    ("resources/fonts/LICENSE-*.txt", "resources/fonts"),  # the OFL travels with the fonts
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/checklists/*.json", "resources/checklists"),
    ("resources/encodings/*.tsv", "resources/encodings"),
    ("resources/icons/*.svg", "resources/icons"),  # the window icon (build.py makes the .ico)
    # Alembic loads env.py and the versions by path, beside inspectdesk/db/migrate.py.
    ("inspectdesk/db/migrations/*.py", "inspectdesk/db/migrations"),
    ("inspectdesk/db/migrations/script.py.mako", "inspectdesk/db/migrations"),
    ("inspectdesk/db/migrations/versions/*.py", "inspectdesk/db/migrations/versions"),
]

SOURCE_ONLY_SUFFIXES = frozenset({".ts"})
"""Files under ``resources/`` that are sources of something else and are not shipped."""

HIDDEN_IMPORTS: list[str] = [
    # Imported only by the migration scripts, which PyInstaller never sees.
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.script",
    "inspectdesk.db.models",
    # SQLAlchemy picks its dialect from the URL string.
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlite3",
    # Office server mode: the PostgreSQL dialect and psycopg's compiled part, found by name.
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
    # docxtpl renders with Jinja's sandbox and extensions named by string.
    "jinja2.ext",
    "jinja2.sandbox",
]

USED_QT_MODULES = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtSvg"}
)
"""The PySide6 modules ``inspectdesk/`` imports (a test greps the source to keep this true)."""

QT_EXCLUDES: list[str] = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCharts",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNfc",
        "QtPositioning",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
    )
]
"""Qt modules the app does not use; never bundled even if a library asks for them."""

OTHER_EXCLUDES: list[str] = ["tkinter", "PyQt5", "PyQt6", "PySide2", "pytest", "pytestqt"]
"""Never bundle another Qt binding, Tk, or the test tools."""

UNUSED_QT_LIBRARIES = (
    "qtvirtualkeyboard",
    "Qt6VirtualKeyboard",
    "Qt6Quick",
    "Qt6Qml",
)
"""Qt libraries and plugins the app never loads, matched in a bundled file's name.

The virtual (on-screen) keyboard plugin is collected with the platform input contexts and
drags in Qt Quick and QML (about 30 MB) although no screen of InspectDesk uses them.
(``Qt6Qml`` also matches QmlMeta, QmlModels and QmlWorkerScript.)"""


def keeps_binary(name: str) -> bool:
    """Whether a binary PyInstaller collected (its destination name) belongs in the bundle."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return not any(unused.lower() in base.lower() for unused in UNUSED_QT_LIBRARIES)


def expand_datas(root: Path = ROOT) -> dict[str, Path]:
    """Every file :data:`DATAS` puts in the bundle: its path inside the bundle → its source.

    Raises ``FileNotFoundError`` for a pattern that matches nothing (PyInstaller fails then too).
    """
    bundled: dict[str, Path] = {}
    for pattern, target in DATAS:
        matches = sorted(path for path in root.glob(pattern) if path.is_file())
        if not matches:
            raise FileNotFoundError(f"no file matches {pattern!r} under {root}")
        for path in matches:
            bundled[f"{target}/{path.name}"] = path
    return bundled
