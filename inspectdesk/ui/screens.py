"""The screens of the navigation pane, in order: one place to add a screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspectdesk.ui.pages.base import Page
from inspectdesk.ui.pages.overview_page import OverviewPage


def build_pages(window: object) -> list[tuple[str, str, Page]]:
    """(key, navigation title, page) for every screen, in navigation order."""
    from inspectdesk.ui.pages.documents_page import DocumentsPage
    from inspectdesk.ui.pages.findings_page import FindingsPage
    from inspectdesk.ui.pages.leads_page import LeadsPage
    from inspectdesk.ui.pages.plans_page import PlansPage
    from inspectdesk.ui.pages.remediation_page import RemediationPage
    from inspectdesk.ui.pages.units_page import UnitsPage
    from inspectdesk.ui.pages.visits_page import VisitsPage

    pages: list[tuple[str, str, Page]] = [
        ("overview", QCoreApplication.translate("screens", "Overview"), OverviewPage()),
        ("units", QCoreApplication.translate("screens", "Units"), UnitsPage()),
        ("plans", QCoreApplication.translate("screens", "Plans"), PlansPage()),
        ("visits", QCoreApplication.translate("screens", "Inspection schedule"), VisitsPage()),
        ("findings", QCoreApplication.translate("screens", "Inspection results"), FindingsPage()),
        (
            "remediation",
            QCoreApplication.translate("screens", "Remediation follow-up"),
            RemediationPage(),
        ),
        ("documents", QCoreApplication.translate("screens", "Documents"), DocumentsPage()),
        ("leads", QCoreApplication.translate("screens", "Citizen reports"), LeadsPage()),
    ]
    return pages
