"""The rules of the unit import's dry run: what each row of the sheet does, and why not.

:mod:`inspectdesk.services.unit_import` runs them in order over a :class:`Snapshot` of the
file (read in a handful of queries) and the sheet's rows (:class:`PlanRow`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import Person, Unit, UnitKind, UnitLevel
from inspectdesk.services.import_common import Reason, RowProblem, cached_fold
from inspectdesk.services.people import is_valid_email

_fold = cached_fold

COPIED = ("address", "phone", "email", "note")
LIMITS = {
    "name": 300,
    "admin_code": 20,
    "address": 300,
    "phone": 60,
    "email": 120,
    "kind": 120,
    "head_name": 200,
    "head_title": 200,
}


@dataclass(slots=True)
class FileUnit:
    """A unit of the file, as much of it as the rules compare."""

    name: str
    parent_id: uuid.UUID | None
    kind_id: uuid.UUID | None
    level_id: uuid.UUID | None
    admin_code: str
    address: str
    phone: str
    email: str
    note: str


@dataclass
class Snapshot:
    """What planning needs of the file, read once."""

    units: dict[uuid.UUID, FileUnit]
    by_code: dict[str, list[uuid.UUID]]
    by_fold: dict[str, list[uuid.UUID]]
    kinds: dict[str, uuid.UUID]
    levels: dict[str, uuid.UUID]
    level_names: list[str]
    heads: dict[uuid.UUID, dict[str, tuple[uuid.UUID, str]]]


def level_key(text: str) -> str:
    """What a level is matched by: "Cấp xã", "cap xa" and "Xã" give "xa"."""
    key = _fold(text)
    return (key[4:] if key.startswith("cap ") else key).replace(" ", "")


def read_snapshot(s: Session, with_heads: bool) -> Snapshot:
    """Read the live units, kinds, levels (and, for the heads, people) in a few queries."""
    snap = Snapshot({}, {}, {}, {}, {}, [], {})
    rows = s.execute(
        select(
            Unit.id,
            Unit.name,
            Unit.name_fold,
            Unit.parent_id,
            Unit.kind_id,
            Unit.level_id,
            Unit.admin_code,
            Unit.address,
            Unit.phone,
            Unit.email,
            Unit.note,
        ).where(Unit.deleted.is_(False))
    )
    for uid, name, name_fold, *rest in rows:
        snap.units[uid] = FileUnit(name, *rest)
        snap.by_fold.setdefault(name_fold, []).append(uid)
        if rest[3]:
            snap.by_code.setdefault(rest[3], []).append(uid)
    for kid, kind_fold in s.execute(
        select(UnitKind.id, UnitKind.name_fold).where(UnitKind.deleted.is_(False))
    ):
        snap.kinds.setdefault(kind_fold, kid)
    for lid, name in s.execute(
        select(UnitLevel.id, UnitLevel.name)
        .where(UnitLevel.deleted.is_(False))
        .order_by(UnitLevel.rank)
    ):
        snap.levels.setdefault(level_key(name), lid)
        snap.level_names.append(name)
    if with_heads:
        for pid, person_fold, unit_id, title in s.execute(
            select(Person.id, Person.name_fold, Person.unit_id, Person.job_title).where(
                Person.deleted.is_(False), Person.unit_id.is_not(None)
            )
        ):
            if unit_id is not None:
                snap.heads.setdefault(unit_id, {}).setdefault(person_fold, (pid, title))
    return snap


@dataclass(slots=True)
class PlanRow:
    """One row of the sheet while it is planned: its values, problems and what it matches."""

    number: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)
    parent_row: int | None = None
    parent_unit: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    new_id: uuid.UUID = field(default_factory=uuid.uuid4)
    kind_id: uuid.UUID | None = None
    new_kind: str = ""
    level_id: uuid.UUID | None = None
    changes: list[str] = field(default_factory=list)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    @property
    def name(self) -> str:
        return self.get("name")

    @property
    def code(self) -> str:
        return self.get("admin_code")

    @property
    def rejected(self) -> bool:
        return bool(self.problems)

    @property
    def target(self) -> uuid.UUID:
        return self.unit_id or self.new_id

    def reject(
        self, reason: Reason, *, field: str = "", value: str = "", row: int = 0, **more: int | str
    ) -> None:
        limit, known = int(more.get("limit", 0)), str(more.get("known", ""))
        self.problems.append(RowProblem(reason, field, value, row, limit, known))


@dataclass
class PlanState:
    """A finished dry run, as the writing step needs it (rows in parents-first order)."""

    rows: list[PlanRow]
    order: list[int]
    new_kinds: dict[str, str]
    snap: Snapshot


def check_values(rows: list[PlanRow], snap: Snapshot, new_kinds: dict[str, str]) -> None:
    """Reject the values that do not fit; resolve kinds and levels (new kinds collected)."""
    for row in rows:
        if row.get("email"):
            row.values["email"] = row.get("email").replace(" ", "")
        if not row.name:
            row.reject(Reason.MISSING_NAME, field="name")
        for key, limit in LIMITS.items():
            if len(row.get(key)) > limit:
                row.reject(Reason.TOO_LONG, field=key, limit=limit)
        if row.code and not row.code.isdigit():
            row.reject(Reason.NOT_DIGITS, field="admin_code", value=row.code)
        if row.get("email") and not is_valid_email(row.get("email")):
            row.reject(Reason.INVALID_EMAIL, field="email", value=row.get("email"))
        if row.get("level"):
            row.level_id = snap.levels.get(level_key(row.get("level")))
            if row.level_id is None:
                known = ", ".join(snap.level_names)
                row.reject(Reason.UNKNOWN_LEVEL, field="level", value=row.get("level"), known=known)
        kind = row.get("kind")
        if kind and len(kind) <= LIMITS["kind"]:
            row.kind_id = snap.kinds.get(_fold(kind))
            if row.kind_id is None:
                row.new_kind = _fold(kind)
                new_kinds.setdefault(row.new_kind, kind)


def find_duplicates(rows: list[PlanRow]) -> None:
    """A row naming the same code as an earlier one, or the same name under the same parent.

    A row without a parent is the same as an earlier row of that name whatever its parent
    (and the other way round): the sheet does not say they are different units. Rows with
    different codes are different units.
    """
    by_code: dict[str, int] = {}
    by_name: dict[str, list[tuple[str, str, int]]] = {}
    for row in rows:
        if not row.name:
            continue
        if row.code in by_code:
            row.reject(Reason.DUPLICATE, row=by_code[row.code])
            continue
        parent = _fold(row.get("parent"))
        earlier = by_name.setdefault(_fold(row.name), [])
        same = [
            n
            for p, code, n in earlier
            if (p == parent or not p or not parent) and not (code and row.code)
        ]
        if same:
            row.reject(Reason.DUPLICATE, row=same[0])
            continue
        earlier.append((parent, row.code, row.number))
        if row.code:
            by_code[row.code] = row.number


def resolve_parents(rows: list[PlanRow], snap: Snapshot) -> None:
    """Find each row's parent by name or code: in the sheet first, else in the file."""
    by_name: dict[str, list[int]] = {}
    by_code: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        if row.name and not any(p.reason is Reason.DUPLICATE for p in row.problems):
            by_name.setdefault(_fold(row.name), []).append(index)
            if row.code:
                by_code.setdefault(row.code, []).append(index)
    for index, row in enumerate(rows):
        text = row.get("parent")
        if not text:
            continue
        key = _fold(text)
        in_sheet = [i for i in by_code.get(text, []) or by_name.get(key, []) if i != index]
        if len(in_sheet) == 1:
            row.parent_row = in_sheet[0]
            continue
        if len(in_sheet) > 1:
            row.reject(Reason.AMBIGUOUS_PARENT, field="parent", value=text)
            continue
        in_file = snap.by_code.get(text, []) if text.isdigit() else []
        in_file = in_file or snap.by_fold.get(key, [])
        if len(in_file) == 1:
            row.parent_unit = in_file[0]
        elif in_file:
            row.reject(Reason.AMBIGUOUS_PARENT, field="parent", value=text)
        else:
            row.reject(Reason.UNKNOWN_PARENT, field="parent", value=text)


