"""Findings read a page at a time: counts, order, filters, both query plans, cancelling."""

from __future__ import annotations

import dataclasses
import random
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistItem, ChecklistSection, Finding, Plan, Unit, Visit
from inspectdesk.domain.enums import FindingKind, VisitStatus
from inspectdesk.services.files import new_file
from inspectdesk.services.paging import (
    FindingListRow,
    FindingQuery,
    FindingSort,
    QueryCancelled,
)
from inspectdesk.services.sqlite_reading import interruptible
from inspectdesk.text import fold

UNITS = (
    "Ủy ban nhân dân tỉnh",
    "UBND xã Định Trung",
    "UBND thành phố Vĩnh Yên",
    "Đài Phát thanh và Truyền hình",
    "Ban Quản lý dự án",
    "Sở Nội vụ",
    "Bệnh viện Đa khoa tỉnh",
)
TEXTS = (
    "Viên chức đi làm muộn",
    "Công chức không đeo thẻ",
    "vien chuc chưa niêm yết thủ tục",
    "Cán bộ sử dụng điện thoại",
    "Tỷ lệ 50%_hồ sơ quá hạn",
    "Người lao động chấp hành tốt nội quy",
    "=SUM(A1) viết như công thức",
)


@dataclass(frozen=True)
class Fixture:
    db: Database
    plan_ids: list[uuid.UUID]
    unit_ids: list[uuid.UUID]


@pytest.fixture(scope="module")
def findings_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fixture]:
    """About 150 findings at 30 visits of 7 units; some findings and visits deleted."""
    path: Path = tmp_path_factory.mktemp("paging") / "paging.idb"
    rng = random.Random(7)
    db = new_file(path)
    with db.sessions.begin() as s:
        items = list(s.scalars(select(ChecklistItem)))
        units = [Unit(name=name) for name in UNITS]
        plans = [Plan(title=f"Kế hoạch {n}", number=f"{n}/KH") for n in (1, 2)]
        s.add_all([*units, *plans])
        s.flush()
        for n in range(30):
            visit = Visit(
                unit_id=rng.choice(units).id,
                plan_id=plans[n % 2].id,
                status=list(VisitStatus)[n % len(VisitStatus)],
                scheduled_on=None if n % 7 == 3 else date(2024, 1, 1) + timedelta(days=n % 9),
                deleted=n == 5,
            )
            s.add(visit)
            s.flush()
            for position in range(1, rng.randrange(2, 9)):
                s.add(
                    Finding(
                        visit_id=visit.id,
                        item_id=None if position == 4 else rng.choice(items).id,
                        kind=rng.choice(list(FindingKind)),
                        text=rng.choice(TEXTS),
                        position=position,
                        deleted=rng.random() < 0.08,
                    )
                )
        plan_ids = [p.id for p in plans]
        unit_ids = [u.id for u in units]
    yield Fixture(db, plan_ids, unit_ids)
    db.close()


_KIND_RANK = {FindingKind.STRENGTH: 1, FindingKind.SHORTCOMING: 2, FindingKind.VIOLATION: 3}


