"""What a summary report says: plain frozen data, filled by ``services.report``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class TeamLine:
    """A member of the team as the report names them."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """The shortcomings and violations noted under one checklist item."""

    item: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RemediationStats:
    """Recommendations made and how far they got."""

    total: int = 0
    done: int = 0
    in_progress: int = 0
    open: int = 0
    overdue: int = 0


@dataclass(frozen=True, slots=True)
class SanctionCount:
    """How many sanctions of one form (the form in words)."""

    form: str
    count: int


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One row of the appendix: one visit."""

    unit: str
    visited_on: date | None
    unannounced: bool
    shortcomings: int = 0
    violations: int = 0
    recommendations: int = 0
    fixed: int = 0
    in_progress: int = 0
    sanctions: int = 0


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the summary report prints, already in Vietnamese."""

    superior: str
    issuer: str
    number: str
    place: str
    issued_on: date
    subject: str
    opening: tuple[str, ...] = ()
    team: tuple[TeamLine, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    scope: str = ""
    units_planned: int = 0
    units_inspected: int = 0
    announced: int = 0
    unannounced: int = 0
    strengths: tuple[str, ...] = ()
    groups: tuple[FindingGroup, ...] = ()
    causes: tuple[str, ...] = ()
    findings_by_kind: tuple[tuple[str, int], ...] = ()
    findings_by_level: tuple[tuple[str, int], ...] = ()  # shortcomings and violations
    remediation: RemediationStats = field(default_factory=RemediationStats)
    sanctions: tuple[SanctionCount, ...] = ()
    proposals: tuple[str, ...] = ()
    signer_titles: tuple[str, ...] = ()
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    visits: tuple[VisitRow, ...] = ()
