"""Repairs that are safe to make on a database file, always after a backup.

Only what can be rebuilt from the data itself is repaired: the indexes (``REINDEX``) and
the derived columns — the tone-blind search keys and the Vietnamese collation keys —
recomputed from the text they follow. Anything else a check finds (a damaged page, a
record pointing at one that is missing) is reported for a person to decide, never
"fixed" by deleting data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from inspectdesk.db import fileformat
from inspectdesk.db.models import SYNCABLE_MODELS, Base
from inspectdesk.db.types import stored_sort_key
from inspectdesk.services.files import backup_before, check_file, open_file
from inspectdesk.text import fold

BATCH = 500


@dataclass
class RepairReport:
    """What a repair did, and what it left for a person."""

    path: Path
    backup: Path
    reindexed: bool = False
    keys_fixed: dict[str, int] = field(default_factory=dict)
    remaining: list[str] = field(default_factory=list)

    @property
    def repaired_anything(self) -> bool:
        """Whether any derived key was wrong (indexes are always rebuilt)."""
        return any(self.keys_fixed.values())


def repair_file(path: Path, backup_folder: Path | None = None) -> RepairReport:
    """Back ``path`` up, rebuild its indexes and derived keys, and check it again.

    Raises:
        UserError subclasses: the file is not a usable InspectDesk file.
    """
    path = Path(path)
    check_file(path)  # refuses what is not an InspectDesk file before anything is written
    report = RepairReport(path, backup_before(path, "before-repair", backup_folder))
    with open_file(path, backup_folder=backup_folder) as db:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("REINDEX")
        report.reindexed = True
        for model in SYNCABLE_MODELS:
            if not model.__text_keys__:
                continue
            table = Base.metadata.tables[model.__tablename__]
            fixed = 0
            columns = [table.c.id]
            for source, (fold_col, sort_col) in model.__text_keys__.items():
                columns.append(table.c[source])
                columns += [table.c[c] for c in (fold_col, sort_col) if c]
            with db.engine.begin() as conn:
                rows = conn.execute(select(*columns)).mappings().all()
                for row in rows:
                    values: dict[str, str] = {}
                    for source, (fold_col, sort_col) in model.__text_keys__.items():
                        text = row[source] or ""
                        if fold_col and row[fold_col] != (folded := fold(text)):
                            values[fold_col] = folded
                        if sort_col and row[sort_col] != (key := stored_sort_key(text)):
                            values[sort_col] = key
                    if values:
                        conn.execute(update(table).where(table.c.id == row["id"]).values(values))
                        fixed += 1
            report.keys_fixed[table.name] = fixed
        with db.engine.connect() as conn:
            report.remaining = fileformat.integrity_report(conn)
    return report
