"""Table models of the visit editor: attendance, checklist, findings, recommendations.

Each shows plain rows from :class:`~inspectdesk.services.visits.VisitDetail`. Editable
cells do not change the rows: ``setData`` hands ``(row, field, value)`` to an ``on_edit``
callback (the editor saves it through the service and then gives the model fresh rows).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspectdesk.domain.enums import AttendeeSide, ItemResult
from inspectdesk.services.visits import AttendeeRow, ChecklistEntry, FindingRow, RecommendationRow
from inspectdesk.text import format_short_date
from inspectdesk.ui.labels import label
from inspectdesk.ui.row_model import ID_ROLE, Index
from inspectdesk.ui.visit_widgets import word

EditCallback = Callable[[Any, str, Any], bool]
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
_ERROR = QColor("#b00020")
_PASS = QColor("#1b6e20")


def _t(text: str) -> str:
    return QCoreApplication.translate("visit_models", text)


class _RowsModel(QAbstractTableModel):
    """Plain rows with an ``id``; subclasses say what each column shows."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, on_edit: EditCallback | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._on_edit = on_edit
        self.editable = on_edit is not None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``; when the same ids come in the same order, only the cells change."""
        rows = list(rows)
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows] and rows:
            self._rows = rows
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def _key(row: Any) -> object:
        return getattr(row, "id", None) or getattr(row, "item_id", None) or row

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, row_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(self.HEADERS):
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            key = self._key(row)
            return str(key) if isinstance(key, uuid.UUID) else None
        return self.cell(row, index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        return None

    def _edit(self, index: Index, field: str, value: Any) -> bool:
        if self._on_edit is None or not index.isValid():
            return False
        return self._on_edit(self._rows[index.row()], field, value)


class AttendeeModel(_RowsModel):
    """Who was there: side, name, job title, role on the team, present."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("visit_models", "Side")),
        str(QT_TRANSLATE_NOOP("visit_models", "Full name")),
        str(QT_TRANSLATE_NOOP("visit_models", "Job title")),
        str(QT_TRANSLATE_NOOP("visit_models", "Role on the team")),
        str(QT_TRANSLATE_NOOP("visit_models", "Present")),
    )
    FIELDS = ("side", "full_name", "job_title", "team_role", "present")

    def cell(self, row: AttendeeRow, column: int, role: int) -> Any:
        field = self.FIELDS[column]
        if field == "present":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
            return None
        if field == "side":
            return word(row.side) if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole) else None
        if field == "team_role":
            if role == _EDIT:
                return row.team_role.value if row.team_role else ""
            if role == _DISPLAY:
                return word(row.team_role) if row.team_role else ""
            return None
        if role in (_DISPLAY, _EDIT, Qt.ItemDataRole.ToolTipRole):
            return getattr(row, field)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not self.editable:
            return base
        field = self.FIELDS[index.column()]
        row: AttendeeRow = self._rows[index.row()]
        if field == "present":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if field in ("full_name", "job_title") or (
            field == "team_role" and row.side is AttendeeSide.TEAM
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid():
            return False
        field = self.FIELDS[index.column()]
        if field == "present" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self._edit(index, "present", checked)
        if role != _EDIT or field not in ("full_name", "job_title", "team_role"):
            return False
        return self._edit(index, field, value)


@dataclass(frozen=True, slots=True)
class SectionRow:
    """A heading row of the checklist table."""

    id: uuid.UUID
    title: str


class ChecklistModel(_RowsModel):
    """The plan's checklist: section headings, then each item with result and note."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("visit_models", "No.")),
        str(QT_TRANSLATE_NOOP("visit_models", "Content checked")),
        str(QT_TRANSLATE_NOOP("visit_models", "Result")),
        str(QT_TRANSLATE_NOOP("visit_models", "Note")),
    )

    def set_entries(self, entries: Sequence[ChecklistEntry]) -> None:
        rows: list[SectionRow | ChecklistEntry] = []
        sections = 0
        for entry in entries:
            if not rows or _section_of(rows[-1]) != entry.section_id:
                sections += 1
                rows.append(SectionRow(entry.section_id, f"{sections}. {entry.section}"))
            rows.append(entry)
        self.set_rows(rows)

    def section_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if isinstance(row, SectionRow)]

    def cell(self, row: SectionRow | ChecklistEntry, column: int, role: int) -> Any:
        if isinstance(row, SectionRow):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return row.title if column == 0 and role == _DISPLAY else None
        if column == 0:
            return row.code if role == _DISPLAY else None
        if column == 1:
            if role == _DISPLAY:
                return row.text
            return row.guidance or None if role == Qt.ItemDataRole.ToolTipRole else None
        if column == 2:
            if role == _EDIT:
                return row.result.value
            if role == _DISPLAY:
                return word(row.result) if row.result is not ItemResult.UNSET else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                colours = {ItemResult.FAIL: _ERROR, ItemResult.PASS: _PASS}
                colour = colours.get(row.result)
                return QBrush(colour) if colour is not None else None
            return None
        if role in (_DISPLAY, _EDIT, Qt.ItemDataRole.ToolTipRole):
            return row.note
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if isinstance(self._rows[index.row()], SectionRow):
            return Qt.ItemFlag.ItemIsEnabled
        if self.editable and index.column() in (2, 3):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() not in (2, 3):
            return False
        if isinstance(self._rows[index.row()], SectionRow):
            return False
        if index.column() == 2:
            return self._edit(index, "result", ItemResult(value))
        return self._edit(index, "note", str(value))


def _section_of(row: SectionRow | ChecklistEntry) -> uuid.UUID:
    return row.id if isinstance(row, SectionRow) else row.section_id


class FindingModel(_RowsModel):
    """Findings: kind, checklist item, text, cause."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("visit_models", "Kind")),
        str(QT_TRANSLATE_NOOP("visit_models", "Item")),
        str(QT_TRANSLATE_NOOP("visit_models", "Finding")),
        str(QT_TRANSLATE_NOOP("visit_models", "Cause")),
    )

    def cell(self, row: FindingRow, column: int, role: int) -> Any:
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        return (label(row.kind), row.item_code, row.text, row.cause)[column]


class RecommendationModel(_RowsModel):
    """Recommendations: text, who, deadline (red when overdue), remediation status."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("visit_models", "Recommendation")),
        str(QT_TRANSLATE_NOOP("visit_models", "Responsible")),
        str(QT_TRANSLATE_NOOP("visit_models", "Deadline")),
        str(QT_TRANSLATE_NOOP("visit_models", "Status")),
        str(QT_TRANSLATE_NOOP("visit_models", "Done on")),
    )

    def cell(self, row: RecommendationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.overdue:
            return QBrush(_ERROR)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.overdue:
            return QCoreApplication.translate("visit_models", "Overdue")
        if role != _DISPLAY and not (role == Qt.ItemDataRole.ToolTipRole and column == 0):
            return None
        deadline = format_short_date(row.deadline) if row.deadline else ""
        done = format_short_date(row.done_on) if row.done_on else ""
        return (row.text, row.responsible, deadline, label(row.status), done)[column]
