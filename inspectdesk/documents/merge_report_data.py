"""What a merge did, or would do, as plain words and numbers (the merge report's data).

Filled by ``services.merge_report``, shown by the Merge dialog and printed by
``documents.merge_report_pdf``; kept apart from the PDF builder so that showing it does not
load reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["ConflictLine", "MergeReportData", "TableCount"]


@dataclass(frozen=True, slots=True)
class TableCount:
    """Records of one kind of data added and changed (the kind in words)."""

    table: str
    added: int
    changed: int


@dataclass(frozen=True, slots=True)
class ConflictLine:
    """One conflict in words: which record and field, both values, the decision."""

    table: str
    label: str
    field: str
    mine: str
    theirs: str
    decision: str


@dataclass(frozen=True, slots=True)
class MergeReportData:
    """Everything the merge report says, as plain words and numbers."""

    mine_file: str
    other_file: str
    made_at: datetime
    made_by: str
    dry_run: bool
    counts: tuple[TableCount, ...] = ()
    conflicts: tuple[ConflictLine, ...] = ()
    renumbered: tuple[tuple[str, str], ...] = ()
    backup: str = ""
    log_entries: int = 0

    @property
    def nothing_to_do(self) -> bool:
        """Whether the two files already agreed."""
        return not (self.counts or self.conflicts or self.log_entries)
