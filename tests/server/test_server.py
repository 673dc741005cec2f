"""Office server mode on a real PostgreSQL: schema, status, clear failures, moving data."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from inspectdesk.cli import main
from inspectdesk.db import migrate, server
from inspectdesk.db.database import Database
from inspectdesk.errors import FileAlreadyExists
from inspectdesk.services import listing
from inspectdesk.services.demo import build_demo
from inspectdesk.services.exchange import export_json
from inspectdesk.services.files import open_file
from inspectdesk.services.paging import FindingQuery, FindingSort
from inspectdesk.services.server_copy import copy_file_to_server, copy_server_to_file

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=TODAY)
    return path


def _with(url: str, **parts: object) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


def _export(path_or_url: Path | str, out: Path) -> bytes:
    db = server.open_server(path_or_url) if isinstance(path_or_url, str) else open_file(path_or_url)
    try:
        export_json(db, out)
    finally:
        db.close()
    return out.read_bytes()


def test_a_new_database_is_set_up_by_the_migrations(server_url: str) -> None:
    with pytest.raises(server.ServerNotInitialised) as raised:
        server.server_status(server_url)
    assert "init" in raised.value.describe("vi")
    facts = server.init_server(server_url)
    assert facts.generation == migrate.schema_generation()
    assert facts.revision == migrate.head_revision()
    assert server.server_status(server_url) == facts
    assert "***" not in facts.address and "@" in facts.address
    with pytest.raises(server.ServerNotInspectDesk):  # never set up twice
        server.init_server(server_url)
    before, after = server.upgrade_server(server_url)
    assert before == after.generation == migrate.schema_generation()


def test_the_demo_goes_to_the_server_and_back_unchanged(
    server_url: str, demo_template: Path, tmp_path: Path
) -> None:
    server.init_server(server_url)
    copied = copy_file_to_server(demo_template, server_url)
    assert copied.counts["change_log"] > 0 and copied.counts["issued_document"] > 0
    with open_file(demo_template, readonly=True) as db:
        assert copied.counts["finding"] == FindingQuery().count(db) > 0
    back = tmp_path / "trở về.idb"
    returned = copy_server_to_file(server_url, back)
    assert returned.counts == copied.counts
    original = _export(demo_template, tmp_path / "a.json")
    assert _export(server_url, tmp_path / "b.json") == original
    assert _export(back, tmp_path / "c.json") == original
    again = copy_file_to_server(demo_template, server_url)  # nothing new: rows are equal
    assert again.counts == copied.counts


def test_copying_out_never_overwrites_a_file(server_url: str, tmp_path: Path) -> None:
    server.init_server(server_url)
    target = tmp_path / "có rồi.idb"
    target.write_bytes(b"keep me")
    with pytest.raises(FileAlreadyExists):
        copy_server_to_file(server_url, target)
    assert target.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda url: _with(url, password="sai-mat-khau"), server.ServerLoginFailed),
        (lambda url: _with(url, username="khong_co_ai"), server.ServerLoginFailed),
        (lambda url: _with(url, database="khong_co_csdl"), server.ServerDatabaseMissing),
        (lambda url: _with(url, port=1), server.ServerUnreachable),
    ],
    ids=["wrong password", "unknown user", "database missing", "nothing listening"],
)
def test_each_connection_failure_has_its_own_sentence(
    server_url: str, change: Callable[[str], str], expected: type[Exception]
) -> None:
    with pytest.raises(expected) as raised:  # type: ignore[call-overload]
        server.server_status(change(server_url))
    sentence = raised.value.describe("vi")
    assert "sai-mat-khau" not in sentence  # a password is never shown


@pytest.mark.parametrize("address", ["postgresql://", "postgresql://host-only", "mysql://a@b/c"])
def test_a_malformed_address_is_refused(address: str) -> None:
    with pytest.raises(server.ServerAddressInvalid):
        server.parse_address(address)
    assert not server.is_server_address("tệp.idb")
    assert server.is_server_address("postgresql://a@b/c")


def test_a_schema_too_new_or_too_old_is_named(server_url: str) -> None:
    server.init_server(server_url)
    engine = create_engine(server.parse_address(server_url))
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE file_meta SET value = :g WHERE key = 'schema_generation'"),
                {"g": str(migrate.schema_generation() + 1)},
            )
        with pytest.raises(server.ServerSchemaTooNew):
            server.open_server(server_url)
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE file_meta SET value = :g WHERE key = 'schema_generation'"),
                {"g": str(migrate.schema_generation() - 1)},
            )
            migrate.downgrade(conn, "-1")
        with pytest.raises(server.ServerSchemaTooOld) as raised:
            server.open_server(server_url)
        assert "upgrade" in raised.value.describe("en")
    finally:
        engine.dispose()
    before, after = server.upgrade_server(server_url)
    assert before == migrate.schema_generation() - 1
    assert after.generation == migrate.schema_generation()
    server.open_server(server_url).close()


def test_search_and_sort_give_the_files_answers(server_url: str, demo_template: Path) -> None:
    """Folded keys and collation keys are stored columns: no SQLite-only functions."""
    server.init_server(server_url)
    copy_file_to_server(demo_template, server_url)
    on_file = open_file(demo_template, readonly=True)
    on_server = server.open_server(server_url)
    try:
        for search in ("", "vinh yen", "UBND", "so y te"):
            assert [r.id for r in listing.list_units(on_server, search)] == [
                r.id for r in listing.list_units(on_file, search)
            ]
        for query in (
            FindingQuery("vien chuc"),
            FindingQuery(sort=FindingSort.TEXT),
            FindingQuery(sort=FindingSort.DATE, descending=True),
        ):
            count = query.count(on_file)
            assert query.count(on_server) == count
            assert [r.id for r in query.fetch(on_server, 0, 50, matches=count)] == [
                r.id for r in query.fetch(on_file, 0, 50, matches=count)
            ]
    finally:
        on_file.close()
        on_server.close()


def test_the_command_line_sets_up_reports_and_copies(
    server_url: str, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", server_url, "status"]) == 1
    assert "init" in capsys.readouterr().err
    assert main(["server", server_url, "init"]) == 0
    assert main(["server", server_url, "status"]) == 0
    out = capsys.readouterr().out
    assert f"schema {migrate.schema_generation()}" in out
    password = make_url(server_url).password
    assert not password or f":{password}@" not in out  # never printed
    assert main(["server", server_url, "copy-in", str(demo_template)]) == 0
    assert main(["server", server_url, "copy-out", str(tmp_path / "về.idb")]) == 0
    printed = capsys.readouterr()
    assert "identical" in printed.out
    assert not password or f":{password}@" not in printed.out + printed.err
    assert main(["server", server_url, "copy-out"]) == 2  # no file named


def test_a_copy_that_differs_is_reported_with_where(tmp_path: Path) -> None:
    from inspectdesk.services.server_copy import CopyMismatch, _compare

    same = tmp_path / "a.json"
    same.write_text('{\n "x": 1\n}\n', encoding="utf-8")
    other = tmp_path / "b.json"
    other.write_text('{\n "x": 1.0\n}\n', encoding="utf-8")
    _compare(same, same, "tệp", "máy chủ")  # equal: nothing raised
    with pytest.raises(CopyMismatch) as raised:
        _compare(same, other, "tệp", "máy chủ")
    assert "line 2" in raised.value.describe("en")
    from inspectdesk.services.server_copy import shown

    assert shown("postgresql://thu_ky:bi-mat@10.0.0.5/kt") == "postgresql://thu_ky@10.0.0.5/kt"


ISSUE_NUMBERS = """
import sys
from datetime import date

