"""Recommendations read a page at a time: filters, every order, pages, counts, cancelling."""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from inspectdesk.db.database import Database
from inspectdesk.db.models import Plan, Recommendation, Unit, Visit
from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.files import new_file
from inspectdesk.services.recommendation_paging import (
    QueryCancelled,
    RecommendationCounts,
    RecommendationFilter,
    RecommendationQuery,
    RecommendationRow,
    RecommendationSort,
)
from inspectdesk.services.remediation import list_recommendations
from inspectdesk.text import fold

TODAY = date(2026, 11, 20)
UNITS = (
    "Ủy ban nhân dân tỉnh",
    "UBND xã Định Trung",
    "UBND xã Đại Đình",
    "Sở Y tế",
    "Sở Nội vụ",
    "Đài Phát thanh và Truyền hình",
    "Bệnh viện Đa khoa tỉnh",
)
TEXTS = (
    "Chấn chỉnh việc đeo thẻ công chức",
    "Niêm yết công khai thủ tục hành chính",
    "Kiểm điểm viên chức đi làm muộn",
    "Báo cáo kết quả khắc phục trước 50%_hạn",
    "chan chinh ky luat hanh chinh",
    "Bố trí người trực bộ phận một cửa",
)
RESPONSIBLE = ("Chủ tịch UBND xã", "Giám đốc Sở", "", "Trưởng phòng", "Đỗ Văn An")
DEADLINES = (None, date(2025, 12, 31), date(2026, 1, 1), TODAY, TODAY - timedelta(days=1))


@dataclass(frozen=True)
class Fixture:
    """The file and what the Python reference needs to order rows as SQL does."""

    db: Database
    plan_ids: list[uuid.UUID]
    name_sort: dict[str, str]
    position: dict[uuid.UUID, int]
    text_fold: dict[uuid.UUID, str]


@pytest.fixture(scope="module")
def recs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fixture]:
    """About 300 recommendations at 40 visits of 7 units; some deleted, ties on purpose."""
    path: Path = tmp_path_factory.mktemp("rec-paging") / "recs.idb"
    rng = random.Random(11)
    db = new_file(path)
    with db.sessions.begin() as s:
        units = [Unit(name=name) for name in UNITS]
        plans = [Plan(title=f"Kế hoạch {n}", number=f"{n}/KH") for n in (1, 2, 3)]
        s.add_all([*units, *plans])
        s.flush()
        for n in range(40):
            visit = Visit(
                unit_id=units[n % len(units)].id,
                plan_id=plans[n % 3].id if n % 11 else None,
                scheduled_on=None if n % 9 == 4 else date(2024, 1, 1) + timedelta(days=n % 13),
                deleted=n in (5, 17),
            )
            s.add(visit)
            s.flush()
            for position in range(1, rng.randrange(3, 12)):
                status = rng.choice(list(RemediationStatus))
                deadline = rng.choice(DEADLINES) or (
                    None if rng.random() < 0.5 else date(2026, 1, 1) + timedelta(rng.randrange(700))
                )
                s.add(
                    Recommendation(
                        visit_id=visit.id,
                        text=rng.choice(TEXTS),
                        responsible=rng.choice(RESPONSIBLE),
                        deadline=deadline,
                        status=status,
                        done_on=(
                            date(2026, 1, 1) + timedelta(rng.randrange(300))
                            if status is RemediationStatus.DONE
                            else None
                        ),
                        position=position % 4,  # equal positions: the id breaks the tie
                        deleted=rng.random() < 0.05,
                    )
                )
        name_sort = {u.name: u.name_sort for u in units}
        plan_ids = [p.id for p in plans]
    with db.sessions() as s:
        position = dict(s.execute(select(Recommendation.id, Recommendation.position)).all())
        text_fold = dict(s.execute(select(Recommendation.id, Recommendation.text_fold)).all())
    yield Fixture(db, plan_ids, name_sort, position, text_fold)
    db.close()


# -- the Python reference -------------------------------------------------------------


def _filtered(every: list[RecommendationRow], q: RecommendationQuery) -> list[RecommendationRow]:
    """The rows ``q`` selects, decided in Python from the unfiltered list."""

    def keep(r: RecommendationRow) -> bool:
        words = fold(q.search).split()
        day = r.deadline
        return (
            (q.status is None or r.status is q.status)
            and (not q.overdue_only or r.overdue)
            and (q.plan_id is None or r.plan_id == q.plan_id)
            and (
                q.deadline_from is None
                or (r.deadline is not None and r.deadline >= q.deadline_from)
            )
            and (q.deadline_to is None or (day is not None and day <= q.deadline_to))
            and all(w in fold(r.text) or w in fold(r.unit) for w in words)
        )

    return [r for r in every if keep(r)]


