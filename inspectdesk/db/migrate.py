"""Running the Alembic migrations that ship inside the package.

Revision ids start with a four-digit generation number (``0001_initial``); the head's
number is the schema generation stamped into every file (``PRAGMA user_version`` and
``file_meta``), so a file from a newer version is recognised before Alembic sees it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(\d{4}_\w+)\.py$")

# Alembic is imported only where a migration runs or is inspected: loading it (and every
# script of the chain) costs a tenth of a second that opening an up-to-date file never
# needs, and opening a file is on the start path.


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration bound to ``connection`` (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision this version of InspectDesk knows.

    Read from the file names (``versions/0004_sample_picks.py`` → ``0004_sample_picks``),
    each of which declares the same id; ``alembic_heads`` asks Alembic, and a test keeps the
    two in step.
    """
    found = sorted(
        match.group(1)
        for entry in (MIGRATIONS_DIR / "versions").iterdir()
        if (match := _REVISION.match(entry.name))
    )
    if not found:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR / 'versions'}")
    return found[-1]


def alembic_heads() -> list[str]:
    """The heads of the migration chain as Alembic reads it (one, when all is well)."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def generation_of(revision: str | None) -> int:
    """The schema generation of a revision id (``0003_x`` → 3; none → 0)."""
    return int(revision[:4]) if revision else 0


def schema_generation() -> int:
    """The schema generation of this version of InspectDesk."""
    return generation_of(head_revision())


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None for a database Alembic never touched)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate the database on ``connection`` to ``target``."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    """Migrate the database on ``connection`` back to ``target`` (tests and recovery)."""
    from alembic import command

    command.downgrade(alembic_config(connection), target)


def stamp_head(connection: Connection) -> None:
    """Record that a database made by ``create_all`` is at the head revision."""
    from alembic import command

    command.stamp(alembic_config(connection), "head")
