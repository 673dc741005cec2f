"""Drawing, reviewing and accepting a plan's sample on a real file (the seed-000 plan)."""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sampling_province import DEPARTMENTS, DISTRICTS, HALF, THIRD, build_province, seed_000_toml
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import Plan, Recommendation, SamplePick, SamplingStratum, Unit, Visit
from inspectdesk.domain.enums import VisitMode, VisitStatus
from inspectdesk.domain.sampling import PickSource, Stratum, Weighting
from inspectdesk.errors import NotFound
from inspectdesk.services.exchange import export_json
from inspectdesk.services.files import open_file
from inspectdesk.services.plan_files import import_plan
from inspectdesk.services.sample_print import write_sample_pdf, write_sample_xlsx
from inspectdesk.services.sampling import (
    AlreadyInSample,
    NoStrata,
    NotInStratum,
    ReasonRequired,
    SamplingService,
)
from inspectdesk.services.units import UnitService

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def _province_template(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, uuid.UUID]]:
    path = tmp_path_factory.mktemp("province") / "province.idb"
    ids = build_province(path)
    return path, ids


@dataclass
class Province:
    db: Database
    ids: dict[str, uuid.UUID]
    plan_id: uuid.UUID
    service: SamplingService

    def names(self, unit_ids: object) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id[u] for u in unit_ids}  # type: ignore[attr-defined]


@pytest.fixture
def province(
    _province_template: tuple[Path, dict[str, uuid.UUID]], tmp_path: Path
) -> Iterator[Province]:
    """The province with the seed-000 plan imported from the example of the docs."""
    template, ids = _province_template
    path = tmp_path / "province.idb"
    shutil.copy(template, path)
    plan_file = tmp_path / "230.toml"
    plan_file.write_text(seed_000_toml(), encoding="utf-8")
    db = open_file(path)
    plan_id = import_plan(db, plan_file).plan_id
    yield Province(db, ids, plan_id, SamplingService(db, today=TODAY))
    db.close()


def current_units(p: Province) -> list[uuid.UUID]:
    return [pick.unit_id for pick in p.service.view(p.plan_id).current()]


# -- the seed-000 plan ---------------------------------------------------------------


