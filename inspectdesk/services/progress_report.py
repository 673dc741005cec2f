"""The weekly and monthly progress report's figures (báo cáo tiến độ kiểm tra).

For a date range: the visits scheduled in it by status, those carried out (in progress,
minutes drafted or signed) by mode, their findings by kind, the recommendations made at
them and how far they got, overdue ones judged against ``today``, and a breakdown per day
(a week) or per week, Monday to Sunday, clipped to the range (a month or longer). Every
number is an SQL aggregate; nothing is written to the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Finding, Recommendation, Visit
from inspectdesk.documents.progress_data import WEEKDAYS, PeriodRow, ProgressData
from inspectdesk.domain.enums import (
    FindingKind,
    RemediationStatus,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import InvalidArgument
from inspectdesk.services.organisations import issuing_organisation
from inspectdesk.services.remediation import overdue_clause
from inspectdesk.services.report_gather import INSPECTED
from inspectdesk.text.dates import format_short_date

__all__ = ["ProgressData", "gather_progress", "month_of", "parse_month", "progress", "week_of"]


def week_of(day: date) -> tuple[date, date]:
    """The Monday and the Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    """The first and the last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def parse_month(text: str) -> date:
    """The first day of the month written ``YYYY-MM``.

    Raises:
        InvalidArgument: not a month.
    """
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return date(year, month, 1)
    except ValueError:
        raise InvalidArgument(detail=f"“{text}” không phải là tháng dạng YYYY-MM.") from None


def _kind(start: date, end: date) -> str:
    if (start, end) == week_of(start):
        return "week"
    if (start, end) == month_of(start):
        return "month"
    return "range"


def _buckets(start: date, end: date) -> list[tuple[str, date, date]]:
    """Days for up to a week, otherwise weeks (Monday–Sunday) clipped to the range."""
    if (end - start).days < 7:
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        return [(f"{WEEKDAYS[d.weekday()]}, {format_short_date(d)}", d, d) for d in days]
    out: list[tuple[str, date, date]] = []
    day = start
    while day <= end:
        last = min(week_of(day)[1], end)
        label = f"Tuần {len(out) + 1} ({format_short_date(day)} – {format_short_date(last)})"
        out.append((label, day, last))
        day = last + timedelta(days=1)
    return out


def _by_day(rows: Iterable[Any]) -> dict[date, dict[str, int]]:
    out: dict[date, dict[str, int]] = {}
    for day, key, n in rows:
        if day is not None:
            counts = out.setdefault(day, {})
            counts[key] = counts.get(key, 0) + int(n)
    return out


def progress(db: Database, start: date, end: date, today: date) -> ProgressData:
    """The progress report's figures for the visits scheduled from ``start`` to ``end``.

    Args:
        db: The open file (only read).
        start: The first day of the period.
        end: The last day of the period (inclusive).
        today: The day overdue recommendations are judged against.

    Raises:
        InvalidArgument: ``start`` is after ``end``.
    """
    if start > end:
        raise InvalidArgument(detail="Ngày bắt đầu của kỳ báo cáo sau ngày kết thúc.")
    with db.sessions() as s:
        return gather_progress(s, start, end, today)


def gather_progress(s: Session, start: date, end: date, today: date) -> ProgressData:
    """:func:`progress` in the caller's session."""
    in_period: list[ColumnElement[bool]] = [
        Visit.deleted.is_(False),
        Visit.scheduled_on >= start,
        Visit.scheduled_on <= end,
    ]
    done = [*in_period, Visit.status.in_(INSPECTED)]
    by_status = dict(
        s.execute(select(Visit.status, func.count()).where(*in_period).group_by(Visit.status)).all()
    )
    by_mode = dict(
        s.execute(select(Visit.mode, func.count()).where(*done).group_by(Visit.mode)).all()
    )
    live_f = [Finding.deleted.is_(False), *done]
    by_kind = dict(
        s.execute(
            select(Finding.kind, func.count())
            .join(Visit, Visit.id == Finding.visit_id)
            .where(*live_f)
            .group_by(Finding.kind)
        ).all()
    )
    live_r = [Recommendation.deleted.is_(False), Visit.deleted.is_(False)]
    made = [*live_r, *done]
    rec_query = select(Recommendation.status, func.count()).join(
        Visit, Visit.id == Recommendation.visit_id
    )
    by_rec = dict(s.execute(rec_query.where(*made).group_by(Recommendation.status)).all())
    counted = (
        select(func.count())
        .select_from(Recommendation)
        .join(Visit, Visit.id == Recommendation.visit_id)
    )
    overdue = s.scalar(counted.where(*made, overdue_clause(today))) or 0
    overdue_all = s.scalar(counted.where(*live_r, overdue_clause(today))) or 0
    fixed_in = [
        *live_r,
        Recommendation.status == RemediationStatus.DONE,
        Recommendation.done_on >= start,
        Recommendation.done_on <= end,
    ]
    fixed_in_period = s.scalar(counted.where(*fixed_in)) or 0
    rows: list[Any] = list(
        s.execute(
            select(Visit.scheduled_on, Visit.mode, func.count())
            .where(*done)
            .group_by(Visit.scheduled_on, Visit.mode)
        )
    )
    rows += s.execute(
        select(Visit.scheduled_on, Finding.kind, func.count())
        .select_from(Finding)
        .join(Visit, Visit.id == Finding.visit_id)
        .where(*live_f)
        .group_by(Visit.scheduled_on, Finding.kind)
    )
    rows += s.execute(
        select(Visit.scheduled_on, literal("rec"), func.count())
        .select_from(Recommendation)
        .join(Visit, Visit.id == Recommendation.visit_id)
        .where(*made)
        .group_by(Visit.scheduled_on)
    )
    rows += s.execute(
        select(Recommendation.done_on, literal("fixed"), func.count())
        .join(Visit, Visit.id == Recommendation.visit_id)
        .where(*fixed_in)
        .group_by(Recommendation.done_on)
    )
    daily = _by_day(rows)
    breakdown = tuple(_row(label, a, b, daily) for label, a, b in _buckets(start, end))
    org = issuing_organisation(s)
    return ProgressData(
        kind=_kind(start, end),
        start=start,
        end=end,
        today=today,
        issuer=org.name if org else "",
        superior=org.superior_name if org else "",
        place=org.place_name if org else "",
        visits_by_status=tuple((st, by_status[st]) for st in VisitStatus if st in by_status),
        announced=by_mode.get(VisitMode.ANNOUNCED, 0),
        unannounced=by_mode.get(VisitMode.UNANNOUNCED, 0),
        findings_by_kind=tuple((k, by_kind.get(k, 0)) for k in FindingKind),
        recommendations=sum(by_rec.values()),
        fixed=by_rec.get(RemediationStatus.DONE, 0),
        in_progress=by_rec.get(RemediationStatus.IN_PROGRESS, 0),
        open=by_rec.get(RemediationStatus.OPEN, 0),
        overdue=overdue,
        fixed_in_period=fixed_in_period,
        overdue_all=overdue_all,
        breakdown=breakdown,
    )


def _row(label: str, first: date, last: date, daily: dict[date, dict[str, int]]) -> PeriodRow:
    total: dict[str, int] = {}
    day = first
    while day <= last:
        for key, n in daily.get(day, {}).items():
            total[key] = total.get(key, 0) + n
        day += timedelta(days=1)
    return PeriodRow(
        label=label,
        start=first,
        end=last,
        visits=total.get(VisitMode.ANNOUNCED, 0) + total.get(VisitMode.UNANNOUNCED, 0),
        unannounced=total.get(VisitMode.UNANNOUNCED, 0),
        shortcomings=total.get(FindingKind.SHORTCOMING, 0),
        violations=total.get(FindingKind.VIOLATION, 0),
        recommendations=total.get("rec", 0),
        fixed=total.get("fixed", 0),
    )
