"""Stratified sampling of units for a plan: strata in, a reproducible selection out.

Pure Python: no database, no Qt. The services hand in the unit tree as plain
:class:`Candidate` rows and the plan's strata as :class:`Stratum` values.

The rules (issue 5, seed 000):

* A stratum selects the live units of a kind and/or a level and/or below an ancestor
  (``under``: descendants at any depth, never the ancestor itself). A unit under a
  deleted unit is out of reach, like the deleted unit itself.
* A stratum naming several ancestors is one stratum per ancestor ("50% of the communes of
  *each* district"): :func:`expand` turns it into one :class:`Part` per ancestor.
* A percentage rounds up (``ceil``: at least the percentage); a count is capped at the
  population.
* Overlapping strata: the first stratum wins. A later stratum computes its target on its
  whole population but draws only from the units no earlier stratum took, so no unit is
  ever picked twice; it may then take fewer than its target (``Outcome.shortfall``).
* The draw is random but reproducible: each part uses ``random.Random(f"{seed}:{index}")``
  over its population sorted by UUID, so the result never depends on the order rows come
  from the database, and changing one stratum leaves the draws of the others alone.
* Weights (see :func:`unit_weight`) make some units likelier: weighted sampling without
  replacement by Efraimidis–Spirakis keys (``log(u) / w``, the largest keys win). A unit
  of weight 0 is taken only when the units of positive weight cannot fill the target.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "Candidate",
    "Outcome",
    "Part",
    "Pick",
    "PickSource",
    "Selection",
    "Stratum",
    "UnitFacts",
    "Weighting",
    "draw",
    "expand",
    "months_before",
    "population",
    "populations",
    "target_size",
    "unit_weight",
]


class PickSource(StrEnum):
    """How a unit came into a plan's sample (a stable code stored in files)."""

    DRAWN = "drawn"  # chosen by the random draw
    ADDED = "added"  # added by hand during the review
    SWAPPED_IN = "swapped_in"  # put in place of a drawn unit, with a reason


@dataclass(frozen=True, slots=True)
class Candidate:
    """A unit as sampling sees it: its place in the tree, kind, level and tombstone."""

    id: uuid.UUID
    parent_id: uuid.UUID | None = None
    kind_id: uuid.UUID | None = None
    level_id: uuid.UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Stratum:
    """One ``[[sample]]`` table: which units, and a percentage or a count of them.

    Raises:
        ValueError: neither or both of ``percent`` and ``count``, a percentage outside
            0–100, a negative count.
    """

    kind_id: uuid.UUID | None = None
    level_id: uuid.UUID | None = None
    under: tuple[uuid.UUID, ...] = ()
    percent: float | None = None
    count: int | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.count is None):
            raise ValueError("a stratum takes either a percent or a count")
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError(f"percent {self.percent} is outside 0–100")
        if self.count is not None and self.count < 0:
            raise ValueError(f"count {self.count} is negative")


@dataclass(frozen=True, slots=True)
class Part:
    """A stratum for one ancestor (or for none): what is actually drawn from.

    ``index`` numbers the parts of all strata in order; ``stratum`` is the 0-based index
    of the :class:`Stratum` (the ``[[sample]]`` table) it comes from.
    """

    index: int
    stratum: int
    under: uuid.UUID | None
    rule: Stratum


@dataclass(frozen=True, slots=True)
class Pick:
    """A selected unit, the part and stratum that selected it and its weight."""

    unit_id: uuid.UUID
    part: int
    stratum: int
    weight: float


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one part went: its population, target, and how many it took."""

    part: Part
    population: tuple[uuid.UUID, ...]
    available: int
    target: int
    taken: int

    @property
    def shortfall(self) -> int:
        """Units of the target that earlier strata had already taken."""
        return self.target - self.taken


@dataclass(frozen=True, slots=True)
class Selection:
    """The result of :func:`draw`: the picks in order, and each part's outcome."""

    seed: int
    picks: tuple[Pick, ...]
    outcomes: tuple[Outcome, ...]
    weights: Mapping[uuid.UUID, float] = field(default_factory=dict)

    def unit_ids(self) -> list[uuid.UUID]:
        return [pick.unit_id for pick in self.picks]


@dataclass(frozen=True, slots=True)
class UnitFacts:
    """What weighting looks at: the last day a unit was inspected, its overdue items."""

    last_inspected: date | None = None
    overdue_recommendations: int = 0


@dataclass(frozen=True, slots=True)
class Weighting:
    """Which units to prefer, and how strongly (factors multiply; 1 means no preference).

    ``not_inspected_months`` None switches the first preference off; ``overdue_factor``
    1 switches the second off.
    """

    not_inspected_months: int | None = None
    not_inspected_factor: float = 3.0
    overdue_factor: float = 1.0

    @property
    def active(self) -> bool:
        return self.not_inspected_months is not None or self.overdue_factor != 1.0


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def unit_weight(facts: UnitFacts, weighting: Weighting, reference: date) -> float:
    """A unit's weight: 1, times the factor of each preference it meets.

    A unit not inspected since ``not_inspected_months`` before ``reference`` (or never)
    meets the first; a unit with an open recommendation past its deadline the second.
    """
    weight = 1.0
    if weighting.not_inspected_months is not None:
        since = months_before(reference, weighting.not_inspected_months)
        if facts.last_inspected is None or facts.last_inspected < since:
            weight *= weighting.not_inspected_factor
    if facts.overdue_recommendations > 0:
        weight *= weighting.overdue_factor
    return weight


