"""The merge report in words: Vietnamese names, readable values, decisions, the PDF and --report."""

from __future__ import annotations

import shutil
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from inspectdesk.cli import main
from inspectdesk.db.models import Finding, Recommendation, Unit, Visit
from inspectdesk.domain.enums import FindingKind, RemediationStatus, VisitStatus
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.merge import MergeReport, merge_files
from inspectdesk.services.merge_plan import compared_columns, syncable_table_names, syncable_tables
from inspectdesk.services.merge_report import (
    MergeReportNotWritten,
    merge_report_data,
    save_merge_report_pdf,
    text_field,
)
from inspectdesk.services.merge_words import (
    FIELD_NAMES,
    TABLE_NAMES,
    field_name,
    format_value,
    table_name,
)

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("origin") / "goc.idb"
    build_demo(path, today=TODAY)
    return path


def edit(path: Path, change: Callable[[Any], Any]) -> Any:
    with open_file(path, backup_folder=path.parent / "bk") as db, db.sessions.begin() as s:
        return change(s)


def read(path: Path, query: Callable[[Any], Any]) -> Any:
    with open_file(path, readonly=True) as db, db.sessions() as s:
        return query(s)


@pytest.fixture
def pair(origin: Path, tmp_path: Path) -> tuple[Path, Path, uuid.UUID, uuid.UUID]:
    """Mine and theirs: a text and a deadline edited on both sides, a unit added on theirs."""
    a, b = tmp_path / "của tôi.idb", tmp_path / "của Minh.idb"
    shutil.copy(origin, a)
    shutil.copy(origin, b)
    fid = edit(a, lambda s: s.scalars(select(Finding.id).order_by(Finding.id)).first())
    rid = edit(
        a, lambda s: s.scalars(select(Recommendation.id).order_by(Recommendation.id)).first()
    )
    edit(a, lambda s: setattr(s.get(Finding, fid), "text", "Nội dung của tôi"))
    edit(b, lambda s: setattr(s.get(Finding, fid), "text", "Nội dung <b>của</b> Minh & cộng sự"))
    edit(a, lambda s: setattr(s.get(Recommendation, rid), "deadline", date(2026, 12, 31)))
    edit(b, lambda s: setattr(s.get(Recommendation, rid), "deadline", None))
    edit(b, lambda s: s.add(Unit(name="UBND xã Hợp Thịnh")))
    return a, b, fid, rid


def dry_run(a: Path, b: Path) -> MergeReport:
    return merge_files(a, b, dry_run=True)


def test_every_kind_of_data_and_field_has_a_vietnamese_name() -> None:
    names = syncable_table_names()
    assert "change_log" in names and "finding" in names
    assert set(names) <= set(TABLE_NAMES)
    for table in syncable_tables():
        for column in compared_columns(table):
            assert column == "id" or column in FIELD_NAMES, (table.name, column)
    assert table_name("unit") == "Đơn vị" and table_name("visit") == "Cuộc kiểm tra"
    assert table_name("issued_document") == "Sổ văn bản"
    assert field_name("finding", "text") == "Nội dung"
    assert field_name("plan", "title") == "Tên kế hoạch"
    assert field_name("finding", "deleted") == "Đã xóa"
    assert table_name("unknown") == "unknown" and field_name("x", "colour") == "colour"


@pytest.mark.parametrize(
    ("value", "table", "shown"),
    [
        (None, "", "(trống)"),
        ("", "", "(trống)"),
        (True, "", "Có"),
        (False, "", "Không"),
        (date(2026, 3, 5), "", "05/03/2026"),
        (datetime(2026, 3, 5, 8, 30), "", "05/03/2026 08:30"),
        (Decimal("12.50"), "", "12,5"),
        (VisitStatus.SIGNED, "visit", "Đã ký biên bản"),
        (RemediationStatus.DONE, "recommendation", "Đã khắc phục"),
        (FindingKind.VIOLATION, "finding", "Vi phạm"),
        ("signed", "visit", "signed"),  # free text is never taken for a code
        (uuid.UUID("12345678-0000-4000-8000-000000000000"), "", "(mã 12345678)"),
        (b"%PDF", "", "(4 byte)"),
    ],
)
def test_values_are_shown_readably(value: Any, table: str, shown: str) -> None:
    assert format_value(value, table) == shown


def test_an_aware_time_is_shown_in_local_time() -> None:
    moment = datetime(2026, 3, 5, 1, 30, tzinfo=UTC)
    assert format_value(moment) == moment.astimezone().strftime("%d/%m/%Y %H:%M")


