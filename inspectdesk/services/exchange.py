"""The whole database as JSON: export, and an all-or-nothing import.

The format is documented in ``docs/json-format.md``. Exports are deterministic (tables
in dependency order, rows by id, columns in table order, no timestamps of the export
itself), so exporting, importing into a new file and exporting again gives the same
bytes. Derived columns (folded search keys, collation keys) are not exported; the
importer recomputes them. Binary columns (scanned signed copies) are base64 text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, LargeBinary, Numeric, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspectdesk.db import migrate
from inspectdesk.db.database import Database, create_database
from inspectdesk.db.models import SYNCABLE_MODELS, ChangeLogEntry, SignedCopy, Syncable
from inspectdesk.db.types import stored_sort_key
from inspectdesk.db.values import ValueProblem, from_plain, to_plain
from inspectdesk.errors import ImportRejected
from inspectdesk.services.files import open_file
from inspectdesk.text import fold, nfc

FORMAT_NAME = "inspectdesk-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 1 << 30  # 1 GiB: anything larger is not a plausible export
_BATCH = 2000

_MODELS: tuple[type[Any], ...] = (*SYNCABLE_MODELS, ChangeLogEntry)
TABLE_ORDER: tuple[str, ...] = tuple(m.__tablename__ for m in _MODELS)


def _derived(model: type[Any]) -> dict[str, tuple[str, str]]:
    """Derived column → (source column, "fold" | "sort")."""
    result: dict[str, tuple[str, str]] = {}
    if issubclass(model, Syncable):
        for source, (fold_col, sort_col) in model.__text_keys__.items():
            if fold_col:
                result[fold_col] = (source, "fold")
            if sort_col:
                result[sort_col] = (source, "sort")
    return result


def exported_columns(model: type[Any]) -> list[Column[Any]]:
    """The columns of a table that the JSON format carries, in table order."""
    table: Table = model.__table__
    derived = _derived(model)
    columns = [c for c in table.columns if c.name not in derived]
    return sorted(columns, key=lambda c: c.name != "id")  # the id first, then table order


def _to_json(value: Any, column: Column[Any] | None = None) -> Any:
    """A column value as JSON: bytes as base64 text, anything else as :func:`to_plain`.

    A real-number column is always written as a real number: SQLite hands back ``30``
    for a stored 30.0 where PostgreSQL hands back ``30.0``, and the same data must give
    the same export on both."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if column is not None and isinstance(value, int) and _is_real(column):
        return float(value)
    return to_plain(value)


def _is_real(column: Column[Any]) -> bool:
    """Whether the column holds real numbers as Python floats (Float, Numeric as float)."""
    kind = column.type
    return isinstance(kind, Numeric) and not kind.asdecimal


def _from_json(column: Column[Any], value: Any) -> Any:
    """A JSON value back for ``column`` (base64 text for binary columns).

    Raises:
        ValueProblem: the value does not fit the column.
    """
    if isinstance(column.type, LargeBinary) and value is not None:
        if not isinstance(value, str):
            raise ValueProblem(f"{value!r} is not base64 text")
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueProblem("not valid base64 text") from None
    return from_plain(column, value)


def _check_content(model: type[Any], row: dict[str, Any]) -> str | None:
    """What is wrong with a stored file's size or SHA-256, if anything."""
    if model is not SignedCopy:
        return None
    content = row.get("content") or b""
    if row.get("size") != len(content):
        return f"size {row.get('size')} does not match the {len(content)} bytes of content"
    if row.get("sha256") != hashlib.sha256(content).hexdigest():
        return "sha256 does not match the content"
    return None


@dataclass
class ExportSummary:
    """How many rows of each table were written."""

    counts: dict[str, int] = field(default_factory=dict)


def export_json(db: Database, out: Path) -> ExportSummary:
    """Write the whole database to ``out`` as JSON (atomically: temp file, then rename)."""
    summary = ExportSummary()
    out = Path(out)
    temp = out.with_name(f".{out.name}.tmp")
    with db.sessions() as s, temp.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write("{\n")
        stream.write(f' "format": {json.dumps(FORMAT_NAME)},\n')
        stream.write(f' "format_version": {FORMAT_VERSION},\n')
        stream.write(f' "schema_generation": {migrate.schema_generation()},\n')
        stream.write(' "tables": {')
        for t_index, model in enumerate(_MODELS):
            columns = exported_columns(model)
            table: Table = model.__table__
            stream.write("," if t_index else "")
            stream.write(f"\n  {json.dumps(table.name)}: [")
            count = 0
            rows = s.execute(select(*columns).order_by(table.c.id)).yield_per(_BATCH)
            for row in rows:
                record = {c.name: _to_json(v, c) for c, v in zip(columns, row, strict=True)}
                stream.write("," if count else "")
                stream.write("\n   " + json.dumps(record, ensure_ascii=False))
                count += 1
            stream.write("\n  ]" if count else "]")
            summary.counts[table.name] = count
        stream.write("\n }\n}\n")
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temp, out)
    return summary


