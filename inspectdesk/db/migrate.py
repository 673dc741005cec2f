"""Running the Alembic migrations that ship inside the package.

Revision ids start with a four-digit generation number (``0001_initial``); the head's
number is the schema generation stamped into every file (``PRAGMA user_version`` and
``file_meta``), so a file from a newer version is recognised before Alembic sees it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration bound to ``connection`` (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision this version of InspectDesk knows."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {heads}")
    return heads[0]


def generation_of(revision: str | None) -> int:
    """The schema generation of a revision id (``0003_x`` → 3; none → 0)."""
    return int(revision[:4]) if revision else 0


def schema_generation() -> int:
    """The schema generation of this version of InspectDesk."""
    return generation_of(head_revision())


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None for a database Alembic never touched)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate the database on ``connection`` to ``target``."""
    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    """Migrate the database on ``connection`` back to ``target`` (tests and recovery)."""
    command.downgrade(alembic_config(connection), target)


def stamp_head(connection: Connection) -> None:
    """Record that a database made by ``create_all`` is at the head revision."""
    command.stamp(alembic_config(connection), "head")
