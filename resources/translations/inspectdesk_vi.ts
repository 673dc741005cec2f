<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Add a unit to the sample</source>
        <translation>Bổ sung đơn vị vào mẫu</translation>
    </message>
    <message>
        <source>&amp;Unit (type to search):</source>
        <translation>Đơn &amp;vị (gõ tên để tìm):</translation>
    </message>
    <message>
        <source>e.g. reported on hotline 1022</source>
        <translation>ví dụ: phản ánh qua đường dây nóng 1022</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Lý do (không bắt buộc):</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>What a person answers for</source>
        <translation>Nội dung một người chịu trách nhiệm</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Với tư cách</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (quá hạn)</translation>
    </message>
    <message>
        <source>%1 item(s), %2 overdue</source>
        <translation>%1 nội dung, %2 quá hạn</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Fill from the &amp;team</source>
        <translation>Lấy từ đoàn kiể&amp;m tra</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;hêm…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Sửa thành phần tham dự</translation>
    </message>
    <message>
        <source>Choose the team on the General data tab first.</source>
        <translation>Hãy chọn đoàn kiểm tra ở thẻ Thông tin chung trước.</translation>
    </message>
    <message>
        <source>Everyone on the team is already listed.</source>
        <translation>Mọi thành viên của đoàn đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Fill attendance from the team</source>
        <translation>Lấy thành phần từ đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Thêm thành phần tham dự</translation>
    </message>
    <message>
        <source>Remove attendees</source>
        <translation>Xóa thành phần tham dự</translation>
    </message>
    <message>
        <source>Reorder attendees</source>
        <translation>Sắp xếp lại thành phần tham dự</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Unit levels</source>
        <translation>Cấp đơn vị</translation>
    </message>
    <message>
        <source>Unit kinds</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Bộ nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Checklist sections</source>
        <translation>Nhóm nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Sampling groups</source>
        <translation>Nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Thành viên đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Leads from the public</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>Kết quả theo nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Remediation steps</source>
        <translation>Diễn biến khắc phục</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Signed copies of minutes</source>
        <translation>Bản chụp biên bản đã ký</translation>
    </message>
    <message>
        <source>Units drawn for plans</source>
        <translation>Đơn vị được chọn mẫu</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Healthy: no problems were found in this file.</source>
        <translation>Tốt: không phát hiện lỗi nào trong tệp này.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Restore the file from a recent backup.</source>
        <translation>
            <numerusform>Phát hiện %n lỗi. Hãy khôi phục tệp từ một bản sao lưu gần nhất.</numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>%1 (this version of InspectDesk: %2)</source>
        <translation>%1 (phiên bản InspectDesk này: %2)</translation>
    </message>
    <message>
        <source>Data schema:</source>
        <translation>Lược đồ dữ liệu:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng dữ liệu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>The counts include records in the Trash.</source>
        <translation>Số bản ghi gồm cả các bản ghi trong Thùng rác.</translation>
    </message>
    <message>
        <source>Technical details (for whoever looks after InspectDesk):</source>
        <translation>Chi tiết kỹ thuật (dành cho người hỗ trợ InspectDesk):</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Sao chép báo cáo</translation>
    </message>
    <message>
        <source>&amp;Repair what is safe…</source>
        <translation>&amp;Sửa những lỗi sửa được an toàn…</translation>
    </message>
    <message>
        <source>Back the file up, then rebuild its indexes and its search and sort keys; nothing is deleted</source>
        <translation>Sao lưu tệp rồi dựng lại chỉ mục, khóa tìm kiếm và khóa sắp xếp; không xóa dữ liệu nào</translation>
    </message>
    <message>
        <source>InspectDesk will back the file up, rebuild its indexes and its search and sort keys, and check it again. Nothing is deleted. Go ahead?</source>
        <translation>InspectDesk sẽ sao lưu tệp, dựng lại chỉ mục, khóa tìm kiếm và khóa sắp xếp, rồi kiểm tra lại. Không dữ liệu nào bị xóa. Tiếp tục?</translation>
    </message>
    <message>
        <source>Repaired: indexes rebuilt and %1 search or sort keys corrected. A backup was taken first: %2</source>
        <translation>Đã sửa: dựng lại chỉ mục và chỉnh %1 khóa tìm kiếm hoặc sắp xếp. Tệp đã được sao lưu trước: %2</translation>
    </message>
    <message>
        <source>Repairing the file</source>
        <translation>Đang sửa tệp</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklists</source>
        <translation>Bộ nội dung kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm mớ&amp;i</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>e.g. Kiểm tra công vụ năm 2026</source>
        <translation>VD: Kiểm tra công vụ năm 2026</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 230/KH-UBND</source>
        <translation>VD: Kế hoạch số 230/KH-UBND</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>N&amp;guồn:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Lưu (&amp;V)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message numerus="yes">
        <source>used in %n plan(s)</source>
        <translation>
            <numerusform>đang dùng ở %n kế hoạch</numerusform>
        </translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>chưa dùng</translation>
    </message>
    <message>
        <source>New checklist, not saved yet.</source>
        <translation>Bộ nội dung mới, chưa lưu.</translation>
    </message>
    <message>
        <source>new checklist</source>
        <translation>bộ nội dung mới</translation>
    </message>
    <message>
        <source>Edit checklist “%1”</source>
        <translation>Sửa bộ nội dung kiểm tra “%1”</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Add checklist “%1”</source>
        <translation>Thêm bộ nội dung kiểm tra “%1”</translation>
    </message>
    <message>
        <source>New version of checklist “%1”</source>
        <translation>Phiên bản mới của bộ nội dung kiểm tra “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 is used by %n plan(s), so the changes were saved as the new version %2; those plans keep version %1.</source>
        <translation>
            <numerusform>Phiên bản %1 đang được dùng ở %n kế hoạch nên các thay đổi được lưu thành phiên bản mới %2; các kế hoạch đó vẫn giữ phiên bản %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Duplicate checklist “%1”</source>
        <translation>Nhân bản bộ nội dung kiểm tra “%1”</translation>
    </message>
    <message>
        <source>This version is used by plans and cannot be deleted.</source>
        <translation>Phiên bản này đang được kế hoạch sử dụng nên không thể xóa.</translation>
    </message>
    <message>
        <source>Delete checklist “%1”</source>
        <translation>Xóa bộ nội dung kiểm tra “%1”</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>The visit&apos;s plan pins no checklist: choose a plan on the General data tab.</source>
        <translation>Kế hoạch của cuộc kiểm tra chưa có nội dung kiểm tra: hãy chọn kế hoạch ở thẻ Thông tin chung.</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>Đạ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Chưa đạt</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Không áp dụng</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Bỏ đánh giá</translation>
    </message>
    <message>
        <source>Make a finding from the n&amp;ote</source>
        <translation>Tạo kết quả từ &amp;ghi chú</translation>
    </message>
    <message>
        <source>Records the note of a failed item as a shortcoming of this visit.</source>
        <translation>Ghi nội dung ghi chú của mục chưa đạt thành một tồn tại, hạn chế của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Record a checklist result</source>
        <translation>Ghi kết quả nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Record checklist results</source>
        <translation>Ghi kết quả các nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Make a finding from a note</source>
        <translation>Tạo kết quả từ ghi chú</translation>
    </message>
    <message>
        <source>The note was recorded as a finding.</source>
        <translation>Đã tạo kết quả kiểm tra từ ghi chú.</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation>Mục / nội dung</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Thêm mụ&amp;c</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Thêm nội d&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Xuống (&amp;W)</translation>
    </message>
    <message>
        <source>What the inspector looks at for this item</source>
        <translation>Những điểm người kiểm tra cần xem xét ở nội dung này</translation>
    </message>
    <message>
        <source>&amp;Guidance for the chosen item:</source>
        <translation>&amp;Hướng dẫn cho nội dung đang chọn:</translation>
    </message>
    <message>
        <source>Add at least one section.</source>
        <translation>Cần có ít nhất một mục.</translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation>Mục %1 chưa có tiêu đề.</translation>
    </message>
    <message>
        <source>The title of section %1 is too long: %2</source>
        <translation>Tiêu đề mục %1 quá dài: %2</translation>
    </message>
    <message>
        <source>Section %1 needs at least one item.</source>
        <translation>Mục %1 cần có ít nhất một nội dung.</translation>
    </message>
    <message>
        <source>Item %1 needs a text.</source>
        <translation>Nội dung %1 chưa được nhập.</translation>
    </message>
    <message>
        <source>Item %1 is too long: %2</source>
        <translation>Nội dung %1 quá dài: %2</translation>
    </message>
    <message>
        <source>The guidance of item %1 is too long: %2</source>
        <translation>Hướng dẫn của nội dung %1 quá dài: %2</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <source>Ca&amp;uses:</source>
        <translation>Ng&amp;uyên nhân:</translation>
    </message>
    <message>
        <source>Opinion of the inspected &amp;unit:</source>
        <translation>Ý kiến của đơn &amp;vị được kiểm tra:</translation>
    </message>
    <message>
        <source>Other &amp;notes:</source>
        <translation>Ghi chú &amp;khác:</translation>
    </message>
    <message>
        <source>The minutes can be marked drafted once the visit has a unit and an actual start. Signed minutes are recorded with “Mark as signed…” and lock the visit; only “Unlock…”, with its reason logged, takes them back.</source>
        <translation>Chỉ chuyển được sang “Đã lập biên bản” khi cuộc kiểm tra đã có đơn vị và thời gian bắt đầu thực tế. Biên bản đã ký được ghi nhận bằng “Đánh dấu đã ký…” và khóa cuộc kiểm tra; chỉ “Mở khóa…” (có ghi lý do) mới mở lại được.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Giá trị của tôi</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Giá trị của tệp kia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ của tôi</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Lấy của tệp kia</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>The value to keep for “%1” of %2:</source>
        <translation>Giá trị giữ lại cho “%1” của %2:</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Đã sửa: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(kết nối mới)</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or may-chu</source>
        <translation>ví dụ 10.0.0.5 hoặc may-chu</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the credential store</source>
        <translation>&amp;Lưu mật khẩu vào kho thông tin đăng nhập của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>Rec&amp;ent:</source>
        <translation>&amp;Gần đây:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tê&amp;n đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật k&amp;hẩu:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connected: InspectDesk database, schema %1.</source>
        <translation>Đã kết nối: cơ sở dữ liệu InspectDesk, lược đồ %1.</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>Hãy nhập máy chủ và cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This computer has no credential store: the password is not kept.</source>
        <translation>Máy tính này không có kho thông tin đăng nhập: mật khẩu không được lưu.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>Something went wrong that InspectDesk did not expect. Your data is safe. Please copy the details below and send them to whoever supports InspectDesk.</source>
        <translation>Đã xảy ra lỗi mà InspectDesk không lường trước. Dữ liệu của bạn vẫn an toàn. Hãy sao chép thông tin chi tiết dưới đây và gửi cho người hỗ trợ InspectDesk.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Clear the date</source>
        <translation>Xóa ngày</translation>
    </message>