def _sorted(
    f: Fixture, rows: list[RecommendationRow], sort: RecommendationSort, descending: bool
) -> list[RecommendationRow]:
    """``rows`` in the order ``sort`` promises, decided in Python."""
    low = date.min
    statuses = list(RemediationStatus)

    def key(r: RecommendationRow) -> tuple[Any, ...]:
        first: dict[RecommendationSort, tuple[Any, ...]] = {
            RecommendationSort.DEFAULT: (),
            RecommendationSort.UNIT: (f.name_sort[r.unit],),
            RecommendationSort.VISIT_DATE: (r.visit_date is None, r.visit_date or low),
            RecommendationSort.TEXT: (f.text_fold[r.id], r.text),
            RecommendationSort.DEADLINE: (r.deadline is None, r.deadline or low),
            RecommendationSort.STATUS: (statuses.index(r.status),),
            RecommendationSort.OVERDUE: (r.overdue,),
            RecommendationSort.DONE_ON: (r.done_on is None, r.done_on or low),
            RecommendationSort.RESPONSIBLE: (r.responsible,),
        }
        default = (
            r.status is RemediationStatus.DONE,
            r.deadline is None,
            r.deadline or low,
            f.name_sort[r.unit],
            f.position[r.id],
            r.id.hex,
        )
        return (*first[sort], *default)

    return sorted(rows, key=key, reverse=descending)


def _pages(f: Fixture, q: RecommendationQuery, size: int) -> list[RecommendationRow]:
    matches = q.count(f.db)
    rows: list[RecommendationRow] = []
    for offset in range(0, matches + size, size):  # one page past the end: empty
        page = q.fetch(f.db, offset, size, matches=matches)
        assert len(page) == max(0, min(size, matches - offset))
        rows.extend(page)
    return rows


# -- filters ----------------------------------------------------------------------------

NOTHING: dict[str, Any] = {"search": "khong co dau"}
FILTERS: list[dict[str, Any]] = [
    {},
    {"search": "chan chinh"},
    {"search": "Chấn  CHỈNH"},
    {"search": "dai dinh"},  # the unit's name
    {"search": "so y te cong chuc"},  # one word in the unit, others in the text
    {"search": "50%_"},  # LIKE's own characters are taken literally
    {"search": "%"},
    NOTHING,
    {"status": RemediationStatus.OPEN},
    {"status": RemediationStatus.IN_PROGRESS},
    {"status": RemediationStatus.DONE},
    {"overdue_only": True},
    {"deadline_from": date(2026, 1, 1)},
    {"deadline_to": date(2025, 12, 31)},
    {"deadline_from": date(2026, 11, 16), "deadline_to": date(2026, 11, 22)},  # this week
    {"status": RemediationStatus.OPEN, "overdue_only": True, "search": "chinh"},
    {"overdue_only": True, "deadline_from": date(2026, 1, 1), "search": "ubnd"},
]


def _plan_filters(f: Fixture) -> list[dict[str, Any]]:
    return [
        {"plan_id": f.plan_ids[0]},
        {"plan_id": f.plan_ids[1], "status": RemediationStatus.DONE, "search": "bao cao"},
    ]


def test_count_fetch_and_the_whole_list_agree_with_python_for_every_filter(
    recs: Fixture,
) -> None:
    every = list_recommendations(recs.db, today=TODAY)
    assert 150 < len(every) < 500
    assert every == _sorted(recs, every, RecommendationSort.DEFAULT, False)
    for criteria in FILTERS + _plan_filters(recs):
        flt = RecommendationFilter(**criteria)
        query = RecommendationQuery.of(flt, TODAY)
        expected = _filtered(every, query)
        assert expected or criteria == NOTHING, criteria
        assert list_recommendations(recs.db, flt, TODAY) == expected, criteria
        found = query.counts(recs.db)
        assert found == RecommendationCounts(len(expected), sum(r.overdue for r in expected))
        assert query.count(recs.db) == len(expected)
        assert query.overdue_count(recs.db) == found.overdue
        assert query.fetch(recs.db, 0, 10_000) == expected, criteria
        assert _pages(recs, query, 9) == expected, criteria
        assert [r for batch in query.iter_rows(recs.db, batch=7) for r in batch] == expected


