"""Telling the screens what a unit of work changed.

Services publish a :class:`Changes` after each commit; the UI subscribes once and
refreshes only the views that show those tables. Plain Python callbacks keep the
core free of Qt; the UI turns them into a Qt signal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The tables (and, when known, the rows) a committed unit of work touched."""

    tables: frozenset[str]
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)


class ChangeBus:
    """A list of subscribers called, in order, with every published :class:`Changes`."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Changes], None]] = []

    def subscribe(self, callback: Callable[[Changes], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Changes], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def publish(self, tables: Iterable[str], ids: Iterable[uuid.UUID] = ()) -> Changes:
        changes = Changes(frozenset(tables), frozenset(ids))
        for callback in list(self._subscribers):
            callback(changes)
        return changes
