"""Tests for inspectdesk.services.demo: the demo database."""

from __future__ import annotations

import dataclasses
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import String, Text, inspect, select
from sqlalchemy.orm import Session

from inspectdesk.db.models import (
    SYNCABLE_MODELS,
    Attendee,
    ChecklistItem,
    ChecklistResult,
    ChecklistSection,
    Finding,
    IssuedDocument,
    Lead,
    Organisation,
    Plan,
    Recommendation,
    RemediationEvent,
    SamplingStratum,
    Sanction,
    Team,
    Unit,
    Visit,
)
from inspectdesk.domain.enums import (
    AttendeeSide,
    DocumentType,
    FindingKind,
    ItemResult,
    LeadStatus,
    RemediationStatus,
    SanctionForm,
    TeamRole,
    VisitMode,
    VisitStatus,
)
from inspectdesk.errors import FileAlreadyExists
from inspectdesk.services import demo_data
from inspectdesk.services.demo import DemoSummary, build_demo
from inspectdesk.services.files import check_file, open_file

TODAY = date(2026, 11, 20)  # a Friday
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    return path, build_demo(path, today=TODAY)


@pytest.fixture
def session(demo: tuple[Path, DemoSummary]) -> Iterator[Session]:
    db = open_file(demo[0], readonly=True)
    try:
        with db.sessions() as s:
            yield s
    finally:
        db.close()


@pytest.mark.file_only
def test_every_table_that_should_have_rows_has_some(demo: tuple[Path, DemoSummary]) -> None:
    summary = demo[1]
    for field in dataclasses.fields(summary):
        assert getattr(summary, field.name) > 0, field.name
    assert 25 <= summary.visits <= 40
    assert summary.organisations == 2
    assert check_file(demo[0]).counts["visit"] == summary.visits


@pytest.mark.file_only
def test_the_file_is_healthy(demo: tuple[Path, DemoSummary]) -> None:
    report = check_file(demo[0])
    assert report.healthy, report.problems


def test_every_status_mode_kind_and_remediation_state_appears(session: Session) -> None:
    assert set(session.scalars(select(Visit.status))) == set(VisitStatus)
    assert set(session.scalars(select(Visit.mode))) == set(VisitMode)
    assert set(session.scalars(select(Finding.kind))) == set(FindingKind)
    assert set(session.scalars(select(Recommendation.status))) == set(RemediationStatus)
    assert set(session.scalars(select(ChecklistResult.result))) == set(ItemResult)
    assert set(session.scalars(select(Attendee.side))) == set(AttendeeSide)
    assert set(session.scalars(select(Attendee.team_role)).all()) >= set(TeamRole)


def test_some_recommendations_are_overdue_in_progress_and_done(session: Session) -> None:
    recommendations = session.scalars(select(Recommendation)).all()
    overdue = [
        r
        for r in recommendations
        if r.status is not RemediationStatus.DONE and r.deadline and r.deadline < TODAY
    ]
    assert overdue
    assert any(
        r.status is RemediationStatus.IN_PROGRESS and r.deadline and r.deadline >= TODAY
        for r in recommendations
    )
    done = [r for r in recommendations if r.status is RemediationStatus.DONE]
    assert done
    assert all(r.done_on and r.done_on <= TODAY and r.evidence for r in done)
    assert all(r.finding_id and r.responsible and r.deadline for r in recommendations)


def test_remediation_history_ends_in_the_current_state(session: Session) -> None:
    for recommendation in session.scalars(select(Recommendation)):
        events = session.scalars(
            select(RemediationEvent)
            .where(RemediationEvent.recommendation_id == recommendation.id)
            .order_by(RemediationEvent.occurred_on)
        ).all()
        assert events[0].status is RemediationStatus.OPEN
        assert events[-1].status is recommendation.status
        assert all(event.occurred_on <= TODAY for event in events)


def test_there_are_visits_this_week(session: Session) -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    upcoming = session.scalars(
        select(Visit).where(
            Visit.scheduled_on >= TODAY,
            Visit.scheduled_on <= monday + timedelta(days=6),
            Visit.status.in_((VisitStatus.PLANNED, VisitStatus.NOTIFIED)),
        )
    ).all()
    assert len(upcoming) >= 2


def test_visit_times_are_aware_utc_and_local_mornings(session: Session) -> None:
    for visit in session.scalars(select(Visit).where(Visit.actual_start.is_not(None))):
        assert visit.actual_start is not None
        assert visit.actual_start.tzinfo is not None
        assert visit.actual_start.utcoffset() == timedelta(0)
        local = visit.actual_start + timedelta(hours=7)
        assert 7 <= local.hour <= 14
        assert local.date() == visit.scheduled_on
        if visit.status in (VisitStatus.DRAFTED, VisitStatus.SIGNED):
            assert visit.actual_end is not None and visit.actual_end > visit.actual_start
    starts = session.scalars(select(Visit.actual_start).where(Visit.actual_start.is_not(None)))
    assert all(start.tzinfo == UTC for start in starts if start is not None)


