"""``inspectdesk progress`` and ``inspectdesk answers`` on the demo database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from inspectdesk.db.models import Finding, Person
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file

Cli = Callable[..., Any]
TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("progress-cli") / "demo.idb"
    build_demo(path, today=TODAY)
    return path


def test_monthly_pdf(demo_template: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "thang.pdf"
    result = cli(
        "progress", demo_template, "--month", "2021-11", "--today", "2026-11-20", "-o", out
    )
    assert result.code == 0, result.err
    assert str(out) in result.out
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "BÁO CÁO TIẾN ĐỘ KIỂM TRA THÁNG 11 NĂM 2021" in text


def test_weekly_xlsx(demo_template: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "tuan.xlsx"
    assert cli("progress", demo_template, "--week", "2021-11-10", "--xlsx", "-o", out).code == 0
    sheet = load_workbook(out).worksheets[1]
    assert sheet.title == "Tiến độ theo ngày"
    assert sheet["A6"].value == "Thứ Hai, 08/11/2021"


@pytest.mark.parametrize(
    "args",
    [
        ("--month", "2021-13"),
        ("--month", "11/2021"),
        ("--week", "2021-02-30"),
        ("--week", "2021-11-10", "--month", "2021-11"),
        (),
    ],
)
def test_bad_periods_are_refused(
    demo_template: Path, tmp_path: Path, cli: Cli, args: tuple[str, ...]
) -> None:
    out = tmp_path / "x.pdf"
    result = cli("progress", demo_template, *args, "-o", out)
    assert result.code != 0
    assert "Traceback" not in result.err
    assert not out.exists()


def test_answers_of_a_head(demo_template: Path, tmp_path: Path, cli: Cli) -> None:
    with open_file(demo_template, readonly=True) as db, db.sessions() as s:
        name = s.scalars(
            select(Person.full_name)
            .join(Finding, Finding.responsible_person_id == Person.id)
            .where(Person.job_title == "Chủ tịch UBND xã Tập Sơn")  # inspected in 2024
            .distinct()
        ).one()
    out = tmp_path / "answers.xlsx"
    result = cli(
        "answers",
        demo_template,
        "--person",
        name.upper(),
        "--year",
        "2024",
        "--today",
        "2026-11-20",
        "-o",
        out,
    )
    assert result.code == 0, result.err
    sheet = load_workbook(out).active
    assert sheet["A2"].value.startswith(name)
    assert sheet.max_row > 5  # at least one row under the heading
    missing = cli(
        "answers",
        demo_template,
        "--person",
        "Không Có Ai",
        "--year",
        "2024",
        "-o",
        tmp_path / "none.xlsx",
    )
    assert missing.code != 0 and "Không tìm thấy" in missing.err
    assert not (tmp_path / "none.xlsx").exists()
