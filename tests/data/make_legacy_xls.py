"""Write ``units_legacy.xls``: an Excel 97 sheet typed with the legacy Vietnamese fonts.

    python tests/data/make_legacy_xls.py   (needs ``pip install xlwt``; not a dependency)

The file is kept in the repository because nothing the project installs writes .xls.
A title merged over the columns, headings in the capitals font .VnTimeH, names in
.VnTime (TCVN3) and VNI-Times (VNI), a code shown with leading zeros, a parent merged
down over two rows, and a totals row.
"""

from __future__ import annotations

from pathlib import Path

import xlwt  # type: ignore[import-not-found]


def style(font_name: str, bold: bool = False, num_format: str = "") -> xlwt.XFStyle:
    result = xlwt.XFStyle()
    font = xlwt.Font()
    font.name = font_name
    font.bold = bold
    result.font = font
    if num_format:
        result.num_format_str = num_format
    return result


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sach")
    vn, vnh, vni = style(".VnTime"), style(".VnTimeH", bold=True), style("VNI-Times")
    plain, code = style("Times New Roman"), style("Times New Roman", num_format="00000")
    sheet.write_merge(0, 0, 0, 4, "danh s¸ch c¬ quan, ®¬n vÞ", vnh)  # DANH SÁCH CƠ QUAN, ĐƠN VỊ
    for column, heading in enumerate(["stt", "tªn ®¬n vÞ", "m· ®vhc", "trùc thuéc", "cÊp"]):
        sheet.write(2, column, heading, vnh)  # STT, TÊN ĐƠN VỊ, MÃ ĐVHC, TRỰC THUỘC, CẤP
    rows = [
        (1, ("Së Néi vô", vn), 26, None, ("TØnh", vn)),
        (2, ("Phoøng Coâng chöùc", vni), None, ("Së Néi vô", vn), ("Tỉnh", plain)),
        (3, ("UBND x· §¹i §×nh", vn), 8707, ("UBND huyÖn Tam §¶o", vn), ("X·", vn)),
        (4, ("UBND x· Tam Quan", vn), 8710, None, ("X·", vn)),
        (5, ("UBND huyÖn Tam §¶o", vn), 255, None, ("HuyÖn", vn)),
    ]
    for r, (number, name, admin_code, parent, level) in enumerate(rows, start=3):
        sheet.write(r, 0, number, plain)
        sheet.write(r, 1, name[0], name[1])
        if admin_code is not None:
            sheet.write(r, 2, admin_code, code)
        if parent is not None and r != 6:
            sheet.write(r, 3, parent[0], parent[1])
        sheet.write(r, 4, level[0], level[1])
    sheet.merge(5, 6, 3, 3)  # "UBND huyện Tam Đảo" is the parent of rows 6 and 7
    sheet.write(8, 1, "Tæng céng", vn)
    sheet.write(9, 1, "Ng­êi lËp biÓu", vn)
    book.save(str(Path(__file__).with_name("units_legacy.xls")))


if __name__ == "__main__":
    main()