def test_only_live_recommendations_of_live_visits(recs: Fixture) -> None:
    with recs.db.sessions() as s:
        live = set(
            s.scalars(
                select(Recommendation.id)
                .join(Visit, Visit.id == Recommendation.visit_id)
                .where(Recommendation.deleted.is_(False), Visit.deleted.is_(False))
            )
        )
        dead = set(s.scalars(select(Recommendation.id))) - live
    assert dead  # the fixture deletes some of both
    query = RecommendationQuery(today=TODAY)
    assert {r.id for r in query.fetch(recs.db, 0, 10_000)} == live
    assert query.count(recs.db) == len(live)


@pytest.mark.parametrize("sort", list(RecommendationSort))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_is_the_promised_total_order(
    recs: Fixture, sort: RecommendationSort, descending: bool
) -> None:
    every = list_recommendations(recs.db, today=TODAY)
    query = RecommendationQuery(today=TODAY, sort=sort, descending=descending)
    expected = _sorted(recs, every, sort, descending)
    assert _pages(recs, query, 13) == expected
    assert query.fetch(recs.db, 0, 10_000) == expected
    if descending:  # the exact reverse of the ascending order
        ascending = dataclasses.replace(query, descending=False)
        assert query.fetch(recs.db, 0, 10_000) == ascending.fetch(recs.db, 0, 10_000)[::-1]


def test_a_sorted_filter_pages_like_the_sorted_list(recs: Fixture) -> None:
    every = list_recommendations(recs.db, today=TODAY)
    query = RecommendationQuery(
        search="chinh", status=RemediationStatus.OPEN, sort=RecommendationSort.UNIT, today=TODAY
    )
    expected = _sorted(recs, _filtered(every, query), RecommendationSort.UNIT, False)
    assert len(expected) > 10
    assert _pages(recs, query, 4) == expected
    with_plan = dataclasses.replace(query, plan_id=recs.plan_ids[0], descending=True)
    expected = _sorted(recs, _filtered(every, with_plan), RecommendationSort.UNIT, True)
    assert _pages(recs, with_plan, 3) == expected


def test_fetch_outside_the_rows_is_empty(recs: Fixture) -> None:
    query = RecommendationQuery(today=TODAY)
    matches = query.count(recs.db)
    assert query.fetch(recs.db, matches, 10) == []
    assert query.fetch(recs.db, 0, 0) == []
    assert query.fetch(recs.db, 0, 10, matches=0) == []
    assert query.fetch(recs.db, -5, 3) == query.fetch(recs.db, 0, 3)


def test_overdue_is_judged_on_the_query_day_across_a_year_end(recs: Fixture) -> None:
    every = list_recommendations(recs.db, today=TODAY)
    unfinished = [r for r in every if r.status is not RemediationStatus.DONE]
    last_day = [r for r in unfinished if r.deadline == date(2025, 12, 31)]
    first_day = [r for r in unfinished if r.deadline == date(2026, 1, 1)]
    assert last_day and first_day

    def overdue_ids(today: date) -> set[uuid.UUID]:
        query = RecommendationQuery(overdue_only=True, today=today)
        rows = query.fetch(recs.db, 0, 10_000)
        assert all(r.overdue for r in rows)
        assert query.counts(recs.db) == (len(rows), len(rows))
        return {r.id for r in rows}

    on_new_year_eve = overdue_ids(date(2025, 12, 31))
    on_new_year = overdue_ids(date(2026, 1, 1))
    assert not {r.id for r in last_day} & on_new_year_eve  # due today is not overdue yet
    assert {r.id for r in last_day} <= on_new_year
    assert not {r.id for r in first_day} & on_new_year
    assert {r.id for r in first_day} <= overdue_ids(date(2026, 1, 2))
    expected = {
        r.id for r in unfinished if r.deadline is not None and r.deadline < date(2026, 1, 1)
    }
    assert on_new_year == expected
    counts = RecommendationQuery(today=date(2026, 1, 1)).counts(recs.db)
    assert counts == (len(every), len(expected))


def _stopper(after: int) -> Callable[[], bool]:
    """A ``should_stop`` that says stop from its ``after``-th call on."""
    calls = [0]

    def should_stop() -> bool:
        calls[0] += 1
        return calls[0] > after

    return should_stop


def test_every_read_can_be_cancelled(recs: Fixture) -> None:
    query = RecommendationQuery(search="chinh", today=TODAY)
    with pytest.raises(QueryCancelled):
        query.counts(recs.db, lambda: True)
    with pytest.raises(QueryCancelled):
        query.count(recs.db, lambda: True)
    with pytest.raises(QueryCancelled):
        query.fetch(recs.db, 0, 10, lambda: True)
    with pytest.raises(QueryCancelled):
        next(query.iter_rows(recs.db, should_stop=lambda: True))
    batches = query.iter_rows(recs.db, batch=5, should_stop=_stopper(1))
    with pytest.raises(QueryCancelled):
        for _batch in batches:  # the first batch comes, then the read stops
            pass
    assert query.fetch(recs.db, 0, 3, lambda: False) == query.fetch(recs.db, 0, 3)


