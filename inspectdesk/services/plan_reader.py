"""Reading a parsed plan file into a plan draft and strata, naming lines on problems.

See :mod:`inspectdesk.services.plan_files` for the rules; this module does the reading,
:func:`~inspectdesk.services.plan_files.import_plan` the writing.
"""

from __future__ import annotations

import tomllib
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspectdesk.db.models import ChecklistTemplate, UnitKind, UnitLevel
from inspectdesk.domain.sampling import Stratum
from inspectdesk.errors import FileMissing
from inspectdesk.services.plan_lookup import Lookup, NameProblem
from inspectdesk.services.plan_toml import Locations
from inspectdesk.services.plans import PlanDraft
from inspectdesk.text import clean_line, clean_text, parse_short_date

MAX_PLAN_FILE_BYTES = 1 << 20  # a plan is a page of text; a megabyte is already absurd

DATES = {"issued": "issued_on", "start": "start_on", "end": "end_on"}
DATES["decision_date"] = "decision_date"
_TEXTS = {"number": 60, "title": 500, "issuer": 300, "decision_number": 60}
_LONG_TEXTS = ("legal_basis", "purpose", "note")
TOP_KEYS = ("number", "title", "issuer", "issued", "start", "end", "checklist", "seed")
EXTRA_KEYS = ("decision_number", "decision_date", "legal_basis", "purpose", "note")
SAMPLE_KEYS = ("kind", "level", "under", "percent", "count", "label")
_WHAT = {
    "unit": ("đơn vị", "unit"),
    "kind": ("loại đơn vị", "unit kind"),
    "level": ("cấp", "level"),
    "checklist": ("bộ nội dung kiểm tra", "checklist"),
}


class Bad(Exception):
    """A problem of the file: its line (0: the whole file) and the words for it."""

    def __init__(self, line: int, vi: str, en: str) -> None:
        super().__init__(line, vi, en)
        self.line, self.vi, self.en = line, vi, en


def read_text(path: Path) -> str:
    """The text of a plan file (UTF-8, a byte-order mark tolerated), of a sensible size."""
    if not path.exists():
        raise FileMissing(path=path)
    size = path.stat().st_size
    if size > MAX_PLAN_FILE_BYTES:
        raise Bad(0, f"tệp quá lớn ({size:,} byte)", f"the file is too large ({size:,} bytes)")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise Bad(line, "tệp không phải văn bản UTF-8", "the file is not UTF-8 text") from None