def parents_first(rows: list[PlanRow]) -> list[int]:
    """Row indexes with every parent row before its children; rows in a cycle rejected."""
    state: dict[int, int] = {}  # 1 = on the path, 2 = placed
    order: list[int] = []
    for start in range(len(rows)):
        path: list[int] = []
        current: int | None = start
        while current is not None and state.get(current) is None:
            state[current] = 1
            path.append(current)
            current = rows[current].parent_row
        if current is not None and state.get(current) == 1:  # came back onto the path
            for index in path[path.index(current) :]:
                rows[index].reject(Reason.CYCLE, field="parent")
        for index in reversed(path):
            state[index] = 2
            order.append(index)
    return order


def match_unit(row: PlanRow, rows: list[PlanRow], snap: Snapshot) -> None:
    """Find the unit of the file a row updates, if any (its parent row is matched first)."""
    if row.code and snap.by_code.get(row.code):
        ids = snap.by_code[row.code]
        if len(ids) > 1:
            ids = [i for i in ids if _fold(snap.units[i].name) == _fold(row.name)]
        if len(ids) == 1:
            row.unit_id = ids[0]
        else:
            row.reject(Reason.AMBIGUOUS_MATCH, value=row.code)
        return
    ids = [
        i
        for i in snap.by_fold.get(_fold(row.name), [])
        if not row.code or snap.units[i].admin_code in ("", row.code)
    ]
    if row.parent_row is not None:
        parent = rows[row.parent_row].unit_id
        ids = [i for i in ids if parent is not None and snap.units[i].parent_id == parent]
    elif row.parent_unit is not None:
        ids = [i for i in ids if snap.units[i].parent_id == row.parent_unit]
    elif len(ids) > 1:
        top = [i for i in ids if snap.units[i].parent_id is None]
        ids = top if len(top) == 1 else ids
    if len(ids) == 1:
        row.unit_id = ids[0]
    elif ids:
        row.reject(Reason.AMBIGUOUS_MATCH, value=row.name)


