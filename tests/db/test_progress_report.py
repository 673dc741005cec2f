"""The progress report's figures: checked against the demo database counted in Python."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspectdesk.db.database import Database
from inspectdesk.db.models import Finding, Recommendation, Unit, Visit
from inspectdesk.domain.enums import FindingKind, RemediationStatus, VisitMode, VisitStatus
from inspectdesk.errors import InvalidArgument
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.progress_report import month_of, parse_month, progress, week_of

TODAY = date(2026, 11, 20)
DONE_STATUSES = {VisitStatus.IN_PROGRESS, VisitStatus.DRAFTED, VisitStatus.SIGNED}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("progress") / "demo.idb"
    build_demo(path, today=TODAY)
    db = open_file(path, readonly=True)
    yield db
    db.close()


def expected(db: Database, start: date, end: date, today: date) -> dict[str, object]:
    """The figures counted row by row in Python, independently of the service's SQL."""
    with db.sessions() as s:
        visits = [v for v in s.scalars(select(Visit)) if not v.deleted]
        findings = [f for f in s.scalars(select(Finding)) if not f.deleted]
        recs = [r for r in s.scalars(select(Recommendation)) if not r.deleted]
    live = {v.id: v for v in visits}
    in_period = [v for v in visits if v.scheduled_on and start <= v.scheduled_on <= end]
    done = {v.id: v for v in in_period if v.status in DONE_STATUSES}
    made = [r for r in recs if r.visit_id in done]

    def overdue(r: Recommendation) -> bool:
        return bool(r.deadline and r.deadline < today and r.status is not RemediationStatus.DONE)

    fixed_in = [
        r
        for r in recs
        if r.visit_id in live
        and r.status is RemediationStatus.DONE
        and r.done_on
        and start <= r.done_on <= end
    ]
    return {
        "status": Counter(v.status for v in in_period),
        "mode": Counter(v.mode for v in done.values()),
        "kind": Counter(f.kind for f in findings if f.visit_id in done),
        "rec": Counter(r.status for r in made),
        "overdue": sum(overdue(r) for r in made),
        "overdue_all": sum(overdue(r) for r in recs if r.visit_id in live),
        "fixed_in": len(fixed_in),
        "per_day_visits": Counter(v.scheduled_on for v in done.values()),
        "per_day_fixed": Counter(r.done_on for r in fixed_in),
        "per_day_violations": Counter(
            done[f.visit_id].scheduled_on
            for f in findings
            if f.visit_id in done and f.kind is FindingKind.VIOLATION
        ),
    }


def check(db: Database, start: date, end: date, today: date) -> None:
    data = progress(db, start, end, today)
    want = expected(db, start, end, today)
    assert dict(data.visits_by_status) == want["status"]
    mode = want["mode"]
    assert isinstance(mode, Counter)
    assert (data.announced, data.unannounced) == (
        mode[VisitMode.ANNOUNCED],
        mode[VisitMode.UNANNOUNCED],
    )
    kind = want["kind"]
    assert isinstance(kind, Counter)
    assert {k: data.findings(k) for k in FindingKind} == {k: kind[k] for k in FindingKind}
    rec = want["rec"]
    assert isinstance(rec, Counter)
    assert data.recommendations == rec.total()
    assert (data.fixed, data.in_progress, data.open) == (
        rec[RemediationStatus.DONE],
        rec[RemediationStatus.IN_PROGRESS],
        rec[RemediationStatus.OPEN],
    )
    assert data.overdue == want["overdue"]
    assert data.overdue_all == want["overdue_all"]
    assert data.fixed_in_period == want["fixed_in"]
    per_visits, per_fixed, per_viol = (
        want["per_day_visits"],
        want["per_day_fixed"],
        want["per_day_violations"],
    )
    assert isinstance(per_visits, Counter)
    assert isinstance(per_fixed, Counter)
    assert isinstance(per_viol, Counter)
    for row in data.breakdown:
        days = [row.start + timedelta(days=i) for i in range((row.end - row.start).days + 1)]
        assert row.visits == sum(per_visits[d] for d in days), row.label
        assert row.fixed == sum(per_fixed[d] for d in days), row.label
        assert row.violations == sum(per_viol[d] for d in days), row.label
    assert data.totals()[0] == data.visits_done


