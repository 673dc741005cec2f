<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (tones optional, e.g. “vinh yen”)</source>
        <translation>Lọc (gõ có dấu hoặc không, ví dụ “vinh yen”)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Inspection schedule</source>
        <translation>Lịch kiểm tra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Inspection results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Tạo &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g tệp</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo tệp dữ liệu mới</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Chưa mở tệp nào</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Đang chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Tệp này</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Visits with minutes</source>
        <translation>Cuộc đã lập biên bản</translation>
    </message>
    <message>
        <source>Visits due this week</source>
        <translation>Cuộc kiểm tra trong tuần này</translation>
    </message>
    <message>
        <source>Visits by status</source>
        <translation>Cuộc kiểm tra theo trạng thái</translation>
    </message>
    <message>
        <source>Findings by kind</source>
        <translation>Kết quả theo loại</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Đã thông báo</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Đã lập biên bản</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Đã ký biên bản</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Ưu điểm</translation>
    </message>
    <message>
        <source>Shortcoming</source>
        <translation>Tồn tại, hạn chế</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Not yet fixed</source>
        <translation>Chưa khắc phục</translation>
    </message>
    <message>
        <source>Being fixed</source>
        <translation>Đang khắc phục</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Đã khắc phục</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
</context>
</TS>
