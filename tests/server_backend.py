"""Run the suite a second time with every database on a PostgreSQL server.

``pytest --backend=postgresql`` (``dev.py test`` runs it after the pass on files whenever
``INSPECTDESK_TEST_POSTGRES`` names a server account that may create databases) keeps
the tests as they are and changes where their databases live:

* creating a database (``create_database``, so ``new_file``, the demo, imports) makes a
  new database on the server from a template holding the migrated schema, and writes
  in place of the file a small *marker* naming that database;
* opening a marker (``open_database``, so ``open_file``, the window, the command line)
  connects to its server database exactly as *File → Connect to server…* does;
* a marker copied or moved elsewhere (``shutil.copy`` of a fixture) opens a clone of its
  database, so a copy is as independent as a copied file;
* every database a test made is dropped when the next test ends.

The services, documents, command line and window therefore run their queries on
PostgreSQL. Tests about the file itself — its bytes, header, locks, backups, working
copies, merging and packages of files — are marked ``file_only`` (by module, in
:data:`FILE_ONLY_MODULES`, or one by one) and run in the file pass only; so do the
tests that never open a database (``tests/unit``) and ``tests/server``, which is on the
server in both passes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ADMIN_VARIABLE = "INSPECTDESK_TEST_POSTGRES"
MARKER = b"INSPECTDESK-TEST-SERVER-DATABASE\n"
PREFIX = "idt_"

FILE_ONLY_MODULES = frozenset(
    {
        # the file's own life: bytes, header, damage, migrations, locks, copies, backups
        "tests/db/test_file_refusals.py",
        "tests/db/test_migrations.py",
        "tests/db/test_backups.py",
        "tests/db/test_locks.py",
        "tests/db/test_working_copy.py",
        "tests/db/test_maintenance.py",
        "tests/db/test_repair.py",
        "tests/db/test_statistics.py",
        # merging and packages exchange files between secretaries
        "tests/db/test_merge.py",
        "tests/db/test_merge_report.py",
        "tests/db/test_packages.py",
        "tests/ui/test_merge_dialog.py",
        "tests/ui/test_package_actions.py",
        "tests/ui/test_file_lock_prompt.py",
        "tests/ui/test_recovery_dialog.py",
        "tests/ui/test_shared_file.py",
        "tests/ui/test_file_actions.py",  # save a copy, back up, check: a file's actions
        "tests/ui/test_restore_backup.py",
        # a fresh interpreter opens the demo file itself (no redirection there)
        "tests/ui/test_start_imports.py",
    }
)
"""Test modules wholly about database *files*; the server pass leaves them out."""

NOT_DATABASE_FOLDERS = ("tests/unit/", "tests/server/")
"""Folders that run once: no database at all, or on the server already."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="where the tests' databases live: files (default) or the PostgreSQL server "
        f"named by {ADMIN_VARIABLE}",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "file_only: about database files themselves; not run on the server"
    )
    if config.getoption("backend") != "postgresql":
        return
    admin = os.environ.get(ADMIN_VARIABLE, "")
    if not admin:
        raise pytest.UsageError(f"--backend=postgresql needs {ADMIN_VARIABLE} (a server account)")
    # A Database a test never closed keeps its connection until it is collected, often
    # during a later test; psycopg then warns (sqlite3 does not), and warnings are errors.
    # The window closes what it opens; tests do not always, and that is not the product.
    config.addinivalue_line(
        "filterwarnings",
        r"ignore:<psycopg\.Connection object at 0x[0-9a-f]+> was deleted while still open"
        ":ResourceWarning",
    )
    server = _TestServer(admin)
    config.stash[_SERVER] = server
    config.add_cleanup(server.drop_all)
    server.install()


