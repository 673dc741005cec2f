"""The two small dialogs of signed minutes: mark signed (date, scan) and unlock (reason).

They only ask; :mod:`inspectdesk.ui.signing_actions` does the work through the
signing service. A scan chosen here gets a quick look (size, kind of file) before
the dialog closes, so a wrong file is named at once, next to its field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspectdesk.errors import UserError
from inspectdesk.services.signing_rules import check_scan_file
from inspectdesk.ui.forms import ERROR_STYLE, user_language

MAX_REASON = 290


def scan_filter() -> str:
    """The file-dialog filter of scans: PDF and images."""
    return ";;".join(
        (
            QCoreApplication.translate(
                "SignDialog", "PDF, images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"
            ),
            QCoreApplication.translate("SignDialog", "All files (*)"),
        )
    )


def choose_scan(owner: QWidget, folder: Path) -> Path | None:
    """Ask for a scanned signed copy; None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        owner,
        QCoreApplication.translate("SignDialog", "Choose the scanned signed copy"),
        str(folder),
        scan_filter(),
    )
    return Path(name) if name else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SignDialog(QDialog):
    """Mark the minutes signed: the date they were signed and, if at hand, the scan."""

    def __init__(
        self,
        heading: str,
        today: date,
        earliest: date | None,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the minutes as signed"))
        self.folder = folder
        title = QLabel(heading)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        self.signed_on = QDateEdit(_qdate(today))
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("dd/MM/yyyy")
        self.signed_on.setMaximumDate(_qdate(today))
        self.signed_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if earliest is not None and earliest <= today:
            self.signed_on.setMinimumDate(_qdate(earliest))
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(
            self.tr("Optional: PDF or image, up to 50 MB (can be attached later)")
        )
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumWidth(440)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scan, 1)
        row.addWidget(self.browse)
        scan_box = QWidget()
        scan_box.setLayout(row)
        scan_box.setFocusProxy(self.scan)
        self.error = _error_label()
        form = QFormLayout()
        date_label = QLabel(self.tr("&Signed on:"))
        date_label.setBuddy(self.signed_on)
        form.addRow(date_label, self.signed_on)
        scan_label = QLabel(self.tr("Scanned &copy:"))
        scan_label.setBuddy(self.scan)
        form.addRow(scan_label, scan_box)
        form.addRow("", self.error)
        note = QLabel(
            self.tr(
                "Once the minutes are marked signed, the visit is locked: its content can be"
                " changed again only after an unlock, whose reason is recorded."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Mark as signed"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.signed_on.setFocus()

    def _browse(self) -> None:
        current = Path(self.scan.text().strip()) if self.scan.text().strip() else None
        chosen = choose_scan(self, current.parent if current else self.folder)
        if chosen is not None:
            self.scan.setText(str(chosen))

    def values(self) -> tuple[date, Path | None]:
        """The signing date and the scan chosen (None: no scan yet)."""
        day = self.signed_on.date()
        text = self.scan.text().strip()
        return date(day.year(), day.month(), day.day()), Path(text) if text else None

    def accept(self) -> None:
        """Close only with a scan that looks right (or none)."""
        _day, scan = self.values()
        if scan is not None:
            try:
                check_scan_file(scan)
            except UserError as exc:
                self.error.setText(exc.describe(user_language()))
                self.error.show()
                self.scan.setFocus()
                return
        super().accept()


class UnlockDialog(QDialog):
    """Ask why signed minutes are unlocked, warning that it is recorded."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock signed minutes"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        title = QLabel(heading)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        warning = QLabel(
            self.tr(
                "These minutes are signed. Unlocking lets the visit be edited again, although"
                " the paper copy already carries the signatures. The unlock, its reason, your"
                " name and the time are recorded in the change log, as is every later edit."
            )
        )
        warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setMinimumWidth(380)
        self.reason.setPlaceholderText(
            self.tr("e.g. correct the name of the unit's representative")
        )
        reason_label = QLabel(self.tr("&Reason for unlocking:"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Unlock"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(warning)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        """The reason typed, trimmed."""
        return self.reason.text().strip()

    def accept(self) -> None:
        if self.reason_text():
            super().accept()
