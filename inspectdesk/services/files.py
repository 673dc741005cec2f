"""Creating, opening and checking database files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DBAPIError

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database, create_database, open_database
from inspectdesk.db.models import SYNCABLE_MODELS, Base, ChangeLogEntry
from inspectdesk.db.server import is_server_address, open_server
from inspectdesk.paths import backups_dir
from inspectdesk.services.builtin import seed_defaults


def backup_before(path: Path, reason: str, folder: Path | None = None) -> Path:
    """Copy ``path`` into the backup folder before something risky; return the copy."""
    folder = folder or backups_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{reason}-{stamp}{fileformat.FILE_SUFFIX}"
    fileformat.backup_copy(path, target)
    return target


def new_file(path: Path, *, overwrite: bool = False) -> Database:
    """Create a database holding the built-in levels, kinds and checklists, and open it."""
    db = create_database(Path(path), overwrite=overwrite)
    try:
        with db.sessions.begin() as s:
            seed_defaults(s)
    except BaseException:
        db.close()
        raise
    return db


def open_file(
    path: Path | str, *, readonly: bool = False, backup_folder: Path | None = None
) -> Database:
    """Open a database, backing it up into ``backup_folder`` before any migration.

    ``path`` may also be a server address (``postgresql://user@host/db``): the server
    database is opened instead (its schema is upgraded by an administrator, never here).
    """
    if isinstance(path, str) and is_server_address(path):
        return open_server(path, readonly=readonly)
    return open_database(
        Path(path),
        readonly=readonly,
        backup=lambda p, reason: backup_before(p, reason, backup_folder),
    )


@dataclass
class CheckReport:
    """What ``check`` found. ``healthy`` is true only when nothing is wrong."""

    path: Path
    file_generation: int
    app_generation: int
    revision: str | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Check a file without writing to it: identity, schema, integrity, foreign keys.

    Raises:
        UserError subclasses when the file cannot be read as an InspectDesk file at all.
    """
    path = Path(path)
    app_generation = migrate.schema_generation()
    facts = fileformat.identify(path, app_generation=app_generation)
    engine = fileformat.make_engine(path, readonly=True)
    try:
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
            report = CheckReport(path, facts.generation, app_generation, revision)
            if revision is None:
                report.problems.append("no schema revision recorded (alembic_version missing)")
            elif migrate.generation_of(revision) != facts.generation:
                report.problems.append(
                    f"schema revision {revision} does not match the header's generation "
                    f"{facts.generation}"
                )
            elif facts.generation < app_generation:
                report.notes.append(
                    f"schema {facts.generation} is older than {app_generation}; "
                    "it will be upgraded (after a backup) when opened for writing"
                )
            try:
                report.problems.extend(fileformat.integrity_report(conn))
            except DBAPIError as exc:
                report.problems.append(f"SQLite: {exc.orig}")
            present = set(inspect(conn).get_table_names())
            for name in (*(m.__tablename__ for m in SYNCABLE_MODELS), ChangeLogEntry.__tablename__):
                if name not in present and facts.generation < app_generation:
                    continue  # a table the upgrade will create
                table = Base.metadata.tables[name]
                try:
                    count = conn.execute(select(func.count()).select_from(table)).scalar_one()
                except DBAPIError as exc:
                    report.problems.append(f"table {table.name} cannot be read: {exc.orig}")
                else:
                    report.counts[table.name] = int(count)
    finally:
        engine.dispose()
    return report
