"""Words for the core's codes, translated through Qt Linguist (context "labels")."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspectdesk.domain.enums import (
    FindingKind,
    PlanStatus,
    RemediationStatus,
    VisitMode,
    VisitStatus,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


# Keyed by enum class first: members of different enums share values ("in_progress").
_LABELS: dict[type[StrEnum], dict[str, object]] = {  # QT_TRANSLATE_NOOP returns its text
    VisitStatus: {
        VisitStatus.PLANNED.value: QT_TRANSLATE_NOOP("labels", "Planned"),
        VisitStatus.NOTIFIED.value: QT_TRANSLATE_NOOP("labels", "Notified"),
        VisitStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("labels", "In progress"),
        VisitStatus.DRAFTED.value: QT_TRANSLATE_NOOP("labels", "Minutes drafted"),
        VisitStatus.SIGNED.value: QT_TRANSLATE_NOOP("labels", "Minutes signed"),
        VisitStatus.CANCELLED.value: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    VisitMode: {
        VisitMode.ANNOUNCED.value: QT_TRANSLATE_NOOP("labels", "Announced"),
        VisitMode.UNANNOUNCED.value: QT_TRANSLATE_NOOP("labels", "Unannounced"),
    },
    FindingKind: {
        FindingKind.STRENGTH.value: QT_TRANSLATE_NOOP("labels", "Strength"),
        FindingKind.SHORTCOMING.value: QT_TRANSLATE_NOOP("labels", "Shortcoming"),
        FindingKind.VIOLATION.value: QT_TRANSLATE_NOOP("labels", "Violation"),
    },
    RemediationStatus: {
        RemediationStatus.OPEN.value: QT_TRANSLATE_NOOP("labels", "Not yet fixed"),
        RemediationStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("labels", "Being fixed"),
        RemediationStatus.DONE.value: QT_TRANSLATE_NOOP("labels", "Fixed"),
    },
    PlanStatus: {
        PlanStatus.DRAFT.value: QT_TRANSLATE_NOOP("labels", "Draft"),
        PlanStatus.APPROVED.value: QT_TRANSLATE_NOOP("labels", "Approved"),
        PlanStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("labels", "Under way"),
        PlanStatus.CLOSED.value: QT_TRANSLATE_NOOP("labels", "Closed"),
    },
}


def label(code: StrEnum) -> str:
    """The user's word for a code, in the current language."""
    return _t(str(_LABELS.get(type(code), {}).get(code.value, code.value)))
