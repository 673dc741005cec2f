"""Team packages: one plan and everything its team needs, in a file another secretary opens.

A package (``.idp``) is a zip holding ``manifest.json`` and ``data.idb``: a database with
the plan, its strata, teams and members, its visits with everything recorded on them,
its documents, the checklist it uses, and every unit, person and organisation these
refer to (ancestors of units included) — rows and change-log entries with their UUIDs
kept, so the team's file merges back into the full one (``inspectdesk merge``).

Packages come from other people: opening one refuses anything but those two members,
names that would escape the folder, oversized or suspiciously compressed members, and
a database that is not InspectDesk's — each with one clear sentence, nothing written.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

import inspectdesk
from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database, create_database
from inspectdesk.db.models import Base, ChangeLogEntry, Plan
from inspectdesk.documents.output import atomic_output
from inspectdesk.errors import FileAlreadyExists, UserError
from inspectdesk.services.merge_plan import parents_first, syncable_tables

FORMAT = "inspectdesk-package"
VERSION = 1
MEMBERS = frozenset({"manifest.json", "data.idb"})
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_RATIO = 200  # uncompressed / compressed: beyond this a member is a zip bomb
PACKAGE_SUFFIX = ".idp"

DOWN: tuple[tuple[str, str], ...] = (
    ("sampling_stratum", "plan_id"),
    ("sample_pick", "plan_id"),
    ("team", "plan_id"),
    ("team_member", "team_id"),
    ("visit", "plan_id"),
    ("attendee", "visit_id"),
    ("checklist_result", "visit_id"),
    ("finding", "visit_id"),
    ("recommendation", "visit_id"),
    ("remediation_event", "recommendation_id"),
    ("sanction", "visit_id"),
    ("issued_document", "plan_id"),
    ("issued_document", "visit_id"),
    ("signed_copy", "visit_id"),
    ("checklist_section", "template_id"),
    ("checklist_item", "section_id"),
)
"""(child table, column) pairs that bring a plan's own rows along."""


class BadPackage(UserError):
    """A package that cannot be opened; ``detail`` says why."""

    code = "bad_package"
    vi = "Không mở được gói “{path}”: {detail_vi}."
    en = "Cannot open the package “{path}”: {detail_en}."


@dataclass(frozen=True, slots=True)
class PackageSummary:
    """What a package holds."""

    path: Path
    plan: str
    rows: dict[str, int]


def _tables() -> dict[str, Table]:
    return {t.name: t for t in syncable_tables()}


def _select_rows(s: Session, plan_id: uuid.UUID) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """The rows of the package, table by table (downward from the plan, then upward)."""
    tables = _tables()
    chosen: dict[str, dict[uuid.UUID, dict[str, Any]]] = {name: {} for name in tables}
    plan_row = s.execute(select(tables["plan"]).where(tables["plan"].c.id == plan_id)).mappings()
    for row in plan_row:
        chosen["plan"][row["id"]] = dict(row)
    changed = True
    while changed:
        changed = False
        for child, column in DOWN:
            table = tables.get(child)
            if table is None or column not in table.c:
                continue
            parent = next(iter(table.c[column].foreign_keys)).column.table.name
            wanted = set(chosen[parent])
            if not wanted:
                continue
            for row in s.execute(select(table).where(table.c[column].in_(wanted))).mappings():
                if row["id"] not in chosen[child]:
                    chosen[child][row["id"]] = dict(row)
                    changed = True
        for name, rows in list(chosen.items()):
            table = tables[name]
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target not in tables:
                    continue
                needed = {r[fk.parent.name] for r in rows.values()} - {None} - set(chosen[target])
                if not needed:
                    continue
                found = s.execute(
                    select(tables[target]).where(tables[target].c.id.in_(needed))
                ).mappings()
                for row in found:
                    chosen[target][row["id"]] = dict(row)
                    changed = True
    return chosen


