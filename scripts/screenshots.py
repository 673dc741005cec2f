#!/usr/bin/env python3
"""Render every main screen and editor of the demo database to ``docs/screenshots/*.png``.

    python scripts/screenshots.py [--out FOLDER] [--lang vi|en]

Runs offscreen (no display needed). Look at the pictures after every UI change: text
must not be cut off, Vietnamese diacritics must render, nothing may overlap.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DEMO_TODAY = date(2026, 11, 20)
PAGES = ("overview", "units", "plans", "visits", "findings", "remediation", "documents", "leads")


def merge_dialog_shot(window: Any, folder: Path) -> Any:
    """The Merge dialog on another secretary's copy of the open file, with real conflicts."""
    from sqlalchemy import select

    from inspectdesk.db.models import Finding, Recommendation, Unit, Visit
    from inspectdesk.services.files import open_file
    from inspectdesk.services.maintenance import save_copy
    from inspectdesk.ui.merge_dialog import MergeAction

    db = window.workspace.db
    other = save_copy(db, folder / "Hồ sơ của đồng chí Minh.idb")
    with db.sessions() as s:
        finding = s.scalars(select(Finding).order_by(Finding.id)).first()
        rec = s.scalars(select(Recommendation).order_by(Recommendation.id)).first()
        visit = s.scalars(select(Visit).where(Visit.place != "").order_by(Visit.id)).first()
        ids = (finding.id, rec.id, visit.id)

    def change(session: Any, text: str, deadline: date) -> None:
        session.get(Finding, ids[0]).text = text
        session.get(Recommendation, ids[1]).deadline = deadline

    mine_text = "Chưa niêm yết công khai thủ tục hành chính tại Bộ phận một cửa"
    their_text = "Chưa niêm yết đầy đủ 12/15 thủ tục hành chính; niêm yết bản đã hết hiệu lực"
    with db.sessions.begin() as s:
        change(s, mine_text, date(2026, 12, 31))
    with open_file(other, backup_folder=folder) as theirs, theirs.sessions.begin() as s:
        change(s, their_text, date(2027, 1, 15))
        s.get(Visit, ids[2]).place = "Hội trường tầng 2, trụ sở UBND"
        s.add(Unit(name="UBND xã Hợp Thịnh"))
    action = window.findChild(MergeAction)
    action.preview(other)
    return action.dialog


def connect_dialog_shot() -> Any:
    """File → Connect to server…, filled in, after a test that found no server there."""
    from inspectdesk.db.server import ServerUnreachable
    from inspectdesk.ui.server_connect import ConnectDialog

    dialog = ConnectDialog(["postgresql://thu_ky@10.0.0.5:5432/inspectdesk"])
    dialog.host.setText("10.0.0.6")
    dialog.user.setText("thu_ky")
    dialog.password.setText("mật khẩu")
    unreachable = ServerUnreachable(
        host="10.0.0.6",
        port=5432,
        user="thu_ky",
        database="inspectdesk",
        url="postgresql://thu_ky@10.0.0.6:5432/inspectdesk",
    )
    dialog.outcome.setText(unreachable.describe("vi"))
    return dialog


def save_conflict_shot(db: Any) -> Any:
    """The dialog after a refused save of a visit's place and number of copies."""
    from inspectdesk.services import listing
    from inspectdesk.services.merge_plan import Conflict
    from inspectdesk.services.merge_report import describe_conflicts
    from inspectdesk.ui.save_conflict_dialog import SaveConflictDialog

    visit = listing.list_visits(db)[0]
    conflicts = [
        Conflict("visit", visit.id, "place", "Phòng họp tầng 2", "Hội trường A", visit.unit),
        Conflict("visit", visit.id, "copies", 3, 4, visit.unit),
    ]
    who = "lan@MAY-SO-2 đã lưu lúc 10:42 20/11/2026."
    return SaveConflictDialog(who, conflicts, describe_conflicts(conflicts, None, db))