def target_size(rule: Stratum, population: int) -> int:
    """How many units a stratum asks for out of ``population``: ceil of the percentage
    (computed exactly, so 30% of 10 is 3, not 4) or the count, capped at the population."""
    if rule.count is not None:
        return min(rule.count, population)
    share = Fraction(Decimal(str(rule.percent))) * population / 100
    return min(math.ceil(share), population)


def expand(strata: Sequence[Stratum]) -> list[Part]:
    """One :class:`Part` per ancestor of each stratum (one part for a stratum without any)."""
    parts: list[Part] = []
    for number, rule in enumerate(strata):
        for under in rule.under or (None,):
            parts.append(Part(len(parts), number, under, rule))
    return parts


class _Tree:
    """The live units that no deleted unit stands above, indexed for the population queries."""

    def __init__(self, units: Iterable[Candidate]) -> None:
        every = {u.id: u for u in units}
        self.live: dict[uuid.UUID, Candidate] = {}
        for unit in every.values():
            if self._reachable(unit, every):
                self.live[unit.id] = unit
        self.children: dict[uuid.UUID, list[uuid.UUID]] = {}
        for unit in self.live.values():
            if unit.parent_id is not None and unit.parent_id in self.live:
                self.children.setdefault(unit.parent_id, []).append(unit.id)

    @staticmethod
    def _reachable(unit: Candidate, every: Mapping[uuid.UUID, Candidate]) -> bool:
        seen: set[uuid.UUID] = set()
        current: Candidate | None = unit
        while current is not None and current.id not in seen:
            if current.deleted:
                return False
            seen.add(current.id)
            current = every.get(current.parent_id) if current.parent_id else None
        return True

    def descendants(self, ancestor: uuid.UUID) -> set[uuid.UUID]:
        found: set[uuid.UUID] = set()
        stack = list(self.children.get(ancestor, ()))
        while stack:
            unit_id = stack.pop()
            if unit_id in found or unit_id == ancestor:
                continue  # a cycle in a damaged tree must not loop forever
            found.add(unit_id)
            stack.extend(self.children.get(unit_id, ()))
        return found

    def population(self, part: Part) -> list[uuid.UUID]:
        if part.under is not None:
            pool: Iterable[uuid.UUID] = self.descendants(part.under)
        else:
            pool = self.live
        rule = part.rule
        chosen = [
            unit_id
            for unit_id in pool
            if (rule.kind_id is None or self.live[unit_id].kind_id == rule.kind_id)
            and (rule.level_id is None or self.live[unit_id].level_id == rule.level_id)
        ]
        return sorted(chosen, key=lambda unit_id: unit_id.bytes)


def population(units: Iterable[Candidate], part: Part) -> list[uuid.UUID]:
    """The live units a part selects from, sorted by UUID."""
    return _Tree(units).population(part)


def populations(units: Iterable[Candidate], parts: Sequence[Part]) -> list[list[uuid.UUID]]:
    """:func:`population` of each part, reading the tree once."""
    tree = _Tree(units)
    return [tree.population(part) for part in parts]


def _choose(
    rng: random.Random, pool: Sequence[uuid.UUID], weights: Mapping[uuid.UUID, float], size: int
) -> list[uuid.UUID]:
    """``size`` units of ``pool`` by Efraimidis–Spirakis keys, best key first.

    One random number per unit of the pool, in the pool's order, whatever its weight.
    """
    keyed = []
    for unit_id in pool:
        u = 1.0 - rng.random()  # in (0, 1]
        weight = max(0.0, weights.get(unit_id, 1.0))
        key = math.log(u) / weight if weight > 0 else -math.inf
        keyed.append((key, u, unit_id))
    keyed.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [unit_id for _, _, unit_id in keyed[:size]]


def draw(
    units: Iterable[Candidate],
    strata: Sequence[Stratum],
    seed: int,
    weights: Mapping[uuid.UUID, float] | None = None,
) -> Selection:
    """Select units for ``strata`` from ``units``, reproducibly from ``seed``.

    Args:
        units: every unit of the tree (deleted ones are ignored).
        strata: the plan's strata in order; the first stratum wins overlaps.
        seed: the plan's sampling seed.
        weights: a unit's weight (default 1); see :func:`unit_weight`.

    Returns:
        The picks (part by part, each part's picks best key first) and every part's
        outcome. The same units, strata, seed and weights always give the same result.
    """
    tree = _Tree(units)
    weights = dict(weights or {})
    taken: set[uuid.UUID] = set()
    picks: list[Pick] = []
    outcomes: list[Outcome] = []
    for part in expand(strata):
        pool = tree.population(part)
        target = target_size(part.rule, len(pool))
        rng = random.Random(f"{seed}:{part.index}")
        ordered = _choose(rng, pool, weights, len(pool))
        available = [unit_id for unit_id in ordered if unit_id not in taken]
        chosen = available[:target]
        taken.update(chosen)
        picks.extend(
            Pick(unit_id, part.index, part.stratum, weights.get(unit_id, 1.0)) for unit_id in chosen
        )
        outcomes.append(Outcome(part, tuple(pool), len(available), target, len(chosen)))
    return Selection(seed, tuple(picks), tuple(outcomes), weights)
