"""What a scanned signed copy may be, and the mistakes signing refuses, worded.

:func:`read_scan` checks a file by its content (PDF, JPEG, PNG or TIFF, at most
:data:`MAX_SCAN_BYTES`) before anything is written; the errors are the
:class:`~inspectdesk.errors.UserError` subclasses the signing service raises.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from inspectdesk.errors import UserError

MAX_SCAN_BYTES = 50 * 1024 * 1024
"""The largest scan accepted (50 MB): a signed copy is a few pages."""

MEDIA_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
"""Magic bytes at the start of a file → the media type stored with it."""

SUFFIXES = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
}
"""The file name ending of each media type, for a copy written out."""


class UseMarkSigned(UserError):
    """Signed minutes are recorded with their date (and scan), not by picking a status."""

    code = "use_mark_signed"
    vi = "Để ghi nhận biên bản đã ký, hãy dùng “Đánh dấu đã ký” (ghi ngày ký, kèm bản chụp)."
    en = "To record that the minutes are signed, use “Mark as signed” (with the date and scan)."


class UseUnlock(UserError):
    """Signed minutes leave the signed state only through a logged unlock."""

    code = "use_unlock"
    vi = (
        "Biên bản đã ký nên không đổi trạng thái trực tiếp được;"
        " hãy dùng “Mở khóa” và ghi lý do (việc mở khóa được ghi vào nhật ký thay đổi)."
    )
    en = (
        "The minutes are signed, so the status cannot be changed directly;"
        " use “Unlock” and give the reason (the unlock is recorded in the change log)."
    )


class MinutesNotDrawnUp(UserError):
    code = "minutes_not_drawn_up"
    vi = (
        "Cuộc kiểm tra tại {unit} chưa lập biên bản (chưa có số biên bản);"
        " hãy lập biên bản trước rồi mới đánh dấu đã ký."
    )
    en = (
        "The minutes of the visit to {unit} have not been drawn up (no minutes number);"
        " draw them up first, then mark them signed."
    )


class SigningNeedsStart(UserError):
    code = "signing_needs_start"
    vi = (
        "Hãy ghi thời gian bắt đầu thực tế của cuộc kiểm tra tại {unit}"
        " trước khi đánh dấu biên bản đã ký."
    )
    en = "Record the actual start of the visit to {unit} before marking its minutes signed."


class AlreadySigned(UserError):
    code = "already_signed"
    vi = (
        "Biên bản của cuộc kiểm tra tại {unit} đã được đánh dấu đã ký;"
        " muốn đính kèm bản chụp, hãy dùng “Đính kèm bản đã ký”."
    )
    en = (
        "The minutes of the visit to {unit} are already marked signed;"
        " to add the scan, use “Attach signed copy”."
    )


class NotSigned(UserError):
    code = "not_signed"
    vi = "Biên bản của cuộc kiểm tra tại {unit} chưa được đánh dấu đã ký."
    en = "The minutes of the visit to {unit} are not marked signed."


class BadSignedDate(UserError):
    code = "bad_signed_date"
    vi = "Ngày ký {day} không hợp lệ: {reason_vi}."
    en = "The signing date {day} is not valid: {reason_en}."


class UnlockNeedsReason(UserError):
    code = "unlock_needs_reason"
    vi = "Hãy ghi lý do mở khóa biên bản đã ký (lý do được lưu vào nhật ký thay đổi)."
    en = "Give the reason for unlocking the signed minutes (it is kept in the change log)."


class VisitChanged(UserError):
    code = "visit_changed"
    vi = "Cuộc kiểm tra vừa được thay đổi ở nơi khác; hãy xem lại rồi thử lại."
    en = "The visit was changed elsewhere a moment ago; look at it again and retry."


class NoSignedCopy(UserError):
    code = "no_signed_copy"
    vi = "Cuộc kiểm tra tại {unit} chưa có bản chụp biên bản đã ký."
    en = "The visit to {unit} has no scanned signed copy."


class ScanNotWritten(UserError):
    code = "scan_not_written"
    vi = "Không ghi được bản chụp vào “{path}”: {detail}."
    en = "Cannot write the scan to “{path}”: {detail}."


class BadScan(UserError):
    """A file that cannot be attached as the signed copy; ``reason`` says why."""

    code = "bad_scan"
    vi = "Không đính kèm được tệp “{path}”: {reason_vi}. Chưa có gì thay đổi."
    en = "Cannot attach “{path}”: {reason_en}. Nothing was changed."

    REASONS: ClassVar[dict[str, tuple[str, str]]] = {
        "missing": ("không tìm thấy tệp", "the file does not exist"),
        "folder": ("đây là một thư mục", "it is a folder"),
        "unreadable": ("không đọc được tệp ({detail})", "the file cannot be read ({detail})"),
        "empty": ("tệp rỗng, 0 byte", "the file is empty"),
        "too_large": (
            "tệp dung lượng {size} MB, vượt quá mức tối đa 50 MB",
            "it is {size} MB, more than the 50 MB allowed",
        ),
        "format": (
            "tệp không phải PDF, JPEG, PNG hay TIFF",
            "it is not a PDF, JPEG, PNG or TIFF file",
        ),
    }

    def __init__(self, *, path: Path | str, reason: str, **extra: object) -> None:
        vi, en = self.REASONS[reason]
        super().__init__(
            path=path,
            reason=reason,
            reason_vi=vi.format(**extra),
            reason_en=en.format(**extra),
            **extra,
        )


@dataclass(frozen=True, slots=True)
class Scan:
    """A scan read from disk and checked: what will be stored."""

    file_name: str
    media_type: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def media_type_of(head: bytes) -> str | None:
    """The media type of a file from its first bytes, or None when not accepted."""
    return next((kind for magic, kind in MEDIA_TYPES if head.startswith(magic)), None)


def check_scan_file(path: Path) -> str:
    """A quick look at a scan (size and first bytes) before it is read; its media type.

    Raises:
        BadScan: as :func:`read_scan`, for what can be seen without reading it all.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise BadScan(path=path, reason="folder")
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError:
        raise BadScan(path=path, reason="missing") from None
    except OSError as exc:
        raise BadScan(path=path, reason="unreadable", detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise BadScan(path=path, reason="empty")
    if size > MAX_SCAN_BYTES:
        raise BadScan(path=path, reason="too_large", size=f"{size / 1024 / 1024:.1f}")
    media_type = media_type_of(head)
    if media_type is None:
        raise BadScan(path=path, reason="format")
    return media_type


def read_scan(path: Path) -> Scan:
    """Read and check a scanned signed copy.

    Raises:
        BadScan: missing, a folder, unreadable, empty, larger than 50 MB, or not a
            PDF, JPEG, PNG or TIFF file by its content.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise BadScan(path=path, reason="folder")
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise BadScan(path=path, reason="too_large", size=f"{size / 1024 / 1024:.1f}")
        with path.open("rb") as stream:
            content = stream.read(MAX_SCAN_BYTES + 1)
    except FileNotFoundError:
        raise BadScan(path=path, reason="missing") from None
    except OSError as exc:
        raise BadScan(path=path, reason="unreadable", detail=exc.strerror or str(exc)) from None
    if not content:
        raise BadScan(path=path, reason="empty")
    if len(content) > MAX_SCAN_BYTES:  # it grew while being read
        raise BadScan(path=path, reason="too_large", size=f"{len(content) / 1024 / 1024:.1f}")
    media_type = media_type_of(content[:16])
    if media_type is None:
        raise BadScan(path=path, reason="format")
    name = path.name
    if len(name) > 300:
        name = name[: 300 - len(path.suffix)] + path.suffix
    return Scan(name, media_type, content)
