"""Vietnamese words for what a merge touched: kinds of data, fields, stored values, decisions.

Shared by the merge report (PDF) and the Merge dialog, so both say the same thing.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from inspectdesk.services.document_words import (
    HONORIFIC_WORDS,
    KIND_WORDS,
    ROLE_WORDS,
    SANCTION_WORDS,
)
from inspectdesk.text.dates import format_short_date

EMPTY = "(trống)"

TABLE_NAMES = {
    "checklist_template": "Bộ nội dung kiểm tra",
    "organisation": "Cơ quan, tổ chức",
    "unit_kind": "Loại đơn vị",
    "unit_level": "Cấp đơn vị",
    "checklist_section": "Nhóm nội dung kiểm tra",
    "plan": "Kế hoạch",
    "unit": "Đơn vị",
    "checklist_item": "Nội dung kiểm tra",
    "lead": "Phản ánh, kiến nghị",
    "person": "Cán bộ",
    "sampling_stratum": "Nhóm chọn mẫu",
    "team": "Đoàn kiểm tra",
    "sample_pick": "Đơn vị được chọn mẫu",
    "team_member": "Thành viên đoàn",
    "visit": "Cuộc kiểm tra",
    "attendee": "Thành phần tham dự",
    "checklist_result": "Kết quả theo nội dung kiểm tra",
    "finding": "Kết quả kiểm tra",
    "issued_document": "Sổ văn bản",
    "recommendation": "Kiến nghị",
    "sanction": "Hình thức xử lý",
    "signed_copy": "Bản chụp văn bản đã ký",
    "remediation_event": "Diễn biến khắc phục",
    "change_log": "Nhật ký thay đổi",
}

FIELD_NAMES = {
    "actual_end": "Thời gian kết thúc",
    "actual_start": "Thời gian bắt đầu",
    "address": "Địa chỉ",
    "admin_code": "Mã hành chính",
    "builtin_key": "Mã mẫu có sẵn",
    "cause": "Nguyên nhân",
    "causes": "Nguyên nhân",
    "checklist_id": "Bộ nội dung kiểm tra",
    "code": "Mã",
    "code_catalogue": "Danh mục mã",
    "content": "Nội dung tệp",
    "copies": "Số bản",
    "count": "Số lượng",
    "deadline": "Thời hạn",
    "decided_on": "Ngày quyết định",
    "decision_date": "Ngày quyết định",
    "decision_number": "Số quyết định",
    "deleted": "Đã xóa",
    "description": "Mô tả",
    "doc_code": "Ký hiệu văn bản",
    "doc_type": "Loại văn bản",
    "document_id": "Văn bản",
    "done_on": "Ngày hoàn thành",
    "email": "Thư điện tử",
    "end_on": "Ngày kết thúc",
    "evidence": "Minh chứng",
    "family_id": "Mã bộ nội dung",
    "file_name": "Tên tệp",
    "finding_id": "Kết quả kiểm tra",
    "form": "Hình thức xử lý",
    "full_name": "Họ và tên",
    "guidance": "Hướng dẫn",
    "honorific": "Danh xưng",
    "is_default": "Mặc định",
    "is_undercover": "Đoàn kiểm tra bí mật",
    "issued_on": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "issuer_code": "Ký hiệu cơ quan ban hành",
    "item_id": "Nội dung kiểm tra",
    "job_title": "Chức vụ",
    "kind": "Loại",
    "kind_id": "Loại đơn vị",
    "label": "Tên nhóm",
    "lead_id": "Phản ánh, kiến nghị",
    "legal_basis": "Căn cứ pháp lý",
    "level_id": "Cấp đơn vị",
    "media_type": "Loại tệp",
    "minutes_number": "Số biên bản",
    "mode": "Hình thức kiểm tra",
    "name": "Tên",
    "note": "Ghi chú",
    "number": "Số",
    "occurred_on": "Ngày",
    "organisation_id": "Cơ quan",
    "other_notes": "Nội dung khác",
    "parent_id": "Đơn vị cấp trên",
    "percent": "Tỷ lệ (%)",
    "person_id": "Cán bộ",
    "person_name": "Người bị xử lý",
    "phone": "Điện thoại",
    "place": "Địa điểm",
    "place_name": "Địa danh",
    "plan_id": "Kế hoạch",
    "position": "Thứ tự",
    "present": "Có mặt",
    "purpose": "Mục đích, yêu cầu",
    "rank": "Thứ bậc",
    "reason": "Lý do",
    "received_on": "Ngày tiếp nhận",
    "recommendation_id": "Kiến nghị",
    "removed": "Đã loại khỏi mẫu",
    "replaced_unit_id": "Đơn vị được thay thế",
    "responsible": "Người chịu trách nhiệm",
    "responsible_person_id": "Người chịu trách nhiệm",
    "responsible_unit_id": "Đơn vị thực hiện",
    "result": "Kết quả",
    "role": "Vai trò",
    "sampling_seed": "Số khởi tạo chọn mẫu",
    "scheduled_on": "Ngày dự kiến",
    "section_id": "Nhóm nội dung kiểm tra",
    "sequence": "Số thứ tự",
    "sha256": "Mã kiểm tra tệp (SHA-256)",
    "side": "Thành phần",
    "signed_on": "Ngày ký",
    "size": "Dung lượng",
    "source": "Nguồn",
    "source_detail": "Chi tiết nguồn",
    "start_on": "Ngày bắt đầu",
    "status": "Trạng thái",
    "stratum_id": "Nhóm chọn mẫu",
    "subject": "Nội dung kiểm tra",
    "summary": "Tóm tắt nội dung",
    "superior_name": "Cơ quan cấp trên",
    "team_id": "Đoàn kiểm tra",
    "team_role": "Vai trò trong đoàn",
    "template_id": "Bộ nội dung kiểm tra",
    "text": "Nội dung",
    "title": "Tiêu đề",
    "under_unit_id": "Thuộc đơn vị",
    "unit_id": "Đơn vị",
    "unit_opinion": "Ý kiến của đơn vị",
    "valid_until": "Hiệu lực đến",
    "version": "Phiên bản",
    "visit_id": "Cuộc kiểm tra",
    "weight": "Trọng số",
    "year": "Năm",
}
FIELD_OVERRIDES = {
    ("plan", "title"): "Tên kế hoạch",
    ("issued_document", "title"): "Trích yếu",
    ("checklist_section", "title"): "Tên nhóm",
    ("checklist_template", "name"): "Tên bộ nội dung",
    ("recommendation", "text"): "Nội dung kiến nghị",
    ("finding", "text"): "Nội dung",
    ("sanction", "decision_number"): "Số quyết định xử lý",
}
ENUM_WORDS: dict[str, str] = {
    **{str(k): v for k, v in (KIND_WORDS | ROLE_WORDS | SANCTION_WORDS).items()},
    **{str(k): v for k, v in HONORIFIC_WORDS.items() if v},
    "pass": "Đạt",
    "fail": "Chưa đạt",
    "na": "Không áp dụng",
    "unset": "Chưa đánh giá",
    "announced": "Theo kế hoạch",
    "unannounced": "Đột xuất",
    "press": "Báo chí",
    "hotline": "Đường dây nóng",
    "letter": "Đơn thư",
    "in_person": "Trực tiếp",
    "BB": "Biên bản",
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
}
"""Words for the stored codes of closed vocabularies (see ``domain.enums``)."""
TABLE_ENUM_WORDS = {
    ("visit", "planned"): "Dự kiến",
    ("visit", "notified"): "Đã thông báo",
    ("visit", "in_progress"): "Đang kiểm tra",
    ("visit", "drafted"): "Đã lập biên bản",
    ("visit", "signed"): "Đã ký biên bản",
    ("visit", "cancelled"): "Đã hủy",
    ("plan", "draft"): "Dự thảo",
    ("plan", "approved"): "Đã phê duyệt",
    ("plan", "in_progress"): "Đang thực hiện",
    ("plan", "closed"): "Đã kết thúc",
    ("recommendation", "open"): "Chưa khắc phục",
    ("recommendation", "in_progress"): "Đang khắc phục",
    ("recommendation", "done"): "Đã khắc phục",
    ("remediation_event", "open"): "Chưa khắc phục",
    ("remediation_event", "in_progress"): "Đang khắc phục",
    ("remediation_event", "done"): "Đã khắc phục",
    ("lead", "new"): "Mới tiếp nhận",
    ("lead", "verifying"): "Đang xác minh",
    ("lead", "visit_planned"): "Đã lên kế hoạch kiểm tra",
    ("lead", "closed"): "Đã xử lý xong",
    ("lead", "other"): "Khác",
    ("attendee", "team"): "Đoàn kiểm tra",
    ("attendee", "unit"): "Đại diện đơn vị được kiểm tra",
    ("attendee", "other"): "Thành phần khác",
}
"""Words for codes that mean different things in different tables."""
DECISION_WORDS = {"mine": "Giữ giá trị của tôi", "theirs": "Lấy giá trị của tệp kia"}


def table_name(table: str) -> str:
    """The Vietnamese name of a kind of data ("Đơn vị"); the table's own name if unknown."""
    return TABLE_NAMES.get(table, table)


def field_name(table: str, field: str) -> str:
    """The Vietnamese name of a field ("Nội dung"); the column's own name if unknown."""
    return FIELD_OVERRIDES.get((table, field)) or FIELD_NAMES.get(field, field)


def format_value(value: Any, table: str = "", field: str = "") -> str:
    """A stored value as a reader reads it: Có/Không, dd/mm/yyyy, words for codes."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return format_short_date(value)
    if isinstance(value, uuid.UUID):
        return f"(mã {str(value)[:8]})"
    if isinstance(value, bytes):
        return f"({len(value):,} byte)"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, Enum):  # before str: the vocabularies are StrEnums
        code = str(value.value)
        return TABLE_ENUM_WORDS.get((table, code)) or ENUM_WORDS.get(code) or code
    return str(value)


def decision_words(decision: str | tuple[str, Any] | None) -> str:
    """A decision in words: keep mine, take theirs, or the value typed instead."""
    if isinstance(decision, tuple):
        return f"Sửa thành: {format_value(decision[1])}"
    if decision == "edit":
        return "Sửa thành giá trị khác"
    return DECISION_WORDS.get(decision or "mine", DECISION_WORDS["mine"])
