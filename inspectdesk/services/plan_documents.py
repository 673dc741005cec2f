"""The documents of a plan: the decision establishing its teams (QĐ) and the plan itself (KH).

Each is gathered from the database and written as .docx. A document without a number
gets the next one of its organisation's series in the register the first time it is
made — the decision's is kept in ``plan.decision_number``, the plan's in
``plan.number`` — so regenerating it keeps its number. The document is rendered before
the new number is committed: a broken template leaves neither a file nor a used number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    Organisation,
    Plan,
    SamplingStratum,
    Team,
    Unit,
    Visit,
)
from inspectdesk.documents.decision import (
    DecisionData,
    TeamRoster,
    build_decision,
    head_of,
    lower_first,
    upper_first,
)
from inspectdesk.documents.minutes import ChecklistSectionLines
from inspectdesk.documents.output import write_atomically
from inspectdesk.documents.plan_document import (
    PlanDocumentData,
    PlannedUnit,
    build_plan_document,
)
from inspectdesk.documents.templating import Template, to_bytes
from inspectdesk.domain.enums import DocumentType, VisitMode, VisitStatus
from inspectdesk.domain.numbering import parse_document_number
from inspectdesk.errors import UserError
from inspectdesk.services.changes import ChangeBus
from inspectdesk.services.document_words import ROLE_ORDER
from inspectdesk.services.listing import resolve_plan
from inspectdesk.services.minutes import team_roster
from inspectdesk.services.organisations import issuing_organisation
from inspectdesk.services.register import record_file, register_document
from inspectdesk.services.templates import TemplateStore
from inspectdesk.text import fold, format_decree_date


class PlanDocumentNotWritten(UserError):
    """The .docx of a plan's document could not be saved where asked."""

    code = "plan_document_not_written"
    vi = "Không ghi được {document_vi} vào “{path}”: {detail}."
    en = "Could not write the {document_en} to “{path}”: {detail}."


@dataclass(frozen=True, slots=True)
class _Body:
    """The body issuing a document, as its header and running text name it."""

    superior: str
    issuer: str
    in_text: str  # "Sở Nội vụ", "UBND tỉnh Vĩnh Phúc"
    place_name: str


def _sentence_case(name: str) -> str:
    """``SỞ NỘI VỤ`` → ``Sở Nội vụ``: a last resort for an all-capitals name."""
    words = name.split()
    if not words or name != name.upper():
        return name
    out = [words[0] if words[0] in ("UBND", "HĐND") else words[0].capitalize()]
    out += [w.capitalize() if i == 0 else w.lower() for i, w in enumerate(words[1:])]
    return " ".join(out)


def _in_text(s: Session, name: str, plan: Plan) -> str:
    """How running text names a body whose header name is ``name`` (often in capitals)."""
    key = fold(name)
    if not key:
        return ""
    if fold(plan.issuer) == key and plan.issuer != plan.issuer.upper():
        return plan.issuer.strip()
    unit = s.scalars(
        select(Unit.name).where(Unit.name_fold == key, Unit.deleted.is_(False)).limit(1)
    ).first()
    return unit or _sentence_case(name.strip())


def _council_lines(name: str) -> str:
    """``UBND TỈNH VĨNH PHÚC`` → ``ỦY BAN NHÂN DÂN`` / ``TỈNH VĨNH PHÚC``, as its header reads."""
    words = name.split()
    for size in (1, 4):
        if fold(" ".join(words[:size])) in ("ubnd", "uy ban nhan dan") and words[size:]:
            return "ỦY BAN NHÂN DÂN\n" + " ".join(words[size:]).upper()
    return name


def _issuing_body(s: Session, plan: Plan, org: Organisation | None, number: str) -> _Body:
    """Who issues the document numbered ``number``: the organisation, or its superior when
    the number is in the superior's series (``18/KH-UBND`` of a Sở's plan)."""
    if org is None:
        return _Body("", plan.issuer, _in_text(s, plan.issuer, plan), "")
    try:
        code = parse_document_number(number).issuer_code if number else ""
    except ValueError:
        code = ""
    superior = org.superior_name.strip()
    if code and code != org.doc_code.strip().upper() and superior:
        ubnd = code.split("-")[0] == "UBND" and fold(superior).startswith(("ubnd", "uy ban"))
        if ubnd or fold(plan.issuer) == fold(superior):
            header = _council_lines(superior)
            return _Body("", header, _in_text(s, superior, plan), org.place_name)
    return _Body(superior, org.name, _in_text(s, org.name, plan), org.place_name)


