"""One search box for the whole file: units, people, plans, visits, findings, kiến nghị,
citizens' reports and issued documents, ignoring tones."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    Finding,
    IssuedDocument,
    Lead,
    Person,
    Plan,
    Recommendation,
    Unit,
    Visit,
)
from inspectdesk.db.ordering import descending
from inspectdesk.text import fold


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: the kind of record (its table), its id, a title and a detail line."""

    table: str
    id: uuid.UUID
    title: str
    detail: str
    visit_id: uuid.UUID | None = None


def _like(column: Any, words: list[str]) -> list[Any]:
    conditions = []
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(column.like(f"%{escaped}%", escape="\\"))
    return conditions


def _short(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def search_everything(db: Database, query: str, per_kind: int = 8) -> list[Hit]:
    """Records whose text contains every word of ``query`` (tones, case ignored)."""
    words = fold(query).split()
    if not words:
        return []
    hits: list[Hit] = []
    live_visit = Visit.deleted.is_(False)
    queries: list[tuple[str, Select[*tuple[Any, ...]], Any]] = [
        (
            "unit",
            select(Unit.id, Unit.name, Unit.admin_code)
            .where(Unit.deleted.is_(False), *_like(Unit.name_fold, words))
            .order_by(Unit.name_sort),
            lambda r: Hit("unit", r[0], r[1], r[2]),
        ),
        (
            "person",
            select(Person.id, Person.full_name, Person.job_title)
            .where(Person.deleted.is_(False), *_like(Person.name_fold, words))
            .order_by(Person.name_sort),
            lambda r: Hit("person", r[0], r[1], r[2]),
        ),
        (
            "plan",
            select(Plan.id, Plan.title, Plan.number)
            .where(Plan.deleted.is_(False), *_like(Plan.title_fold, words))
            .order_by(descending(Plan.start_on)),
            lambda r: Hit("plan", r[0], r[1], r[2]),
        ),
        (
            "visit",
            select(Visit.id, Unit.name, Visit.scheduled_on, Visit.minutes_number)
            .join(Unit, Unit.id == Visit.unit_id)
            .where(live_visit, *_like(Unit.name_fold, words))
            .order_by(descending(Visit.scheduled_on)),
            lambda r: Hit("visit", r[0], r[1], f"{_short(r[2])} {r[3]}".strip(), r[0]),
        ),
        (
            "finding",
            select(Finding.id, Finding.text, Unit.name, Visit.id)
            .join(Visit, Visit.id == Finding.visit_id)
            .join(Unit, Unit.id == Visit.unit_id)
            .where(Finding.deleted.is_(False), live_visit, *_like(Finding.text_fold, words))
            .order_by(descending(Visit.scheduled_on)),
            lambda r: Hit("finding", r[0], r[1], r[2], r[3]),
        ),
        (
            "recommendation",
            select(Recommendation.id, Recommendation.text, Unit.name, Visit.id)
            .join(Visit, Visit.id == Recommendation.visit_id)
            .join(Unit, Unit.id == Visit.unit_id)
            .where(
                Recommendation.deleted.is_(False),
                live_visit,
                *_like(Recommendation.text_fold, words),
            )
            .order_by(descending(Recommendation.deadline)),
            lambda r: Hit("recommendation", r[0], r[1], r[2], r[3]),
        ),
        (
            "lead",
            select(Lead.id, Lead.summary, Lead.received_on)
            .where(Lead.deleted.is_(False), *_like(Lead.summary_fold, words))
            .order_by(Lead.received_on.desc()),
            lambda r: Hit("lead", r[0], r[1], _short(r[2])),
        ),
    ]
    number = query.strip()
    with db.sessions() as s:
        if any(ch.isdigit() for ch in number):
            for doc_id, doc_number, title, visit_id in s.execute(
                select(
                    IssuedDocument.id,
                    IssuedDocument.number,
                    IssuedDocument.title,
                    IssuedDocument.visit_id,
                )
                .where(IssuedDocument.deleted.is_(False), IssuedDocument.number.like(f"%{number}%"))
                .order_by(IssuedDocument.issued_on.desc())
                .limit(per_kind)
            ):
                hits.append(Hit("issued_document", doc_id, doc_number, title, visit_id))
        for _table, stmt, make in queries:
            hits.extend(make(row) for row in s.execute(stmt.limit(per_kind)))
    return hits
