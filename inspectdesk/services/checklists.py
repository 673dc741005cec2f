"""Editing checklist templates (nội dung kiểm tra), keeping used versions unchanged.

A plan pins one version of a checklist, and the minutes of its visits record results
against that version's items. So saving a version that a plan uses makes version N+1
of the same family and leaves the used one as it was; a version that no plan uses is
changed in place, keeping the ids of the sections and items the draft carries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistItem, ChecklistSection, ChecklistTemplate, Plan
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.validation import (
    FieldProblem,
    Problem,
    ValidationFailed,
    check_lengths,
)
from inspectdesk.text import clean_line, clean_text

TABLES = ("checklist_template", "checklist_section", "checklist_item")
LIMITS = {"name": 300, "source": 300, "description": 4000}
SECTION_TITLE_LIMIT = 500
ITEM_TEXT_LIMIT = 2000
GUIDANCE_LIMIT = 4000


@dataclass(slots=True)
class ItemDraft:
    """One thing to check. ``id`` is None for an item not saved yet."""

    text: str = ""
    guidance: str = ""
    id: uuid.UUID | None = None


@dataclass(slots=True)
class SectionDraft:
    """A numbered group of items. ``id`` is None for a section not saved yet."""

    title: str = ""
    items: list[ItemDraft] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(slots=True)
class ChecklistDraft:
    """What the checklist editor edits: the template's fields, sections and items."""

    name: str = ""
    description: str = ""
    source: str = ""
    sections: list[SectionDraft] = field(default_factory=list)

    def cleaned(self) -> ChecklistDraft:
        """The draft as it will be stored: NFC, single-line fields trimmed."""
        return ChecklistDraft(
            name=clean_line(self.name),
            description=clean_text(self.description),
            source=clean_line(self.source),
            sections=[
                SectionDraft(
                    clean_line(section.title),
                    [
                        ItemDraft(clean_text(i.text), clean_text(i.guidance), i.id)
                        for i in section.items
                    ],
                    section.id,
                )
                for section in self.sections
            ],
        )


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    """One live checklist version as the list shows it; ``plans`` = live plans pinning it."""

    id: uuid.UUID
    family_id: uuid.UUID
    name: str
    version: int
    plans: int
    sections: int
    items: int


def item_code(section_number: int, item_number: int) -> str:
    """The code of an item, e.g. ``2.1`` (both numbers from 1)."""
    return f"{section_number}.{item_number}"


def validate(draft: ChecklistDraft) -> list[FieldProblem]:
    """Every problem of a cleaned draft (empty when it can be saved).

    Section and item problems name their place: ``sections.0.title``,
    ``sections.0.items`` (no item), ``sections.0.items.2.text`` (positions from 0).
    """
    problems: list[FieldProblem] = []
    if not draft.name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    problems.extend(check_lengths(draft, LIMITS))
    if not draft.sections:
        problems.append(FieldProblem("sections", Problem.REQUIRED))
    for s_index, section in enumerate(draft.sections):
        key = f"sections.{s_index}"
        if not section.title:
            problems.append(FieldProblem(f"{key}.title", Problem.REQUIRED))
        elif len(section.title) > SECTION_TITLE_LIMIT:
            problems.append(FieldProblem(f"{key}.title", Problem.TOO_LONG, SECTION_TITLE_LIMIT))
        if not section.items:
            problems.append(FieldProblem(f"{key}.items", Problem.REQUIRED))
        for i_index, item in enumerate(section.items):
            item_key = f"{key}.items.{i_index}"
            if not item.text:
                problems.append(FieldProblem(f"{item_key}.text", Problem.REQUIRED))
            elif len(item.text) > ITEM_TEXT_LIMIT:
                problems.append(FieldProblem(f"{item_key}.text", Problem.TOO_LONG, ITEM_TEXT_LIMIT))
            if len(item.guidance) > GUIDANCE_LIMIT:
                problems.append(
                    FieldProblem(f"{item_key}.guidance", Problem.TOO_LONG, GUIDANCE_LIMIT)
                )
    return problems


def _template(s: Session, template_id: uuid.UUID) -> ChecklistTemplate:
    row = s.get(ChecklistTemplate, template_id)
    if row is None or row.deleted:
        raise NotFound(entity="bộ nội dung kiểm tra", entity_en="checklist", ref=str(template_id))
    return row


