"""Importing people (cán bộ) from a sheet, with the machinery of the unit import.

A row updates the person of the same name (ignoring case and tones) in the same unit,
else creates one. The unit is named by its name or its code and must already be in the
file (import the units first). "Ông"/"Nam" and "Bà"/"Nữ" set how the minutes address
the person. Empty cells never erase what the file holds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Person, Unit
from inspectdesk.domain.enums import Honorific
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.import_common import (
    Action,
    ImportPlan,
    ImportResult,
    PlannedRow,
    ProgressCallback,
    Reason,
    RowProblem,
    apply_plan,
    file_stamp,
    insert_new,
)
from inspectdesk.services.people import is_valid_email
from inspectdesk.services.sheet_table import PEOPLE_FIELDS, SheetTable, records
from inspectdesk.text import fold

TABLES = ("person",)
_COPIED = ("job_title", "phone", "email", "note")
_LIMITS = {"full_name": 200, "job_title": 200, "phone": 60, "email": 120}
_HONORIFICS = {
    "ong": Honorific.MR,
    "nam": Honorific.MR,
    "ba": Honorific.MS,
    "nu": Honorific.MS,
}


@dataclass(slots=True)
class _Person:
    full_name: str
    unit_id: uuid.UUID | None
    honorific: Honorific
    job_title: str
    phone: str
    email: str
    note: str


@dataclass(slots=True)
class _Row:
    number: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)
    unit_id: uuid.UUID | None = None
    honorific: Honorific | None = None
    person_id: uuid.UUID | None = None
    new_id: uuid.UUID = field(default_factory=uuid.uuid4)
    changes: list[str] = field(default_factory=list)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    @property
    def name(self) -> str:
        return self.get("full_name")


def _resolve_unit(
    row: _Row, by_code: dict[str, list[uuid.UUID]], by_fold: dict[str, list[uuid.UUID]]
) -> None:
    text = row.get("unit")
    if not text:
        return
    ids = (by_code.get(text, []) if text.isdigit() else []) or by_fold.get(fold(text), [])
    if len(ids) == 1:
        row.unit_id = ids[0]
    else:
        reason = Reason.AMBIGUOUS_UNIT if ids else Reason.UNKNOWN_UNIT
        row.problems.append(RowProblem(reason, "unit", text))


def _check(row: _Row) -> None:
    if row.get("email"):
        row.values["email"] = row.get("email").replace(" ", "")
    if not row.name:
        row.problems.append(RowProblem(Reason.MISSING_NAME, "full_name"))
    for key, limit in _LIMITS.items():
        if len(row.get(key)) > limit:
            row.problems.append(RowProblem(Reason.TOO_LONG, key, limit=limit))
    if row.get("email") and not is_valid_email(row.get("email")):
        row.problems.append(RowProblem(Reason.INVALID_EMAIL, "email", row.get("email")))
    text = row.get("honorific")
    if text:
        row.honorific = _HONORIFICS.get(fold(text))
        if row.honorific is None:
            known = "Ông, Bà, Nam, Nữ"
            row.problems.append(RowProblem(Reason.UNKNOWN_VALUE, "honorific", text, known=known))


def _plan(s: Session, template: ImportPlan) -> tuple[ImportPlan, list[_Row]]:
    by_code: dict[str, list[uuid.UUID]] = {}
    by_fold: dict[str, list[uuid.UUID]] = {}
    for uid, name_fold, code in s.execute(
        select(Unit.id, Unit.name_fold, Unit.admin_code).where(Unit.deleted.is_(False))
    ):
        by_fold.setdefault(name_fold, []).append(uid)
        if code:
            by_code.setdefault(code, []).append(uid)
    people: dict[uuid.UUID, _Person] = {}
    named: dict[str, list[uuid.UUID]] = {}
    for pid, name_fold, full_name, unit_id, honorific, title, phone, email, note in s.execute(
        select(
            Person.id,
            Person.name_fold,
            Person.full_name,
            Person.unit_id,
            Person.honorific,
            Person.job_title,
            Person.phone,
            Person.email,
            Person.note,
        ).where(Person.deleted.is_(False))
    ):
        people[pid] = _Person(full_name, unit_id, honorific, title, phone, email, note)
        named.setdefault(name_fold, []).append(pid)
    rows = [_Row(r.row, dict(r.values)) for r in template.records]
    seen: dict[tuple[str, str], int] = {}
    matched: dict[uuid.UUID, int] = {}
    planned = []
    for row in rows:
        _check(row)
        _resolve_unit(row, by_code, by_fold)
        key = (fold(row.name), fold(row.get("unit")))
        if row.name and key in seen:
            row.problems.append(RowProblem(Reason.DUPLICATE, row=seen[key]))
        seen.setdefault(key, row.number)
        if not row.problems:
            _match(row, people, named)
        if row.person_id is not None:
            if row.person_id in matched:
                row.problems.append(RowProblem(Reason.DUPLICATE, row=matched[row.person_id]))
            matched.setdefault(row.person_id, row.number)
        if row.problems:
            planned.append(PlannedRow(row.number, row.name, Action.REJECT, tuple(row.problems)))
            continue
        action = Action.CREATE
        if row.person_id is not None:
            _diff(row, people[row.person_id])
            action = Action.UPDATE if row.changes else Action.UNCHANGED
        planned.append(
            PlannedRow(
                row.number, row.name, action, (), tuple(row.changes), row.person_id or row.new_id
            )
        )
    plan = ImportPlan(
        "people",
        template.source,
        template.sheet,
        PEOPLE_FIELDS,
        template.records,
        planned,
        prepared=rows,
        stamp=file_stamp(s, "people"),
    )
    return plan, rows


def _match(row: _Row, people: dict[uuid.UUID, _Person], named: dict[str, list[uuid.UUID]]) -> None:
    ids = named.get(fold(row.name), [])
    if row.get("unit"):
        ids = [i for i in ids if people[i].unit_id == row.unit_id]
    if len(ids) == 1:
        row.person_id = ids[0]
    elif ids:
        row.problems.append(RowProblem(Reason.AMBIGUOUS_MATCH, value=row.name))


def _diff(row: _Row, person: _Person) -> None:
    changes = ["full_name"] if row.name != person.full_name else []
    if row.honorific is not None and row.honorific is not person.honorific:
        changes.append("honorific")
    changes += [k for k in _COPIED if row.get(k) and row.get(k) != getattr(person, k)]
    row.changes = changes


def plan_people_import(
    db: Database, table: SheetTable, mapping: dict[int, str] | None = None
) -> ImportPlan:
    """The dry run of importing ``table``'s rows as people (nothing is written).

    Raises:
        MappingIncomplete: no column is "Họ và tên".
    """
    template = ImportPlan(
        "people",
        table.path,
        table.sheet,
        PEOPLE_FIELDS,
        tuple(records(table, PEOPLE_FIELDS, mapping)),
    )
    with db.sessions() as s:
        return _plan(s, template)[0]


def _write(s: Session, plan: ImportPlan, rows: list[_Row], progress: ProgressCallback) -> int:
    good = [r for r in rows if not r.problems]
    new = [
        {
            "id": r.new_id,
            "full_name": r.name,
            "honorific": r.honorific or Honorific.NONE,
            "unit_id": r.unit_id,
            **{k: r.get(k) for k in _COPIED},
        }
        for r in good
        if r.person_id is None
    ]
    progress(0, len(good))
    insert_new(s, Person, new)
    changed = {r.person_id: r for r in good if r.person_id is not None and r.changes}
    ids = list(changed)
    for start in range(0, len(ids), 500):
        for person in s.scalars(select(Person).where(Person.id.in_(ids[start : start + 500]))):
            row = changed[person.id]
            person.full_name = row.name
            if row.honorific is not None:
                person.honorific = row.honorific
            for key in _COPIED:
                if row.get(key):
                    setattr(person, key, row.get(key))
        s.flush()
        progress(len(new) + start, len(good))
    progress(len(good), len(good))
    return len(new)


def apply_people_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_rejected: bool = False,
    bus: ChangeBus | None = None,
    progress: ProgressCallback | None = None,
    backup_folder: Path | None = None,
) -> ImportResult:
    """Import the plan's people in one transaction, after a backup (see the unit import).

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