@dataclass
class ImportSummary:
    """How many rows of each table were added; rows already present and equal are skipped."""

    added: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    created_file: bool = False


class _Reject(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


def _load(source: Path) -> dict[str, Any]:
    size = source.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise _Reject("file", f"it is {size:,} bytes, more than the {MAX_IMPORT_BYTES:,} allowed")
    try:
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Reject(f"byte {exc.start}", "the file is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Reject(
            f"line {exc.lineno}, column {exc.colno}", f"invalid JSON ({exc.msg})"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _Reject(
            "top level", f'this is not an InspectDesk export (no "format": "{FORMAT_NAME}")'
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise _Reject("format_version", f"{version!r} is not a format version")
    if version > FORMAT_VERSION:
        raise _Reject(
            "format_version",
            f"format {version} is newer than {FORMAT_VERSION}; update InspectDesk to read it",
        )
    generation = data.get("schema_generation")
    if not isinstance(generation, int) or generation > migrate.schema_generation():
        raise _Reject(
            "schema_generation",
            f"schema {generation!r} is newer than {migrate.schema_generation()};"
            " update InspectDesk to read it",
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise _Reject("tables", "missing or not an object")
    for name in tables:
        if name not in TABLE_ORDER:
            raise _Reject(f"tables.{name}", "unknown table")
    return data


def _convert(model: type[Any], tables: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    table: Table = model.__table__
    columns = {c.name: c for c in exported_columns(model)}
    derived = _derived(model)
    records = tables.get(table.name, [])
    if not isinstance(records, list):
        raise _Reject(f"tables.{table.name}", "must be a list of records")
    for index, record in enumerate(records):
        where = f"tables.{table.name}[{index}]"
        if not isinstance(record, dict):
            raise _Reject(where, "a record must be an object")
        rid = record.get("id")
        if isinstance(rid, str):
            where += f" (id {rid})"
        unknown = sorted(set(record) - set(columns))
        if unknown:
            raise _Reject(where, f"unknown field {unknown[0]!r}")
        row: dict[str, Any] = {}
        for name, column in columns.items():
            if name not in record:
                row[name] = _default(column, where)
                continue
            try:
                value = _from_json(column, record[name])
            except ValueProblem as exc:
                raise _Reject(f"{where}, field {name!r}", str(exc)) from None
            row[name] = nfc(value) if isinstance(value, str) else value
        for name, (source, how) in derived.items():
            text = row.get(source) or ""
            row[name] = fold(text) if how == "fold" else stored_sort_key(text)
        problem = _check_content(model, row)
        if problem:
            raise _Reject(where, problem)
        yield where, row


def _default(column: Column[Any], where: str) -> Any:
    """The value of a field a record leaves out, or a rejection when it is required."""
    if column.name == "revision":
        return 1
    default = column.default
    if default is not None and not column.primary_key:
        if default.is_scalar:
            return default.arg  # type: ignore[attr-defined]
        if default.is_callable:
            return default.arg(None)  # type: ignore[attr-defined]
    if column.nullable:
        return None
    raise _Reject(where, f"field {column.name!r} is missing")


def _check_references(
    s: Session, model: type[Any], where: str, row: dict[str, Any], known: dict[str, set[Any]]
) -> None:
    table: Table = model.__table__
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        if value is None:
            continue
        target = fk.column.table.name
        if value in known.setdefault(target, set()):
            continue
        exists = s.execute(select(fk.column).where(fk.column == value).limit(1)).first()
        if exists is None:
            raise _Reject(f"{where}, field {fk.parent.name!r}", f"no {target} with id {value}")
        known[target].add(value)


_BOOKKEEPING = frozenset({"created_at", "updated_at", "updated_by", "revision"})


def _same(existing: Any, row: dict[str, Any]) -> bool:
    """Whether a record already in the file says what ``row`` says (when and by whom it
    was written aside: built-in rows share their ids across separately created files)."""
    return all(
        getattr(existing, key) == value for key, value in row.items() if key not in _BOOKKEEPING
    )


def import_json(target: Path, source: Path) -> ImportSummary:
    """Add every record of a JSON export to ``target`` in one transaction.

    ``target`` is created (empty) when it does not exist. Records whose id is already
    in the file are skipped when their content is identical (bookkeeping aside) and
    refused when different. Every record
    is validated before anything is written; on any problem nothing is written and a
    newly created file is removed.

    Raises:
        ImportRejected: naming the first bad record and what is wrong with it.
        UserError subclasses: ``target`` is not a usable InspectDesk file.
    """
    target, source = Path(target), Path(source)
    try:
        data = _load(source)
    except _Reject as exc:
        raise ImportRejected(path=source, where=exc.where, problem=exc.problem) from None
    except OSError as exc:
        raise ImportRejected(path=source, where="file", problem=exc.strerror or str(exc)) from None
    created = not target.exists()
    db = create_database(target) if created else open_file(target)
    summary = ImportSummary(created_file=created)
    try:
        import_loaded(db, data, summary, source)
    except BaseException:
        db.close()
        if created:
            target.unlink(missing_ok=True)
        raise
    db.close()
    return summary


def import_into(db: Database, source: Path) -> ImportSummary:
    """Add every record of a JSON export to an open database (a file or a server) in one
    transaction, with the checks of :func:`import_json`; nothing is written on a problem.

    Raises:
        ImportRejected: naming the first bad record and what is wrong with it.
    """
    source = Path(source)
    try:
        data = _load(source)
    except _Reject as exc:
        raise ImportRejected(path=source, where=exc.where, problem=exc.problem) from None
    except OSError as exc:
        raise ImportRejected(path=source, where="file", problem=exc.strerror or str(exc)) from None
    summary = ImportSummary()
    import_loaded(db, data, summary, source)
    return summary


def import_loaded(db: Database, data: dict[str, Any], summary: ImportSummary, source: Path) -> None:
    """Write the loaded export ``data`` into ``db`` in one transaction."""
    try:
        with db.sessions.begin() as s:
            _import_tables(s, data["tables"], summary)
    except _Reject as exc:
        raise ImportRejected(path=source, where=exc.where, problem=exc.problem) from None


def _raw_ids(table: Table, tables: dict[str, Any]) -> set[Any]:
    ids: set[Any] = set()
    records = tables.get(table.name, [])
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            try:
                ids.add(uuid.UUID(record["id"]))
            except ValueError:
                continue  # reported with its position by _convert
    return ids


def _parents_first(
    table: Table, rows: list[tuple[str, dict[str, Any]]]
) -> list[tuple[str, dict[str, Any]]]:
    """Order the rows of a self-referencing table so that a parent precedes its children."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    by_id: dict[Any, tuple[str, dict[str, Any]]] = {}
    for where, row in rows:
        if row["id"] in by_id:
            raise _Reject(where, "the same id appears twice")
        by_id[row["id"]] = (where, row)
    ordered: list[tuple[str, dict[str, Any]]] = []
    state: dict[Any, int] = {}  # 1 = visiting, 2 = placed
    for start in by_id:
        stack = [start]
        while stack:
            rid = stack[-1]
            if state.get(rid) == 2:
                stack.pop()
                continue
            state[rid] = 1
            where, row = by_id[rid]
            waiting = [
                p
                for p in (row.get(c) for c in self_refs)
                if p is not None and p in by_id and state.get(p) != 2
            ]
            for parent in waiting:
                if state.get(parent) == 1:
                    raise _Reject(where, "the records refer to each other in a cycle")
            if waiting:
                stack.extend(waiting)
                continue
            state[rid] = 2
            ordered.append((where, row))
            stack.pop()
    return ordered


def _import_tables(s: Session, tables: dict[str, Any], summary: ImportSummary) -> None:
    known: dict[str, set[Any]] = {}
    for model in _MODELS:
        table: Table = model.__table__
        known.setdefault(table.name, set()).update(_raw_ids(table, tables))
        existing_ids = set(s.scalars(select(table.c.id)))
        rows = _parents_first(table, list(_convert(model, tables)))
        pending: list[dict[str, Any]] = []
        seen: set[Any] = set()
        added = unchanged = 0
        for where, row in rows:
            rid = row["id"]
            if rid in seen:
                raise _Reject(where, "the same id appears twice")
            seen.add(rid)
            if rid in existing_ids:
                if not _same(s.get(model, rid), row):
                    raise _Reject(where, "a different record with this id is already in the file")
                unchanged += 1
                continue
            _check_references(s, model, where, row, known)
            pending.append(row)
            if len(pending) >= _BATCH:
                _insert(s, table, pending)
                added += len(pending)
                pending = []
        if pending:
            _insert(s, table, pending)
            added += len(pending)
        summary.added[table.name] = added
        summary.unchanged[table.name] = unchanged


def _insert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    try:
        with s.begin_nested():
            s.execute(insert(table), rows)
    except IntegrityError as exc:
        raise _Reject(
            f"tables.{table.name}", f"the records break a rule of the file ({exc.orig})"
        ) from None
