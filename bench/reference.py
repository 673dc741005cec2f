"""Generate the reference data set of DESIGN.md into a new ``.idb`` file.

20,000 units in a province's tree (the province; ~30 departments with their public-service
units; ~10 districts and cities with their communes, schools and health stations), 2,000
plans, 50,000 visits, 500,000 findings, one recommendation per three findings and a
change-log INSERT entry for every row. Deterministic from ``--seed``; ``--scale`` shrinks
every count proportionally (tests use ``--scale 0.002``).

Usage::

    python bench/reference.py OUT.idb [--seed N] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import DeclarativeBase

from inspectdesk.db.models import (
    ChangeLogEntry,
    ChecklistItem,
    Finding,
    Plan,
    Recommendation,
    Unit,
    UnitKind,
    UnitLevel,
    Visit,
)
from inspectdesk.db.types import stored_sort_key
from inspectdesk.domain.enums import (
    ChangeAction,
    FindingKind,
    PlanStatus,
    RemediationStatus,
    VisitMode,
    VisitStatus,
)
from inspectdesk.services.files import new_file
from inspectdesk.text import fold

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
ACTOR = "bench"
BATCH = 50_000

SUBJECTS = (
    "Công chức",
    "Viên chức",
    "Cán bộ",
    "Người lao động",
    "Lãnh đạo phòng",
    "Công chức bộ phận một cửa",
    "Viên chức y tế",
    "Giáo viên",
    "Cán bộ, công chức, viên chức",
    "Người đứng đầu đơn vị",
)
ISSUES = (
    "đi làm muộn, về sớm so với quy định",
    "không đeo thẻ công chức trong giờ làm việc",
    "sử dụng điện thoại vào việc riêng trong giờ làm việc",
    "chưa niêm yết công khai thủ tục hành chính",
    "giải quyết hồ sơ quá hạn, chưa có văn bản xin lỗi",
    "chấp hành tốt nội quy, quy chế làm việc của cơ quan",
    "chưa mở sổ theo dõi hồ sơ tiếp nhận và trả kết quả",
    "thái độ giao tiếp với người dân chưa đúng mực",
    "thực hiện nghiêm quy định về phòng, chống dịch Covid-19",
    "rời vị trí làm việc không có lý do chính đáng",
    "chưa cập nhật văn bản trên hệ thống quản lý văn bản điều hành",
    "chủ động hướng dẫn người dân khai báo y tế điện tử",
)
PLACES = (
    "tại bộ phận tiếp nhận và trả kết quả",
    "tại phòng làm việc",
    "trong buổi kiểm tra đột xuất",
    "theo phản ánh của người dân qua đường dây nóng 1022",
    "tại thời điểm kiểm tra",
    "",
)
KIND_BY_ISSUE = {
    "chấp hành tốt nội quy, quy chế làm việc của cơ quan": FindingKind.STRENGTH,
    "thực hiện nghiêm quy định về phòng, chống dịch Covid-19": FindingKind.STRENGTH,
    "chủ động hướng dẫn người dân khai báo y tế điện tử": FindingKind.STRENGTH,
}
REMEDIES = (
    "chấn chỉnh ngay việc chấp hành thời giờ làm việc",
    "niêm yết đầy đủ, kịp thời thủ tục hành chính tại trụ sở",
    "tổ chức kiểm điểm, làm rõ trách nhiệm của cá nhân vi phạm",
    "mở sổ theo dõi và cập nhật đầy đủ hồ sơ tiếp nhận",
    "báo cáo kết quả khắc phục bằng văn bản về Sở Nội vụ",
    "quán triệt nội quy, quy chế làm việc đến toàn thể công chức",
)
SYLLABLES = (
    "An", "Bình", "Châu", "Đại", "Đông", "Hà", "Hải", "Hòa", "Hồng", "Hưng", "Khánh", "Kim",
    "Lạc", "Lâm", "Liên", "Long", "Minh", "Mỹ", "Nam", "Ngọc", "Nghĩa", "Phú", "Phúc",
    "Phong", "Quang", "Sơn", "Tân", "Thái", "Thanh", "Thịnh", "Thuận", "Tiến", "Trung",
    "Tường", "Vân", "Vĩnh", "Xuân", "Yên", "Đồng", "Lập", "Tam", "Hợp", "Định", "Bảo",
)  # fmt: skip
DEPARTMENTS = (
    "Nội vụ", "Tài chính", "Xây dựng", "Nông nghiệp và Môi trường", "Y tế",
    "Giáo dục và Đào tạo", "Công Thương", "Tư pháp", "Khoa học và Công nghệ",
    "Văn hóa, Thể thao và Du lịch", "Dân tộc và Tôn giáo", "Ngoại vụ",
)  # fmt: skip
AGENCIES = (
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Quản lý các khu công nghiệp",
    "Ban Quản lý dự án đầu tư xây dựng", "Đài Phát thanh và Truyền hình",
    "Trường Cao đẳng Nghề", "Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật",
)  # fmt: skip
SERVICE_UNITS = ("Trung tâm", "Chi cục", "Ban Quản lý", "Văn phòng")
SCHOOLS = ("Trường Mầm non", "Trường Tiểu học", "Trường THCS")

FULL = {"units": 20_000, "plans": 2_000, "visits": 50_000, "findings": 500_000}
"""The reference counts at ``--scale 1.0``."""


@dataclass(frozen=True)
class Counts:
    """How many rows of each kind a generated file holds."""

    units: int
    plans: int
    visits: int
    findings: int
    recommendations: int
    log_entries: int


def scaled(scale: float) -> dict[str, int]:
    """The reference counts multiplied by ``scale`` (at least a few of each)."""
    return {k: max(4 if k == "units" else 1, round(v * scale)) for k, v in FULL.items()}


def common(rng: random.Random) -> dict[str, Any]:
    """The columns every syncable row carries, with a UUID drawn from ``rng``."""
    return {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4),
        "created_at": NOW,
        "updated_at": NOW,
        "updated_by": ACTOR,
        "revision": 1,
        "deleted": False,
    }


def place_name(rng: random.Random) -> str:
    """A two-syllable Vietnamese place name such as “Tân Phú”."""
    first, second = rng.sample(SYLLABLES, 2)
    return f"{first} {second}"


class _Tree:
    """Builds unit rows: province → departments and districts → communes → schools."""

    def __init__(self, rng: random.Random, levels: dict[str, Any], kinds: dict[str, Any]):
        self.rng, self.levels, self.kinds = rng, levels, kinds
        self.rows: list[dict[str, Any]] = []

    def add(self, name: str, parent: Any, kind: str, level: str, code: str = "") -> Any:
        row = {
            **common(self.rng),
            "name": name,
            "name_fold": fold(name),
            "name_sort": stored_sort_key(name),
            "parent_id": parent,
            "kind_id": self.kinds[kind],
            "level_id": self.levels[level],
            "admin_code": code,
            "code_catalogue": "Danh mục ĐVHC Việt Nam" if code else "",
        }
        self.rows.append(row)
        return row["id"]

    def build(self, total: int, scale: float) -> list[dict[str, Any]]:
        rng = self.rng
        root = self.add("UBND tỉnh Vĩnh Phúc", None, "UBND cấp tỉnh", "Tỉnh", "26")
        n_depts = max(1, min(30, round(30 * scale)))
        n_districts = max(1, min(10, round(10 * scale)))
        depts = []
        for n in range(n_depts):
            if n < len(DEPARTMENTS):
                name = f"Sở {DEPARTMENTS[n]}"
            else:
                name = f"{AGENCIES[(n - len(DEPARTMENTS)) % len(AGENCIES)]}"
            depts.append(self.add(name, root, "Sở, ban, ngành", "Tỉnh"))
        districts = []
        for n in range(n_districts):
            city = n % 4 == 0
            name = f"UBND {'thành phố' if city else 'huyện'} {place_name(rng)}"
            districts.append(self.add(name, root, "UBND cấp huyện", "Huyện", f"{244 + n:03d}"))
        service_quota = len(self.rows) + max(0, (total - len(self.rows)) // 10)
        n = 0
        while len(self.rows) < service_quota:
            parent = depts[n % len(depts)]
            name = f"{rng.choice(SERVICE_UNITS)} {place_name(rng)}"
            self.add(name, parent, "Đơn vị sự nghiệp", "Tỉnh")
            n += 1
        commune_code = 8_000
        while len(self.rows) < total:
            district = districts[commune_code % len(districts)]
            place = place_name(rng)
            ward = rng.random() < 0.2
            commune = self.add(
                f"UBND {'phường' if ward else 'xã'} {place}",
                district,
                "UBND cấp xã",
                "Xã",
                f"{commune_code:05d}",
            )
            commune_code += 1
            for school in SCHOOLS:
                if len(self.rows) < total:
                    self.add(f"{school} {place}", commune, "Trường học", "Xã")
            if len(self.rows) < total:
                self.add(
                    f"Trạm Y tế {'phường' if ward else 'xã'} {place}", commune, "Trạm y tế", "Xã"
                )
        return self.rows


def _log(rows: list[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {
            "id": uuid.uuid5(row["id"], "insert"),
            "changed_at": NOW,
            "changed_by": ACTOR,
            "table_name": table,
            "row_id": row["id"],
            "action": ChangeAction.INSERT,
        }


def _write(conn: Connection, model: type[DeclarativeBase], rows: list[dict[str, Any]]) -> int:
    """Insert ``rows`` and their change-log entries in batches; return the row count."""
    table = str(model.__tablename__)
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        conn.execute(insert(model), chunk)
        conn.execute(insert(ChangeLogEntry), list(_log(chunk, table)))
    return len(rows)


def build(path: Path, seed: int = 2026, scale: float = 1.0) -> Counts:
    """Write the reference data set (scaled by ``scale``) to a new file at ``path``."""
    rng = random.Random(seed)
    want = scaled(scale)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".building")
    db = new_file(temp, overwrite=True)
    try:
        with db.engine.begin() as conn:
            levels = {r.name: r.id for r in conn.execute(select(UnitLevel.name, UnitLevel.id))}
            kinds = {r.name: r.id for r in conn.execute(select(UnitKind.name, UnitKind.id))}
            items = list(conn.scalars(select(ChecklistItem.id).order_by(ChecklistItem.id)))
            units = _Tree(rng, levels, kinds).build(want["units"], scale)
            _write(conn, Unit, units)
            visited = units[1:]
            plans = []
            for n in range(want["plans"]):
                year = 2017 + n * 10 // max(1, want["plans"])
                title = f"Kế hoạch kiểm tra công vụ năm {year} tại {rng.choice(visited)['name']}"
                plans.append(
                    {
                        **common(rng),
                        "number": f"{n % 200 + 1}/KH-SNV-{year}",
                        "title": title,
                        "title_fold": fold(title),
                        "title_sort": stored_sort_key(title),
                        "issuer": "Sở Nội vụ",
                        "status": PlanStatus.CLOSED if year < 2026 else PlanStatus.IN_PROGRESS,
                        "start_on": date(year, 1, 1) + timedelta(days=rng.randrange(330)),
                    }
                )
            _write(conn, Plan, plans)
            visits = []
            statuses = list(VisitStatus)
            for n in range(want["visits"]):
                plan = plans[n * len(plans) // want["visits"]]
                visits.append(
                    {
                        **common(rng),
                        "plan_id": plan["id"],
                        "unit_id": rng.choice(visited)["id"],
                        "mode": rng.choice((VisitMode.ANNOUNCED, VisitMode.UNANNOUNCED)),
                        "status": rng.choice(statuses),
                        "scheduled_on": plan["start_on"] + timedelta(days=rng.randrange(60)),
                    }
                )
            _write(conn, Visit, visits)
            del units, plans
            n_findings, n_recs = _findings(conn, rng, visits, items, want["findings"])
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    os.replace(temp, path)
    rows = want["units"] + want["plans"] + want["visits"] + n_findings + n_recs
    return Counts(want["units"], want["plans"], want["visits"], n_findings, n_recs, rows)


def _findings(
    conn: Connection, rng: random.Random, visits: list[dict[str, Any]], items: list[Any], total: int
) -> tuple[int, int]:
    """Write ``total`` findings over ``visits`` and a recommendation for every third one."""
    folds: dict[str, str] = {}
    findings: list[dict[str, Any]] = []
    recs: list[dict[str, Any]] = []
    written = [0, 0]

    def flush() -> None:
        written[0] += _write(conn, Finding, findings)
        written[1] += _write(conn, Recommendation, recs)
        findings.clear()
        recs.clear()

    per_visit = max(1, total // len(visits))
    for n in range(total):
        visit = visits[min(n // per_visit, len(visits) - 1)]
        issue = rng.choice(ISSUES)
        text = f"{rng.choice(SUBJECTS)} {issue} {rng.choice(PLACES)}".strip()
        folded = folds.get(text)
        if folded is None:
            folded = folds[text] = fold(text)
        kind = KIND_BY_ISSUE.get(issue) or rng.choice(
            (FindingKind.SHORTCOMING, FindingKind.SHORTCOMING, FindingKind.VIOLATION)
        )
        finding = {
            **common(rng),
            "visit_id": visit["id"],
            "item_id": rng.choice(items) if items else None,
            "kind": kind,
            "text": text,
            "text_fold": folded,
            "cause": "",
            "position": n % per_visit + 1,
        }
        findings.append(finding)
        if n % 3 == 0:
            remedy = f"Yêu cầu thủ trưởng đơn vị {rng.choice(REMEDIES)}"
            folded = folds.get(remedy)
            if folded is None:
                folded = folds[remedy] = fold(remedy)
            recs.append(
                {
                    **common(rng),
                    "visit_id": visit["id"],
                    "finding_id": finding["id"],
                    "text": remedy,
                    "text_fold": folded,
                    "responsible": "Thủ trưởng đơn vị",
                    "deadline": visit["scheduled_on"] + timedelta(days=30),
                    "status": rng.choice(list(RemediationStatus)),
                    "position": len(recs) + 1,
                }
            )
        if len(findings) == BATCH:
            flush()
    flush()
    return written[0], written[1]


def main(argv: list[str] | None = None) -> int:
    """Command line: build the file and print the counts and the time taken."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="the .idb file to write (replaced)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = build(args.out, args.seed, args.scale)
    elapsed = time.perf_counter() - start
    print(
        f"wrote {args.out}: {counts.units:,} units, {counts.plans:,} plans, "
        f"{counts.visits:,} visits, {counts.findings:,} findings, "
        f"{counts.recommendations:,} recommendations, {counts.log_entries:,} log entries "
        f"in {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
