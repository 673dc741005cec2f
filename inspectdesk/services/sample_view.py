"""The plain rows and errors of sampling, and reading a plan's sample for review.

Data functions only (they take a session); :class:`~.sampling.SamplingService` opens
the unit of work.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import Plan, SamplePick, SamplingStratum, Unit, Visit
from inspectdesk.domain.sampling import (
    Candidate,
    Part,
    PickSource,
    Stratum,
    expand,
    population,
    populations,
    target_size,
)
from inspectdesk.errors import UserError
from inspectdesk.services.sample_facts import candidates
from inspectdesk.services.strata import Names, auto_label, read_strata


@dataclass(frozen=True, slots=True)
class StratumRow:
    """A stratum as the review screen lists it (``label``: its own or the automatic one)."""

    index: int
    rule: Stratum
    kind: str
    level: str
    under: tuple[str, ...]
    label: str
    stratum_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True)
class PartRow:
    """One ancestor's share of a stratum: population, target, units in the sample now."""

    stratum: int
    stratum_id: uuid.UUID
    under: str
    population: int
    target: int
    selected: int


@dataclass(frozen=True, slots=True)
class PickRow:
    """A unit of the sample (or one removed from it, with the reason)."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    parent: str
    stratum: int | None
    stratum_label: str
    weight: float
    source: PickSource
    reason: str
    removed: bool
    replaced_unit: str
    visited: bool


@dataclass(frozen=True, slots=True)
class SampleView:
    """Everything the review screen and the printed list show.

    ``stale`` is true when a unit of the sample was drawn from a stratum that has changed
    since (draw again).
    """

    plan_id: uuid.UUID
    number: str
    title: str
    seed: int | None
    strata: tuple[StratumRow, ...]
    parts: tuple[PartRow, ...]
    picks: tuple[PickRow, ...]
    stale: bool

    def current(self) -> list[PickRow]:
        """The units in the sample now (removed ones left out)."""
        return [pick for pick in self.picks if not pick.removed]


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """A unit that could replace a pick, with its weight."""

    unit_id: uuid.UUID
    unit: str
    parent: str
    weight: float
    in_sample: bool


@dataclass(frozen=True, slots=True)
class SampleChange:
    """What one edit of a sample did, to undo it: picks made, trashed, removed; the seed."""

    plan_id: uuid.UUID
    created: tuple[uuid.UUID, ...] = ()
    trashed: tuple[uuid.UUID, ...] = ()
    removed: tuple[uuid.UUID, ...] = ()
    seed_before: int | None = None
    seed_after: int | None = None
    reasons: tuple[tuple[uuid.UUID, str, str], ...] = ()
    """Reasons written on existing picks: (pick, before, after)."""


@dataclass(frozen=True, slots=True)
class DrawnUnit:
    """A unit of a fresh draw: its stratum (the ``[[sample]]`` index) and weight."""

    unit_id: uuid.UUID
    unit: str
    parent: str
    stratum: int
    under: str
    weight: float


@dataclass(frozen=True, slots=True)
class DrawResult:
    """A draw: its seed, the units in order, each share's numbers, and the stored change."""

    seed: int
    units: tuple[DrawnUnit, ...]
    parts: tuple[PartRow, ...]
    change: SampleChange | None = None


@dataclass(frozen=True, slots=True)
class AcceptResult:
    """The visits accepting made, and how many units already had one."""

    created: tuple[uuid.UUID, ...] = ()
    skipped: int = 0


class NoStrata(UserError):
    code = "no_strata"
    vi = "Kế hoạch “{plan}” chưa có nhóm chọn mẫu nào."
    en = "The plan “{plan}” has no sampling strata."


class AlreadyInSample(UserError):
    code = "already_in_sample"
    vi = "“{unit}” đã có trong mẫu."
    en = "“{unit}” is already in the sample."


class NotInStratum(UserError):
    code = "not_in_stratum"
    vi = "“{unit}” không thuộc nhóm “{stratum}” nên không thể thay vào."
    en = "“{unit}” is not in the stratum “{stratum}”, so it cannot be swapped in."


class ReasonRequired(UserError):
    code = "reason_required"
    vi = "Hãy ghi lý do thay đơn vị."
    en = "Give the reason for the swap."


def parent_name(names: Names, units: dict[uuid.UUID, Candidate], unit_id: uuid.UUID) -> str:
    """The name of a unit's parent ("" for a top unit)."""
    unit = units.get(unit_id)
    return names.units.get(unit.parent_id, "") if unit and unit.parent_id else ""


def visited_units(s: Session, plan_id: uuid.UUID) -> set[uuid.UUID]:
    """The units a plan has a live visit of."""
    query = select(Visit.unit_id).where(Visit.plan_id == plan_id, Visit.deleted.is_(False))
    return set(s.scalars(query))