def _pinned(s: Session, template_id: uuid.UUID, *, live_only: bool) -> int:
    query = select(func.count(Plan.id)).where(Plan.checklist_id == template_id)
    if live_only:
        query = query.where(Plan.deleted.is_(False))
    return s.scalar(query) or 0


def _add_new(s: Session, template: ChecklistTemplate, draft: ChecklistDraft) -> None:
    """Give a new template fresh sections and items (the draft's ids are ignored)."""
    for s_number, section in enumerate(draft.sections, start=1):
        row = ChecklistSection(template_id=template.id, position=s_number, title=section.title)
        s.add(row)
        s.flush()
        for i_number, item in enumerate(section.items, start=1):
            s.add(
                ChecklistItem(
                    section_id=row.id,
                    position=i_number,
                    code=item_code(s_number, i_number),
                    text=item.text,
                    guidance=item.guidance,
                )
            )


def _replace_in_place(s: Session, template: ChecklistTemplate, draft: ChecklistDraft) -> None:
    """Make a template's sections and items those of ``draft``, keeping the ids it carries.

    Rows the draft no longer holds are tombstoned; rows it names again (even tombstoned
    ones, as an undo does) come back.
    """
    sections = {
        r.id: r
        for r in s.scalars(
            select(ChecklistSection).where(ChecklistSection.template_id == template.id)
        )
    }
    items = {
        r.id: r
        for r in s.scalars(
            select(ChecklistItem).where(ChecklistItem.section_id.in_(list(sections)))
        )
    }
    kept_sections: set[uuid.UUID] = set()
    kept_items: set[uuid.UUID] = set()
    for s_number, section in enumerate(draft.sections, start=1):
        s_row = sections.get(section.id) if section.id else None
        if s_row is None:
            s_row = ChecklistSection(template_id=template.id, position=s_number, title="")
            s.add(s_row)
            s.flush()
        s_row.position, s_row.title, s_row.deleted = s_number, section.title, False
        kept_sections.add(s_row.id)
        for i_number, item in enumerate(section.items, start=1):
            i_row = items.get(item.id) if item.id else None
            if i_row is None:
                i_row = ChecklistItem(section_id=s_row.id, text="")
                s.add(i_row)
            i_row.section_id, i_row.position = s_row.id, i_number
            i_row.code = item_code(s_number, i_number)
            i_row.text, i_row.guidance, i_row.deleted = item.text, item.guidance, False
            s.flush()
            kept_items.add(i_row.id)
    for item_id, i_row in items.items():
        if item_id not in kept_items and not i_row.deleted:
            i_row.deleted = True
    for section_id, s_row in sections.items():
        if section_id not in kept_sections and not s_row.deleted:
            s_row.deleted = True


