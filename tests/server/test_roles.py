"""Secretary, leader and viewer on a real PostgreSQL: the server itself refuses what a role
may not do (tested through plain connections, not only through the program's screens)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from inspectdesk.cli import main
from inspectdesk.db import server
from inspectdesk.db.database import Database
from inspectdesk.db.server_roles import (
    ServerRefused,
    ServerRoleUnknown,
    grant_role,
    refused_by_role,
    set_up_roles,
)
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services import listing
from inspectdesk.services.demo import build_demo
from inspectdesk.services.server_copy import copy_file_to_server
from inspectdesk.services.signing import SigningService
from inspectdesk.services.visits import VisitService

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=TODAY)
    return path


@pytest.fixture
def people(server_url: str, demo_template: Path) -> Iterator[dict[str, str]]:
    """The demo on the server, and one login per role: role → that login's address."""
    server.init_server(server_url)
    copy_file_to_server(demo_template, server_url)
    set_up_roles(server_url)
    admin = create_engine(
        make_url(server_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    tag = uuid.uuid4().hex[:8]
    logins = {role: f"{role}_{tag}" for role in ("secretary", "leader", "viewer")}
    try:
        with admin.connect() as conn:
            for login in logins.values():
                conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD 'mat-khau'"))
        for role, login in logins.items():
            grant_role(server_url, login, role)
        yield {
            role: make_url(server_url)
            .set(username=login, password="mat-khau")
            .render_as_string(hide_password=False)
            for role, login in logins.items()
        }
    finally:
        with admin.connect() as conn:
            for login in logins.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def _first_visit(db: Database, status: VisitStatus) -> uuid.UUID:
    return listing.list_visits(db, statuses=[status])[0].id


def test_a_viewer_reads_but_the_server_refuses_its_writes(people: dict[str, str]) -> None:
    db = server.open_server(people["viewer"])
    try:
        visit_id = _first_visit(db, VisitStatus.PLANNED)
        draft, revision = VisitService(db).general(visit_id)  # reading works
        with pytest.raises(DBAPIError) as refused:
            VisitService(db).update_general(
                visit_id, dataclasses.replace(draft, place="Hội trường"), revision
            )
        worded = refused_by_role(refused.value)
        assert isinstance(worded, ServerRefused)
        with db.engine.connect() as conn, pytest.raises(DBAPIError):  # not even raw SQL
            conn.execute(text("DELETE FROM change_log"))
    finally:
        db.close()


def test_a_secretary_writes_but_only_a_leader_unlocks_signed_minutes(
    people: dict[str, str],
) -> None:
    secretary = server.open_server(people["secretary"])
    leader = server.open_server(people["leader"])
    try:
        planned = _first_visit(secretary, VisitStatus.PLANNED)
        draft, revision = VisitService(secretary).general(planned)
        VisitService(secretary).update_general(
            planned, dataclasses.replace(draft, place="Phòng họp"), revision
        )
        signed = _first_visit(secretary, VisitStatus.SIGNED)
        revision = VisitService(secretary).general(signed)[1]
        with pytest.raises(DBAPIError) as refused:
            SigningService(secretary).unlock(signed, "sửa lỗi chính tả", revision)
        assert "leader" in str(refused.value.orig)
        assert VisitService(leader).load(signed).status is VisitStatus.SIGNED
        SigningService(leader).unlock(signed, "sửa lỗi chính tả", revision)
        assert VisitService(leader).load(signed).status is VisitStatus.DRAFTED
    finally:
        secretary.close()
        leader.close()


def test_the_command_line_words_a_refusal_and_grants_roles(
    people: dict[str, str], server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    viewer = people["viewer"]
    assert main(["list", viewer, "units"]) == 0
    capsys.readouterr()
    sheet = Path(__file__).parents[1] / "data" / "units_legacy.xls"
    assert main(["units", viewer, "import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "vai trò" in err
    with pytest.raises(ServerRoleUnknown):
        grant_role(server_url, "ai_do", "admin")
    assert main(["server", server_url, "roles"]) == 0  # twice changes nothing