def parse(text: str) -> dict[str, Any]:
    """The TOML document; a syntax error names its line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = int(message.split("at line ")[1].split(",")[0]) if "at line " in message else 0
        detail = message.split(" (at line")[0]
        raise Bad(line, f"sai cú pháp TOML ({detail})", f"invalid TOML ({detail})") from None


class Reader:
    """Turns the parsed document into a plan draft and strata, naming lines on problems."""

    def __init__(self, s: Session, data: dict[str, Any], where: Locations) -> None:
        self.s = s
        self.data = data
        self.where = where
        self.units = Lookup.units(s)
        self.kinds = Lookup.of(s, UnitKind)
        self.levels = Lookup.of(s, UnitLevel)

    def plan(self) -> tuple[PlanDraft, int | None]:
        data, values = self.data, dict[str, Any]()
        for key in data:
            if key not in (*TOP_KEYS, *EXTRA_KEYS, "sample"):
                raise Bad(self.where.key(key), f"khóa lạ “{key}”", f"unknown key “{key}”")
        for key, limit in _TEXTS.items():
            values[key] = self._text(key, limit)
        if not values["title"]:
            raise Bad(self.where.key("title"), "thiếu tên kế hoạch (title)", "title is missing")
        for key in _LONG_TEXTS:
            values[key] = clean_text(self._string(key))
        for key, field in DATES.items():
            values[field] = self._date(key)
        if values["start_on"] and values["end_on"] and values["end_on"] < values["start_on"]:
            raise Bad(
                self.where.key("end"),
                "ngày kết thúc (end) trước ngày bắt đầu (start)",
                "end comes before start",
            )
        values["checklist_id"] = self._checklist()
        draft = PlanDraft(**values)
        return draft, self._seed()

    def _string(self, key: str, table: int | None = None, source: Any = None) -> str:
        value = (self.data if source is None else source).get(key, "")
        if not isinstance(value, str):
            raise Bad(self.where.key(key, table), f"“{key}” phải là chuỗi", f"“{key}” must be text")
        return value

    def _text(self, key: str, limit: int) -> str:
        value = clean_line(self._string(key))
        if len(value) > limit:
            raise Bad(
                self.where.key(key),
                f"“{key}” dài quá {limit} ký tự",
                f"“{key}” is longer than {limit} characters",
            )
        return value

    def _date(self, key: str) -> date | None:
        value = self.data.get(key)
        line = self.where.key(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            raise Bad(line, f"“{key}” chỉ ghi ngày, không ghi giờ", f"“{key}” takes a date only")
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return parse_short_date(value)
            except ValueError:
                pass
        raise Bad(
            line,
            f'“{key}” không phải ngày hợp lệ (ví dụ 2021-11-01 hoặc "01/11/2021")',
            f'“{key}” is not a valid date (e.g. 2021-11-01 or "01/11/2021")',
        )

    def _seed(self) -> int | None:
        value = self.data.get("seed")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
            raise Bad(
                self.where.key("seed"),
                "“seed” phải là số nguyên từ 0 đến 2147483647",
                "“seed” must be a whole number from 0 to 2147483647",
            )
        return value

    def _checklist(self) -> uuid.UUID | None:
        name = self._string("checklist")
        if not name.strip():
            return None
        rows = self.s.execute(
            select(ChecklistTemplate.id, ChecklistTemplate.name, ChecklistTemplate.family_id)
            .where(ChecklistTemplate.deleted.is_(False))
            .order_by(ChecklistTemplate.version.desc())
        ).all()
        latest: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
        for template_id, template_name, family in rows:
            latest.setdefault(family, (template_id, template_name))
        lookup = Lookup([(tid, tname, None) for tid, tname in latest.values()])
        return self._resolve(lookup, name, self.where.key("checklist"), "checklist")

    def _resolve(self, lookup: Lookup, name: str, line: int, what: str) -> uuid.UUID:
        """The row ``name`` stands for; ``what`` is a key of :data:`_WHAT`."""
        what_vi, what_en = _WHAT[what]
        try:
            return lookup.resolve(name)
        except NameProblem as exc:
            if exc.count:
                hint_vi = " (ghi cả đơn vị cấp trên: “Cấp trên > Tên”)" if what == "unit" else ""
                hint_en = " (write the parent too: “Parent > Name”)" if what == "unit" else ""
                raise Bad(
                    line,
                    f"có {exc.count} {what_vi} cùng tên “{name}”{hint_vi}",
                    f"{exc.count} {what_en}s are named “{name}”{hint_en}",
                ) from None
            raise Bad(
                line, f"không có {what_vi} nào tên “{name}”", f"no {what_en} is named “{name}”"
            ) from None

    def strata(self) -> list[Stratum]:
        tables = self.data.get("sample", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise Bad(
                self.where.key("sample"),
                "“sample” phải là các bảng [[sample]]",
                "“sample” must be [[sample]] tables",
            )
        return [self._stratum(index, table) for index, table in enumerate(tables)]

    def _stratum(self, index: int, table: dict[str, Any]) -> Stratum:
        where = self.where
        for key in table:
            if key not in SAMPLE_KEYS:
                raise Bad(where.key(key, index), f"khóa lạ “{key}”", f"unknown key “{key}”")
        kind = self._named(table, "kind", index, self.kinds, "kind")
        level = self._named(table, "level", index, self.levels, "level")
        raw_under = table.get("under", [])
        under_names = [raw_under] if isinstance(raw_under, str) else raw_under
        if not isinstance(under_names, list) or not all(isinstance(n, str) for n in under_names):
            raise Bad(
                where.key("under", index),
                "“under” phải là danh sách tên đơn vị",
                "“under” must be a list of unit names",
            )
        under: list[uuid.UUID] = []
        for position, name in enumerate(under_names):
            line = where.item("under", index, position)
            unit_id = self._resolve(self.units, name, line, "unit")
            if unit_id in under:
                raise Bad(line, f"“{name}” ghi hai lần", f"“{name}” is listed twice")
            under.append(unit_id)
        percent, count = table.get("percent"), table.get("count")
        if percent is not None and count is not None:
            line = max(where.key("percent", index), where.key("count", index))
            raise Bad(
                line,
                "một bảng [[sample]] chỉ ghi “percent” hoặc “count”, không ghi cả hai",
                "a [[sample]] table takes “percent” or “count”, not both",
            )
        if percent is None and count is None:
            raise Bad(
                where.key("", index),
                "bảng [[sample]] thiếu “percent” hoặc “count”",
                "the [[sample]] table has neither “percent” nor “count”",
            )
        if percent is not None and (
            isinstance(percent, bool)
            or not isinstance(percent, int | float)
            or not 0 <= percent <= 100
        ):
            raise Bad(
                where.key("percent", index),
                "“percent” phải là số từ 0 đến 100",
                "“percent” must be a number from 0 to 100",
            )
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 0
        ):
            raise Bad(
                where.key("count", index),
                "“count” phải là số nguyên không âm",
                "“count” must be a whole number, 0 or more",
            )
        label = clean_line(self._string("label", index, table))
        return Stratum(
            kind_id=kind,
            level_id=level,
            under=tuple(under),
            percent=None if percent is None else round(float(percent), 2),
            count=count,
            label=label,
        )

    def _named(
        self, table: dict[str, Any], key: str, index: int, lookup: Lookup, what: str
    ) -> uuid.UUID | None:
        if key not in table:
            return None
        name = self._string(key, index, table)
        return self._resolve(lookup, name, self.where.key(key, index), what)
