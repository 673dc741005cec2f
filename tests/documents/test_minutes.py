"""The Decree 30 minutes (.docx): layout, literal text, numbering and the command line."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import func, select

from inspectdesk.cli import main
from inspectdesk.db.models import IssuedDocument, Visit
from inspectdesk.documents.builtin import builtin_template
from inspectdesk.documents.minutes import (
    ChecklistSectionLines,
    MinutesData,
    Participant,
    RecommendationLine,
    build_minutes,
    write_minutes,
)
from inspectdesk.domain.enums import DocumentType, VisitStatus
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.minutes import MinutesService

MINUTES = builtin_template("minutes")
HOSTILE = ("<b>x</b>", "&", "{{ name }}", "{% if x %}")
HEADINGS = (
    "I. THÀNH PHẦN",
    "II. NỘI DUNG KIỂM TRA",
    "III. KẾT QUẢ KIỂM TRA",
    "IV. KIẾN NGHỊ",
    "V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA",
)


def sample(**changes: Any) -> MinutesData:
    data = MinutesData(
        superior="UBND tỉnh Vĩnh Phúc",
        issuer="Đoàn kiểm tra công vụ",
        number="05/BB-ĐKT",
        place_name="Vĩnh Yên",
        issued_on=date(2021, 11, 8),
        subject="Kiểm tra công vụ tại UBND xã Tam Hồng",
        activity="kiểm tra công vụ tại UBND xã Tam Hồng",
        unit_name="UBND xã Tam Hồng",
        legal_bases=(
            "Căn cứ Quyết định số 1234/QĐ-UBND ngày 29 tháng 10 năm 2021 của UBND tỉnh",
            "Căn cứ Kế hoạch số 230/KH-UBND ngày 28 tháng 10 năm 2021 của UBND tỉnh",
        ),
        start=datetime(2021, 11, 8, 8, 30),
        place="Trụ sở UBND xã Tam Hồng",
        team=(
            Participant("Nguyễn Văn Thành", "Ông", "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn"),
            Participant("Vũ Thị Lan Anh", "Bà", "Chuyên viên", "Thư ký"),
        ),
        unit_representatives=(Participant("Lê Văn Bình", "Ông", "Chủ tịch UBND xã"),),
        checklist=(ChecklistSectionLines("Chấp hành thời giờ làm việc", ("Giờ đến", "Giờ về")),),
        strengths=("Niêm yết công khai thủ tục hành chính",),
        shortcomings=("Chưa đeo thẻ công chức",),
        violations=("Đi muộn 30 phút",),
        causes=("Chưa quán triệt",),
        recommendations=(RecommendationLine("Chấn chỉnh", "Chủ tịch UBND xã", date(2026, 12, 18)),),
        unit_opinion="Nhất trí.",
        end=datetime(2021, 11, 8, 15, 0),
        copies=2,
        unit_signer="Lê Văn Bình",
        leader="Nguyễn Văn Thành",
        secretary="Vũ Thị Lan Anh",
    )
    return replace(data, **changes)


def reopen(tmp_path: Path, data: MinutesData) -> Any:
    path = write_minutes(data, tmp_path / "bb.docx", MINUTES)
    return docx.Document(str(path))


def body_texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def all_text(doc: Any) -> str:
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([*body_texts(doc), *cells])


def test_page_and_margins(tmp_path: Path) -> None:
    section = reopen(tmp_path, sample()).sections[0]

    def mm(length: Any) -> float:
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)


def test_every_run_is_times_new_roman_vietnamese(tmp_path: Path) -> None:
    doc = reopen(tmp_path, sample())
    section = doc.sections[0]
    runs = 0
    for part in (doc.element.body, section.header._element):
        for run in part.iter(qn("w:r")):
            fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                assert fonts.get(qn(slot)) == "Times New Roman"
            assert run.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
            runs += 1
    assert runs > 50


def test_header_texts_in_order(tmp_path: Path) -> None:
    doc = reopen(tmp_path, sample())
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND TỈNH VĨNH PHÚC",
        "ĐOÀN KIỂM TRA CÔNG VỤ",
        "Số: 05/BB-ĐKT",
    ]
    lines = [p for p in right.paragraphs if p.text]
    assert [p.text for p in lines] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Vĩnh Yên, ngày 08 tháng 11 năm 2021",
    ]
    assert lines[0].runs[0].bold and lines[1].runs[0].bold and lines[2].runs[0].italic
    assert lines[1].runs[0].font.size.pt == 14
    assert lines[1]._p.pPr.find(qn("w:pBdr")) is not None  # the rule under the motto
    assert left.paragraphs[1].runs[0].bold and not left.paragraphs[0].runs[0].bold
    assert right.width > left.width


def test_date_zero_padding(tmp_path: Path) -> None:
    doc = reopen(tmp_path, sample(issued_on=date(2020, 3, 5), start=datetime(2020, 3, 5, 8, 0)))
    text = all_text(doc)
    assert "Vĩnh Yên, ngày 05 tháng 3 năm 2020" in text
    assert "vào hồi 08 giờ 00 phút, ngày 05 tháng 3 năm 2020" in text


def test_sections_in_order_and_ending(tmp_path: Path) -> None:
    texts = body_texts(reopen(tmp_path, sample()))
    order = ["BIÊN BẢN", "Kiểm tra công vụ tại UBND xã Tam Hồng", *HEADINGS]
    positions = [texts.index(t) for t in order]
    assert positions == sorted(positions)
    assert texts[2].startswith("Căn cứ") is False  # the rule paragraph sits between
    bases = [t for t in texts if t.startswith("Căn cứ")]
    assert bases[0].endswith(";") and bases[-1].endswith(".")
    opening = next(t for t in texts if t.startswith("Hôm nay"))
    assert opening == (
        "Hôm nay, vào hồi 08 giờ 30 phút, ngày 08 tháng 11 năm 2021, tại Trụ sở UBND xã Tam "
        "Hồng, Đoàn kiểm tra tiến hành kiểm tra công vụ tại UBND xã Tam Hồng."
    )
    assert "- Ông Nguyễn Văn Thành – Phó Giám đốc Sở Nội vụ – Trưởng đoàn;" in texts
    assert "- Vi phạm: Đi muộn 30 phút." in texts
    assert "- Chấn chỉnh (thực hiện: Chủ tịch UBND xã; thời hạn: trước ngày 18/12/2026)." in texts
    body_end = [t for t in texts if t.strip()][-1]
    assert body_end.endswith("./.")
    assert body_end.startswith("Biên bản kết thúc vào hồi 15 giờ 00 phút cùng ngày")
    assert "lập thành 02 bản" in body_end and "đơn vị được kiểm tra giữ 01 bản./." in body_end


def test_page_numbers_from_page_two(tmp_path: Path) -> None:
    section = reopen(tmp_path, sample()).sections[0]
    assert section.different_first_page_header_footer
    instructions = [t.text for t in section.header._element.iter(qn("w:instrText"))]
    assert any("PAGE" in i for i in instructions)
    assert not list(section.first_page_header._element.iter(qn("w:instrText")))


def test_signature_titles(tmp_path: Path) -> None:
    table = reopen(tmp_path, sample()).tables[-1]
    first, second = table.rows
    assert first.cells[0].text.split("\n")[0] == "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"
    assert first.cells[1].text.split("\n")[:2] == ["TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"]
    assert first.cells[0].text.endswith("Lê Văn Bình")
    assert first.cells[1].text.endswith("Nguyễn Văn Thành")
    assert second.cells[0].text.startswith("THƯ KÝ")
    assert second.cells[0].text.endswith("Vũ Thị Lan Anh")


def test_hostile_and_huge_text_prints_literally(tmp_path: Path) -> None:
    long_finding = ("Tồn tại " * 250)[:2000]
    word = "x" * 500
    weird = " ".join(HOSTILE)
    data = sample(
        subject=f"Kiểm tra {weird}",
        strengths=(weird, word),
        shortcomings=(long_finding,),
        unit_opinion=f"{weird}\nDòng hai\x00\x07",
        team=(Participant(weird, "", "", "Trưởng đoàn"),),
    )
    text = all_text(reopen(tmp_path, data))
    for piece in HOSTILE:
        assert piece in text
    assert f"- {weird};" in text and word in text and long_finding.strip() in text
    assert "Dòng hai" in text


def test_empty_fields_say_none(tmp_path: Path) -> None:
    data = MinutesData(
        superior="",
        issuer="",
        number="",
        place_name="",
        issued_on=date(2026, 1, 2),
        subject="",
        activity="",
        unit_name="",
    )
    texts = body_texts(reopen(tmp_path, data))
    assert texts.count("Không có.") >= 9
    assert [texts.index(h) for h in HEADINGS] == sorted(texts.index(h) for h in HEADINGS)
    assert "Hôm nay, ngày 02 tháng 01 năm 2026, tại …, Đoàn kiểm tra tiến hành kiểm tra." in texts
    assert [t for t in texts if t][-1].endswith("./.")


def test_write_is_atomic_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "bb.docx"
    target.write_bytes(b"old")
    write_minutes(sample(), target, MINUTES)
    assert docx.Document(str(target)).paragraphs
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bb.docx"]
    assert build_minutes(sample(), MINUTES) is not None


# --- the service and the command line, on the demo database ---------------------------


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=date(2026, 11, 20))
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.idb"
    shutil.copy(demo_master, copy)
    return copy


def _visit(path: Path, *, numbered: bool) -> uuid.UUID:
    with open_file(path) as db, db.sessions() as s:
        visits = s.scalars(
            select(Visit).where(Visit.deleted.is_(False)).order_by(Visit.scheduled_on)
        ).all()
        return next(
            v.id
            for v in visits
            if bool(v.minutes_number) is numbered and v.status is not VisitStatus.CANCELLED
        )


def _register_count(path: Path) -> int:
    with open_file(path) as db, db.sessions() as s:
        return (
            s.scalar(select(func.count()).where(IssuedDocument.doc_type == DocumentType.MINUTES))
            or 0
        )


def test_service_numbers_once_and_keeps_it(demo: Path, tmp_path: Path) -> None:
    visit_id = _visit(demo, numbered=False)
    before = _register_count(demo)
    with open_file(demo) as db:
        service = MinutesService(db)
        first = service.gather(visit_id)
        again = service.gather(str(visit_id))
        service.write(visit_id, tmp_path / "a.docx")
        with db.sessions() as s:
            stored = s.get(Visit, visit_id)
            assert stored is not None and stored.minutes_number == first.number
    assert first.number == again.number
    assert "/BB-" in first.number and first.number[:2].isdigit()
    assert _register_count(demo) == before + 1
    header = docx.Document(str(tmp_path / "a.docx")).tables[0].rows[0].cells[0].text
    assert f"Số: {first.number}" in header


def test_service_fills_the_minutes_from_the_visit(demo: Path) -> None:
    visit_id = _visit(demo, numbered=True)
    with open_file(demo) as db:
        data = MinutesService(db).gather(visit_id)
    assert data.number and data.team and data.unit_representatives and data.checklist
    assert data.leader and data.secretary and data.unit_signer
    assert data.legal_bases[0].startswith("Căn cứ Quyết định số")
    assert data.start is not None and data.start.hour >= 7  # Vietnam time, not UTC


def test_cli_writes_minutes(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bb.docx"
    visit_id = _visit(demo, numbered=True)
    assert main(["minutes", str(demo), "--visit", str(visit_id), "-o", str(out)]) == 0
    assert out.exists()
    assert docx.Document(str(out)).paragraphs[0].text == "BIÊN BẢN"
    assert "bb.docx" in capsys.readouterr().out


def test_cli_refuses_unknown_visit(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bb.docx"
    assert main(["minutes", str(demo), "--visit", "99/BB-XYZ", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "99/BB-XYZ" in err
    assert not out.exists()


# --- LibreOffice renders it as intended -----------------------------------------------


def test_libreoffice_renders_one_line_header(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    pypdf = pytest.importorskip("pypdf")
    long_data = sample(strengths=tuple(f"Ưu điểm số {i} " * 8 for i in range(30)))
    source = write_minutes(long_data, tmp_path / "bb.docx", MINUTES)
    profile = (tmp_path / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    reader = pypdf.PdfReader(str(tmp_path / "bb.pdf"))
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text().splitlines()
    assert any(line.strip() == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" for line in first)
    assert any(line.strip() == "Độc lập - Tự do - Hạnh phúc" for line in first)
    assert "1" not in [line.strip() for line in first]  # no page number on page 1
    second = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    assert "2" in second[:3]
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        210,
        297,
    )


def test_a_cancelled_visit_has_no_minutes_and_nothing_is_numbered(tmp_path: Path) -> None:
    from inspectdesk.cli import main
    from inspectdesk.db.models import IssuedDocument
    from inspectdesk.domain.enums import VisitStatus
    from inspectdesk.services import listing
    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.files import open_file

    path = tmp_path / "demo.idb"
    build_demo(path, today=date(2026, 11, 20))
    with open_file(path) as db:
        visit = next(
            v
            for v in listing.list_visits(db, statuses=[VisitStatus.CANCELLED])
            if not v.minutes_number
        )
        with db.sessions() as s:
            before = s.query(IssuedDocument).count()
    out = tmp_path / "x.docx"
    assert main(["minutes", str(path), "--visit", str(visit.id), "-o", str(out)]) == 1
    assert not out.exists()
    with open_file(path) as db, db.sessions() as s:
        assert s.query(IssuedDocument).count() == before