def export_package(db: Database, plan_id: uuid.UUID, target: Path) -> PackageSummary:
    """Write the team package of a plan to ``target`` (replaced atomically).

    Raises:
        NotFound: no such plan. OSError: ``target`` cannot be written.
    """
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="inspectdesk-package-") as tmp:
        data = Path(tmp) / "data.idb"
        with db.sessions() as s:
            plan = s.get(Plan, plan_id)
            if plan is None or plan.deleted:
                from inspectdesk.errors import NotFound

                raise NotFound(entity="kế hoạch", entity_en="plan", ref=str(plan_id))
            chosen = _select_rows(s, plan_id)
            ids = {i for rows in chosen.values() for i in rows}
            log = Base.metadata.tables[ChangeLogEntry.__tablename__]
            entries = [
                dict(r)
                for r in s.execute(select(log).order_by(log.c.changed_at)).mappings()
                if r["row_id"] in ids
            ]
            label = f"{plan.number} – {plan.title}" if plan.number else plan.title
        package_db = create_database(data)
        try:
            with package_db.sessions.begin() as ps:
                for table in syncable_tables():
                    rows = list(chosen[table.name].values())
                    if rows:
                        ps.execute(insert(table), parents_first(rows, table))
                if entries:
                    ps.execute(insert(Base.metadata.tables[log.name]), entries)
        finally:
            package_db.close()
        counts = {name: len(rows) for name, rows in chosen.items() if rows}
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "plan": label,
            "plan_id": str(plan_id),
            "created_at": datetime.now(UTC).isoformat(),
            "app_version": inspectdesk.__version__,
            "schema_generation": migrate.schema_generation(),
            "rows": counts,
        }
        with (
            atomic_output(target) as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            archive.write(data, "data.idb")
    return PackageSummary(target, label, counts)


def _refuse(path: Path, vi: str, en: str) -> BadPackage:
    return BadPackage(path=path, detail_vi=vi, detail_en=en)


def read_manifest(package: Path) -> dict[str, Any]:
    """Check a package's archive and return its manifest (nothing is extracted).

    Raises:
        BadPackage: not a zip, unexpected or escaping member names, oversized or
            over-compressed members, a manifest that is not a package's.
    """
    package = Path(package)
    try:
        archive = zipfile.ZipFile(package)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(package, "tệp không phải gói InspectDesk", "it is not a package") from exc
    with archive:
        names = archive.namelist()
        for info in archive.infolist():
            name = PurePosixPath(info.filename.replace("\\", "/"))
            if name.is_absolute() or ".." in name.parts or info.filename not in MEMBERS:
                raise _refuse(
                    package,
                    f"gói chứa tệp lạ hoặc đường dẫn không hợp lệ “{info.filename[:80]}”",
                    f"it holds an unexpected member or path “{info.filename[:80]}”",
                )
            if info.file_size > MAX_MEMBER_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise _refuse(
                    package,
                    f"tệp “{info.filename}” trong gói quá lớn",
                    f"its member “{info.filename}” is too large",
                )
        if sorted(names) != sorted(MEMBERS):
            raise _refuse(package, "gói thiếu dữ liệu", "it is incomplete")
        try:
            manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise _refuse(package, "phần mô tả của gói bị hỏng", "its manifest is damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(package, "tệp không phải gói InspectDesk", "it is not a package")
    return manifest


def open_package(package: Path, target: Path, *, overwrite: bool = False) -> Path:
    """Extract a package's database to ``target`` (an ``.idb``) after checking everything.

    Raises:
        BadPackage: see :func:`read_manifest`; or its database is not InspectDesk's.
        FileAlreadyExists: ``target`` exists and ``overwrite`` is false.
        FileTooNew: the package was made by a newer InspectDesk.
    """
    package, target = Path(package), Path(target)
    read_manifest(package)
    if target.exists() and not overwrite:
        raise FileAlreadyExists(path=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="inspectdesk-unpack-", dir=target.parent) as tmp:
        extracted = Path(tmp) / "data.idb"
        with (
            zipfile.ZipFile(package) as archive,
            archive.open("data.idb") as src,
            extracted.open("wb") as dst,
        ):
            copied = 0
            for block in iter(lambda: src.read(1 << 20), b""):
                copied += len(block)
                if copied > MAX_MEMBER_BYTES:
                    raise _refuse(package, "dữ liệu trong gói quá lớn", "its data is too large")
                dst.write(block)
        try:
            fileformat.identify(extracted, app_generation=migrate.schema_generation())
        except UserError as exc:
            if exc.code == "file_too_new":
                raise
            raise _refuse(
                package, "dữ liệu trong gói bị hỏng", "the database inside it is damaged"
            ) from exc
        shutil.move(str(extracted), target)
    return target
