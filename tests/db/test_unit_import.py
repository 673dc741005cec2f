"""Importing units and people from sheets: the dry run, all-or-nothing, matching, reasons."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChangeLogEntry, Person, Unit, UnitKind, UnitLevel
from inspectdesk.domain.enums import ChangeAction, Honorific
from inspectdesk.errors import ImportRejected, ReadOnlyFile
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file, open_file
from inspectdesk.services.import_common import Action, Reason, write_report
from inspectdesk.services.people_import import apply_people_import, plan_people_import
from inspectdesk.services.sheet_table import PEOPLE_FIELDS, UNIT_FIELDS, read_table
from inspectdesk.services.unit_import import apply_unit_import, plan_unit_import
from inspectdesk.services.units import UnitDraft, UnitService

HEAD = [
    "STT",
    "Tên đơn vị",
    "Đơn vị cấp trên",
    "Mã ĐVHC",
    "Loại hình",
    "Cấp",
    "Người đứng đầu",
    "Chức vụ",
    "Email",
]


def sheet(
    path: Path, rows: list[list[Any]], fonts: dict[str, str] | None = None, head: list[str] = HEAD
) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Đơn vị"
    ws.append(["DANH SÁCH ĐƠN VỊ"])
    ws.merge_cells("A1:H1")
    ws.append(head)
    for index, row in enumerate(rows, start=1):
        ws.append([index, *row])
    for cell, name in (fonts or {}).items():
        ws[cell].font = Font(name=name)
    workbook.save(path)
    return path


GOOD = [
    # a child listed before its parent, a TCVN3 name, a head with a title
    [
        "UBND xã Đại Đình",
        "UBND huyện Tam Đảo",
        "08707",
        "UBND cấp xã",
        "Cấp xã",
        "Nguyễn Văn An",
        "Chủ tịch",
        "",
    ],
    ["UBND huyện Tam Đảo", "", "255", "UBND cấp huyện", "huyen", "", "", "tamdao@vinhphuc.gov.vn"],
    ["Së Néi vô", "", "", "Sở, ban, ngành", "Tỉnh", "TrÇn ThÞ B×nh", "Gi¸m ®èc", ""],
    ["Trung tâm Lưu trữ lịch sử", "Sở Nội vụ", "", "Đơn vị lưu trữ", "", "", "", ""],
]
GOOD_FONTS = {"B5": ".VnTime", "G5": ".VnTime", "H5": ".VnTime"}

BAD = [
    ["", "UBND huyện Tam Đảo", "", "", "", "", "", ""],  # no name
    ["UBND xã Đại Đình", "UBND huyện Tam Đảo", "", "", "", "", "", ""],  # duplicate of row 1
    ["Phòng Nội vụ", "UBND huyện Không Có", "", "", "", "", "", ""],  # unknown parent
    ["Đơn vị A", "Đơn vị B", "", "", "", "", "", ""],  # a cycle ...
    ["Đơn vị B", "Đơn vị A", "", "", "", "", "", ""],  # ... of two rows
    ["Phòng Văn hóa", "UBND huyện Tam Đảo", "12A", "", "", "", "", ""],  # code not digits
    ["Phòng Y tế", "UBND huyện Tam Đảo", "", "", "Cấp thôn", "", "", ""],  # unknown level
    ["Phòng Tư pháp", "UBND huyện Tam Đảo", "", "", "", "", "", "không phải email"],
    ["Tổ công tác", "Đơn vị A", "", "", "", "", "", ""],  # its parent is rejected
]


@pytest.fixture
def db(fresh_file: Callable[[str], Path]) -> Iterator[Database]:
    database = open_file(fresh_file("import.idb"))
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as s:
        return (
            s.scalar(select(func.count()).select_from(Unit)) or 0,
            s.scalar(select(func.count()).select_from(Person)) or 0,
            s.scalar(select(func.count()).select_from(UnitKind)) or 0,
            s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0,
        )


def units_by_name(db: Database) -> dict[str, Unit]:
    with db.sessions() as s:
        return {u.name: u for u in s.scalars(select(Unit).where(Unit.deleted.is_(False)))}


@pytest.mark.file_only
def test_the_dry_run_says_what_each_row_will_do_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    before = digest(db.path)
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD + BAD, GOOD_FONTS), UNIT_FIELDS)
    plan = plan_unit_import(db, table)
    assert digest(db.path) == before
    actions = {r.row: (r.action, [p.reason for p in r.problems]) for r in plan.rows}
    assert actions == {
        3: (Action.CREATE, []),
        4: (Action.CREATE, []),
        5: (Action.CREATE, []),
        6: (Action.CREATE, []),
        7: (Action.REJECT, [Reason.MISSING_NAME]),
        8: (Action.REJECT, [Reason.DUPLICATE]),
        9: (Action.REJECT, [Reason.UNKNOWN_PARENT]),
        10: (Action.REJECT, [Reason.CYCLE]),
        11: (Action.REJECT, [Reason.CYCLE]),
        12: (Action.REJECT, [Reason.NOT_DIGITS]),
        13: (Action.REJECT, [Reason.UNKNOWN_LEVEL]),
        14: (Action.REJECT, [Reason.INVALID_EMAIL]),
        15: (Action.REJECT, [Reason.PARENT_REJECTED]),
    }
    reasons = {r.row: plan.reasons(r) for r in plan.rejected}
    assert reasons[7] == "thiếu “Tên đơn vị”"
    assert reasons[8] == "trùng với dòng 3"
    assert reasons[9] == "không tìm thấy đơn vị cấp trên “UBND huyện Không Có”"
    assert reasons[13] == "“Cấp thôn” không phải cấp hành chính đã có (Tỉnh, Huyện, Xã)"
    assert reasons[15] == "đơn vị cấp trên ở dòng 10 không nhập được"
    assert plan.reasons(plan.rejected[0], "en") == "“Tên đơn vị” is empty"
    assert plan.new_kinds == ("Đơn vị lưu trữ",)
    assert plan.rows[2].name == "Sở Nội vụ"
    assert plan.summary() == "4 thêm mới, 0 cập nhật, 0 không đổi, 9 không nhập"


@pytest.mark.file_only
def test_rejected_rows_stop_the_whole_import(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD + BAD, GOOD_FONTS), UNIT_FIELDS)
    plan = plan_unit_import(db, table)
    before = counts(db)
    with pytest.raises(ImportRejected) as caught:
        apply_unit_import(db, plan, backup_folder=tmp_path / "backups")
    assert "dòng 7" in caught.value.describe("vi")
    assert "Chưa có gì được ghi" in caught.value.describe("vi")
    assert counts(db) == before
    assert not (tmp_path / "backups").exists()  # no backup when nothing is written


@pytest.mark.file_only
def test_the_import_writes_everything_in_one_go(db: Database, tmp_path: Path) -> None:
    bus = ChangeBus()
    seen: list[Changes] = []
    bus.subscribe(seen.append)
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD, GOOD_FONTS), UNIT_FIELDS)
    result = apply_unit_import(
        db, plan_unit_import(db, table), bus=bus, backup_folder=tmp_path / "bk"
    )
    assert (result.created, result.updated, result.skipped, result.people_added) == (4, 0, 0, 2)
    assert result.backup is not None and result.backup.exists()
    assert seen and seen[0].touches("unit", "person")
    units = units_by_name(db)
    commune, district = units["UBND xã Đại Đình"], units["UBND huyện Tam Đảo"]
    archive, home = units["Trung tâm Lưu trữ lịch sử"], units["Sở Nội vụ"]
    assert commune.parent_id == district.id and archive.parent_id == home.id
    assert district.parent_id is None and commune.admin_code == "08707"
    assert district.email == "tamdao@vinhphuc.gov.vn"
    with db.sessions() as s:
        levels = {lv.id: lv.name for lv in s.scalars(select(UnitLevel))}
        kinds = {k.id: k.name for k in s.scalars(select(UnitKind))}
        heads = {p.full_name: (p.job_title, p.unit_id) for p in s.scalars(select(Person))}
        logged = set(
            s.scalars(
                select(ChangeLogEntry.row_id).where(ChangeLogEntry.action == ChangeAction.INSERT)
            )
        )
    assert (levels[commune.level_id], levels[district.level_id], levels[home.level_id]) == (
        "Xã",
        "Huyện",
        "Tỉnh",
    )
    assert kinds[archive.kind_id] == "Đơn vị lưu trữ"
    assert heads == {
        "Nguyễn Văn An": ("Chủ tịch", commune.id),
        "Trần Thị Bình": ("Giám đốc", home.id),
    }
    assert {u.id for u in units.values()} <= logged
    # rows written in bulk look exactly like rows written by the unit editor
    made = UnitService(db).create(UnitDraft(name="UBND xã Đại Đình"))
    with db.sessions() as s:
        twin = s.get_one(Unit, made)
    assert (commune.name_fold, commune.name_sort, commune.revision) == (
        twin.name_fold,
        twin.name_sort,
        twin.revision,
    )
    assert commune.updated_by == twin.updated_by and commune.created_at is not None


def test_importing_the_same_sheet_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "u.xlsx", GOOD, GOOD_FONTS)
    apply_unit_import(
        db, plan_unit_import(db, read_table(path, UNIT_FIELDS)), backup_folder=tmp_path
    )
    before = counts(db)
    again = plan_unit_import(db, read_table(path, UNIT_FIELDS))
    assert again.count(Action.UNCHANGED) == 4
    assert apply_unit_import(db, again, backup_folder=tmp_path / "bk").backup is None
    assert counts(db) == before


def test_rows_update_the_unit_with_their_code_or_their_name_under_the_same_parent(
    db: Database, tmp_path: Path
) -> None:
    service = UnitService(db)
    district = service.create(UnitDraft(name="UBND huyện Tam Đảo", admin_code="255"))
    other = service.create(UnitDraft(name="UBND huyện Lập Thạch"))
    commune = service.create(UnitDraft(name="UBND xã Đại Đình", parent_id=district))
    namesake = service.create(UnitDraft(name="UBND xã Đại Đình", parent_id=other))
    rows = [
        ["UBND huyện Tam Đảo (mới)", "", "255", "", "", "", "", ""],  # renamed, found by its code
        ["ubnd xa dai dinh", "UBND huyện Lập Thạch", "", "", "", "", "", "daidinh@lt.gov.vn"],
        ["UBND xã Đại Đình", "", "", "", "", "", "", ""],  # which one? there are two
    ]
    plan = plan_unit_import(db, read_table(sheet(tmp_path / "u.xlsx", rows), UNIT_FIELDS))
    by_row = {r.row: r for r in plan.rows}
    assert by_row[3].action is Action.UPDATE and by_row[3].record_id == district
    assert by_row[3].changes == ("name",)
    assert by_row[4].action is Action.UPDATE and by_row[4].record_id == namesake
    assert set(by_row[4].changes) == {"name", "email"}
    assert by_row[5].action is Action.REJECT
    assert by_row[5].problems[0].reason is Reason.DUPLICATE  # same name as row 4, no parent
    result = apply_unit_import(db, plan, skip_rejected=True, backup_folder=tmp_path)
    assert (result.created, result.updated, result.skipped) == (0, 2, 1)
    with db.sessions() as s:
        assert s.get_one(Unit, district).name == "UBND huyện Tam Đảo (mới)"
        changed = s.get_one(Unit, namesake)
        assert (changed.email, changed.parent_id, changed.name) == (
            "daidinh@lt.gov.vn",
            other,
            "ubnd xa dai dinh",
        )
        assert s.get_one(Unit, commune).email == ""


def test_a_name_found_twice_in_the_file_needs_a_parent(db: Database, tmp_path: Path) -> None:
    service = UnitService(db)
    one = service.create(UnitDraft(name="UBND huyện A"))
    two = service.create(UnitDraft(name="UBND huyện B"))
    service.create(UnitDraft(name="Phòng Nội vụ", parent_id=one))
    service.create(UnitDraft(name="Phòng Nội vụ", parent_id=two))
    rows = [
        ["Phòng Nội vụ", "", "", "", "", "", "", ""],
        ["Tổ 1", "Phòng Nội vụ", "", "", "", "", "", ""],
    ]
    plan = plan_unit_import(db, read_table(sheet(tmp_path / "u.xlsx", rows), UNIT_FIELDS))
    assert [r.problems[0].reason for r in plan.rows] == [
        Reason.AMBIGUOUS_MATCH,
        Reason.PARENT_REJECTED,
    ]


def test_moving_a_unit_under_its_own_child_is_a_cycle(db: Database, tmp_path: Path) -> None:
    service = UnitService(db)
    top = service.create(UnitDraft(name="UBND huyện Tam Đảo", admin_code="255"))
    service.create(UnitDraft(name="UBND xã Đại Đình", parent_id=top))
    rows = [["UBND huyện Tam Đảo", "UBND xã Đại Đình", "255", "", "", "", "", ""]]
    plan = plan_unit_import(db, read_table(sheet(tmp_path / "u.xlsx", rows), UNIT_FIELDS))
    assert plan.rows[0].problems[0].reason is Reason.CYCLE


@pytest.mark.file_only
def test_a_failure_part_way_leaves_the_file_as_it_was(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    UnitService(db).create(UnitDraft(name="Sở Tư pháp"))
    rows = [[f"Đơn vị số {n}", "Sở Tư pháp", "", "", "", f"Người {n}", "", ""] for n in range(1500)]
    plan = plan_unit_import(db, read_table(sheet(tmp_path / "u.xlsx", rows), UNIT_FIELDS))
    before = counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:
            raise KeyboardInterrupt  # the user cancelled, or the machine failed

    with pytest.raises(KeyboardInterrupt):
        apply_unit_import(db, plan, progress=progress, backup_folder=tmp_path)
    assert calls[-1][0] > 0  # it stopped after writing units
    assert counts(db) == before
    assert [r.name for r in units_by_name(db).values()] == ["Sở Tư pháp"]


def test_a_read_only_file_is_refused(fresh_file: Callable[[str], Path], tmp_path: Path) -> None:
    path = fresh_file("ro.idb")
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD), UNIT_FIELDS)
    with open_file(path, readonly=True) as ro:
        plan = plan_unit_import(ro, table)
        with pytest.raises(ReadOnlyFile):
            apply_unit_import(ro, plan)


@pytest.mark.parametrize("suffix", [".xlsx", ".txt"])
def test_the_report_can_be_saved(db: Database, tmp_path: Path, suffix: str) -> None:
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD + BAD, GOOD_FONTS), UNIT_FIELDS)
    plan = plan_unit_import(db, table)
    out = write_report(plan, tmp_path / f"report{suffix}")
    if suffix == ".txt":
        text = out.read_text(encoding="utf-8")
        assert "kiểm tra trước (chưa ghi)" in text
        assert "Không nhập   Phòng Nội vụ — không tìm thấy đơn vị cấp trên" in text
    else:
        from openpyxl import load_workbook

        rows = list(load_workbook(out).active.iter_rows(values_only=True))
        assert rows[1] == ("Dòng", "Tên", "Kết quả", "Chi tiết")
        assert rows[8][:3] == (9, "Phòng Nội vụ", "Không nhập")


# -- people ------------------------------------------------------------------------------

PEOPLE_HEAD = ["Họ và tên", "Ông/Bà", "Chức vụ", "Đơn vị công tác", "Email"]


def test_people_import(db: Database, tmp_path: Path) -> None:
    service = UnitService(db)
    commune = service.create(UnitDraft(name="UBND xã Đại Đình", admin_code="08707"))
    service.create(UnitDraft(name="Sở Nội vụ"))
    with db.sessions.begin() as s:
        s.add(Person(full_name="Nguyễn Văn An", unit_id=commune, job_title="Phó Chủ tịch"))
    rows = [
        ["Nguyễn Văn An", "Ông", "Chủ tịch", "08707", ""],  # found in the unit named by its code
        ["Trần Thị Bình", "Bà", "Giám đốc", "Sở Nội vụ", "binh@snv.gov.vn"],
        ["Lê Văn Cường", "Ngài", "", "Sở Nội vụ", ""],  # unknown honorific
        ["Phạm Thu Dung", "", "", "Sở Ngoại vụ", ""],  # unknown unit
        ["Trần Thị Bình", "", "", "Sở Nội vụ", ""],  # duplicate
        ["", "", "Văn thư", "Sở Nội vụ", ""],  # no name
    ]
    path = sheet(tmp_path / "p.xlsx", [r[:] for r in rows], head=["STT", *PEOPLE_HEAD])
    plan = plan_people_import(db, read_table(path, PEOPLE_FIELDS))
    assert [(r.action, [p.reason for p in r.problems]) for r in plan.rows] == [
        (Action.UPDATE, []),
        (Action.CREATE, []),
        (Action.REJECT, [Reason.UNKNOWN_VALUE]),
        (Action.REJECT, [Reason.UNKNOWN_UNIT]),
        (Action.REJECT, [Reason.DUPLICATE]),
        (Action.REJECT, [Reason.MISSING_NAME]),
    ]
    assert plan.rows[0].changes == ("honorific", "job_title")
    assert plan.reasons(plan.rows[2]) == "“Danh xưng” không nhận giá trị “Ngài” (Ông, Bà, Nam, Nữ)"
    result = apply_people_import(db, plan, skip_rejected=True, backup_folder=tmp_path)
    assert (result.created, result.updated, result.skipped) == (1, 1, 4)
    with db.sessions() as s:
        people = {p.full_name: p for p in s.scalars(select(Person))}
    assert people["Nguyễn Văn An"].job_title == "Chủ tịch"
    assert people["Nguyễn Văn An"].honorific is Honorific.MR
    assert people["Trần Thị Bình"].email == "binh@snv.gov.vn"
    assert people["Trần Thị Bình"].name_fold == "tran thi binh"


@pytest.mark.file_only
def test_an_import_into_a_new_file_made_by_new_file(tmp_path: Path) -> None:
    path = tmp_path / "n.idb"
    new_file(path).close()
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD, GOOD_FONTS), UNIT_FIELDS)
    with open_file(path) as database:
        plan = plan_unit_import(database, table)
        assert all(isinstance(r.record_id, uuid.UUID) for r in plan.rows)
        apply_unit_import(database, plan, backup_folder=tmp_path)
    from inspectdesk.services.files import check_file

    assert check_file(path).healthy


def test_changes_made_after_the_dry_run_are_taken_into_account(
    db: Database, tmp_path: Path
) -> None:
    table = read_table(sheet(tmp_path / "u.xlsx", GOOD, GOOD_FONTS), UNIT_FIELDS)
    plan = plan_unit_import(db, table)
    assert plan.count(Action.CREATE) == 4
    made = UnitService(db).create(UnitDraft(name="UBND huyện Tam Đảo", admin_code="255"))
    result = apply_unit_import(db, plan, backup_folder=tmp_path)
    assert (result.created, result.updated) == (3, 1)
    assert [u.id for u in units_by_name(db).values() if u.name == "UBND huyện Tam Đảo"] == [made]
