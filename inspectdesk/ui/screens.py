"""The screens of the navigation pane, in order: one place to add a screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from inspectdesk.services import listing
from inspectdesk.text import format_short_date
from inspectdesk.ui.labels import label
from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.pages.list_page import ListPage
from inspectdesk.ui.pages.overview_page import OverviewPage
from inspectdesk.ui.row_model import Column


def _t(text: str) -> str:
    return QCoreApplication.translate("screens", text)


def short_date(value: date | None) -> str:
    return format_short_date(value) if value else ""


def date_key(value: date | None) -> str:
    return value.isoformat() if value else ""


def _plans_page() -> ListPage:
    return ListPage(
        _t("Plans"),
        [
            Column(_t("Number"), lambda r: r.number),
            Column(_t("Title"), lambda r: r.title),
            Column(_t("From"), lambda r: short_date(r.start_on), lambda r: date_key(r.start_on)),
            Column(_t("To"), lambda r: short_date(r.end_on), lambda r: date_key(r.end_on)),
            Column(_t("Status"), lambda r: label(r.status)),
            Column(_t("Visits"), lambda r: str(r.visits), lambda r: r.visits),
        ],
        lambda ws, q: listing.list_plans(ws.db, search=q),
        frozenset({"plan", "visit"}),
    )


def _findings_page() -> ListPage:
    return ListPage(
        _t("Inspection results"),
        [
            Column(_t("Unit"), lambda r: r.unit),
            Column(_t("Kind"), lambda r: label(r.kind)),
            Column(_t("Item"), lambda r: r.item),
            Column(_t("Finding"), lambda r: r.text),
        ],
        lambda ws, q: listing.list_findings(ws.db, search=q),
        frozenset({"finding", "visit", "unit"}),
    )


def build_pages(window: object) -> list[tuple[str, str, Page]]:
    """(key, navigation title, page) for every screen, in navigation order."""
    from inspectdesk.ui.pages.units_page import UnitsPage
    from inspectdesk.ui.pages.visits_page import VisitsPage

    pages: list[tuple[str, str, Page]] = [
        ("overview", _t("Overview"), OverviewPage()),
        ("units", _t("Units"), UnitsPage()),
        ("plans", _t("Plans"), _plans_page()),
        ("visits", _t("Inspection schedule"), VisitsPage()),
        ("findings", _t("Inspection results"), _findings_page()),
    ]
    return pages
