"""Steering and stopping long reads: join order and index hints, reads that can be abandoned.

The paged lists (findings, recommendations) read half a million rows by ``LIMIT`` and
``OFFSET``. Two things make that fast and responsive on SQLite:

* :class:`InOrder` (and :class:`HintedInOrder`) make SQLite join tables in the order
  written, reading the first along an index so a page stops as soon as it is full;
  other databases get a plain join;
* :func:`interruptible` lets SQLite (or a PostgreSQL server) give up a statement
  half-way once the caller no longer wants its answer (the user typed again), raising
  :class:`QueryCancelled`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Join
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

__all__ = ["HintedInOrder", "InOrder", "QueryCancelled", "ShouldStop", "interruptible"]

ShouldStop = Callable[[], bool]
"""Returns true when the caller no longer wants the answer."""

_PROGRESS_STEPS = 20_000
"""SQLite virtual-machine steps between two ``should_stop`` checks (well under 1 ms)."""


class QueryCancelled(Exception):
    """A read was stopped because its ``should_stop`` said so."""


class InOrder(Join):
    """An inner join that SQLite must run in the order written (``CROSS JOIN``).

    Other databases get a plain ``JOIN``. Used to read units (or dates) in index order
    and stop as soon as a page is full.
    """

    inherit_cache = True


@compiles(InOrder, "sqlite")
def _in_order_sqlite(element: InOrder, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(element.left, **kw)
    right = compiler.process(element.right, **kw)
    kw.pop("asfrom")
    return f"{left} CROSS JOIN {right} ON {compiler.process(element.onclause, **kw)}"


class HintedInOrder(InOrder):
    """A join run in the order written, telling SQLite how to read its left table
    (``hint``: ``NOT INDEXED``, ``INDEXED BY …``). Other databases get a plain join."""

    inherit_cache = True
    hint = ""


@compiles(HintedInOrder, "sqlite")
def _hinted_in_order_sqlite(element: HintedInOrder, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(element.left, **kw)
    right = compiler.process(element.right, **kw)
    kw.pop("asfrom")
    on = compiler.process(element.onclause, **kw)
    return f"{left} {element.hint} CROSS JOIN {right} ON {on}"


@contextmanager
def interruptible(s: Session, should_stop: ShouldStop | None) -> Iterator[None]:
    """Let the database abandon the statements run in this block once ``should_stop()``
    is true: SQLite checks between virtual-machine steps, a PostgreSQL server is sent a
    cancel request by a watcher (within :data:`_SERVER_POLL_S`)."""
    raw: Any = None
    watcher: _CancelWatcher | None = None
    if should_stop is not None:
        raw = s.connection().connection.dbapi_connection
        if isinstance(raw, sqlite3.Connection):
            raw.set_progress_handler(lambda: 1 if should_stop() else 0, _PROGRESS_STEPS)
        else:
            if callable(getattr(raw, "cancel", None)):
                watcher = _CancelWatcher(raw, should_stop)
            raw = None
    try:
        if should_stop is not None and should_stop():
            raise QueryCancelled
        yield
    except OperationalError as exc:
        if should_stop is not None and should_stop():
            raise QueryCancelled from exc
        raise
    finally:
        if raw is not None:
            raw.set_progress_handler(None, 0)
        if watcher is not None:
            watcher.stop()


_SERVER_POLL_S = 0.05
"""How often a read on a server asks ``should_stop`` (a cancel reaches it within this)."""


class _CancelWatcher:
    """A thread that sends the server a cancel request once ``should_stop()`` is true.

    psycopg's ``Connection.cancel()`` is safe to call from another thread; the running
    statement then fails with ``QueryCanceled``, which :func:`interruptible` turns into
    :class:`QueryCancelled`. A request arriving when no statement runs does nothing.
    """

    def __init__(self, raw: Any, should_stop: ShouldStop) -> None:
        self._raw, self._should_stop = raw, should_stop
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="query-cancel", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(_SERVER_POLL_S):
            if self._should_stop():
                with contextlib.suppress(Exception):  # the connection may be closing
                    self._raw.cancel()
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()
