"""A real PostgreSQL server for the server-mode tests.

``INSPECTDESK_TEST_POSTGRES`` names an account that may create databases, for example
``postgresql://inspectdesk_test:secret@127.0.0.1:5432/postgres`` (``.ci/run`` installs
Debian's PostgreSQL, starts it on the loopback address and sets this). Each test gets a
database of its own, dropped afterwards. Without the variable these tests are skipped on
a developer's machine; CI always sets it (and fails if the server is missing).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from server_backend import drop_database
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN = os.environ.get("INSPECTDESK_TEST_POSTGRES", "")


@pytest.fixture
def server_url() -> Iterator[str]:
    """The address of a new, empty database on the test server (password included)."""
    if not ADMIN:
        if os.environ.get("CI"):
            pytest.fail("INSPECTDESK_TEST_POSTGRES is not set: .ci/run should have set it")
        pytest.skip("no PostgreSQL server for tests (set INSPECTDESK_TEST_POSTGRES)")
    admin = make_url(ADMIN).set(drivername="postgresql+psycopg")
    name = f"inspectdesk_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield admin.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False
        )
        assert drop_database(engine, name), f"the test database {name} could not be dropped"
    finally:
        engine.dispose()


@pytest.fixture
def cut_off(server_url: str) -> Iterator[Callable[[bool], None]]:
    """``cut_off(allow)``: as a network failure or a server restart would, end every
    connection to the test database, and with ``allow`` False refuse new ones until
    ``cut_off(True)`` (done again at the end of the test in any case)."""
    admin = create_engine(
        make_url(ADMIN).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    name = make_url(server_url).database

    def cut(allow: bool) -> None:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allow).lower()}'))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )

    try:
        yield cut
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
