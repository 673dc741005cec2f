"""What the sampling reads from a file: the unit tree, and the facts that weight a unit.

A unit was *inspected* on a day when a live visit of it got under way (in progress,
minutes drafted or signed): the day it actually started, else the day it was scheduled.
A unit *has overdue recommendations* when a live recommendation of one of its live
visits is past its deadline and not done (the rule of the follow-up screens), judged on
the day given (today).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import Recommendation, Unit, Visit
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.domain.sampling import Candidate, UnitFacts, Weighting, unit_weight
from inspectdesk.services.remediation import overdue_clause
from inspectdesk.services.visits import VIETNAM

INSPECTED = (VisitStatus.IN_PROGRESS, VisitStatus.DRAFTED, VisitStatus.SIGNED)


def candidates(s: Session) -> dict[uuid.UUID, Candidate]:
    """Every unit of the file (deleted ones too: the domain leaves them out), by id."""
    rows = s.execute(select(Unit.id, Unit.parent_id, Unit.kind_id, Unit.level_id, Unit.deleted))
    return {row[0]: Candidate(*row) for row in rows}


def unit_facts(s: Session, today: date) -> dict[uuid.UUID, UnitFacts]:
    """The last inspection day and the number of overdue recommendations of each unit that
    has either (units with neither are left out)."""
    last: dict[uuid.UUID, date] = {}
    visits = s.execute(
        select(Visit.unit_id, Visit.actual_start, Visit.scheduled_on).where(
            Visit.deleted.is_(False), Visit.status.in_(INSPECTED)
        )
    )
    for unit_id, started, scheduled in visits:
        day = started.astimezone(VIETNAM).date() if started is not None else scheduled
        if day is not None and (unit_id not in last or day > last[unit_id]):
            last[unit_id] = day
    overdue = dict(
        s.execute(
            select(Visit.unit_id, func.count(Recommendation.id))
            .join(Visit, Visit.id == Recommendation.visit_id)
            .where(
                Recommendation.deleted.is_(False),
                Visit.deleted.is_(False),
                overdue_clause(today),
            )
            .group_by(Visit.unit_id)
        ).all()
    )
    return {
        unit_id: UnitFacts(last.get(unit_id), overdue.get(unit_id, 0))
        for unit_id in set(last) | set(overdue)
    }


def unit_weights(
    s: Session, units: dict[uuid.UUID, Candidate], weighting: Weighting, today: date
) -> dict[uuid.UUID, float]:
    """The weight of every live unit under ``weighting`` (all 1 when it is off)."""
    live = [unit_id for unit_id, unit in units.items() if not unit.deleted]
    if not weighting.active:
        return dict.fromkeys(live, 1.0)
    facts = unit_facts(s, today)
    empty = UnitFacts()
    return {unit_id: unit_weight(facts.get(unit_id, empty), weighting, today) for unit_id in live}
