#!/usr/bin/env python3
"""Render sample documents from the demo database to page images in ``docs/samples/``.

    python scripts/document_samples.py

Writes the minutes of a signed demo visit, the decision establishing the teams of plan
230/KH-UBND and the plan document of 18/KH-UBND (.docx, converted with LibreOffice) and
the summary report of plan 230/KH-UBND (PDF), then one PNG per page with pdftoppm. Needs
LibreOffice (``soffice``) and poppler-utils (``pdftoppm``) on PATH.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "samples"


def _pages(pdf: Path, stem: str) -> list[Path]:
    for old in OUT.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(OUT / stem)], check=True)
    return sorted(OUT.glob(f"{stem}-*.png"))


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 1
    from inspectdesk.services import listing
    from inspectdesk.services.demo import build_demo
    from inspectdesk.services.files import open_file
    from inspectdesk.services.minutes import MinutesService
    from inspectdesk.services.plan_documents import DecisionService, PlanDocumentService
    from inspectdesk.services.report import ReportService

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.idb"
        build_demo(demo, today=date(2026, 11, 20))
        with open_file(demo) as db:
            visit = next(
                v
                for v in listing.list_visits(db)
                if v.unit == "UBND phường Liên Bảo" and v.minutes_number
            )
            minutes = MinutesService(db).write(str(visit.id), folder / "bien-ban.docx")
            decision = DecisionService(db).write("230/KH-UBND", folder / "quyet-dinh.docx")
            plan = PlanDocumentService(db).write("18/KH-UBND", folder / "ke-hoach.docx")
            service = ReportService(db)
            report = service.write_pdf(
                service.plan_by_number("230/KH-UBND"), folder / "bao-cao.pdf"
            )
        sources = [str(path) for path in (minutes, decision, plan)]
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *sources],
            check=True,
            capture_output=True,
        )
        pages = [
            *_pages(folder / "bien-ban.pdf", "bien-ban"),
            *_pages(folder / "quyet-dinh.pdf", "quyet-dinh"),
            *_pages(folder / "ke-hoach.pdf", "ke-hoach"),
            *_pages(report.path, "bao-cao"),
        ]
        for page in pages:
            print(f"wrote {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
