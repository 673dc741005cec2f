"""Findings read a page at a time, for lists far too long to load whole.

A :class:`FindingQuery` says which findings (tone-blind words, kind, plan, unit, visit
status) and in which order; :meth:`FindingQuery.count` tells how many there are and
:meth:`FindingQuery.fetch` returns one page of them (``LIMIT``/``OFFSET`` over indexed
columns; the search is ``LIKE`` on the stored folded text). Nothing is loaded that is
not shown, so a file of 500,000 findings opens and filters as fast as a small one.

Every read can be stopped half-way by a ``should_stop`` callable (checked by SQLite
every few thousand steps): a query superseded by the user's next keystroke gives up
instead of running to its end, and raises :class:`QueryCancelled`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    join,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistItem, ChecklistSection, Finding, Unit, Visit
from inspectdesk.db.ordering import ascending, descending
from inspectdesk.domain.enums import FindingKind, VisitStatus
from inspectdesk.services.sqlite_reading import InOrder, QueryCancelled, ShouldStop, interruptible
from inspectdesk.text import fold

__all__ = ["FindingListRow", "FindingQuery", "FindingSort", "QueryCancelled", "ShouldStop"]


class FindingSort(StrEnum):
    """The orders a findings list offers (one per column)."""

    UNIT = "unit"
    DATE = "date"
    KIND = "kind"
    ITEM = "item"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class FindingListRow:
    """One finding as a list shows it."""

    id: uuid.UUID
    visit_id: uuid.UUID
    unit: str
    visit_date: date | None
    kind: FindingKind
    item_code: str
    text: str


@dataclass(frozen=True, slots=True)
class FindingQuery:
    """Which live findings of live visits, in which order.

    Attributes:
        search: words that must all occur in the finding's text, tones and case ignored.
        kind: only findings of this kind.
        plan_id: only findings of visits of this plan.
        unit_id: only findings of visits to this unit.
        visit_status: only findings of visits in this status.
        sort: the column to sort by; ties are broken by unit, date and position.
        descending: reverse the order.
    """

    search: str = ""
    kind: FindingKind | None = None
    plan_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    visit_status: VisitStatus | None = None
    sort: FindingSort = FindingSort.UNIT
    descending: bool = False

    def words(self) -> list[str]:
        """The folded words of :attr:`search`."""
        return fold(self.search).split()

    def _visit_filters(self) -> list[ColumnElement[bool]]:
        filters: list[ColumnElement[bool]] = []
        if self.plan_id is not None:
            filters.append(Visit.plan_id == self.plan_id)
        if self.unit_id is not None:
            filters.append(Visit.unit_id == self.unit_id)
        if self.visit_status is not None:
            filters.append(Visit.status == self.visit_status)
        return filters

    def _finding_filters(self) -> list[ColumnElement[bool]]:
        # "IS NOT true" rather than "IS false": SQLite must not walk the nearly useless
        # index on ``deleted`` (every row is live) instead of a better plan.
        filters: list[ColumnElement[bool]] = [Finding.deleted.is_not(True)]
        if self.kind is not None:
            filters.append(Finding.kind == self.kind)
        for word in self.words():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            filters.append(Finding.text_fold.like(f"%{escaped}%", escape="\\"))
        return filters

    def _order(self) -> list[Any]:
        unit_date = [Unit.name_sort, Visit.scheduled_on]
        by_sort: dict[FindingSort, list[Any]] = {
            FindingSort.UNIT: unit_date,
            FindingSort.DATE: [Visit.scheduled_on, Unit.name_sort],
            FindingSort.KIND: [_KIND_ORDER, *unit_date],
            FindingSort.ITEM: [
                func.coalesce(ChecklistSection.position, 0),
                func.coalesce(ChecklistItem.position, 0),
                *unit_date,
            ],
            FindingSort.TEXT: [Finding.text_fold, Finding.text],
        }
        keys = [*by_sort[self.sort], Finding.position, Finding.id]
        if self.descending:
            return [descending(k) if k is Visit.scheduled_on else k.desc() for k in keys]
        return [ascending(k) if k is Visit.scheduled_on else k for k in keys]

    def _walks_index(
        self, offset: int, limit: int, matches: int | None, total: int | None = None
    ) -> bool:
        """Whether to read in index order (units or dates first) and stop at the page.

        Reading in order finds the page after about ``(offset + limit) × total /
        matches`` findings, each costing a few index look-ups; filtering every finding
        first costs a cheap pass over all of them, joins for the matches, and a sort
        that grows with ``offset + limit``. :data:`_COST` weighs the two (measured on
        500,000 findings, see docs/performance.md).
        """
        if self.sort not in (FindingSort.UNIT, FindingSort.DATE):
            return False
        if matches is None or total is None or total <= 0:
            if matches is not None and self.words():
                return (offset + limit) * 4 <= matches
            return not self.words() and self.kind is None and not self._visit_filters()
        if matches <= 0:
            return False
        share = min(1.0, matches / total)
        reach = min(1.0, (offset + limit) / matches)
        walk = reach * _COST["walk"]
        scan = _COST["pass"] + share * (_COST["join"] + reach * _COST["sort"])
        return walk < scan

    def _rows_statement(self, walk: bool = False) -> Select[*tuple[Any, ...]]:
        visit_on = and_(Visit.id == Finding.visit_id, Visit.deleted.is_not(True))
        unit_on = Unit.id == Visit.unit_id
        if walk and self.sort is FindingSort.UNIT:
            source: Any = InOrder(InOrder(Unit, Visit, unit_on), Finding, visit_on)
        elif walk:
            source = InOrder(InOrder(Visit, Unit, unit_on), Finding, visit_on)
        else:
            source = join(join(Finding, Visit, visit_on), Unit, unit_on)
        stmt = (
            select(
                Finding.id,
                Finding.visit_id,
                Unit.name,
                Visit.scheduled_on,
                Finding.kind,
                func.coalesce(ChecklistItem.code, ""),
                Finding.text,
            )
            .select_from(source)
            .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        )
        if self.sort is FindingSort.ITEM:
            stmt = stmt.outerjoin(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        return stmt.where(*self._finding_filters(), *self._visit_filters()).order_by(*self._order())

    def count_statement(self) -> Select[*tuple[Any, ...]]:
        """The ``SELECT count(*)`` this query runs (for benchmarks and query plans)."""
        visit_filters = self._visit_filters()
        if visit_filters:
            live = select(Visit.id).where(Visit.deleted.is_not(True), *visit_filters)
            in_visits = Finding.visit_id.in_(live)
        else:  # few visits are deleted: excluding them is cheaper than joining the rest
            in_visits = Finding.visit_id.not_in(select(Visit.id).where(Visit.deleted.is_(True)))
        return select(func.count()).select_from(Finding).where(*self._finding_filters(), in_visits)

    def page_statement(
        self, offset: int, limit: int, matches: int | None = None, total: int | None = None
    ) -> Select[*tuple[Any, ...]]:
        """The ``SELECT`` of one page (for benchmarks and query plans).

        ``matches`` (the :meth:`count`) and ``total`` (about how many findings the file
        holds), when known, choose the faster plan; the rows are the same either way.
        """
        walk = self._walks_index(offset, limit, matches, total)
        return self._rows_statement(walk).offset(max(0, offset)).limit(max(0, limit))

    def count(self, db: Database, should_stop: ShouldStop | None = None) -> int:
        """How many findings match.

        Raises:
            QueryCancelled: ``should_stop`` returned true before the count was done.
        """
        with db.sessions() as s, interruptible(s, should_stop):
            return int(s.execute(self.count_statement()).scalar_one())

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        should_stop: ShouldStop | None = None,
        matches: int | None = None,
    ) -> list[FindingListRow]:
        """The matching findings from position ``offset`` (0-based), at most ``limit`` of them.

        ``matches``, the :meth:`count` when the caller knows it, picks the faster plan;
        the rows are the same without it.

        Raises:
            QueryCancelled: ``should_stop`` returned true before the page was read.
        """
        if matches == 0 or limit <= 0:
            return []
        with db.sessions() as s, interruptible(s, should_stop):
            total = _findings_in_file(s) if matches is not None else None
            statement = self.page_statement(offset, limit, matches, total)
            return [FindingListRow(*row) for row in s.execute(statement)]

    def iter_rows(
        self,
        db: Database,
        batch: int = 2000,
        should_stop: ShouldStop | None = None,
        matches: int | None = None,
    ) -> Iterator[list[FindingListRow]]:
        """Every matching finding in order, ``batch`` rows at a time, in one read.

        ``matches`` (the :meth:`count`), when known, picks the faster plan.

        Raises:
            QueryCancelled: ``should_stop`` returned true while reading.
        """
        if matches == 0:
            return
        with db.sessions() as s, interruptible(s, should_stop):
            total = _findings_in_file(s) if matches is not None else None
            walk = self._walks_index(0, matches or 0, matches, total)
            statement = self._rows_statement(walk).execution_options(yield_per=batch)
            result = s.execute(statement)
            try:
                for part in result.partitions(batch):
                    yield [FindingListRow(*row) for row in part]
                    if should_stop is not None and should_stop():
                        raise QueryCancelled
            finally:
                result.close()  # a server-side cursor is closed even when stopped


_COST = {"walk": 1.1, "pass": 0.25, "join": 1.3, "sort": 4.3}
"""Microseconds per finding of the file: reading one in index order (``walk``), testing
one in a plain pass (``pass``), joining a match (``join``), keeping one for the sort."""


def _findings_in_file(s: Session) -> int | None:
    """About how many findings the file holds, at once (SQLite's largest rowid)."""
    if s.get_bind().dialect.name != "sqlite":
        return None
    return s.execute(select(func.max(literal_column("rowid"))).select_from(Finding)).scalar()


_KIND_ORDER = case(
    {
        FindingKind.STRENGTH.value: 1,
        FindingKind.SHORTCOMING.value: 2,
        FindingKind.VIOLATION.value: 3,
    },
    value=Finding.kind,
    else_=4,
)
"""Kinds in the order of the minutes: ưu điểm, tồn tại/hạn chế, vi phạm."""
