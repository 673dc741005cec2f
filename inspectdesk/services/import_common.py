"""What the unit and people imports share: the plan of a dry run, its wording, its report.

A plan says, for every row of the sheet, what the import will do (create, update, leave
unchanged, or reject) and why a rejected row cannot be imported. The report of a plan
(or of a finished import) is a text or .xlsx file a secretary can keep or send on.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from inspectdesk.db.audit import current_actor
from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    ChangeLogEntry,
    Person,
    Syncable,
    Unit,
    UnitKind,
    UnitLevel,
    utcnow,
)
from inspectdesk.db.types import stored_sort_key
from inspectdesk.domain.enums import ChangeAction
from inspectdesk.errors import DiskFull, FileMissing, ImportRejected, NotAFile, ReadOnlyFile
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.files import backup_before
from inspectdesk.services.sheet_table import FieldSpec, Record
from inspectdesk.text import fold

T = TypeVar("T")
_INSERT_BATCH = 2000
cached_fold = lru_cache(maxsize=1 << 16)(fold)
""":func:`~inspectdesk.text.fold`, remembered: an import folds each name several times."""


class Action(StrEnum):
    """What an import does with one row."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


class Reason(StrEnum):
    """Why a row is rejected (each is worded by :func:`describe_problem`)."""

    MISSING_NAME = "missing_name"
    DUPLICATE = "duplicate"
    UNKNOWN_PARENT = "unknown_parent"
    AMBIGUOUS_PARENT = "ambiguous_parent"
    PARENT_REJECTED = "parent_rejected"
    CYCLE = "cycle"
    AMBIGUOUS_MATCH = "ambiguous_match"
    UNKNOWN_LEVEL = "unknown_level"
    UNKNOWN_UNIT = "unknown_unit"
    AMBIGUOUS_UNIT = "ambiguous_unit"
    UNKNOWN_VALUE = "unknown_value"
    TOO_LONG = "too_long"
    NOT_DIGITS = "not_digits"
    INVALID_EMAIL = "invalid_email"


_WORDS: dict[Reason, tuple[str, str]] = {
    Reason.MISSING_NAME: ("thiếu “{field}”", "“{field}” is empty"),
    Reason.DUPLICATE: ("trùng với dòng {row}", "the same as row {row}"),
    Reason.UNKNOWN_PARENT: (
        "không tìm thấy đơn vị cấp trên “{value}”",
        "no parent unit “{value}” was found",
    ),
    Reason.AMBIGUOUS_PARENT: (
        "có nhiều đơn vị tên “{value}”; hãy ghi mã đơn vị cấp trên",
        "several units are named “{value}”; give the parent's code",
    ),
    Reason.PARENT_REJECTED: (
        "đơn vị cấp trên ở dòng {row} không nhập được",
        "its parent unit, row {row}, cannot be imported",
    ),
    Reason.CYCLE: (
        "đơn vị cấp trên tạo thành vòng lặp (đơn vị là cấp trên của chính nó)",
        "the parent units form a cycle (the unit would be its own parent)",
    ),
    Reason.AMBIGUOUS_MATCH: (
        "đã có nhiều bản ghi tên “{value}”; hãy ghi mã hoặc đơn vị cấp trên",
        "several records are already named “{value}”; give a code or the parent unit",
    ),
    Reason.UNKNOWN_LEVEL: (
        "“{value}” không phải cấp hành chính đã có ({known})",
        "“{value}” is not a known level ({known})",
    ),
    Reason.UNKNOWN_UNIT: ("không tìm thấy đơn vị “{value}”", "no unit “{value}” was found"),
    Reason.AMBIGUOUS_UNIT: (
        "có nhiều đơn vị tên “{value}”; hãy ghi mã đơn vị",
        "several units are named “{value}”; give the unit's code",
    ),
    Reason.UNKNOWN_VALUE: (
        "“{field}” không nhận giá trị “{value}” ({known})",
        "“{field}” cannot be “{value}” ({known})",
    ),
    Reason.TOO_LONG: (
        "“{field}” dài quá {limit} ký tự",
        "“{field}” is longer than {limit} characters",
    ),
    Reason.NOT_DIGITS: ("“{field}” chỉ được gồm chữ số", "“{field}” must be digits only"),
    Reason.INVALID_EMAIL: (
        "“{value}” không phải địa chỉ thư điện tử",
        "“{value}” is not an email address",
    ),
}

