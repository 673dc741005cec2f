"""Settling a save refused because someone else saved the same record meanwhile.

On a server (or a file two people have open) a save names the revision it read; when
another user saved the record since, the save is refused (``Problem.STALE``). Rather
than lose the edit, the editor compares three versions of the record, field by field:

* *base* — the record as this editor last read it;
* *mine* — the fields this user changed since (the refused save);
* *theirs* — the record as it is now.

A field only this user changed keeps this user's value; a field only the other user
changed keeps theirs; a field both changed to different values is a
:class:`~inspectdesk.services.merge_plan.Conflict`, decided like a conflict of the
sharing merge: keep mine, take theirs, or type the value to keep.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspectdesk.services.merge import ConflictKey, Decision
from inspectdesk.services.merge_plan import Conflict

__all__ = ["RecordMerge", "merge_record"]


@dataclass(frozen=True, slots=True)
class RecordMerge:
    """What to write on top of *theirs*: ``values`` without asking, ``conflicts`` after."""

    values: dict[str, Any]
    """This user's changes that the other user did not touch (or made the same way)."""
    conflicts: tuple[Conflict, ...]
    """Fields both changed, to different values: ``mine`` and ``theirs`` are the two."""

    def settled(self, decisions: Mapping[ConflictKey, Decision]) -> dict[str, Any]:
        """The fields to write with ``decisions`` taken (a conflict not decided keeps
        mine); a field whose decision is *theirs* is left as the other user saved it."""
        values = dict(self.values)
        for conflict in self.conflicts:
            decision = decisions.get(conflict.key, "mine")
            if isinstance(decision, tuple):
                values[conflict.field] = decision[1]
            elif decision == "mine":
                values[conflict.field] = conflict.mine
        return values


def merge_record(
    table: str,
    row_id: uuid.UUID,
    label: str,
    base: Any,
    mine: Mapping[str, Any],
    theirs: Any,
) -> RecordMerge:
    """Compare my changed fields (``mine``) with the record as read (``base``) and as
    saved now (``theirs``); ``base`` and ``theirs`` have the fields as attributes."""
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for field, value in mine.items():
        now, before = getattr(theirs, field), getattr(base, field)
        if now == value:
            continue  # both made the same change, or mine is already there
        if now == before:
            values[field] = value
        else:
            conflicts.append(Conflict(table, row_id, field, value, now, label))
    return RecordMerge(values, tuple(conflicts))