def _reference(db: Database, query: FindingQuery) -> list[FindingListRow]:
    """The same list computed in Python from every row, to compare with the SQL."""
    with db.sessions() as s:
        rows = s.execute(
            select(Finding, Visit, Unit, ChecklistItem, ChecklistSection)
            .join(Visit, Visit.id == Finding.visit_id)
            .join(Unit, Unit.id == Visit.unit_id)
            .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
            .outerjoin(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        ).all()
    words = fold(query.search).split()
    kept = []
    for f, v, u, item, section in rows:
        if f.deleted or v.deleted:
            continue
        if query.kind and f.kind != query.kind:
            continue
        if query.plan_id and v.plan_id != query.plan_id:
            continue
        if query.unit_id and v.unit_id != query.unit_id:
            continue
        if query.visit_status and v.status != query.visit_status:
            continue
        if not all(w in f.text_fold for w in words):
            continue
        day = (0, "") if v.scheduled_on is None else (1, v.scheduled_on.isoformat())
        unit_date = (u.name_sort, day)
        first = {
            FindingSort.UNIT: unit_date,
            FindingSort.DATE: (day, u.name_sort),
            FindingSort.KIND: (_KIND_RANK[f.kind], *unit_date),
            FindingSort.ITEM: (
                section.position if section else 0,
                item.position if item else 0,
                *unit_date,
            ),
            FindingSort.TEXT: (f.text_fold, f.text),
        }[query.sort]
        key = (*first, f.position, f.id.hex)
        row = FindingListRow(
            f.id, v.id, u.name, v.scheduled_on, f.kind, item.code if item else "", f.text
        )
        kept.append((key, row))
    kept.sort(key=lambda pair: pair[0], reverse=query.descending)
    return [row for _key, row in kept]


def _all_pages(db: Database, query: FindingQuery, size: int, matches: int | None) -> list[Any]:
    rows: list[FindingListRow] = []
    while True:
        page = query.fetch(db, len(rows), size, matches=matches)
        rows += page
        if len(page) < size:
            return rows


@pytest.mark.parametrize("sort", list(FindingSort))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_the_order_of_every_column(
    findings_db: Fixture, sort: FindingSort, descending: bool
) -> None:
    query = FindingQuery(sort=sort, descending=descending)
    expected = _reference(findings_db.db, query)
    assert query.count(findings_db.db) == len(expected) > 100
    # both plans (index walk when matches are plentiful, filter-then-sort when rare)
    for matches in (None, 10**9, 1):
        assert _all_pages(findings_db.db, query, 17, matches) == expected


def _queries(f: Fixture) -> list[FindingQuery]:
    return [
        FindingQuery(search="vien chuc"),
        FindingQuery(search="VIÊN   Chức"),
        FindingQuery(search="viên"),
        FindingQuery(search="50%_"),
        FindingQuery(search="%"),
        FindingQuery(search="_"),
        FindingQuery(search="=sum"),
        FindingQuery(search="không có chữ này"),
        FindingQuery(kind=FindingKind.VIOLATION),
        FindingQuery(plan_id=f.plan_ids[0], sort=FindingSort.DATE),
        FindingQuery(unit_id=f.unit_ids[1]),
        FindingQuery(visit_status=VisitStatus.SIGNED, sort=FindingSort.KIND),
        FindingQuery("cong chuc", FindingKind.SHORTCOMING, f.plan_ids[1], sort=FindingSort.TEXT),
    ]


def test_filters_match_the_reference(findings_db: Fixture) -> None:
    for query in _queries(findings_db):
        expected = _reference(findings_db.db, query)
        assert query.count(findings_db.db) == len(expected), query
        for matches in (None, len(expected), 10**9):
            assert _all_pages(findings_db.db, query, 5, matches) == expected, query
        for matches in (None, len(expected), 10**9):
            batches = list(query.iter_rows(findings_db.db, batch=4, matches=matches))
            assert [row for batch in batches for row in batch] == expected, query
            assert all(len(batch) <= 4 for batch in batches)


def test_search_ignores_tones_and_case(findings_db: Fixture) -> None:
    rows = FindingQuery(search="vien chuc").fetch(findings_db.db, 0, 1000)
    texts = {row.text for row in rows}
    assert texts == {"Viên chức đi làm muộn", "vien chuc chưa niêm yết thủ tục"}
    percent = FindingQuery(search="50%_").fetch(findings_db.db, 0, 1000)
    assert {row.text for row in percent} == {"Tỷ lệ 50%_hồ sơ quá hạn"}


def test_deleted_findings_and_visits_are_left_out(findings_db: Fixture) -> None:
    db = findings_db.db
    with db.sessions() as s:
        deleted = set(s.scalars(select(Finding.id).where(Finding.deleted.is_(True))))
        of_deleted_visit = set(
            s.scalars(select(Finding.id).join(Visit).where(Visit.deleted.is_(True)))
        )
    assert deleted and of_deleted_visit
    shown = {row.id for row in FindingQuery().fetch(db, 0, 10_000)}
    assert not shown & (deleted | of_deleted_visit)


def test_rows_carry_what_the_list_shows(findings_db: Fixture) -> None:
    row = FindingQuery(sort=FindingSort.DATE, descending=True).fetch(findings_db.db, 0, 1)[0]
    assert isinstance(row.id, uuid.UUID) and isinstance(row.visit_id, uuid.UUID)
    assert row.unit in UNITS and isinstance(row.visit_date, date)
    assert isinstance(row.kind, FindingKind) and row.text in TEXTS
    assert row.visit_date == date(2024, 1, 9)


def test_pages_past_the_end_are_empty(findings_db: Fixture) -> None:
    query = FindingQuery()
    total = query.count(findings_db.db)
    assert query.fetch(findings_db.db, total, 50) == []
    assert len(query.fetch(findings_db.db, total - 3, 50)) == 3
    assert query.fetch(findings_db.db, 0, 0) == []


def test_a_stopped_read_raises_query_cancelled(findings_db: Fixture) -> None:
    with pytest.raises(QueryCancelled):
        FindingQuery().count(findings_db.db, should_stop=lambda: True)
    with pytest.raises(QueryCancelled):
        FindingQuery().fetch(findings_db.db, 0, 10, should_stop=lambda: True)
    with pytest.raises(QueryCancelled):
        list(FindingQuery().iter_rows(findings_db.db, should_stop=lambda: True))


def test_a_long_query_is_interrupted_half_way(findings_db: Fixture) -> None:
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3  # false at the start, true a few thousand steps in

    on_server = findings_db.db.engine.dialect.name == "postgresql"
    endless = text(
        "SELECT count(*) FROM generate_series(1, 2000000000)"  # minutes of work
        if on_server  # the server is sent a cancel request by a watching thread
        else "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 50000000)"
        " SELECT count(*) FROM c"
    )
    started = time.monotonic()
    with findings_db.db.sessions() as s, pytest.raises(QueryCancelled), interruptible(s, stop):
        s.execute(endless).scalar()
    assert 3 < len(calls) < 100
    assert time.monotonic() - started < 10
    with findings_db.db.sessions() as s, interruptible(s, None):  # handler removed again
        assert FindingQuery().count(findings_db.db) > 0


def test_sqlite_is_told_the_join_order_and_other_databases_are_not() -> None:
    query = FindingQuery()
    walk = query.page_statement(0, 200, matches=10**6, total=10**6)
    scan = query.page_statement(0, 200, matches=10, total=10**6)
    assert "CROSS JOIN" in str(walk.compile(dialect=sqlite.dialect()))
    assert "CROSS JOIN" not in str(walk.compile(dialect=postgresql.dialect()))
    assert "CROSS JOIN" not in str(scan.compile(dialect=sqlite.dialect()))
    # plentiful matches: walk in order; rare ones, or a page deep in a filtered list: scan
    assert query._walks_index(0, 200, 150_000, 500_000)
    assert not query._walks_index(0, 200, 300, 500_000)
    assert not query._walks_index(38_000, 200, 39_000, 500_000)
    assert query._walks_index(499_800, 200, 500_000, 500_000)
    assert not FindingQuery(sort=FindingSort.TEXT)._walks_index(0, 200, 10**6, 10**6)
    # the query is frozen and hashable: a page model compares and caches by it
    assert dataclasses.replace(query, search="x") != query
    assert hash(FindingQuery(search="x")) == hash(FindingQuery(search="x"))
