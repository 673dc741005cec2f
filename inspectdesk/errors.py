"""Errors a user can do something about, each worded as one clear sentence.

Anything else that goes wrong is a bug. The core raises these with structured fields
and a stable ``code``; the command line words them with :meth:`UserError.describe`, the
UI may word them through its own translations of the same codes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar


class UserError(Exception):
    """A problem caused by input or circumstances, not by a bug."""

    code: ClassVar[str] = "user_error"
    vi: ClassVar[str] = "{detail}"
    en: ClassVar[str] = "{detail}"
    transient: ClassVar[bool] = False
    """A circumstance that passes (a lost connection): the same work may succeed later."""

    def __init__(self, **params: Any) -> None:
        self.params = {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "vi") -> str:
        """The sentence for a user, in Vietnamese (``vi``) or English (``en``)."""
        template = self.vi if lang == "vi" else self.en
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"


class FileMissing(UserError):
    code = "file_missing"
    vi = "Không tìm thấy tệp “{path}”."
    en = "The file “{path}” does not exist."


class FileAlreadyExists(UserError):
    code = "file_exists"
    vi = "Tệp “{path}” đã có; hãy chọn tên khác hoặc xóa tệp cũ trước."
    en = "The file “{path}” already exists; choose another name or remove it first."


class NotAFile(UserError):
    code = "not_a_file"
    vi = "“{path}” là một thư mục, không phải tệp dữ liệu."
    en = "“{path}” is a folder, not a database file."


class NotAnInspectDeskFile(UserError):
    """The file is not an InspectDesk database. ``reason`` says what it looks like."""

    code = "not_inspectdesk"
    vi = "Tệp “{path}” không phải tệp dữ liệu InspectDesk ({reason_vi})."
    en = "The file “{path}” is not an InspectDesk database ({reason_en})."

    REASONS: ClassVar[dict[str, tuple[str, str]]] = {
        "empty": ("tệp rỗng, 0 byte", "it is empty"),
        "zip": (
            "đây là tệp nén hoặc tài liệu Word/Excel",
            "it is a ZIP archive, perhaps a Word or Excel document",
        ),
        "pdf": ("đây là tệp PDF", "it is a PDF document"),
        "text": ("đây là tệp văn bản", "it is a text file"),
        "other_sqlite": (
            "đây là cơ sở dữ liệu SQLite của chương trình khác",
            "it is an SQLite database of another program",
        ),
        "unknown": ("không nhận ra định dạng tệp", "its format is not recognised"),
    }

    def __init__(self, *, path: Path | str, reason: str) -> None:
        vi, en = self.REASONS.get(reason, self.REASONS["unknown"])
        super().__init__(path=path, reason=reason, reason_vi=vi, reason_en=en)


class DamagedFile(UserError):
    code = "damaged"
    vi = "Tệp “{path}” bị hỏng: {detail_vi}. Hãy khôi phục từ bản sao lưu."
    en = "The file “{path}” is damaged: {detail_en}. Restore it from a backup."


class FileTooNew(UserError):
    code = "too_new"
    vi = (
        "Tệp “{path}” được tạo bởi InspectDesk {written_by} (lược đồ dữ liệu {file_generation});"
        " phiên bản này chỉ mở được đến lược đồ {app_generation}."
        " Hãy cập nhật InspectDesk lên {written_by} trở lên."
    )
    en = (
        "The file “{path}” was written by InspectDesk {written_by} (schema {file_generation});"
        " this version reads up to schema {app_generation}."
        " Update InspectDesk to {written_by} or later."
    )


class ReadOnlyFile(UserError):
    code = "read_only"
    vi = "Không ghi được vào tệp “{path}”: tệp chỉ đọc hoặc không có quyền ghi."
    en = "Cannot write to “{path}”: it is read-only or you lack permission."


class FileBusy(UserError):
    code = "busy"
    vi = "Tệp “{path}” đang được một chương trình khác ghi; hãy thử lại sau ít phút."
    en = "The file “{path}” is being written by another program; try again in a moment."


class DiskFull(UserError):
    code = "disk_full"
    vi = "Không đủ chỗ trống trên ổ đĩa để ghi tệp “{path}”."
    en = "There is not enough free disk space to write “{path}”."


class RecordChanged(UserError):
    code = "record_changed"
    vi = (
        "Có người vừa lưu đúng bản ghi này cùng lúc với bạn; phần của bạn chưa được ghi."
        " Hãy mở lại và làm lại thay đổi."
    )
    en = (
        "Someone saved this very record at the same moment; your change was not written."
        " Open it again and redo your change."
    )


class ImportRejected(UserError):
    """An import file is wrong. ``where`` points at the first bad record."""

    code = "import_rejected"
    vi = "Không nhập được “{path}”: {where}: {problem}. Chưa có gì được ghi."
    en = "Cannot import “{path}”: {where}: {problem}. Nothing was written."


class NotFound(UserError):
    code = "not_found"
    vi = "Không tìm thấy {entity} “{ref}”."
    en = "No {entity_en} “{ref}” was found."


class AmbiguousReference(UserError):
    code = "ambiguous"
    vi = "Có {count} {entity} cùng số “{ref}”; hãy dùng mã UUID (xem lệnh list … --json)."
    en = "{count} {entity_en}s have the number “{ref}”; use the UUID (see list … --json)."


class CancelledVisit(UserError):
    code = "cancelled_visit"
    vi = "Cuộc kiểm tra tại {unit} đã bị hủy nên không lập biên bản."
    en = "The visit to {unit} was cancelled, so it has no minutes."


class InvalidArgument(UserError):
    code = "invalid_argument"
    vi = "{detail}"
    en = "{detail}"