</context>
<context>
    <name>DocumentReadyBox</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mở &amp;thư mục chứa tệp</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Unit or plan</source>
        <translation>Đơn vị / Kế hoạch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Bản đã ký</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Đã đính kèm</translation>
    </message>
    <message>
        <source>Filter by number, title or unit (tones optional)</source>
        <translation>Lọc theo số, trích yếu hoặc đơn vị (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Summary report for a &amp;period…</source>
        <translation>Báo cáo kết quả theo &amp;kỳ…</translation>
    </message>
    <message>
        <source>Write the summary report of the visits in a period, of one plan or all</source>
        <translation>Lập báo cáo kết quả các cuộc kiểm tra trong một kỳ, của một kế hoạch hoặc tất cả kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Sao chép số, ký hiệu</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Number: %1
Type: %2
Date: %3
Title: %4
Unit or plan: %5
File: %6</source>
        <translation>Số, ký hiệu: %1
Loại văn bản: %2
Ngày ban hành: %3
Trích yếu: %4
Đơn vị / Kế hoạch: %5
Tệp: %6</translation>
    </message>
    <message>
        <source>Signed on: %7</source>
        <translation>Ngày ký: %7</translation>
    </message>
    <message>
        <source>Signed copy attached</source>
        <translation>Đã đính kèm bản đã ký</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Thông tin văn bản trong sổ đăng ký</translation>
    </message>
</context>
<context>
    <name>DrawOptions</name>
    <message>
        <source>See&amp;d:</source>
        <translation>Số &amp;gieo:</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>Số gieo mớ&amp;i</translation>
    </message>
    <message>
        <source>Another random seed gives another sample.</source>
        <translation>Số gieo ngẫu nhiên khác cho một mẫu khác.</translation>
    </message>
    <message>
        <source>Dra&amp;w sample</source>
        <translation>&amp;Chọn mẫu</translation>
    </message>
    <message>
        <source>Prefer units not &amp;inspected in the last</source>
        <translation>Ưu tiên đơn vị chưa được &amp;kiểm tra trong</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Prefer units with &amp;overdue recommendations</source>
        <translation>Ưu tiên đơn vị có kiến nghị &amp;quá hạn</translation>
    </message>
    <message>
        <source>weight ×</source>
        <translation>trọng số ×</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <source>Edit the value</source>
        <translation>Sửa giá trị</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở gầ&amp;n đây</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>Write a copy of the open file somewhere else, e.g. on a USB stick.</source>
        <translation>Ghi một bản sao của tệp đang mở sang nơi khác, ví dụ vào USB.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Put a backup of the open file in the backups folder.</source>
        <translation>Sao lưu tệp đang mở vào thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Chec&amp;k database…</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Check the open file for damage, without changing it.</source>
        <translation>Kiểm tra tệp đang mở có bị hỏng không (không thay đổi dữ liệu).</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Chưa có tệp nào</translation>
    </message>
    <message>
        <source>This file no longer exists: %1</source>
        <translation>Tệp này không còn nữa: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Tệp %1 đã có. Thay thế tệp đó?</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Đã lưu bản sao thành %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup was saved as:
%1</source>
        <translation>Đã sao lưu vào tệp:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this file are kept; the oldest is deleted when there are more than %1.</source>
        <translation>
            <numerusform>Đang giữ %n bản sao lưu của tệp này; khi có quá %1 bản, bản cũ nhất sẽ bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>FileLockPrompt</name>
    <message>
        <source>The file is in use</source>
        <translation>Tệp đang được người khác sử dụng</translation>
    </message>
    <message>
        <source>You can open it read-only: you will see everything but change nothing.</source>
        <translation>Bạn có thể mở tệp ở chế độ chỉ đọc: xem được mọi thứ nhưng không thay đổi gì.</translation>
    </message>
    <message>
        <source>This lock looks abandoned (its program has ended or has not been heard from for hours). Break it only if you are sure nobody is working in the file.</source>
        <translation>Khóa này có vẻ đã bị bỏ lại (chương trình giữ khóa đã tắt hoặc nhiều giờ không hoạt động). Chỉ phá khóa khi bạn chắc chắn không còn ai đang làm việc trên tệp.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Mở &amp;chỉ đọc</translation>
    </message>
    <message>
        <source>&amp;Break the lock and edit</source>
        <translation>&amp;Phá khóa và sửa</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Inspection results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Filter findings (tones optional, e.g. “vien chuc”)</source>
        <translation>Lọc kết quả (gõ có dấu hoặc không dấu, ví dụ “vien chuc”)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
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
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>inspection-results.xlsx</source>
        <translation>ket-qua-kiem-tra.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing finding %1 of %2…</source>
        <translation>Đang ghi kết quả %1/%2…</translation>
    </message>
    <message>
        <source>Inspection results — filter “%1”</source>
        <translation>Kết quả kiểm tra — lọc “%1”</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất ra Excel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln finding(s) to “%1”.</source>
        <translation>
            <numerusform>Đã xuất %Ln kết quả ra tệp “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>&amp;Add finding…</source>
        <translation>Thêm &amp;kết quả…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Add &amp;recommendation…</source>
        <translation>Thêm kiến n&amp;ghị…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Thêm kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Sửa kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Delete findings</source>
        <translation>Xóa kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Thêm kiến nghị</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Sửa kiến nghị</translation>
    </message>
    <message>
        <source>Delete recommendations</source>
        <translation>Xóa kiến nghị</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Schedule a &amp;re-inspection…</source>
        <translation>Lên lịch &amp;kiểm tra lại…</translation>
    </message>
    <message>
        <source>Schedule a re-inspection</source>
        <translation>Lên lịch kiểm tra lại</translation>
    </message>
    <message>
        <source>Day of the re-inspection (dd/mm/yyyy):</source>
        <translation>Ngày kiểm tra lại (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>What a person &amp;answers for…</source>
        <translation>Nội dung một người &amp;chịu trách nhiệm…</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Type to search, e.g. “vinh yen”</source>
        <translation>Gõ để tìm, có dấu hoặc không, ví dụ “vinh yen”</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(không theo kế hoạch)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Đoàn kiểm t&amp;ra:</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa chọn đoàn)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Hình thứ&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Scheduled date:</source>
        <translation>N&amp;gày dự kiến:</translation>
    </message>
    <message>
        <source>Actual &amp;start:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>Vietnam time (UTC+7).</source>
        <translation>Giờ Việt Nam (UTC+7).</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>Kết thúc &amp;lúc:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>e.g. Inspection of public-service duty at …</source>
        <translation>Ví dụ: Kiểm tra công vụ tại …</translation>
    </message>
    <message>
        <source>Number of &amp;copies:</source>
        <translation>&amp;Số bản biên bản:</translation>
    </message>
    <message>
        <source>Minutes number:</source>
        <translation>Số biên bản:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import units from Excel</source>
        <translation>Nhập danh sách đơn vị từ Excel</translation>
    </message>
    <message>
        <source>Import people from Excel</source>
        <translation>Nhập danh sách cán bộ từ Excel</translation>
    </message>
    <message>
        <source>An .xlsx, .xls or .csv file</source>
        <translation>Tệp .xlsx, .xls hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <source>&amp;Heading row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Heading in the sheet</source>
        <translation>Tiêu đề trong bảng tính</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>S&amp;kip rejected rows and import the others</source>
        <translation>&amp;Bỏ qua các dòng không nhập được, nhập các dòng còn lại</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>Các dòng đầu, như sẽ được nhập</translation>
    </message>
    <message>
        <source>Check before importing (nothing written yet)</source>
        <translation>Kiểm tra trước khi nhập (chưa ghi gì)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Lưu kết quả…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>Đang đọc bảng tính</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Đang kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Headings on row %1 of the sheet “%2”.</source>
        <translation>Dòng tiêu đề là dòng %1 của trang “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) converted from the TCVN3 or VNI fonts to Unicode.</source>
        <translation>
            <numerusform>Đã chuyển %n ô từ phông TCVN3 hoặc VNI sang Unicode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped at the totals row %1.</source>
        <translation>Dừng đọc ở dòng tổng cộng %1.</translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · unchanged: %3 · rejected: %4</source>
        <translation>Thêm mới: %1 · cập nhật: %2 · không đổi: %3 · không nhập được: %4</translation>
    </message>
    <message>
        <source>new kinds: %1</source>
        <translation>loại đơn vị mới: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập dữ liệu</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật, %3 không đổi, %4 bỏ qua.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>A backup of the file was made first: %1</source>
        <translation>Tệp dữ liệu đã được sao lưu trước khi nhập: %1</translation>
    </message>
    <message>
        <source>import report</source>
        <translation>kết quả nhập</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Lưu kết quả nhập</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Text (*.txt)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn vị</translation>
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
        <source>Administrative code</source>
        <translation>Mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Head of the unit</source>
        <translation>Người đứng đầu</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Chức vụ người đứng đầu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Mr / Ms</source>
        <translation>Ông/Bà</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New citizen report</source>
        <translation>Thêm phản ánh</translation>
    </message>
    <message>
        <source>Edit citizen report</source>
        <translation>Sửa phản ánh</translation>
    </message>
    <message>
        <source>e.g. Hotline 1022, newspaper name, sender</source>
        <translation>Ví dụ: Đường dây nóng 1022, tên báo, người gửi đơn</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không gắn với đơn vị)</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ngày tiếp nhận:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <source>Source &amp;detail:</source>
        <translation>&amp;Chi tiết nguồn:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Tóm tắt nội dung:</translation>
    </message>
    <message>
        <source>&amp;Unit concerned:</source>
        <translation>Đơn &amp;vị liên quan:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Choose the unit from the list, or clear the field.</source>
        <translation>Hãy chọn đơn vị trong danh sách hoặc để trống.</translation>
    </message>
    <message>
        <source>Add citizen report</source>
        <translation>Thêm phản ánh</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Citizen reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt nội dung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n cuộc kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by summary or unit (tones optional)</source>
        <translation>Lọc theo nội dung hoặc đơn vị (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tất cả các nguồn</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Add report…</source>
        <translation>Thê&amp;m phản ánh…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Plan an &amp;unannounced visit…</source>
        <translation>Lập cuộc kiểm tra đột &amp;xuất…</translation>
    </message>
    <message>
        <source>Create an unannounced visit of the reported unit and open it</source>
        <translation>Tạo cuộc kiểm tra đột xuất tại đơn vị bị phản ánh và mở ra</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen report(s)</source>
        <translation>
            <numerusform>%n phản ánh</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete citizen reports</source>
        <translation>Xóa phản ánh</translation>
    </message>
    <message numerus="yes">
        <source>Move %n citizen report(s) to the trash? You can restore them from the trash.</source>
        <translation>
            <numerusform>Chuyển %n phản ánh vào thùng rác? Có thể khôi phục lại từ thùng rác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n citizen report(s)</source>
        <translation>
            <numerusform>Xóa %n phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (tones optional, e.g. “vinh yen”)</source>
        <translation>Lọc (gõ có dấu hoặc không, ví dụ “vinh yen”)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>Write the rows as shown (filtered and sorted)</source>
        <translation>Ghi các dòng đang hiển thị (đã lọc, đã sắp xếp)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n dòng vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất ra Excel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Thùng &amp;rác…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Catalogues</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>Inspecting &amp;organisations…</source>
        <translation>&amp;Cơ quan ban hành…</translation>
    </message>
    <message>
        <source>&amp;Checklists…</source>
        <translation>&amp;Bộ nội dung kiểm tra…</translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation>&amp;Mẫu văn bản…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>InspectDesk</source>
        <translation>InspectDesk</translation>
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
        <source>InspectDesk files and team packages (*.idb *.idp)</source>
        <translation>Tệp InspectDesk và gói dữ liệu đoàn (*.idb *.idp)</translation>
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
    <name>MergeAction</name>
    <message>
        <source>&amp;Merge another file…</source>
        <translation>&amp;Hợp nhất tệp khác…</translation>
    </message>
    <message>
        <source>Bring in the new records and changes of another secretary&apos;s copy of this file</source>
        <translation>Đưa các bản ghi mới và nội dung đã sửa trong bản sao tệp này của thư ký khác vào tệp đang mở</translation>
    </message>
    <message>
        <source>Choose the file to merge into this one</source>
        <translation>Chọn tệp cần hợp nhất vào tệp này</translation>
    </message>
    <message>
        <source>Merge another file</source>
        <translation>Hợp nhất tệp khác</translation>
    </message>
    <message>
        <source>Comparing with “%1”…</source>
        <translation>Đang so sánh với “%1”…</translation>
    </message>
    <message>
        <source>“%1” holds nothing this file does not have: there is nothing to merge.</source>
        <translation>“%1” không có dữ liệu nào mà tệp này chưa có: không có gì để hợp nhất.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another file</source>
        <translation>Hợp nhất tệp khác</translation>
    </message>
    <message>
        <source>&amp;Keep mine for all</source>
        <translation>&amp;Giữ của tôi cho tất cả</translation>
    </message>
    <message>
        <source>&amp;Take theirs for all</source>
        <translation>&amp;Lấy của tệp kia cho tất cả</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Hợp nhất</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>Lưu &amp;báo cáo thành PDF…</translation>
    </message>
    <message>
        <source>The merge is done.</source>
        <translation>Đã hợp nhất xong.</translation>
    </message>
    <message>
        <source>What merging would do (nothing is changed yet):</source>
        <translation>Kết quả nếu hợp nhất (chưa có gì thay đổi):</translation>
    </message>
    <message>
        <source>From: %1
Into: %2 (the open file)</source>
        <translation>Từ tệp: %1
Vào tệp: %2 (tệp đang mở)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), settled as shown.</source>
        <translation>
            <numerusform>%n xung đột, đã xử lý như dưới đây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both files changed the same thing. Choose what to keep in each row; the value not chosen is kept in the change log.</source>
        <translation>
            <numerusform>%n xung đột: cả hai tệp cùng sửa một nội dung. Hãy chọn giá trị giữ lại ở từng dòng; giá trị không được chọn vẫn được lưu trong nhật ký thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Your file was backed up before merging, to:
