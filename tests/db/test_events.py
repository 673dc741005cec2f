"""Every write keeps text in NFC, keys in step, revisions counted and the change log whole."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from inspectdesk.db.audit import set_actor
from inspectdesk.db.database import Database
from inspectdesk.db.events import AppendOnlyViolation
from inspectdesk.db.models import ChangeLogEntry, Unit
from inspectdesk.domain.enums import ChangeAction
from inspectdesk.errors import RecordChanged
from inspectdesk.services.files import new_file
from inspectdesk.text import vn_sorted


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_file(tmp_path / "events.idb")
    yield database
    database.close()
    set_actor(None)


def _log(db: Database, row_id: object) -> list[ChangeLogEntry]:
    with db.sessions() as s:
        return list(
            s.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.row_id == row_id)
                .order_by(ChangeLogEntry.changed_at, ChangeLogEntry.field)
            )
        )


def test_decomposed_text_is_stored_in_nfc(db: Database) -> None:
    name = unicodedata.normalize("NFD", "UBND phường Liên Bảo")
    with db.sessions.begin() as s:
        unit = Unit(name=name, note=unicodedata.normalize("NFD", "Ghi chú"))
        s.add(unit)
    with db.sessions() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        assert stored.name == unicodedata.normalize("NFC", name)
        assert stored.note == "Ghi chú"
        assert stored.name_fold == "ubnd phuong lien bao"


def test_keys_follow_their_text(db: Database) -> None:
    with db.sessions.begin() as s:
        unit = Unit(name="Sở Nội vụ")
        s.add(unit)
    first_sort = unit.name_sort
    with db.sessions.begin() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        stored.name = "Sở Tư pháp"
    with db.sessions() as s:
        again = s.get(Unit, unit.id)
        assert again is not None
        assert again.name_fold == "so tu phap"
        assert again.name_sort != first_sort


def test_sql_order_by_the_sort_key_is_vietnamese_order(db: Database) -> None:
    names = [
        "Ủy ban",
        "Uỷ ban",
        "Ban Dân vận",
        "Đài Phát thanh",
        "Dân tộc",
        "ăn",
        "Âm nhạc",
        "an",
        "Ơn",
        "Ông",
        "Ô tô",
        "Thạch",
        "Thanh",
        "Thành",
        "Thánh",
        "Xã 10",
        "Xã 2",
    ]
    with db.sessions.begin() as s:
        s.add_all(Unit(name=n) for n in names)
    with db.sessions() as s:
        ordered = list(s.scalars(select(Unit.name).order_by(Unit.name_sort)))
    assert ordered == vn_sorted(names)
    assert ordered.index("Xã 2") < ordered.index("Xã 10")
    assert ordered.index("Dân tộc") < ordered.index("Đài Phát thanh")


def test_insert_update_delete_and_restore_are_logged(db: Database) -> None:
    set_actor("thuky@may-so-1")
    with db.sessions.begin() as s:
        unit = Unit(name="Trạm y tế xã Tập Sơn")
        s.add(unit)
    with db.sessions.begin() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        stored.name = "Trạm Y tế xã Tập Sơn"
        stored.admin_code = "29365"
    with db.sessions.begin() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        stored.deleted = True
    with db.sessions.begin() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        stored.deleted = False
    entries = _log(db, unit.id)
    actions = [(e.action, e.field) for e in entries]
    assert actions[0] == (ChangeAction.INSERT, "")
    assert (ChangeAction.UPDATE, "name") in actions
    assert (ChangeAction.UPDATE, "admin_code") in actions
    assert actions[-2:] == [(ChangeAction.DELETE, "deleted"), (ChangeAction.RESTORE, "deleted")]
    name_change = next(e for e in entries if e.field == "name")
    assert json.loads(name_change.old_value or "") == "Trạm y tế xã Tập Sơn"
    assert json.loads(name_change.new_value or "") == "Trạm Y tế xã Tập Sơn"
    assert all(e.changed_by == "thuky@may-so-1" for e in entries)
    assert not any(e.field.endswith(("_fold", "_sort")) for e in entries)
    with db.sessions() as s:
        final = s.get(Unit, unit.id)
        assert final is not None
        assert final.revision == 4
        assert final.updated_by == "thuky@may-so-1"


def test_an_unchanged_save_logs_nothing_and_keeps_the_revision(db: Database) -> None:
    with db.sessions.begin() as s:
        unit = Unit(name="Sở Y tế")
        s.add(unit)
    before = len(_log(db, unit.id))
    with db.sessions.begin() as s:
        stored = s.get(Unit, unit.id)
        assert stored is not None
        stored.name = "Sở Y tế"
    assert len(_log(db, unit.id)) == before
    with db.sessions() as s:
        assert s.get(Unit, unit.id).revision == 1  # type: ignore[union-attr]


def test_the_change_log_is_append_only(db: Database) -> None:
    with db.sessions.begin() as s:
        s.add(Unit(name="Sở Xây dựng"))
    with pytest.raises(AppendOnlyViolation), db.sessions.begin() as s:
        entry = s.scalars(select(ChangeLogEntry)).first()
        assert entry is not None
        entry.note = "sửa lịch sử"
    with pytest.raises(AppendOnlyViolation), db.sessions.begin() as s:
        entry = s.scalars(select(ChangeLogEntry)).first()
        s.delete(entry)


def test_a_stale_write_is_refused(db: Database) -> None:
    with db.sessions.begin() as s:
        unit = Unit(name="Sở Tài chính")
        s.add(unit)
    first, second = db.sessions(), db.sessions()
    try:
        mine = first.get(Unit, unit.id)
        first.commit()  # end the read: SQLite lets no one write while it is open
        theirs = second.get(Unit, unit.id)
        assert mine is not None and theirs is not None
        theirs.note = "sửa trước"
        second.commit()
        mine.note = "sửa sau"
        with pytest.raises(RecordChanged) as refused:  # a sentence for the user, not a crash
            first.commit()
        assert isinstance(refused.value.__cause__, StaleDataError)
        assert "cùng lúc" in refused.value.describe("vi")
    finally:
        first.close()
        second.close()