def test_a_month_of_november_2021(demo: Database) -> None:
    start, end = month_of(date(2021, 11, 17))
    assert (start, end) == (date(2021, 11, 1), date(2021, 11, 30))
    check(demo, start, end, TODAY)
    data = progress(demo, start, end, TODAY)
    assert data.kind == "month"
    assert data.visits_done > 0 and data.recommendations > 0  # the demo has that month
    assert [(r.start, r.end) for r in data.breakdown] == [
        (date(2021, 11, 1), date(2021, 11, 7)),
        (date(2021, 11, 8), date(2021, 11, 14)),
        (date(2021, 11, 15), date(2021, 11, 21)),
        (date(2021, 11, 22), date(2021, 11, 28)),
        (date(2021, 11, 29), date(2021, 11, 30)),
    ]
    assert data.period_title() == "THÁNG 11 NĂM 2021"


def test_a_week_of_november_2021(demo: Database) -> None:
    start, end = week_of(date(2021, 11, 10))
    assert (start, end) == (date(2021, 11, 8), date(2021, 11, 14))
    check(demo, start, end, TODAY)
    data = progress(demo, start, end, TODAY)
    assert data.kind == "week"
    assert data.visits_done > 0
    assert len(data.breakdown) == 7 and data.breakdown[0].label.startswith("Thứ Hai, 08/11")
    assert data.breakdown[-1].label.startswith("Chủ nhật")


def test_overdue_judged_on_another_day(demo: Database) -> None:
    start, end = month_of(date(2021, 11, 1))
    check(demo, start, end, date(2021, 12, 1))
    early = progress(demo, start, end, date(2021, 11, 1))
    assert early.overdue == 0  # nothing was due before the first visit


def test_week_and_month_helpers_across_a_year_end() -> None:
    assert week_of(date(2022, 1, 1)) == (date(2021, 12, 27), date(2022, 1, 2))
    assert week_of(date(2021, 12, 27)) == (date(2021, 12, 27), date(2022, 1, 2))
    assert month_of(date(2021, 12, 31)) == (date(2021, 12, 1), date(2021, 12, 31))
    assert month_of(date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert parse_month("2021-11") == date(2021, 11, 1)
    for bad in ("2021-13", "2021/11", "2021-11-05", "tháng 11"):
        with pytest.raises(InvalidArgument):
            parse_month(bad)


@pytest.fixture
def year_end(fresh_file: Callable[[str], Path]) -> Path:
    """One visit on 28/12/2021 with a recommendation due 31/12/2021, not done."""
    path = fresh_file("year_end.idb")
    with open_file(path) as db, db.sessions.begin() as s:
        unit = Unit(name="UBND xã Đại Đình")
        s.add(unit)
        s.flush()
        visit = Visit(
            unit_id=unit.id,
            scheduled_on=date(2021, 12, 28),
            status=VisitStatus.SIGNED,
            mode=VisitMode.UNANNOUNCED,
        )
        s.add(visit)
        s.flush()
        s.add(Finding(visit_id=visit.id, kind=FindingKind.VIOLATION, text="Đi muộn"))
        s.add(
            Recommendation(
                visit_id=visit.id,
                text="Chấn chỉnh",
                deadline=date(2021, 12, 31),
                status=RemediationStatus.IN_PROGRESS,
            )
        )
    return path


def test_overdue_across_a_year_end(year_end: Path) -> None:
    start, end = week_of(date(2022, 1, 1))
    with open_file(year_end, readonly=True) as db:
        on_deadline = progress(db, start, end, date(2021, 12, 31))
        next_year = progress(db, start, end, date(2022, 1, 1))
        december = progress(db, *month_of(date(2021, 12, 1)), date(2022, 1, 3))
    assert on_deadline.overdue == 0 and on_deadline.overdue_all == 0
    assert next_year.overdue == 1 and next_year.overdue_all == 1
    assert (next_year.visits_done, next_year.unannounced) == (1, 1)
    assert next_year.breakdown[1].label == "Thứ Ba, 28/12/2021"
    assert next_year.breakdown[1].violations == 1
    assert december.overdue == 1
    assert december.breakdown[-1].start == date(2021, 12, 27)
    assert december.breakdown[-1].end == date(2021, 12, 31)  # the week clipped to the month


def test_a_reversed_range_is_refused(year_end: Path) -> None:
    with open_file(year_end, readonly=True) as db, pytest.raises(InvalidArgument):
        progress(db, date(2021, 12, 31), date(2021, 12, 1), TODAY)
