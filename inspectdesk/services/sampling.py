"""Drawing a plan's sample of units, reviewing it, and accepting it as planned visits.

The draw follows :mod:`inspectdesk.domain.sampling` (percentages round up, one share per
ancestor, the first stratum wins overlaps, reproducible from the plan's seed). The
sample is a draft until it is accepted: it is stored as
:class:`~inspectdesk.db.models.SamplePick` rows, so a reviewer sees later what was drawn,
what was swapped for what and why, and what was added or removed by hand. Accepting
creates one planned, announced visit per unit that the plan does not visit yet.

Every change returns a :class:`SampleChange` that :meth:`SamplingService.revert` takes
back and :meth:`SamplingService.reapply` does again (the UI's undo and redo).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import Plan, SamplePick, SamplingStratum, Unit, Visit
from inspectdesk.domain.enums import VisitMode, VisitStatus
from inspectdesk.domain.sampling import (
    Candidate,
    PickSource,
    Selection,
    Stratum,
    Weighting,
    draw,
)
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.sample_facts import candidates, unit_weights
from inspectdesk.services.sample_view import (
    AcceptResult,
    AlreadyInSample,
    CandidateRow,
    DrawnUnit,
    DrawResult,
    NoStrata,
    NotInStratum,
    PartRow,
    ReasonRequired,
    SampleChange,
    SampleView,
    candidate_rows,
    parent_name,
    pool_of,
    read_view,
    sample_units,
    visited_units,
)
from inspectdesk.services.strata import Names, auto_label, read_strata, write_strata
from inspectdesk.text import clean_text

__all__ = [
    "AcceptResult",
    "AlreadyInSample",
    "CandidateRow",
    "DrawResult",
    "DrawnUnit",
    "NoStrata",
    "NotInStratum",
    "ReasonRequired",
    "SampleChange",
    "SampleView",
    "SamplingService",
    "new_seed",
]

MAX_SEED = 1_000_000
"""New seeds are drawn below this: short enough to read out and type."""


def new_seed() -> int:
    """A fresh random seed."""
    return secrets.randbelow(MAX_SEED)


class SamplingService:
    """Use cases of a plan's strata and sample on one open database."""

    TABLES = ("sample_pick",)

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, *, today: date | None = None
    ) -> None:
        self._db = db
        self._bus = bus or ChangeBus()
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # -- strata ----------------------------------------------------------------

    def strata(self, plan_id: uuid.UUID) -> list[Stratum]:
        """The plan's strata (a label is empty when it is the automatic one)."""
        with self._db.sessions() as s:
            _plan(s, plan_id)
            return [rule for rule, _ in read_strata(s, plan_id)]

    def set_strata(self, plan_id: uuid.UUID, strata: Sequence[Stratum]) -> bool:
        """Make ``strata`` the plan's strata; False when nothing changed.

        A sample drawn before becomes stale (:attr:`SampleView.stale`): draw again.
        """
        with self._db.sessions.begin() as s:
            _plan(s, plan_id)
            changed = write_strata(s, plan_id, strata)
        if changed:
            self._bus.publish(("sampling_stratum",), [plan_id])
        return changed

    def describe(self, rule: Stratum) -> str:
        """The automatic words for a stratum (what a plan document prints without a label)."""
        with self._db.sessions() as s:
            return auto_label(rule, Names.load(s))

    # -- drawing ---------------------------------------------------------------

    def draw(
        self,
        plan_id: uuid.UUID,
        seed: int | None = None,
        weighting: Weighting | None = None,
        *,
        store: bool = True,
    ) -> DrawResult:
        """Draw the plan's sample; with ``store``, it replaces the draft sample.

        ``seed`` None takes the plan's seed, or a new random one when it has none; the
        seed used is stored on the plan. The previous draft picks go to the trash.

        Raises:
            NotFound: no such live plan.
            NoStrata: the plan has no strata.
        """
        weighting = weighting or Weighting()
        with self._db.sessions.begin() as s:
            plan = _plan(s, plan_id)
            names = Names.load(s)
            strata = read_strata(s, plan_id, names)
            if not strata:
                raise NoStrata(plan=plan.number or plan.title)
            seed_before = plan.sampling_seed
            used = seed if seed is not None else seed_before
            used = new_seed() if used is None else used
            units = candidates(s)
            weights = unit_weights(s, units, weighting, self.today())
            selection = draw(units.values(), [rule for rule, _ in strata], used, weights)
            rows = [row for _, group in strata for row in group]
            result = self._result(selection, rows, names, units)
            if not store:
                return result
            trashed = self._trash_draft(s, plan_id)
            created = [uuid.uuid4() for _ in selection.picks]
            s.add_all(
                SamplePick(
                    id=pick_id,
                    plan_id=plan_id,
                    unit_id=pick.unit_id,
                    stratum_id=rows[pick.part].id,
                    position=position,
                    weight=pick.weight,
                    source=PickSource.DRAWN,
                )
                for position, (pick_id, pick) in enumerate(
                    zip(created, selection.picks, strict=True), 1
                )
            )
            if plan.sampling_seed != used:
                plan.sampling_seed = used
            change = SampleChange(plan_id, tuple(created), trashed, (), seed_before, used)
        self._bus.publish((*self.TABLES, "plan"), [plan_id])
        return DrawResult(result.seed, result.units, result.parts, change)

    @staticmethod
    def _result(
        selection: Selection,
        rows: list[SamplingStratum],
        names: Names,
        units: dict[uuid.UUID, Candidate],
    ) -> DrawResult:
        drawn = tuple(
            DrawnUnit(
                pick.unit_id,
                names.units.get(pick.unit_id, ""),
                parent_name(names, units, pick.unit_id),
                pick.stratum,
                names.units.get(rows[pick.part].under_unit_id or uuid.UUID(int=0), ""),
                pick.weight,
            )
            for pick in selection.picks
        )
        parts = tuple(
            PartRow(
                o.part.stratum,
                rows[o.part.index].id,
                names.units.get(o.part.under, "") if o.part.under else "",
                len(o.population),
                o.target,
                o.taken,
            )
            for o in selection.outcomes
        )
        return DrawResult(selection.seed, drawn, parts)

    @staticmethod
    def _trash_draft(s: Session, plan_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        picks = s.scalars(
            select(SamplePick).where(SamplePick.plan_id == plan_id, SamplePick.deleted.is_(False))
        ).all()
        for pick in picks:
            pick.deleted = True
        return tuple(pick.id for pick in picks)

    # -- the review ------------------------------------------------------------

    def view(self, plan_id: uuid.UUID) -> SampleView:
        """The plan's strata, each share's numbers and the draft sample with its history."""
        with self._db.sessions() as s:
            return read_view(s, _plan(s, plan_id))

    def candidates(
        self, pick_id: uuid.UUID, weighting: Weighting | None = None
    ) -> list[CandidateRow]:
        """The units that could replace a pick (see :func:`.sample_view.pool_of`), with
        their weights, in Vietnamese order."""
        with self._db.sessions() as s:
            pick = _pick(s, pick_id)
            units = candidates(s)
            weights = unit_weights(s, units, weighting or Weighting(), self.today())
            return candidate_rows(s, pick, units, weights)

    def swap(
        self,
        pick_id: uuid.UUID,
        unit_id: uuid.UUID,
        reason: str,
        weighting: Weighting | None = None,
    ) -> SampleChange:
        """Put ``unit_id`` in place of a pick, from the same share; the reason is required.

        Raises:
            ReasonRequired: ``reason`` is blank.
            AlreadyInSample: the unit is in the sample already.
            NotInStratum: the unit is not in the pick's share of its stratum.
        """
        reason = clean_text(reason)
        if not reason:
            raise ReasonRequired()
        with self._db.sessions.begin() as s:
            pick = _pick(s, pick_id)
            units = candidates(s)
            unit = _live_unit(s, unit_id)
            if unit_id in sample_units(s, pick.plan_id):
                raise AlreadyInSample(unit=unit.name)
            if unit_id not in pool_of(s, pick, units):
                stratum = s.get(SamplingStratum, pick.stratum_id) if pick.stratum_id else None
                raise NotInStratum(unit=unit.name, stratum=stratum.label if stratum else "")
            weights = unit_weights(s, units, weighting or Weighting(), self.today())
            before = pick.reason
            pick.removed, pick.reason = True, reason
            new = SamplePick(
                plan_id=pick.plan_id,
                unit_id=unit_id,
                stratum_id=pick.stratum_id,
                position=pick.position,
                weight=weights.get(unit_id, 1.0),
                source=PickSource.SWAPPED_IN,
                replaced_unit_id=pick.unit_id,
                reason=reason,
            )
            s.add(new)
            s.flush()
            change = SampleChange(
                pick.plan_id,
                created=(new.id,),
                removed=(pick.id,),
                reasons=((pick.id, before, reason),),
            )
        self._bus.publish(self.TABLES, [change.plan_id])
        return change

    def add(self, plan_id: uuid.UUID, unit_id: uuid.UUID, reason: str = "") -> SampleChange:
        """Add a unit to the sample by hand (the reason is optional).

        Raises:
            AlreadyInSample: the unit is in the sample already.
        """
        with self._db.sessions.begin() as s:
            _plan(s, plan_id)
            unit = _live_unit(s, unit_id)
            if unit_id in sample_units(s, plan_id):
                raise AlreadyInSample(unit=unit.name)
            last = s.scalar(
                select(func.max(SamplePick.position)).where(SamplePick.plan_id == plan_id)
            )
            new = SamplePick(
                plan_id=plan_id,
                unit_id=unit_id,
                position=(last or 0) + 1,
                source=PickSource.ADDED,
                reason=clean_text(reason),
            )
            s.add(new)
            s.flush()
            change = SampleChange(plan_id, created=(new.id,))
        self._bus.publish(self.TABLES, [plan_id])
        return change

    def remove(self, pick_id: uuid.UUID, reason: str = "") -> SampleChange:
        """Take a unit out of the sample; the pick stays, marked removed, with the reason."""
        with self._db.sessions.begin() as s:
            pick = _pick(s, pick_id)
            if pick.removed:
                return SampleChange(pick.plan_id)
            before = pick.reason
            pick.removed = True
            if reason.strip():
                pick.reason = clean_text(reason)
            reasons = ((pick.id, before, pick.reason),) if pick.reason != before else ()
            change = SampleChange(pick.plan_id, removed=(pick.id,), reasons=reasons)
        self._bus.publish(self.TABLES, [change.plan_id])
        return change

    def revert(self, change: SampleChange) -> None:
        """Take back a change (undo)."""
        self._apply(change, forward=False)

    def reapply(self, change: SampleChange) -> None:
        """Do a change again after :meth:`revert` (redo)."""
        self._apply(change, forward=True)

    def _apply(self, change: SampleChange, *, forward: bool) -> None:
        with self._db.sessions.begin() as s:
            for ids, attribute, value in (
                (change.created, "deleted", not forward),
                (change.trashed, "deleted", forward),
                (change.removed, "removed", forward),
            ):
                for pick_id in ids:
                    pick = s.get(SamplePick, pick_id)
                    if pick is not None and getattr(pick, attribute) != value:
                        setattr(pick, attribute, value)
            for pick_id, before, after in change.reasons:
                pick = s.get(SamplePick, pick_id)
                wanted = after if forward else before
                if pick is not None and pick.reason != wanted:
                    pick.reason = wanted
            seed = change.seed_after if forward else change.seed_before
            plan = s.get(Plan, change.plan_id)
            if plan is not None and change.seed_after is not None and plan.sampling_seed != seed:
                plan.sampling_seed = seed
        self._bus.publish((*self.TABLES, "plan"), [change.plan_id])

    # -- accepting -------------------------------------------------------------

    def accept(self, plan_id: uuid.UUID) -> AcceptResult:
        """One planned, announced visit per unit of the sample that the plan does not visit yet."""
        with self._db.sessions.begin() as s:
            _plan(s, plan_id)
            visited = visited_units(s, plan_id)
            created: list[uuid.UUID] = []
            skipped = 0
            for unit_id in sample_units(s, plan_id):
                unit = s.get(Unit, unit_id)
                if unit_id in visited or unit is None or unit.deleted:
                    skipped += 1
                    continue
                visit = Visit(
                    plan_id=plan_id,
                    unit_id=unit_id,
                    status=VisitStatus.PLANNED,
                    mode=VisitMode.ANNOUNCED,
                )
                s.add(visit)
                s.flush()
                visited.add(unit_id)
                created.append(visit.id)
        if created:
            self._bus.publish(("visit",), created)
        return AcceptResult(tuple(created), skipped)


def _plan(s: Session, plan_id: uuid.UUID) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound(entity="kế hoạch", entity_en="plan", ref=str(plan_id))
    return plan


def _pick(s: Session, pick_id: uuid.UUID) -> SamplePick:
    pick = s.get(SamplePick, pick_id)
    if pick is None or pick.deleted or pick.removed:
        raise NotFound(entity="đơn vị trong mẫu", entity_en="sample unit", ref=str(pick_id))
    return pick


def _live_unit(s: Session, unit_id: uuid.UUID) -> Unit:
    unit = s.get(Unit, unit_id)
    if unit is None or unit.deleted:
        raise NotFound(entity="đơn vị", entity_en="unit", ref=str(unit_id))
    return unit
