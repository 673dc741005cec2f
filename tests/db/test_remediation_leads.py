"""Follow-up of recommendations, leads and the register list, at the service level."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspectdesk.db.database import Database
from inspectdesk.db.models import (
    ChangeLogEntry,
    IssuedDocument,
    Lead,
    Plan,
    Recommendation,
    RemediationEvent,
    Unit,
    Visit,
)
from inspectdesk.domain.enums import DocumentType, LeadSource, LeadStatus, RemediationStatus
from inspectdesk.errors import NotFound
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.files import new_file
from inspectdesk.services.leads import LeadDraft, LeadFilter, LeadService, list_leads
from inspectdesk.services.register import register_document
from inspectdesk.services.register_list import DocumentFilter, document_years, list_documents
from inspectdesk.services.remediation import (
    RecommendationFilter,
    RecommendationRow,
    RemediationDraft,
    RemediationService,
    list_recommendations,
)
from inspectdesk.services.validation import FieldProblem, Problem, ValidationFailed

TODAY = date(2026, 11, 20)


@dataclass
class Sample:
    """Ids of the rows the tests look at."""

    units: dict[str, uuid.UUID]
    plans: dict[str, uuid.UUID]
    recs: dict[str, uuid.UUID]
    visits: dict[str, uuid.UUID]
    lead: uuid.UUID


def _build(db: Database) -> Sample:
    with db.sessions.begin() as s:
        units = {name: Unit(name=name) for name in ("UBND xã Đại Đình", "Sở Nội vụ", "Sở Y tế")}
        plans = {
            "2026": Plan(number="18/KH-UBND", title="Kế hoạch kiểm tra công vụ năm 2026"),
            "2021": Plan(number="230/KH-UBND", title="Kiểm tra phòng, chống dịch"),
        }
        s.add_all([*units.values(), *plans.values()])
        s.flush()
        lead = Lead(
            received_on=date(2026, 11, 1),
            source=LeadSource.HOTLINE,
            summary="Công chức xã Đại Đình vắng mặt",
            unit_id=units["UBND xã Đại Đình"].id,
        )
        s.add(lead)
        s.flush()
        visits = {
            "dai_dinh": Visit(
                unit_id=units["UBND xã Đại Đình"].id,
                plan_id=plans["2026"].id,
                scheduled_on=date(2026, 10, 5),
                lead_id=lead.id,
            ),
            "noi_vu": Visit(
                unit_id=units["Sở Nội vụ"].id,
                plan_id=plans["2021"].id,
                scheduled_on=date(2021, 11, 8),
            ),
            "gone": Visit(
                unit_id=units["Sở Y tế"].id,
                plan_id=plans["2021"].id,
                scheduled_on=date(2021, 11, 9),
                deleted=True,
            ),
        }
        s.add_all(visits.values())
        s.flush()
        specs = {
            # key: visit, text, deadline, status
            "overdue_open": ("dai_dinh", "Chấn chỉnh việc đeo thẻ", date(2026, 11, 1), "open"),
            "overdue_progress": (
                "noi_vu",
                "Niêm yết thủ tục hành chính",
                date(2021, 12, 1),
                "in_progress",
            ),
            "due_today": ("dai_dinh", "Bố trí người trực", TODAY, "open"),
            "future": ("noi_vu", "Tập huấn kỹ năng giao tiếp", date(2026, 12, 15), "in_progress"),
            "done_late": ("noi_vu", "Kiểm điểm công chức", date(2021, 11, 20), "done"),
            "no_deadline": ("dai_dinh", "Rà soát quy chế", None, "open"),
            "of_deleted_visit": ("gone", "Cập nhật bảng tin", date(2021, 11, 30), "open"),
        }
        recs = {}
        for key, (visit, text, deadline, status) in specs.items():
            rec = Recommendation(
                visit_id=visits[visit].id,
                text=text,
                responsible="Chủ tịch UBND xã",
                deadline=deadline,
                status=RemediationStatus(status),
                done_on=date(2021, 12, 3) if status == "done" else None,
            )
            s.add(rec)
            recs[key] = rec
        deleted = Recommendation(
            visit_id=visits["dai_dinh"].id, text="Đã xóa", deadline=date(2020, 1, 1), deleted=True
        )
        s.add(deleted)
        s.flush()
        s.add(
            RemediationEvent(
                recommendation_id=recs["overdue_open"].id,
                occurred_on=date(2026, 10, 5),
                status=RemediationStatus.OPEN,
                note="Đoàn kiểm tra kiến nghị tại biên bản.",
            )
        )
        register_document(
            s,
            DocumentType.MINUTES,
            "ĐKT",
            date(2026, 10, 5),
            "Biên bản kiểm tra tại Đại Đình",
            visit_id=visits["dai_dinh"].id,
            plan_id=plans["2026"].id,
        )
        register_document(
            s,
            DocumentType.REPORT,
            "SNV",
            date(2022, 1, 10),
            "Báo cáo kết quả kiểm tra",
            plan_id=plans["2021"].id,
        )
        register_document(s, DocumentType.MINUTES, "ĐKT", date(2021, 11, 8), "Biên bản Sở Nội vụ")
        return Sample(
            units={k: v.id for k, v in units.items()},
            plans={k: v.id for k, v in plans.items()},
            recs={k: v.id for k, v in recs.items()},
            visits={k: v.id for k, v in visits.items()},
            lead=lead.id,
        )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_file(tmp_path / "followup.idb")
    yield database
    database.close()


@pytest.fixture
def sample(db: Database) -> Sample:
    return _build(db)


@pytest.fixture
def published() -> list[Changes]:
    return []


@pytest.fixture
def bus(published: list[Changes]) -> ChangeBus:
    bus = ChangeBus()
    bus.subscribe(published.append)
    return bus


def _keys(sample: Sample, rows: list[RecommendationRow]) -> set[str]:
    names = {v: k for k, v in sample.recs.items()}
    return {names[r.id] for r in rows}


def _count(db: Database, model: type[object]) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# -- the follow-up list -------------------------------------------------------------------


def test_live_recommendations_of_live_visits_with_overdue_computed(
    db: Database, sample: Sample
) -> None:
    rows = list_recommendations(db, today=TODAY)
    assert _keys(sample, rows) == {
        "overdue_open",
        "overdue_progress",
        "due_today",
        "future",
        "done_late",
        "no_deadline",
    }
    overdue = {r.id for r in rows if r.overdue}
    assert overdue == {sample.recs["overdue_open"], sample.recs["overdue_progress"]}
    assert rows[-1].id == sample.recs["done_late"]  # finished work comes last
    first = next(r for r in rows if r.id == sample.recs["overdue_open"])
    assert (first.unit, first.visit_date) == ("UBND xã Đại Đình", date(2026, 10, 5))
    assert first.plan_id == sample.plans["2026"]


def test_overdue_depends_on_the_injected_today(db: Database, sample: Sample) -> None:
    only = RecommendationFilter(overdue_only=True)
    assert _keys(sample, list_recommendations(db, only, today=date(2021, 12, 2))) == {
        "overdue_progress"
    }
    later = list_recommendations(db, only, today=date(2026, 11, 21))
    assert _keys(sample, later) == {"overdue_open", "overdue_progress", "due_today"}


def test_filters_combine(db: Database, sample: Sample) -> None:
    def keys(**kwargs: object) -> set[str]:
        flt = RecommendationFilter(**kwargs)  # type: ignore[arg-type]
        return _keys(sample, list_recommendations(db, flt, today=TODAY))

    assert keys(status=RemediationStatus.IN_PROGRESS) == {"overdue_progress", "future"}
    assert keys(status=RemediationStatus.DONE) == {"done_late"}
    assert keys(plan_id=sample.plans["2026"]) == {"overdue_open", "due_today", "no_deadline"}
    assert keys(plan_id=sample.plans["2026"], overdue_only=True) == {"overdue_open"}
    assert keys(deadline_from=date(2026, 11, 1), deadline_to=TODAY) == {
        "overdue_open",
        "due_today",
    }
    assert keys(deadline_from=date(2026, 12, 1)) == {"future"}
    assert keys(search="dai dinh") == {"overdue_open", "due_today", "no_deadline"}
    assert keys(search="THE deo") == {"overdue_open"}  # words in any order, no tones
    assert keys(search="100%") == set()


# -- changing a recommendation --------------------------------------------------------------


def test_marking_done_adds_a_history_event_and_publishes(
    db: Database, sample: Sample, bus: ChangeBus, published: list[Changes]
) -> None:
    service = RemediationService(db, bus)
    rec_id = sample.recs["overdue_open"]
    draft, revision = service.draft(rec_id)
    assert draft.status is RemediationStatus.OPEN
    draft.status, draft.done_on = RemediationStatus.DONE, date(2026, 11, 18)
    draft.evidence, draft.note = " Báo cáo số 12/BC-UBND ", "Đơn vị báo cáo đã khắc phục"
    saved = service.update(rec_id, draft, revision, today=TODAY)
    assert saved.revision == revision + 1 and saved.event_id is not None
    detail = service.detail(rec_id)
    assert detail.state.status is RemediationStatus.DONE
    assert detail.state.evidence == "Báo cáo số 12/BC-UBND"
    assert not detail.overdue(TODAY)
    newest = detail.history[0]
    assert (newest.occurred_on, newest.status) == (date(2026, 11, 18), RemediationStatus.DONE)
    assert newest.note == "Đơn vị báo cáo đã khắc phục"
    assert newest.evidence == "Báo cáo số 12/BC-UBND"
    assert [e.occurred_on for e in detail.history] == [date(2026, 11, 18), date(2026, 10, 5)]
    assert published[-1].tables == {"recommendation", "remediation_event"}
    row = next(r for r in list_recommendations(db, today=TODAY) if r.id == rec_id)
    assert (row.status, row.overdue, row.done_on) == (
        RemediationStatus.DONE,
        False,
        date(2026, 11, 18),
    )


def test_a_note_alone_is_a_history_step_dated_today(db: Database, sample: Sample) -> None:
    service = RemediationService(db)
    rec_id = sample.recs["future"]
    draft, revision = service.draft(rec_id)
    draft.note = "Đã đôn đốc bằng điện thoại"
    saved = service.update(rec_id, draft, revision, today=TODAY)
    assert saved.before == saved.after and saved.event_id is not None
    step = service.detail(rec_id).history[0]
    assert (step.occurred_on, step.status) == (TODAY, RemediationStatus.IN_PROGRESS)


def test_nothing_changed_writes_nothing(
    db: Database, sample: Sample, bus: ChangeBus, published: list[Changes]
) -> None:
    service = RemediationService(db, bus)
    rec_id = sample.recs["future"]
    draft, revision = service.draft(rec_id)
    events, log = _count(db, RemediationEvent), _count(db, ChangeLogEntry)
    saved = service.update(rec_id, draft, revision, today=TODAY)
    assert saved.event_id is None and saved.revision == revision
    assert (_count(db, RemediationEvent), _count(db, ChangeLogEntry)) == (events, log)
    assert published == []


def test_done_needs_a_done_date_and_problems_write_nothing(
    db: Database, sample: Sample, bus: ChangeBus, published: list[Changes]
) -> None:
    service = RemediationService(db, bus)
    rec_id = sample.recs["overdue_open"]
    _draft, revision = service.draft(rec_id)
    events, log = _count(db, RemediationEvent), _count(db, ChangeLogEntry)
    bad = RemediationDraft(RemediationStatus.DONE, None, "x" * 4001, "y")
    with pytest.raises(ValidationFailed) as caught:
        service.update(rec_id, bad, revision, today=TODAY)
    assert set(caught.value.problems) == {
        FieldProblem("done_on", Problem.REQUIRED),
        FieldProblem("evidence", Problem.TOO_LONG, 4000),
    }
    future = RemediationDraft(RemediationStatus.DONE, date(2026, 11, 21))
    with pytest.raises(ValidationFailed) as caught:
        service.update(rec_id, future, revision, today=TODAY)
    assert set(caught.value.problems) == {
        FieldProblem("done_on", Problem.INVALID),
        FieldProblem("evidence", Problem.REQUIRED),  # done needs something that shows it
    }
    assert (_count(db, RemediationEvent), _count(db, ChangeLogEntry)) == (events, log)
    assert service.draft(rec_id) == (_draft, revision)
    assert published == []


def test_a_done_date_without_done_status_is_dropped(db: Database, sample: Sample) -> None:
    service = RemediationService(db)
    rec_id = sample.recs["overdue_open"]
    _draft, revision = service.draft(rec_id)
    draft = RemediationDraft(RemediationStatus.IN_PROGRESS, date(2026, 11, 2))
    saved = service.update(rec_id, draft, revision, today=TODAY)
    assert saved.after.done_on is None


def test_a_stale_revision_is_refused(db: Database, sample: Sample) -> None:
    service = RemediationService(db)
    rec_id = sample.recs["overdue_open"]
    draft, revision = service.draft(rec_id)
    draft.status = RemediationStatus.IN_PROGRESS
    service.update(rec_id, draft, revision, today=TODAY)
    events = _count(db, RemediationEvent)
    draft.status = RemediationStatus.DONE
    draft.done_on = TODAY
    with pytest.raises(ValidationFailed) as caught:
        service.update(rec_id, draft, revision, today=TODAY)
    (stale_problem,) = caught.value.problems
    assert (stale_problem.field, stale_problem.problem) == ("revision", Problem.STALE)
    assert stale_problem.by and stale_problem.at is not None  # who saved it meanwhile, when
    assert _count(db, RemediationEvent) == events
    assert service.detail(rec_id).state.status is RemediationStatus.IN_PROGRESS


def test_undo_and_redo_of_a_change(db: Database, sample: Sample) -> None:
    service = RemediationService(db)
    rec_id = sample.recs["overdue_open"]
    draft, revision = service.draft(rec_id)
    draft.status, draft.done_on = RemediationStatus.DONE, TODAY
    draft.evidence = "Công văn số 7/UBND báo cáo kết quả"
    saved = service.update(rec_id, draft, revision, today=TODAY)
    assert saved.event_id is not None
    service.restore_state(rec_id, saved.before, saved.event_id, event_live=False)
    detail = service.detail(rec_id)
    assert detail.state == saved.before and len(detail.history) == 1
    service.restore_state(rec_id, saved.after, saved.event_id, event_live=True)
    detail = service.detail(rec_id)
    assert detail.state == saved.after and len(detail.history) == 2


def test_unknown_or_deleted_recommendations_are_not_found(db: Database, sample: Sample) -> None:
    service = RemediationService(db)
    with pytest.raises(NotFound):
        service.detail(uuid.uuid4())
    with db.sessions.begin() as s:
        gone = s.scalars(select(Recommendation.id).where(Recommendation.deleted)).first()
    assert gone is not None
    with pytest.raises(NotFound):
        service.draft(gone)


def test_plans_for_the_filter_are_named_by_number_and_title(db: Database, sample: Sample) -> None:
    names = {c.name for c in RemediationService(db).plans()}
    assert "18/KH-UBND – Kế hoạch kiểm tra công vụ năm 2026" in names


# -- leads ------------------------------------------------------------------------------------


def test_leads_list_with_filters_and_triggered_visits(db: Database, sample: Sample) -> None:
    service = LeadService(db)
    other = service.create(
        LeadDraft(
            received_on=date(2026, 11, 10),
            source=LeadSource.PRESS,
            summary="Báo phản ánh chậm trả hồ sơ",
            status=LeadStatus.VERIFYING,
        )
    )
    rows = list_leads(db)
    assert [r.id for r in rows] == [other, sample.lead]  # newest first
    assert rows[1].visits == 1 and rows[1].unit == "UBND xã Đại Đình"
    assert rows[0].visits == 0 and rows[0].unit == ""
    assert [r.id for r in list_leads(db, LeadFilter(source=LeadSource.PRESS))] == [other]
    assert [r.id for r in list_leads(db, LeadFilter(status=LeadStatus.NEW))] == [sample.lead]
    assert [r.id for r in list_leads(db, LeadFilter(search="dai dinh"))] == [sample.lead]
    assert [r.id for r in list_leads(db, LeadFilter(search="cham tra"))] == [other]


def test_create_update_and_delete_a_lead(
    db: Database, sample: Sample, bus: ChangeBus, published: list[Changes]
) -> None:
    service = LeadService(db, bus)
    lead_id = service.create(
        LeadDraft(
            received_on=date(2026, 11, 19),
            source=LeadSource.LETTER,
            source_detail="  Đơn của   công dân ",
            summary=" Phản ánh thái độ tiếp dân \n",
            unit_id=sample.units["Sở Nội vụ"],
        )
    )
    assert published[-1].tables == {"lead"} and lead_id in published[-1].ids
    draft, revision = service.draft(lead_id)
    assert (draft.source_detail, draft.summary) == ("Đơn của công dân", "Phản ánh thái độ tiếp dân")
    draft.status = LeadStatus.VERIFYING
    assert service.update(lead_id, draft, revision) == revision + 1
    with pytest.raises(ValidationFailed) as caught:
        service.update(lead_id, draft, revision)
    (stale_problem,) = caught.value.problems
    assert (stale_problem.field, stale_problem.problem) == ("revision", Problem.STALE)
    assert stale_problem.by and stale_problem.at is not None  # who saved it meanwhile, when
    assert service.set_deleted([lead_id], True) == 1
    assert lead_id not in {r.id for r in list_leads(db)}
    with pytest.raises(NotFound):
        service.draft(lead_id)
    assert service.set_deleted([lead_id], False) == 1
    assert lead_id in {r.id for r in list_leads(db)}
    with db.sessions() as s:
        assert s.get_one(Lead, lead_id).status is LeadStatus.VERIFYING


def test_lead_problems_are_all_reported_and_nothing_written(
    db: Database, sample: Sample, bus: ChangeBus, published: list[Changes]
) -> None:
    service = LeadService(db, bus)
    with db.sessions.begin() as s:
        gone = Unit(name="Đơn vị đã xóa", deleted=True)
        s.add(gone)
    leads, log = _count(db, Lead), _count(db, ChangeLogEntry)
    draft = LeadDraft(received_on=None, summary="  \n ", source_detail="x" * 301, unit_id=gone.id)
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft)
    assert set(caught.value.problems) == {
        FieldProblem("received_on", Problem.REQUIRED),
        FieldProblem("summary", Problem.REQUIRED),
        FieldProblem("source_detail", Problem.TOO_LONG, 300),
        FieldProblem("unit_id", Problem.MISSING),
    }
    assert (_count(db, Lead), _count(db, ChangeLogEntry)) == (leads, log)
    _draft, revision = service.draft(sample.lead)
    with pytest.raises(ValidationFailed):
        service.update(sample.lead, LeadDraft(received_on=date(2026, 1, 1)), revision)
    assert service.draft(sample.lead) == (_draft, revision)
    assert published == []


def test_lead_units_are_live_units_in_vietnamese_order(db: Database, sample: Sample) -> None:
    names = [c.name for c in LeadService(db).units()]
    assert names == ["Sở Nội vụ", "Sở Y tế", "UBND xã Đại Đình"]


# -- the register ----------------------------------------------------------------------------


def test_register_list_newest_first_with_its_subject(db: Database, sample: Sample) -> None:
    rows = list_documents(db)
    assert [r.number for r in rows] == ["01/BB-ĐKT", "01/BC-SNV", "01/BB-ĐKT"]
    assert [r.year for r in rows] == [2026, 2022, 2021]
    assert rows[0].subject == "UBND xã Đại Đình"  # a visit's minutes name its unit
    assert rows[1].subject == "230/KH-UBND"  # a plan's report names the plan
    assert rows[2].subject == ""
    assert document_years(db) == [2026, 2022, 2021]


def test_register_filters(db: Database, sample: Sample) -> None:
    def numbers(**kwargs: object) -> list[tuple[str, int]]:
        flt = DocumentFilter(**kwargs)  # type: ignore[arg-type]
        return [(r.number, r.year) for r in list_documents(db, flt)]

    assert numbers(doc_type=DocumentType.REPORT) == [("01/BC-SNV", 2022)]
    assert numbers(year=2021) == [("01/BB-ĐKT", 2021)]
    assert numbers(doc_type=DocumentType.REPORT, year=2021) == []
    assert numbers(search="dai dinh") == [("01/BB-ĐKT", 2026)]
    assert numbers(search="bc-snv") == [("01/BC-SNV", 2022)]
    with db.sessions.begin() as s:
        s.scalars(select(IssuedDocument).where(IssuedDocument.year == 2022)).one().deleted = True
    assert numbers(doc_type=DocumentType.REPORT) == []
    assert document_years(db) == [2026, 2021]
