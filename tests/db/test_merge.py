"""Merging two secretaries' copies of one file: union, conflicts, deletions, numbers, no-ops."""

from __future__ import annotations

import shutil
import struct
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspectdesk.cli import main
from inspectdesk.db.models import ChangeLogEntry, Finding, IssuedDocument, Unit, Visit
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.errors import FileTooNew, NotAnInspectDeskFile
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.merge import SameFileMerge, SignedNumberClash, merge_files
from inspectdesk.services.minutes import MinutesService

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("origin") / "goc.idb"
    build_demo(path, today=TODAY)
    return path


@pytest.fixture
def pair(origin: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of one file: mine (A) and the other secretary's (B)."""
    a, b = tmp_path / "a.idb", tmp_path / "b.idb"
    shutil.copy(origin, a)
    shutil.copy(origin, b)
    return a, b


def edit(path: Path, change: Callable[[Any], Any]) -> Any:
    with open_file(path, backup_folder=path.parent / "bk") as db, db.sessions.begin() as s:
        return change(s)


def read(path: Path, query: Callable[[Any], Any]) -> Any:
    with open_file(path, readonly=True) as db, db.sessions() as s:
        return query(s)


def merge(a: Path, b: Path, **kw: Any) -> Any:
    return merge_files(a, b, backup_folder=a.parent / "bk", **kw)


def first_findings(s: Any, n: int = 2) -> list[Finding]:
    return list(s.scalars(select(Finding).order_by(Finding.id).limit(n)))


def test_edits_of_different_rows_merge_to_the_union(pair: tuple[Path, Path]) -> None:
    a, b = pair
    ids = edit(a, lambda s: [f.id for f in first_findings(s)])

    def set_text(index: int, text: str) -> Callable[[Any], None]:
        return lambda s: setattr(s.get(Finding, ids[index]), "text", text)

    edit(a, set_text(0, "Sửa ở máy A"))
    edit(b, set_text(1, "Sửa ở máy B"))
    edit(b, lambda s: s.add(Unit(name="UBND xã Mới Thêm")))
    report = merge(a, b)
    assert not report.conflicts
    assert report.added["unit"] == 1 and report.changed["finding"] == 1
    texts = read(a, lambda s: [s.get(Finding, i).text for i in ids])
    assert texts == ["Sửa ở máy A", "Sửa ở máy B"]
    assert read(a, lambda s: s.scalar(select(Unit.id).where(Unit.name == "UBND xã Mới Thêm")))
    assert report.backup is not None and report.backup.exists()


def test_same_field_edited_on_both_sides_is_one_conflict_keeping_both_values(
    pair: tuple[Path, Path],
) -> None:
    a, b = pair
    fid = edit(a, lambda s: first_findings(s, 1)[0].id)
    edit(a, lambda s: setattr(s.get(Finding, fid), "text", "Giá trị của A"))
    edit(b, lambda s: setattr(s.get(Finding, fid), "text", "Giá trị của B"))
    dry = merge(a, b, dry_run=True)
    assert [(c.field, c.mine, c.theirs) for c in dry.conflicts] == [
        ("text", "Giá trị của A", "Giá trị của B")
    ]
    report = merge(a, b)
    assert report.decisions == {("finding", fid, "text"): "mine"}
    assert read(a, lambda s: s.get(Finding, fid).text) == "Giá trị của A"
    kept = read(
        a,
        lambda s: s.scalars(
            select(ChangeLogEntry.old_value).where(
                ChangeLogEntry.row_id == fid, ChangeLogEntry.note.like("Hợp nhất%")
            )
        ).all(),
    )
    assert '"Giá trị của B"' in kept  # the losing value is in the change log


def test_a_conflict_decided_for_theirs_takes_their_value(pair: tuple[Path, Path]) -> None:
    a, b = pair
    fid = edit(a, lambda s: first_findings(s, 1)[0].id)
    edit(a, lambda s: setattr(s.get(Finding, fid), "text", "A"))
    edit(b, lambda s: setattr(s.get(Finding, fid), "text", "B"))
    merge(a, b, decisions={("finding", fid, "text"): "theirs"})
    assert read(a, lambda s: s.get(Finding, fid).text) == "B"


def test_delete_against_edit_is_a_conflict(pair: tuple[Path, Path]) -> None:
    a, b = pair
    fid = edit(a, lambda s: first_findings(s, 1)[0].id)
    edit(a, lambda s: setattr(s.get(Finding, fid), "text", "A sửa"))
    edit(b, lambda s: setattr(s.get(Finding, fid), "deleted", True))
    report = merge(a, b)
    assert [(c.field, c.mine, c.theirs) for c in report.conflicts] == [("deleted", False, True)]
    assert read(a, lambda s: s.get(Finding, fid).deleted) is False
    merge(a, b, decisions={("finding", fid, "deleted"): "theirs"})  # nothing left to decide
    assert read(a, lambda s: s.get(Finding, fid).deleted) is False


def test_a_deletion_on_one_side_only_travels(pair: tuple[Path, Path]) -> None:
    a, b = pair
    fid = edit(a, lambda s: first_findings(s, 1)[0].id)
    edit(b, lambda s: setattr(s.get(Finding, fid), "deleted", True))
    merge(a, b)
    assert read(a, lambda s: s.get(Finding, fid).deleted) is True


def test_merging_the_same_file_twice_changes_nothing_the_second_time(
    pair: tuple[Path, Path],
) -> None:
    a, b = pair
    fid = edit(a, lambda s: first_findings(s, 1)[0].id)
    edit(a, lambda s: setattr(s.get(Finding, fid), "text", "A"))
    edit(b, lambda s: setattr(s.get(Finding, fid), "text", "B"))
    edit(b, lambda s: s.add(Unit(name="Đơn vị của B")))
    first = merge(a, b)
    assert first.conflicts and first.added
    before = a.read_bytes()
    second = merge(a, b)
    assert second.nothing_to_do
    assert a.read_bytes() == before


def test_a_dry_run_writes_nothing(pair: tuple[Path, Path]) -> None:
    a, b = pair
    edit(b, lambda s: s.add(Unit(name="Đơn vị của B")))
    before = a.read_bytes()
    report = merge(a, b, dry_run=True)
    assert report.added["unit"] == 1
    assert a.read_bytes() == before


def test_files_that_cannot_be_merged_are_refused(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    with pytest.raises(SameFileMerge):
        merge(a, a)
    text = tmp_path / "ghi-chu.idb"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    with pytest.raises(NotAnInspectDeskFile):
        merge(a, text)
    newer = tmp_path / "moi.idb"
    data = bytearray(b.read_bytes())
    data[60:64] = struct.pack(">I", 99)  # schema generation written by a future version
    newer.write_bytes(bytes(data))
    with pytest.raises(FileTooNew):
        merge(a, newer)


def _draft_minutes(path: Path, unit: str) -> str:
    with open_file(path, backup_folder=path.parent / "bk") as db:
        with db.sessions() as s:
            visit = s.scalars(
                select(Visit)
                .join(Unit, Unit.id == Visit.unit_id)
                .where(Unit.name == unit, Visit.status != VisitStatus.CANCELLED)
            ).first()
            assert visit is not None and not visit.minutes_number
            vid = visit.id
        MinutesService(db).write(vid, path.parent / f"{unit}.docx", today=TODAY)
        with db.sessions() as s:
            return str(s.get(Visit, vid).minutes_number)  # type: ignore[union-attr]


def _unnumbered_units(path: Path) -> list[str]:
    return read(
        path,
        lambda s: list(
            s.scalars(
                select(Unit.name)
                .join(Visit, Visit.unit_id == Unit.id)
                .where(Visit.minutes_number == "", Visit.status != VisitStatus.CANCELLED)
                .order_by(Unit.name)
            )
        ),
    )


def test_document_numbers_issued_in_both_files_never_collide(pair: tuple[Path, Path]) -> None:
    a, b = pair
    units = _unnumbered_units(a)
    mine, theirs = _draft_minutes(a, units[0]), _draft_minutes(b, units[1])
    assert mine == theirs  # both secretaries took the next number of the same series
    report = merge(a, b)
    ((old, new),) = report.renumbered
    assert old == theirs and new != mine
    this_year = select(IssuedDocument.number).where(IssuedDocument.year == TODAY.year)
    numbers = read(a, lambda s: list(s.scalars(this_year)))
    assert len(numbers) == len(set(numbers))
    moved = read(
        a,
        lambda s: s.scalar(
            select(Visit.minutes_number)
            .join(Unit, Unit.id == Visit.unit_id)
            .where(Unit.name == units[1])
        ),
    )
    assert moved == new


def test_two_signed_documents_with_one_number_refuse_the_merge(pair: tuple[Path, Path]) -> None:
    a, b = pair
    units = _unnumbered_units(a)
    number = _draft_minutes(a, units[0])
    _draft_minutes(b, units[1])

    def sign(s: Any) -> None:
        entry = s.scalars(
            select(IssuedDocument).where(
                IssuedDocument.number == number, IssuedDocument.year == TODAY.year
            )
        ).one()
        entry.signed_on = TODAY

    edit(a, sign)
    edit(b, sign)
    before = a.read_bytes()
    with pytest.raises(SignedNumberClash, match=number.split("/")[0]):
        merge(a, b)
    assert a.read_bytes() == before


def test_command_line_merge(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    edit(b, lambda s: s.add(Unit(name="Đơn vị của B")))
    assert main(["merge", str(a), str(b), "--dry-run"]) == 0
    assert "unit" in capsys.readouterr().out
    assert main(["merge", str(a), str(b), "--json"]) == 0
    assert '"added"' in capsys.readouterr().out
    assert main(["merge", str(a), str(a)]) == 1


def test_separately_created_files_share_their_builtin_rows(tmp_path: Path) -> None:
    from inspectdesk.services.files import new_file

    a, b = tmp_path / "a.idb", tmp_path / "b.idb"
    new_file(a).close()
    new_file(b).close()
    edit(b, lambda s: s.add(Unit(name="Sở Tư pháp")))
    report = merge(a, b)
    assert dict(report.added) == {"unit": 1}  # no second copy of levels, kinds, checklists
    assert not report.conflicts


def test_a_file_from_an_older_version_is_migrated_privately_then_merged(
    older_file: Any, tmp_path: Path
) -> None:
    from inspectdesk.services.files import new_file

    mine = tmp_path / "cua-toi.idb"
    new_file(mine).close()
    before = older_file.path.read_bytes()
    report = merge(mine, older_file.path)
    assert report.added["visit"] == 1 and report.added["finding"] == 1
    assert older_file.path.read_bytes() == before  # the other file is never written
    names = read(mine, lambda s: [u.name for u in s.query(Unit)])
    assert "UBND xã Đại Đình" in names
