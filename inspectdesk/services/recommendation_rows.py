"""The follow-up list's rows, filters, orders and the overdue rule, as plain data.

Shared by the paged query (:mod:`inspectdesk.services.recommendation_paging`), the whole
list (:func:`inspectdesk.services.remediation.list_recommendations`) and the screens.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_

from inspectdesk.db.models import Recommendation
from inspectdesk.domain.enums import RemediationStatus

__all__ = [
    "RecommendationCounts",
    "RecommendationFilter",
    "RecommendationRow",
    "RecommendationSort",
    "overdue_clause",
]


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    """One line of the follow-up list."""

    id: uuid.UUID
    visit_id: uuid.UUID
    plan_id: uuid.UUID | None
    unit: str
    visit_date: date | None
    text: str
    responsible: str
    deadline: date | None
    status: RemediationStatus
    overdue: bool
    done_on: date | None


@dataclass(frozen=True, slots=True)
class RecommendationFilter:
    """What the follow-up list shows; ``None`` / empty means no restriction."""

    search: str = ""
    status: RemediationStatus | None = None
    overdue_only: bool = False
    plan_id: uuid.UUID | None = None
    deadline_from: date | None = None
    deadline_to: date | None = None


class RecommendationSort(StrEnum):
    """The orders the follow-up list offers: its own, and one per column."""

    DEFAULT = "default"
    """Unfinished first, by deadline (none last), then unit, position in the minutes."""
    UNIT = "unit"
    VISIT_DATE = "visit_date"
    TEXT = "text"
    DEADLINE = "deadline"
    STATUS = "status"
    OVERDUE = "overdue"
    DONE_ON = "done_on"
    RESPONSIBLE = "responsible"


class RecommendationCounts(NamedTuple):
    """How many recommendations match, and how many of those are overdue."""

    matches: int
    overdue: int


def overdue_clause(today: date) -> ColumnElement[bool]:
    """SQL: the recommendation's deadline has passed and it is not done."""
    return and_(
        Recommendation.deadline.is_not(None),
        Recommendation.deadline < today,
        Recommendation.status != RemediationStatus.DONE,
    )