def import_sheet(path: Path) -> Path:
    """An old list of units as secretaries keep them: title rows, TCVN3 cells, a totals row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    ws = workbook.active
    ws.title = "DS don vi"
    ws.append(["UBND TỈNH VĨNH PHÚC"])
    ws.append(["DANH SÁCH CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI KIỂM TRA NĂM 2025"])
    ws.merge_cells("A2:H2")
    ws.append([])
    ws.append(
        [
            "STT",
            "Tên đơn vị",
            "Trực thuộc",
            "Mã ĐVHC",
            "Cấp",
            "Người đứng đầu",
            "Chức vụ",
            "Ghi chú",
        ]
    )
    rows = [
        [
            "UBND phường Liên Bảo",
            "UBND thành phố Vĩnh Yên",
            "08710",
            "Xã",
            "Nguyễn Thị Hoa",
            "Chủ tịch",
            "",
        ],
        [
            "UBND x· §¹i §×nh",
            "UBND huyÖn Tam §¶o",
            "08923",
            "X·",
            "NguyÔn V¨n Hïng",
            "Chñ tÞch",
            "",
        ],
        ["UBND x· Tam Quan", "UBND huyÖn Tam §¶o", "08926", "X·", "TrÇn ThÞ Lan", "Chñ tÞch", ""],
        [
            "Trung tâm Phục vụ hành chính công",
            "Sở Nội vụ",
            "",
            "Tỉnh",
            "Lê Minh Tuấn",
            "Giám đốc",
            "",
        ],
        ["Phòng Nội vụ", "UBND huyện Tam Dương mới", "", "", "", "", "đơn vị mới"],
        ["", "UBND huyện Sông Lô", "", "Xã", "", "", "chưa rõ tên"],
        ["UBND xã Đạo Trù", "UBND huyện Tam Đảo", "08920", "Cấp xã", "", "", ""],
        ["UBND xã Đạo Trù", "UBND huyện Tam Đảo", "08920", "Xã", "", "", "ghi trùng"],
    ]
    for index, row in enumerate(rows, start=1):
        ws.append([index, *row])
    for cell in ("B6", "C6", "E6", "F6", "G6", "B7", "C7", "E7", "F7", "G7"):
        ws[cell].font = Font(name=".VnTime")
    ws.append(["", "Tổng cộng: 8 đơn vị"])
    workbook.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from inspectdesk.domain.enums import VisitStatus
    from inspectdesk.services import listing
    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.files import check_file
    from inspectdesk.services.remediation import RecommendationFilter, list_recommendations
    from inspectdesk.services.report import ReportService
    from inspectdesk.ui import worker
    from inspectdesk.ui.application import create_application
    from inspectdesk.ui.checklist_dialog import ChecklistDialog
    from inspectdesk.ui.file_actions import CheckReportDialog
    from inspectdesk.ui.i18n import install_translators
    from inspectdesk.ui.lead_dialog import LeadDialog
    from inspectdesk.ui.main_window import MainWindow
    from inspectdesk.ui.organisation_dialog import OrganisationsDialog
    from inspectdesk.ui.pdf_preview import PdfPreviewDialog
    from inspectdesk.ui.person_dialog import PersonDialog
    from inspectdesk.ui.plan_dialog import PlanDialog
    from inspectdesk.ui.recommendation_dialog import RecommendationDialog
    from inspectdesk.ui.search_dialog import SearchDialog
    from inspectdesk.ui.settings import Settings
    from inspectdesk.ui.settings_dialog import SettingsDialog
    from inspectdesk.ui.trash_dialog import TrashDialog
    from inspectdesk.ui.unit_dialog import UnitDialog
    from inspectdesk.ui.visit_editor import VisitEditor

    app = create_application([sys.argv[0]])
    install_translators(app, args.lang)
    worker.set_synchronous(True)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(3):
            app.processEvents()
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.idb"
        build_demo(demo, today=DEMO_TODAY)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.display_name = "Nguyễn Thị Thu Hà"
        settings.job_title = "Chuyên viên Phòng Công chức, viên chức"
        window = MainWindow(settings)
        for key in ("overview", "visits", "remediation"):
            if hasattr(window.pages[key], "today"):
                window.pages[key].today = DEMO_TODAY  # type: ignore[attr-defined]
        window.resize(1280, 800)
        window.show()
        window.open_path(demo)
        for key in PAGES:
            window.show_page(key)
            save(window, key)
        units_page = window.pages["units"]
        units_page.tree_button.setChecked(True)  # type: ignore[attr-defined]
        save(window, "units-tree")
        units_page.tree_button.setChecked(False)  # type: ignore[attr-defined]
        ws = window.workspace
        assert ws is not None
        db = ws.db
        unit = next(u for u in listing.list_units(db) if u.name == "UBND phường Liên Bảo")
        plan = next(p for p in listing.list_plans(db) if p.number == "230/KH-UBND")
        visit = next(v for v in listing.list_visits(db) if v.status == VisitStatus.DRAFTED)
        sanctioned = next(
            v for v in listing.list_visits(db) if "Tam Sơn" in v.unit and v.minutes_number
        )
        overdue = list_recommendations(db, RecommendationFilter(overdue_only=True), DEMO_TODAY)
        editors: list[tuple[str, Callable[[], QWidget]]] = [
            ("unit-editor", lambda: UnitDialog(ws, unit.id)),
            ("plan-editor", lambda: PlanDialog(ws, plan.id)),
            ("person-editor", lambda: PersonDialog(ws)),
            (
                "recommendation-editor",
                lambda: RecommendationDialog(ws, overdue[0].id, today=DEMO_TODAY),
            ),
            ("lead-editor", lambda: LeadDialog(ws)),
            ("settings", lambda: SettingsDialog(settings)),
            ("trash", lambda: TrashDialog(ws)),
            ("organisations", lambda: OrganisationsDialog(ws)),
            ("checklists", lambda: ChecklistDialog(ws)),
            ("check-database", lambda: CheckReportDialog(check_file(demo))),
        ]
        for name, make in editors:
            dialog = make()
            save(dialog, name)
            dialog.close()
        from inspectdesk.ui.import_dialog import ImportDialog

        import_dialog = ImportDialog(ws)  # a real-looking old list, TCVN3 cells and all
        import_dialog.open_path(import_sheet(Path(tmp) / "Danh sách đơn vị 2025.xlsx"))
        save(import_dialog, "import-dialog")
        import_dialog.close()
        plan_dialog = PlanDialog(ws, plan.id)
        plan_dialog.tabs.setCurrentIndex(1)
        save(plan_dialog, "plan-editor-teams")
        plan_dialog.close()
        plan_dialog = PlanDialog(ws, plan.id)  # the sample of seed 000, drawn and reviewed
        plan_dialog.tabs.setCurrentWidget(plan_dialog.sample_tab)
        sample = plan_dialog.sample_tab.panel
        sample.options.seed.setValue(2021)
        sample.options.prefer_stale.setChecked(True)
        sample.draw()
        assert sample.view is not None
        out = next(p for p in sample.view.current() if p.parent == "UBND huyện Sông Lô")
        swap_in = next(c for c in sample.service.candidates(out.id) if not c.in_sample)
        sample.apply_swap(out.id, swap_in.unit_id, "Trụ sở đang sửa chữa, làm việc tại nơi tạm")
        sample.sample.show_removed.setChecked(True)
        plan_dialog.show()
        app.processEvents()
        sample.sample.select_unit(swap_in.unit)
        save(plan_dialog, "plan-editor-sample")
        plan_dialog.close()
        search = SearchDialog(ws)
        search.box.setText("vinh yen")
        search.run_search()
        save(search, "search")
        search.close()
        from inspectdesk.ui.schedule_calendar import ScheduleCalendar

        calendar = ScheduleCalendar(ws, today=date(2021, 11, 18))  # a month with a clash
        calendar.resize(1200, 800)
        save(calendar, "schedule-calendar")
        calendar.close()
        from inspectdesk.ui.followup_actions import AnswersDialog

        answers = AnswersDialog(ws, today=DEMO_TODAY)
        best = max(
            range(answers.person.count()),
            key=lambda i: (
                answers.person.setCurrentIndex(i),
                answers.year.setValue(2021),
                len(answers.rows),
            )[-1],
        )
        answers.person.setCurrentIndex(best)
        save(answers, "answers-for")
        answers.close()
        from inspectdesk.ui.progress_dialog import ProgressReportDialog

        progress = ProgressReportDialog(ws, today=DEMO_TODAY)
        progress.month_choice.setChecked(True)
        save(progress, "progress-report")
        progress.close()
        editor = VisitEditor(ws, visit.id)
        editor.resize(1100, 760)
        for index, name in enumerate(
            ("general", "attendance", "checklist", "findings", "conclusion")
        ):
            editor.tabs.setCurrentIndex(index)
            save(editor, f"visit-{name}")
        editor.close()
        editor = VisitEditor(ws, sanctioned.id)
        editor.resize(1100, 760)
        editor.tabs.setCurrentWidget(editor.sanctions)
        save(editor, "visit-sanctions")
        editor.close()
        report = ReportService(db, ws.bus).write_pdf(
            plan.id, Path(tmp) / "Báo cáo 230-KH-UBND.pdf", today=DEMO_TODAY
        )
        preview = PdfPreviewDialog(report.path, settings=settings)
        preview.resize(1000, 800)
        preview.show()
        deadline = time.monotonic() + 1.5  # the pages render in QtPdf's own threads
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        save(preview, "report-preview")
        preview.close()
        merging = merge_dialog_shot(window, Path(tmp))
        merging.show()
        app.processEvents()
        merging.conflicts.resizeRowsToContents()  # at the widths the dialog settled on
        save(merging, "merge-dialog")
        merging.close()
        connect = connect_dialog_shot()
        save(connect, "server-connect")
        connect.close()
        conflict = save_conflict_shot(db)
        conflict.show()
        app.processEvents()
        conflict.table.resizeRowsToContents()
        save(conflict, "save-conflict")
        conflict.close()
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
