"""Plans as TOML files (``docs/plan-format.md``): import, all or nothing, and export.

A plan file names units, kinds, levels and the checklist by name. A name matches
ignoring case, surrounding and repeated spaces, and the Unicode form its tone marks are
written in (NFC or NFD). When no name matches so, the tone-blind key of
:func:`inspectdesk.text.fold` is tried ("Tam Dao" for "Tam Đảo"), but only an
unambiguous match is taken. A name that matches several units is an error unless it is
written as a path of ancestors, ``"UBND huyện Vĩnh Tường > UBND xã Tân Tiến"``. Every
problem names the line of the file it is on; nothing is written until all is well.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import ChecklistTemplate, Organisation, Plan
from inspectdesk.documents.output import write_atomically
from inspectdesk.errors import NotFound, UserError
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.plan_lookup import Lookup
from inspectdesk.services.plan_reader import DATES, Bad, Reader, parse, read_text
from inspectdesk.services.plan_toml import Locations, locate, toml_value
from inspectdesk.services.plans import PlanDraft, validate_plan
from inspectdesk.services.strata import Names, read_strata, write_strata


class PlanFileError(UserError):
    """A plan file is wrong; ``line`` (0: the whole file) says where."""

    code = "plan_file"
    vi = "Không nhập được tệp kế hoạch “{path}”: {where_vi}: {problem_vi}. Chưa có gì được ghi."
    en = "Cannot import the plan file “{path}”: {where_en}: {problem_en}. Nothing was written."

    def __init__(self, *, path: Path | str, line: int, problem_vi: str, problem_en: str) -> None:
        super().__init__(
            path=path,
            line=line,
            where_vi=f"dòng {line}" if line else "cả tệp",
            where_en=f"line {line}" if line else "the file",
            problem_vi=problem_vi,
            problem_en=problem_en,
        )


@dataclass(frozen=True, slots=True)
class ImportedPlan:
    """What an import wrote: the plan and how many strata it has."""

    plan_id: uuid.UUID
    number: str
    title: str
    strata: int


def import_plan(db: Database, path: Path, bus: ChangeBus | None = None) -> ImportedPlan:
    """Create a plan and its strata from a TOML plan file, all or nothing.

    The plan gets the file's default organisation. A plan number already used by a live
    plan is refused (a plan reused next year gets its new number in the file first).

    Raises:
        PlanFileError: naming the line of the first problem.
        FileMissing: no such file.
    """
    path = Path(path)
    try:
        text = read_text(path)
        data = parse(text)
        where = locate(text)
        with db.sessions.begin() as s:
            reader = Reader(s, data, where)
            draft, seed = reader.plan()
            strata = reader.strata()
            _check_number(s, draft.number, where)
            problems = validate_plan(s, draft, None)
            if problems:
                key = {v: k for k, v in DATES.items()}.get(problems[0].field, problems[0].field)
                raise Bad(where.key(key), f"giá trị không hợp lệ ({key})", f"invalid value ({key})")
            organisation = s.scalars(
                select(Organisation.id)
                .where(Organisation.deleted.is_(False), Organisation.is_default.is_(True))
                .limit(1)
            ).first()
            plan = Plan(
                **{name: getattr(draft, name) for name in PlanDraft.__dataclass_fields__},
            )
            plan.organisation_id = organisation
            plan.sampling_seed = seed
            s.add(plan)
            s.flush()
            write_strata(s, plan.id, strata)
            result = ImportedPlan(plan.id, plan.number, plan.title, len(strata))
    except Bad as exc:
        raise PlanFileError(
            path=path, line=exc.line, problem_vi=exc.vi, problem_en=exc.en
        ) from None
    (bus or ChangeBus()).publish(("plan", "sampling_stratum"), [result.plan_id])
    return result


def _check_number(s: Session, number: str, where: Locations) -> None:
    if not number:
        return
    taken = s.scalars(
        select(Plan.id).where(Plan.number == number, Plan.deleted.is_(False)).limit(1)
    ).first()
    if taken is not None:
        raise Bad(
            where.key("number"),
            f"đã có kế hoạch số “{number}” (hãy đổi số trong tệp)",
            f"a plan numbered “{number}” already exists (change the number in the file)",
        )


def plan_to_toml(s: Session, plan: Plan) -> str:
    """A plan and its strata as the text of a plan file (re-importable as the same plan)."""
    names = Names.load(s)
    units = Lookup.units(s)
    lines = ["# InspectDesk: kế hoạch kiểm tra (xem docs/plan-format.md)"]
    values: dict[str, Any] = {
        "number": plan.number,
        "title": plan.title,
        "issuer": plan.issuer,
        "issued": plan.issued_on,
        "start": plan.start_on,
        "end": plan.end_on,
        "checklist": _checklist_name(s, plan.checklist_id),
        "seed": plan.sampling_seed,
        "decision_number": plan.decision_number,
        "decision_date": plan.decision_date,
        "legal_basis": plan.legal_basis,
        "purpose": plan.purpose,
        "note": plan.note,
    }
    for key, value in values.items():
        if value not in (None, ""):
            lines.append(f"{key} = {toml_value(value)}")
    for rule, _ in read_strata(s, plan.id, names):
        lines += ["", "[[sample]]"]
        if rule.kind_id is not None:
            lines.append(f"kind = {toml_value(names.kinds.get(rule.kind_id, ''))}")
        if rule.level_id is not None:
            lines.append(f"level = {toml_value(names.levels.get(rule.level_id, ''))}")
        if rule.under:
            under = [units.name_for(unit_id) for unit_id in rule.under]
            lines.append(f"under = {toml_value(under)}")
        if rule.count is not None:
            lines.append(f"count = {rule.count}")
        else:
            lines.append(f"percent = {toml_value(float(rule.percent or 0))}")
        if rule.label:
            lines.append(f"label = {toml_value(rule.label)}")
    return "\n".join(lines) + "\n"


def _checklist_name(s: Session, checklist_id: uuid.UUID | None) -> str:
    template = s.get(ChecklistTemplate, checklist_id) if checklist_id else None
    return template.name if template is not None else ""


def export_plan(db: Database, plan_id: uuid.UUID, path: Path) -> Path:
    """Write a plan as a TOML plan file at ``path`` (atomically).

    Raises:
        NotFound: no such live plan.
    """
    with db.sessions() as s:
        plan = s.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFound(entity="kế hoạch", entity_en="plan", ref=str(plan_id))
        text = plan_to_toml(s, plan)
    return write_atomically(text.encode("utf-8"), Path(path))