def parent_of(row: PlanRow, rows: list[PlanRow]) -> uuid.UUID | None:
    """The id of the row's parent (a new row's id is chosen when it is planned)."""
    if row.parent_row is not None:
        return rows[row.parent_row].target
    return row.parent_unit


def check_cycles_with_file(state: PlanState) -> None:
    """A unit moved under one of its own descendants in the file."""
    rows, snap = state.rows, state.snap
    final = {uid: unit.parent_id for uid, unit in snap.units.items()}
    for row in rows:
        if not row.rejected and (row.get("parent") or row.unit_id is None):
            final[row.target] = parent_of(row, rows)
    for row in rows:
        if row.rejected or row.unit_id is None or not row.get("parent"):
            continue
        seen: set[uuid.UUID] = set()
        current = final.get(row.target)
        while current is not None and current not in seen:
            if current == row.target:
                row.reject(Reason.CYCLE, field="parent")
                break
            seen.add(current)
            current = final.get(current)


def diff(row: PlanRow, rows: list[PlanRow], snap: Snapshot) -> None:
    """Set ``row.changes``: the fields whose non-empty cells differ from the file."""
    unit = snap.units[row.unit_id] if row.unit_id else None
    heads = snap.heads.get(row.unit_id, {}) if row.unit_id else {}
    head = row.get("head_name")
    if unit is None:
        row.changes = ["head"] if head else []
        return
    changes = []
    if row.name != unit.name:
        changes.append("name")
    if row.get("parent") and parent_of(row, rows) != unit.parent_id:
        changes.append("parent")
    if row.get("kind") and (row.new_kind or row.kind_id != unit.kind_id):
        changes.append("kind")
    if row.level_id is not None and row.level_id != unit.level_id:
        changes.append("level")
    if row.code and row.code != unit.admin_code:
        changes.append("admin_code")
    changes += [k for k in COPIED if row.get(k) and row.get(k) != getattr(unit, k)]
    if head:
        known = heads.get(_fold(head))
        if known is None:
            changes.append("head")
        elif row.get("head_title") and row.get("head_title") != known[1]:
            changes.append("head_title")
    row.changes = changes
