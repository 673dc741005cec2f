"""Signed minutes: marking signed, the scanned copy, the logged unlock, and the lock."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from inspectdesk.db import fileformat, migrate
from inspectdesk.db.database import Database
from inspectdesk.db.models import ChangeLogEntry, IssuedDocument, SignedCopy, Unit, Visit
from inspectdesk.domain.enums import (
    AttendeeSide,
    ChangeAction,
    DocumentType,
    FindingKind,
    VisitStatus,
)
from inspectdesk.errors import CancelledVisit, ImportRejected, UserError
from inspectdesk.services import signing_rules
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.exchange import export_json, import_json
from inspectdesk.services.files import check_file, new_file, open_file
from inspectdesk.services.register import register_document
from inspectdesk.services.signing import UNLOCK_NOTE, SigningService
from inspectdesk.services.signing_rules import (
    AlreadySigned,
    BadScan,
    BadSignedDate,
    MinutesNotDrawnUp,
    NoSignedCopy,
    NotSigned,
    ScanNotWritten,
    SigningNeedsStart,
    UnlockNeedsReason,
    VisitChanged,
)
from inspectdesk.services.visits import (
    AttendeeDraft,
    FindingDraft,
    UseMarkSigned,
    UseUnlock,
    VisitLocked,
    VisitService,
)

TODAY = date(2026, 11, 20)
VISIT_DAY = date(2026, 11, 12)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40
TIFF = b"II*\x00\x08\x00\x00\x00" + b"\x01" * 40


@dataclass
class World:
    """A file with a visit whose minutes were drawn up (number 01/BB-ĐKT)."""

    db: Database
    svc: SigningService
    visits: VisitService
    published: list[Changes]
    visit: uuid.UUID
    folder: Path

    def revision(self, visit_id: uuid.UUID | None = None) -> int:
        return self.visits.load(visit_id or self.visit).revision

    def scan(self, name: str, content: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(content)
        return path

    def copies(self) -> list[SignedCopy]:
        with self.db.sessions() as s:
            return list(s.scalars(select(SignedCopy).order_by(SignedCopy.created_at)))

    def entry(self) -> IssuedDocument:
        with self.db.sessions() as s:
            return s.scalars(select(IssuedDocument)).one()

    def add_visit(self, *, number: bool, start: bool = True, **columns: object) -> uuid.UUID:
        with self.db.sessions.begin() as s:
            unit = s.scalars(select(Unit)).first()
            assert unit is not None
            visit = Visit(
                unit_id=unit.id,
                actual_start=datetime(2026, 11, 12, 1, 30, tzinfo=UTC) if start else None,
                **columns,
            )
            s.add(visit)
            s.flush()
            if number:
                entry = register_document(
                    s, DocumentType.MINUTES, "ĐKT", VISIT_DAY, "Biên bản", visit_id=visit.id
                )
                visit.minutes_number = entry.number
            return visit.id


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = new_file(tmp_path / "signing.idb")
    with db.sessions.begin() as s:
        s.add(Unit(name="UBND phường Liên Bảo"))
    bus = ChangeBus()
    published: list[Changes] = []
    bus.subscribe(published.append)
    w = World(
        db,
        SigningService(db, bus, today=lambda: TODAY),
        VisitService(db, bus, today=lambda: TODAY),
        published,
        uuid.uuid4(),
        tmp_path,
    )
    w.visit = w.add_visit(number=True)
    published.clear()
    yield w
    db.close()


def test_signing_needs_minutes_drawn_up_and_changes_nothing_otherwise(world: World) -> None:
    bare = world.add_visit(number=False)
    revision = world.revision(bare)
    with pytest.raises(MinutesNotDrawnUp) as caught:
        world.svc.sign(bare, VISIT_DAY, world.scan("a.pdf", PDF), revision)
    assert "lập biên bản trước" in caught.value.describe("vi")
    assert "draw them up first" in caught.value.describe("en")
    assert world.revision(bare) == revision and world.copies() == []
    cancelled = world.add_visit(number=True, status=VisitStatus.CANCELLED)
    with pytest.raises(CancelledVisit):
        world.svc.sign(cancelled, VISIT_DAY, None, world.revision(cancelled))
    unstarted = world.add_visit(number=True, start=False)
    with pytest.raises(SigningNeedsStart):
        world.svc.sign(unstarted, VISIT_DAY, None, world.revision(unstarted))
    assert world.published == []
    assert not world.svc.state(bare).can_sign and not world.svc.state(cancelled).can_sign
    assert world.svc.state(world.visit).can_sign


@pytest.mark.parametrize(
    ("name", "content", "phrase"),
    [
        ("trống.pdf", b"", "the file is empty"),
        ("ghi chú.pdf", "Biên bản đã ký\n".encode(), "not a PDF, JPEG, PNG or TIFF"),
        ("biên bản.docx", b"PK\x03\x04" + b"\x00" * 30, "not a PDF, JPEG, PNG or TIFF"),
        ("lớn.pdf", PDF + b"\x00" * 200, "more than the 50 MB allowed"),
        ("missing.pdf", None, "does not exist"),
        ("thư mục", "folder", "it is a folder"),
    ],
    ids=["empty", "text", "docx", "too-large", "missing", "folder"],
)
def test_a_bad_scan_is_refused_by_content_and_nothing_changes(
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes | str | None,
    phrase: str,
) -> None:
    monkeypatch.setattr(signing_rules, "MAX_SCAN_BYTES", len(PDF) + 100)
    path = world.folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "folder":
        path.mkdir()
    revision = world.revision()
    with pytest.raises(BadScan) as caught:
        world.svc.sign(world.visit, VISIT_DAY, path, revision)
    message = caught.value.describe("en")
    assert name in message and phrase in message and "Nothing was changed" in message
    assert name in caught.value.describe("vi")
    assert world.svc.state(world.visit).status is VisitStatus.PLANNED
    assert world.revision() == revision and world.entry().signed_on is None
    assert world.copies() == [] and world.published == []


@pytest.mark.parametrize(
    ("name", "content", "media_type", "suffix"),
    [
        ("bản ký.pdf", PDF, "application/pdf", ".pdf"),
        ("scan.JPG", JPEG, "image/jpeg", ".jpg"),
        ("ảnh.png", PNG, "image/png", ".png"),
        ("máy quét.tiff", TIFF, "image/tiff", ".tif"),
        ("big-endian.tif", b"MM\x00*" + b"\x00" * 20, "image/tiff", ".tif"),
    ],
    ids=["pdf", "jpeg", "png", "tiff", "tiff-mm"],
)
def test_sign_with_a_scan_round_trips_with_its_sha256(
    world: World, name: str, content: bytes, media_type: str, suffix: str
) -> None:
    revision = world.svc.sign(world.visit, VISIT_DAY, world.scan(name, content), world.revision())
    state = world.svc.state(world.visit)
    assert state.signed and state.revision == revision and state.signed_on == VISIT_DAY
    scan = world.svc.scan_of(world.visit)
    assert scan is not None and scan == state.scan
    assert (scan.file_name, scan.media_type, scan.size) == (name, media_type, len(content))
    assert scan.sha256 == hashlib.sha256(content).hexdigest() and scan.suffix == suffix
    assert scan.document_id == world.entry().id and scan.signed_on == VISIT_DAY
    assert world.entry().signed_on == VISIT_DAY
    (world.folder / "out").mkdir()
    out = world.svc.export_scan(world.visit, world.folder / "out" / f"copy{suffix}")
    assert out.read_bytes() == content
    assert sorted(p.name for p in out.parent.iterdir()) == [f"copy{suffix}"]  # no temp left
    assert world.published[-1].tables == {"visit", "issued_document", "signed_copy"}
    assert world.visit in world.published[-1].ids
    with pytest.raises(AlreadySigned):
        world.svc.sign(world.visit, VISIT_DAY, None, revision)


def test_sign_without_a_scan_then_attach_and_replace_it_later(world: World) -> None:
    with pytest.raises(NotSigned):
        world.svc.attach_scan(world.visit, world.scan("a.pdf", PDF))
    world.svc.sign(world.visit, date(2026, 11, 13), None, world.revision())
    assert world.svc.scan_of(world.visit) is None
    with pytest.raises(NoSignedCopy):
        world.svc.export_scan(world.visit, world.folder / "none.pdf")
    first = world.svc.attach_scan(world.visit, world.scan("a.pdf", PDF))
    assert first.signed_on == date(2026, 11, 13)
    with pytest.raises(BadScan):  # a failed replacement keeps the copy there
        world.svc.attach_scan(world.visit, world.scan("b.pdf", b""))
    assert world.svc.scan_of(world.visit) == first
    second = world.svc.attach_scan(world.visit, world.scan("b.png", PNG))
    assert world.svc.scan_of(world.visit) == second
    stored = world.copies()
    assert [(c.id, c.deleted) for c in stored] == [(first.id, True), (second.id, False)]
    assert world.svc.export_scan(world.visit, world.folder / "x.png").read_bytes() == PNG
    assert world.svc.documents()[world.entry().id].has_scan


def test_the_signing_date_is_checked(world: World) -> None:
    for day, phrase in ((date(2026, 11, 21), "after today"), (date(2026, 11, 11), "before")):
        with pytest.raises(BadSignedDate) as caught:
            world.svc.sign(world.visit, day, None, world.revision())
        assert phrase in caught.value.describe("en")
    assert world.svc.state(world.visit).status is VisitStatus.PLANNED


def test_a_stale_revision_is_refused(world: World) -> None:
    revision = world.revision()
    with world.db.sessions.begin() as s:
        s.get_one(Visit, world.visit).place = "Hội trường"
    with pytest.raises(VisitChanged):
        world.svc.sign(world.visit, VISIT_DAY, None, revision)
    revision = world.svc.sign(world.visit, VISIT_DAY, None, world.revision())
    with world.db.sessions.begin() as s:
        s.get_one(Visit, world.visit).copies = 3  # bypassing the lock, as a merge might
    with pytest.raises(VisitChanged):
        world.svc.unlock(world.visit, "Sửa", revision)


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_unlock_needs_a_reason(world: World, reason: str) -> None:
    revision = world.svc.sign(world.visit, VISIT_DAY, None, world.revision())
    with pytest.raises(UnlockNeedsReason):
        world.svc.unlock(world.visit, reason, revision)
    assert world.svc.state(world.visit).signed and world.svc.unlocks(world.visit) == []


def test_unlock_is_logged_with_its_reason_and_clears_nothing_else(world: World) -> None:
    with pytest.raises(NotSigned):
        world.svc.unlock(world.visit, "Sửa", world.revision())
    world.svc.sign(world.visit, VISIT_DAY, world.scan("a.pdf", PDF), world.revision())
    revision = world.svc.unlock(world.visit, "  Bổ sung   ý kiến của đơn vị ", world.revision())
    state = world.svc.state(world.visit)
    assert state.status is VisitStatus.DRAFTED and state.revision == revision
    assert state.signed_on == VISIT_DAY and state.scan is not None  # kept
    with world.db.sessions() as s:
        entries = s.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.row_id == world.visit, ChangeLogEntry.field == "status"
            )
        ).all()
    unlock = next(e for e in entries if e.note)
    assert unlock.action is ChangeAction.UPDATE and unlock.table_name == "visit"
    assert (json.loads(unlock.old_value or ""), json.loads(unlock.new_value or "")) == (
        "signed",
        "drafted",
    )
    assert unlock.note == "Mở khóa: Bổ sung ý kiến của đơn vị"
    assert [e.note for e in entries].count("") == len(entries) - 1  # signing has no note
    (record,) = world.svc.unlocks(world.visit)
    assert record.reason == "Bổ sung ý kiến của đơn vị" and record.by == unlock.changed_by
    assert UNLOCK_NOTE == "Mở khóa: "


def test_set_status_neither_enters_nor_leaves_signed(world: World) -> None:
    with pytest.raises(UseMarkSigned) as caught:
        world.visits.set_status(world.visit, VisitStatus.SIGNED, world.revision())
    assert "Đánh dấu đã ký" in caught.value.describe("vi")
    revision = world.svc.sign(world.visit, VISIT_DAY, None, world.revision())
    for status in (VisitStatus.DRAFTED, VisitStatus.CANCELLED, VisitStatus.PLANNED):
        with pytest.raises(UseUnlock) as refused:
            world.visits.set_status(world.visit, status, revision)
        assert "Mở khóa" in refused.value.describe("vi")
    assert world.visits.set_status(world.visit, VisitStatus.SIGNED, revision) == revision
    assert world.svc.state(world.visit).signed


def test_a_signed_visit_refuses_edits_until_unlocked(world: World) -> None:
    finding = world.visits.add_finding(world.visit, FindingDraft(FindingKind.STRENGTH, "Tốt"))
    revision = world.svc.sign(world.visit, VISIT_DAY, None, world.revision())
    draft, _ = world.visits.general(world.visit)
    for call in (
        lambda: world.visits.update_general(world.visit, replace(draft, place="X"), revision),
        lambda: world.visits.add_attendee(world.visit, AttendeeDraft(AttendeeSide.OTHER, "A")),
        lambda: world.visits.set_finding_deleted(finding),
    ):
        with pytest.raises(VisitLocked) as caught:
            call()
        assert "Mở khóa" in caught.value.describe("vi")
    revision = world.svc.unlock(world.visit, "Sửa địa điểm", revision)
    world.visits.update_general(world.visit, replace(draft, place="X"), revision)
    world.visits.add_attendee(world.visit, AttendeeDraft(AttendeeSide.OTHER, "A"))
    assert world.visits.load(world.visit).general.place == "X"


def test_export_to_an_unwritable_place_is_worded(world: World) -> None:
    world.svc.sign(world.visit, VISIT_DAY, world.scan("a.pdf", PDF), world.revision())
    target = world.folder / "no such folder" / "a.pdf"
    with pytest.raises(ScanNotWritten) as caught:
        world.svc.export_scan(world.visit, target)
    assert str(target) in caught.value.describe("en")
    assert isinstance(caught.value, UserError)


def test_documents_report_signing_facts(world: World) -> None:
    facts = world.svc.documents()
    entry = world.entry()
    assert facts[entry.id].visit_id == world.visit and facts[entry.id].signed_on is None
    world.svc.sign(world.visit, VISIT_DAY, None, world.revision())
    fact = world.svc.documents()[entry.id]
    assert (fact.visit_status, fact.signed_on, fact.has_scan) == (
        VisitStatus.SIGNED,
        VISIT_DAY,
        False,
    )


def test_json_export_import_round_trips_the_scan(world: World, tmp_path: Path) -> None:
    content = PDF + bytes(range(256)) * 10
    world.svc.sign(world.visit, VISIT_DAY, world.scan("bản ký.pdf", content), world.revision())
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_json(world.db, first)
    data = json.loads(first.read_text(encoding="utf-8"))
    (record,) = data["tables"]["signed_copy"]
    assert record["file_name"] == "bản ký.pdf" and record["size"] == len(content)
    assert data["tables"]["issued_document"][0]["signed_on"] == "2026-11-12"
    copy = tmp_path / "copy.idb"
    import_json(copy, first)
    with open_file(copy) as db:
        export_json(db, second)
        scan = SigningService(db).scan_of(world.visit)
        assert scan is not None and scan.sha256 == hashlib.sha256(content).hexdigest()
        out = SigningService(db).export_scan(world.visit, tmp_path / "out.pdf")
        assert out.read_bytes() == content
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        ({"content": "not base64!"}, "not valid base64"),
        ({"content": 12}, "is not base64 text"),
        ({"sha256": "0" * 64}, "sha256 does not match"),
        ({"size": 3}, "does not match"),
    ],
)
def test_import_refuses_a_damaged_scan(
    world: World, tmp_path: Path, change: dict[str, object], phrase: str
) -> None:
    world.svc.sign(world.visit, VISIT_DAY, world.scan("a.pdf", PDF), world.revision())
    source = tmp_path / "export.json"
    export_json(world.db, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["tables"]["signed_copy"][0].update(change)
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.idb"
    with pytest.raises(ImportRejected) as caught:
        import_json(target, source)
    assert "signed_copy[0]" in caught.value.describe("en")
    assert phrase in caught.value.describe("en")
    assert not target.exists()


@pytest.mark.file_only
def test_a_file_of_the_previous_generation_checks_healthy_before_its_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "older.idb"
    new_file(path).close()
    engine = fileformat.make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.downgrade(conn, "0002_document_sha256")
            fileformat.stamp(conn, 2)
    finally:
        engine.dispose()
    report = check_file(path)
    assert report.healthy, report.problems
    assert "signed_copy" not in report.counts and report.counts["issued_document"] == 0
    assert any("upgraded" in note for note in report.notes)
    with open_file(path) as db:  # the upgrade brings the table
        assert SigningService(db).documents() == {}
    assert check_file(path).counts["signed_copy"] == 0