%1</source>
        <translation>Tệp của bạn đã được sao lưu trước khi hợp nhất, tại:
%1</translation>
    </message>
    <message>
        <source>Before merging, a backup of your file is made. A merge cannot be undone with Undo: to go back, restore that backup.</source>
        <translation>Trước khi hợp nhất, tệp của bạn sẽ được sao lưu. Không thể dùng lệnh Hoàn tác để bỏ việc hợp nhất: muốn quay lại, hãy khôi phục từ bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Document numbers given anew: %1</source>
        <translation>Số văn bản được cấp lại: %1</translation>
    </message>
    <message>
        <source>Both files used these document numbers; the draft will get a new number: %1</source>
        <translation>Hai tệp đã dùng trùng các số văn bản sau; văn bản chưa ký sẽ được cấp số mới: %1</translation>
    </message>
    <message>
        <source>Merge “%1” into the open file now?

A backup of your file is made first. A merge cannot be undone: the undo history of this file is cleared, and to go back you restore the backup.</source>
        <translation>Hợp nhất “%1” vào tệp đang mở ngay bây giờ?

Tệp của bạn sẽ được sao lưu trước. Việc hợp nhất không thể hoàn tác: lịch sử hoàn tác của tệp này sẽ bị xóa; muốn quay lại, hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Đang hợp nhất “%1”…</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Đang hợp nhất</translation>
    </message>
    <message>
        <source>Merge report %1</source>
        <translation>Báo cáo hợp nhất %1</translation>
    </message>
    <message>
        <source>Save the merge report</source>
        <translation>Lưu báo cáo hợp nhất</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the merge report</source>
        <translation>Đang lưu báo cáo hợp nhất</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <source>Clear</source>
        <translation>Xóa ngày</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Inspecting organisations</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Danh sách cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>Đặt làm &amp;mặc định</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH VĨNH PHÚC</source>
        <translation>VD: UBND TỈNH VĨNH PHÚC</translation>
    </message>
    <message>
        <source>e.g. SỞ NỘI VỤ</source>
        <translation>VD: SỞ NỘI VỤ</translation>
    </message>
    <message>
        <source>e.g. SNV</source>
        <translation>VD: SNV</translation>
    </message>
    <message>
        <source>e.g. Vĩnh Yên</source>
        <translation>VD: Vĩnh Yên</translation>
    </message>
    <message>
        <source>e.g. snv@vinhphuc.gov.vn</source>
        <translation>VD: snv@vinhphuc.gov.vn</translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Document &amp;code:</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Địa da&amp;nh:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Địa c&amp;hỉ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Document header:</source>
        <translation>Tiêu đề văn bản:</translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation>%1 — mặc định</translation>
    </message>
    <message>
        <source>This is the default organisation of new plans.</source>
        <translation>Đây là cơ quan mặc định của các kế hoạch mới.</translation>
    </message>
    <message>
        <source>No.: …/%1-%2</source>
        <translation>Số: …/%1-%2</translation>
    </message>
    <message>
        <source>new organisation</source>
        <translation>cơ quan mới</translation>
    </message>
    <message>
        <source>Add organisation “%1”</source>
        <translation>Thêm cơ quan “%1”</translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation>Sửa cơ quan “%1”</translation>
    </message>
    <message>
        <source>Capital letters and digits, groups joined by “-” (e.g. SNV, UBND-NV).</source>
        <translation>Chữ in hoa và chữ số, các nhóm nối bằng dấu “-” (VD: SNV, UBND-NV).</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@domain.vn).</source>
        <translation>Không phải địa chỉ thư điện tử (ten@tenmien.vn).</translation>
    </message>
    <message>
        <source>The default organisation cannot be deleted; make another one first.</source>
        <translation>Không thể xóa cơ quan mặc định; hãy đặt cơ quan khác làm mặc định trước.</translation>
    </message>
    <message>
        <source>Delete organisation “%1”</source>
        <translation>Xóa cơ quan “%1”</translation>
    </message>
    <message>
        <source>Make “%1” the default organisation</source>
        <translation>Đặt “%1” làm cơ quan mặc định</translation>
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
    <message>
        <source>Show the list</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <source>No visits are due this week.</source>
        <translation>Không có cuộc kiểm tra nào trong tuần này.</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Export a team &amp;package…</source>
        <translation>Xuất &amp;gói cho đoàn…</translation>
    </message>
    <message>
        <source>Write the plan with its units, people, checklist and visits to a file another secretary can open</source>
        <translation>Ghi kế hoạch cùng đơn vị, cán bộ, nội dung kiểm tra và các cuộc kiểm tra ra một tệp để thư ký khác mở</translation>
    </message>
    <message>
        <source>Export a team package</source>
        <translation>Xuất gói cho đoàn</translation>
    </message>
    <message>
        <source>InspectDesk team packages (*.idp)</source>
        <translation>Gói dữ liệu đoàn InspectDesk (*.idp)</translation>
    </message>
    <message>
        <source>The team package of %1 was written (%2 records).</source>
        <translation>Đã ghi gói dữ liệu đoàn của %1 (%2 bản ghi).</translation>
    </message>
    <message>
        <source>Team package</source>
        <translation>Gói dữ liệu đoàn</translation>
    </message>
    <message>
        <source>Writing the team package</source>
        <translation>Đang ghi gói dữ liệu đoàn</translation>
    </message>
    <message>
        <source>Where to keep the team&apos;s database</source>
        <translation>Lưu tệp dữ liệu của đoàn vào đâu</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>it is not a PDF file, or it is damaged</source>
        <translation>đây không phải tệp PDF hoặc tệp đã bị hỏng</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>tệp được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>it is protected in a way that cannot be opened</source>
        <translation>tệp được bảo vệ theo cách không mở được</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>tệp chưa đầy đủ</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>%1 – Preview</source>
        <translation>%1 – Xem trước</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Trang &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa chiều &amp;rộng</translation>
    </message>
    <message>
        <source>Fit pa&amp;ge</source>
        <translation>Vừa &amp;khổ trang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Open in ano&amp;ther program</source>
        <translation>&amp;Mở bằng chương trình khác</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Mở bằng chương trình khác</translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Install a PDF reader.</source>
        <translation>Không tìm thấy chương trình để mở “%1”. Hãy cài đặt một phần mềm đọc tệp PDF.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2</source>
        <translation>Không ghi được bản sao vào “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot show the PDF</source>
        <translation>Không hiển thị được tệp PDF</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: %2.</source>
        <translation>Không hiển thị được tệp “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Printing</source>
        <translation>In tài liệu</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã được kết nối và bật nguồn chưa.</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Summary report for a period</source>
        <translation>Báo cáo kết quả kiểm tra theo kỳ</translation>
    </message>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>Ngày bắt đầu không được sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <source>P&amp;DF, to print or send</source>
        <translation>&amp;PDF, để in hoặc gửi</translation>
    </message>
    <message>
        <source>&amp;Word (.docx), to edit</source>
        <translation>&amp;Word (.docx), để chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>The report covers the visits scheduled in the period (of the chosen plan). It is numbered in the register the first time it is written.</source>
        <translation>Báo cáo tổng hợp các cuộc kiểm tra có lịch trong kỳ (thuộc kế hoạch đã chọn). Báo cáo được cấp số trong sổ đăng ký văn bản ở lần lập đầu tiên.</translation>
    </message>
    <message>
        <source>The file is open read-only: a report cannot be numbered in it.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không thể cấp số cho báo cáo.</translation>
    </message>
    <message>
        <source>Write the &amp;report…</source>
        <translation>&amp;Lập báo cáo…</translation>
    </message>
    <message>
        <source>Report %1, %2 to %3</source>
        <translation>Báo cáo %1, từ %2 đến %3</translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation>Báo cáo từ %1 đến %2</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary report</source>
        <translation>Đang lập báo cáo kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Summary report no. %1 written.</source>
        <translation>Đã lập Báo cáo kết quả kiểm tra số %1.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>Summary report for a &amp;period…</source>
        <translation>Báo cáo kết quả theo &amp;kỳ…</translation>
    </message>
    <message>
        <source>Write the summary report of the visits in a period</source>
        <translation>Lập báo cáo kết quả các cuộc kiểm tra trong một kỳ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Ông</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Bà</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Chuyên viên Phòng Cải cách hành chính</source>
        <translation>ví dụ: Chuyên viên Phòng Cải cách hành chính</translation>
    </message>
    <message>
        <source>e.g. an.nv@snv.vinhphuc.gov.vn</source>
        <translation>ví dụ: an.nv@snv.vinhphuc.gov.vn</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Form of address:</source>
        <translation>&amp;Danh xưng:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Thư điện tử:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Add person “%1”</source>
        <translation>Thêm cán bộ “%1”</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Sửa thông tin cán bộ “%1”</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@domain.vn).</source>
        <translation>Địa chỉ thư điện tử không hợp lệ (dạng ten@tenmien.vn).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Choose a person</source>
        <translation>Chọn cán bộ</translation>
    </message>
    <message>
        <source>Type a name, tones optional (e.g. “nguyen van”)</source>
        <translation>Gõ họ tên, có dấu hoặc không (ví dụ “nguyen van”)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Người mới…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Thêm kế hoạch</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Plan details</source>
        <translation>T&amp;hông tin kế hoạch</translation>
    </message>
    <message>
        <source>Inspection &amp;teams</source>
        <translation>Đ&amp;oàn kiểm tra</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>Chọn &amp;mẫu</translation>
    </message>
    <message>
        <source>e.g. 230/KH-UBND</source>
        <translation>ví dụ: 230/KH-UBND</translation>
    </message>
    <message>
        <source>e.g. Kiểm tra công vụ năm 2026</source>
        <translation>ví dụ: Kiểm tra công vụ năm 2026</translation>
    </message>
    <message>
        <source>e.g. UBND tỉnh Vĩnh Phúc</source>
        <translation>ví dụ: UBND tỉnh Vĩnh Phúc</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-SNV</source>
        <translation>ví dụ: 125/QĐ-SNV</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>%1 (version %2, deleted)</source>
        <translation>%1 (phiên bản %2, đã xóa)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>One basis per line, e.g. “Căn cứ Nghị định số 30/2020/NĐ-CP …”</source>
        <translation>Mỗi căn cứ một dòng, ví dụ “Căn cứ Nghị định số 30/2020/NĐ-CP …”</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số kế hoạch:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tên &amp;kế hoạch:</translation>
    </message>
    <message>
        <source>Issued b&amp;y:</source>
        <translation>Cơ &amp;quan ban hành:</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Decision no.:</source>
        <translation>Số q&amp;uyết định:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>Ngà&amp;y quyết định:</translation>
    </message>
    <message>
        <source>Inspecting &amp;body:</source>
        <translation>Cơ qu&amp;an kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Nội &amp;dung kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>Pu&amp;rpose:</source>
        <translation>&amp;Mục đích, yêu cầu:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Changes to teams and members are saved at once; Ctrl+Z undoes them.</source>
        <translation>Thay đổi về đoàn và thành viên được lưu ngay; nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Teams belong to a plan: save the new plan first, then add its teams and members.</source>
        <translation>Đoàn kiểm tra thuộc về kế hoạch: hãy lưu kế hoạch mới trước, rồi thêm đoàn và thành viên.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the plan and add teams</source>
        <translation>Lư&amp;u kế hoạch để thêm đoàn</translation>
    </message>
    <message>
        <source>Add plan “%1”</source>
        <translation>Thêm kế hoạch “%1”</translation>
    </message>
    <message>
        <source>Edit plan “%1”</source>
        <translation>Sửa kế hoạch “%1”</translation>
    </message>