class ChecklistService:
    """Use cases of the checklist templates on one open database."""

    TABLES = TABLES

    def __init__(self, db: Database, bus: ChangeBus | None = None) -> None:
        self._db = db
        self._bus = bus or ChangeBus()

    def templates(self) -> list[ChecklistRow]:
        """Live versions by name; within a family the newest version first."""
        with self._db.sessions() as s:
            plans = (
                select(func.count(Plan.id))
                .where(Plan.checklist_id == ChecklistTemplate.id, Plan.deleted.is_(False))
                .scalar_subquery()
            )
            live_sections = select(ChecklistSection.id, ChecklistSection.template_id).where(
                ChecklistSection.deleted.is_(False)
            )
            n_sections: dict[uuid.UUID, int] = dict(
                s.execute(
                    select(ChecklistSection.template_id, func.count(ChecklistSection.id))
                    .where(ChecklistSection.deleted.is_(False))
                    .group_by(ChecklistSection.template_id)
                ).all()
            )
            sub = live_sections.subquery()
            n_items: dict[uuid.UUID, int] = dict(
                s.execute(
                    select(sub.c.template_id, func.count(ChecklistItem.id))
                    .join(sub, ChecklistItem.section_id == sub.c.id)
                    .where(ChecklistItem.deleted.is_(False))
                    .group_by(sub.c.template_id)
                ).all()
            )
            rows = list(
                s.execute(
                    select(
                        ChecklistTemplate.id,
                        ChecklistTemplate.family_id,
                        ChecklistTemplate.name,
                        ChecklistTemplate.version,
                        plans,
                        ChecklistTemplate.name_sort,
                    ).where(ChecklistTemplate.deleted.is_(False))
                ).all()
            )
        newest: dict[uuid.UUID, tuple[str, int]] = {}
        for row in rows:
            key = newest.get(row.family_id)
            if key is None or row.version > key[1]:
                newest[row.family_id] = (row.name_sort, row.version)
        rows.sort(key=lambda r: (newest[r.family_id][0], str(r.family_id), -r.version))
        return [
            ChecklistRow(
                r.id,
                r.family_id,
                r.name,
                r.version,
                r[4] or 0,
                n_sections.get(r.id, 0),
                n_items.get(r.id, 0),
            )
            for r in rows
        ]

    def load(self, template_id: uuid.UUID) -> ChecklistDraft:
        """A template's editable copy, with the ids of its live sections and items."""
        with self._db.sessions() as s:
            template = _template(s, template_id)
            sections = s.scalars(
                select(ChecklistSection)
                .where(
                    ChecklistSection.template_id == template_id,
                    ChecklistSection.deleted.is_(False),
                )
                .order_by(ChecklistSection.position)
            ).all()
            items = s.scalars(
                select(ChecklistItem)
                .where(
                    ChecklistItem.section_id.in_([r.id for r in sections]),
                    ChecklistItem.deleted.is_(False),
                )
                .order_by(ChecklistItem.position)
            ).all()
            by_section: dict[uuid.UUID, list[ItemDraft]] = {r.id: [] for r in sections}
            for item in items:
                by_section[item.section_id].append(ItemDraft(item.text, item.guidance, item.id))
            return ChecklistDraft(
                template.name,
                template.description,
                template.source,
                [SectionDraft(r.title, by_section[r.id], r.id) for r in sections],
            )

    def version(self, template_id: uuid.UUID) -> int:
        """The version number of a template."""
        with self._db.sessions() as s:
            return _template(s, template_id).version

    def plans_using(self, template_id: uuid.UUID) -> int:
        """How many live plans pin this version."""
        with self._db.sessions() as s:
            return _pinned(s, template_id, live_only=True)

    def save(self, template_id: uuid.UUID | None, draft: ChecklistDraft) -> uuid.UUID:
        """Save a draft; return the id of the version that holds it.

        ``template_id`` None makes a new checklist (version 1 of a new family). A version
        that some plan (even one in the trash) pins is left unchanged: the draft becomes
        a new version of the same family, whose id is returned. Otherwise the version is
        changed in place and its own id returned.

        Raises:
            ValidationFailed: with every problem of the draft; nothing is written.
        """
        clean = draft.cleaned()
        problems = validate(clean)
        if problems:
            raise ValidationFailed(problems)
        with self._db.sessions.begin() as s:
            old = _template(s, template_id) if template_id is not None else None
            if old is not None and not _pinned(s, old.id, live_only=False):
                old.name, old.description, old.source = clean.name, clean.description, clean.source
                _replace_in_place(s, old, clean)
                saved_id = old.id
            else:
                template = ChecklistTemplate(
                    name=clean.name, description=clean.description, source=clean.source
                )
                if old is not None:
                    template.family_id = old.family_id
                    template.version = 1 + (
                        s.scalar(
                            select(func.max(ChecklistTemplate.version)).where(
                                ChecklistTemplate.family_id == old.family_id
                            )
                        )
                        or 0
                    )
                else:
                    template.family_id, template.version = uuid.uuid4(), 1
                s.add(template)
                s.flush()
                _add_new(s, template, clean)
                saved_id = template.id
        self._bus.publish(TABLES, [saved_id])
        return saved_id

    def duplicate(self, template_id: uuid.UUID, name: str | None = None) -> uuid.UUID:
        """Copy a version as version 1 of a new checklist (named ``name`` if given)."""
        draft = self.load(template_id)
        if name is not None:
            draft.name = name
        return self.save(None, draft)

    def set_deleted(self, template_ids: list[uuid.UUID], deleted: bool) -> int:
        """Move versions to the trash (or back); return how many changed.

        Raises:
            ValidationFailed: ``plans``/``INVALID`` when a live plan pins one of them.
        """
        changed = 0
        with self._db.sessions.begin() as s:
            rows = s.scalars(
                select(ChecklistTemplate).where(ChecklistTemplate.id.in_(template_ids))
            ).all()
            if deleted and any(_pinned(s, r.id, live_only=True) for r in rows if not r.deleted):
                raise ValidationFailed([FieldProblem("plans", Problem.INVALID)])
            for row in rows:
                if row.deleted != deleted:
                    row.deleted = deleted
                    changed += 1
        if changed:
            self._bus.publish(TABLES, template_ids)
        return changed
