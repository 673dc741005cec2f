"""Stratified sampling without a database: rounding, shares, overlaps, seeds, weights."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from inspectdesk.domain.sampling import (
    Candidate,
    Stratum,
    UnitFacts,
    Weighting,
    draw,
    expand,
    months_before,
    target_size,
    unit_weight,
)

KIND_DISTRICT, KIND_COMMUNE, KIND_SCHOOL = (uuid.uuid4() for _ in range(3))
LEVEL_X = uuid.uuid4()


def tree(sizes: list[int]) -> tuple[list[Candidate], Candidate, list[Candidate]]:
    """A province with one district per size, each with that many communes (and a school)."""
    province = Candidate(uuid.uuid4())
    units = [province]
    districts = []
    for size in sizes:
        district = Candidate(uuid.uuid4(), province.id, KIND_DISTRICT)
        districts.append(district)
        units.append(district)
        units += [Candidate(uuid.uuid4(), district.id, KIND_COMMUNE, LEVEL_X) for _ in range(size)]
        units.append(Candidate(uuid.uuid4(), district.id, KIND_SCHOOL, LEVEL_X))
    return units, province, districts


def children(units: list[Candidate], parent: Candidate, kind: uuid.UUID) -> set[uuid.UUID]:
    return {u.id for u in units if u.parent_id == parent.id and u.kind_id == kind}


@pytest.mark.parametrize(
    ("percent", "population", "expected"),
    [
        (50, 7, 4),
        (50, 8, 4),
        (30, 10, 3),  # exactly 3: never 4 through floating point
        (30, 5, 2),
        (30, 6, 2),
        (10, 30, 3),
        (33.33, 3, 1),
        (0.5, 1, 1),
        (100, 12, 12),
        (0, 9, 0),
        (70, 0, 0),
    ],
)
def test_percentages_round_up(percent: float, population: int, expected: int) -> None:
    assert target_size(Stratum(percent=percent), population) == expected


def test_counts_are_capped_at_the_population() -> None:
    assert target_size(Stratum(count=2), 5) == 2
    assert target_size(Stratum(count=8), 5) == 5
    units, _, districts = tree([3, 6])
    selection = draw(units, [Stratum(kind_id=KIND_COMMUNE, under=(districts[0].id,), count=5)], 1)
    assert len(selection.picks) == 3
    assert selection.outcomes[0].target == 3


@pytest.mark.parametrize(
    "arguments",
    [{}, {"percent": 10, "count": 1}, {"percent": 101}, {"percent": -1}, {"count": -2}],
)
def test_a_stratum_takes_one_valid_amount(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Stratum(**arguments)  # type: ignore[arg-type]


def test_each_ancestor_is_its_own_stratum() -> None:
    units, _, districts = tree([8, 7, 1])
    rule = Stratum(kind_id=KIND_COMMUNE, under=tuple(d.id for d in districts), percent=50)
    parts = expand([rule, Stratum(count=1)])
    assert [(p.index, p.stratum, p.under) for p in parts] == [
        (0, 0, districts[0].id),
        (1, 0, districts[1].id),
        (2, 0, districts[2].id),
        (3, 1, None),
    ]
    selection = draw(units, [rule], seed=5)
    per_district = Counter(
        next(d.id for d in districts if pick.unit_id in children(units, d, KIND_COMMUNE))
        for pick in selection.picks
    )
    assert [per_district[d.id] for d in districts] == [4, 4, 1]  # not 50% of 16 overall
    assert {pick.stratum for pick in selection.picks} == {0}
    assert [o.target for o in selection.outcomes] == [4, 4, 1]


def test_kind_level_and_descendants_at_any_depth_but_not_the_ancestor() -> None:
    units, province, districts = tree([2, 3])
    everything = draw(units, [Stratum(under=(province.id,), percent=100)], 0)
    assert province.id not in everything.unit_ids()
    assert len(everything.picks) == len(units) - 1
    by_level = draw(units, [Stratum(level_id=LEVEL_X, under=(province.id,), percent=100)], 0)
    assert len(by_level.picks) == 2 + 3 + 2  # communes and schools
    communes = draw(units, [Stratum(kind_id=KIND_COMMUNE, level_id=LEVEL_X, percent=100)], 0)
    assert set(communes.unit_ids()) == children(units, districts[0], KIND_COMMUNE) | children(
        units, districts[1], KIND_COMMUNE
    )


def test_the_same_seed_gives_the_same_sample_whatever_the_order_of_the_units() -> None:
    units, province, _ = tree([20, 20, 20])
    strata = [Stratum(kind_id=KIND_COMMUNE, under=(province.id,), percent=30)]
    first = draw(units, strata, seed=2021)
    shuffled = list(units)
    random.Random(4).shuffle(shuffled)
    assert draw(shuffled, strata, seed=2021).picks == first.picks
    others = {tuple(sorted(draw(units, strata, seed=s).unit_ids())) for s in range(2022, 2027)}
    assert tuple(sorted(first.unit_ids())) not in others
    assert len(others) == 5


def test_overlapping_strata_never_pick_a_unit_twice() -> None:
    units, province, districts = tree([6])
    communes = children(units, districts[0], KIND_COMMUNE)
    strata = [
        Stratum(kind_id=KIND_COMMUNE, under=(districts[0].id,), percent=50),
        Stratum(kind_id=KIND_COMMUNE, under=(province.id,), percent=50),  # the same six
        Stratum(kind_id=KIND_COMMUNE, percent=100),
    ]
    selection = draw(units, strata, seed=3)
    picked = selection.unit_ids()
    assert len(picked) == len(set(picked)) == 6
    assert set(picked) == communes
    first, second, third = selection.outcomes
    assert (first.target, first.taken, first.available) == (3, 3, 6)
    assert (second.target, second.taken, second.available) == (3, 3, 3)  # drew from the rest
    assert (third.target, third.taken, third.shortfall) == (6, 0, 6)
    assert {p.unit_id for p in selection.picks if p.stratum == 0} <= communes


def test_deleted_units_and_units_under_them_are_never_picked() -> None:
    units, province, districts = tree([4, 4])
    gone = next(u for u in units if u.parent_id == districts[1].id)
    trashed = (districts[0].id, gone.id)
    kept = [replace(u, deleted=True) if u.id in trashed else u for u in units]
    selection = draw(kept, [Stratum(under=(province.id,), percent=100)], 9)
    picked = set(selection.unit_ids())
    assert districts[0].id not in picked and gone.id not in picked
    assert not picked & {u.id for u in units if u.parent_id == districts[0].id}
    assert districts[1].id in picked


def test_a_heavy_unit_is_picked_far_more_often_and_a_weightless_one_never() -> None:
    units, _, districts = tree([10])
    pool = sorted(children(units, districts[0], KIND_COMMUNE), key=lambda u: u.bytes)
    heavy, weightless = pool[3], pool[7]
    weights = {heavy: 20.0, weightless: 0.0}
    strata = [Stratum(kind_id=KIND_COMMUNE, count=2)]
    counts: Counter[uuid.UUID] = Counter()
    for seed in range(300):
        selection = draw(units, strata, seed, weights)
        counts.update(selection.unit_ids())
        assert all(p.weight == weights.get(p.unit_id, 1.0) for p in selection.picks)
    assert counts[weightless] == 0
    assert counts[heavy] > 250  # ~20/29 for the first place alone, more with the second
    plain = Counter(u for s in range(300) for u in draw(units, strata, s).unit_ids())
    assert plain[heavy] < 120  # without weights every commune has about 2 in 10
    everyone = draw(units, [Stratum(kind_id=KIND_COMMUNE, percent=100)], 1, weights)
    assert weightless in everyone.unit_ids()  # taken when nobody else is left


def test_weights_follow_the_preferences() -> None:
    today = date(2026, 11, 20)
    recent, old = UnitFacts(date(2026, 6, 1)), UnitFacts(date(2025, 1, 5))
    overdue = UnitFacts(date(2026, 6, 1), overdue_recommendations=2)
    off = Weighting()
    assert not off.active
    assert unit_weight(old, off, today) == unit_weight(UnitFacts(), off, today) == 1.0
    stale = Weighting(not_inspected_months=12, not_inspected_factor=3.0)
    assert unit_weight(recent, stale, today) == 1.0
    assert unit_weight(old, stale, today) == unit_weight(UnitFacts(), stale, today) == 3.0
    both = Weighting(not_inspected_months=3, not_inspected_factor=2.0, overdue_factor=5.0)
    assert unit_weight(overdue, both, today) == 10.0
    assert unit_weight(overdue, Weighting(overdue_factor=0.0), today) == 0.0


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 11, 20), 12, date(2025, 11, 20)),
        (date(2026, 11, 20), 0, date(2026, 11, 20)),
    ],
)
def test_months_before_crosses_year_ends_and_short_months(
    day: date, months: int, expected: date
) -> None:
    assert months_before(day, months) == expected
