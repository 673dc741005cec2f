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


_LABELS: dict[StrEnum, object] = {  # QT_TRANSLATE_NOOP returns its text
    VisitStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    VisitStatus.NOTIFIED: QT_TRANSLATE_NOOP("labels", "Notified"),
    VisitStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    VisitStatus.DRAFTED: QT_TRANSLATE_NOOP("labels", "Minutes drafted"),
    VisitStatus.SIGNED: QT_TRANSLATE_NOOP("labels", "Minutes signed"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    VisitMode.ANNOUNCED: QT_TRANSLATE_NOOP("labels", "Announced"),
    VisitMode.UNANNOUNCED: QT_TRANSLATE_NOOP("labels", "Unannounced"),
    FindingKind.STRENGTH: QT_TRANSLATE_NOOP("labels", "Strength"),
    FindingKind.SHORTCOMING: QT_TRANSLATE_NOOP("labels", "Shortcoming"),
    FindingKind.VIOLATION: QT_TRANSLATE_NOOP("labels", "Violation"),
    RemediationStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Not yet fixed"),
    RemediationStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "Being fixed"),
    RemediationStatus.DONE: QT_TRANSLATE_NOOP("labels", "Fixed"),
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "Under way"),
    PlanStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}


def label(code: StrEnum) -> str:
    """The user's word for a code, in the current language."""
    return _t(str(_LABELS.get(code, code.value)))
