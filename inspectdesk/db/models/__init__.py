"""Every table of an InspectDesk database."""

from inspectdesk.db.models.base import Base, Syncable, utcnow
from inspectdesk.db.models.checklists import ChecklistItem, ChecklistSection, ChecklistTemplate
from inspectdesk.db.models.organisation import Organisation, Person, Unit, UnitKind, UnitLevel
from inspectdesk.db.models.plans import Plan, SamplingStratum, Team, TeamMember
from inspectdesk.db.models.records import (
    ChangeLogEntry,
    FileMeta,
    IssuedDocument,
    Lead,
    SignedCopy,
)
from inspectdesk.db.models.sampling import SamplePick
from inspectdesk.db.models.visits import (
    Attendee,
    ChecklistResult,
    Finding,
    Recommendation,
    RemediationEvent,
    Sanction,
    Visit,
)

__all__ = [
    "Attendee",
    "Base",
    "ChangeLogEntry",
    "ChecklistItem",
    "ChecklistResult",
    "ChecklistSection",
    "ChecklistTemplate",
    "FileMeta",
    "Finding",
    "IssuedDocument",
    "Lead",
    "Organisation",
    "Person",
    "Plan",
    "Recommendation",
    "RemediationEvent",
    "SamplePick",
    "SamplingStratum",
    "Sanction",
    "SignedCopy",
    "Syncable",
    "Team",
    "TeamMember",
    "Unit",
    "UnitKind",
    "UnitLevel",
    "Visit",
    "utcnow",
]

SYNCABLE_MODELS: tuple[type[Syncable], ...] = (
    Organisation,
    UnitLevel,
    UnitKind,
    Unit,
    Person,
    ChecklistTemplate,
    ChecklistSection,
    ChecklistItem,
    Plan,
    SamplingStratum,
    Team,
    TeamMember,
    Lead,
    Visit,
    Attendee,
    ChecklistResult,
    Finding,
    Recommendation,
    RemediationEvent,
    Sanction,
    IssuedDocument,
    SignedCopy,
    SamplePick,
)
"""Tables in dependency order (parents before children), for export, import and merge."""
