"""What the Excel import dialog imports: the fields' names and the service functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from inspectdesk.services import people_import, unit_import
from inspectdesk.services.import_common import ImportPlan, ImportResult
from inspectdesk.services.sheet_table import PEOPLE_FIELDS, UNIT_FIELDS, FieldSpec


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def field_labels() -> dict[str, str]:
    """What each importable field is called in the dialog (translated)."""
    return {
        "name": QCoreApplication.translate("ImportDialog", "Unit name"),
        "kind": QCoreApplication.translate("ImportDialog", "Kind"),
        "level": QCoreApplication.translate("ImportDialog", "Level"),
        "parent": QCoreApplication.translate("ImportDialog", "Parent unit"),
        "admin_code": QCoreApplication.translate("ImportDialog", "Administrative code"),
        "address": QCoreApplication.translate("ImportDialog", "Address"),
        "head_name": QCoreApplication.translate("ImportDialog", "Head of the unit"),
        "head_title": QCoreApplication.translate("ImportDialog", "Head's title"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "email": QCoreApplication.translate("ImportDialog", "Email"),
        "note": QCoreApplication.translate("ImportDialog", "Note"),
        "full_name": QCoreApplication.translate("ImportDialog", "Full name"),
        "honorific": QCoreApplication.translate("ImportDialog", "Mr / Ms"),
        "job_title": QCoreApplication.translate("ImportDialog", "Job title"),
        "unit": QCoreApplication.translate("ImportDialog", "Unit"),
        "head": QCoreApplication.translate("ImportDialog", "Head of the unit"),
    }


@dataclass(frozen=True)
class ImportKind:
    """What a dialog imports: its fields and its service functions."""

    fields: tuple[FieldSpec, ...]
    plan: Callable[..., ImportPlan]
    apply: Callable[..., ImportResult]
    tables: tuple[str, ...]


KINDS = {
    "units": ImportKind(
        UNIT_FIELDS,
        unit_import.plan_unit_import,
        unit_import.apply_unit_import,
        unit_import.TABLES,
    ),
    "people": ImportKind(
        PEOPLE_FIELDS,
        people_import.plan_people_import,
        people_import.apply_people_import,
        people_import.TABLES,
    ),
}