def _about(plan: Plan) -> str:
    """What the plan is about, in lower case: ``kiểm tra công vụ năm 2026``."""
    words = plan.title.split()
    if fold(" ".join(words[:2])) == "ke hoach":
        words = words[2:]
    return lower_first(" ".join(words))


def _teams(s: Session, plan: Plan) -> tuple[TeamRoster, ...]:
    teams = s.scalars(
        select(Team)
        .where(Team.plan_id == plan.id, Team.deleted.is_(False))
        .order_by(Team.is_undercover, Team.name_sort)
    )
    result = []
    for team in teams:
        roster = sorted(team_roster(s, team), key=lambda pair: ROLE_ORDER[pair[1]])
        result.append(TeamRoster(team.name, tuple(p for p, _ in roster), team.is_undercover))
    return tuple(result)


def _units(s: Session, plan: Plan) -> tuple[PlannedUnit, ...]:
    rows = s.execute(
        select(Visit.scheduled_on, Visit.mode, Unit.name)
        .join(Unit, Unit.id == Visit.unit_id)
        .where(
            Visit.plan_id == plan.id,
            Visit.deleted.is_(False),
            Visit.status != VisitStatus.CANCELLED,
        )
        .order_by(Visit.scheduled_on.is_(None), Visit.scheduled_on, Unit.name_sort)
    )
    return tuple(PlannedUnit(name, day, mode is VisitMode.UNANNOUNCED) for day, mode, name in rows)


def _checklist(s: Session, plan: Plan) -> tuple[ChecklistSectionLines, ...]:
    if plan.checklist_id is None:
        return ()
    rows = s.execute(
        select(ChecklistSection.id, ChecklistSection.title, ChecklistItem.text)
        .outerjoin(
            ChecklistItem,
            (ChecklistItem.section_id == ChecklistSection.id) & ChecklistItem.deleted.is_(False),
        )
        .where(
            ChecklistSection.template_id == plan.checklist_id, ChecklistSection.deleted.is_(False)
        )
        .order_by(ChecklistSection.position, ChecklistItem.position)
    )
    sections: dict[uuid.UUID, ChecklistSectionLines] = {}
    for section_id, title, item in rows:
        old = sections.get(section_id, ChecklistSectionLines(title))
        sections[section_id] = ChecklistSectionLines(title, (*old.items, *([item] if item else [])))
    return tuple(sections.values())


def _cited(kind: str, number: str, day: date | None, body: str, about: str = "") -> str:
    """``Quyết định số 25/QĐ-SNV ngày … của Sở Nội vụ`` (the parts that are known)."""
    text = f"{kind} số {number}" if number else kind
    text += f" {format_decree_date(day)}" if day else ""
    text += f" của {body}" if body else ""
    return text + (f" về {about}" if about else "")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.split("\n") if line.strip())


