"""``inspectdesk --self-test``: check an installation without opening a window.

Each check prints one line (``OK`` or ``FAIL``); the exit code is 0 only when every check
passed. Nothing is written outside a temporary folder, and no check ever ends in a
traceback. Qt is reached only through :func:`check_qt` (offscreen when there is no display),
so a broken Qt installation is reported like any other failure.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspectdesk import paths

DEMO_PLAN = "230/KH-UBND"
MIN_PDF_BYTES = 1000


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass(frozen=True, slots=True)
class Check:
    """One named check: ``run`` returns a short detail or raises."""

    name: str
    run: Callable[[], str]


def check_resources() -> str:
    """Fonts with their licence, translations, checklists and encodings are present."""
    root = paths.resources_dir()
    missing: list[str] = []
    fonts = root / "fonts"
    if not sorted(fonts.glob("*.ttf")):
        missing.append(f"fonts ({fonts}/*.ttf)")
    licences = [p for p in fonts.glob("*") if "licen" in p.name.lower() or "ofl" in p.name.lower()]
    if not licences:
        missing.append(f"font licence (OFL) in {fonts}")
    for name in ("inspectdesk_vi.qm", "qtbase_vi.qm"):
        if not (root / "translations" / name).is_file():
            missing.append(f"translations/{name}")
    for folder, pattern in (("checklists", "*.json"), ("encodings", "*.tsv")):
        if not list((root / folder).glob(pattern)):
            missing.append(f"{folder}/{pattern}")
    if missing:
        raise CheckFailed(f"missing in {root}: " + ", ".join(missing))
    return str(root)


def check_migrations() -> str:
    """The Alembic migrations ship with the program and have one head."""
    from inspectdesk.db.migrate import MIGRATIONS_DIR, head_revision

    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise CheckFailed(f"missing {MIGRATIONS_DIR / 'env.py'}")
    return f"head {head_revision()}"


def check_templates() -> str:
    """Every built-in document template builds into a .docx."""
    from inspectdesk.documents.builtin import KINDS, builtin_template

    for key in KINDS:
        if not builtin_template(key).content.startswith(b"PK"):
            raise CheckFailed(f"the built-in {key} template is not a .docx")
    return ", ".join(KINDS)


def check_paths() -> str:
    """Where data goes (informative; fails only if the folders cannot be worked out)."""
    if os.environ.get(paths.DATA_DIR_VARIABLE):
        mode = paths.DATA_DIR_VARIABLE
    else:
        mode = "portable" if paths.portable_root() is not None else "per-user"
    return f"{mode}; data {paths.data_dir()}; databases {paths.documents_dir()}"


class DocumentChecks:
    """A demo database and the documents made from it, in one temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "demo.idb"
        self.minutes = folder / "minutes.docx"
        self.report = folder / "report.pdf"

    def build_demo(self) -> str:
        """Build the demo database."""
        from inspectdesk.services.demo import build_demo

        summary = build_demo(self.database)
        return f"{summary.visits} visits, {summary.findings} findings"

    def write_minutes(self) -> str:
        """Write one visit's minutes and open them again with python-docx."""
        import docx
        from sqlalchemy import select

        from inspectdesk.db.models import Visit
        from inspectdesk.services.files import open_file
        from inspectdesk.services.minutes import MinutesService
        from inspectdesk.services.templates import TemplateStore

        self._need_demo()
        with open_file(self.database, backup_folder=self.folder / "backups") as db:
            with db.sessions() as s:
                visit = s.scalars(select(Visit.id).order_by(Visit.scheduled_on, Visit.id)).first()
            if visit is None:
                raise CheckFailed("the demo database has no visit")
            MinutesService(db, templates=TemplateStore(self.folder / "templates")).write(
                visit, self.minutes
            )
        paragraphs = [p.text for p in docx.Document(str(self.minutes)).paragraphs if p.text]
        if not paragraphs:
            raise CheckFailed(f"{self.minutes.name} has no text")
        return f"{self.minutes.stat().st_size} bytes, {len(paragraphs)} paragraphs"

    def write_report(self) -> str:
        """Write the PDF report of the demo plan and check its header and size."""
        from inspectdesk.services.files import open_file
        from inspectdesk.services.report import ReportService
        from inspectdesk.services.templates import TemplateStore

        self._need_demo()
        with open_file(self.database, backup_folder=self.folder / "backups") as db:
            service = ReportService(db, templates=TemplateStore(self.folder / "templates"))
            service.write_pdf(service.plan_by_number(DEMO_PLAN), self.report)
        content = self.report.read_bytes()
        if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-1024:]:
            raise CheckFailed(f"{self.report.name} is not a complete PDF")
        if len(content) < MIN_PDF_BYTES:
            raise CheckFailed(f"{self.report.name} is only {len(content)} bytes")
        return f"{DEMO_PLAN}, {len(content)} bytes"

    def _need_demo(self) -> None:
        if not self.database.is_file():
            raise CheckFailed("skipped: the demo database was not built")


def _no_display(platform: str = sys.platform) -> bool:
    """True on a Linux without X11 or Wayland (Windows and macOS always have a screen)."""
    if platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def check_qt() -> str:
    """QtWidgets and QtPdf import, a QApplication starts and the Vietnamese catalogues load."""
    if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from inspectdesk.app import check_qt_installation

    try:
        return check_qt_installation(paths.resources_dir() / "translations")
    except RuntimeError as exc:  # what is missing, in words
        raise CheckFailed(str(exc)) from exc


def _describe(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    describe = getattr(exc, "describe", None)  # a UserError says it in words
    text = describe("en") if callable(describe) else str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_self_test(write: Callable[[str], None] = print) -> int:
    """Run every check, print one line each and return the exit code (0: all passed)."""
    failed = 0
    with tempfile.TemporaryDirectory(
        prefix="inspectdesk-selftest-", ignore_cleanup_errors=True
    ) as folder:
        documents = DocumentChecks(Path(folder))
        checks = (
            Check("resources", check_resources),
            Check("migrations", check_migrations),
            Check("templates", check_templates),
            Check("data folders", check_paths),
            Check("demo database", documents.build_demo),
            Check("minutes .docx", documents.write_minutes),
            Check("report PDF", documents.write_report),
            Check("Qt", check_qt),
        )
        for check in checks:
            try:
                detail = check.run()
            except Exception as exc:  # every failure becomes a line, never a traceback
                failed += 1
                write(f"FAIL {check.name}: {_describe(exc)}")
            else:
                write(f"OK   {check.name}: {detail}")
    if failed:
        write(f"FAIL self-test: {failed} of {len(checks)} checks failed")
        return 1
    write(f"OK   self-test: all {len(checks)} checks passed")
    return 0