</context>
<context>
    <name>PlanExtras</name>
    <message>
        <source>&amp;Statistics workbook (.xlsx)…</source>
        <translation>Bảng &amp;thống kê (.xlsx)…</translation>
    </message>
    <message>
        <source>One row per visit with totals as formulas, for Excel</source>
        <translation>Mỗi cuộc kiểm tra một dòng, dòng tổng cộng bằng công thức, để mở bằng Excel</translation>
    </message>
    <message>
        <source>Statistics workbook</source>
        <translation>Bảng thống kê</translation>
    </message>
    <message>
        <source>statistics.xlsx</source>
        <translation>thong-ke.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The statistics of %1 visits were written.</source>
        <translation>Đã ghi thống kê của %1 cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Writing the statistics</source>
        <translation>Đang ghi bảng thống kê</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Plan files (*.toml);;All files (*)</source>
        <translation>Tệp kế hoạch (*.toml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import plan from TOML</source>
        <translation>Nhập kế hoạch từ tệp TOML</translation>
    </message>
    <message>
        <source>Import plan “%1”</source>
        <translation>Nhập kế hoạch “%1”</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>ke-hoach</translation>
    </message>
    <message>
        <source>Export plan as TOML</source>
        <translation>Xuất kế hoạch ra tệp TOML</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>&amp;Import plan from TOML…</source>
        <translation>&amp;Nhập kế hoạch từ tệp TOML…</translation>
    </message>
    <message>
        <source>E&amp;xport plan as TOML…</source>
        <translation>&amp;Xuất kế hoạch ra tệp TOML…</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
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
        <source>&amp;Add plan</source>
        <translation>&amp;Thêm kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Add plan…</source>
        <translation>&amp;Thêm kế hoạch…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Summary &amp;report (PDF)…</source>
        <translation>&amp;Báo cáo kết quả kiểm tra (PDF)…</translation>
    </message>
    <message>
        <source>Write the selected plan&apos;s summary report as a PDF and show it</source>
        <translation>Lập báo cáo kết quả kiểm tra của kế hoạch đang chọn thành tệp PDF và mở xem trước</translation>
    </message>
    <message>
        <source>Summary report (&amp;Word, editable)…</source>
        <translation>Báo cáo kết quả kiểm tra (&amp;Word, chỉnh sửa được)…</translation>
    </message>
    <message>
        <source>Write the selected plan&apos;s summary report as a Word document to edit</source>
        <translation>Lập báo cáo kết quả kiểm tra của kế hoạch đang chọn thành tệp Word để chỉnh sửa</translation>
    </message>
    <message>
        <source>Decision establishing the &amp;team (.docx)…</source>
        <translation>&amp;Quyết định thành lập Đoàn kiểm tra (.docx)…</translation>
    </message>
    <message>
        <source>Write the decision establishing the selected plan&apos;s inspection team</source>
        <translation>Lập quyết định thành lập Đoàn kiểm tra của kế hoạch đang chọn</translation>
    </message>
    <message>
        <source>&amp;Plan document (.docx)…</source>
        <translation>Văn bản &amp;Kế hoạch kiểm tra (.docx)…</translation>
    </message>
    <message>
        <source>Write the selected plan as the document to issue</source>
        <translation>Lập văn bản kế hoạch kiểm tra đang chọn để ban hành</translation>
    </message>
    <message>
        <source>Summary &amp;report…</source>
        <translation>&amp;Báo cáo kết quả…</translation>
    </message>
    <message>
        <source>Move the plan “%1” to the trash? You can restore it from the trash.</source>
        <translation>Chuyển kế hoạch “%1” vào Thùng rác? Có thể khôi phục lại từ Thùng rác.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n plan(s) to the trash? You can restore them from the trash.</source>
        <translation>
            <numerusform>Chuyển %n kế hoạch vào Thùng rác? Có thể khôi phục lại từ Thùng rác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plans</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan(s)</source>
        <translation>
            <numerusform>Xóa %n kế hoạch</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Báo cáo kết quả kiểm tra</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary report</source>
        <translation>Đang lập báo cáo kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Report %1 written to %2</source>
        <translation>Đã ghi báo cáo số %1 vào %2</translation>
    </message>
    <message>
        <source>Decision establishing the team</source>
        <translation>Quyết định thành lập Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Decision establishing the team - %1</source>
        <translation>Quyết định thành lập Đoàn - %1</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>Văn bản kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the decision establishing the team</source>
        <translation>Đang lập quyết định thành lập Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Writing the plan document</source>
        <translation>Đang lập văn bản kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Decision no. %1 establishing the team written.</source>
        <translation>Đã lập Quyết định số %1 thành lập Đoàn kiểm tra.</translation>
    </message>
    <message>
        <source>Plan no. %1 written.</source>
        <translation>Đã lập Kế hoạch số %1.</translation>
    </message>
    <message>
        <source>Summary report no. %1 written.</source>
        <translation>Đã lập Báo cáo kết quả kiểm tra số %1.</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tuần</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>T&amp;háng</translation>
    </message>
    <message>
        <source>P&amp;DF, to print or send</source>
        <translation>P&amp;DF, để in hoặc gửi</translation>
    </message>
    <message>
        <source>E&amp;xcel (.xlsx), with formulas</source>
        <translation>E&amp;xcel (.xlsx), có công thức</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>A &amp;day in it:</source>
        <translation>Một &amp;ngày trong kỳ:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Visits done, findings, recommendations fixed and overdue in the period, with a breakdown per day (a week) or per week (a month).</source>
        <translation>Số cuộc kiểm tra đã thực hiện, nội dung phát hiện, kiến nghị đã khắc phục và quá hạn trong kỳ, kèm số liệu theo từng ngày (báo cáo tuần) hoặc từng tuần (báo cáo tháng).</translation>
    </message>
    <message>
        <source>Write the &amp;report…</source>
        <translation>&amp;Lập báo cáo…</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Progress %1 to %2</source>
        <translation>Tiến độ từ %1 đến %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the progress report</source>
        <translation>Đang lập báo cáo tiến độ kiểm tra</translation>
    </message>
    <message>
        <source>Progress report written.</source>
        <translation>Đã lập báo cáo tiến độ kiểm tra.</translation>
    </message>
    <message>
        <source>Pro&amp;gress report (week or month)…</source>
        <translation>Báo cáo &amp;tiến độ (tuần, tháng)…</translation>
    </message>
    <message>
        <source>Write the weekly or monthly progress report (PDF or Excel)</source>
        <translation>Lập báo cáo tiến độ kiểm tra tuần hoặc tháng (PDF hoặc Excel)</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Theo dõi khắc phục kiến nghị</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation>Ngày kiểm tra:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Kiến nghị:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Người chịu trách nhiệm:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>e.g. Report no. 12/BC-UBND of the unit</source>
        <translation>Ví dụ: Báo cáo số 12/BC-UBND của đơn vị</translation>
    </message>
    <message>
        <source>What happened (added to the history)</source>
        <translation>Diễn biến (ghi vào lịch sử khắc phục)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Minh chứng:</translation>
    </message>
    <message>
        <source>History &amp;note:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Khắc phục</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>&amp;History (newest first):</source>
        <translation>&amp;Lịch sử khắc phục (mới nhất ở trên):</translation>
    </message>
    <message>
        <source>Update remediation of a recommendation of “%1”</source>
        <translation>Cập nhật khắc phục kiến nghị đối với “%1”</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The file is in use</source>
        <translation>Tệp đang được sử dụng</translation>
    </message>
    <message>
        <source>Try again once they have closed it.</source>
        <translation>Hãy thử lại sau khi người đó đã đóng tệp.</translation>
    </message>
    <message>
        <source>Could not save to the original file</source>
        <translation>Không lưu được vào tệp gốc</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session</source>
        <translation>Thay đổi chưa lưu từ lần làm việc trước</translation>
    </message>
    <message>
        <source>InspectDesk closed before these changes were saved to their files on the network drive or USB stick. They are kept on this computer. Choose what to do with each.</source>
        <translation>InspectDesk đã đóng trước khi các thay đổi dưới đây được lưu vào tệp trên ổ mạng hoặc USB. Các thay đổi vẫn được giữ trên máy tính này. Hãy chọn cách xử lý cho từng tệp.</translation>
    </message>
    <message>
        <source>Changes you made to this file in an earlier session were never saved to it. Save them to the file or discard them before it is opened again.</source>
        <translation>Các thay đổi bạn đã thực hiện với tệp này trong lần làm việc trước chưa được lưu vào tệp. Hãy lưu vào tệp hoặc bỏ các thay đổi đó trước khi mở lại tệp.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Thay đổi lần cuối</translation>
    </message>
    <message>
        <source>&amp;Save to the original file</source>
        <translation>&amp;Lưu vào tệp gốc</translation>
    </message>
    <message>
        <source>&amp;Open the working copy</source>
        <translation>&amp;Mở bản sao làm việc</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Bỏ thay đổi…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Keep the changes on this computer; you will be asked again.</source>
        <translation>Giữ các thay đổi trên máy tính này; InspectDesk sẽ hỏi lại vào lần sau.</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>Bản sao làm việc: %1</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” made in the earlier session? They cannot be recovered; the file itself stays as it was last saved.</source>
        <translation>Bỏ các thay đổi với tệp “%1” trong lần làm việc trước? Các thay đổi này sẽ không khôi phục lại được; tệp vẫn giữ nguyên như lần lưu cuối.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Remediation follow-up</source>
        <translation>Theo dõi khắc phục</translation>
    </message>
    <message>
        <source>Filter by unit or recommendation (tones optional)</source>
        <translation>Lọc theo đơn vị hoặc nội dung kiến nghị (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>C&amp;hỉ quá hạn</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>Write every recommendation the filters select</source>
        <translation>Ghi ra tệp Excel mọi kiến nghị theo bộ lọc đang chọn</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>Deadline &amp;from:</source>
        <translation>Thời hạn từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing recommendation %1 of %2…</source>
        <translation>Đang ghi kiến nghị %1/%2…</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất ra Excel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to “%1”.</source>
        <translation>
            <numerusform>Đã xuất %n kiến nghị ra tệp “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Đến hạn trong &amp;tuần</translation>
    </message>
    <message>
        <source>Deadlines from this Monday to Sunday</source>
        <translation>Thời hạn từ thứ Hai đến Chủ nhật tuần này</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown, %1 overdue</source>
        <translation>
            <numerusform>Đang hiển thị %n kiến nghị, %1 kiến nghị quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove a unit from the sample</source>
        <translation>Bỏ đơn vị khỏi mẫu</translation>
    </message>
    <message>
        <source>Take “%1” out of the sample? It stays listed as removed.</source>
        <translation>Bỏ “%1” khỏi mẫu? Đơn vị vẫn được ghi lại trong danh sách là đã bỏ.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ khỏi mẫu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Chọn bản sao lưu muốn quay lại. Tệp ở trạng thái hiện tại sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục bằng cách khôi phục lại bản đó.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>This file has no backups yet.</source>
        <translation>Tệp này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? Changes made since then will be replaced (the file as it is now is kept as a backup).</source>
        <translation>Quay lại bản sao lưu lúc %1? Những thay đổi từ sau thời điểm đó sẽ bị thay thế (tệp ở trạng thái hiện tại được giữ lại thành một bản sao lưu).</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>SampleReviewPanel</name>
    <message>
        <source>Sampling strata</source>
        <translation>Các nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Chọn mẫu</translation>
    </message>
    <message>
        <source>Drawing again replaces the reviewed sample, with its swaps and additions (Ctrl+Z brings it back). Draw again?</source>
        <translation>Chọn lại sẽ thay thế mẫu đã rà soát, kể cả các đơn vị đã thay thế và bổ sung (có thể khôi phục bằng Ctrl+Z). Chọn lại?</translation>
    </message>
    <message>
        <source>Drawing the sample</source>
        <translation>Đang chọn mẫu</translation>
    </message>
    <message>
        <source>Added by hand: any unit may replace it.</source>
        <translation>Đơn vị bổ sung: có thể thay bằng bất kỳ đơn vị nào.</translation>
    </message>
    <message>
        <source>Swap a unit of the sample</source>
        <translation>Thay đơn vị trong mẫu</translation>
    </message>
    <message>
        <source>Add a unit to the sample</source>
        <translation>Bổ sung đơn vị vào mẫu</translation>
    </message>
    <message>
        <source>Remove a unit from the sample</source>
        <translation>Bỏ đơn vị khỏi mẫu</translation>
    </message>
    <message>
        <source>Accept the sample</source>
        <translation>Duyệt mẫu</translation>
    </message>
    <message>
        <source>Create %1 planned visit(s), one for each unit of the sample? Units the plan already visits get no second visit.</source>
        <translation>Tạo %1 cuộc kiểm tra dự kiến, mỗi đơn vị trong mẫu một cuộc? Đơn vị đã có cuộc kiểm tra trong kế hoạch sẽ không được tạo thêm.</translation>
    </message>
    <message>
        <source>%1 visit(s) created.</source>
        <translation>Đã tạo %1 cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Creating the planned visits</source>
        <translation>Đang tạo các cuộc kiểm tra dự kiến</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the sample list</source>
        <translation>Xuất danh sách đơn vị được chọn</translation>
    </message>
    <message>
        <source>The list of %1 units was written to “%2”.</source>
        <translation>Đã ghi danh sách %1 đơn vị vào “%2”.</translation>
    </message>
    <message>
        <source>Writing the sample list</source>
        <translation>Đang ghi danh sách đơn vị được chọn</translation>
    </message>
</context>
<context>
    <name>SampleTab</name>
    <message>
        <source>The sample belongs to a plan: save the new plan first, then give its strata and draw the units to inspect.</source>
        <translation>Mẫu thuộc về một kế hoạch: hãy lưu kế hoạch mới trước, sau đó khai báo các nhóm chọn mẫu và chọn đơn vị được kiểm tra.</translation>
    </message>
    <message>
        <source>Save the plan &amp;first</source>
        <translation>&amp;Lưu kế hoạch trước</translation>
    </message>
</context>
<context>
    <name>SampleTable</name>
    <message>
        <source>Drawn</source>
        <translation>Chọn ngẫu nhiên</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Swapped in</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách chọn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>đã lên lịch</translation>
    </message>
    <message>
        <source>The strata changed after this sample was drawn: draw it again.</source>
        <translation>Các nhóm chọn mẫu đã thay đổi sau khi chọn mẫu này: hãy chọn lại.</translation>
    </message>
    <message>
        <source>Show remo&amp;ved units</source>
        <translation>Hiện đơn vị đã &amp;bỏ</translation>
    </message>
    <message>
        <source>&amp;Swap unit…</source>
        <translation>&amp;Thay đơn vị…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Bổ sung đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Remove from samp&amp;le…</source>
        <translation>Bỏ k&amp;hỏi mẫu…</translation>
    </message>
    <message>
        <source>Acc&amp;ept: create visits…</source>
        <translation>&amp;Duyệt: tạo cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Export .&amp;xlsx…</source>
        <translation>Xuất .&amp;xlsx…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Xuất PD&amp;F…</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>thay cho %1</translation>
    </message>
    <message>
        <source>No sample drawn yet.</source>
        <translation>Chưa chọn mẫu.</translation>
    </message>
    <message>
        <source>%1 units in the sample; %2 removed or swapped out; %3 with a visit.</source>
        <translation>Mẫu có %1 đơn vị; %2 đơn vị đã bỏ hoặc đã thay; %3 đơn vị đã có cuộc kiểm tra.</translation>
    </message>
</context>
<context>
    <name>SanctionDialog</name>
    <message>
        <source>New sanction</source>
        <translation>Thêm hình thức xử lý</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(không có trong danh sách)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Person on the list:</source>
        <translation>Chọn &amp;người:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>Hình thức &amp;xử lý:</translation>
    </message>
    <message>
        <source>For f&amp;inding:</source>
        <translation>Về &amp;vi phạm, tồn tại:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>Decision n&amp;umber:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>The decision date cannot be in the future.</source>
        <translation>Ngày quyết định không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>This finding is not of this visit.</source>
        <translation>Nội dung này không thuộc cuộc kiểm tra đang sửa.</translation>
    </message>
    <message>
        <source>Someone else changed this sanction meanwhile. Close and open it again.</source>
        <translation>Hình thức xử lý này vừa được người khác sửa. Hãy đóng rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>SanctionModel</name>
    <message>
        <source>Person</source>
        <translation>Người bị xử lý</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Số văn bản</translation>
    </message>
</context>
<context>
    <name>SanctionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Add sanction</source>
        <translation>Thêm hình thức xử lý</translation>
    </message>
    <message>
        <source>Edit sanction</source>
        <translation>Sửa hình thức xử lý</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sanction(s)</source>
        <translation>
            <numerusform>Xóa %n hình thức xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Người khác đã lưu trong lúc bạn sửa</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it.</source>
        <translation>Người khác đã lưu bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <source>Their other changes and yours to fields they did not touch are kept. You both changed the fields below: choose what to keep.</source>
        <translation>Các thay đổi khác của họ và thay đổi của bạn ở những trường họ không sửa đều được giữ. Cả hai cùng sửa các trường dưới đây: hãy chọn giá trị giữ lại.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Giá trị của tôi</translation>
    </message>
    <message>
        <source>Value saved meanwhile</source>
        <translation>Giá trị người kia đã lưu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Giữ tất cả của &amp;tôi</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Lấy tất cả của &amp;họ</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Lưu theo các lựa chọn này</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Bỏ thay đổi của tôi</translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <source>Schedule calendar</source>
        <translation>Lịch kiểm tra theo tuần, tháng</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tuần</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>Th&amp;áng</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Trước (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Sau (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>Today (Home)</source>
        <translation>Hôm nay (Home)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Đoàn:</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả các đoàn</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>Tuần %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Trùng lịch: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
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
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Citizen reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Units, people, plans, findings, numbers… (tones optional)</source>
        <translation>Đơn vị, cán bộ, kế hoạch, kết quả, số văn bản… (gõ có dấu hoặc không)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>Ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>e.g. Specialist, Department of Home Affairs</source>
        <translation>Ví dụ: Chuyên viên Sở Nội vụ</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Your name and title are written into the minutes and reports you prepare.</source>
        <translation>Họ tên và chức vụ của bạn được ghi vào biên bản, báo cáo do bạn lập.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Tên hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Title (position):</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>A new language applies at once; the open file stays open.</source>
        <translation>Ngôn ngữ mới được áp dụng ngay; tệp đang mở vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <source>Older backups of a file are deleted when a newer one is made.</source>
        <translation>Khi sao lưu mới, các bản sao lưu cũ vượt quá số lượng này sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Thư mục &amp;mặc định:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Số &amp;bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Thư mục mặc định</translation>
    </message>
    <message>
        <source>This folder does not exist; choose an existing folder.</source>
        <translation>Thư mục này không tồn tại; hãy chọn một thư mục có sẵn.</translation>
    </message>
    <message>
        <source>Line breaks and tabs are not allowed here.</source>
        <translation>Không được có dấu xuống dòng hoặc ký tự tab.</translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2.</source>
        <translation>Hãy chọn một số từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Op&amp;tions…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
</context>
<context>
    <name>SharedFile</name>
    <message>
        <source>The file was changed by someone else</source>
        <translation>Tệp đã được người khác thay đổi</translation>
    </message>
    <message>
        <source>Someone else changed “%1” since you opened it.</source>
        <translation>Người khác đã thay đổi tệp “%1” kể từ khi bạn mở.</translation>
    </message>
    <message>
        <source>InspectDesk never overwrites their changes. Merge them into yours: both sets of changes are kept, and where you both changed the same thing your version is kept and theirs is recorded in the change history. Then the file is saved.</source>
        <translation>InspectDesk không bao giờ ghi đè lên thay đổi của người khác. Hãy hợp nhất thay đổi của họ vào bản của bạn: thay đổi của cả hai bên đều được giữ lại; chỗ nào cả hai cùng sửa thì giữ bản của bạn, còn bản của họ được ghi vào nhật ký thay đổi. Sau đó tệp được lưu.</translation>
    </message>
    <message>
        <source>Or keep working and decide when you close the file.</source>
        <translation>Hoặc tiếp tục làm việc và quyết định khi đóng tệp.</translation>
    </message>
    <message>
        <source>Or save your version as a new file and leave theirs as it is.</source>
        <translation>Hoặc lưu bản của bạn thành tệp mới và giữ nguyên bản của họ.</translation>
    </message>
    <message>
        <source>&amp;Merge their changes</source>
        <translation>&amp;Hợp nhất thay đổi của họ</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Tiếp tục làm việc</translation>
    </message>
    <message>
        <source>Save my version as a &amp;new file…</source>
        <translation>Lưu bản của tôi thành tệp &amp;mới…</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>Đã xảy ra lỗi không mong đợi: %1</translation>
    </message>
    <message>
        <source>Could not save to the share</source>
        <translation>Không lưu được vào thư mục dùng chung</translation>
    </message>
    <message>
        <source>Your changes could not be saved to “%1”.</source>
        <translation>Chưa lưu được các thay đổi của bạn vào tệp “%1”.</translation>
    </message>
    <message>
        <source>They are safe in a working copy on this computer. Try again (for example once the network drive or USB stick is back), save your version as a new file, or close the file: the next time InspectDesk starts it offers to save them.</source>
        <translation>Các thay đổi vẫn an toàn trong bản sao làm việc trên máy tính này. Hãy thử lại (ví dụ khi ổ mạng hoặc USB đã kết nối lại), lưu bản của bạn thành tệp mới, hoặc đóng tệp: lần khởi động sau, InspectDesk sẽ đề nghị lưu các thay đổi này.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>&amp;Close and keep the working copy</source>
        <translation>Đón&amp;g tệp, giữ bản sao làm việc</translation>
    </message>
</context>
<context>
    <name>SharedFileSaver</name>
    <message>
        <source>Working copy — not saved: someone else changed the file</source>
        <translation>Bản sao làm việc — chưa lưu: người khác đã thay đổi tệp</translation>
    </message>
    <message>
        <source>Working copy — could not save to the share</source>
        <translation>Bản sao làm việc — không lưu được vào thư mục dùng chung</translation>
    </message>
    <message>
        <source>Working copy — unsaved changes</source>
        <translation>Bản sao làm việc — có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Working copy — saved to the share at %1</source>
        <translation>Bản sao làm việc — đã lưu vào thư mục dùng chung lúc %1</translation>
    </message>
    <message>
        <source>Working copy — opened from the share at %1</source>
        <translation>Bản sao làm việc — đã mở từ thư mục dùng chung lúc %1</translation>
    </message>
    <message>
        <source>The file is on a network drive or USB stick. Your changes go to a working copy on this computer (%1), which is saved to the shared file a few seconds after each change and when you close the file.</source>
        <translation>Tệp nằm trên ổ mạng hoặc USB. Các thay đổi của bạn được ghi vào bản sao làm việc trên máy tính này (%1); bản sao này được lưu vào tệp dùng chung vài giây sau mỗi lần thay đổi và khi bạn đóng tệp.</translation>
    </message>
    <message>
        <source>Saving to the shared file</source>
        <translation>Đang lưu vào tệp dùng chung</translation>
    </message>
    <message>
        <source>Your changes could not be saved to “%1”.</source>
        <translation>Chưa lưu được các thay đổi của bạn vào tệp “%1”.</translation>
    </message>
    <message>
        <source>Could not save to the share</source>
        <translation>Không lưu được vào thư mục dùng chung</translation>
    </message>
    <message>
        <source>They are safe in a working copy on this computer. InspectDesk tries again after your next change and when you close the file.</source>
        <translation>Các thay đổi vẫn an toàn trong bản sao làm việc trên máy tính này. InspectDesk sẽ thử lưu lại sau lần thay đổi tiếp theo và khi bạn đóng tệp.</translation>
    </message>
    <message>
        <source>Merging the changes made to “%1”…</source>
        <translation>Đang hợp nhất các thay đổi trong tệp “%1”…</translation>
    </message>
    <message>
        <source>Merging their changes</source>
        <translation>Đang hợp nhất thay đổi của họ</translation>
    </message>
    <message>
        <source>Their changes were merged into yours and saved to the share.</source>
        <translation>Đã hợp nhất thay đổi của họ vào bản của bạn và lưu vào thư mục dùng chung.</translation>
    </message>
    <message numerus="yes">
        <source>Where you both changed the same thing (%n place(s)), your version was kept.</source>
        <translation>
            <numerusform>Ở %n chỗ cả hai cùng sửa, bản của bạn được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save my version as a new file</source>
        <translation>Lưu bản của tôi thành tệp mới</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (bản của tôi)</translation>
    </message>
    <message>
        <source>Choose another name: the shared file itself is not replaced, so that the other person&apos;s changes are kept.</source>
        <translation>Hãy chọn tên khác: InspectDesk không ghi đè lên chính tệp dùng chung để giữ lại thay đổi của người kia.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>PDF, images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF, hình ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the scanned signed copy</source>
        <translation>Chọn bản chụp biên bản đã ký</translation>
    </message>
    <message>
        <source>Mark the minutes as signed</source>
        <translation>Đánh dấu biên bản đã ký</translation>
    </message>
    <message>
        <source>Optional: PDF or image, up to 50 MB (can be attached later)</source>
        <translation>Không bắt buộc: tệp PDF hoặc ảnh, tối đa 50 MB (có thể đính kèm sau)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>Scanned &amp;copy:</source>
        <translation>&amp;Bản chụp:</translation>
    </message>
    <message>
        <source>Once the minutes are marked signed, the visit is locked: its content can be changed again only after an unlock, whose reason is recorded.</source>
        <translation>Sau khi đánh dấu biên bản đã ký, cuộc kiểm tra bị khóa: chỉ sửa được nội dung sau khi mở khóa, và lý do mở khóa được ghi lại.</translation>
    </message>
    <message>
        <source>&amp;Mark as signed</source>
        <translation>Đánh dấu đã &amp;ký</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>Mark as s&amp;igned…</source>
        <translation>Đánh dấu đã &amp;ký…</translation>
    </message>
    <message>
        <source>Attac&amp;h signed copy…</source>
        <translation>Đính kèm bản đã ký (&amp;H)…</translation>
    </message>
    <message>
        <source>Open signed cop&amp;y</source>
        <translation>Mở bản đã ký (&amp;Y)</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>Mở khóa (&amp;L)…</translation>
    </message>
    <message>
        <source>Only a leader may unlock signed minutes</source>
        <translation>Chỉ lãnh đạo mới được mở khóa biên bản đã ký</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Biên bản %1</translation>
    </message>
    <message>
        <source>Mark minutes as signed</source>
        <translation>Đánh dấu biên bản đã ký</translation>
    </message>
    <message>
        <source>Marking the minutes signed</source>
        <translation>Đang đánh dấu biên bản đã ký</translation>
    </message>
    <message>
        <source>Attach signed copy</source>
        <translation>Đính kèm bản đã ký</translation>
    </message>
    <message>
        <source>The minutes already have a signed copy (%1). Replace it with %2?</source>
        <translation>Biên bản đã có bản đã ký đính kèm (%1). Thay bằng tệp %2?</translation>
    </message>
    <message>
        <source>Attaching the signed copy</source>
        <translation>Đang đính kèm bản đã ký</translation>
    </message>
    <message>
        <source>Opening the signed copy</source>
        <translation>Đang mở bản đã ký</translation>
    </message>
</context>
<context>
    <name>StrataEditor</name>
    <message>
        <source>%1 unit(s)</source>
        <translation>%1 đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>(anywhere)</source>
        <translation>(toàn bộ)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tỷ lệ / số lượng</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Label in the plan</source>
        <translation>Nội dung ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>Add st&amp;ratum…</source>
        <translation>Thêm &amp;nhóm…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Sửa nhóm…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Add sampling stratum</source>
        <translation>Thêm nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>Change sampling stratum</source>
        <translation>Sửa nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>Delete sampling stratum</source>
        <translation>Xóa nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>Reorder sampling strata</source>
        <translation>Sắp xếp lại các nhóm chọn mẫu</translation>
    </message>
</context>
<context>
    <name>StratumDialog</name>
    <message>
        <source>Sampling stratum</source>
        <translation>Nhóm chọn mẫu</translation>
    </message>
    <message>
        <source>New stratum</source>
        <translation>Nhóm chọn mẫu mới</translation>
    </message>
    <message>
        <source>(any kind)</source>
        <translation>(mọi loại đơn vị)</translation>
    </message>
    <message>
        <source>(any level)</source>
        <translation>(mọi cấp)</translation>
    </message>
    <message>
        <source>Type the name of a unit to add…</source>
        <translation>Gõ tên đơn vị cần thêm…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Percentage:</source>
        <translation>Tỷ &amp;lệ:</translation>
    </message>
    <message>
        <source>&amp;Number of units:</source>
        <translation>&amp;Số đơn vị:</translation>
    </message>
    <message>
        <source>(made from the choices above)</source>
        <translation>(tự ghi theo các lựa chọn ở trên)</translation>
    </message>
    <message>
        <source>&amp;Kind of unit:</source>
        <translation>L&amp;oại đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>&amp;Under (each unit is its own stratum):</source>
        <translation>Th&amp;uộc đơn vị (mỗi đơn vị là một nhóm riêng):</translation>
    </message>
    <message>
        <source>A percentage is rounded up: 30% of 5 units is 2. Without a unit above, the stratum takes units anywhere in the file.</source>
        <translation>Tỷ lệ được làm tròn lên: 30% của 5 đơn vị là 2. Nếu không chọn đơn vị cấp trên, nhóm lấy đơn vị trong toàn bộ tệp dữ liệu.</translation>
    </message>
    <message>
        <source>La&amp;bel in the plan:</source>
        <translation>&amp;Nội dung ghi trong kế hoạch:</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Kind of data</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Sẽ thêm</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>Sẽ cập nhật</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap a unit of the sample</source>
        <translation>Thay đơn vị trong mẫu</translation>
    </message>
    <message>
        <source>Replace “%1” with a unit of the same stratum:</source>
        <translation>Thay “%1” bằng một đơn vị cùng nhóm:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>Đã trong mẫu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>Đơn vị &amp;thay thế:</translation>
    </message>
    <message>
        <source>e.g. the unit was inspected last month; its office is being rebuilt</source>
        <translation>ví dụ: đơn vị vừa được kiểm tra tháng trước; trụ sở đang sửa chữa</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>T&amp;hay</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Teams o&amp;f the plan:</source>
        <translation>&amp;Các đoàn của kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>Thê&amp;m đoàn</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Xóa đoàn</translation>
    </message>
    <message>
        <source>e.g. ĐKT (empty: the organisation&apos;s series)</source>
        <translation>ví dụ: ĐKT (để trống: dùng số văn bản của cơ quan)</translation>
    </message>
    <message>
        <source>Under&amp;cover team (unannounced visits)</source>
        <translation>Tổ kiểm t&amp;ra bí mật (đột xuất, không báo trước)</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-SNV</source>
        <translation>ví dụ: 125/QĐ-SNV</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Tên đoàn:</translation>
    </message>
    <message>
        <source>Document co&amp;de:</source>
        <translation>&amp;Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Dec&amp;ision no.:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision dat&amp;e:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>Lưu thông t&amp;in đoàn</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Thêm thà&amp;nh viên…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Bỏ khỏi đoàn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Lên trên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Xuống dưới</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Capital letters, digits and hyphens only, e.g. ĐKT or UBND-NV.</source>
        <translation>Chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ ĐKT hoặc UBND-NV.</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Sửa đoàn “%1”</translation>
    </message>
    <message>
        <source>Inspection team %1</source>
        <translation>Đoàn kiểm tra số %1</translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation>Thêm đoàn “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Move the team “%1” to the trash? %n visit(s) name this team; they keep it.</source>
        <translation>
            <numerusform>Chuyển đoàn “%1” vào Thùng rác? Có %n cuộc kiểm tra ghi tên đoàn này; các cuộc kiểm tra đó vẫn giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the team “%1” to the trash?</source>
        <translation>Chuyển đoàn “%1” vào Thùng rác?</translation>
    </message>
    <message>
        <source>Delete team “%1”</source>
        <translation>Xóa đoàn “%1”</translation>
    </message>
    <message>
        <source>The team already has a leader; change their role first.</source>
        <translation>Đoàn đã có Trưởng đoàn; hãy đổi vai trò của người đó trước.</translation>
    </message>
    <message>
        <source>The team already has a secretary; change their role first.</source>
        <translation>Đoàn đã có Thư ký; hãy đổi vai trò của người đó trước.</translation>
    </message>
    <message>
        <source>This person is already on the team.</source>
        <translation>Người này đã có trong đoàn.</translation>
    </message>
    <message>
        <source>&amp;Role in the team:</source>
        <translation>&amp;Vai trò trong đoàn:</translation>
    </message>
    <message>
        <source>Add “%1” to the team</source>
        <translation>Thêm “%1” vào đoàn</translation>
    </message>
    <message>
        <source>Remove “%1” from the team</source>
        <translation>Bỏ “%1” khỏi đoàn</translation>
    </message>
    <message>
        <source>Change the role of “%1”</source>
        <translation>Đổi vai trò của “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Đổi thứ tự của “%1”</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Document templates</source>
        <translation>Mẫu văn bản</translation>
    </message>
    <message>
        <source>Each document is made from a Word template. To change the wording or layout, save a copy of the template, edit it in Word keeping the placeholders in double braces such as {{ unit_name }}, then install it here. InspectDesk tries it with sample data and refuses a template with errors.</source>
        <translation>Mỗi văn bản được lập từ một mẫu Word. Muốn sửa câu chữ hoặc cách trình bày, hãy lưu một bản sao của mẫu, chỉnh sửa trong Word nhưng giữ nguyên các chỗ điền trong dấu ngoặc kép nhọn như {{ unit_name }}, rồi cài lại tại đây. InspectDesk sẽ thử mẫu với dữ liệu mẫu và không nhận mẫu có lỗi.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Template in use</source>
        <translation>Mẫu đang dùng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Save a copy to edit…</source>
        <translation>&amp;Lưu bản sao để chỉnh sửa…</translation>
    </message>
    <message>
        <source>&amp;Install an edited template…</source>
        <translation>&amp;Cài mẫu đã chỉnh sửa…</translation>
    </message>
    <message>
        <source>&amp;Back to the built-in template</source>
        <translation>&amp;Dùng lại mẫu có sẵn</translation>
    </message>
    <message>
        <source>Open the templates &amp;folder</source>
        <translation>Mở &amp;thư mục mẫu</translation>
    </message>
    <message>
        <source>Edited copy of %1</source>
        <translation>Bản chỉnh sửa ngày %1</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mẫu có sẵn</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Lưu bản sao của mẫu</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Install an edited template</source>
        <translation>Cài mẫu đã chỉnh sửa</translation>
    </message>
    <message>
        <source>The template was checked and installed. New documents will use it.</source>
        <translation>Mẫu đã được kiểm tra và cài đặt. Các văn bản lập từ nay sẽ dùng mẫu này.</translation>
    </message>
    <message>
        <source>Use the built-in template again? Your edited copy is kept beside it as %1.</source>
        <translation>Dùng lại mẫu có sẵn? Bản chỉnh sửa của bạn được giữ lại bên cạnh với tên %1.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Citizen report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Xóa lúc</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>Deleted records stay in the file until you restore them.</source>
        <translation>Bản ghi đã xóa vẫn được giữ trong tệp cho đến khi bạn khôi phục.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Khôi phục %n bản ghi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>e.g. 08707</source>
        <translation>ví dụ 08707</translation>
    </message>
    <message>
        <source>e.g. QĐ 19/2025/QĐ-TTg</source>
        <translation>ví dụ QĐ 19/2025/QĐ-TTg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Đơn vị &amp;cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p:</translation>
    </message>
    <message>
        <source>Administrative &amp;code:</source>
        <translation>&amp;Mã đơn vị hành chính:</translation>
    </message>
    <message>
        <source>Code &amp;list:</source>
        <translation>&amp;Danh mục mã:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Add unit “%1”</source>
        <translation>Thêm đơn vị “%1”</translation>
    </message>
    <message>
        <source>Edit unit “%1”</source>
        <translation>Sửa đơn vị “%1”</translation>
    </message>
</context>
<context>
    <name>UnitSearchCombo</name>
    <message>
        <source>Type to search, e.g. “vinh yen”</source>
        <translation>Gõ để tìm, ví dụ “vinh yen”</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
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
        <source>&amp;Tree view</source>
        <translation>Dạng &amp;cây</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Thêm đơn vị</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Bring in a list of units from .xlsx, .xls or .csv (also TCVN3/VNI fonts)</source>
        <translation>Nhập danh sách đơn vị từ tệp .xlsx, .xls hoặc .csv (kể cả phông TCVN3/VNI)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Add a unit &amp;under this one…</source>
        <translation>Thêm đơn vị &amp;trực thuộc…</translation>
    </message>
    <message>
        <source>Import units from E&amp;xcel…</source>
        <translation>Nhập &amp;đơn vị từ Excel…</translation>
    </message>
    <message>
        <source>Import &amp;people from Excel…</source>
        <translation>Nhập &amp;cán bộ từ Excel…</translation>
    </message>
    <message>
        <source>Delete units</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>Move %n unit(s) to the trash? You can restore them from the trash.</source>
        <translation>
            <numerusform>Chuyển %n đơn vị vào thùng rác? Bạn có thể khôi phục từ thùng rác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s)</source>
        <translation>
            <numerusform>Xóa %n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock signed minutes</source>
        <translation>Mở khóa biên bản đã ký</translation>
    </message>
    <message>
        <source>These minutes are signed. Unlocking lets the visit be edited again, although the paper copy already carries the signatures. The unlock, its reason, your name and the time are recorded in the change log, as is every later edit.</source>
        <translation>Biên bản này đã được ký. Mở khóa sẽ cho phép sửa lại cuộc kiểm tra, dù bản giấy đã có chữ ký. Việc mở khóa, lý do, tên người thực hiện và thời điểm được ghi vào nhật ký thay đổi, cũng như mọi chỉnh sửa sau đó.</translation>
    </message>
    <message>
        <source>e.g. correct the name of the unit&apos;s representative</source>
        <translation>ví dụ: sửa tên người đại diện đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Reason for unlocking:</source>
        <translation>&amp;Lý do mở khóa:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Lưu các thay đổi của “%1”?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
</context>
<context>
    <name>VisitAttendeeDialog</name>
    <message>
        <source>Add attendee</source>
        <translation>Thêm thành phần tham dự</translation>
    </message>
    <message>
        <source>(type a name below)</source>
        <translation>(nhập họ tên ở dưới)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Có &amp;mặt</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Bên:</translation>
    </message>
    <message>
        <source>From the &amp;unit&apos;s people:</source>
        <translation>Chọn người của đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Role on the team:</source>
        <translation>Vai t&amp;rò trong đoàn:</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>&amp;General data</source>
        <translation>Thông tin c&amp;hung</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Thành &amp;phần</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Nội &amp;dung kiểm tra</translation>
    </message>
    <message>
        <source>Findings and &amp;recommendations</source>
        <translation>Kết quả và kiến &amp;nghị</translation>
    </message>
    <message>
        <source>&amp;Opinions and status</source>
        <translation>Ý kiến và trạng thá&amp;i</translation>
    </message>
    <message>
        <source>&amp;Sanctions</source>
        <translation>&amp;Xử lý</translation>
    </message>
    <message>
        <source>Draw up the minutes first (schedule page, “Draw up the minutes”).</source>
        <translation>Hãy lập biên bản trước (trang Lịch kiểm tra, lệnh “Lập biên bản”).</translation>
    </message>
    <message>
        <source>The minutes were signed on %1, so the visit is locked.</source>
        <translation>Biên bản đã ký ngày %1 nên cuộc kiểm tra bị khóa.</translation>
    </message>
    <message>
        <source>The minutes are signed, so the visit is locked.</source>
        <translation>Biên bản đã ký nên cuộc kiểm tra bị khóa.</translation>
    </message>
    <message>
        <source>Signed copy: %1.</source>
        <translation>Bản đã ký: %1.</translation>
    </message>
    <message>
        <source>To change it, use “Unlock…”: the reason is recorded in the change log.</source>
        <translation>Muốn sửa, hãy dùng “Mở khóa…”; lý do mở khóa được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Deleted visit</source>
        <translation>Cuộc kiểm tra đã xóa</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>Visit — %1</source>
        <translation>Cuộc kiểm tra — %1</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing here can be changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không sửa được nội dung nào.</translation>
    </message>
    <message>
        <source>This visit has been deleted (or its creation undone).</source>
        <translation>Cuộc kiểm tra này đã bị xóa (hoặc việc tạo mới đã được hoàn tác).</translation>
    </message>
    <message>
        <source>The signed minutes were unlocked on %1 by %2: “%3”. Edits are logged.</source>
        <translation>Biên bản đã ký được %2 mở khóa ngày %1, lý do: “%3”. Mọi chỉnh sửa đều được ghi lại.</translation>
    </message>
    <message>
        <source>The new visit is saved as soon as its unit is chosen.</source>
        <translation>Cuộc kiểm tra mới được lưu ngay khi chọn đơn vị được kiểm tra.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Someone else changed this visit after it was opened here. The editor now shows the saved values; make your change again.</source>
        <translation>Cuộc kiểm tra này đã bị người khác sửa sau khi mở ở đây. Cửa sổ đã hiển thị lại dữ liệu đã lưu; hãy sửa lại.</translation>
    </message>
    <message>
        <source>Record the actual start (General data tab) before marking the minutes drafted.</source>
        <translation>Hãy ghi thời gian bắt đầu thực tế (thẻ Thông tin chung) trước khi chuyển sang “Đã lập biên bản”.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Sửa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Saved together with the changes made meanwhile by someone else.</source>
        <translation>Đã lưu cùng với các thay đổi người khác vừa thực hiện.</translation>
    </message>
    <message>
        <source>Your changes were discarded; the editor shows the saved values.</source>
        <translation>Đã bỏ thay đổi của bạn; cửa sổ hiển thị các giá trị đã lưu.</translation>
    </message>
    <message>
        <source>Choose the unit to save the new visit.</source>
        <translation>Hãy chọn đơn vị được kiểm tra để lưu cuộc kiểm tra mới.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Close the visit</source>
        <translation>Đóng cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Some changes are not valid and were not saved. Close anyway?</source>
        <translation>Một số thay đổi không hợp lệ nên chưa được lưu. Vẫn đóng?</translation>
    </message>
</context>
<context>
    <name>VisitFindingDialog</name>
    <message>
        <source>Add finding</source>
        <translation>Thêm kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Sửa kết quả kiểm tra</translation>
    </message>
    <message>
        <source>(no checklist item)</source>
        <translation>(không gắn nội dung kiểm tra)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Checklist &amp;item:</source>
        <translation>Nội dung &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Nguyên nhân:</translation>
    </message>
</context>
<context>
    <name>VisitRecommendationDialog</name>
    <message>
        <source>Add recommendation</source>
        <translation>Thêm kiến nghị</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Sửa kiến nghị</translation>
    </message>
    <message>
        <source>e.g. Chairman of the commune People&apos;s Committee</source>
        <translation>Ví dụ: Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>Left empty, today&apos;s date is recorded.</source>
        <translation>Để trống thì ghi ngày hôm nay.</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(không gắn kết quả kiểm tra)</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Kiến nghị:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Trách nhiệm thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>Fi&amp;xed on:</source>
        <translation>Ngày khắc &amp;phục:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Minh chứng:</translation>
    </message>
    <message>
        <source>For the f&amp;inding:</source>
        <translation>Thuộc kết &amp;quả:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Quá trình khắc phục:</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
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
        <source>Status</source>
        <translation>Trạng thái</translation>
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
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Due (planned or notified)</source>
        <translation>Sắp kiểm tra (dự kiến, đã thông báo)</translation>
    </message>
    <message>
        <source>With minutes (drafted or signed)</source>
        <translation>Đã lập biên bản (dự thảo, đã ký)</translation>
    </message>
    <message>
        <source>Both modes</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Mọi đoàn kiểm tra</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>Cuộc kiểm tra &amp;mới</translation>
    </message>
    <message>
        <source>Ca&amp;lendar…</source>
        <translation>Xem dạng &amp;lịch…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Draw up the &amp;minutes (.docx)…</source>
        <translation>Lập &amp;biên bản (.docx)…</translation>
    </message>
    <message>
        <source>Delete visits</source>
        <translation>Xóa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Visits with signed minutes cannot be deleted. Unlock them first (the reason is recorded).</source>
        <translation>Không xóa được cuộc kiểm tra đã ký biên bản. Hãy mở khóa trước (lý do mở khóa được ghi lại).</translation>
    </message>
    <message numerus="yes">
        <source>Move %n visit(s) to the trash, with their findings and recommendations? You can restore them from the trash.</source>
        <translation>
            <numerusform>Chuyển %n cuộc kiểm tra, cùng kết quả và kiến nghị, vào thùng rác? Bạn có thể khôi phục từ thùng rác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Xóa %n cuộc kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>bien-ban</translation>
    </message>
    <message>
        <source>Draw up the minutes</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Đã lập biên bản: %1</translation>
    </message>
    <message>
        <source>Minutes no. %1 written.</source>
        <translation>Đã lập Biên bản kiểm tra số %1.</translation>
    </message>
    <message>
        <source>The minutes were written.</source>
        <translation>Đã lập biên bản kiểm tra.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Drawing up the minutes</source>
        <translation>Đang lập biên bản</translation>
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
    <message>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Newly received</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>Being verified</source>
        <translation>Đang xác minh</translation>
    </message>
    <message>
        <source>Inspection planned</source>
        <translation>Đã lên kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>%1 saved it at %2.</source>
        <translation>%1 đã lưu lúc %2.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it.</source>
        <translation>Có người đã sửa bản ghi này sau khi bạn mở.</translation>
    </message>
    <message>
        <source>Close and reopen it.</source>
        <translation>Hãy đóng và mở lại.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Mục này bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Digits only (the code of the national list).</source>
        <translation>Chỉ gồm chữ số (mã theo danh mục hành chính).</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or its own units.</source>
        <translation>Không thể đặt đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó.</translation>
    </message>
    <message>
        <source>The chosen item no longer exists; choose again.</source>
        <translation>Mục đã chọn không còn tồn tại; hãy chọn lại.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it; close and reopen it.</source>
        <translation>Bản ghi này đã được người khác sửa sau khi bạn mở; hãy đóng và mở lại.</translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation>Giá trị này không hợp lệ.</translation>
    </message>
    <message>
        <source>The end cannot come before the start.</source>
        <translation>Thời điểm kết thúc không được trước thời điểm bắt đầu.</translation>
    </message>
</context>
<context>
    <name>sanction_labels</name>
    <message>
        <source>Reminder</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Phê bình</translation>
    </message>
    <message>
        <source>Self-criticism required</source>
        <translation>Yêu cầu kiểm điểm</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Salary downgrade / demotion</source>
        <translation>Hạ bậc lương / giáng chức</translation>
    </message>
    <message>
        <source>Dismissal from office</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Forced resignation</source>
        <translation>Buộc thôi việc</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Inspection results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Inspection schedule</source>
        <translation>Lịch kiểm tra</translation>
    </message>
    <message>
        <source>Remediation follow-up</source>
        <translation>Theo dõi khắc phục</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Citizen reports</source>
        <translation>Phản ánh</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Kết nối má&amp;y chủ…</translation>
    </message>
</context>
<context>
    <name>visit_labels</name>
    <message>
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy team leader</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Thành phần khác</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>visit_models</name>
    <message>
        <source>Side</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role on the team</source>
        <translation>Vai trò trong đoàn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Content checked</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Trách nhiệm thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày khắc phục</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>InspectDesk</source>
        <translation>InspectDesk</translation>
    </message>
</context>
</TS>
