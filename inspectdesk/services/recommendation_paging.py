"""Recommendations read a page at a time, for a follow-up list too long to load whole.

A :class:`RecommendationQuery` says which recommendations (the follow-up filters), on
which day overdue is judged, and in which order. :meth:`~RecommendationQuery.counts`
tells how many there are and how many of them are overdue (one pass, no join);
:meth:`~RecommendationQuery.fetch` returns one page of them. The page's keys are sorted
first and only its own rows are read whole, so even the last page of 166,000
recommendations costs a fraction of a second. :func:`list_recommendations` in
:mod:`inspectdesk.services.remediation` runs the same statement without a limit: the
filters and the orders are defined once, here.

Every read can be stopped half-way by a ``should_stop`` callable (see
:mod:`inspectdesk.services.paging`), and then raises
:class:`~inspectdesk.services.paging.QueryCancelled`.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    case,
    func,
    join,
    or_,
    select,
    type_coerce,
)

from inspectdesk.db.database import Database
from inspectdesk.db.models import Recommendation, Unit, Visit
from inspectdesk.domain.enums import RemediationStatus
from inspectdesk.services.recommendation_rows import (
    RecommendationCounts,
    RecommendationFilter,
    RecommendationRow,
    RecommendationSort,
    overdue_clause,
)
from inspectdesk.services.sqlite_reading import (
    HintedInOrder,
    InOrder,
    QueryCancelled,
    ShouldStop,
    interruptible,
)
from inspectdesk.text import fold

__all__ = [
    "QueryCancelled",
    "RecommendationCounts",
    "RecommendationFilter",
    "RecommendationQuery",
    "RecommendationRow",
    "RecommendationSort",
    "ShouldStop",
    "overdue_clause",
]


WALK_SHARE = 8
"""A page is read along the deadline index when at least ``(offset + limit) ×
WALK_SHARE`` rows match (see :meth:`RecommendationQuery._walks`)."""


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_STATUS_ORDER = case(
    {
        RemediationStatus.OPEN.value: 1,
        RemediationStatus.IN_PROGRESS.value: 2,
        RemediationStatus.DONE.value: 3,
    },
    value=Recommendation.status,
    else_=4,
)
"""Statuses in the order of the work: not started, in progress, done."""


@dataclass(frozen=True, slots=True)
class RecommendationQuery:
    """Which live recommendations of live visits, judged on which day, in which order.

    Attributes:
        search: words that must each occur in the recommendation's text or in the name
            of the visited unit, tones and case ignored.
        status: only recommendations in this status.
        overdue_only: only those overdue on ``today``.
        plan_id: only recommendations made by visits of this plan.
        deadline_from: only deadlines on or after this day.
        deadline_to: only deadlines on or before this day.
        today: the day overdue is judged against.
        sort: the order; ties are broken by the default order (unfinished first, by
            deadline, unit, position, id), so every order is total. Dates that are
            not known come after the known ones.
        descending: the exact reverse of the order.
    """

    search: str = ""
    status: RemediationStatus | None = None
    overdue_only: bool = False
    plan_id: uuid.UUID | None = None
    deadline_from: date | None = None
    deadline_to: date | None = None
    today: date = field(default_factory=date.today)
    sort: RecommendationSort = RecommendationSort.DEFAULT
    descending: bool = False

    @classmethod
    def of(
        cls,
        flt: RecommendationFilter | None = None,
        today: date | None = None,
        sort: RecommendationSort = RecommendationSort.DEFAULT,
        descending: bool = False,
    ) -> RecommendationQuery:
        """The query of a follow-up filter (default: none) on ``today`` (default: today)."""
        flt = flt or RecommendationFilter()
        fields = {f.name: getattr(flt, f.name) for f in dataclasses.fields(flt)}
        return cls(**fields, today=today or date.today(), sort=sort, descending=descending)

    def words(self) -> list[str]:
        """The folded words of :attr:`search`."""
        return fold(self.search).split()

    # -- SQL -------------------------------------------------------------------------

    def _filters(self) -> list[ColumnElement[bool]]:
        """The conditions on a recommendation; visits and units only through sub-selects.

        So the count reads the recommendation table alone, and the page statement
        shares the very same conditions.
        """
        # "IS NOT true" rather than "IS false": SQLite must not walk the nearly useless
        # index on ``deleted`` (every row is live) instead of a better plan.
        filters: list[ColumnElement[bool]] = [Recommendation.deleted.is_not(True)]
        if self.plan_id is not None:
            visits = select(Visit.id).where(Visit.plan_id == self.plan_id)
            filters.append(Recommendation.visit_id.in_(visits.where(Visit.deleted.is_not(True))))
        else:  # few visits are deleted: excluding them is cheaper than joining the rest
            deleted = select(Visit.id).where(Visit.deleted.is_(True))
            filters.append(Recommendation.visit_id.not_in(deleted))
        if self.status is not None:
            filters.append(Recommendation.status == self.status)
        if self.overdue_only:
            filters.append(overdue_clause(self.today))
        if self.deadline_from is not None:
            filters.append(Recommendation.deadline >= self.deadline_from)
        if self.deadline_to is not None:
            filters.append(Recommendation.deadline <= self.deadline_to)
        for word in self.words():
            pattern = _like(word)
            named = (
                select(Visit.id)
                .join(Unit, Unit.id == Visit.unit_id)
                .where(Unit.name_fold.like(pattern, escape="\\"))
            )
            filters.append(
                or_(
                    Recommendation.text_fold.like(pattern, escape="\\"),
                    Recommendation.visit_id.in_(named),
                )
            )
        return filters

    def _order(self) -> list[Any]:
        default: list[Any] = [
            Recommendation.status == RemediationStatus.DONE,
            Recommendation.deadline.is_(None),
            Recommendation.deadline,
            Unit.name_sort,
            Recommendation.position,
            Recommendation.id,
        ]
        first: dict[RecommendationSort, list[Any]] = {
            RecommendationSort.DEFAULT: [],
            RecommendationSort.UNIT: [Unit.name_sort],
            RecommendationSort.VISIT_DATE: [Visit.scheduled_on.is_(None), Visit.scheduled_on],
            RecommendationSort.TEXT: [Recommendation.text_fold, Recommendation.text],
            RecommendationSort.DEADLINE: [
                Recommendation.deadline.is_(None),
                Recommendation.deadline,
            ],
            RecommendationSort.STATUS: [_STATUS_ORDER],
            RecommendationSort.OVERDUE: [case((overdue_clause(self.today), 1), else_=0)],
            RecommendationSort.DONE_ON: [Recommendation.done_on.is_(None), Recommendation.done_on],
            RecommendationSort.RESPONSIBLE: [Recommendation.responsible],
        }
        keys = [*first[self.sort], *default]
        return [key.desc() for key in keys] if self.descending else keys

    def _columns(self) -> list[Any]:
        overdue = type_coerce(case((overdue_clause(self.today), True), else_=False), Boolean)
        return [
            Recommendation.id,
            Recommendation.visit_id,
            Visit.plan_id,
            Unit.name,
            Visit.scheduled_on,
            Recommendation.text,
            Recommendation.responsible,
            Recommendation.deadline,
            Recommendation.status,
            overdue,
            Recommendation.done_on,
        ]

    @staticmethod
    def _with_visit_and_unit(statement: Select[Any]) -> Select[Any]:
        return statement.join(Visit, Visit.id == Recommendation.visit_id).join(
            Unit, Unit.id == Visit.unit_id
        )

    def _page_source(self) -> Any:
        """What the page's keys are read from, joined in the order that reads fastest.

        By unit, SQLite walks the units in order and stops at the page. Otherwise
        the recommendations come first and their visit and unit are looked up: by the
        plan's visits or the deadline index when those filters narrow the list, else
        reading the table straight through (measured on 166,667 recommendations: its
        other indexes cost up to twice the time when they select most rows).
        """
        visit_on = Visit.id == Recommendation.visit_id
        unit_on = Unit.id == Visit.unit_id
        if self.sort is RecommendationSort.UNIT:
            return join(join(Recommendation, Visit, visit_on), Unit, unit_on)
        narrowed = (
            self.plan_id is not None
            or self.deadline_from is not None
            or self.deadline_to is not None
        )
        first = InOrder if narrowed else _ScannedInOrder
        return InOrder(first(Recommendation, Visit, visit_on), Unit, unit_on)

    def rows_statement(self) -> Select[Any]:
        """Every matching recommendation, in order (what :func:`list_recommendations` runs)."""
        statement = select(*self._columns()).select_from(Recommendation)
        return self._with_visit_and_unit(statement).where(*self._filters()).order_by(*self._order())

    def count_statement(self) -> Select[Any]:
        """``SELECT count(*), overdue`` of the matches (for benchmarks and query plans)."""
        overdue = func.coalesce(func.sum(case((overdue_clause(self.today), 1), else_=0)), 0)
        return select(func.count(), overdue).select_from(Recommendation).where(*self._filters())

    def _leading_part(self) -> tuple[list[ColumnElement[bool]], list[Any]] | None:
        """The rows that open the order and can be read along the deadline index.

        The list's own order opens with the unfinished recommendations that have a
        deadline, by deadline; the deadline order with all that have one. Returns the
        conditions that select that part and its order, or None for other orders.
        """
        if self.descending:
            return None
        known = Recommendation.deadline.is_not(None)
        rest = [Unit.name_sort, Recommendation.position, Recommendation.id]
        if self.sort is RecommendationSort.DEFAULT and self.status is not RemediationStatus.DONE:
            unfinished = Recommendation.status != RemediationStatus.DONE
            return [unfinished, known], [Recommendation.deadline, *rest]
        if self.sort is RecommendationSort.DEADLINE:
            done = Recommendation.status == RemediationStatus.DONE
            return [known], [Recommendation.deadline, done, *rest]
        return None

    def _walks(self, offset: int, limit: int, matches: int | None) -> bool:
        """Whether to read the page along the deadline index first (see :meth:`fetch`).

        Worth it when the page is near the top of many matches: the walk then reads
        about ``(offset + limit) × file / matches`` rows, at most an eighth of the file,
        where sorting reads them all.
        """
        if matches is None or self._leading_part() is None:
            return False
        return (max(0, offset) + limit) * WALK_SHARE <= matches

    def page_statement(self, offset: int, limit: int, walk: bool = False) -> Select[Any]:
        """The ``SELECT`` of one page (for benchmarks and query plans).

        Only the ids (and the keys they sort by) go through the sort; the page's rows
        are read afterwards, by id: a deep page does not carry 100,000 texts through
        the sorter. With ``walk``, the page is read from the :meth:`_leading_part` in
        deadline order, stopping at the page; the rows are the page's only when all
        ``limit`` of them are found there.
        """
        filters, order, source = self._filters(), self._order(), self._page_source()
        part = self._leading_part() if walk else None
        if part is not None:
            filters, order = [*filters, *part[0]], part[1]
            visit_on = Visit.id == Recommendation.visit_id
            source = InOrder(
                _ByDeadline(Recommendation, Visit, visit_on), Unit, Unit.id == Visit.unit_id
            )
        keys = (
            select(Recommendation.id.label("page_id"))
            .select_from(source)
            .where(*filters)
            .order_by(*order)
            .offset(max(0, offset))
            .limit(max(0, limit))
            .subquery("page")
        )
        page = select(*self._columns()).select_from(keys)
        page = page.join(Recommendation, Recommendation.id == keys.c.page_id)
        return self._with_visit_and_unit(page).order_by(*self._order())

    # -- reads -----------------------------------------------------------------------

    def counts(self, db: Database, should_stop: ShouldStop | None = None) -> RecommendationCounts:
        """How many recommendations match, and how many of them are overdue.

        Raises:
            QueryCancelled: ``should_stop`` returned true before the count was done.
        """
        with db.sessions() as s, interruptible(s, should_stop):
            matches, overdue = s.execute(self.count_statement()).one()
            return RecommendationCounts(int(matches), int(overdue))

    def count(self, db: Database, should_stop: ShouldStop | None = None) -> int:
        """How many recommendations match (see :meth:`counts`)."""
        return self.counts(db, should_stop).matches

    def overdue_count(self, db: Database, should_stop: ShouldStop | None = None) -> int:
        """How many matching recommendations are overdue (see :meth:`counts`)."""
        return self.counts(db, should_stop).overdue

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        should_stop: ShouldStop | None = None,
        matches: int | None = None,
    ) -> list[RecommendationRow]:
        """The matching recommendations from position ``offset`` (0-based), at most ``limit``.

        ``matches``, the :meth:`count` when the caller knows it, saves reading past the
        end.

        Raises:
            QueryCancelled: ``should_stop`` returned true before the page was read.
        """
        if limit <= 0 or matches == 0 or (matches is not None and offset >= matches):
            return []
        with db.sessions() as s, interruptible(s, should_stop):
            if self._walks(offset, limit, matches):
                statement = self.page_statement(offset, limit, walk=True)
                rows = [RecommendationRow(*row) for row in s.execute(statement)]
                if len(rows) == limit:
                    return rows
            statement = self.page_statement(offset, limit)
            return [RecommendationRow(*row) for row in s.execute(statement)]

    def all_rows(self, db: Database) -> list[RecommendationRow]:
        """Every matching recommendation in order, at once (small lists only)."""
        with db.sessions() as s:
            return [RecommendationRow(*row) for row in s.execute(self.rows_statement())]

    def iter_rows(
        self, db: Database, batch: int = 2000, should_stop: ShouldStop | None = None
    ) -> Iterator[list[RecommendationRow]]:
        """Every matching recommendation in order, ``batch`` rows at a time, in one read.

        Raises:
            QueryCancelled: ``should_stop`` returned true while reading.
        """
        with db.sessions() as s, interruptible(s, should_stop):
            statement = self.rows_statement().execution_options(yield_per=batch)
            result = s.execute(statement)
            try:
                for part in result.partitions(batch):
                    yield [RecommendationRow(*row) for row in part]
                    if should_stop is not None and should_stop():
                        raise QueryCancelled
            finally:
                result.close()  # a server-side cursor is closed even when stopped


def _index_of(column: Any) -> str:
    """The name of the index on ``column`` alone."""
    return next(
        str(index.name) for index in column.table.indexes if list(index.columns) == [column]
    )


class _ScannedInOrder(HintedInOrder):
    """The left table read straight through: SQLite would walk the whole deadline index,
    a table look-up per row, to read every recommendation (up to twice the time)."""

    inherit_cache = True
    hint = "NOT INDEXED"


class _ByDeadline(HintedInOrder):
    """The recommendations read in deadline order, to stop at the page: SQLite might
    prefer the status index and sort every row of a status."""

    inherit_cache = True
    hint = f"INDEXED BY {_index_of(Recommendation.__table__.c.deadline)}"