def test_completed_visits_have_a_result_for_every_checklist_item(session: Session) -> None:
    completed = session.scalars(
        select(Visit).where(Visit.status.in_((VisitStatus.DRAFTED, VisitStatus.SIGNED)))
    ).all()
    assert completed
    for visit in completed:
        plan = session.get_one(Plan, visit.plan_id)
        items = set(
            session.scalars(
                select(ChecklistItem.id)
                .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
                .where(ChecklistSection.template_id == plan.checklist_id)
            )
        )
        results = session.scalars(
            select(ChecklistResult).where(ChecklistResult.visit_id == visit.id)
        ).all()
        assert {r.item_id for r in results} == items
        assert all(r.result is not ItemResult.UNSET for r in results)
        findings = session.scalars(select(Finding).where(Finding.visit_id == visit.id)).all()
        assert findings and all(f.item_id in items for f in findings)
        failed = {r.item_id for r in results if r.result is ItemResult.FAIL}
        assert failed == {f.item_id for f in findings if f.kind is not FindingKind.STRENGTH}
        assert visit.unit_opinion
        sides = set(session.scalars(select(Attendee.side).where(Attendee.visit_id == visit.id)))
        assert {AttendeeSide.TEAM, AttendeeSide.UNIT} <= sides


def test_signed_visits_are_numbered_in_the_register(session: Session) -> None:
    signed = session.scalars(select(Visit).where(Visit.status == VisitStatus.SIGNED)).all()
    documents = {
        d.visit_id: d
        for d in session.scalars(
            select(IssuedDocument).where(IssuedDocument.doc_type == DocumentType.MINUTES)
        )
    }
    assert signed and len(documents) == len(signed)
    for visit in signed:
        document = documents[visit.id]
        assert visit.minutes_number == document.number
        assert document.number.endswith("/BB-ĐKT")
        assert document.issued_on == visit.scheduled_on and document.year == document.issued_on.year
        assert document.signed_on == document.issued_on  # signed the day of the visit
    by_year: dict[int, list[int]] = {}
    for document in documents.values():
        by_year.setdefault(document.year, []).append(document.sequence)
    for sequences in by_year.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))
    others = session.scalars(select(Visit).where(Visit.status != VisitStatus.SIGNED)).all()
    assert all(visit.minutes_number == "" for visit in others)
    reports = session.scalars(
        select(IssuedDocument).where(IssuedDocument.doc_type == DocumentType.REPORT)
    ).all()
    assert any(r.issuer_code == "SNV" and r.plan_id for r in reports)


def test_the_covid_plan_is_seed_000(session: Session) -> None:
    plan = session.scalars(select(Plan).where(Plan.number == "230/KH-UBND")).one()
    assert plan.issuer == "UBND tỉnh Vĩnh Phúc"
    assert (plan.issued_on, plan.start_on, plan.end_on) == (
        date(2021, 10, 28),
        date(2021, 11, 1),
        date(2021, 12, 31),
    )
    assert plan.decision_number == "1234/QĐ-UBND"
    strata = session.execute(
        select(SamplingStratum.percent, Unit.name)
        .join(Unit, Unit.id == SamplingStratum.under_unit_id)
        .where(SamplingStratum.plan_id == plan.id)
    ).all()
    by_percent: dict[float | None, set[str]] = {}
    for percent, name in strata:
        by_percent.setdefault(percent, set()).add(name)
    assert by_percent[100] == {"UBND tỉnh Vĩnh Phúc"}
    assert by_percent[50] == {
        "UBND thành phố Vĩnh Yên",
        "UBND thành phố Phúc Yên",
        "UBND huyện Bình Xuyên",
        "UBND huyện Sông Lô",
    }
    assert len(by_percent[30]) == 5
    teams = session.scalars(select(Team).where(Team.plan_id == plan.id)).all()
    assert {t.name for t in teams} >= {"Đoàn kiểm tra số 1", "Đoàn kiểm tra số 2"}
    assert any(t.is_undercover for t in teams)
    assert all(t.doc_code == "ĐKT" for t in teams)


def test_sanctions_and_leads(session: Session) -> None:
    sanctions = session.scalars(select(Sanction)).all()
    forms = {s.form for s in sanctions}
    assert {SanctionForm.CRITICISM, SanctionForm.REMINDER} <= forms
    assert all(s.person_name for s in sanctions)
    leads = session.scalars(select(Lead)).all()
    assert len(leads) >= 3
    triggered = session.scalars(select(Visit).where(Visit.lead_id.is_not(None))).all()
    assert any(v.mode is VisitMode.UNANNOUNCED for v in triggered)
    lead_status = {lead.id: lead.status for lead in leads}
    assert {lead_status[v.lead_id] for v in triggered if v.lead_id} <= {
        LeadStatus.VISIT_PLANNED,
        LeadStatus.CLOSED,
    }