def test_only_free_text_fields_can_be_edited() -> None:
    text = text_field("finding", "text")
    assert text is not None and text.multiline
    name = text_field("unit", "name")
    assert name is not None and not name.multiline and name.max_length == 300
    for table, field in (
        ("visit", "status"),  # a code
        ("finding", "deleted"),
        ("recommendation", "deadline"),
        ("visit", "unit_id"),  # a reference
        ("nowhere", "text"),
    ):
        assert text_field(table, field) is None, (table, field)


def test_report_data_names_tables_fields_values_and_decisions(pair: Any) -> None:
    a, b, fid, _rid = pair
    report = dry_run(a, b)
    decisions = {("finding", fid, "text"): ("edit", "Gõ lại")}
    data = merge_report_data(
        report, decisions=decisions, made_by="Hà", made_at=datetime(2026, 11, 20, 9, 0)
    )
    assert data.dry_run and data.made_by == "Hà" and data.mine_file == str(a)
    assert [(c.table, c.added, c.changed) for c in data.counts] == [("Đơn vị", 1, 0)]
    lines = {line.field: line for line in data.conflicts}
    text, deadline = lines["Nội dung"], lines["Thời hạn"]
    assert text.table == "Kết quả kiểm tra" and text.mine == "Nội dung của tôi"
    assert text.theirs == "Nội dung <b>của</b> Minh & cộng sự"
    assert text.decision == "Sửa thành: Gõ lại"
    assert (deadline.mine, deadline.theirs) == ("31/12/2026", "(trống)")
    assert deadline.decision == "Giữ giá trị của tôi"


def test_references_are_named_from_my_file(pair: Any) -> None:
    a, b, _fid, _rid = pair
    vid = edit(a, lambda s: s.scalars(select(Visit.id).order_by(Visit.id)).first())
    units = read(a, lambda s: list(s.scalars(select(Unit).order_by(Unit.name).limit(2))))
    edit(a, lambda s: setattr(s.get(Visit, vid), "unit_id", units[0].id))
    edit(b, lambda s: setattr(s.get(Visit, vid), "unit_id", units[1].id))
    report = dry_run(a, b)
    with open_file(a, readonly=True) as db:
        named = merge_report_data(report, db=db)
    line = next(c for c in named.conflicts if c.field == "Đơn vị")
    assert (line.mine, line.theirs) == (units[0].name, units[1].name)
    unnamed = next(c for c in merge_report_data(report).conflicts if c.field == "Đơn vị")
    assert unnamed.mine.startswith("(mã ")


def _pdf_text(path: Path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_report_pdf_of_a_merge(pair: Any, tmp_path: Path) -> None:
    a, b, fid, _rid = pair
    decisions = {("finding", fid, "text"): "theirs"}
    report = merge_files(a, b, decisions=decisions, backup_folder=tmp_path / "bk")
    target = save_merge_report_pdf(report, tmp_path / "báo cáo.pdf", made_by="Hà")
    text = _pdf_text(target)
    assert "BÁO CÁO HỢP NHẤT DỮ LIỆU" in text and "Đã hợp nhất" in text
    assert "Lấy giá trị của tệp kia" in text
    assert "Nội dung <b>của</b> Minh & cộng sự" in text
    assert report.backup is not None
    assert report.backup.name.replace(" ", "") in text.replace(" ", "")


def test_an_unwritable_report_is_a_user_error(pair: Any, tmp_path: Path) -> None:
    a, b, _fid, _rid = pair
    report = dry_run(a, b)
    with pytest.raises(MergeReportNotWritten, match="không-có"):
        save_merge_report_pdf(report, tmp_path / "không-có" / "báo cáo.pdf")


def test_command_line_report(pair: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, _fid, _rid = pair
    preview = tmp_path / "xem trước.pdf"
    before = a.read_bytes()
    assert main(["merge", str(a), str(b), "--dry-run", "--report", str(preview)]) == 0
    assert a.read_bytes() == before
    assert str(preview) in capsys.readouterr().out
    assert "Chạy thử" in _pdf_text(preview)
    done = tmp_path / "đã hợp nhất.pdf"
    assert main(["merge", str(a), str(b), "--theirs", "--json", "--report", str(done)]) == 0
    assert str(done) in capsys.readouterr().out  # in the JSON
    text = _pdf_text(done)
    assert "Đã hợp nhất" in text and "Lấy giá trị của tệp kia" in text
    again = tmp_path / "lần hai.pdf"
    assert main(["merge", str(a), str(b), "--report", str(again)]) == 0
    assert "không có gì để hợp nhất" in _pdf_text(again)
    assert main(["merge", str(a), str(b), "--report", str(tmp_path / "x" / "y.pdf")]) == 1
