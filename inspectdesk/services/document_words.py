"""Words the generated documents share: roles, sanctions, kinds, titles, stock sentences."""

from __future__ import annotations

from datetime import date

from inspectdesk.db.models import Plan
from inspectdesk.documents.report_data import RemediationStats
from inspectdesk.domain.enums import FindingKind, Honorific, SanctionForm, TeamRole
from inspectdesk.text import fold
from inspectdesk.text.dates import format_decree_date

ROLE_ORDER = {TeamRole.LEADER: 0, TeamRole.DEPUTY: 1, TeamRole.MEMBER: 2, TeamRole.SECRETARY: 3}
HONORIFIC_WORDS = {Honorific.MR: "Ông", Honorific.MS: "Bà", Honorific.NONE: ""}
ROLE_WORDS = {
    TeamRole.LEADER: "Trưởng đoàn",
    TeamRole.DEPUTY: "Phó Trưởng đoàn",
    TeamRole.MEMBER: "Thành viên",
    TeamRole.SECRETARY: "Thư ký",
}
SANCTION_WORDS = {
    SanctionForm.REMINDER: "Nhắc nhở",
    SanctionForm.CRITICISM: "Phê bình",
    SanctionForm.SELF_CRITICISM: "Yêu cầu kiểm điểm",
    SanctionForm.REPRIMAND: "Kỷ luật khiển trách",
    SanctionForm.WARNING: "Kỷ luật cảnh cáo",
    SanctionForm.DEMOTION: "Hạ bậc lương, giáng chức",
    SanctionForm.DISMISSAL: "Cách chức",
    SanctionForm.DISCHARGE: "Buộc thôi việc",
}
HEAD_TITLES = (
    ("uy ban nhan dan", "CHỦ TỊCH"),
    ("ubnd", "CHỦ TỊCH"),
    ("thanh tra", "CHÁNH THANH TRA"),
    ("so ", "GIÁM ĐỐC"),
    ("ban ", "TRƯỞNG BAN"),
    ("phong ", "TRƯỞNG PHÒNG"),
)
KIND_WORDS = {
    FindingKind.STRENGTH: "Ưu điểm",
    FindingKind.SHORTCOMING: "Tồn tại, hạn chế",
    FindingKind.VIOLATION: "Vi phạm",
}


def subject_of(plan: Plan) -> str:
    """The trích yếu: "Kết quả kiểm tra …" from the plan's title."""
    prefix = "ke hoach kiem tra"
    if fold(plan.title).startswith(prefix):
        return "Kết quả kiểm tra" + plan.title[len(prefix) :]
    return f"Kết quả kiểm tra theo Kế hoạch số {plan.number}"


def opening_sentence(
    plans: list[Plan], one_plan: bool, n: int, start: date | None, end: date | None
) -> str:
    basis = []
    for plan in plans:
        if one_plan and plan.decision_number:
            when = f" {format_decree_date(plan.decision_date)}" if plan.decision_date else ""
            basis.append(
                f"Quyết định số {plan.decision_number}{when} về việc thành lập Đoàn kiểm tra"
            )
        when = f" {format_decree_date(plan.issued_on)}" if plan.issued_on else ""
        of = f" của {plan.issuer}" if plan.issuer else ""
        basis.append(f"Kế hoạch số {plan.number}{when}{of}")
    period = ""
    if start and end:
        period = f" từ {format_decree_date(start)} đến {format_decree_date(end)}"
    done = f"đã tiến hành kiểm tra tại {n} cơ quan, đơn vị{period}"
    if one_plan:
        return (
            f"Thực hiện {' và '.join(basis)}, Đoàn kiểm tra {done}. "
            f"Đoàn kiểm tra báo cáo kết quả như sau:"
        )
    if not basis:
        return f"Trong thời gian{period or ' báo cáo'}, chưa có cuộc kiểm tra nào được tiến hành."
    return f"Thực hiện {'; '.join(basis)}, các Đoàn kiểm tra {done}. Kết quả cụ thể như sau:"


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, unless it starts an acronym (UBND)."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def recipients_of(superior: str, code: str) -> tuple[str, ...]:
    return (
        f"{superior} (để báo cáo);" if superior else "Như trên;",
        "Các cơ quan, đơn vị được kiểm tra;",
        f"Lưu: VT, {code}.",
    )


def head_title(organisation: str) -> str:
    """The title of an organisation's head, as a signature block prints it."""
    folded = fold(organisation)
    for prefix, title in HEAD_TITLES:
        if folded.startswith(prefix):
            return title
    return "THỦ TRƯỞNG CƠ QUAN"


def proposals_of(superior: str, rem: RemediationStats) -> tuple[str, ...]:
    remaining = rem.total - rem.done
    out = [
        f"Đề nghị Thủ trưởng các cơ quan, đơn vị được kiểm tra chỉ đạo khắc phục dứt điểm "
        f"{remaining} kiến nghị còn lại (trong đó {rem.overdue} kiến nghị đã quá hạn) và báo "
        f"cáo kết quả về Đoàn kiểm tra.",
    ]
    if superior:
        out.append(
            f"Đề nghị {superior} chỉ đạo tiếp tục tăng cường kỷ luật, kỷ cương hành chính "
            f"và xem xét xử lý trách nhiệm đối với các trường hợp vi phạm."
        )
    return tuple(out)