def test_the_default_organisation_is_the_department_of_home_affairs(session: Session) -> None:
    default = session.scalars(select(Organisation).where(Organisation.is_default)).one()
    assert (default.name, default.superior_name) == ("SỞ NỘI VỤ", "UBND TỈNH VĨNH PHÚC")
    assert (default.doc_code, default.place_name) == ("SNV", "Vĩnh Yên")


def test_the_unit_tree_is_deep_and_acyclic(session: Session) -> None:
    parent = {unit.id: unit.parent_id for unit in session.scalars(select(Unit))}
    depth = 0
    for start in parent:
        seen: set[uuid.UUID] = set()
        node: uuid.UUID | None = start
        while node is not None:
            assert node not in seen, "cycle in the unit tree"
            seen.add(node)
            node = parent[node]
        depth = max(depth, len(seen))
    assert depth >= 4  # province > district > commune > health station
    coded = session.scalars(select(Unit).where(Unit.admin_code != "")).all()
    names = {unit.name: unit for unit in coded}
    assert names["UBND tỉnh Vĩnh Phúc"].admin_code == "26"
    assert names["UBND thành phố Vĩnh Yên"].admin_code == "243"
    assert names["UBND phường Liên Bảo"].admin_code == "08710"
    assert all(u.code_catalogue == "QĐ 124/2004/QĐ-TTg" for u in coded)


def _texts(session: Session) -> Iterator[str]:
    for model in SYNCABLE_MODELS:
        mapper = inspect(model)
        columns = [
            a.key for a in mapper.column_attrs if isinstance(a.columns[0].type, String | Text)
        ]
        for row in session.scalars(select(model)):
            for column in columns:
                value = getattr(row, column)
                if isinstance(value, str) and value:
                    yield value


def test_all_text_is_nfc_vietnamese(session: Session) -> None:
    texts = list(_texts(session))
    assert texts
    bad = [text for text in texts if not unicodedata.is_normalized("NFC", text)]
    assert bad == []
    for model, column in ((Unit, Unit.name), (Finding, Finding.text), (Lead, Lead.summary)):
        values = session.scalars(select(column)).all()
        assert any(VIETNAMESE & set(value.lower()) for value in values), model.__name__
    findings = session.scalars(select(Finding.text)).all()
    assert sum(bool(VIETNAMESE & set(text.lower())) for text in findings) == len(findings)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def test_the_data_tables_are_nfc_before_the_session_normalises_them() -> None:
    tables = [getattr(demo_data, name) for name in dir(demo_data) if name.isupper()]
    texts = [text for table in tables for text in _strings(table)]
    assert len(texts) > 500
    assert [text for text in texts if not unicodedata.is_normalized("NFC", text)] == []


def _fingerprint(path: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    db = open_file(path, readonly=True)
    try:
        with db.sessions() as s:
            return (
                sorted(s.scalars(select(Unit.name))),
                sorted(s.scalars(select(Finding.text))),
                sorted(s.scalars(select(Visit.status))),
                sorted(
                    f"{r.text}|{r.deadline}|{r.status}|{r.done_on}"
                    for r in s.scalars(select(Recommendation))
                ),
            )
    finally:
        db.close()


def test_two_builds_on_the_same_day_are_the_same(
    tmp_path: Path, demo: tuple[Path, DemoSummary]
) -> None:
    again = tmp_path / "again.idb"
    assert build_demo(again, today=TODAY) == demo[1]
    assert _fingerprint(again) == _fingerprint(demo[0])


@pytest.mark.file_only
def test_an_existing_file_is_not_overwritten_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "demo.idb"
    path.write_bytes(b"precious")
    with pytest.raises(FileAlreadyExists):
        build_demo(path, today=TODAY)
    assert path.read_bytes() == b"precious"
    summary = build_demo(path, today=TODAY, overwrite=True)
    assert summary.visits > 0
    assert check_file(path).healthy


def test_another_today_moves_only_the_current_year(tmp_path: Path) -> None:
    later = date(2027, 3, 6)  # a Saturday
    path = tmp_path / "later.idb"
    build_demo(path, today=later)
    db = open_file(path, readonly=True)
    try:
        with db.sessions() as s:
            days = set(s.scalars(select(Visit.scheduled_on)))
            assert date(2021, 11, 8) in days
            assert later in days  # nothing else is left of the week: visits fall today
            overdue = s.scalars(
                select(Recommendation).where(
                    Recommendation.deadline < later,
                    Recommendation.status != RemediationStatus.DONE,
                )
            ).all()
            assert overdue
            assert s.scalars(select(Plan).where(Plan.title.contains("2027"))).one()
    finally:
        db.close()
