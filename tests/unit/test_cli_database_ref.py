"""A FILE argument is a path, or a server address kept whole."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from inspectdesk.cli import build_parser, main
from inspectdesk.cli.common import UsageError, database_ref, place_db_option


def test_a_server_address_stays_text_and_a_file_becomes_a_path() -> None:
    assert database_ref("postgresql://thu_ky@10.0.0.5:5432/inspectdesk") == (
        "postgresql://thu_ky@10.0.0.5:5432/inspectdesk"
    )
    assert database_ref("tệp kiểm tra.idb") == Path("tệp kiểm tra.idb")
    assert database_ref(r"\\server\share\data.idb") == Path(r"\\server\share\data.idb")
    assert isinstance(database_ref("postgresql.idb"), Path)


@pytest.mark.parametrize(
    ("argv", "placed"),
    [
        (["list", "--db", "a.idb", "units"], ["list", "a.idb", "units"]),
        (["--db=postgresql://u@h/d", "list", "units"], ["list", "postgresql://u@h/d", "units"]),
        (
            ["--lang", "en", "units", "--db", "a.idb", "import", "x.xlsx"],
            ["--lang", "en", "units", "a.idb", "import", "x.xlsx"],
        ),
        (
            ["server", "--db", "postgresql://u@h/d", "status"],
            ["server", "postgresql://u@h/d", "status"],
        ),
        (["list", "a.idb", "units"], ["list", "a.idb", "units"]),  # no option: unchanged
    ],
)
def test_the_db_option_goes_where_the_command_takes_its_database(
    argv: list[str], placed: list[str]
) -> None:
    assert place_db_option(argv, build_parser()[0]) == placed


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "units", "--db"],  # no address
        ["list", "--db", "a.idb", "--db", "b.idb", "units"],  # twice
        ["--db", "a.idb"],  # no command
    ],
)
def test_a_misused_db_option_is_a_usage_error(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        place_db_option(argv, build_parser()[0])


def test_a_command_without_a_database_refuses_the_db_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser()[0]
    takes_none = [
        name
        for name, sub in _commands(parser).items()
        if next((a.dest for a in sub._actions if not a.option_strings), "")
        not in ("file", "address")
    ]
    assert takes_none, "some subcommand takes no database (templates)"
    assert main([takes_none[0], "--db", "a.idb"]) == 2
    assert "--db" in capsys.readouterr().err


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_an_address_of_another_kind_of_server_is_named_not_taken_for_a_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="postgresql"):
        database_ref("mysql://thu_ky@10.0.0.5/inspectdesk")
    for argv in (
        ["list", "mysql://thu_ky@10.0.0.5/kt", "units"],
        ["server", "sqlite:///tmp/kt.idb", "status"],
    ):
        with pytest.raises(SystemExit) as usage:  # argparse's own exit, one line
            main(argv)
        assert usage.value.code == 2
        err = capsys.readouterr().err
        assert "only postgresql://" in err and "Traceback" not in err