class _PlanDocument:
    """Gathering, numbering and writing one kind of a plan's document."""

    KIND: ClassVar[str]
    DOC_TYPE: ClassVar[DocumentType]
    WORDS: ClassVar[tuple[str, str]]  # how messages name the document (vi, en)
    TABLES = ("plan", "issued_document")

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, templates: TemplateStore | None = None
    ) -> None:
        self._db = db
        self._bus = bus
        self._templates = templates or TemplateStore()

    def write(self, plan_ref: uuid.UUID | str, path: Path, *, today: date | None = None) -> Path:
        """Gather the document of a plan and save it as .docx at ``path``.

        The document is rendered before a new number is committed: a broken template
        leaves neither a file nor a used number behind.

        Raises:
            NotFound: no such live plan.
            InvalidArgument: the organisation's ký hiệu is not valid (no number can be given).
            TemplateProblem: the user's template of this kind cannot be rendered.
            TemplateUnreadable: the user's template cannot be read.
            PlanDocumentNotWritten: the file cannot be written.
        """
        template = self._templates.template(self.KIND)
        with self._db.sessions.begin() as s:
            plan = resolve_plan(s, str(plan_ref))
            data, numbered = self._gather(s, plan, today or date.today())
            content = to_bytes(self._build(data, template))
            plan_id = plan.id
        if numbered and self._bus is not None:
            self._bus.publish(self.TABLES, [plan_id])
        try:
            written = write_atomically(content, Path(path))
        except OSError as exc:
            vi, en = self.WORDS
            raise PlanDocumentNotWritten(
                document_vi=vi, document_en=en, path=path, detail=exc.strerror or str(exc)
            ) from exc
        record_file(self._db, self.DOC_TYPE, data.number, written, plan_id=plan_id)
        if self._bus is not None:
            self._bus.publish(["issued_document"])
        return written

    def _gathered(self, plan_ref: uuid.UUID | str, today: date | None) -> Any:
        """The document's data, a new number committed (and announced) if it took one."""
        with self._db.sessions.begin() as s:
            plan = resolve_plan(s, str(plan_ref))
            data, numbered = self._gather(s, plan, today or date.today())
            plan_id = plan.id
        if numbered and self._bus is not None:
            self._bus.publish(self.TABLES, [plan_id])
        return data

    def _gather(self, s: Session, plan: Plan, today: date) -> tuple[Any, bool]:
        raise NotImplementedError

    def _build(self, data: Any, template: Template) -> Any:
        raise NotImplementedError

    def _register(
        self, s: Session, plan: Plan, org: Organisation | None, day: date, title: str
    ) -> str:
        code = org.doc_code if org else ""
        return register_document(s, self.DOC_TYPE, code, day, title, plan_id=plan.id).number

    @staticmethod
    def _keeper(s: Session, plan: Plan, org: Organisation | None) -> str:
        """ "Lưu: VT, ĐKT." — the team's ký hiệu, else the organisation's."""
        codes = s.scalars(
            select(Team.doc_code).where(
                Team.plan_id == plan.id, Team.deleted.is_(False), Team.doc_code != ""
            )
        ).first()
        code = codes or (org.doc_code if org else "")
        return f"Lưu: VT, {code}" if code else "Lưu: VT"


class DecisionService(_PlanDocument):
    """The decision establishing the teams of a plan (quyết định thành lập Đoàn kiểm tra)."""

    KIND = "decision"
    DOC_TYPE = DocumentType.DECISION
    WORDS = ("quyết định thành lập đoàn kiểm tra", "decision establishing the team")

    def gather(self, plan_ref: uuid.UUID | str, *, today: date | None = None) -> DecisionData:
        """The decision of a plan, giving it a number if it has none (committed)."""
        return self._gathered(plan_ref, today)  # type: ignore[no-any-return]

    def _build(self, data: Any, template: Template) -> Any:
        return build_decision(data, template)

    def _gather(self, s: Session, plan: Plan, today: date) -> tuple[DecisionData, bool]:
        org = issuing_organisation(s, plan)
        issued_on = plan.decision_date or today
        teams = _teams(s, plan)
        about = _about(plan)
        words = about.split()
        what = "các Đoàn kiểm tra" if len(teams) > 1 else "Đoàn kiểm tra"
        if fold(" ".join(words[:2])) == "kiem tra":
            subject = f"Về việc thành lập {what} {' '.join(words[2:])}".strip()
        else:
            subject = f"Về việc thành lập {what}" + (
                f" thực hiện Kế hoạch {about}" if about else ""
            )
        numbered = not plan.decision_number.strip()
        if numbered:
            title = f"Quyết định {lower_first(subject)}"
            plan.decision_number = self._register(s, plan, org, issued_on, title)
            plan.decision_date = issued_on
        body = _issuing_body(s, plan, org, plan.decision_number)
        plan_body = _issuing_body(s, plan, org, plan.number)
        reference = _cited("Kế hoạch", plan.number, plan.issued_on, plan_body.in_text)
        units = _units(s, plan)
        executors = [f"Chánh Văn phòng {body.in_text}".strip()]
        proposer = executors[0]
        if org is not None and body.issuer != org.name:  # the superior decides on a proposal
            proposer = f"{head_of(org.name).title.capitalize()} {_in_text(s, org.name, plan)}"
            executors.append(proposer)
        executors += [
            "Thủ trưởng các cơ quan, đơn vị có liên quan",
            "các ông, bà có tên tại Điều 1",
        ]
        recipients = ["Như Điều 3"]
        if body.superior:
            recipients.append(f"{_in_text(s, body.superior, plan)} (để báo cáo)")
        recipients.append(self._keeper(s, plan, org))
        data = DecisionData(
            superior=body.superior,
            issuer=body.issuer,
            number=plan.decision_number,
            place_name=body.place_name,
            issued_on=issued_on,
            subject=subject,
            issuer_in_text=body.in_text,
            legal_bases=(*_lines(plan.legal_basis), f"Căn cứ {reference}"),
            proposer=proposer,
            plan_reference=reference,
            teams=teams,
            purposes=_lines(plan.purpose),
            start_on=plan.start_on,
            end_on=plan.end_on,
            unit_count=len({u.name for u in units}),
            unannounced_count=sum(1 for u in units if u.unannounced),
            report_to=body.in_text,
            executors=tuple(executors),
            recipients=tuple(recipients),
        )
        return data, numbered