from inspectdesk.db.server import open_server
from inspectdesk.domain.enums import DocumentType
from inspectdesk.services.register import register_document

db = open_server(sys.argv[1])
for n in range(int(sys.argv[2])):
    with db.sessions.begin() as s:
        register_document(s, DocumentType.MINUTES, "ĐKT", date(2026, 11, 20), f"{sys.argv[3]}-{n}")
db.close()
"""


def test_processes_issuing_at_once_never_share_a_number(server_url: str) -> None:
    """Three secretaries' programs number minutes in the same series at the same time."""
    server.init_server(server_url)
    each, writers = 30, 3
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", ISSUE_NUMBERS, server_url, str(each), f"w{w}"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(writers)
    ]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    db = server.open_server(server_url)
    try:
        with db.sessions() as s:
            numbers = sorted(
                s.scalars(text("SELECT sequence FROM issued_document WHERE doc_type = 'BB'"))
            )
    finally:
        db.close()
    assert numbers == list(range(1, each * writers + 1))


def test_an_edit_of_a_visit_changed_meanwhile_names_who_changed_it(
    server_url: str, demo_template: Path
) -> None:
    """Two secretaries open the same visit on the server; the second save is refused."""
    import dataclasses

    from inspectdesk.db.audit import set_actor
    from inspectdesk.services.validation import Problem, ValidationFailed
    from inspectdesk.services.visits import VisitService

    server.init_server(server_url)
    copy_file_to_server(demo_template, server_url)
    first, second = server.open_server(server_url), server.open_server(server_url)
    try:
        from inspectdesk.domain.enums import VisitStatus

        visit_id = listing.list_visits(first, statuses=[VisitStatus.PLANNED])[0].id
        mine, revision = VisitService(first).general(visit_id)
        theirs, same_revision = VisitService(second).general(visit_id)
        assert revision == same_revision
        set_actor("lan@may-so-1")
        VisitService(first).update_general(
            visit_id, dataclasses.replace(mine, place="Phòng họp tầng 2"), revision
        )
        set_actor("minh@may-so-2")
        with pytest.raises(ValidationFailed) as refused:
            VisitService(second).update_general(
                visit_id, dataclasses.replace(theirs, place="Hội trường"), same_revision
            )
        (problem,) = refused.value.problems
        assert problem.problem is Problem.STALE
        assert problem.by == "lan@may-so-1" and problem.at is not None
        assert VisitService(second).general(visit_id)[0].place == "Phòng họp tầng 2"
    finally:
        set_actor(None)
        first.close()
        second.close()


