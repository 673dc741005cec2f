"""A purpose-built province for the sampling tests: the demo's Vĩnh Phúc unit names.

``UBND tỉnh Vĩnh Phúc`` with its 12 departments and 9 districts (each with its communes,
as in the demo), plus a school under Vĩnh Yên and a health station under a commune, so
that a stratum's kind really filters. Shared by the db, cli and ui tests of sampling.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from sqlalchemy import select

from inspectdesk.db.models import Unit, UnitKind, UnitLevel
from inspectdesk.services import demo_data as data
from inspectdesk.services.files import new_file

ROOT = Path(__file__).resolve().parents[1]
PROVINCE = data.VP_PROVINCE[0]
DEPARTMENTS = tuple(name for name, _ in data.DEPARTMENTS)
DISTRICTS = {
    f"UBND {d}": tuple(f"UBND {c}" for c, _ in communes) for d, _, _, communes in data.DISTRICTS
}
HALF = (
    "UBND thành phố Vĩnh Yên",
    "UBND thành phố Phúc Yên",
    "UBND huyện Bình Xuyên",
    "UBND huyện Sông Lô",
)
THIRD = (
    "UBND huyện Tam Đảo",
    "UBND huyện Lập Thạch",
    "UBND huyện Vĩnh Tường",
    "UBND huyện Yên Lạc",
    "UBND huyện Tam Dương",
)


def build_province(path: Path) -> dict[str, uuid.UUID]:
    """Create the file at ``path`` with the province; return unit ids by name."""
    ids: dict[str, uuid.UUID] = {}
    with new_file(path) as db, db.sessions.begin() as s:
        kinds = {k.name: k.id for k in s.scalars(select(UnitKind))}
        levels = {lv.name: lv.id for lv in s.scalars(select(UnitLevel))}

        def add(name: str, parent: str | None, kind: str, level: str | None) -> None:
            unit = Unit(
                name=name,
                parent_id=ids[parent] if parent else None,
                kind_id=kinds[kind],
                level_id=levels[level] if level else None,
            )
            s.add(unit)
            s.flush()
            ids[name] = unit.id

        add(PROVINCE, None, "UBND cấp tỉnh", "Tỉnh")
        for name in DEPARTMENTS:
            add(name, PROVINCE, "Sở, ban, ngành", "Tỉnh")
        for district, communes in DISTRICTS.items():
            add(district, PROVINCE, "UBND cấp huyện", "Huyện")
            for commune in communes:
                add(commune, district, "UBND cấp xã", "Xã")
        add("Trường THCS Vĩnh Yên", "UBND thành phố Vĩnh Yên", "Trường học", "Huyện")
        add("Trạm y tế phường Liên Bảo", "UBND phường Liên Bảo", "Trạm y tế", "Xã")
    return ids


def seed_000_toml() -> str:
    """The example plan of ``docs/plan-format.md`` (its first ``toml`` block), as written."""
    text = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    match = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert match is not None, "docs/plan-format.md has no ```toml example"
    return match.group(1)
