"""How services say a draft cannot be saved: one :class:`FieldProblem` per field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Problem(StrEnum):
    """Why a field's value cannot be saved (the UI words each code)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_DIGITS = "not_digits"
    CYCLE = "cycle"
    MISSING = "missing"
    STALE = "stale"
    INVALID = "invalid"
    DATE_ORDER = "date_order"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A problem of one field of a draft; ``limit`` is the length limit for TOO_LONG."""

    field: str
    problem: Problem
    limit: int = 0
    by: str = ""
    """For STALE: who saved the record meanwhile (``user@machine``)."""
    at: datetime | None = None
    """For STALE: when they saved it."""


def stale(row: Any) -> FieldProblem:
    """The STALE problem of a record someone else saved since it was read: who and when."""
    return FieldProblem(
        "revision",
        Problem.STALE,
        by=str(getattr(row, "updated_by", "") or ""),
        at=getattr(row, "updated_at", None),
    )


class ValidationFailed(Exception):
    """A draft has problems; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.problem}" for p in problems))
        self.problems = problems


def check_lengths(draft: object, limits: dict[str, int]) -> list[FieldProblem]:
    """TOO_LONG for every text field of ``draft`` longer than its limit."""
    return [
        FieldProblem(name, Problem.TOO_LONG, limit)
        for name, limit in limits.items()
        if len(getattr(draft, name) or "") > limit
    ]
