"""User-editable templates: sandboxed rendering, literal values, clear refusals, the store."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from inspectdesk.cli import main
from inspectdesk.db.models import IssuedDocument, Visit
from inspectdesk.documents.builtin import KINDS, builtin_template, sample_context
from inspectdesk.documents.templating import (
    Template,
    TemplateProblem,
    placeholders,
    render_docx,
    to_bytes,
)
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.services.demo import build_demo
from inspectdesk.services.files import open_file
from inspectdesk.services.minutes import MinutesService
from inspectdesk.services.templates import (
    TemplateStore,
    TemplateUnreadable,
    UnknownTemplateKind,
    check_template,
)


def template_with(*lines: str) -> Template:
    """A one-page template whose paragraphs are ``lines``."""
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    return Template("thu.docx", to_bytes(doc))


def rendered_text(template: Template, context: dict[str, Any]) -> str:
    doc = render_docx(template.content, context, name=template.name)
    return "\n".join(p.text for p in doc.paragraphs)


def test_values_print_literally() -> None:
    hostile = "<b>x</b> & {{ name }} {% if x %} {_{ }_} {_% %_} \"quotes\" 'single'"
    text = rendered_text(template_with("A: {{ value }}"), {"value": hostile, "name": "NO"})
    assert text == f"A: {hostile}"


def test_values_lose_characters_xml_cannot_hold_and_keep_line_breaks() -> None:
    doc = render_docx(
        template_with("{{ value }}").content, {"value": "một\x00\x07\x0chai\nba"}, name="t"
    )
    paragraph = doc.paragraphs[0]
    assert paragraph.text == "mộthai\nba"
    assert paragraph._p.findall(f".//{qn('w:br')}")


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("{{ missing_thing }}", "missing_thing"),
        ("{% for x in %}", "malformed"),
        ("{{ ''.__class__.__mro__ }}", "__class__"),
        ("{{ 'a' * 10000000 }}", "forbidden"),
        ("{{ 2 ** 100000 }}", "forbidden"),
        ("{% for i in range(10000000) %}{% endfor %}", "forbidden"),
    ],
)
def test_broken_or_hostile_templates_are_refused_with_a_reason(line: str, words: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_docx(template_with(line).content, {}, name="thu.docx")
    message = caught.value.describe("vi")
    assert "thu.docx" in message
    assert words in message or words in caught.value.describe("en")


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken", b"%PDF-1.7"])
def test_a_file_that_is_not_word_is_refused(content: bytes) -> None:
    with pytest.raises(TemplateProblem, match="Word"):
        render_docx(content, {}, name="x.docx")


@pytest.mark.parametrize("key", list(KINDS))
def test_every_builtin_template_renders_its_sample_and_uses_only_known_placeholders(
    key: str,
) -> None:
    template = builtin_template(key)
    context = sample_context(key)
    assert placeholders(template.content, name=key) <= set(context)
    doc = render_docx(template.content, context, name=key)
    texts = [p.text for p in doc.paragraphs]
    assert not any("{%" in t or "{{" in t for t in texts)
    assert [t for t in texts if t.strip()][-1].endswith("./.") or key == "report"


def test_short_rules_follow_the_text_above_them() -> None:
    template = builtin_template("minutes")
    context = sample_context("minutes")
    widths = []
    for issuer in ("Đoàn KT", "Đoàn kiểm tra công vụ số 1 của tỉnh"):
        doc = render_docx(template.content, {**context, "issuer": issuer}, name="m")
        cell = doc.tables[0].rows[0].cells[0]
        rule = next(p for p in cell.paragraphs if p.style.name == "ID Short Rule")
        widths.append(rule.paragraph_format.left_indent)
    assert widths[0] > widths[1]  # a longer issuer, a longer rule: smaller indents


# --- the store -------------------------------------------------------------------------


def edited_minutes(extra: str) -> bytes:
    """The built-in minutes template as a user would edit it in Word."""
    doc = docx.Document(io.BytesIO(builtin_template("minutes").content))
    doc.paragraphs[0].insert_paragraph_before(extra)
    return to_bytes(doc)


def test_store_uses_the_builtin_until_a_copy_is_installed(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "mau")
    assert store.template("minutes") == builtin_template("minutes")
    assert not any(s.custom for s in store.statuses())
    source = tmp_path / "sua.docx"
    source.write_bytes(edited_minutes("Mẫu của Văn phòng: {{ unit_name }}"))
    installed = store.install("minutes", source)
    assert installed == tmp_path / "mau" / "bien-ban-kiem-tra.docx"
    assert store.template("minutes").content == source.read_bytes()
    assert [s.custom for s in store.statuses() if s.key == "minutes"] == [True]
    kept = store.reset("minutes")
    assert kept is not None and kept.exists() and not installed.exists()
    assert store.template("minutes") == builtin_template("minutes")
    assert store.reset("minutes") is None


def test_store_refuses_a_broken_copy_and_installs_nothing(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "mau")
    source = tmp_path / "hong.docx"
    source.write_bytes(edited_minutes("{{ ten_don_vi_sai }}"))
    with pytest.raises(TemplateProblem, match="ten_don_vi_sai"):
        store.install("minutes", source)
    assert not (tmp_path / "mau").exists() or not any((tmp_path / "mau").iterdir())
    with pytest.raises(TemplateUnreadable):
        store.install("minutes", tmp_path / "missing.docx")
    with pytest.raises(UnknownTemplateKind):
        check_template("nope", builtin_template("minutes"))


def test_export_gives_the_builtin_bytes(tmp_path: Path) -> None:
    target = TemplateStore(tmp_path).export("minutes", tmp_path / "ra.docx")
    assert target.read_bytes() == builtin_template("minutes").content
    check_template("minutes", Template("ra.docx", target.read_bytes()))


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.idb"
    build_demo(path, today=date(2026, 11, 20))
    return path


def test_minutes_use_the_installed_copy(demo_master: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo.idb"
    demo.write_bytes(demo_master.read_bytes())
    store = TemplateStore(tmp_path / "mau")
    source = tmp_path / "sua.docx"
    source.write_bytes(edited_minutes("Bản của tổ thư ký — {{ unit_name }}"))
    store.install("minutes", source)
    with open_file(demo) as db:
        with db.sessions() as s:
            visit = s.query(Visit).filter(Visit.minutes_number != "").first()
            assert visit is not None
            visit_id = visit.id
        path = MinutesService(db, templates=store).write(visit_id, tmp_path / "bb.docx")
    first = docx.Document(str(path)).paragraphs[0].text
    assert first.startswith("Bản của tổ thư ký — ")


def test_a_broken_installed_copy_uses_no_number_and_writes_nothing(
    demo_master: Path, tmp_path: Path
) -> None:
    demo = tmp_path / "demo.idb"
    demo.write_bytes(demo_master.read_bytes())
    store = TemplateStore(tmp_path / "mau")
    store.folder.mkdir()
    store.path_of("minutes").write_bytes(edited_minutes("{% if %}"))  # copied there by hand
    with open_file(demo) as db:
        with db.sessions() as s:
            visit = (
                s.query(Visit)
                .filter(Visit.minutes_number == "", Visit.status != VisitStatus.CANCELLED)
                .first()
            )
            assert visit is not None
            visit_id = visit.id
            before = s.query(IssuedDocument).count()
        with pytest.raises(TemplateProblem, match=r"bien-ban-kiem-tra\.docx"):
            MinutesService(db, templates=store).write(visit_id, tmp_path / "bb.docx")
        with db.sessions() as s:
            assert s.query(IssuedDocument).count() == before
            assert s.get(Visit, visit_id).minutes_number == ""  # type: ignore[union-attr]
    assert not (tmp_path / "bb.docx").exists()


def test_command_line_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = ["--folder", str(tmp_path / "mau")]
    assert main(["templates", "list", *folder]) == 0
    assert "minutes" in capsys.readouterr().out
    target = tmp_path / "bb.docx"
    assert main(["templates", "export", "minutes", "-o", str(target), *folder]) == 0
    assert main(["templates", "check", "minutes", str(target)]) == 0
    assert main(["templates", "install", "minutes", str(target), *folder]) == 0
    capsys.readouterr()
    assert main(["templates", "list", "--json", *folder]) == 0
    assert '"custom": true' in capsys.readouterr().out
    bad = tmp_path / "bad.docx"
    bad.write_text("hello")
    assert main(["templates", "check", "minutes", str(bad)]) == 1
    assert "Word" in capsys.readouterr().err
    assert main(["templates", "check", "khong-co", str(target)]) == 1
    assert "khong-co" in capsys.readouterr().err
    assert main(["templates", "reset", "minutes", *folder]) == 0


@pytest.mark.parametrize("key", list(KINDS))
def test_docs_name_every_placeholder(key: str) -> None:
    guide = (Path(__file__).parents[2] / "docs" / "templates.md").read_text(encoding="utf-8")
    section = guide.split(f"— `{key}`", 1)
    assert len(section) == 2, f"docs/templates.md has no section for {key}"
    body = section[1].split("\n## ", 1)[0]
    missing = [name for name in sample_context(key) if f"`{name}`" not in body]
    assert not missing, f"docs/templates.md does not explain {missing} of {key}"