def test_seed_000_gives_every_department_every_district_and_rounded_up_communes(
    province: Province,
) -> None:
    result = province.service.draw(province.plan_id)
    assert result.seed == 2021  # the seed of the file
    picked = [unit.unit for unit in result.units]
    assert len(picked) == len(set(picked))
    assert {u.unit for u in result.units if u.stratum == 0} == set(DEPARTMENTS)
    assert {u.unit for u in result.units if u.stratum == 1} == set(DISTRICTS)
    per_district = Counter(u.parent for u in result.units if u.stratum in (2, 3))
    for district in HALF:
        assert per_district[district] == -(-len(DISTRICTS[district]) // 2), district
    for district in THIRD:
        assert per_district[district] == -(-len(DISTRICTS[district]) * 3 // 10), district
    assert {per_district[d] for d in THIRD} == {2}
    assert [per_district[d] for d in HALF] == [4, 4, 3, 3]
    assert all(u.parent in HALF for u in result.units if u.stratum == 2)
    assert all(u.parent in THIRD for u in result.units if u.stratum == 3)
    assert "Trường THCS Vĩnh Yên" not in picked and "Trạm y tế phường Liên Bảo" not in picked
    assert len(picked) == 12 + 9 + 14 + 10
    parts = result.parts
    assert [(p.stratum, p.population, p.target, p.selected) for p in parts[:4]] == [
        (0, 12, 12, 12),
        (1, 9, 9, 9),
        (2, 8, 4, 4),
        (2, 7, 4, 4),
    ]


def test_the_same_seed_gives_the_same_sample_and_another_seed_another(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    first = [u.unit_id for u in service.draw(plan_id).units]
    assert [u.unit_id for u in service.draw(plan_id).units] == first
    assert [u.unit_id for u in service.draw(plan_id, 2021, store=False).units] == first
    other = [u.unit_id for u in service.draw(plan_id, 77).units]
    communes = set(first[21:])
    assert set(other[:21]) == set(first[:21])  # 100% strata are the same whatever the seed
    assert set(other[21:]) != communes
    with province.db.sessions() as s:
        assert s.get(Plan, plan_id).sampling_seed == 77  # the seed used is stored


def test_a_plan_without_a_seed_gets_a_random_one_stored(province: Province) -> None:
    with province.db.sessions.begin() as s:
        s.get(Plan, province.plan_id).sampling_seed = None
    result = province.service.draw(province.plan_id)
    with province.db.sessions() as s:
        assert s.get(Plan, province.plan_id).sampling_seed == result.seed
    assert [u.unit_id for u in province.service.draw(province.plan_id).units] == [
        u.unit_id for u in result.units
    ]


def test_a_dry_run_writes_nothing(province: Province) -> None:
    with province.db.sessions() as s:
        before = s.scalar(select(func.count()).select_from(SamplePick))
    province.service.draw(province.plan_id, 5, store=False)
    with province.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SamplePick)) == before == 0
        assert s.get(Plan, province.plan_id).sampling_seed == 2021


def test_a_plan_without_strata_is_refused(province: Province) -> None:
    province.service.set_strata(province.plan_id, [])
    with pytest.raises(NoStrata):
        province.service.draw(province.plan_id)
    with pytest.raises(NotFound):
        province.service.draw(uuid.uuid4())


def test_deleted_units_are_never_drawn(province: Province) -> None:
    gone = ("UBND phường Tích Sơn", "UBND huyện Tam Dương")
    UnitService(province.db).set_deleted([province.ids[n] for n in gone], True)
    province.service.set_strata(province.plan_id, [Stratum(percent=100)])
    province.service.draw(province.plan_id)
    picked = province.names(current_units(province))
    assert not picked & set(gone)
    assert not picked & set(DISTRICTS["UBND huyện Tam Dương"])  # under a deleted unit
    assert "UBND phường Liên Bảo" in picked


def test_a_new_draw_replaces_the_draft_and_undo_brings_it_back(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    first = service.draw(plan_id)
    second = service.draw(plan_id, 99)
    assert current_units(province) == [u.unit_id for u in second.units]
    assert second.change is not None and set(second.change.trashed) == set(first.change.created)  # type: ignore[union-attr]
    service.revert(second.change)
    assert current_units(province) == [u.unit_id for u in first.units]
    with province.db.sessions() as s:
        assert s.get(Plan, plan_id).sampling_seed == 2021
    service.reapply(second.change)
    assert current_units(province) == [u.unit_id for u in second.units]


# -- the review ------------------------------------------------------------------------


def test_a_swap_needs_a_reason_and_a_unit_of_the_same_share(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    service.draw(plan_id)
    view = service.view(plan_id)
    pick = next(p for p in view.current() if p.parent == "UBND huyện Sông Lô")
    choices = service.candidates(pick.id)
    assert {c.unit for c in choices} == set(DISTRICTS["UBND huyện Sông Lô"])
    assert sum(c.in_sample for c in choices) == 3
    free = next(c for c in choices if not c.in_sample)
    taken = next(c for c in choices if c.in_sample and c.unit_id != pick.unit_id)
    with pytest.raises(ReasonRequired):
        service.swap(pick.id, free.unit_id, "  \n ")
    with pytest.raises(AlreadyInSample):
        service.swap(pick.id, taken.unit_id, "Đã có")
    with pytest.raises(NotInStratum):
        service.swap(pick.id, province.ids["Trường THCS Vĩnh Yên"], "Khác huyện")
    assert service.view(plan_id) == view  # refusals changed nothing
    change = service.swap(pick.id, free.unit_id, "Đơn vị đang sáp nhập địa giới hành chính")
    after = service.view(plan_id)
    out = next(p for p in after.picks if p.id == pick.id)
    new = next(p for p in after.picks if p.id == change.created[0])
    assert out.removed and out.reason == "Đơn vị đang sáp nhập địa giới hành chính"
    assert (new.unit, new.source, new.replaced_unit) == (
        free.unit,
        PickSource.SWAPPED_IN,
        pick.unit,
    )
    assert new.reason == out.reason and new.stratum == pick.stratum == 2
    assert len(after.current()) == len(view.current())
    sông_lô = next(p for p in after.parts if p.under == "UBND huyện Sông Lô")
    assert (sông_lô.population, sông_lô.target, sông_lô.selected) == (5, 3, 3)
    service.revert(change)
    assert service.view(plan_id).current() == view.current()
    service.reapply(change)
    assert service.view(plan_id).picks == after.picks


def test_add_and_remove_by_hand_with_optional_reasons(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    service.draw(plan_id)
    school = province.ids["Trường THCS Vĩnh Yên"]
    added = service.add(plan_id, school)
    with pytest.raises(AlreadyInSample):
        service.add(plan_id, school, "lần nữa")
    view = service.view(plan_id)
    row = next(p for p in view.current() if p.unit_id == school)
    assert (row.source, row.stratum, row.reason) == (PickSource.ADDED, None, "")
    assert service.candidates(row.id)  # a hand-added unit may be swapped for any unit
    first = view.current()[0]
    removed = service.remove(first.id, "Vừa kiểm tra tháng trước")
    again = service.view(plan_id)
    assert first.unit_id not in [p.unit_id for p in again.current()]
    assert next(p for p in again.picks if p.id == first.id).reason == "Vừa kiểm tra tháng trước"
    with pytest.raises(NotFound):
        service.remove(first.id)
    service.revert(removed)
    service.revert(added)
    assert school not in current_units(province) and first.unit_id in current_units(province)


def test_accept_creates_planned_visits_once(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    service.draw(plan_id)
    sample = current_units(province)
    with province.db.sessions.begin() as s:
        s.add(Visit(plan_id=plan_id, unit_id=sample[0], status=VisitStatus.SIGNED))
    result = service.accept(plan_id)
    assert (len(result.created), result.skipped) == (len(sample) - 1, 1)
    assert service.accept(plan_id).created == ()
    with province.db.sessions() as s:
        visits = s.scalars(select(Visit).where(Visit.plan_id == plan_id)).all()
    assert sorted(Counter(v.unit_id for v in visits).values()) == [1] * len(sample)
    made = [v for v in visits if v.id in result.created]
    assert all(v.status is VisitStatus.PLANNED and v.mode is VisitMode.ANNOUNCED for v in made)
    assert all(p.visited for p in service.view(plan_id).current())


def test_changed_strata_make_the_sample_stale(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    service.draw(plan_id)
    assert not service.view(plan_id).stale
    strata = service.strata(plan_id)
    assert not service.set_strata(plan_id, strata)  # the same strata: nothing written
    service.set_strata(plan_id, [*strata[:3], Stratum(count=1)])
    assert service.view(plan_id).stale
    service.draw(plan_id)
    assert not service.view(plan_id).stale


# -- weighting -------------------------------------------------------------------------


def test_weights_prefer_units_not_inspected_and_with_overdue_recommendations(
    province: Province,
) -> None:
    service, plan_id, ids = province.service, province.plan_id, province.ids
    recent, overdue = ids["UBND phường Tích Sơn"], ids["UBND phường Liên Bảo"]
    with province.db.sessions.begin() as s:
        s.add(
            Visit(
                unit_id=recent,
                status=VisitStatus.SIGNED,
                actual_start=datetime(2026, 9, 1, 2, 0, tzinfo=UTC),
            )
        )
        old = Visit(unit_id=overdue, status=VisitStatus.SIGNED, scheduled_on=date(2024, 5, 6))
        s.add(old)
        s.flush()
        s.add(Recommendation(visit_id=old.id, text="Niêm yết thủ tục", deadline=date(2025, 1, 1)))
    service.set_strata(plan_id, [Stratum(under=(ids["UBND thành phố Vĩnh Yên"],), count=2)])
    weighting = Weighting(not_inspected_months=12, not_inspected_factor=3.0, overdue_factor=2.0)
    result = service.draw(plan_id, 1, weighting)
    drawn = result.units[0]
    choices = {
        c.unit: c.weight
        for c in service.candidates(service.view(plan_id).current()[0].id, weighting)
    }
    assert choices["UBND phường Tích Sơn"] == 1.0  # inspected in September
    assert choices["UBND phường Liên Bảo"] == 6.0  # not for 2 years, and overdue
    assert choices["UBND phường Hội Hợp"] == 3.0  # never inspected
    assert drawn.weight == choices[drawn.unit]
    counts = Counter(
        u.unit
        for seed in range(150)
        for u in service.draw(plan_id, seed, weighting, store=False).units
    )
    assert counts["UBND phường Liên Bảo"] > counts["UBND phường Tích Sơn"] * 3


# -- what a reviewer keeps -------------------------------------------------------------


def test_the_sample_list_prints_to_xlsx_and_pdf(province: Province, tmp_path: Path) -> None:
    service, plan_id = province.service, province.plan_id
    service.draw(plan_id)
    view = service.view(plan_id)
    pick = next(p for p in view.current() if p.parent == "UBND huyện Tam Đảo")
    free = next(c for c in service.candidates(pick.id) if not c.in_sample)
    service.swap(pick.id, free.unit_id, "Trụ sở đang sửa chữa")
    view = service.view(plan_id)
    assert write_sample_xlsx(view, tmp_path / "mẫu.xlsx") == 45
    sheet = load_workbook(tmp_path / "mẫu.xlsx").active
    cells = list(sheet.iter_rows(values_only=True))
    assert "230/KH-UBND" in str(cells[0][0])
    assert cells[1][:3] == ("STT", "Đơn vị", "Đơn vị cấp trên")
    assert any(row[1] == free.unit and "Thay cho" in str(row[6]) for row in cells)
    assert any(str(row[1]).startswith("Đã bỏ khỏi mẫu") for row in cells)
    assert write_sample_pdf(view, tmp_path / "mẫu.pdf") == 45
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "mẫu.pdf").pages)
    for phrase in (
        "DANH SÁCH ĐƠN VỊ ĐƯỢC CHỌN KIỂM TRA",
        "Sở Tư pháp",
        free.unit,
        "Trụ sở đang sửa chữa",
    ):
        assert phrase in text


def test_the_json_export_carries_the_sample(province: Province, tmp_path: Path) -> None:
    import json

    province.service.draw(province.plan_id)
    export_json(province.db, tmp_path / "all.json")
    tables = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["tables"]
    assert len(tables["sample_pick"]) == 45
    assert {row["source"] for row in tables["sample_pick"]} == {"drawn"}
    with province.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SamplingStratum)) == 11
        assert s.scalar(select(func.count()).select_from(Unit)) == len(province.ids)


def test_overlapping_strata_select_a_unit_once(province: Province) -> None:
    service, plan_id = province.service, province.plan_id
    strata = service.strata(plan_id)
    service.set_strata(
        plan_id, [*strata, strata[2], Stratum(under=(province.ids[HALF[0]],), percent=100)]
    )
    result = service.draw(plan_id)
    ids = [u.unit_id for u in result.units]
    assert len(ids) == len(set(ids))
    communes = set(DISTRICTS[HALF[0]])
    twice = {u.unit for u in result.units if u.stratum == 4 and u.parent == HALF[0]}
    assert len(twice) == 4 and not twice & {u.unit for u in result.units if u.stratum == 2}
    rest = {u.unit for u in result.units if u.stratum == 5}
    assert rest == {"Trường THCS Vĩnh Yên", "Trạm y tế phường Liên Bảo"}  # all else was taken
    assert communes <= {u.unit for u in result.units}
    last = next(p for p in result.parts if p.stratum == 5)
    assert (last.population, last.target, last.selected) == (10, 10, 2)
