"""What a new database starts with: unit levels and kinds, and the built-in checklists.

Built-in rows get the same UUIDs in every file (UUID 5 of their name or key), so files
that secretaries created separately still merge without duplicating them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    UnitKind,
    UnitLevel,
)
from inspectdesk.paths import resources_dir

BUILTIN_NAMESPACE = uuid.UUID("6f1c7a4e-2b1d-5c8e-9a53-1d2e3f405162")


def builtin_id(*parts: object) -> uuid.UUID:
    """The UUID every file gives the built-in row named by ``parts``."""
    return uuid.uuid5(BUILTIN_NAMESPACE, "/".join(str(p) for p in parts))


DEFAULT_LEVELS: tuple[tuple[str, int, date | None], ...] = (
    ("Tỉnh", 1, None),
    ("Huyện", 2, date(2025, 6, 30)),  # cấp huyện ends with the 2025 reform
    ("Xã", 3, None),
)

DEFAULT_KINDS: tuple[str, ...] = (
    "Sở, ban, ngành",
    "UBND cấp tỉnh",
    "UBND cấp huyện",
    "UBND cấp xã",
    "Đơn vị sự nghiệp",
    "Trường học",
    "Trạm y tế",
)


@dataclass(frozen=True, slots=True)
class BuiltinChecklist:
    """A checklist shipped with the application (``resources/checklists/*.json``)."""

    key: str
    name: str
    description: str
    source: str
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def load_builtin_checklists(folder: Path | None = None) -> list[BuiltinChecklist]:
    """Read the shipped checklists, in file-name order."""
    folder = folder or resources_dir() / "checklists"
    result = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sections = tuple(
            (
                section["title"],
                tuple((item["text"], item.get("guidance", "")) for item in section["items"]),
            )
            for section in data["sections"]
        )
        result.append(
            BuiltinChecklist(
                data["key"], data["name"], data["description"], data["source"], sections
            )
        )
    return result


def add_checklist(s: Session, checklist: BuiltinChecklist) -> ChecklistTemplate:
    """Add one checklist (version 1 of a new family) with its sections and items."""
    template = ChecklistTemplate(
        id=builtin_id("checklist", checklist.key, 1),
        family_id=builtin_id("checklist-family", checklist.key),
        name=checklist.name,
        description=checklist.description,
        source=checklist.source,
        builtin_key=checklist.key,
        version=1,
    )
    s.add(template)
    s.flush()
    for s_index, (title, items) in enumerate(checklist.sections, start=1):
        section = ChecklistSection(
            id=builtin_id("checklist", checklist.key, 1, s_index),
            template_id=template.id,
            position=s_index,
            title=title,
        )
        s.add(section)
        s.flush()
        for i_index, (text, guidance) in enumerate(items, start=1):
            s.add(
                ChecklistItem(
                    id=builtin_id("checklist", checklist.key, 1, s_index, i_index),
                    section_id=section.id,
                    position=i_index,
                    code=f"{s_index}.{i_index}",
                    text=text,
                    guidance=guidance,
                )
            )
    return template


def seed_defaults(s: Session) -> None:
    """Give a new database its unit levels, unit kinds and built-in checklists.

    Idempotent: what is already there (by name or built-in key) is left alone.
    """
    have_levels = set(s.scalars(select(UnitLevel.name)))
    for name, rank, valid_until in DEFAULT_LEVELS:
        if name not in have_levels:
            s.add(
                UnitLevel(
                    id=builtin_id("level", name), name=name, rank=rank, valid_until=valid_until
                )
            )
    have_kinds = set(s.scalars(select(UnitKind.name)))
    for name in DEFAULT_KINDS:
        if name not in have_kinds:
            s.add(UnitKind(id=builtin_id("kind", name), name=name))
    have_checklists = set(s.scalars(select(ChecklistTemplate.builtin_key)))
    for checklist in load_builtin_checklists():
        if checklist.key not in have_checklists:
            add_checklist(s, checklist)
