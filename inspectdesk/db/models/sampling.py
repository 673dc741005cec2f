"""The reviewed sample of a plan: which units were drawn, swapped, added or removed, and why."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Float, ForeignKey, Integer, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from inspectdesk.db.models.base import Syncable
from inspectdesk.db.types import code_enum
from inspectdesk.domain.sampling import PickSource


class SamplePick(Syncable):
    """A unit in a plan's sample, drawn from a stratum or put there by hand during review.

    ``stratum_id`` is the sampling stratum (one ancestor's share) that drew the unit, or
    whose unit it replaced; none for a unit added by hand. A swap marks the replaced
    pick ``removed`` and adds a ``swapped_in`` pick naming it in ``replaced_unit_id``;
    both keep the reason. A new draw moves the previous picks to the trash (``deleted``).
    """

    __tablename__ = "sample_pick"

    plan_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("plan.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("unit.id"), index=True)
    stratum_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sampling_stratum.id"), default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    source: Mapped[PickSource] = mapped_column(code_enum(PickSource), default=PickSource.DRAWN)
    replaced_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
