"""The tables behind the demo database (:mod:`inspectdesk.services.demo`).

Plain constants only, drawn from the campaigns in ``seeds/``: Vĩnh Phúc's COVID-19
duty checks (Nov–Dec 2021), Hồ Chí Minh City's "heads answer for their staff" and hotline
1022, Trà Vinh's 2024 checks of heads and deputy heads, and Ziyuan county's undercover
"four don'ts, two directs" visits. Administrative codes are those of the national list
(QĐ 124/2004/QĐ-TTg). People are fictional.

Dates are ISO strings (``2021-11-08``), offsets from the build's "today" (``-56``,
``+9``, counted in days and moved off weekends) or a slot of the current week (``w0`` is
today, ``w1`` and ``w2`` the next days, never past Sunday).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from inspectdesk.domain.enums import PlanStatus

CODE_CATALOGUE = "QĐ 124/2004/QĐ-TTg"

# --- Organisations (column values of ``Organisation``) --------------------------------
ORGANISATIONS: dict[str, dict[str, Any]] = {
    "vp": {
        "name": "SỞ NỘI VỤ",
        "superior_name": "UBND TỈNH VĨNH PHÚC",
        "doc_code": "SNV",
        "place_name": "Vĩnh Yên",
        "is_default": True,
    },
    "tv": {
        "name": "SỞ NỘI VỤ",
        "superior_name": "UBND TỈNH TRÀ VINH",
        "doc_code": "SNV",
        "place_name": "Trà Vinh",
        "is_default": False,
    },
}

# --- The unit tree --------------------------------------------------------------------
VP_PROVINCE = ("UBND tỉnh Vĩnh Phúc", "26")

DEPARTMENTS: tuple[tuple[str, str], ...] = (
    # name, abbreviation used in its documents' numbers
    ("Sở Nội vụ", "SNV"),
    ("Sở Tài chính", "STC"),
    ("Sở Y tế", "SYT"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
    ("Sở Tư pháp", "STP"),
    ("Sở Xây dựng", "SXD"),
    ("Sở Giao thông vận tải", "SGTVT"),
    ("Sở Tài nguyên và Môi trường", "STNMT"),
    ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Văn phòng UBND tỉnh", "VP"),
)

District = tuple[str, str, int | None, tuple[tuple[str, str], ...]]
"""A district, its code, the percentage of its communes sampled, its communes and codes."""

DISTRICTS: tuple[District, ...] = (
    # the sampling percentages are those of seed 000
    (
        "thành phố Vĩnh Yên",
        "243",
        50,
        (
            ("phường Tích Sơn", "08707"),
            ("phường Liên Bảo", "08710"),
            ("phường Hội Hợp", "08713"),
            ("phường Đống Đa", "08716"),
            ("phường Ngô Quyền", "08719"),
            ("phường Đồng Tâm", "08722"),
            ("xã Định Trung", "08725"),
            ("xã Thanh Trù", "08731"),
        ),
    ),
    (
        "thành phố Phúc Yên",
        "244",
        50,
        (
            ("phường Trưng Trắc", "08734"),
            ("phường Hùng Vương", "08737"),
            ("phường Trưng Nhị", "08740"),
            ("phường Phúc Thắng", "08743"),
            ("phường Xuân Hòa", "08746"),
            ("xã Ngọc Thanh", "08749"),
            ("xã Cao Minh", "08752"),
        ),
    ),
    (
        "huyện Bình Xuyên",
        "249",
        50,
        (
            ("thị trấn Hương Canh", "08935"),
            ("thị trấn Gia Khánh", "08936"),
            ("xã Bá Hiến", "08944"),
            ("xã Thiện Kế", "08947"),
            ("xã Tam Hợp", "08953"),
            ("xã Sơn Lôi", "08959"),
        ),
    ),
    (
        "huyện Sông Lô",
        "253",
        50,
        (
            ("thị trấn Tam Sơn", "08824"),
            ("xã Lãng Công", "08773"),
            ("xã Nhân Đạo", "08803"),
            ("xã Đồng Thịnh", "08848"),
            ("xã Đức Bác", "08854"),
        ),
    ),
    (
        "huyện Tam Đảo",
        "248",
        30,
        (
            ("thị trấn Tam Đảo", "08908"),
            ("xã Hợp Châu", "08911"),
            ("xã Đại Đình", "08923"),
            ("xã Tam Quan", "08926"),
            ("xã Hồ Sơn", "08929"),
        ),
    ),
    (
        "huyện Lập Thạch",
        "246",
        30,
        (
            ("thị trấn Lập Thạch", "08761"),
            ("thị trấn Hoa Sơn", "08789"),
            ("xã Quang Sơn", "08764"),
            ("xã Ngọc Mỹ", "08767"),
            ("xã Liễn Sơn", "08791"),
            ("xã Tử Du", "08815"),
        ),
    ),
    (
        "huyện Vĩnh Tường",
        "252",
        30,
        (
            ("thị trấn Vĩnh Tường", "09076"),
            ("thị trấn Thổ Tang", "09112"),
            ("thị trấn Tứ Trưng", "09145"),
            ("xã Đại Đồng", "09100"),
            ("xã Tân Tiến", "09103"),
            ("xã Vũ Di", "09130"),
        ),
    ),
    (
        "huyện Yên Lạc",
        "251",
        30,
        (
            ("thị trấn Yên Lạc", "09025"),
            ("xã Đồng Cương", "09028"),
            ("xã Tề Lỗ", "09040"),
            ("xã Nguyệt Đức", "09052"),
            ("xã Liên Châu", "09064"),
        ),
    ),
    (
        "huyện Tam Dương",
        "247",
        30,
        (
            ("thị trấn Hợp Hòa", "08869"),
            ("xã Hoàng Hoa", "08872"),
            ("xã Kim Long", "08878"),
            ("xã Hướng Đạo", "08881"),
            ("xã Duy Phiên", "08893"),
        ),
    ),
)

TV_PROVINCE = ("UBND tỉnh Trà Vinh", "84")
TV_DEPARTMENT = "Sở Nội vụ tỉnh Trà Vinh"
TV_DISTRICT: District = (
    "huyện Trà Cú",
    "849",
    None,
    (
        ("thị trấn Trà Cú", "29461"),
        ("xã Phước Hưng", "29464"),
        ("xã Tập Sơn", "29467"),
        ("xã Ngãi Xuyên", "29479"),
    ),
)

EXTRA_UNITS: tuple[tuple[str, str, str], ...] = (
    # name, parent unit, kind
    ("Trường THCS Vĩnh Yên", "UBND thành phố Vĩnh Yên", "Trường học"),
    ("Trường THPT chuyên Vĩnh Phúc", "Sở Giáo dục và Đào tạo", "Trường học"),
    ("Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Phúc", "Sở Y tế", "Đơn vị sự nghiệp"),
    ("Trạm y tế phường Liên Bảo", "UBND phường Liên Bảo", "Trạm y tế"),
    ("Trạm y tế thị trấn Hương Canh", "UBND thị trấn Hương Canh", "Trạm y tế"),
    ("Trạm y tế xã Tập Sơn", "UBND xã Tập Sơn", "Trạm y tế"),
)

# --- People ---------------------------------------------------------------------------
INSPECTORS: tuple[tuple[str, str, str, str, str], ...] = (
    # key, organisation key, honorific code, full name, job title
    ("pgd", "vp", "ong", "Nguyễn Văn Thành", "Phó Giám đốc Sở Nội vụ"),
    ("ctt", "vp", "ba", "Trần Thị Thu Hà", "Chánh Thanh tra Sở"),
    ("pctt", "vp", "ong", "Lê Quang Huy", "Phó Chánh Thanh tra Sở"),
    ("tpcc", "vp", "ong", "Phạm Đức Long", "Trưởng phòng Công chức, viên chức"),
    ("pcchc", "vp", "ba", "Đỗ Thị Minh Nguyệt", "Phó Trưởng phòng Cải cách hành chính"),
    ("cvcc", "vp", "ong", "Hoàng Minh Tuấn", "Chuyên viên Phòng Công chức, viên chức"),
    ("cvcchc", "vp", "ba", "Vũ Thị Lan Anh", "Chuyên viên Phòng Cải cách hành chính"),
    ("ttv", "vp", "ong", "Bùi Văn Quyết", "Thanh tra viên, Thanh tra Sở"),
    ("cvvp", "vp", "ba", "Ngô Thị Hồng Nhung", "Chuyên viên Văn phòng Sở"),
    (
        "cvxd",
        "vp",
        "ong",
        "Dương Văn Khánh",
        "Chuyên viên Phòng Xây dựng chính quyền và công tác thanh niên",
    ),
    ("cvtt", "vp", "ba", "Kiều Thị Phương Thảo", "Chuyên viên Thanh tra Sở"),
    (
        "cvtc",
        "vp",
        "ong",
        "Nguyễn Hữu Nam",
        "Chuyên viên Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
    ),
    ("tv_pgd", "tv", "ong", "Huỳnh Văn Phúc", "Phó Giám đốc Sở Nội vụ tỉnh Trà Vinh"),
    ("tv_ctt", "tv", "ba", "Lâm Thị Ngọc Hân", "Chánh Thanh tra Sở Nội vụ tỉnh Trà Vinh"),
    ("tv_cvcc", "tv", "ong", "Thạch Minh Tâm", "Chuyên viên Phòng Công chức, viên chức"),
    ("tv_cvtt", "tv", "ba", "Nguyễn Thị Kim Ngân", "Chuyên viên Thanh tra Sở"),
)

SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng",
    "Ngô", "Dương", "Phan", "Kiều", "Lưu", "Tạ", "Hà", "Đào", "Triệu",
)  # fmt: skip
SOUTHERN_SURNAMES = ("Thạch", "Sơn", "Huỳnh", "Lâm", "Trương", "Nguyễn", "Trần", "Lê", "Kim")
MALE_MIDDLE = ("Văn", "Đức", "Quang", "Hữu", "Minh", "Xuân", "Công", "Mạnh")
FEMALE_MIDDLE = ("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim", "Phương")
MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Thắng", "Hải", "Long", "Sơn", "Quân",
    "Trung", "Cường", "Bình", "Khánh", "Toàn", "Hiếu", "Phong", "Nghĩa",
)  # fmt: skip
FEMALE_GIVEN = (
    "Lan", "Hương", "Hà", "Hằng", "Thủy", "Nga", "Mai", "Hạnh",
    "Trang", "Huyền", "Liên", "Oanh", "Dung", "Loan", "Thảo", "Nhung",
)  # fmt: skip

# --- Plans ----------------------------------------------------------------------------
LAW_ON_CADRES = (
    "Căn cứ Luật Cán bộ, công chức ngày 13/11/2008; Luật sửa đổi, bổ sung một số điều của "
    "Luật Cán bộ, công chức và Luật Viên chức ngày 25/11/2019;"
)
COVID_TITLE = "Kế hoạch kiểm tra trách nhiệm thực thi công vụ về phòng, chống dịch Covid-19"
COVID_LEGAL_BASIS = "\n".join(
    (
        LAW_ON_CADRES,
        "Căn cứ Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ ban hành Quy định tạm "
        "thời “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”;",
        "Căn cứ Quyết định số 2194/QĐ-BCĐQG ngày 27/5/2020 của Ban Chỉ đạo Quốc gia phòng, "
        "chống dịch Covid-19 về “Hướng dẫn phòng, chống và đánh giá nguy cơ lây nhiễm dịch "
        "Covid-19 tại nơi làm việc và ký túc xá cho người lao động”;",
        "Căn cứ các quy định của Trung ương, của Tỉnh ủy, UBND tỉnh, Chủ tịch UBND tỉnh và Ban "
        "Chỉ đạo phòng, chống dịch Covid-19 của tỉnh về phòng, chống dịch Covid-19.",
    )
)
COVID_PURPOSE = (
    "Phát hiện những tồn tại, hạn chế trong việc thực hiện các quy định của Trung ương, của "
    "Tỉnh ủy, UBND tỉnh, Chủ tịch UBND tỉnh và Ban Chỉ đạo phòng, chống dịch Covid-19 của tỉnh "
    "về phòng, chống dịch Covid-19; tăng cường kỷ luật công vụ, chấn chỉnh tác phong, lề lối "
    "làm việc của đội ngũ cán bộ, công chức, viên chức, nhân viên tại các cơ quan, đơn vị, địa "
    "phương; kịp thời ghi nhận, biểu dương các đơn vị làm tốt; kiến nghị cơ quan có thẩm quyền "
    "xem xét, xử lý các hành vi vi phạm theo đúng quy định của pháp luật. Đồng thời sớm phát "
    "hiện những hạn chế, bất cập về cơ chế, chính sách để kiến nghị cấp có thẩm quyền điều "
    "chỉnh kịp thời, nâng cao hiệu quả công tác phòng, chống dịch bệnh và phát triển kinh tế - "
    "xã hội trên địa bàn."
)
COVID_NOTE = (
    "Trước mắt trong tháng 11 và tháng 12/2021 kiểm tra 100% các sở, ban, ngành; 100% UBND "
    "các huyện, thành phố; 50% đơn vị cấp xã thuộc thành phố Vĩnh Yên, thành phố Phúc Yên, "
    "huyện Bình Xuyên, huyện Sông Lô; 30% đơn vị cấp xã thuộc các huyện Tam Đảo, Lập Thạch, "
    "Vĩnh Tường, Yên Lạc, Tam Dương."
)
COVID_SUBJECT = "Kiểm tra trách nhiệm thực thi công vụ về phòng, chống dịch Covid-19 tại {unit}"

TV_TITLE = "Kế hoạch kiểm tra công vụ năm 2024"
TV_LEGAL_BASIS = "\n".join(
    (
        LAW_ON_CADRES,
        "Căn cứ Công văn số 5712/UBND-NC của Chủ tịch UBND tỉnh Trà Vinh về việc nâng cao chất "
        "lượng kiểm tra công vụ năm 2024 và những năm tiếp theo.",
    )
)
TV_PURPOSE = (
    "Tập trung kiểm tra sâu, cụ thể việc thực hiện chức trách, nhiệm vụ được giao của người "
    "đứng đầu, cấp phó của người đứng đầu cơ quan, đơn vị, địa phương (công tác triển khai, "
    "thực hiện nhiệm vụ; thời gian xử lý công việc từ tiếp nhận, xử lý đến tham mưu; chất "
    "lượng công việc được giao); kiểm tra ngẫu nhiên hồ sơ cụ thể trên từng lĩnh vực. Kết quả "
    "kiểm tra là cơ sở đánh giá chất lượng cán bộ cuối năm và xem xét quy hoạch cán bộ."
)
HEADS_SUBJECT = (
    "Kiểm tra việc thực hiện chức trách, nhiệm vụ của người đứng đầu, cấp phó của người đứng "
    "đầu {unit}"
)

CURRENT_TITLE = "Kế hoạch kiểm tra công vụ năm {year}"
CURRENT_LEGAL_BASIS = "\n".join(
    (
        LAW_ON_CADRES,
        "Căn cứ chỉ đạo của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương hành chính, "
        "nâng cao trách nhiệm của người đứng đầu trong thực thi công vụ;",
        "Căn cứ Kế hoạch cải cách hành chính năm {year} của UBND tỉnh.",
    )
)
CURRENT_PURPOSE = (
    "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính và việc thực hiện chức trách, nhiệm "
    "vụ của người đứng đầu, cấp phó của người đứng đầu các cơ quan, đơn vị, địa phương; kịp "
    "thời chấn chỉnh, xử lý các trường hợp vi phạm; kết hợp kiểm tra đột xuất theo phản ánh "
    "của người dân qua đường dây nóng và đơn thư."
)
CURRENT_SUBJECT = "Kiểm tra công vụ năm {year} tại {unit}"

PLANS: dict[str, dict[str, Any]] = {  # column values of ``Plan``
    "covid": {
        "number": "230/KH-UBND",
        "title": COVID_TITLE,
        "issuer": "UBND tỉnh Vĩnh Phúc",
        "issued_on": date(2021, 10, 28),
        "start_on": date(2021, 11, 1),
        "end_on": date(2021, 12, 31),
        "legal_basis": COVID_LEGAL_BASIS,
        "purpose": COVID_PURPOSE,
        "decision_number": "1234/QĐ-UBND",
        "decision_date": date(2021, 10, 29),
        "status": PlanStatus.CLOSED,
        "sampling_seed": 2021,
        "note": COVID_NOTE,
    },
    "tv2024": {
        "number": "35/KH-SNV",
        "title": TV_TITLE,
        "issuer": "Sở Nội vụ tỉnh Trà Vinh",
        "issued_on": date(2024, 3, 20),
        "start_on": date(2024, 4, 1),
        "end_on": date(2024, 11, 30),
        "legal_basis": TV_LEGAL_BASIS,
        "purpose": TV_PURPOSE,
        "decision_number": "86/QĐ-SNV",
        "decision_date": date(2024, 4, 5),
        "status": PlanStatus.CLOSED,
    },
    "current": {  # "{year}" is the build's year; the dates follow its visits
        "number": "18/KH-UBND",
        "title": CURRENT_TITLE,
        "issuer": "UBND tỉnh Vĩnh Phúc",
        "legal_basis": CURRENT_LEGAL_BASIS,
        "purpose": CURRENT_PURPOSE,
        "decision_number": "25/QĐ-SNV",
        "status": PlanStatus.IN_PROGRESS,
    },
}
PLAN_LINKS: dict[str, tuple[str, str, str]] = {
    # plan -> organisation, checklist (built-in key), subject of its visits
    "covid": ("vp", "covid-duty-2021", COVID_SUBJECT),
    "tv2024": ("tv", "heads-duty-2024", HEADS_SUBJECT),
    "current": ("vp", "heads-duty-2024", CURRENT_SUBJECT),
}

STRATA: tuple[tuple[str, str, str, str, float | None, int | None, str], ...] = (
    # plan, kind, level, under unit, percent, count, label (seed 000 for the COVID plan)
    (
        "covid",
        "Sở, ban, ngành",
        "Tỉnh",
        "UBND tỉnh Vĩnh Phúc",
        100,
        None,
        "100% các sở, ban, ngành",
    ),
    (
        "covid",
        "UBND cấp huyện",
        "Huyện",
        "UBND tỉnh Vĩnh Phúc",
        100,
        None,
        "100% UBND các huyện, thành phố",
    ),
    *(
        (
            "covid",
            "UBND cấp xã",
            "Xã",
            f"UBND {district}",
            percent,
            None,
            f"{percent}% đơn vị cấp xã thuộc {district}",
        )
        for district, _, percent, _ in DISTRICTS
    ),
    (
        "tv2024",
        "UBND cấp xã",
        "Xã",
        "UBND huyện Trà Cú",
        None,
        2,
        "02 đơn vị cấp xã thuộc huyện Trà Cú",
    ),
    (
        "current",
        "Sở, ban, ngành",
        "Tỉnh",
        "UBND tỉnh Vĩnh Phúc",
        50,
        None,
        "50% các sở, ban, ngành",
    ),
    (
        "current",
        "UBND cấp xã",
        "Xã",
        "UBND tỉnh Vĩnh Phúc",
        None,
        8,
        "08 đơn vị cấp xã, chọn ngẫu nhiên",
    ),
)

# --- Teams: key, plan key, name, doc_code, undercover, note, members (inspector, role) -
FOUR_DONTS = (
    "Kiểm tra theo phương thức “bốn không, hai thẳng”: không báo trước, không chào hỏi, không "
    "nghe báo cáo, không cần người đi cùng tiếp đón; đi thẳng cơ sở, vào thẳng hiện trường. "
    "Trọng tâm “bốn xem”: trách nhiệm có được thực hiện, biện pháp có đến nơi, người có đúng "
    "vị trí, tác phong có nghiêm túc."
)
TEAMS: tuple[tuple[str, str, str, str, bool, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "d1",
        "covid",
        "Đoàn kiểm tra số 1",
        "ĐKT",
        False,
        "",
        (("pgd", "leader"), ("tpcc", "deputy"), ("cvcc", "member"), ("cvvp", "secretary")),
    ),
    (
        "d2",
        "covid",
        "Đoàn kiểm tra số 2",
        "ĐKT",
        False,
        "",
        (("ctt", "leader"), ("pcchc", "deputy"), ("cvcchc", "member"), ("cvtt", "secretary")),
    ),
    (
        "d3",
        "covid",
        "Đoàn kiểm tra số 3",
        "ĐKT",
        False,
        "",
        (("pctt", "leader"), ("ttv", "deputy"), ("cvtc", "member"), ("cvxd", "secretary")),
    ),
    (
        "dx",
        "covid",
        "Tổ kiểm tra đột xuất",
        "ĐKT",
        True,
        FOUR_DONTS,
        (("ttv", "leader"), ("cvcc", "member"), ("cvtt", "secretary")),
    ),
    (
        "tv",
        "tv2024",
        "Đoàn Kiểm tra công vụ tỉnh Trà Vinh",
        "ĐKT",
        False,
        "",
        (
            ("tv_pgd", "leader"),
            ("tv_ctt", "deputy"),
            ("tv_cvcc", "member"),
            ("tv_cvtt", "secretary"),
        ),
    ),
    (
        "now",
        "current",
        "Đoàn kiểm tra công vụ năm {year}",
        "ĐKT",
        False,
        "",
        (
            ("pgd", "leader"),
            ("ctt", "deputy"),
            ("cvcchc", "member"),
            ("cvtc", "member"),
            ("cvvp", "secretary"),
        ),
    ),
    (
        "nowx",
        "current",
        "Tổ kiểm tra đột xuất năm {year}",
        "ĐKT",
        True,
        FOUR_DONTS,
        (("pctt", "leader"), ("cvcc", "member"), ("cvtt", "secretary")),
    ),
)

# --- Leads: key, received, source, detail, summary, unit, status, note -----------------
LEADS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "press",
        "2021-11-15",
        "press",
        "Báo Vĩnh Phúc điện tử",
        "Phản ánh người dân đến làm thủ tục tại bộ phận tiếp nhận và trả kết quả UBND thị trấn "
        "Tam Sơn (huyện Sông Lô) phải chờ lâu; một số công chức không đeo khẩu trang, không "
        "yêu cầu khai báo y tế.",
        "UBND thị trấn Tam Sơn",
        "closed",
        "Đã kiểm tra đột xuất, xử lý vi phạm và trả lời cơ quan báo chí bằng văn bản.",
    ),
    (
        "hotline2021",
        "2021-11-22",
        "hotline",
        "Đường dây nóng 1022",
        "Người dân phản ánh bộ phận một cửa UBND xã Đồng Cương thường xuyên không có người "
        "trực trong giờ làm việc buổi chiều.",
        "UBND xã Đồng Cương",
        "closed",
        "Tổ kiểm tra đột xuất đã kiểm tra, xác minh; phản ánh đúng.",
    ),
    (
        "hotline",
        "-5",
        "hotline",
        "Đường dây nóng 1022",
        "Người dân phản ánh công chức địa chính - xây dựng xã Thanh Trù thường xuyên vắng mặt "
        "trong giờ hành chính, hẹn nhiều lần nhưng chưa giải quyết hồ sơ.",
        "UBND xã Thanh Trù",
        "visit_planned",
        "Giao Tổ kiểm tra đột xuất kiểm tra theo phương thức “bốn không, hai thẳng”.",
    ),
    (
        "letter",
        "-20",
        "letter",
        "Đơn của công dân gửi Sở Nội vụ",
        "Phản ánh hồ sơ đăng ký biến động đất đai nộp tại Sở Tài nguyên và Môi trường quá hạn "
        "25 ngày chưa được giải quyết, không có văn bản xin lỗi và hẹn lại ngày trả kết quả.",
        "Sở Tài nguyên và Môi trường",
        "verifying",
        "Đã đề nghị Sở Tài nguyên và Môi trường báo cáo, giải trình.",
    ),
    (
        "visitor",
        "-1",
        "in_person",
        "Công dân phản ánh trực tiếp tại trụ sở Sở Nội vụ",
        "Phản ánh công chức tiếp nhận hồ sơ tại UBND phường Trưng Trắc có thái độ thiếu tôn "
        "trọng người dân.",
        "UBND phường Trưng Trắc",
        "new",
        "",
    ),
)

# --- Visits: team, unit, when, status, mode, lead key ----------------------------------
COVID_VISITS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("d1", "Sở Y tế", "2021-11-08", "signed", "announced", ""),
    ("d1", "UBND thành phố Vĩnh Yên", "2021-11-09", "signed", "announced", ""),
    ("d1", "UBND phường Liên Bảo", "2021-11-10", "signed", "unannounced", ""),
    ("d1", "UBND phường Tích Sơn", "2021-11-11", "signed", "unannounced", ""),
    ("d1", "UBND xã Thanh Trù", "2021-11-16", "signed", "unannounced", ""),
    ("d1", "Sở Giáo dục và Đào tạo", "2021-11-17", "signed", "announced", ""),
    ("d1", "Trường THCS Vĩnh Yên", "2021-11-18", "signed", "unannounced", ""),
    ("d2", "Sở Tài chính", "2021-11-09", "signed", "announced", ""),
    ("d2", "UBND thành phố Phúc Yên", "2021-11-10", "signed", "announced", ""),
    ("d2", "UBND phường Hùng Vương", "2021-11-12", "signed", "unannounced", ""),
    ("d2", "UBND xã Ngọc Thanh", "2021-11-15", "signed", "unannounced", ""),
    ("d2", "UBND huyện Bình Xuyên", "2021-11-19", "signed", "announced", ""),
    ("d2", "UBND thị trấn Hương Canh", "2021-11-23", "signed", "unannounced", ""),
    ("d2", "Sở Kế hoạch và Đầu tư", "2021-11-24", "cancelled", "announced", ""),
    ("d3", "Sở Tư pháp", "2021-11-10", "signed", "announced", ""),
    ("d3", "UBND huyện Vĩnh Tường", "2021-11-12", "signed", "announced", ""),
    ("d3", "UBND thị trấn Thổ Tang", "2021-11-16", "signed", "unannounced", ""),
    ("d3", "UBND huyện Tam Đảo", "2021-11-22", "signed", "announced", ""),
    ("d3", "UBND huyện Lập Thạch", "2021-12-01", "signed", "announced", ""),
    ("dx", "UBND thị trấn Tam Sơn", "2021-11-18", "signed", "unannounced", "press"),
    ("dx", "UBND xã Đồng Cương", "2021-11-25", "signed", "unannounced", "hotline2021"),
    ("dx", "UBND thị trấn Yên Lạc", "2021-12-02", "signed", "unannounced", ""),
)

TV_VISITS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("tv", "UBND huyện Trà Cú", "2024-05-14", "signed", "announced", ""),
    ("tv", "UBND xã Tập Sơn", "2024-05-15", "signed", "announced", ""),
    ("tv", "Trạm y tế xã Tập Sơn", "2024-05-16", "signed", "announced", ""),
    ("tv", "UBND thị trấn Trà Cú", "2024-05-17", "signed", "unannounced", ""),
)

CURRENT_VISITS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("now", "Sở Xây dựng", "-56", "signed", "announced", ""),
    ("nowx", "UBND phường Đồng Tâm", "-42", "signed", "unannounced", ""),
    ("now", "Sở Giao thông vận tải", "-28", "signed", "announced", ""),
    ("now", "Sở Lao động - Thương binh và Xã hội", "-21", "cancelled", "announced", ""),
    ("now", "Sở Tài nguyên và Môi trường", "-4", "drafted", "announced", ""),
    ("now", "UBND phường Ngô Quyền", "w0", "in_progress", "announced", ""),
    ("now", "Sở Văn hóa, Thể thao và Du lịch", "w1", "notified", "announced", ""),
    ("now", "Văn phòng UBND tỉnh", "w2", "notified", "announced", ""),
    ("nowx", "UBND xã Thanh Trù", "w1", "planned", "unannounced", "hotline"),
    ("now", "UBND phường Trưng Trắc", "+9", "planned", "announced", ""),
    ("now", "UBND thị trấn Gia Khánh", "+16", "planned", "announced", ""),
)

HEAD_TITLES: tuple[tuple[str, str, str], ...] = (
    # name prefix, the head's title, the deputy's title (followed by the unit's name)
    ("UBND", "Chủ tịch", "Phó Chủ tịch"),
    ("Sở", "Giám đốc", "Phó Giám đốc"),
    ("Trung tâm", "Giám đốc", "Phó Giám đốc"),
    ("Trường", "Hiệu trưởng", "Phó Hiệu trưởng"),
    ("Trạm y tế", "Trưởng", "Phó Trưởng"),
    ("Văn phòng", "Chánh", "Phó Chánh"),
)

VISITS = {"covid": COVID_VISITS, "tv2024": TV_VISITS, "current": CURRENT_VISITS}

CANCEL_NOTE = (
    "Hoãn kiểm tra do trùng lịch làm việc của đơn vị với đoàn công tác cấp trên; đơn vị được "
    "bố trí kiểm tra ở đợt sau."
)

# --- Findings: checklist item code, kind, text, cause, recommendation ------------------
FindingRow = tuple[str, str, str, str, str]

COVID_FINDINGS: tuple[FindingRow, ...] = (
    (
        "1.1",
        "strength",
        "Ban hành kịp thời kế hoạch, công văn chỉ đạo triển khai phòng, chống dịch Covid-19 "
        "ngay sau khi có chỉ đạo của UBND tỉnh",
        "",
        "",
    ),
    (
        "1.1",
        "shortcoming",
        "Chưa ban hành kế hoạch triển khai Nghị quyết số 128/NQ-CP của Chính phủ tại đơn vị; "
        "còn sao gửi văn bản của cấp trên, chưa cụ thể hóa nhiệm vụ",
        "Lãnh đạo đơn vị chưa quan tâm chỉ đạo kịp thời",
        "Ban hành kế hoạch triển khai Nghị quyết số 128/NQ-CP, phân công nhiệm vụ cụ thể cho "
        "từng bộ phận",
    ),
    (
        "2.1",
        "strength",
        "Quán triệt các văn bản chỉ đạo về phòng, chống dịch tại giao ban hằng tuần, có biên "
        "bản ghi nhận; thông tin kịp thời qua nhóm trao đổi của cơ quan",
        "",
        "",
    ),
    (
        "2.1",
        "shortcoming",
        "Bảng tin của cơ quan chưa cập nhật thông điệp 5K và hướng dẫn khai báo y tế điện tử",
        "Chưa giao bộ phận cụ thể phụ trách công tác tuyên truyền",
        "Cập nhật bảng tin, niêm yết thông điệp 5K và mã QR khai báo y tế tại trụ sở",
    ),
    ("3.1", "strength", "Lịch trực được phân công đầy đủ, có sổ theo dõi", "", ""),
    (
        "3.1",
        "violation",
        "Lịch trực phòng, chống dịch ngày kiểm tra phân công 02 người nhưng chỉ có 01 người có "
        "mặt; sổ trực không được ghi chép đầy đủ",
        "Công chức được phân công trực chưa nghiêm túc; lãnh đạo đơn vị chưa kiểm tra, đôn đốc",
        "Chấn chỉnh việc trực phòng, chống dịch; kiểm điểm công chức vắng mặt khi được phân "
        "công trực",
    ),
    (
        "3.2",
        "strength",
        "Đã xây dựng phương án xử lý khi phát hiện trường hợp mắc Covid-19 tại cơ quan, phân "
        "công cụ thể từng bộ phận",
        "",
        "",
    ),
    (
        "3.2",
        "shortcoming",
        "Chưa xây dựng phương án phòng, chống dịch tại nơi làm việc",
        "Đơn vị chủ quan khi tình hình dịch trên địa bàn tạm ổn định",
        "Xây dựng, ban hành phương án phòng, chống dịch tại nơi làm việc theo Quyết định số "
        "2194/QĐ-BCĐQG",
    ),
    (
        "4.1",
        "strength",
        "Tỷ lệ hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 đạt trên 60%; có người "
        "hướng dẫn người dân nộp hồ sơ trực tuyến",
        "",
        "",
    ),
    (
        "4.1",
        "shortcoming",
        "Tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến mức độ 3, 4 thấp (dưới 10%); chưa bố trí "
        "người hướng dẫn người dân nộp hồ sơ trực tuyến",
        "Thiết bị còn hạn chế; công chức chưa tích cực hướng dẫn người dân",
        "Bố trí công chức hướng dẫn, hỗ trợ người dân, doanh nghiệp nộp hồ sơ trực tuyến",
    ),
    (
        "4.2",
        "strength",
        "Bố trí đủ công chức tại bộ phận một cửa; niêm yết công khai thủ tục hành chính và số "
        "điện thoại đường dây nóng",
        "",
        "",
    ),
    (
        "4.2",
        "violation",
        "02 công chức bộ phận một cửa vắng mặt trong giờ làm việc không có lý do, không báo cáo "
        "lãnh đạo",
        "Ý thức chấp hành kỷ luật, kỷ cương hành chính của một số công chức chưa cao",
        "Xem xét, xử lý trách nhiệm công chức vắng mặt không lý do; báo cáo kết quả về Sở Nội vụ",
    ),
    (
        "4.2",
        "shortcoming",
        "Chưa niêm yết lịch tiếp công dân và số điện thoại đường dây nóng tại bộ phận một cửa",
        "",
        "Niêm yết công khai lịch tiếp công dân, số điện thoại đường dây nóng",
    ),
    (
        "5.1",
        "strength",
        "Thực hiện nghiêm yêu cầu 5K tại nơi làm việc; bố trí điểm khai báo y tế bằng mã QR và "
        "nước sát khuẩn tại cổng trụ sở",
        "",
        "",
    ),
    (
        "5.1",
        "violation",
        "02 công chức bộ phận một cửa không đeo thẻ công chức, 01 công chức không đeo khẩu "
        "trang khi tiếp công dân",
        "Người đứng đầu chưa kiểm tra, nhắc nhở thường xuyên",
        "Chấn chỉnh ngay việc đeo thẻ công chức, đeo khẩu trang khi thực thi công vụ; người "
        "đứng đầu chịu trách nhiệm về việc công chức thuộc quyền vi phạm",
    ),
    (
        "5.1",
        "shortcoming",
        "Không bố trí nước sát khuẩn tay, không yêu cầu khách đến làm việc khai báo y tế",
        "",
        "Bố trí nước sát khuẩn, bàn khai báo y tế và người hướng dẫn tại lối vào trụ sở",
    ),
    (
        "5.2",
        "strength",
        "Thành lập tổ an toàn Covid-19; định kỳ tự đánh giá và cập nhật trên hệ thống an toàn "
        "Covid-19",
        "",
        "",
    ),
    (
        "5.2",
        "shortcoming",
        "Chưa thành lập tổ kiểm tra phòng, chống dịch nội bộ của cơ quan",
        "",
        "Thành lập tổ kiểm tra nội bộ, định kỳ kiểm tra việc thực hiện biện pháp phòng dịch",
    ),
    (
        "5.3",
        "strength",
        "Đã thành lập tủ thuốc; test nhanh Covid-19 theo mẫu gộp hằng tuần đối với 3-5% số cán "
        "bộ, nhân viên và khách đến làm việc",
        "",
        "",
    ),
    (
        "5.3",
        "shortcoming",
        "Chưa thành lập tủ thuốc của cơ quan; chưa tổ chức tự test nhanh Covid-19 theo mẫu gộp "
        "hằng tuần",
        "Chưa bố trí kinh phí mua sinh phẩm xét nghiệm",
        "Thành lập tủ thuốc, tổ chức tự test nhanh theo mẫu gộp theo hướng dẫn của Sở Y tế",
    ),
    (
        "6.1",
        "strength",
        "Chấp hành đầy đủ, đúng hạn chế độ thông tin, báo cáo về phòng, chống dịch Covid-19",
        "",
        "",
    ),
    (
        "6.1",
        "shortcoming",
        "Báo cáo tuần về kết quả phòng, chống dịch gửi UBND tỉnh chậm 02 kỳ so với thời hạn",
        "Chưa phân công công chức đầu mối tổng hợp báo cáo",
        "Phân công công chức đầu mối, bảo đảm gửi báo cáo đúng thời hạn",
    ),
)

HEADS_FINDINGS: tuple[FindingRow, ...] = (
    (
        "1.1",
        "strength",
        "Người đứng đầu ban hành chương trình công tác năm, phân công nhiệm vụ cụ thể cho từng "
        "cấp phó và từng công chức, có theo dõi kết quả thực hiện",
        "",
        "",
    ),
    (
        "1.1",
        "shortcoming",
        "Chương trình công tác năm chưa được cụ thể hóa thành kế hoạch quý; chưa theo dõi tiến "
        "độ thực hiện từng nhiệm vụ được giao",
        "Người đứng đầu chưa quan tâm đúng mức đến việc kiểm tra, đôn đốc",
        "Cụ thể hóa chương trình công tác thành kế hoạch quý, phân công theo dõi tiến độ",
    ),
    (
        "1.2",
        "strength",
        "100% hồ sơ thủ tục hành chính được chọn kiểm tra giải quyết đúng và trước hạn",
        "",
        "",
    ),
    (
        "1.2",
        "violation",
        "03/20 hồ sơ được chọn ngẫu nhiên giải quyết quá hạn từ 05 đến 12 ngày, không có văn "
        "bản xin lỗi và hẹn lại ngày trả kết quả",
        "Công chức thụ lý chưa theo dõi thời hạn; cấp phó phụ trách chưa kiểm soát quá trình "
        "giải quyết",
        "Rà soát hồ sơ quá hạn, xin lỗi người dân theo quy định; kiểm điểm trách nhiệm cá "
        "nhân để xảy ra chậm trễ",
    ),
    (
        "1.2",
        "shortcoming",
        "Văn bản đến chưa được cập nhật thời hạn xử lý trên phần mềm quản lý văn bản, khó theo "
        "dõi thời gian xử lý từ tiếp nhận đến tham mưu",
        "",
        "Cập nhật đầy đủ thời hạn xử lý văn bản, theo dõi văn bản sắp đến hạn",
    ),
    (
        "1.3",
        "strength",
        "Văn bản tham mưu bảo đảm chất lượng, đúng thể thức; không có văn bản bị trả lại",
        "",
        "",
    ),
    (
        "1.3",
        "shortcoming",
        "02 văn bản tham mưu bị trả lại để chỉnh sửa do chưa đúng thể thức theo Nghị định số "
        "30/2020/NĐ-CP",
        "Công chức chưa nắm vững quy định về thể thức văn bản",
        "Tập huấn lại quy định về thể thức, kỹ thuật trình bày văn bản hành chính",
    ),
    (
        "2.1",
        "strength",
        "Chủ động tham mưu ban hành các văn bản thuộc lĩnh vực phụ trách, bảo đảm tiến độ",
        "",
        "",
    ),
    (
        "2.1",
        "shortcoming",
        "Cấp phó phụ trách lĩnh vực chưa chủ động tham mưu, còn chờ ý kiến chỉ đạo đối với 01 "
        "nhiệm vụ được giao",
        "Còn tâm lý né tránh, sợ trách nhiệm",
        "Chủ động tham mưu, giải quyết dứt điểm nhiệm vụ được giao; báo cáo kết quả về Sở Nội vụ",
    ),
    (
        "3.1",
        "strength",
        "Hồ sơ được chọn ngẫu nhiên lưu trữ đầy đủ, có phiếu kiểm soát quá trình giải quyết",
        "",
        "",
    ),
    (
        "3.1",
        "violation",
        "02/10 hồ sơ được chọn ngẫu nhiên thiếu phiếu kiểm soát quá trình giải quyết; 01 hồ sơ "
        "yêu cầu người dân bổ sung giấy tờ không có trong quy định",
        "Công chức tự đặt thêm thành phần hồ sơ, chưa đúng quy trình một cửa",
        "Chấm dứt việc yêu cầu thành phần hồ sơ ngoài quy định; bổ sung phiếu kiểm soát",
    ),
    (
        "4.1",
        "strength",
        "Cán bộ, công chức có mặt đầy đủ, đúng giờ tại thời điểm kiểm tra",
        "",
        "",
    ),
    (
        "4.1",
        "violation",
        "01 công chức đến muộn 35 phút không có lý do; sổ theo dõi giờ làm việc không được ghi "
        "chép",
        "Người đứng đầu buông lỏng quản lý thời giờ làm việc",
        "Chấn chỉnh việc chấp hành thời giờ làm việc; xem xét trách nhiệm công chức vi phạm",
    ),
    (
        "4.2",
        "strength",
        "Cán bộ, công chức đeo thẻ, trang phục đúng quy định; ứng xử văn minh với người dân",
        "",
        "",
    ),
    (
        "4.2",
        "violation",
        "02 công chức bộ phận một cửa không đeo thẻ công chức",
        "",
        "Chấn chỉnh ngay việc đeo thẻ công chức khi thực thi công vụ",
    ),
    (
        "4.3",
        "strength",
        "Không có phản ánh của người dân, doanh nghiệp về thái độ, trách nhiệm của cán bộ, "
        "công chức",
        "",
        "",
    ),
    (
        "4.3",
        "shortcoming",
        "Có 01 phản ánh của người dân về việc phải bổ sung hồ sơ nhiều lần; người đứng đầu chưa "
        "kịp thời kiểm điểm trách nhiệm công chức để xảy ra sự việc",
        "Người đứng đầu chưa thực hiện đầy đủ trách nhiệm quản lý công chức thuộc quyền",
        "Người đứng đầu tổ chức kiểm điểm, làm rõ trách nhiệm và trả lời người dân bằng văn bản",
    ),
)

FINDINGS: dict[str, tuple[FindingRow, ...]] = {  # checklist -> the pool of findings
    "covid-duty-2021": COVID_FINDINGS,
    "heads-duty-2024": HEADS_FINDINGS,
}

SPECIAL_FINDINGS: dict[str, tuple[FindingRow, ...]] = {  # unit -> what was found there
    "UBND thị trấn Tam Sơn": (
        (
            "4.2",
            "violation",
            "Tại thời điểm kiểm tra (07 giờ 45 phút), bộ phận tiếp nhận và trả kết quả chỉ có "
            "01/04 công chức có mặt; người dân phải chờ trên 30 phút",
            "Công chức chưa chấp hành nghiêm thời giờ làm việc; lãnh đạo buông lỏng quản lý",
            "Kiểm điểm công chức vắng mặt; Chủ tịch UBND thị trấn chịu trách nhiệm về việc công "
            "chức thuộc quyền vi phạm",
        ),
        (
            "5.1",
            "violation",
            "02 công chức không đeo khẩu trang khi tiếp công dân; bàn khai báo y tế tại cổng "
            "trụ sở không có người trực, không yêu cầu người dân khai báo y tế",
            "Chủ quan, lơ là trong thực hiện quy định phòng, chống dịch",
            "Bố trí người trực bàn khai báo y tế; chấn chỉnh ngay việc đeo khẩu trang",
        ),
        (
            "3.1",
            "shortcoming",
            "Lịch trực có phân công nhưng không có sổ theo dõi người ra vào trụ sở",
            "",
            "Lập sổ theo dõi người ra vào trụ sở, ghi chép hằng ngày",
        ),
        (
            "2.1",
            "strength",
            "Loa truyền thanh phát thông điệp phòng, chống dịch hằng ngày tại khu vực chờ",
            "",
            "",
        ),
    ),
    "UBND xã Đồng Cương": (
        (
            "4.2",
            "violation",
            "Tại thời điểm kiểm tra, bộ phận một cửa đóng cửa, không có công chức trực; người "
            "dân phải chờ 45 phút",
            "Công chức tự ý rời vị trí, không báo cáo lãnh đạo",
            "Xử lý trách nhiệm công chức tự ý đóng cửa bộ phận một cửa; bố trí người trực thay",
        ),
        (
            "3.2",
            "strength",
            "Đã xây dựng phương án phòng, chống dịch tại nơi làm việc, phân công cụ thể",
            "",
            "",
        ),
    ),
    "UBND phường Đồng Tâm": (
        (
            "4.1",
            "violation",
            "Tại thời điểm kiểm tra (07 giờ 40 phút), 03/11 công chức chưa có mặt tại trụ sở; "
            "sổ theo dõi giờ làm việc không được ghi chép",
            "Người đứng đầu chưa thường xuyên kiểm tra việc chấp hành thời giờ làm việc",
            "Kiểm điểm công chức đi muộn; Chủ tịch UBND phường chịu trách nhiệm về việc công "
            "chức thuộc quyền vi phạm",
        ),
        (
            "4.2",
            "violation",
            "02 công chức bộ phận một cửa không đeo thẻ công chức",
            "",
            "Chấn chỉnh ngay việc đeo thẻ công chức khi thực thi công vụ",
        ),
        (
            "1.1",
            "strength",
            "Phân công nhiệm vụ cụ thể cho từng công chức, niêm yết tại bộ phận một cửa",
            "",
            "",
        ),
    ),
    "Trạm y tế xã Tập Sơn": (
        (
            "1.1",
            "strength",
            "Trưởng trạm phân công nhiệm vụ cụ thể cho từng viên chức; hoàn thành chỉ tiêu tiêm "
            "chủng mở rộng 6 tháng đầu năm",
            "",
            "",
        ),
        (
            "1.2",
            "shortcoming",
            "Sổ khám bệnh ghi chép chưa đầy đủ; thời gian chờ khám buổi sáng kéo dài",
            "Nhân lực của trạm còn thiếu so với nhu cầu",
            "Sắp xếp lại quy trình tiếp đón, ghi chép đầy đủ sổ khám bệnh",
        ),
        (
            "4.1",
            "violation",
            "01 viên chức không có mặt tại trạm trong giờ làm việc, không có lý do",
            "Trưởng trạm chưa quản lý chặt chẽ thời giờ làm việc",
            "Kiểm điểm viên chức vắng mặt; trưởng trạm theo dõi chấm công hằng ngày",
        ),
    ),
}

# --- Sanctions: unit, form, person ("" = the unit's head), note, decision, days after ---
SANCTIONS: tuple[tuple[str, str, str, str, str, int], ...] = (
    (
        "UBND thị trấn Tam Sơn",
        "criticism",
        "Nguyễn Văn Tuấn",
        "Công chức Tư pháp - Hộ tịch, vắng mặt tại bộ phận một cửa trong giờ làm việc",
        "152/TB-UBND",
        7,
    ),
    (
        "UBND thị trấn Tam Sơn",
        "self_criticism",
        "Lê Thị Hường",
        "Công chức Văn phòng - Thống kê, không đeo khẩu trang khi tiếp công dân",
        "",
        7,
    ),
    (
        "UBND thị trấn Tam Sơn",
        "reminder",
        "",
        "Người đứng đầu chịu trách nhiệm về việc công chức thuộc quyền vi phạm",
        "",
        7,
    ),
    (
        "UBND xã Đồng Cương",
        "criticism",
        "Trần Đức Mạnh",
        "Công chức Văn phòng - Thống kê, tự ý đóng cửa bộ phận một cửa",
        "",
        10,
    ),
    (
        "UBND phường Đồng Tâm",
        "reminder",
        "",
        "Người đứng đầu chịu trách nhiệm về việc công chức thuộc quyền đi muộn",
        "",
        5,
    ),
    (
        "UBND phường Đồng Tâm",
        "criticism",
        "Phan Thị Ngọc Ánh",
        "Công chức Địa chính - Xây dựng, đến muộn 40 phút không có lý do",
        "",
        5,
    ),
    (
        "Trạm y tế xã Tập Sơn",
        "self_criticism",
        "Sơn Thị Mỹ Linh",
        "Viên chức vắng mặt trong giờ làm việc không có lý do",
        "",
        10,
    ),
)

# --- Words for the rest of the minutes ------------------------------------------------
NO_PROPOSAL = "Đơn vị không có kiến nghị."
UNIT_PROPOSALS = (
    "Đề nghị UBND tỉnh hỗ trợ kinh phí mua sinh phẩm xét nghiệm nhanh cho cấp xã.",
    "Đề nghị hướng dẫn thống nhất tiêu chí đánh giá cấp độ dịch tại nơi làm việc.",
    "Đề nghị nâng cấp đường truyền, thiết bị phục vụ dịch vụ công trực tuyến.",
)
CAUSES: dict[str, tuple[str, ...]] = {
    "covid-duty-2021": (
        "Người đứng đầu chưa quan tâm đúng mức đến việc kiểm tra, đôn đốc thực hiện các biện "
        "pháp phòng, chống dịch tại cơ quan.",
        "Một bộ phận công chức còn chủ quan, lơ là, chưa nghiêm túc chấp hành quy định phòng, "
        "chống dịch.",
        "Khối lượng công việc phòng, chống dịch lớn, nhiều công chức phải tham gia trực chốt, "
        "truy vết nên việc bố trí nhân lực còn khó khăn.",
    ),
    "heads-duty-2024": (
        "Người đứng đầu chưa thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ của cấp "
        "phó và công chức.",
        "Một số công chức chưa nắm vững quy trình, thời hạn giải quyết thủ tục hành chính.",
        "Phần mềm quản lý văn bản chưa có chức năng cảnh báo hồ sơ sắp đến hạn.",
    ),
}
OPINIONS = (
    "Đơn vị nhất trí với kết quả kiểm tra và nội dung biên bản; cam kết khắc phục các tồn tại, "
    "hạn chế trong thời hạn Đoàn kiểm tra kiến nghị.",
    "Đơn vị tiếp thu đầy đủ ý kiến của Đoàn kiểm tra; sẽ tổ chức kiểm điểm, làm rõ trách nhiệm "
    "cá nhân và báo cáo kết quả khắc phục bằng văn bản.",
    "Người đứng đầu nhận trách nhiệm về những hạn chế của công chức thuộc quyền quản lý và "
    "thống nhất với nội dung biên bản.",
)
REMEDIATION_NOTES = (
    "Đoàn kiểm tra kiến nghị tại biên bản kiểm tra.",
    "Đơn vị báo cáo đang triển khai khắc phục.",
    "Đoàn kiểm tra xác nhận đơn vị đã khắc phục xong.",
)
REPORTS: tuple[tuple[str, str, str], ...] = (
    # plan key, issued on, title
    (
        "covid",
        "2022-01-10",
        "Báo cáo kết quả kiểm tra trách nhiệm thực thi công vụ về phòng, chống dịch Covid-19 "
        "tháng 11 và tháng 12 năm 2021",
    ),
    ("tv2024", "2024-12-10", "Báo cáo kết quả kiểm tra công vụ năm 2024"),
)
