"""A merge's outcome as plain data to show and as the merge report PDF.

:func:`merge_report_data` turns a :class:`~inspectdesk.services.merge.MergeReport` into the
plain :class:`~inspectdesk.documents.merge_report_data.MergeReportData` that the Merge
dialog shows and :func:`save_merge_report_pdf` prints.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, String, Text, select
from sqlalchemy import Enum as SAEnum

from inspectdesk.db.audit import current_actor
from inspectdesk.db.database import Database
from inspectdesk.db.models import Base
from inspectdesk.documents.merge_report_data import ConflictLine, MergeReportData, TableCount
from inspectdesk.errors import UserError
from inspectdesk.services.merge import ConflictKey, Decision, MergeReport
from inspectdesk.services.merge_plan import Conflict, syncable_tables
from inspectdesk.services.merge_words import decision_words, field_name, format_value, table_name

_LABEL_COLUMNS = ("name", "full_name", "title", "number", "text", "subject", "summary")


class MergeReportNotWritten(UserError):
    """The merge report PDF could not be saved where asked."""

    code = "merge_report_not_written"
    vi = "Không ghi được báo cáo hợp nhất vào “{path}”: {detail}."
    en = "Could not write the merge report to “{path}”: {detail}."


@dataclass(frozen=True, slots=True)
class TextField:
    """A text field a conflict may be settled by typing a value: how long, how many lines."""

    max_length: int | None
    multiline: bool


def _column(table: str, field: str) -> Column[Any] | None:
    known = Base.metadata.tables.get(table)
    return known.c.get(field) if known is not None else None


def text_field(table: str, field: str) -> TextField | None:
    """How a conflict on ``field`` may be edited, or None when it is not free text."""
    column = _column(table, field)
    if column is None or isinstance(column.type, SAEnum) or column.foreign_keys:
        return None
    if isinstance(column.type, Text):
        return TextField(None, True)
    if isinstance(column.type, String):
        return TextField(column.type.length, False)
    return None


def _reference_labels(db: Database, conflicts: list[Conflict]) -> dict[uuid.UUID, str]:
    """The names of the records that conflicting reference fields point to, in my file."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for c in conflicts:
        column = _column(c.table, c.field)
        if column is None or not column.foreign_keys:
            continue
        target = next(iter(column.foreign_keys)).column.table.name
        wanted.setdefault(target, set()).update(
            v for v in (c.mine, c.theirs) if isinstance(v, uuid.UUID)
        )
    labels: dict[uuid.UUID, str] = {}
    with db.sessions() as s:
        for name, ids in wanted.items():
            table = Base.metadata.tables[name]
            for row in s.execute(select(table).where(table.c.id.in_(ids))).mappings():
                for name_column in _LABEL_COLUMNS:
                    value = row.get(name_column)
                    if isinstance(value, str) and value.strip():
                        labels[row["id"]] = value.strip()
                        break
    return labels


def _shown(value: Any, conflict: Conflict, labels: Mapping[uuid.UUID, str]) -> str:
    if isinstance(value, uuid.UUID) and value in labels:
        return labels[value]
    return format_value(value, conflict.table, conflict.field)


def conflict_lines(
    report: MergeReport,
    decisions: Mapping[ConflictKey, Decision] | None = None,
    db: Database | None = None,
) -> tuple[ConflictLine, ...]:
    """The report's conflicts in words, in the report's order.

    Args:
        report: What the merge did or would do.
        decisions: The decisions to show (default: the report's own).
        db: My file, to name the records a reference field points to (else a short id).
    """
    chosen: dict[ConflictKey, Decision | str] = {**report.decisions, **(decisions or {})}
    return describe_conflicts(report.conflicts, chosen, db)


def describe_conflicts(
    conflicts: Sequence[Conflict],
    decisions: Mapping[ConflictKey, Decision | str] | None = None,
    db: Database | None = None,
) -> tuple[ConflictLine, ...]:
    """Conflicts in words (a decision not given is "keep mine"), in the order given;
    ``db`` names the records a reference field points to (else a short id)."""
    labels = _reference_labels(db, list(conflicts)) if db is not None else {}
    return tuple(
        ConflictLine(
            table=table_name(c.table),
            label=c.label,
            field=field_name(c.table, c.field),
            mine=_shown(c.mine, c, labels),
            theirs=_shown(c.theirs, c, labels),
            decision=decision_words((decisions or {}).get(c.key, "mine")),
        )
        for c in conflicts
    )


def table_counts(report: MergeReport) -> tuple[TableCount, ...]:
    """Added and changed records per kind of data, in the order the tables are merged."""
    names = [t.name for t in syncable_tables()]
    touched = set(report.added) | set(report.changed)
    ordered = [n for n in names if n in touched] + sorted(touched - set(names))
    return tuple(
        TableCount(table_name(n), report.added.get(n, 0), report.changed.get(n, 0)) for n in ordered
    )


def merge_report_data(
    report: MergeReport,
    *,
    decisions: Mapping[ConflictKey, Decision] | None = None,
    db: Database | None = None,
    made_by: str | None = None,
    made_at: datetime | None = None,
) -> MergeReportData:
    """What the merge report says about ``report``.

    Args:
        report: The merge's (or dry run's) report.
        decisions: The decisions to print, with edited values (default: the report's).
        db: My file, to name the records reference fields point to.
        made_by: Who merged (default: the current actor).
        made_at: When (default: now).
    """
    return MergeReportData(
        mine_file=str(report.mine),
        other_file=str(report.other),
        made_at=made_at or datetime.now(),
        made_by=made_by if made_by is not None else current_actor(),
        dry_run=report.dry_run,
        counts=table_counts(report),
        conflicts=conflict_lines(report, decisions, db),
        renumbered=tuple(report.renumbered),
        backup=str(report.backup) if report.backup else "",
        log_entries=report.log_entries,
    )


def save_merge_report_pdf(
    report: MergeReport,
    path: Path,
    *,
    decisions: Mapping[ConflictKey, Decision] | None = None,
    db: Database | None = None,
    made_by: str | None = None,
    made_at: datetime | None = None,
) -> Path:
    """Write the merge report of ``report`` to ``path`` as a PDF; return the path.

    Raises:
        MergeReportNotWritten: the file cannot be written.
    """
    data = merge_report_data(report, decisions=decisions, db=db, made_by=made_by, made_at=made_at)
    path = Path(path)
    try:
        from inspectdesk.documents.merge_report_pdf import build_merge_report_pdf

        build_merge_report_pdf(data, path)
    except OSError as exc:
        raise MergeReportNotWritten(path=path, detail=exc.strerror or str(exc)) from exc
    return path