@pytest.mark.file_only  # SQLite stops at a step; test_paging covers a server
def test_a_long_read_stops_half_way(tmp_path: Path) -> None:
    """SQLite itself gives up once ``should_stop`` turns true, mid-statement."""
    db = new_file(tmp_path / "many.idb")
    try:
        with db.sessions.begin() as s:
            unit = Unit(name="Sở Nội vụ")
            s.add(unit)
            s.flush()
            visit = Visit(unit_id=unit.id, scheduled_on=TODAY)
            s.add(visit)
            s.flush()
            s.add_all(
                Recommendation(visit_id=visit.id, text=f"Kiến nghị {n}", position=n)
                for n in range(3000)
            )
        query = RecommendationQuery(search="kien nghi", today=TODAY)
        assert query.count(db) == 3000
        with pytest.raises(QueryCancelled):
            query.counts(db, _stopper(1))  # the check before the read passes
        with pytest.raises(QueryCancelled):
            query.fetch(db, 2900, 100, _stopper(1))
    finally:
        db.close()


def test_the_query_of_a_filter_keeps_every_field() -> None:
    flt = RecommendationFilter(
        search="x",
        status=RemediationStatus.DONE,
        overdue_only=True,
        plan_id=uuid.uuid4(),
        deadline_from=date(2026, 1, 1),
        deadline_to=date(2026, 2, 1),
    )
    query = RecommendationQuery.of(flt, TODAY, RecommendationSort.TEXT, True)
    assert (
        RecommendationFilter(
            **{f.name: getattr(query, f.name) for f in dataclasses.fields(RecommendationFilter)}
        )
        == flt
    )
    assert (query.today, query.sort, query.descending) == (TODAY, RecommendationSort.TEXT, True)
    assert RecommendationQuery.of().today == date.today()
    assert RecommendationQuery.of().sort is RecommendationSort.DEFAULT


@pytest.mark.parametrize("sort", [RecommendationSort.DEFAULT, RecommendationSort.DEADLINE])
def test_pages_read_along_the_deadline_index_are_the_sorted_pages(
    recs: Fixture, sort: RecommendationSort
) -> None:
    """Near the top the page is read in deadline order; where that part ends, sorted."""
    every = list_recommendations(recs.db, today=TODAY)
    for criteria in ({}, {"status": RemediationStatus.OPEN}, {"search": "chinh"}):
        query = RecommendationQuery(today=TODAY, sort=sort, **criteria)
        expected = _sorted(recs, _filtered(every, query), sort, False)
        for offset, limit in ((0, 5), (3, 40), (0, len(expected)), (len(expected) - 7, 20)):
            assert query._walks(offset, limit, 10**6)  # told of many matches: it tries
            rows = query.fetch(recs.db, offset, limit, matches=10**6)
            assert rows == expected[offset : offset + limit], (criteria, offset, limit)


def test_sqlite_is_told_how_to_read_the_recommendations() -> None:
    def sql(query: RecommendationQuery, walk: bool = False, dialect: Any = None) -> str:
        statement = query.page_statement(0, 10, walk=walk)
        return str(statement.compile(dialect=dialect or sqlite.dialect()))

    plain = RecommendationQuery(today=TODAY)
    assert "recommendation NOT INDEXED CROSS JOIN visit" in sql(plain)
    assert "INDEXED BY ix_recommendation_deadline CROSS JOIN" in sql(plain, walk=True)
    narrowed = RecommendationQuery(today=TODAY, plan_id=uuid.uuid4())
    assert "INDEXED" not in sql(narrowed) and "CROSS JOIN" in sql(narrowed)
    by_unit = RecommendationQuery(today=TODAY, sort=RecommendationSort.UNIT)
    assert "CROSS JOIN" not in sql(by_unit)  # SQLite walks the units in order itself
    for text in (sql(plain, dialect=postgresql.dialect()), sql(plain, True, postgresql.dialect())):
        assert "INDEXED" not in text and "CROSS JOIN" not in text
    assert not RecommendationQuery(today=TODAY, descending=True)._walks(0, 10, 10**6)
    assert not RecommendationQuery(today=TODAY, status=RemediationStatus.DONE)._walks(0, 1, 99)
    assert not plain._walks(0, 200, 1599) and plain._walks(0, 200, 1600)
    assert not plain._walks(0, 200, None)