ACTION_WORDS: dict[Action, tuple[str, str]] = {
    Action.CREATE: ("Thêm mới", "Create"),
    Action.UPDATE: ("Cập nhật", "Update"),
    Action.UNCHANGED: ("Không đổi", "Unchanged"),
    Action.REJECT: ("Không nhập", "Rejected"),
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row is rejected; ``field`` is a field key, ``row`` another row's number."""

    reason: Reason
    field: str = ""
    value: str = ""
    row: int = 0
    limit: int = 0
    known: str = ""


def describe_problem(
    problem: RowProblem, fields: tuple[FieldSpec, ...] = (), lang: str = "vi"
) -> str:
    """One rejection reason as a phrase, in Vietnamese (``vi``) or English (``en``)."""
    labels = {f.key: f.label for f in fields}
    vi, en = _WORDS[problem.reason]
    return (vi if lang == "vi" else en).format(
        field=labels.get(problem.field, problem.field),
        value=problem.value,
        row=problem.row,
        limit=problem.limit,
        known=problem.known,
    )


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """What an import does with one row of the sheet.

    ``changes`` are the keys of the fields an update changes (``head`` for the head of
    a unit added to its people); ``record_id`` the id the row creates or updates.
    """

    row: int
    name: str
    action: Action
    problems: tuple[RowProblem, ...] = ()
    changes: tuple[str, ...] = ()
    record_id: uuid.UUID | None = None


@dataclass
class ImportPlan:
    """The dry run of an import: every row's fate, nothing written.

    ``records`` are the sheet's rows as read (an apply plans again from them, inside its
    transaction); ``new_kinds`` the unit kinds the import adds to the catalogue.
    """

    entity: str
    source: Path
    sheet: str
    fields: tuple[FieldSpec, ...]
    records: tuple[Record, ...]
    rows: list[PlannedRow] = field(default_factory=list)
    new_kinds: tuple[str, ...] = ()
    prepared: object = field(default=None, repr=False, compare=False)
    stamp: tuple[object, ...] = field(default=(), repr=False, compare=False)

    def count(self, action: Action) -> int:
        """How many rows get ``action``."""
        return self.counts().get(action, 0)

    def counts(self) -> Counter[Action]:
        """How many rows get each action."""
        return Counter(r.action for r in self.rows)

    @property
    def rejected(self) -> list[PlannedRow]:
        """The rows that cannot be imported, in sheet order."""
        return [r for r in self.rows if r.action is Action.REJECT]

    def reasons(self, row: PlannedRow, lang: str = "vi") -> str:
        """A row's rejection reasons as one line."""
        return "; ".join(describe_problem(p, self.fields, lang) for p in row.problems)

    def summary(self, lang: str = "vi") -> str:
        """``5 thêm mới, 2 cập nhật, 1 không đổi, 3 không nhập``."""
        counts = self.counts()
        index = 0 if lang == "vi" else 1
        return ", ".join(
            f"{counts.get(action, 0)} {ACTION_WORDS[action][index].lower()}" for action in Action
        )


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote: the plan it carried out and the backup taken before."""

    plan: ImportPlan
    created: int
    updated: int
    unchanged: int
    skipped: int
    people_added: int = 0
    backup: Path | None = None


def _check_writable(path: Path) -> None:
    if path.is_dir():
        raise NotAFile(path=path)
    if not path.parent.is_dir():
        raise FileMissing(path=path.parent)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyFile(path=path)


def report_rows(plan: ImportPlan, lang: str = "vi") -> tuple[list[str], list[list[object]]]:
    """The report's headings and rows: row number, name, action, changes or reasons."""
    index = 0 if lang == "vi" else 1
    labels = {f.key: f.label for f in plan.fields}
    labels["head"] = "Người đứng đầu" if lang == "vi" else "head"
    if lang == "vi":
        headers = ["Dòng", "Tên", "Kết quả", "Chi tiết"]
    else:
        headers = ["Row", "Name", "Result", "Details"]
    rows: list[list[object]] = []
    for row in plan.rows:
        if row.action is Action.REJECT:
            detail = plan.reasons(row, lang)
        else:
            detail = ", ".join(labels.get(c, c) for c in row.changes)
        rows.append([row.row, row.name, ACTION_WORDS[row.action][index], detail])
    return headers, rows


def write_report(
    plan: ImportPlan, path: Path, result: ImportResult | None = None, lang: str = "vi"
) -> Path:
    """Save the report of a dry run (or of a finished import) as .xlsx, else as UTF-8 text.

    Raises:
        ReadOnlyFile, NotAFile, FileMissing, DiskFull: the report cannot be written there.
    """
    path = Path(path)
    _check_writable(path)
    headers, rows = report_rows(plan, lang)
    title = _title(plan, result, lang)
    if path.suffix.lower() == ".xlsx":
        from inspectdesk.services.xlsx_export import export_rows

        sheet = "Kết quả nhập" if lang == "vi" else "Import report"
        export_rows(path, sheet, headers, rows, title=title)
        return path
    lines = [title, ""]
    lines += [f"{r[0]:>6}  {r[2]:<11}  {r[1]}" + (f" — {r[3]}" if r[3] else "") for r in rows]
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(path=path) from None
        raise
    return path


def _title(plan: ImportPlan, result: ImportResult | None, lang: str) -> str:
    what = {"units": ("đơn vị", "units"), "people": ("cán bộ", "people")}[plan.entity]
    if lang == "vi":
        head = f"Nhập danh sách {what[0]} từ “{plan.source.name}”, trang “{plan.sheet}”"
        state = "đã nhập" if result is not None else "kiểm tra trước (chưa ghi)"
    else:
        head = f"Import of {what[1]} from “{plan.source.name}”, sheet “{plan.sheet}”"
        state = "imported" if result is not None else "dry run (nothing written)"
    return f"{head}: {state}; {plan.summary(lang)}"


ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) while an import writes; raising from it cancels the import."""


def apply_plan(
    db: Database,
    plan: ImportPlan,
    replan: Callable[[Session], tuple[ImportPlan, T]],
    write: Callable[[Session, ImportPlan, T, ProgressCallback], int],
    *,
    tables: tuple[str, ...],
    skip_rejected: bool,
    bus: ChangeBus | None,
    progress: ProgressCallback | None,
    backup_folder: Path | None,
) -> ImportResult:
    """Carry out an import in one transaction: all of it, or nothing.

    The rows are planned again inside the transaction when the file changed since the dry
    run; a rejected row stops everything unless ``skip_rejected``. The file is backed up
    just before the first write (not when there is nothing to write). Any exception, a
    cancel from ``progress`` included, rolls back.

    Raises:
        ImportRejected: a row is rejected and ``skip_rejected`` is false.
        ReadOnlyFile: the file was opened read-only.
    """
    if db.readonly:
        raise ReadOnlyFile(path=db.path or "")
    report: ProgressCallback = progress or (lambda _done, _total: None)
    backup = None
    with db.sessions.begin() as s:
        if plan.prepared is not None and plan.stamp and file_stamp(s, plan.entity) == plan.stamp:
            fresh, internals = plan, cast(T, plan.prepared)  # nothing changed since the dry run
        else:
            fresh, internals = replan(s)
        rejected = fresh.rejected
        if rejected and not skip_rejected:
            first = rejected[0]
            more = len(rejected) - 1
            problem = fresh.reasons(first)
            if more:
                problem += f" (và {more} dòng khác không nhập được)"
            raise ImportRejected(path=plan.source, where=f"dòng {first.row}", problem=problem)
        changes = fresh.count(Action.CREATE) + fresh.count(Action.UPDATE)
        if changes and db.path is not None and db.path.exists():  # the file as it is now
            backup = backup_before(db.path, f"before-{plan.entity}-import", backup_folder)
        people_added = write(s, fresh, internals, report) if changes else 0
    counts = fresh.counts()
    ids = [r.record_id for r in fresh.rows if r.record_id and r.action is not Action.REJECT]
    if bus is not None:
        bus.publish(tables, ids)
    return ImportResult(
        plan=fresh,
        created=counts.get(Action.CREATE, 0),
        updated=counts.get(Action.UPDATE, 0),
        unchanged=counts.get(Action.UNCHANGED, 0),
        skipped=counts.get(Action.REJECT, 0),
        people_added=people_added,
        backup=backup,
    )


_STAMPED: dict[str, tuple[type[Syncable], ...]] = {
    "units": (Unit, UnitKind, UnitLevel, Person),
    "people": (Unit, Person),
}


def file_stamp(s: Session, entity: str) -> tuple[object, ...]:
    """What changes whenever a row an import of ``entity`` looks at is added or changed."""
    stamp: list[object] = []
    for model in _STAMPED[entity]:
        stamp.extend(s.execute(select(func.count(), func.max(model.updated_at))).one())
    return tuple(stamp)


def insert_new(s: Session, model: type[Syncable], rows: list[dict[str, Any]]) -> None:
    """Insert new rows in bulk, as the session's flush hooks would (but much faster).

    Each row gets its folded and collation keys, timestamps, actor and first revision,
    and the change log an insert entry: the same result as adding ORM objects.
    """
    if not rows:
        return
    actor, now = current_actor(), utcnow()
    keys = model.__text_keys__
    for row in rows:
        for source, (fold_col, sort_col) in keys.items():
            text = row.get(source) or ""
            if fold_col:
                row[fold_col] = cached_fold(text)
            if sort_col:
                row[sort_col] = stored_sort_key(text)
        row.update(created_at=now, updated_at=now, updated_by=actor, revision=1, deleted=False)
    log = [
        {
            "id": uuid.uuid4(),
            "changed_at": now,
            "changed_by": actor,
            "table_name": model.__tablename__,
            "row_id": row["id"],
            "action": ChangeAction.INSERT,
            "field": "",
            "old_value": None,
            "new_value": None,
            "note": "",
        }
        for row in rows
    ]
    table, changes = cast(Table, model.__table__), cast(Table, ChangeLogEntry.__table__)
    for start in range(0, len(rows), _INSERT_BATCH):
        s.execute(insert(table), rows[start : start + _INSERT_BATCH])
    for start in range(0, len(log), _INSERT_BATCH):
        s.execute(insert(changes), log[start : start + _INSERT_BATCH])
