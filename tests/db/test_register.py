"""Document numbers come from a yearly series per type and issuer, never reused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from inspectdesk.db.database import Database
from inspectdesk.db.models import IssuedDocument
from inspectdesk.domain.enums import DocumentType
from inspectdesk.errors import InvalidArgument
from inspectdesk.services.files import new_file
from inspectdesk.services.register import issue_number


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_file(tmp_path / "register.idb")
    yield database
    database.close()


def test_series_per_type_issuer_and_year(db: Database) -> None:
    day = date(2021, 11, 8)
    assert issue_number(db, DocumentType.MINUTES, "ĐKT", day) == "01/BB-ĐKT"
    assert issue_number(db, DocumentType.MINUTES, "ĐKT", day) == "02/BB-ĐKT"
    assert issue_number(db, DocumentType.REPORT, "ĐKT", day) == "01/BC-ĐKT"
    assert issue_number(db, DocumentType.MINUTES, "SNV", day) == "01/BB-SNV"
    assert issue_number(db, DocumentType.MINUTES, "ĐKT", date(2022, 1, 3)) == "01/BB-ĐKT"
    assert issue_number(db, DocumentType.MINUTES, "ĐKT", date(2021, 12, 31)) == "03/BB-ĐKT"


def test_a_deleted_entry_keeps_its_number(db: Database) -> None:
    day = date(2024, 3, 5)
    issue_number(db, DocumentType.MINUTES, "ĐKT", day)
    with db.sessions.begin() as s:
        entry = s.query(IssuedDocument).one()
        entry.deleted = True
    assert issue_number(db, DocumentType.MINUTES, "ĐKT", day) == "02/BB-ĐKT"


def test_ten_and_beyond_lose_the_padding(db: Database) -> None:
    numbers = [issue_number(db, DocumentType.MINUTES, "ĐKT", date(2021, 11, 8)) for _ in range(11)]
    assert numbers[8:] == ["09/BB-ĐKT", "10/BB-ĐKT", "11/BB-ĐKT"]


def test_a_bad_issuer_code_is_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(InvalidArgument):
        issue_number(db, DocumentType.MINUTES, "đoàn kiểm tra", date(2021, 11, 8))
    with db.sessions() as s:
        assert s.query(IssuedDocument).count() == 0


def test_the_register_records_the_file_and_its_sha256(db: Database, tmp_path: Path) -> None:
    import hashlib

    from inspectdesk.services.register import record_file

    number = issue_number(db, DocumentType.REPORT, "SNV", date(2022, 1, 10))
    document = tmp_path / "báo cáo.pdf"
    document.write_bytes(b"%PDF-1.4 test")
    digest = record_file(db, DocumentType.REPORT, number, document)
    assert digest == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    with db.sessions() as s:
        entry = s.query(IssuedDocument).one()
        assert (entry.file_name, entry.sha256) == ("báo cáo.pdf", digest)
    assert record_file(db, DocumentType.MINUTES, "99/BB-ĐKT", document) is None
