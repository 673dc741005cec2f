"""Team packages: a plan with what its team needs, merged back; bad packages refused."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspectdesk.cli import main
from inspectdesk.db.models import ChangeLogEntry, Finding, Plan, Unit, Visit
from inspectdesk.domain.enums import FindingKind
from inspectdesk.errors import FileAlreadyExists
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import check_file, open_file
from inspectdesk.services.merge import merge_files
from inspectdesk.services.packages import BadPackage, export_package, open_package, read_manifest

PLAN = "230/KH-UBND"


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("origin") / "demo.idb"
    build_demo(path, today=date(2026, 11, 20))
    return path


@pytest.fixture
def full(origin: Path, tmp_path: Path) -> Path:
    path = tmp_path / "toàn bộ.idb"
    shutil.copy(origin, path)
    return path


def plan_id(path: Path) -> object:
    with open_file(path, readonly=True) as db, db.sessions() as s:
        return s.scalar(select(Plan.id).where(Plan.number == PLAN))


def package_of(full: Path, tmp_path: Path) -> Path:
    with open_file(full, readonly=True) as db:
        summary = export_package(db, plan_id(full), tmp_path / "goi.idp")  # type: ignore[arg-type]
    assert summary.rows["visit"] > 0
    return summary.path


def test_a_package_holds_the_plan_and_what_it_needs_only(full: Path, tmp_path: Path) -> None:
    package = package_of(full, tmp_path)
    manifest = read_manifest(package)
    assert manifest["plan"].startswith(PLAN)
    team = open_package(package, tmp_path / "doan.idb")
    assert check_file(team).healthy  # every reference resolves
    with open_file(full, readonly=True) as db, db.sessions() as s:
        pid = s.scalar(select(Plan.id).where(Plan.number == PLAN))
        expected = s.scalar(select(func.count()).where(Visit.plan_id == pid))
    with open_file(team, readonly=True) as db, db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 1
        assert s.scalar(select(func.count()).select_from(Visit)) == expected
        units = {u.id: u for u in s.query(Unit)}
        for unit in units.values():  # every unit's ancestors came along
            assert unit.parent_id is None or unit.parent_id in units
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) > 0


def test_the_teams_work_merges_back_without_conflicts(full: Path, tmp_path: Path) -> None:
    team = open_package(package_of(full, tmp_path), tmp_path / "doan.idb")
    with open_file(team, backup_folder=tmp_path / "bk") as db, db.sessions.begin() as s:
        visit = s.scalars(select(Visit)).first()
        assert visit is not None
        s.add(Finding(visit_id=visit.id, kind=FindingKind.SHORTCOMING, text="Ghi ở đoàn"))
    report = merge_files(full, team, backup_folder=tmp_path / "bk")
    assert not report.conflicts and report.added["finding"] == 1
    assert dict(report.added) == {"finding": 1}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


MANIFEST = json.dumps({"format": "inspectdesk-package", "version": 1}).encode()


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"manifest.json": MANIFEST, "data.idb": b"x", "../thoat.txt": b"x"}, "không hợp lệ"),
        ({"manifest.json": MANIFEST, "/etc/passwd": b"x"}, "không hợp lệ"),
        ({"manifest.json": MANIFEST, "data.idb": b"x", "virus.exe": b"MZ"}, "không hợp lệ"),
        ({"manifest.json": MANIFEST}, "thiếu"),
        ({"manifest.json": b"{not json", "data.idb": b"x"}, "hỏng"),
        ({"manifest.json": b'{"format": "other"}', "data.idb": b"x"}, "không phải gói"),
        ({"manifest.json": MANIFEST, "data.idb": b"\0" * 5_000_000}, "quá lớn"),
        ({"manifest.json": MANIFEST, "data.idb": b"SQLite format 3\0 but not really"}, "hỏng"),
    ],
)
def test_hostile_or_broken_packages_are_refused(
    members: dict[str, bytes], words: str, tmp_path: Path
) -> None:
    folder = tmp_path / "thu"
    folder.mkdir()
    package = _zip(folder / "la.idp", members)
    with pytest.raises(BadPackage) as caught:
        open_package(package, folder / "ra.idb")
    assert words in caught.value.describe("vi")
    assert sorted(p.name for p in folder.iterdir()) == ["la.idp"]  # nothing left behind


def test_not_a_zip_and_an_existing_target_are_refused(full: Path, tmp_path: Path) -> None:
    text = tmp_path / "thu.idp"
    text.write_text("xin chào", encoding="utf-8")
    with pytest.raises(BadPackage, match="not a package"):
        open_package(text, tmp_path / "ra.idb")
    package = package_of(full, tmp_path)
    with pytest.raises(FileAlreadyExists):
        open_package(package, full)
    assert zipfile.is_zipfile(io.BytesIO(package.read_bytes()))


def test_command_line_package_and_unpack(full: Path, tmp_path: Path) -> None:
    package = tmp_path / "goi.idp"
    assert main(["package", str(full), "--plan", PLAN, "-o", str(package)]) == 0
    assert main(["unpack", str(package), "-o", str(tmp_path / "doan.idb")]) == 0
    assert main(["unpack", str(package), "-o", str(tmp_path / "doan.idb")]) == 1
    assert main(["unpack", str(full), "-o", str(tmp_path / "khac.idb")]) == 1