class PlanDocumentService(_PlanDocument):
    """The plan document (kế hoạch kiểm tra); unannounced visits are never named in it."""

    KIND = "plan"
    DOC_TYPE = DocumentType.PLAN
    WORDS = ("kế hoạch kiểm tra", "inspection plan")

    def gather(self, plan_ref: uuid.UUID | str, *, today: date | None = None) -> PlanDocumentData:
        """The plan document, giving the plan a number if it has none (committed)."""
        return self._gathered(plan_ref, today)  # type: ignore[no-any-return]

    def _build(self, data: Any, template: Template) -> Any:
        return build_plan_document(data, template)

    def _gather(self, s: Session, plan: Plan, today: date) -> tuple[PlanDocumentData, bool]:
        org = issuing_organisation(s, plan)
        issued_on = plan.issued_on or today
        numbered = not plan.number.strip()
        if numbered:
            title = plan.title.strip() or "Kế hoạch kiểm tra"
            plan.number = self._register(s, plan, org, issued_on, title)
            plan.issued_on = issued_on
        body = _issuing_body(s, plan, org, plan.number)
        decision = ""
        if plan.decision_number.strip():
            decider = _issuing_body(s, plan, org, plan.decision_number).in_text
            decision = _cited("Quyết định", plan.decision_number, plan.decision_date, decider)
        scope = s.scalars(
            select(SamplingStratum.label)
            .where(SamplingStratum.plan_id == plan.id, SamplingStratum.deleted.is_(False))
            .order_by(SamplingStratum.position)
        )
        recipients = []
        if body.superior:
            recipients.append(f"{_in_text(s, body.superior, plan)} (để báo cáo)")
        recipients += ["Các cơ quan, đơn vị được kiểm tra", "Thành viên Đoàn kiểm tra"]
        recipients.append(self._keeper(s, plan, org))
        data = PlanDocumentData(
            superior=body.superior,
            issuer=body.issuer,
            number=plan.number,
            place_name=body.place_name,
            issued_on=issued_on,
            subject=upper_first(_about(plan)) or "Kiểm tra",
            issuer_in_text=body.in_text,
            legal_bases=_lines(plan.legal_basis),
            purposes=_lines(plan.purpose),
            checklist=_checklist(s, plan),
            scope=tuple(label for label in scope if label.strip()),
            units=_units(s, plan),
            start_on=plan.start_on,
            end_on=plan.end_on,
            decision_reference=decision,
            teams=_teams(s, plan),
            report_to=body.in_text,
            recipients=tuple(recipients),
        )
        return data, numbered
