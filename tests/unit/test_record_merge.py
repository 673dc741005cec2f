"""Three versions of one record compared field by field (services/record_merge.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from inspectdesk.services.record_merge import merge_record


@dataclass(frozen=True)
class Record:
    place: str = ""
    subject: str = ""
    copies: int = 2


ROW = uuid.uuid4()


def test_only_mine_changed_is_written_without_asking() -> None:
    merge = merge_record("visit", ROW, "Sở", Record(), {"place": "A"}, Record(subject="B"))
    assert merge.values == {"place": "A"} and merge.conflicts == ()
    assert merge.settled({}) == {"place": "A"}


def test_the_same_change_on_both_sides_needs_nothing() -> None:
    merge = merge_record("visit", ROW, "Sở", Record(), {"place": "A"}, Record(place="A"))
    assert merge.values == {} and merge.conflicts == ()


def test_both_changed_differently_is_a_conflict_decided_per_field() -> None:
    base, theirs = Record(place="X", copies=2), Record(place="T", copies=5)
    merge = merge_record("visit", ROW, "Sở", base, {"place": "M", "copies": 3}, theirs)
    assert [(c.table, c.row_id, c.field, c.mine, c.theirs, c.label) for c in merge.conflicts] == [
        ("visit", ROW, "place", "M", "T", "Sở"),
        ("visit", ROW, "copies", 3, 5, "Sở"),
    ]
    place, copies = (c.key for c in merge.conflicts)
    assert merge.settled({}) == {"place": "M", "copies": 3}  # undecided: keep mine
    assert merge.settled({place: "theirs", copies: "theirs"}) == {}
    assert merge.settled({place: ("edit", "E"), copies: "mine"}) == {"place": "E", "copies": 3}
