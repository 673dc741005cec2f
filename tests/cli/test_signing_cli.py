"""``inspectdesk sign / unlock / scan``: signed minutes from the command line."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspectdesk.db.models import ChangeLogEntry, Visit
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services.files import open_file
from inspectdesk.services.signing import SigningService

Cli = Callable[..., Any]
NUMBER = "05/BB-ĐKT"  # the populated file's visit (actual start 08/11/2021)
SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 4


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("inspectdesk: ") and "Traceback" not in err
    return err.rstrip("\n")


def visit_status(path: Path) -> VisitStatus:
    with open_file(path, readonly=True) as db, db.sessions() as s:
        return s.scalars(select(Visit.status)).one()


def test_sign_with_a_scan_write_it_out_then_unlock(
    cli: Cli, populated: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "biên bản đã ký.pdf"
    scan.write_bytes(SCAN)
    signed = cli("sign", populated, "--visit", NUMBER, "--scan", scan, "--date", "2021-11-08")
    assert (signed.code, signed.err) == (0, "")
    assert NUMBER in signed.out and "08/11/2021" in signed.out
    assert visit_status(populated) is VisitStatus.SIGNED

    out = tmp_path / "ra" / "bản sao.pdf"
    out.parent.mkdir()
    written = cli("scan", populated, "--visit", NUMBER, "-o", out)
    assert (written.code, written.err) == (0, "") and str(out) in written.out
    assert digest(out) == hashlib.sha256(SCAN).hexdigest()
    into_folder = cli("scan", populated, "--visit", NUMBER, "-o", out.parent)
    assert into_folder.code == 0
    assert (out.parent / scan.name).read_bytes() == SCAN

    unlocked = cli("unlock", populated, "--visit", NUMBER, "--reason", "Sửa tên người ký")
    assert (unlocked.code, unlocked.err) == (0, "")
    assert visit_status(populated) is VisitStatus.DRAFTED
    with open_file(populated, readonly=True) as db:
        with db.sessions() as s:
            notes = s.scalars(select(ChangeLogEntry.note).where(ChangeLogEntry.note != "")).all()
            visit_id = s.scalars(select(Visit.id)).one()
        assert SigningService(db).scan_of(visit_id) is not None  # the unlock keeps the scan
    assert notes == ["Mở khóa: Sửa tên người ký"]


def test_sign_defaults_to_today_and_by_uuid(cli: Cli, populated: Path) -> None:
    with open_file(populated, readonly=True) as db, db.sessions() as s:
        visit_id = s.scalars(select(Visit.id)).one()
    result = cli("sign", populated, "--visit", str(visit_id))
    assert result.code == 0, result.err
    assert visit_status(populated) is VisitStatus.SIGNED


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["sign", "--visit", NUMBER, "--scan", "{bad}", "--date", "2021-11-08"], "TIFF"),
        (["sign", "--visit", NUMBER, "--scan", "{missing}", "--date", "2021-11-08"], "không"),
        (["sign", "--visit", NUMBER, "--date", "2021-11-01"], "trước ngày kiểm tra"),
        (["sign", "--visit", "99/BB-ĐKT"], "Không tìm thấy"),
        (["unlock", "--visit", NUMBER, "--reason", "Sửa"], "chưa được đánh dấu đã ký"),
        (["scan", "--visit", NUMBER, "-o", "{out}"], "chưa có bản chụp"),
    ],
    ids=["not-a-scan", "missing-scan", "before-visit", "unknown-visit", "not-signed", "no-scan"],
)
def test_refusals_are_one_line_and_change_nothing(
    args: list[str], phrase: str, cli: Cli, populated: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "ghi chú.txt"
    bad.write_text("không phải bản chụp", encoding="utf-8")
    values = {"{bad}": str(bad), "{missing}": str(tmp_path / "nope.pdf")}
    values["{out}"] = str(tmp_path / "out.pdf")
    before = digest(populated)
    result = cli(args[0], populated, *[values.get(a, a) for a in args[1:]])
    assert result.code == 1 and result.out == ""
    assert phrase in one_error_line(result.err)
    assert digest(populated) == before
    assert not (tmp_path / "out.pdf").exists()


def test_unlock_with_a_blank_reason_is_refused(cli: Cli, populated: Path) -> None:
    assert cli("sign", populated, "--visit", NUMBER, "--date", "2021-11-08").code == 0
    result = cli("--lang", "en", "unlock", populated, "--visit", NUMBER, "--reason", "  ")
    assert result.code == 1 and "Give the reason" in one_error_line(result.err)
    assert visit_status(populated) is VisitStatus.SIGNED
    again = cli("sign", populated, "--visit", NUMBER, "--date", "2021-11-08")
    assert again.code == 1 and "đã được đánh dấu đã ký" in one_error_line(again.err)


@pytest.mark.parametrize(
    "args",
    [
        ["sign", "{f}", "--visit", NUMBER, "--date", "08/11/2021"],
        ["unlock", "{f}", "--visit", NUMBER],
        ["scan", "{f}", "--visit", NUMBER],
    ],
    ids=["bad-date", "no-reason", "no-output"],
)
def test_usage_mistakes_exit_2(args: list[str], cli: Cli, populated: Path) -> None:
    result = cli(*[a.replace("{f}", str(populated)) for a in args])
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
