"""The closed vocabularies of an inspection file.

Each enum's value is the stable code stored in the database and in the JSON format;
the UI turns members into words. Never reuse or rename a value: files in the field
carry them.
"""

from __future__ import annotations

from enum import StrEnum


class TeamRole(StrEnum):
    """A team member's role (vai trò trong đoàn)."""

    LEADER = "leader"  # Trưởng đoàn
    DEPUTY = "deputy"  # Phó Trưởng đoàn
    MEMBER = "member"  # Thành viên
    SECRETARY = "secretary"  # Thư ký


class VisitMode(StrEnum):
    """Announced (theo kế hoạch) or unannounced (đột xuất)."""

    ANNOUNCED = "announced"
    UNANNOUNCED = "unannounced"


class VisitStatus(StrEnum):
    """Where a visit stands, from the plan to the signed minutes."""

    PLANNED = "planned"  # Dự kiến
    NOTIFIED = "notified"  # Đã thông báo
    IN_PROGRESS = "in_progress"  # Đang kiểm tra
    DRAFTED = "drafted"  # Đã lập biên bản (chưa ký)
    SIGNED = "signed"  # Đã ký biên bản
    CANCELLED = "cancelled"  # Hủy


class AttendeeSide(StrEnum):
    """Which side of the table an attendee sits on."""

    TEAM = "team"  # Đoàn kiểm tra
    UNIT = "unit"  # Đại diện đơn vị được kiểm tra
    OTHER = "other"  # Thành phần khác


class ItemResult(StrEnum):
    """The result of one checklist item at one visit."""

    UNSET = "unset"
    PASS = "pass"  # Đạt
    FAIL = "fail"  # Chưa đạt
    NOT_APPLICABLE = "na"  # Không áp dụng


class FindingKind(StrEnum):
    """Ưu điểm / tồn tại, hạn chế / vi phạm."""

    STRENGTH = "strength"
    SHORTCOMING = "shortcoming"
    VIOLATION = "violation"


class RemediationStatus(StrEnum):
    """Chưa / đang / đã khắc phục. Overdue is derived from the deadline."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class SanctionForm(StrEnum):
    """Hình thức xử lý, from the lightest to the heaviest."""

    REMINDER = "reminder"  # Nhắc nhở
    CRITICISM = "criticism"  # Phê bình
    SELF_CRITICISM = "self_criticism"  # Yêu cầu kiểm điểm
    REPRIMAND = "reprimand"  # Kỷ luật khiển trách
    WARNING = "warning"  # Kỷ luật cảnh cáo
    DEMOTION = "demotion"  # Hạ bậc lương / giáng chức
    DISMISSAL = "dismissal"  # Cách chức
    DISCHARGE = "discharge"  # Buộc thôi việc


class LeadSource(StrEnum):
    """Where a citizen's report (phản ánh, kiến nghị) came from."""

    PRESS = "press"  # Báo chí
    HOTLINE = "hotline"  # Đường dây nóng (1022)
    LETTER = "letter"  # Đơn thư
    IN_PERSON = "in_person"  # Trực tiếp
    OTHER = "other"


class LeadStatus(StrEnum):
    """How far a lead has been followed up."""

    NEW = "new"
    VERIFYING = "verifying"
    VISIT_PLANNED = "visit_planned"
    CLOSED = "closed"


class PlanStatus(StrEnum):
    """The life of a plan."""

    DRAFT = "draft"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class Honorific(StrEnum):
    """Ông / Bà, as the minutes name people."""

    NONE = ""
    MR = "ong"
    MS = "ba"


class DocumentType(StrEnum):
    """Document type codes of Decree 30, Phụ lục III (the value is the ký hiệu)."""

    MINUTES = "BB"  # Biên bản
    REPORT = "BC"  # Báo cáo
    PLAN = "KH"  # Kế hoạch
    DECISION = "QĐ"  # Quyết định
    NOTICE = "TB"  # Thông báo


class ChangeAction(StrEnum):
    """What a change-log entry records."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
