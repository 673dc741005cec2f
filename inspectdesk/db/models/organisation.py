"""Who inspects and who is inspected: organisations, units, people."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspectdesk.db.models.base import Syncable
from inspectdesk.db.types import code_enum, sort_key_type
from inspectdesk.domain.enums import Honorific


class Organisation(Syncable):
    """An inspecting body and what its documents' headers say.

    ``superior_name`` is the cơ quan chủ quản (``UBND TỈNH VĨNH PHÚC``), ``name`` the
    cơ quan ban hành (``SỞ NỘI VỤ``); ``doc_code`` its ký hiệu in document numbers
    (``SNV``); ``place_name`` the địa danh of its documents (``Vĩnh Yên``).
    """

    __tablename__ = "organisation"
    __text_keys__ = {"name": ("name_fold", "name_sort")}

    name: Mapped[str] = mapped_column(String(300))
    name_fold: Mapped[str] = mapped_column(String(300), default="")
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="")
    superior_name: Mapped[str] = mapped_column(String(300), default="")
    doc_code: Mapped[str] = mapped_column(String(40), default="")
    place_name: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    is_default: Mapped[bool] = mapped_column(default=False)


class UnitLevel(Syncable):
    """An administrative level (tỉnh, huyện, xã). Data, not code: levels change by law.

    ``rank`` orders levels from the top (1 = tỉnh); ``valid_until`` closes a level
    that was abolished (the district level on 1 July 2025).
    """

    __tablename__ = "unit_level"
    __text_keys__ = {"name": ("name_fold", None)}

    name: Mapped[str] = mapped_column(String(80))
    name_fold: Mapped[str] = mapped_column(String(80), default="", index=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)


class UnitKind(Syncable):
    """A kind of unit (Sở/ban/ngành, UBND cấp xã, trường học, trạm y tế…)."""

    __tablename__ = "unit_kind"
    __text_keys__ = {"name": ("name_fold", "name_sort")}

    name: Mapped[str] = mapped_column(String(120))
    name_fold: Mapped[str] = mapped_column(String(120), default="", index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="")


class Unit(Syncable):
    """An inspected unit: a node of the unit tree."""

    __tablename__ = "unit"
    __text_keys__ = {"name": ("name_fold", "name_sort")}

    name: Mapped[str] = mapped_column(String(300))
    name_fold: Mapped[str] = mapped_column(String(300), default="", index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="", index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None, index=True
    )
    kind_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit_kind.id"), default=None, index=True
    )
    level_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit_level.id"), default=None, index=True
    )
    admin_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    code_catalogue: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", lazy="raise")
    kind: Mapped[UnitKind | None] = relationship(lazy="raise")
    level: Mapped[UnitLevel | None] = relationship(lazy="raise")


class Person(Syncable):
    """A cadre or civil servant: an inspector, or a head or representative of a unit."""

    __tablename__ = "person"
    __text_keys__ = {"full_name": ("name_fold", "name_sort")}

    full_name: Mapped[str] = mapped_column(String(200))
    name_fold: Mapped[str] = mapped_column(String(200), default="", index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="", index=True)
    honorific: Mapped[Honorific] = mapped_column(code_enum(Honorific), default=Honorific.NONE)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id"), default=None, index=True
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("organisation.id"), default=None
    )
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
