"""Checklists (nội dung kiểm tra): reusable, versioned templates."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspectdesk.db.models.base import Syncable
from inspectdesk.db.types import sort_key_type


class ChecklistTemplate(Syncable):
    """One version of a checklist. Versions of one checklist share ``family_id``.

    A plan pins the version it used, so editing a checklist means making a new
    version, never changing one that a plan refers to.
    """

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("family_id", "version"),)
    __text_keys__ = {"name": ("name_fold", "name_sort")}

    family_id: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(300))
    name_fold: Mapped[str] = mapped_column(String(300), default="", index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_type(), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    builtin_key: Mapped[str] = mapped_column(String(80), default="")

    sections: Mapped[list[ChecklistSection]] = relationship(
        order_by="ChecklistSection.position", lazy="raise", back_populates="template"
    )


class ChecklistSection(Syncable):
    """A numbered group of items (``1. Chấp hành thời giờ làm việc``)."""

    __tablename__ = "checklist_section"

    template_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("checklist_template.id"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))

    template: Mapped[ChecklistTemplate] = relationship(back_populates="sections", lazy="raise")
    items: Mapped[list[ChecklistItem]] = relationship(
        order_by="ChecklistItem.position", lazy="raise", back_populates="section"
    )


class ChecklistItem(Syncable):
    """One thing to check, with optional guidance for the inspector."""

    __tablename__ = "checklist_item"

    section_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("checklist_section.id"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")

    section: Mapped[ChecklistSection] = relationship(back_populates="items", lazy="raise")
