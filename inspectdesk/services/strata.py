"""A plan's sampling strata as the user writes them: ``[[sample]]`` tables.

A stratum naming several ancestors (``under``) is stored as one
:class:`~inspectdesk.db.models.SamplingStratum` row per ancestor, in order. The first row
of a stratum carries its label (the words the plan document prints); the rows after it
carry an empty label, which is how they are read back as one stratum: a row continues
the stratum before it when its label is empty, both rows have an ancestor, and kind,
level, percentage and count are equal. Any other row starts a new stratum, so the strata
of older files (one labelled row per ancestor) read as one stratum per row.

A stratum without a label of its own gets :func:`auto_label` ("50% UBND cấp xã thuộc
UBND huyện Sông Lô"); reading it back gives an empty ``label`` again, so a plan written
to a TOML file and read back is the same plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import SamplingStratum, Unit, UnitKind, UnitLevel
from inspectdesk.domain.sampling import Stratum
from inspectdesk.text import clean_line

LABEL_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Names:
    """Names of units, kinds and levels by id (deleted ones included), for words."""

    units: Mapping[uuid.UUID, str]
    kinds: Mapping[uuid.UUID, str]
    levels: Mapping[uuid.UUID, str]

    @classmethod
    def load(cls, s: Session) -> Names:
        return cls(
            units=dict(s.execute(select(Unit.id, Unit.name)).all()),
            kinds=dict(s.execute(select(UnitKind.id, UnitKind.name)).all()),
            levels=dict(s.execute(select(UnitLevel.id, UnitLevel.name)).all()),
        )


def format_amount(rule: Stratum) -> str:
    """``50%``, ``33,5%`` or ``02`` (a count is written with two digits, as plans do)."""
    if rule.count is not None:
        return f"{rule.count:02d}"
    return f"{rule.percent:g}%".replace(".", ",")


def auto_label(rule: Stratum, names: Names) -> str:
    """The words for a stratum without a label: amount, what, and under which units."""
    if rule.kind_id is not None:
        what = names.kinds.get(rule.kind_id, "?")
    else:
        what = "đơn vị"
        if rule.level_id is not None:
            what += f" cấp {names.levels.get(rule.level_id, '?').lower()}"
    text = f"{format_amount(rule)} {what}"
    if rule.under:
        text += " thuộc " + ", ".join(names.units.get(u, "?") for u in rule.under)
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def _same_rule(a: SamplingStratum, b: SamplingStratum) -> bool:
    return (a.kind_id, a.level_id, a.percent, a.count) == (
        b.kind_id,
        b.level_id,
        b.percent,
        b.count,
    )


def stratum_rows(s: Session, plan_id: uuid.UUID) -> list[SamplingStratum]:
    """The live stratum rows of a plan, in order."""
    return list(
        s.scalars(
            select(SamplingStratum)
            .where(SamplingStratum.plan_id == plan_id, SamplingStratum.deleted.is_(False))
            .order_by(SamplingStratum.position, SamplingStratum.id)
        )
    )


def group_rows(rows: Sequence[SamplingStratum]) -> list[list[SamplingStratum]]:
    """The rows of a plan cut into strata (see the module's docstring)."""
    groups: list[list[SamplingStratum]] = []
    for row in rows:
        previous = groups[-1][-1] if groups else None
        continues = (
            previous is not None
            and not row.label
            and row.under_unit_id is not None
            and previous.under_unit_id is not None
            and _same_rule(previous, row)
        )
        if continues:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def rule_of(group: Sequence[SamplingStratum], names: Names) -> Stratum:
    """The stratum a group of rows stores; ``label`` empty when it is the automatic one."""
    first = group[0]
    under = tuple(r.under_unit_id for r in group if r.under_unit_id is not None)
    count, percent = first.count, first.percent
    if count is None and percent is None:  # a damaged or foreign row: it selects nothing
        count = 0
    rule = Stratum(
        kind_id=first.kind_id,
        level_id=first.level_id,
        under=under,
        percent=None if count is not None else min(100.0, max(0.0, float(percent or 0))),
        count=None if count is None else max(0, count),
    )
    return rule if first.label == auto_label(rule, names) else replace(rule, label=first.label)


def read_strata(
    s: Session, plan_id: uuid.UUID, names: Names | None = None
) -> list[tuple[Stratum, list[SamplingStratum]]]:
    """Each stratum of a plan with the rows that store it."""
    names = names or Names.load(s)
    return [(rule_of(group, names), group) for group in group_rows(stratum_rows(s, plan_id))]


def write_strata(
    s: Session, plan_id: uuid.UUID, strata: Sequence[Stratum], names: Names | None = None
) -> bool:
    """Make ``strata`` the plan's strata; return False (and write nothing) if they already are.

    The old rows go to the trash and new ones are written, one per ancestor.
    """
    names = names or Names.load(s)
    cleaned = [replace(rule, label=clean_line(rule.label)[:LABEL_LIMIT]) for rule in strata]
    current = [rule for rule, _ in read_strata(s, plan_id, names)]
    if current == cleaned:
        return False
    for row in stratum_rows(s, plan_id):
        row.deleted = True
    position = 0
    for rule in cleaned:
        label = rule.label or auto_label(rule, names)
        for index, under in enumerate(rule.under or (None,)):
            position += 1
            s.add(
                SamplingStratum(
                    plan_id=plan_id,
                    position=position,
                    kind_id=rule.kind_id,
                    level_id=rule.level_id,
                    under_unit_id=under,
                    percent=rule.percent,
                    count=rule.count,
                    label=label if index == 0 else "",
                )
            )
    s.flush()
    return True
