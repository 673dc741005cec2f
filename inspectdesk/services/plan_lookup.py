"""Finding units, kinds, levels and checklists by the names a plan file gives them.

Two keys, tried in turn: the *exact* key (NFC, case-folded, spaces collapsed and
trimmed), then the *folded* key of :func:`inspectdesk.text.fold` (tones and letter marks
dropped too). A name is taken only when one row answers to the first key that finds
any, so "Tam Dao" finds "Tam Đảo" when nothing else folds to it, and "Tam Đảo" finds
"Tam Đảo" even if a "Tam Dao" exists. Several rows with the same name are told apart by
a path of ancestors, ``"UBND huyện Vĩnh Tường > UBND xã Tân Tiến"`` (each step any
number of levels up).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import Unit
from inspectdesk.text import clean_line, fold

PATH_SEPARATOR = ">"


class NameProblem(Exception):
    """No row (``count`` 0) or several rows (``count``) answer to a name."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def exact_key(name: str) -> str:
    """NFC, case-folded, with spaces collapsed and trimmed."""
    return clean_line(name).casefold()


class Lookup:
    """Rows (id, name, parent id) found by name; see the module's docstring."""

    def __init__(self, entries: Iterable[tuple[uuid.UUID, str, uuid.UUID | None]]) -> None:
        self.names: dict[uuid.UUID, str] = {}
        self.parents: dict[uuid.UUID, uuid.UUID | None] = {}
        self._exact: dict[str, list[uuid.UUID]] = {}
        self._folded: dict[str, list[uuid.UUID]] = {}
        for row_id, name, parent_id in entries:
            self.names[row_id] = name
            self.parents[row_id] = parent_id
            self._exact.setdefault(exact_key(name), []).append(row_id)
            self._folded.setdefault(fold(name), []).append(row_id)

    @classmethod
    def units(cls, s: Session) -> Lookup:
        """The live units."""
        rows = s.execute(select(Unit.id, Unit.name, Unit.parent_id).where(Unit.deleted.is_(False)))
        return cls((row_id, name, parent_id) for row_id, name, parent_id in rows)

    @classmethod
    def of(cls, s: Session, model: Any) -> Lookup:
        """The live rows of a catalogue with a ``name`` (unit kinds, unit levels)."""
        rows = s.execute(select(model.id, model.name).where(model.deleted.is_(False)))
        return cls((row_id, name, None) for row_id, name in rows)

    def _matches(self, name: str) -> list[uuid.UUID]:
        return self._exact.get(exact_key(name)) or self._folded.get(fold(name), [])

    def _ancestors(self, row_id: uuid.UUID) -> list[uuid.UUID]:
        found: list[uuid.UUID] = []
        parent = self.parents.get(row_id)
        while parent is not None and parent not in found and parent != row_id:
            found.append(parent)
            parent = self.parents.get(parent)
        return found

    def _by_path(self, text: str) -> list[uuid.UUID]:
        steps = text.split(PATH_SEPARATOR)
        if len(steps) < 2 or not all(step.strip() for step in steps):
            return []
        above = [set(self._matches(step)) for step in reversed(steps[:-1])]
        result = []
        for candidate in self._matches(steps[-1]):
            wanted = iter(above)
            step = next(wanted, None)
            for ancestor in self._ancestors(candidate):
                if step is not None and ancestor in step:
                    step = next(wanted, None)
            if step is None:
                result.append(candidate)
        return result

    def resolve(self, text: str) -> uuid.UUID:
        """The one row a name (or a path of names) stands for.

        Raises:
            NameProblem: none or several.
        """
        found = self._matches(text)
        if not found and PATH_SEPARATOR in text:
            found = self._by_path(text)
        if len(found) != 1:
            raise NameProblem(len(found))
        return found[0]

    def _answers(self, text: str, row_id: uuid.UUID) -> bool:
        try:
            return self.resolve(text) == row_id
        except NameProblem:
            return False

    def name_for(self, row_id: uuid.UUID) -> str:
        """The shortest text that :meth:`resolve` takes back to ``row_id``: the name, else
        a path through as many ancestors as it takes (the name, when none does)."""
        name = self.names.get(row_id, "")
        if self._answers(name, row_id):
            return name
        steps = [name]
        for ancestor in self._ancestors(row_id):
            steps.insert(0, self.names.get(ancestor, ""))
            text = f" {PATH_SEPARATOR} ".join(steps)
            if self._answers(text, row_id):
                return text
        return name
