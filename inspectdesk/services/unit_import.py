"""Importing units from a sheet: a dry run that plans every row, then all or nothing.

A row updates the unit with the same administrative code, else the unit of the same
name (ignoring case and tones) under the same parent; otherwise it creates a unit. A
parent is named by its name or its code, in the sheet (before or after its children) or
already in the file. Empty cells never erase what the file holds.

Kinds and levels are matched ignoring case and tones ("cấp xã" is the level "Xã"). An
unknown **kind** is added to the catalogue (kinds are only names, and lists use their own);
an unknown **level** rejects the row (levels are set by law and order the reports).
"Người đứng đầu" and "Chức vụ" add the head to the unit's people (or update their title).

Planning reads the file in a handful of queries whatever the size of the sheet.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Person, Unit, UnitKind
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.import_common import (
    Action,
    ImportPlan,
    ImportResult,
    PlannedRow,
    ProgressCallback,
    Reason,
    apply_plan,
    cached_fold,
    file_stamp,
    insert_new,
)
from inspectdesk.services.sheet_table import UNIT_FIELDS, SheetTable, records
from inspectdesk.services.unit_import_rules import (
    COPIED,
    PlanRow,
    PlanState,
    Snapshot,
    check_cycles_with_file,
    check_values,
    diff,
    find_duplicates,
    match_unit,
    parent_of,
    parents_first,
    read_snapshot,
    resolve_parents,
)

TABLES = ("unit", "unit_kind", "person")
M = TypeVar("M", Unit, Person)
_BATCH = 1000


def _plan(s: Session, template: ImportPlan) -> tuple[ImportPlan, PlanState]:
    rows = [PlanRow(r.row, dict(r.values)) for r in template.records]
    keys = {k for r in template.records for k in r.values}
    snap = read_snapshot(s, "head_name" in keys)
    new_kinds: dict[str, str] = {}
    check_values(rows, snap, new_kinds)
    find_duplicates(rows)
    resolve_parents(rows, snap)
    order = parents_first(rows)
    matched: dict[uuid.UUID, int] = {}
    for index in order:
        row = rows[index]
        parent = rows[row.parent_row] if row.parent_row is not None else None
        if parent is not None and parent.rejected and not row.rejected:
            row.reject(Reason.PARENT_REJECTED, field="parent", row=parent.number)
        if row.rejected:
            continue
        match_unit(row, rows, snap)
        if row.unit_id is not None:
            if row.unit_id in matched:
                row.reject(Reason.DUPLICATE, row=matched[row.unit_id])
            else:
                matched[row.unit_id] = row.number
    state = PlanState(rows, order, new_kinds, snap)
    check_cycles_with_file(state)
    for index in order:
        row = rows[index]
        parent = rows[row.parent_row] if row.parent_row is not None else None
        if parent is not None and parent.rejected and not row.rejected:
            row.reject(Reason.PARENT_REJECTED, field="parent", row=parent.number)
    planned = []
    for row in rows:
        if row.rejected:
            planned.append(PlannedRow(row.number, row.name, Action.REJECT, tuple(row.problems)))
            continue
        diff(row, rows, snap)
        action = Action.CREATE if row.unit_id is None else Action.UPDATE
        if row.unit_id is not None and not row.changes:
            action = Action.UNCHANGED
        planned.append(PlannedRow(row.number, row.name, action, (), tuple(row.changes), row.target))
    used_kinds = {r.new_kind for r in rows if r.new_kind and not r.rejected}
    plan = ImportPlan(
        entity="units",
        source=template.source,
        sheet=template.sheet,
        fields=UNIT_FIELDS,
        records=template.records,
        rows=planned,
        new_kinds=tuple(v for k, v in new_kinds.items() if k in used_kinds),
        prepared=state,
        stamp=file_stamp(s, "units"),
    )
    return plan, state


def plan_unit_import(
    db: Database, table: SheetTable, mapping: dict[int, str] | None = None
) -> ImportPlan:
    """The dry run of importing ``table``'s rows as units (nothing is written).

    Args:
        db: The open file.
        table: What :func:`~inspectdesk.services.sheet_table.read_table` found.
        mapping: Column index → field key when the user corrected the recognised one.

    Raises:
        MappingIncomplete: no column is "Tên đơn vị".
    """
    template = ImportPlan(
        "units", table.path, table.sheet, UNIT_FIELDS, tuple(records(table, UNIT_FIELDS, mapping))
    )
    with db.sessions() as s:
        return _plan(s, template)[0]


def _write(s: Session, plan: ImportPlan, state: PlanState, progress: ProgressCallback) -> int:
    rows = [state.rows[i] for i in state.order if not state.rows[i].rejected]
    total = len(rows)
    kinds = {key: uuid.uuid4() for key in state.new_kinds}
    for key, kid in kinds.items():
        if any(r.new_kind == key for r in rows):
            s.add(UnitKind(id=kid, name=state.new_kinds[key]))
    s.flush()
    new_units = []
    for row in rows:
        if row.unit_id is None:
            new_units.append(
                {
                    "id": row.new_id,
                    "name": row.name,
                    "parent_id": parent_of(row, state.rows),
                    "kind_id": kinds.get(row.new_kind) if row.new_kind else row.kind_id,
                    "level_id": row.level_id,
                    "admin_code": row.code,
                    **{k: row.get(k) for k in COPIED},
                }
            )
    progress(0, total)
    insert_new(s, Unit, new_units)  # parents first: ``rows`` is in that order
    progress(len(new_units), total)
    changed = [r for r in rows if r.unit_id is not None and r.changes]
    existing = _load(s, Unit, [r.unit_id for r in changed if r.unit_id])
    for done, row in enumerate(changed, start=len(new_units) + 1):
        _update(existing[row.target], row, state.rows, kinds)
        if done % _BATCH == 0:
            s.flush()
            progress(done, total)
    s.flush()
    added = _write_heads(s, [r for r in rows if r.get("head_name")], state.snap)
    progress(total, total)
    return added


def _update(unit: Unit, row: PlanRow, rows: list[PlanRow], kinds: dict[str, uuid.UUID]) -> None:
    """Copy a matched row's non-empty cells onto its unit."""
    unit.name = row.name
    if row.get("parent"):
        unit.parent_id = parent_of(row, rows)
    if row.get("kind"):
        unit.kind_id = kinds.get(row.new_kind) if row.new_kind else row.kind_id
    if row.level_id is not None:
        unit.level_id = row.level_id
    if row.code:
        unit.admin_code = row.code
    for key in COPIED:
        if row.get(key):
            setattr(unit, key, row.get(key))