def pytest_report_header(config: pytest.Config) -> str:
    server = config.stash.get(_SERVER, None)
    if server is None:
        return "databases: files (SQLite)"
    return f"databases: PostgreSQL server {server.shown} (--backend=postgresql)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.stash.get(_SERVER, None) is None:
        return
    root = Path(str(config.rootpath))
    kept, left = [], []
    for item in items:
        where = Path(str(item.path)).relative_to(root).as_posix()
        file_only = where in FILE_ONLY_MODULES or item.get_closest_marker("file_only")
        once = where.startswith(NOT_DATABASE_FOLDERS)
        (left if file_only or once else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def _server_databases_dropped(request: pytest.FixtureRequest) -> Iterator[None]:
    """On the server pass, drop every database this test made when it ends."""
    server = request.config.stash.get(_SERVER, None)
    if server is None:
        yield
        return
    server.begin_test()
    try:
        yield
    finally:
        server.end_test()


class _TestServer:
    """The server's admin account, the schema template and the databases made from it."""

    def __init__(self, admin: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from inspectdesk.db.server import shown_address

        self.url = make_url(admin).set(drivername="postgresql")
        self.shown = shown_address(self.url)
        self.engine = create_engine(
            self.url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
        )
        self.run = f"{PREFIX}{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"{self.run}_template"
        self.made: list[str] = []
        self.this_test: list[str] | None = None
        self.retiring: list[str] = []
        self.engines: dict[str, list[weakref.ref[Any]]] = {}
        self.lock = threading.Lock()

    def address(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _sql(self, statement: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(statement))

    def install(self) -> None:
        """Make the template, then put the two redirections in place of the originals."""
        from inspectdesk.db import database
        from inspectdesk.db.server import init_server

        self._sql(f'CREATE DATABASE "{self.template}"')
        self.made.append(self.template)
        init_server(self.address(self.template))
        replacements: dict[Callable[..., Any], Callable[..., Any]] = {
            database.create_database: self.create_database,
            database.open_database: self._opener(database.open_database),
        }
        for module in list(sys.modules.values()):
            if module is None or not module.__name__.startswith(("inspectdesk", "tests")):
                continue
            for attribute, value in list(vars(module).items()):
                if callable(value) and value in replacements:
                    setattr(module, attribute, replacements[value])

    def _opened(self, name: str, db: Any) -> Any:
        """Remember the engine of a database the code opened, to close what a test left
        open before its database is dropped (psycopg warns of a connection collected
        while open, and warnings are errors here)."""
        with self.lock:
            self.engines.setdefault(name, []).append(weakref.ref(db.engine))
        return db

    def _close_engines(self, name: str) -> None:
        for ref in self.engines.pop(name, []):
            engine = ref()
            if engine is not None:
                engine.dispose()

    def _new_database(self, source: str) -> str:
        name = f"{self.run}_{uuid.uuid4().hex[:10]}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        with self.lock:
            (self.this_test if self.this_test is not None else self.made).append(name)
        return name

    def create_database(self, path: Path, *, overwrite: bool = False) -> Any:
        """``create_database``'s contract, with the data on the server."""
        from inspectdesk.db.server import open_server
        from inspectdesk.errors import FileAlreadyExists, ReadOnlyFile

        path = Path(path)
        if path.exists() and not overwrite:
            raise FileAlreadyExists(path=path)
        name = self._new_database(self.template)
        try:
            _write_marker(path, name)
        except PermissionError:
            raise ReadOnlyFile(path=path) from None
        return self._opened(name, open_server(self.address(name)))

    def _opener(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def open_database(path: Path, *, readonly: bool = False, backup: Any = None) -> Any:
            from inspectdesk.db.server import open_server

            name = self._database_of(Path(path))
            if name is None:
                return original(path, readonly=readonly, backup=backup)
            return self._opened(name, open_server(self.address(name), readonly=readonly))

        return open_database

    def _database_of(self, path: Path) -> str | None:
        """The server database a marker stands for (cloned when the marker was copied)."""
        try:
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            return None
        if not head.startswith(MARKER):
            return None
        name, origin = head[len(MARKER) :].decode("utf-8").splitlines()[:2]
        if origin == str(path.resolve()):
            return name
        copy = self._new_database(name)
        _write_marker(path, copy)
        return copy

    def begin_test(self) -> None:
        self.this_test = []

    def end_test(self) -> None:
        """Drop the databases of the test before this one, and keep this test's for one
        more test: a window a test closed may still have a timer that re-reads its screen
        while the next test starts (a file would still be there; so is the database)."""
        retiring, self.retiring = self.retiring, self.this_test or []
        self.this_test = None
        for name in retiring:
            if not self._drop(name):
                self.made.append(name)  # tried again at the end of the session

    def _drop(self, name: str, attempts: int = 10) -> bool:
        self._close_engines(name)
        return drop_database(self.engine, name, attempts)

    def drop_all(self) -> None:
        self.made += self.retiring
        left = [name for name in reversed(self.made) if not self._drop(name, attempts=30)]
        self.engine.dispose()
        if left:
            print(f"\nserver_backend: could not drop {', '.join(left)}", file=sys.stderr)


def drop_database(engine: Any, name: str, attempts: int = 10) -> bool:
    """Drop a database through ``engine`` (an AUTOCOMMIT admin engine); False when the
    server's own workers (autovacuum, which an account without superuser rights may not
    stop) kept it busy throughout."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(attempts):
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return True
        except DBAPIError:
            time.sleep(0.1 * (attempt + 1))
    return False


def _write_marker(path: Path, name: str) -> None:
    path.write_bytes(MARKER + f"{name}\n{path.resolve()}\n".encode())


_SERVER = pytest.StashKey[_TestServer]()