def test_every_data_command_works_on_a_server_address(
    server_url: str, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The address goes where a file name goes, for every subcommand about the data."""
    import json

    server.init_server(server_url)
    copy_file_to_server(demo_template, server_url)
    assert main(["list", server_url, "units", "--search", "vinh yen"]) == 0
    assert "Vĩnh Yên" in capsys.readouterr().out
    assert main(["list", server_url, "visits", "--json"]) == 0
    visits = json.loads(capsys.readouterr().out)
    drafted = next(v["id"] for v in visits if v["status"] in ("drafted", "in_progress"))
    assert main(["export", server_url, "-o", str(tmp_path / "all.json")]) == 0
    assert main(["import", server_url, str(tmp_path / "all.json")]) == 0  # all already there
    assert "0 bản ghi" in capsys.readouterr().out
    commands = [
        ["minutes", server_url, "--visit", drafted, "-o", str(tmp_path / "bb.docx")],
        ["report", server_url, "--plan", "18/KH-UBND", "-o", str(tmp_path / "bc.pdf")],
        ["stats", server_url, "--plan", "18/KH-UBND", "-o", str(tmp_path / "tk.xlsx")],
        ["plan", server_url, "export", "18/KH-UBND", "-o", str(tmp_path / "kh.toml")],
        ["sign", server_url, "--visit", drafted],
    ]
    for command in commands:
        assert main(command) == 0, (command, capsys.readouterr().err)
    assert (tmp_path / "bb.docx").stat().st_size > 0 and (tmp_path / "bc.pdf").stat().st_size > 0
    # the export taken before the minutes were signed now differs: refused, nothing written
    assert main(["import", server_url, str(tmp_path / "all.json")]) == 1


@pytest.mark.parametrize("command", ["backup", "check", "new", "demo"])
def test_file_commands_refuse_a_server_address_with_a_sentence(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    address = "postgresql://thu_ky@10.0.0.5/inspectdesk"
    assert main([command, address]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "copy-out" in err and address in err


def test_a_server_started_new_has_the_built_ins_of_a_new_file(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``init --new``: a team may start on the server from nothing — levels, kinds and
    checklists are there, the same rows (same ids) as a new file's. Copying a file into
    it is then refused before anything is written (the copy could not be identical)."""
    from inspectdesk.db.models import ChecklistTemplate, UnitKind, UnitLevel
    from inspectdesk.services.files import new_file
    from inspectdesk.services.server_copy import ServerHoldsOtherData

    def built_ins(db: Database) -> list[set[object]]:
        with db.sessions() as s:
            return [set(s.scalars(select(m.id))) for m in (UnitLevel, UnitKind, ChecklistTemplate)]

    assert main(["server", server_url, "init", "--new"]) == 0
    on_server = server.open_server(server_url)
    on_file = new_file(tmp_path / "mới.idb")
    try:
        assert built_ins(on_server) == built_ins(on_file)
        assert all(built_ins(on_server))
    finally:
        on_file.close()
    before = export_json(on_server, tmp_path / "before.json").counts
    on_server.close()
    with pytest.raises(ServerHoldsOtherData) as refused:
        copy_file_to_server(tmp_path / "mới.idb", server_url)
    assert "change_log" in refused.value.describe("en")
    password = make_url(server_url).password
    assert not password or f":{password}@" not in refused.value.describe("vi")
    again = server.open_server(server_url)
    try:
        assert export_json(again, tmp_path / "after.json").counts == before  # nothing written
    finally:
        again.close()


def test_a_lost_connection_is_a_sentence_and_the_next_read_reconnects(
    server_url: str, cut_off: Callable[[bool], None]
) -> None:
    from inspectdesk.db.server import ServerConnectionLost
    from inspectdesk.errors import UserError

    server.init_server(server_url)
    db = server.open_server(server_url)
    try:
        with db.sessions() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
            cut_off(True)  # mid-session: this connection is gone
            with pytest.raises(ServerConnectionLost) as lost:
                s.execute(text("SELECT 1"))
        assert lost.value.transient and "safe" in lost.value.describe("en")
        password = make_url(server_url).password
        assert not password or f":{password}@" not in lost.value.describe("vi")
        with db.sessions() as s:  # the pool checks its connections: a new one is made
            assert s.execute(text("SELECT 1")).scalar() == 1
        cut_off(False)  # the server refuses new connections
        try:
            with pytest.raises(UserError), db.sessions() as s:
                s.execute(text("SELECT 1"))
        finally:
            cut_off(True)
        assert listing.list_units(db) == []  # back: reads work again
    finally:
        db.close()