def _load(s: Session, model: type[M], ids: list[uuid.UUID]) -> dict[uuid.UUID, M]:
    found: dict[uuid.UUID, M] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update({o.id: o for o in s.scalars(select(model).where(model.id.in_(chunk)))})
    return found


def _write_heads(s: Session, rows: list[PlanRow], snap: Snapshot) -> int:
    """Add each unit's head to its people, or update the head's title."""
    added: list[dict[str, object]] = []
    retitled: dict[uuid.UUID, str] = {}
    for row in rows:
        name, title = row.get("head_name"), row.get("head_title")
        known = snap.heads.get(row.target, {}).get(cached_fold(name))
        if known is None:
            added.append(
                {"id": uuid.uuid4(), "full_name": name, "job_title": title, "unit_id": row.target}
            )
        elif title and title != known[1]:
            retitled[known[0]] = title
    insert_new(s, Person, added)
    people = _load(s, Person, list(retitled))
    for pid, title in retitled.items():
        people[pid].job_title = title
    s.flush()
    return len(added)


def apply_unit_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_rejected: bool = False,
    bus: ChangeBus | None = None,
    progress: ProgressCallback | None = None,
    backup_folder: Path | None = None,
) -> ImportResult:
    """Import the plan's rows in one transaction, after a backup of the file.

    Args:
        db: The open file (writable).
        plan: A dry run from :func:`plan_unit_import`; it is planned again inside the
            transaction, so changes made since are taken into account.
        skip_rejected: Import the other rows when some are rejected (the user said so).
        bus: Told which tables changed, after the commit.
        progress: Called with (done, total); raising from it cancels: nothing is written.
        backup_folder: Where the backup goes (default: the application's backups folder).

    Raises:
        ImportRejected: a row is rejected and ``skip_rejected`` is false.
    """
    return apply_plan(
        db,
        plan,
        lambda s: _plan(s, plan),
        _write,
        tables=TABLES,
        skip_rejected=skip_rejected,
        bus=bus,
        progress=progress,
        backup_folder=backup_folder,
    )