def sample_units(s: Session, plan_id: uuid.UUID) -> list[uuid.UUID]:
    """The units in a plan's sample now, in the sample's order."""
    return list(
        s.scalars(
            select(SamplePick.unit_id)
            .where(
                SamplePick.plan_id == plan_id,
                SamplePick.deleted.is_(False),
                SamplePick.removed.is_(False),
            )
            .order_by(SamplePick.position, SamplePick.id)
        )
    )


def _stratum_rows(
    strata: list[tuple[Stratum, list[SamplingStratum]]], names: Names
) -> list[StratumRow]:
    return [
        StratumRow(
            index,
            rule,
            names.kinds.get(rule.kind_id, "") if rule.kind_id else "",
            names.levels.get(rule.level_id, "") if rule.level_id else "",
            tuple(names.units.get(u, "?") for u in rule.under),
            group[0].label or auto_label(rule, names),
            tuple(row.id for row in group),
        )
        for index, (rule, group) in enumerate(strata)
    ]


def _parts(
    strata: list[tuple[Stratum, list[SamplingStratum]]],
    units: dict[uuid.UUID, Candidate],
    names: Names,
    picks: Sequence[SamplePick],
) -> tuple[PartRow, ...]:
    rows = [row for _, group in strata for row in group]
    parts = expand([rule for rule, _ in strata])
    chosen = Counter(p.stratum_id for p in picks if not p.removed)
    result = []
    for part, pool in zip(parts, populations(units.values(), parts), strict=True):
        row = rows[part.index]
        size = len(pool)
        selected = chosen[row.id]
        under = names.units.get(part.under, "") if part.under else ""
        result.append(
            PartRow(part.stratum, row.id, under, size, target_size(part.rule, size), selected)
        )
    return tuple(result)


def read_view(s: Session, plan: Plan) -> SampleView:
    """The plan's strata, each share's numbers and the draft sample with its history."""
    names = Names.load(s)
    strata = read_strata(s, plan.id, names)
    units = candidates(s)
    stratum_rows = _stratum_rows(strata, names)
    row_stratum = {row_id: row.index for row in stratum_rows for row_id in row.stratum_ids}
    picks = s.scalars(
        select(SamplePick)
        .where(SamplePick.plan_id == plan.id, SamplePick.deleted.is_(False))
        .order_by(SamplePick.position, SamplePick.id)
    ).all()
    visited = visited_units(s, plan.id)
    pick_rows = []
    for p in picks:
        index = row_stratum.get(p.stratum_id) if p.stratum_id else None
        pick_rows.append(
            PickRow(
                p.id,
                p.unit_id,
                names.units.get(p.unit_id, ""),
                parent_name(names, units, p.unit_id),
                index,
                stratum_rows[index].label if index is not None else "",
                p.weight,
                p.source,
                p.reason,
                p.removed,
                names.units.get(p.replaced_unit_id, "") if p.replaced_unit_id else "",
                p.unit_id in visited,
            )
        )
    stale = any(
        p.stratum_id is not None and p.stratum_id not in row_stratum for p in picks if not p.removed
    )
    return SampleView(
        plan.id,
        plan.number,
        plan.title,
        plan.sampling_seed,
        tuple(stratum_rows),
        _parts(strata, units, names, picks),
        tuple(pick_rows),
        stale,
    )


def pool_of(s: Session, pick: SamplePick, units: dict[uuid.UUID, Candidate]) -> list[uuid.UUID]:
    """The units that may replace a pick: its share's population, or every live unit for a
    pick added by hand (or drawn from a stratum that has changed since)."""
    row = s.get(SamplingStratum, pick.stratum_id) if pick.stratum_id else None
    if row is not None and not row.deleted:
        for rule, group in read_strata(s, pick.plan_id):
            if row in group:
                return population(units.values(), Part(0, 0, row.under_unit_id, rule))
    return sorted((u.id for u in units.values() if not u.deleted), key=lambda u: u.bytes)


def candidate_rows(
    s: Session,
    pick: SamplePick,
    units: dict[uuid.UUID, Candidate],
    weights: dict[uuid.UUID, float],
) -> list[CandidateRow]:
    """:func:`pool_of` with names and weights, in Vietnamese order."""
    names = Names.load(s)
    in_sample = set(sample_units(s, pick.plan_id))
    sort = dict(s.execute(select(Unit.id, Unit.name_sort)).all())
    pool = sorted(pool_of(s, pick, units), key=lambda u: (sort.get(u, ""), u.bytes))
    return [
        CandidateRow(
            unit_id,
            names.units.get(unit_id, ""),
            parent_name(names, units, unit_id),
            weights.get(unit_id, 1.0),
            unit_id in in_sample,
        )
        for unit_id in pool
    ]
