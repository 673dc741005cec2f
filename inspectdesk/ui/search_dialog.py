"""Tìm kiếm (Ctrl+K): one box over the whole file; Enter opens what was found."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.services.search import Hit, search_everything
from inspectdesk.ui.workspace import Workspace

HIT_ROLE = Qt.ItemDataRole.UserRole + 10

_GROUPS: dict[str, object] = {
    "issued_document": QT_TRANSLATE_NOOP("SearchDialog", "Documents"),
    "unit": QT_TRANSLATE_NOOP("SearchDialog", "Units"),
    "person": QT_TRANSLATE_NOOP("SearchDialog", "People"),
    "plan": QT_TRANSLATE_NOOP("SearchDialog", "Plans"),
    "visit": QT_TRANSLATE_NOOP("SearchDialog", "Visits"),
    "finding": QT_TRANSLATE_NOOP("SearchDialog", "Findings"),
    "recommendation": QT_TRANSLATE_NOOP("SearchDialog", "Recommendations"),
    "lead": QT_TRANSLATE_NOOP("SearchDialog", "Citizen reports"),
}


class SearchDialog(QDialog):
    """Type a few words (tones optional); results come grouped by kind as you type."""

    hit_chosen = Signal(object)  # Hit

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Search"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            self.tr("Units, people, plans, findings, numbers… (tones optional)")
        )
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 480)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self.choose_current)
        self.results.itemActivated.connect(lambda _item: self.choose_current())
        self.box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through the results."""
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self._move(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        for _ in range(self.results.count()):
            row = (row + step) % max(1, self.results.count())
            item = self.results.item(row)
            if item is not None and item.data(HIT_ROLE) is not None:
                self.results.setCurrentRow(row)
                return

    def run_search(self) -> list[Hit]:
        """Search now for the box's text and show the results."""
        hits = search_everything(self.workspace.db, self.box.text())
        self.results.clear()
        current = None
        bold = QFont()
        bold.setBold(True)
        for group in _GROUPS:
            of_group = [h for h in hits if h.table == group]
            if not of_group:
                continue
            header = QListWidgetItem(
                QCoreApplication.translate("SearchDialog", str(_GROUPS[group]))
            )
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            self.results.addItem(header)
            for hit in of_group:
                text = hit.title if not hit.detail else f"{hit.title}  —  {hit.detail}"
                item = QListWidgetItem("    " + " ".join(text.split()))
                item.setData(HIT_ROLE, hit)
                item.setToolTip(hit.title)
                self.results.addItem(item)
                current = current or item
        if current is not None:
            self.results.setCurrentItem(current)
        if self.box.text().strip():
            self.status.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.status.clear()
        return hits

    def choose_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        if hit is not None:
            self.hit_chosen.emit(hit)
            self.accept()
