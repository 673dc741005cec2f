"""The decision establishing the team (QĐ) and the plan document (KH) as Decree 30 .docx."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from inspectdesk.cli import main
from inspectdesk.db.models import IssuedDocument, Plan, Unit, Visit
from inspectdesk.documents.builtin import builtin_template
from inspectdesk.documents.decision import (
    DecisionData,
    TeamRoster,
    build_decision,
    head_of,
    sample_decision,
)
from inspectdesk.documents.minutes import ChecklistSectionLines, Participant
from inspectdesk.documents.plan_document import (
    PlanDocumentData,
    PlannedUnit,
    build_plan_document,
    sample_plan_document,
)
from inspectdesk.documents.templating import TemplateProblem
from inspectdesk.domain.enums import DocumentType, VisitMode
from inspectdesk.services.changes import ChangeBus, Changes
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.plan_documents import (
    DecisionService,
    PlanDocumentNotWritten,
    PlanDocumentService,
)
from inspectdesk.services.templates import TemplateStore

HOSTILE = ("<b>x</b>", "&", "{{ name }}", "{% if x %}")
WEIRD = " ".join(HOSTILE)
LONG = ("Nội dung rất dài " * 130)[:2000]
TODAY = date(2026, 11, 20)
CURRENT = "18/KH-UBND"


def decision(**changes: Any) -> DecisionData:
    return replace(sample_decision(), **changes)


def plan_doc(**changes: Any) -> PlanDocumentData:
    return replace(sample_plan_document(), **changes)


def render(data: DecisionData | PlanDocumentData) -> Any:
    if isinstance(data, DecisionData):
        return build_decision(data, builtin_template("decision"))
    return build_plan_document(data, builtin_template("plan"))


def reopen(tmp_path: Path, data: DecisionData | PlanDocumentData) -> Any:
    path = tmp_path / "doc.docx"
    render(data).save(str(path))
    return docx.Document(str(path))


def body_texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def all_text(doc: Any) -> str:
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([*body_texts(doc), *cells])


def in_order(texts: list[str], wanted: list[str]) -> None:
    positions = [next(i for i, t in enumerate(texts) if t.startswith(w)) for w in wanted]
    assert positions == sorted(positions), list(zip(wanted, positions, strict=True))


SAMPLES = {"decision": sample_decision, "plan": sample_plan_document}


# --- layout -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", SAMPLES)
def test_page_margins_fonts_and_page_numbers(kind: str, tmp_path: Path) -> None:
    doc = reopen(tmp_path, SAMPLES[kind]())
    section = doc.sections[0]

    def mm(length: Any) -> float:
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)
    runs = 0
    for part in (doc.element.body, section.header._element, section.first_page_header._element):
        for run in part.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            fonts = rpr.find(qn("w:rFonts"))
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                assert fonts.get(qn(slot)) == "Times New Roman"
            assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
            runs += 1
    assert runs > 30
    assert section.different_first_page_header_footer
    assert any("PAGE" in t.text for t in section.header._element.iter(qn("w:instrText")))
    assert not list(section.first_page_header._element.iter(qn("w:instrText")))


@pytest.mark.parametrize(
    ("kind", "number"), [("decision", "Số: 12/QĐ-SNV"), ("plan", "Số: 03/KH-SNV")]
)
def test_header_texts_number_and_zero_padded_date(kind: str, number: str, tmp_path: Path) -> None:
    doc = reopen(tmp_path, SAMPLES[kind]())
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND TỈNH VĨNH PHÚC",
        "SỞ NỘI VỤ",
        number,
    ]
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Vĩnh Yên, ngày 05 tháng 01 năm 2026",
    ]
    march = reopen(tmp_path, replace(SAMPLES[kind](), issued_on=date(2026, 3, 5)))
    assert "Vĩnh Yên, ngày 05 tháng 3 năm 2026" in all_text(march)


def test_decision_elements_in_order(tmp_path: Path) -> None:
    doc = reopen(tmp_path, sample_decision())
    texts = body_texts(doc)
    in_order(
        texts,
        [
            "QUYẾT ĐỊNH",
            "Về việc thành lập Đoàn kiểm tra công vụ năm 2026",
            "GIÁM ĐỐC SỞ NỘI VỤ",
            "Căn cứ Kế hoạch số 18/KH-UBND",
            "Theo đề nghị của Chánh Văn phòng Sở.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Thành lập Đoàn kiểm tra công vụ năm 2026",
            "- Ông Nguyễn Văn Thành – Phó Giám đốc Sở – Trưởng đoàn;",
            "- Ông Lê Minh Đức – Chuyên viên – Thư ký.",
            "Điều 2. Đoàn kiểm tra có nhiệm vụ:",
            "- Kiểm tra 12 cơ quan, đơn vị",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        ],
    )
    authority = next(p for p in doc.paragraphs if p.text == "GIÁM ĐỐC SỞ NỘI VỤ")
    assert all(run.bold for run in authority.runs)
    base = next(p for p in doc.paragraphs if p.text.startswith("Căn cứ"))
    assert base.text.endswith(";") and all(run.italic for run in base.runs)
    article = next(p for p in doc.paragraphs if p.text.startswith("Điều 1."))
    assert article.runs[0].bold and not article.runs[-1].bold
    last = [t for t in texts if t.strip()][-1]
    assert last.endswith("chịu trách nhiệm thi hành Quyết định này./.")
    recipients, signature = doc.tables[-1].rows[0].cells
    assert recipients.text.split("\n") == ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, ĐKT."]
    assert signature.text.split("\n")[0] == "GIÁM ĐỐC"


def test_decision_lists_every_team_with_kt_prefix_as_data(tmp_path: Path) -> None:
    teams = (
        TeamRoster("Đoàn kiểm tra số 1", (Participant("A", "Ông", "Chuyên viên", "Trưởng đoàn"),)),
        TeamRoster("Tổ kiểm tra đột xuất", (Participant("B", "Bà", "", "Thư ký"),), True),
    )
    data = decision(teams=teams, signer_titles=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), signer_name="C")
    doc = reopen(tmp_path, data)
    texts = body_texts(doc)
    in_order(
        texts,
        [
            "Điều 1. Thành lập 02 đoàn, tổ kiểm tra",
            "1. Đoàn kiểm tra số 1, gồm:",
            "- Ông A – Chuyên viên – Trưởng đoàn.",
            "2. Tổ kiểm tra đột xuất, gồm:",
            "- Bà B – Thư ký.",
            "Điều 2. Các đoàn, tổ kiểm tra có nhiệm vụ:",
        ],
    )
    signature = doc.tables[-1].rows[0].cells[1].text.split("\n")
    assert signature[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] and signature[-1] == "C"


def test_plan_elements_in_order_with_the_units_table(tmp_path: Path) -> None:
    doc = reopen(tmp_path, sample_plan_document())
    texts = body_texts(doc)
    in_order(
        texts,
        [
            "KẾ HOẠCH",
            "Kiểm tra công vụ năm 2026",
            "Căn cứ Luật Cán bộ, công chức",
            "Sở Nội vụ ban hành Kế hoạch kiểm tra công vụ năm 2026 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "2. Yêu cầu",
            "II. NỘI DUNG KIỂM TRA",
            "1. Kỷ luật, kỷ cương hành chính.",
            "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA",
            "1. Đối tượng kiểm tra",
            "Phạm vi kiểm tra: 50% các sở, ban, ngành.",
            "2. Thời gian kiểm tra",
            "Từ ngày 01/03/2026 đến ngày 31/12/2026.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Đoàn kiểm tra được thành lập theo Quyết định số 12/QĐ-SNV",
            "- Ông Nguyễn Văn Thành – Phó Giám đốc Sở – Trưởng đoàn.",
            "2. Trách nhiệm của Đoàn kiểm tra",
            "3. Trách nhiệm của các cơ quan, đơn vị được kiểm tra",
            "Trên đây là Kế hoạch kiểm tra công vụ năm 2026 của Sở Nội vụ.",
        ],
    )
    assert [t for t in texts if t.strip()][-1].endswith("triển khai thực hiện./.")
    body = list(doc.element.body.iterchildren())
    table = doc.tables[1]._tbl
    after = body[body.index(table) + 1]
    assert "".join(after.itertext()).startswith("Ngoài các cơ quan, đơn vị nêu trên")
    rows = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert rows == [
        ["STT", "Cơ quan, đơn vị", "Thời gian", "Hình thức"],
        ["1", "Sở Y tế", "09/03/2026", "Theo kế hoạch"],
    ]
    assert doc.tables[1].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    recipients, signature = doc.tables[-1].rows[0].cells
    assert recipients.text.startswith("Nơi nhận:") and signature.text.startswith("GIÁM ĐỐC")


def test_plan_never_names_unannounced_targets_or_undercover_teams(tmp_path: Path) -> None:
    data = plan_doc(
        units=(
            PlannedUnit("UBND xã Báo Trước", date(2026, 4, 1)),
            PlannedUnit("UBND xã Bí Mật", date(2026, 4, 2), unannounced=True),
            PlannedUnit("Trường Bí Mật", None, unannounced=True),
        ),
        teams=(
            TeamRoster("Đoàn công khai", (Participant("Công Khai", "Ông"),)),
            TeamRoster("Tổ ẩn danh", (Participant("Người Ẩn", "Bà"),), undercover=True),
        ),
    )
    text = all_text(reopen(tmp_path, data))
    assert "UBND xã Báo Trước" in text and "Công Khai" in text
    for secret in ("Bí Mật", "Tổ ẩn danh", "Người Ẩn", "02/04/2026"):
        assert secret not in text
    assert "kiểm tra đột xuất 02 cơ quan, đơn vị (không thông báo trước)" in text
    only_secret = plan_doc(units=(PlannedUnit("UBND xã Bí Mật", None, unannounced=True),))
    doc = reopen(tmp_path, only_secret)
    assert len(doc.tables) == 2  # header and closing: no units table
    assert "Bí Mật" not in all_text(doc)
    assert "Đoàn kiểm tra sẽ kiểm tra đột xuất 01 cơ quan, đơn vị" in all_text(doc)


@pytest.mark.parametrize("kind", SAMPLES)
def test_hostile_huge_and_empty_text_prints_literally(kind: str, tmp_path: Path) -> None:
    people = (Participant(WEIRD, "", LONG, "Trưởng đoàn"),)
    common: dict[str, Any] = {
        "subject": f"Kiểm tra {WEIRD}",
        "issuer_in_text": WEIRD,
        "legal_bases": (f"Căn cứ {WEIRD}", LONG),
        "purposes": (WEIRD, LONG),
        "teams": (TeamRoster(WEIRD, people),),
        "recipients": (WEIRD,),
        "signer_name": WEIRD,
    }
    if kind == "decision":
        data: Any = decision(**common, proposer=WEIRD, executors=(WEIRD,))
    else:
        data = plan_doc(
            **common,
            units=(PlannedUnit(WEIRD, date(2026, 5, 1)), PlannedUnit(LONG)),
            checklist=(ChecklistSectionLines(WEIRD, (WEIRD,)),),
            scope=(WEIRD,),
        )
    doc = reopen(tmp_path, data)
    text = all_text(doc)
    for piece in HOSTILE:
        assert piece in text
    assert LONG.strip() in text
    assert [t for t in body_texts(doc) if t.strip()][-1].endswith("./.")
    empty_cls = DecisionData if kind == "decision" else PlanDocumentData
    empty = empty_cls(
        superior="", issuer="", number="", place_name="", issued_on=date(2026, 1, 2), subject=""
    )
    empty_doc = reopen(tmp_path, empty)
    assert [t for t in body_texts(empty_doc) if t.strip()][-1].endswith("./.")
    assert "ngày 02 tháng 01 năm 2026" in all_text(empty_doc)


@pytest.mark.parametrize(
    ("issuer", "authority", "title"),
    [
        ("SỞ NỘI VỤ", "GIÁM ĐỐC SỞ NỘI VỤ", "GIÁM ĐỐC"),
        ("UBND TỈNH VĨNH PHÚC", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC", "CHỦ TỊCH"),
        ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC", "CHỦ TỊCH"),
        ("Thanh tra tỉnh", "CHÁNH THANH TRA TỈNH", "CHÁNH THANH TRA"),
        ("Hội Nông dân", "THỦ TRƯỞNG HỘI NÔNG DÂN", "THỦ TRƯỞNG"),
    ],
)
def test_head_of_an_issuing_body(issuer: str, authority: str, title: str) -> None:
    head = head_of(issuer)
    assert (head.authority, head.title) == (authority, title)


# --- the services and the command line, on the demo database -----------------------------


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.idb"
    shutil.copy(demo_master, copy)
    return copy


def _unnumber(path: Path) -> None:
    """Take the numbers off the current plan, as if its documents were never made."""
    with open_file(path) as db, db.sessions.begin() as s:
        plan = s.scalars(select(Plan).where(Plan.number == CURRENT)).one()
        plan.number, plan.issued_on = "", None
        plan.decision_number, plan.decision_date = "", None


def _current_plan(path: Path) -> Plan:
    with open_file(path) as db, db.sessions() as s:
        plan = s.scalars(select(Plan).where(Plan.title == "Kế hoạch kiểm tra công vụ năm 2026"))
        found = plan.one()
        s.expunge(found)
        return found


def _register(path: Path, doc_type: DocumentType) -> list[IssuedDocument]:
    with open_file(path) as db, db.sessions() as s:
        rows = list(s.scalars(select(IssuedDocument).where(IssuedDocument.doc_type == doc_type)))
        for row in rows:
            s.expunge(row)
        return rows


@pytest.mark.parametrize(
    ("service", "doc_type", "number"),
    [
        (DecisionService, DocumentType.DECISION, "01/QĐ-SNV"),
        (PlanDocumentService, DocumentType.PLAN, "01/KH-SNV"),
    ],
)
def test_numbered_once_and_kept_on_regeneration(
    service: Any, doc_type: DocumentType, number: str, demo: Path, tmp_path: Path
) -> None:
    _unnumber(demo)
    plan_id = _current_plan(demo).id
    before = len(_register(demo, doc_type))
    with open_file(demo) as db:
        first = service(db).write(plan_id, tmp_path / "a.docx", today=TODAY)
        again = service(db).write(str(plan_id), tmp_path / "b.docx", today=date(2026, 12, 1))
    entries = _register(demo, doc_type)
    assert len(entries) == before + 1
    entry = next(e for e in entries if e.plan_id == plan_id)
    assert entry.number == number and entry.issued_on == TODAY
    assert entry.file_name == "b.docx" and entry.sha256 and len(entry.sha256) == 64
    plan = _current_plan(demo)
    if doc_type is DocumentType.DECISION:
        assert (plan.decision_number, plan.decision_date) == (number, TODAY)
    else:
        assert (plan.number, plan.issued_on) == (number, TODAY)
    for path in (first, again):
        header = docx.Document(str(path)).tables[0].rows[0].cells
        assert f"Số: {number}" in header[0].text
        assert "Vĩnh Yên, ngày 20 tháng 11 năm 2026" in header[1].text


def test_gathering_numbers_the_plan_and_tells_the_screens(demo: Path) -> None:
    _unnumber(demo)
    seen: list[Changes] = []
    bus = ChangeBus()
    bus.subscribe(seen.append)
    with open_file(demo) as db:
        data = PlanDocumentService(db, bus).gather(_current_plan(demo).id, today=TODAY)
        again = PlanDocumentService(db, bus).gather("01/KH-SNV")  # found by its new number
    assert data.number == again.number == "01/KH-SNV"
    assert len(seen) == 1 and seen[0].touches("plan")
    assert data.subject == "Kiểm tra công vụ năm 2026"
    assert any(u.unannounced for u in data.units)  # the data knows; the document hides them


def test_a_numbered_plan_keeps_its_numbers(demo: Path, tmp_path: Path) -> None:
    with open_file(demo) as db:
        DecisionService(db).write(CURRENT, tmp_path / "qd.docx", today=TODAY)
        PlanDocumentService(db).write(CURRENT, tmp_path / "kh.docx", today=TODAY)
    assert not _register(demo, DocumentType.DECISION)
    qd = docx.Document(str(tmp_path / "qd.docx"))
    kh = docx.Document(str(tmp_path / "kh.docx"))
    assert "Số: 25/QĐ-SNV" in qd.tables[0].rows[0].cells[0].text
    assert kh.tables[0].rows[0].cells[0].text.split("\n")[:2] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH VĨNH PHÚC",
    ]
    assert "Số: 18/KH-UBND" in kh.tables[0].rows[0].cells[0].text
    text = all_text(qd)
    plan = "Kế hoạch số 18/KH-UBND ngày 17 tháng 12 năm 2025 của UBND tỉnh Vĩnh Phúc"
    assert f"Căn cứ {plan};" in text
    assert "Tổ kiểm tra đột xuất năm 2026" in text  # the decision is internal


def test_the_plan_document_hides_the_demo_unannounced_visits(demo: Path, tmp_path: Path) -> None:
    with open_file(demo) as db:
        with db.sessions() as s:
            plan = s.scalars(select(Plan).where(Plan.number == CURRENT)).one()
            hidden = set(
                s.scalars(
                    select(Unit.name)
                    .join(Visit, Visit.unit_id == Unit.id)
                    .where(Visit.plan_id == plan.id, Visit.mode == VisitMode.UNANNOUNCED)
                )
            )
        path = PlanDocumentService(db).write(CURRENT, tmp_path / "kh.docx", today=TODAY)
    assert hidden
    doc = docx.Document(str(path))
    text = all_text(doc)
    for name in hidden:
        assert name not in text
    assert f"kiểm tra đột xuất {len(hidden):02d} cơ quan, đơn vị" in text
    assert "Tổ kiểm tra đột xuất" not in text
    assert len(doc.tables[1].rows) > 3


def test_a_broken_template_uses_no_number_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    _unnumber(demo)
    store = TemplateStore(tmp_path / "mau")
    store.folder.mkdir()
    broken = docx.Document()
    broken.add_paragraph("{% if %}")
    broken.save(str(store.path_of("decision")))
    plan_id = _current_plan(demo).id
    with (
        open_file(demo) as db,
        pytest.raises(TemplateProblem, match=r"quyet-dinh-thanh-lap-doan\.docx"),
    ):
        DecisionService(db, templates=store).write(plan_id, tmp_path / "qd.docx", today=TODAY)
    assert not (tmp_path / "qd.docx").exists()
    assert _current_plan(demo).decision_number == ""
    assert not _register(demo, DocumentType.DECISION)


def test_an_unwritable_path_is_a_clear_error(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "khong-co" / "kh.docx"
    with open_file(demo) as db, pytest.raises(PlanDocumentNotWritten) as caught:
        PlanDocumentService(db).write(CURRENT, target, today=TODAY)
    assert "kế hoạch kiểm tra" in caught.value.describe("vi")
    assert "inspection plan" in caught.value.describe("en")


def test_cli_writes_both(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qd, kh = tmp_path / "qd.docx", tmp_path / "kh.docx"
    assert main(["decision", str(demo), "--plan", CURRENT, "-o", str(qd)]) == 0
    assert main(["plan-doc", str(demo), "--plan", CURRENT, "-o", str(kh)]) == 0
    out = capsys.readouterr().out
    assert "qd.docx" in out and "kh.docx" in out
    assert docx.Document(str(qd)).paragraphs[0].text == "QUYẾT ĐỊNH"
    assert docx.Document(str(kh)).paragraphs[0].text == "KẾ HOẠCH"
    missing = tmp_path / "x.docx"
    assert main(["plan-doc", str(demo), "--plan", "99/KH-XYZ", "-o", str(missing)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "99/KH-XYZ" in err
    assert not missing.exists()


# --- LibreOffice renders them as intended -------------------------------------------------


def test_libreoffice_renders_both(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    pypdf = pytest.importorskip("pypdf")
    many = tuple(PlannedUnit(f"UBND xã Số {i}", date(2026, 4, 1 + i % 28)) for i in range(40))
    sources = []
    for name, data in (("qd", sample_decision()), ("kh", plan_doc(units=many))):
        path = tmp_path / f"{name}.docx"
        render(data).save(str(path))
        sources.append(str(path))
    profile = (tmp_path / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(tmp_path), *sources],
        check=True,
        capture_output=True,
        timeout=240,
    )
    for name, title in (("qd", "QUYẾT ĐỊNH"), ("kh", "KẾ HOẠCH")):
        reader = pypdf.PdfReader(str(tmp_path / f"{name}.pdf"))
        first = [line.strip() for line in reader.pages[0].extract_text().splitlines()]
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
        assert "Độc lập - Tự do - Hạnh phúc" in first
        assert title in first and "1" not in first
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert "Nơi nhận:" in text and "./." in text
    reader = pypdf.PdfReader(str(tmp_path / "kh.pdf"))
    assert len(reader.pages) >= 3
    second = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    assert "2" in second[:3]
    assert any(line.startswith("STT") for line in second)  # the header row repeats
