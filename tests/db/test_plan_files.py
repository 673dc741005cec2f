"""Plans as TOML files: the documented example, round trips, names, and errors with lines."""

from __future__ import annotations

import shutil
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from sampling_province import build_province, seed_000_toml
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import Plan, SamplingStratum, Unit, UnitKind
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.plan_files import PlanFileError, export_plan, import_plan
from inspectdesk.services.plans import PlanDraft, PlanService
from inspectdesk.services.sampling import SamplingService
from inspectdesk.services.strata import Names, read_strata


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("province") / "province.idb"
    build_province(path)
    return path


@pytest.fixture
def db(_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "province.idb"
    shutil.copy(_template, path)
    with open_file(path) as database:
        yield database


def write(tmp_path: Path, text: str, name: str = "plan.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def plan_count(db: Database) -> tuple[int, int]:
    with db.sessions() as s:
        plans = s.scalar(select(func.count()).select_from(Plan).where(Plan.deleted.is_(False)))
        strata = s.scalar(select(func.count()).select_from(SamplingStratum))
    return plans or 0, strata or 0


def refused(db: Database, path: Path) -> PlanFileError:
    before = plan_count(db)
    with pytest.raises(PlanFileError) as caught:
        import_plan(db, path)
    assert plan_count(db) == before  # all or nothing
    return caught.value


def test_the_documented_example_imports(db: Database, tmp_path: Path) -> None:
    result = import_plan(db, write(tmp_path, seed_000_toml()))
    assert (result.number, result.strata) == ("230/KH-UBND", 4)
    draft, _ = PlanService(db).draft(result.plan_id)
    assert draft.issuer == "UBND tỉnh Vĩnh Phúc"
    assert (draft.issued_on, draft.start_on, draft.end_on) == (
        date(2021, 10, 28),
        date(2021, 11, 1),
        date(2021, 12, 31),
    )
    assert draft.checklist_id is not None
    view = SamplingService(db).view(result.plan_id)
    assert view.seed == 2021
    assert [len(s.under) for s in view.strata] == [1, 1, 4, 5]
    assert [s.rule.percent for s in view.strata] == [100, 100, 50, 30]
    assert view.strata[2].label.startswith("50% UBND cấp xã thuộc UBND thành phố Vĩnh Yên")
    with db.sessions() as s:  # one row per ancestor, the label on the first of each stratum
        rows = s.scalars(select(SamplingStratum).order_by(SamplingStratum.position)).all()
    assert len(rows) == 11 and sum(bool(r.label) for r in rows) == 4


def test_export_then_import_gives_the_same_plan_and_strata(db: Database, tmp_path: Path) -> None:
    text = seed_000_toml().replace(
        "seed = 2021", 'seed = 7\nlegal_basis = """\nCăn cứ A;\nCăn cứ "B" \\\\ C"""'
    )
    text += '\n[[sample]]\nlevel = "Xã"\ncount = 3\nlabel = "03 đơn vị cấp xã bất kỳ"\n'
    first = import_plan(db, write(tmp_path, text))
    out = export_plan(db, first.plan_id, tmp_path / "out.toml")
    exported = out.read_text(encoding="utf-8")
    assert 'label = "03 đơn vị cấp xã bất kỳ"' in exported and exported.count("label") == 1
    second = import_plan(
        db, write(tmp_path, exported.replace("230/KH-UBND", "231/KH-UBND"), "b.toml")
    )
    service = PlanService(db)
    a, b = service.draft(first.plan_id)[0], service.draft(second.plan_id)[0]
    for field in fields(PlanDraft):
        if field.name != "number":
            assert getattr(a, field.name) == getattr(b, field.name), field.name
    assert a.legal_basis == 'Căn cứ A;\nCăn cứ "B" \\ C'
    sampling = SamplingService(db)
    assert sampling.strata(first.plan_id) == sampling.strata(second.plan_id)
    assert len(sampling.strata(first.plan_id)) == 5
    assert export_plan(db, second.plan_id, tmp_path / "again.toml").read_text(
        encoding="utf-8"
    ) == exported.replace("230/KH-UBND", "231/KH-UBND")


def test_the_demo_plans_export_and_import_back(tmp_path: Path) -> None:
    build_demo(tmp_path / "demo.idb", today=date(2026, 11, 20))
    with open_file(tmp_path / "demo.idb") as db:
        with db.sessions() as s:
            plan = s.scalars(select(Plan).where(Plan.number == "230/KH-UBND")).one()
            names = Names.load(s)
            strata = [rule for rule, _ in read_strata(s, plan.id, names)]
        assert len(strata) == 11  # older files: one labelled row per ancestor, one stratum each
        assert strata[2].label == "50% đơn vị cấp xã thuộc thành phố Vĩnh Yên"
        text = export_plan(db, plan.id, tmp_path / "covid.toml").read_text(encoding="utf-8")
        again = import_plan(db, write(tmp_path, text.replace("230/KH-UBND", "230b/KH-UBND")))
        assert SamplingService(db).strata(again.plan_id) == strata


def test_names_match_ignoring_case_spaces_and_unicode_form(db: Database, tmp_path: Path) -> None:
    text = (
        seed_000_toml()
        .replace('"UBND huyện Tam Đảo"', '"  ubnd HUYỆN   tam đảo "')
        .replace(
            '"UBND huyện Lập Thạch"',
            '"' + unicodedata.normalize("NFD", "UBND huyện Lập Thạch") + '"',
        )
    )
    text = text.replace('"UBND huyện Yên Lạc"', '"UBND huyen Yen Lac"')  # tone-blind, unambiguous
    text = text.replace('kind = "UBND cấp huyện"', 'kind = "ubnd cap huyen"')
    plan_id = import_plan(db, write(tmp_path, text)).plan_id
    view = SamplingService(db).view(plan_id)
    assert view.strata[3].under[:2] == ("UBND huyện Tam Đảo", "UBND huyện Lập Thạch")
    assert view.strata[3].under[3] == "UBND huyện Yên Lạc"
    assert view.strata[1].kind == "UBND cấp huyện"


def test_tone_blind_matches_must_be_unambiguous(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        province = s.scalars(select(Unit).where(Unit.name == "UBND tỉnh Vĩnh Phúc")).one()
        s.add(Unit(name="UBND huyện Tam Dao", parent_id=province.id))  # folds like Tam Đảo
    exact = import_plan(db, write(tmp_path, seed_000_toml()))  # written with tones: exact
    assert SamplingService(db).view(exact.plan_id).strata[3].under[0] == "UBND huyện Tam Đảo"
    text = (
        seed_000_toml()
        .replace("230/", "231/")
        .replace('"UBND huyện Tam Đảo"', '"ubnd huyen tam dao"')
    )
    error = refused(db, write(tmp_path, text))
    assert error.params["line"] == 34
    assert "có 2 đơn vị cùng tên “ubnd huyen tam dao”" in error.describe("vi")


def test_units_of_the_same_name_are_told_apart_by_a_path(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        units = {u.name: u for u in s.scalars(select(Unit))}
        for district in ("UBND huyện Vĩnh Tường", "UBND huyện Yên Lạc"):
            s.add(Unit(name="UBND xã Tân Tiến", parent_id=units[district].id))
    base = seed_000_toml() + '\n[[sample]]\ncount = 1\nunder = ["{}"]\n'
    error = refused(db, write(tmp_path, base.format("UBND xã Tân Tiến")))
    assert error.params["line"] == 44 and "Cấp trên > Tên" in error.describe("vi")
    path = "UBND tỉnh Vĩnh Phúc > UBND huyện Yên Lạc > ubnd xa tan tien"
    plan_id = import_plan(db, write(tmp_path, base.format(path))).plan_id
    exported = export_plan(db, plan_id, tmp_path / "out.toml").read_text(encoding="utf-8")
    assert 'under = ["UBND huyện Yên Lạc > UBND xã Tân Tiến"]' in exported
    copy = import_plan(db, write(tmp_path, exported.replace("230/", "232/"), "c.toml"))
    assert SamplingService(db).strata(copy.plan_id) == SamplingService(db).strata(plan_id)


LINE_CASES = [
    # (what to change in the example, line, phrase of the Vietnamese message)
    (
        ('"UBND huyện Sông Lô"', '"UBND huyện Sông Lôô"'),
        27,
        "không có đơn vị nào tên “UBND huyện Sông Lôô”",
    ),
    (('kind = "UBND cấp huyện"', 'kind = "UBND cấp quận"'), 17, "không có loại đơn vị nào"),
    (("percent = 30", "percent = 30\ncount = 2"), 41, "không ghi cả hai"),
    (("percent = 50\n", ""), 21, "thiếu “percent” hoặc “count”"),
    (("percent = 30", "percent = 130"), 40, "từ 0 đến 100"),
    (
        ("percent = 100\n\n[[sample]]  # stratum 1", "count = -1\n\n[[sample]]  # stratum 1"),
        14,
        "không âm",
    ),
    (("percent = 30", "precent = 30"), 40, "khóa lạ “precent”"),
    (("percent = 30", "percent = 30\n\n[plan]\nfoo = 1"), 42, "khóa lạ “plan”"),
    (("issuer =", "issuer_name ="), 4, "khóa lạ “issuer_name”"),
    (("start = 2021-11-01", 'start = "31/11/2021"'), 6, "không phải ngày hợp lệ"),
    (("end = 2021-12-31", "end = 2021-12-31T08:00:00"), 7, "chỉ ghi ngày"),
    (("end = 2021-12-31", "end = 2021-10-31"), 7, "trước ngày bắt đầu"),
    (("issued = 2021-10-28", "issued = 2021-13-28"), 5, "sai cú pháp TOML"),
    (("seed = 2021", "seed = -4"), 9, "“seed” phải là số nguyên"),
    (('checklist = "Kiểm tra', 'checklist = "Kiểm traa'), 8, "không có bộ nội dung kiểm tra nào"),
    (('title = "Kế hoạch', 'titel = "Kế hoạch'), 3, "khóa lạ “titel”"),
    (
        (
            'under = ["UBND tỉnh Vĩnh Phúc"]\npercent = 100\n\n[[sample]]  # stratum 1',
            'under = "UBND tỉnh Vĩnh Phúc"\npercent = 100\n\n[[sample]]  # stratum 1',
        ),
        0,
        "",
    ),
]


@pytest.mark.parametrize(("change", "line", "phrase"), LINE_CASES)
def test_problems_name_their_line_and_write_nothing(
    db: Database, tmp_path: Path, change: tuple[str, str], line: int, phrase: str
) -> None:
    text = seed_000_toml()
    assert change[0] in text
    text = text.replace(change[0], change[1], 1)
    if not phrase:  # a single name is taken for a list of one
        assert import_plan(db, write(tmp_path, text)).strata == 4
        return
    error = refused(db, write(tmp_path, text))
    assert error.params["line"] == line, error.describe("vi")
    message = error.describe("vi")
    assert phrase in message and f"dòng {line}:" in message and "Chưa có gì được ghi" in message
    assert f"line {line}:" in error.describe("en")


def test_a_missing_title_a_taken_number_and_a_bad_file(db: Database, tmp_path: Path) -> None:
    lines = seed_000_toml().splitlines()
    no_title = "\n".join(line for line in lines if not line.startswith("title"))
    assert "thiếu tên kế hoạch" in refused(db, write(tmp_path, no_title)).describe("vi")
    import_plan(db, write(tmp_path, seed_000_toml()))
    taken = refused(db, write(tmp_path, seed_000_toml()))
    assert taken.params["line"] == 2 and "đã có kế hoạch số" in taken.describe("vi")
    binary = tmp_path / "bad.toml"
    binary.write_bytes('title = "Kế hoạch"\n'.encode("cp1258", errors="replace") + b"\xff\xfe")
    assert "UTF-8" in refused(db, binary).describe("vi")


def test_an_error_in_the_last_table_writes_nothing(db: Database, tmp_path: Path) -> None:
    text = seed_000_toml() + '\n[[sample]]\nkind = "Trường mầm non"\ncount = 1\n'
    assert refused(db, write(tmp_path, text)).params["line"] == 43
    with db.sessions() as s:
        assert s.scalars(select(UnitKind).where(UnitKind.name == "Trường mầm non")).first() is None


def test_export_refuses_an_unknown_plan(db: Database, tmp_path: Path) -> None:
    from inspectdesk.errors import NotFound

    with pytest.raises(NotFound):
        export_plan(db, uuid.uuid4(), tmp_path / "x.toml")
    assert not (tmp_path / "x.toml").exists()
