"""Files that are not usable InspectDesk databases are refused clearly and left as they were.

Every opener (``open_database``, read-only or not, ``open_file``, ``check_file``) must raise
the right :mod:`inspectdesk.errors` class, worded as one line in both languages, without
writing a byte, creating a journal or making a backup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

from inspectdesk.db import migrate
from inspectdesk.db.database import open_database
from inspectdesk.errors import (
    DamagedFile,
    FileMissing,
    FileTooNew,
    NotAFile,
    NotAnInspectDeskFile,
    UserError,
)
from inspectdesk.services.files import check_file, open_file

OPENERS: dict[str, Callable[[Path], Any]] = {
    "open_database": lambda p: open_database(p),
    "open_database_readonly": lambda p: open_database(p, readonly=True),
    "open_file": lambda p: open_file(p),
    "check_file": check_file,
}

# kind → (error class, params["reason"] for NotAnInspectDeskFile, a word of the English detail)
EXPECTED: dict[str, tuple[type[UserError], str | None, str]] = {
    "text": (NotAnInspectDeskFile, "text", "text file"),
    "docx": (NotAnInspectDeskFile, "zip", "ZIP archive"),
    "pdf": (NotAnInspectDeskFile, "pdf", "PDF"),
    "random": (NotAnInspectDeskFile, "unknown", "not recognised"),
    "empty": (NotAnInspectDeskFile, "empty", "empty"),
    "truncated": (DamagedFile, None, "truncated"),
    "other_sqlite": (NotAnInspectDeskFile, "other_sqlite", "another program"),
    "too_new": (FileTooNew, None, "9.9.0"),
}


def assert_one_clear_line(exc: UserError, path: Path) -> None:
    """Both wordings are one filled-in sentence naming the file, with no traceback text."""
    texts = {lang: exc.describe(lang) for lang in ("vi", "en")}
    assert texts["vi"] != texts["en"]
    for text in texts.values():
        assert text.strip() == text and text
        assert "\n" not in text and "\r" not in text
        assert "Traceback" not in text and 'File "' not in text
        assert not text.startswith(f"{exc.code}:"), "a template field was missing"
        assert str(path) in text


def close_quietly(result: Any) -> None:
    close = getattr(result, "close", None)
    if close is not None:
        close()


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("kind", EXPECTED)
def test_bad_file_is_refused_and_left_untouched(
    kind: str,
    opener: str,
    bad_file: Callable[[str], Path],
    snapshot: Callable[[Path], Any],
    data_dir: Path,
) -> None:
    path = bad_file(kind)
    before = snapshot(path)
    error_class, reason, english_word = EXPECTED[kind]

    with pytest.raises(UserError) as caught:
        close_quietly(OPENERS[opener](path))

    exc = caught.value
    assert type(exc) is error_class, exc.describe("en")
    if reason is not None:
        assert exc.params["reason"] == reason
    assert english_word in exc.describe("en")
    assert_one_clear_line(exc, path)
    assert snapshot(path) == before, "the refused file or its folder changed"
    assert not any(data_dir.rglob("*")), "a refused file must not be backed up"


def test_too_new_names_the_version_needed(bad_file: Callable[[str], Path]) -> None:
    path = bad_file("too_new")
    with pytest.raises(FileTooNew) as caught:
        open_file(path)
    exc = caught.value
    generation = migrate.schema_generation()
    assert exc.params["written_by"] == "9.9.0"
    assert exc.params["file_generation"] == generation + 1
    assert exc.params["app_generation"] == generation
    assert "9.9.0" in exc.describe("vi") and "9.9.0" in exc.describe("en")


def test_truncated_file_says_how_much_is_missing(bad_file: Callable[[str], Path]) -> None:
    path = bad_file("truncated")
    with pytest.raises(DamagedFile) as caught:
        check_file(path)
    assert "3,000" in caught.value.describe("en")  # the size actually found
    assert "cắt cụt" in caught.value.describe("vi")


def test_check_file_reports_a_corrupted_page(bad_file: Callable[[str], Path]) -> None:
    path = bad_file("corrupted")
    try:
        report = check_file(path)
    except DamagedFile as exc:
        assert_one_clear_line(exc, path)
    else:
        assert not report.healthy
        assert report.problems


@pytest.mark.parametrize("opener", OPENERS)
def test_corrupted_page_is_never_written_to(
    opener: str,
    bad_file: Callable[[str], Path],
    snapshot: Callable[[Path], Any],
    data_dir: Path,
) -> None:
    """Whatever an opener concludes about a damaged page, the file stays byte for byte."""
    path = bad_file("corrupted")
    before = snapshot(path)
    outcome: Any = None
    with contextlib.suppress(DamagedFile, DBAPIError):
        outcome = OPENERS[opener](path)
        close_quietly(outcome)
    if opener == "check_file" and outcome is not None:
        assert not outcome.healthy
    assert snapshot(path) == before
    assert not any(data_dir.rglob("*"))


@pytest.mark.parametrize("opener", OPENERS)
def test_missing_path(opener: str, tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "missing.idb"
    with pytest.raises(FileMissing) as caught:
        OPENERS[opener](path)
    assert_one_clear_line(caught.value, path)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("opener", OPENERS)
def test_directory(opener: str, tmp_path: Path) -> None:
    path = tmp_path / "folder.idb"
    path.mkdir()
    with pytest.raises(NotAFile) as caught:
        OPENERS[opener](path)
    assert_one_clear_line(caught.value, path)
    assert list(path.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appdata", "folder.idb"]


@pytest.mark.parametrize("opener", OPENERS)
def test_healthy_file_is_accepted_and_left_untouched(
    opener: str,
    fresh_file: Callable[[str], Path],
    snapshot: Callable[[Path], Any],
) -> None:
    """The control case: the same openers accept a fresh file without changing it."""
    path = fresh_file("fresh.idb")
    before = snapshot(path)
    result = OPENERS[opener](path)
    close_quietly(result)
    if opener == "check_file":
        assert result.healthy, result.problems
        assert result.counts["checklist_template"] >= 1
    assert snapshot(path) == before
