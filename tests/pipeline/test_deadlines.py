"""The temporal grammar: phrases in sentence context, planted spans, and calendar properties."""

from __future__ import annotations

import calendar
import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giaoviec.normalize import fold
from giaoviec.pipeline import deadlines
from giaoviec.pipeline.deadlines import (
    TemporalMention,
    choose_deadline,
    effective_date,
    event_dates,
    find_temporal_mentions,
)


@dataclass(frozen=True)
class Case:
    """One phrase in context: the mention whose text is ``span`` must carry these values."""

    text: str
    issued: date | None
    span: str
    type: str
    date: str | None = None
    role: str = "deadline"
    extra: dict = field(default_factory=dict)
    chosen: bool | None = None  # None: chosen exactly when it is a firm deadline


def case(text, issued, span, kind, when=None, role="deadline", chosen=None, **extra):
    day = date.fromisoformat(issued) if issued else None
    return Case(text, day, span, kind, when, role, extra, chosen)


BY_DATE = [
    case("Báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/10/2025.", "2025-09-26",
         "trước ngày 15/10/2025", "by_date", "2025-10-15"),
    case("Xây dựng phương án, trình UBND tỉnh chậm nhất ngày 30 tháng 10 năm 2025.", "2025-09-26",
         "chậm nhất ngày 30 tháng 10 năm 2025", "by_date", "2025-10-30"),
    case("Gửi báo cáo tổng kết về Sở Y tế chậm nhất là ngày 05/12/2025.", "2025-10-06",
         "chậm nhất là ngày 05/12/2025", "by_date", "2025-12-05"),
    case("Hoàn thiện hồ sơ, nộp Sở Tài chính trước ngày 15-11-2025.", "2025-10-17",
         "trước ngày 15-11-2025", "by_date", "2025-11-15"),
    case("Rà soát danh sách, gửi Sở Nội vụ trước ngày 5.1.2026 để tổng hợp.", "2025-12-10",
         "trước ngày 5.1.2026", "by_date", "2026-01-05"),
    case("Giải quyết dứt điểm vướng mắc về mặt bằng, hoàn thành trước 31/12.", "2025-11-04",
         "trước 31/12", "by_date", "2025-12-31"),
    # a weekday of the issue date's week or the next; a day of the month written alone
    case("Hoàn thiện dự thảo báo cáo, trình Chủ tịch trước thứ Sáu tuần này.", "2025-10-13",
         "trước thứ Sáu tuần này", "by_date", "2025-10-17"),
    case("Nộp hồ sơ về Phòng Kinh tế chậm nhất thứ Năm tuần sau.", "2025-10-13",
         "chậm nhất thứ Năm tuần sau", "by_date", "2025-10-23"),
    case("Giải quyết dứt điểm 09 hồ sơ quá hạn, chậm nhất ngày 15.", "2025-10-20",
         "chậm nhất ngày 15", "by_date", "2025-11-15"),
    case("Kiểm tra các hồ chứa, báo cáo UBND tỉnh trước ngày 15/9.", "2025-10-01",
         "trước ngày 15/9", "by_date", "2026-09-15"),
    case("Chuẩn bị báo cáo, gửi Văn phòng UBND tỉnh trước 16 giờ 00 ngày 12/12/2025 để tổng hợp.",
         "2025-12-10", "trước 16 giờ 00 ngày 12/12/2025", "by_date", "2025-12-12", time="16:00"),
    case("Sơ tán người dân đến nơi an toàn, hoàn thành trước 17h00 ngày 26/10/2025.",
         "2025-10-25", "trước 17h00 ngày 26/10/2025", "by_date", "2025-10-26", time="17:00"),
    case("Thông báo về Văn phòng trước 10 giờ 30 phút ngày 16/12/2025.", "2025-12-10",
         "trước 10 giờ 30 phút ngày 16/12/2025", "by_date", "2025-12-16", time="10:30"),
    case("Gửi danh sách đại biểu trước 16h ngày 20/9/2025.", "2025-09-15",
         "trước 16h ngày 20/9/2025", "by_date", "2025-09-20", time="16:00"),
    # at a time, or at each of several hours, of a day
    case("Tổ bầu cử báo cáo số cử tri đi bầu vào các thời điểm 09 giờ 00, 11 giờ 00 và 16 giờ 00 "
         "ngày 15/3/2026.", "2026-02-20",
         "vào các thời điểm 09 giờ 00, 11 giờ 00 và 16 giờ 00 ngày 15/3/2026", "by_date",
         "2026-03-15", optional=True, chosen=True),  # (the day it is due, as "vào ngày")
    case("Báo cáo kết quả lên Thủ tướng Chính phủ trước 25 tháng 04 năm 2013.", "2013-03-26",
         "trước 25 tháng 04 năm 2013", "by_date", "2013-04-25"),
    case("Tổng hợp ý kiến, báo cáo trước ngày ba mươi tháng chín năm 2025.", "2025-09-01",
         "trước ngày ba mươi tháng chín năm 2025", "by_date", "2025-09-30"),
    case("Báo cáo Bộ Xây dựng trước ngày mười lăm tháng mười năm 2025.", "2025-09-01",
         "trước ngày mười lăm tháng mười năm 2025", "by_date", "2025-10-15"),
    case("Cung cấp số liệu không muộn hơn ngày 20/11/2025.", "2025-11-01",
         "không muộn hơn ngày 20/11/2025", "by_date", "2025-11-20"),
    case("Đôn đốc nhà thầu; phấn đấu đến ngày 31/01/2026 giải ngân đạt 100% kế hoạch vốn.",
         "2025-11-18", "đến ngày 31/01/2026", "by_date", "2026-01-31"),
    case("Thu nộp đầy đủ các khoản thuế đến hết ngày 31/12/2025.", "2025-11-01",
         "đến hết ngày 31/12/2025", "by_date", "2025-12-31"),
    case("2 | Biên soạn tài liệu giới thiệu Luật | Sở Tư pháp | Văn phòng UBND tỉnh"
         " | Trước ngày 30/4/2024 | Tài liệu", "2024-03-08",
         "Trước ngày 30/4/2024", "by_date", "2024-04-30"),
    case("5 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | 15/6/2024 | Báo cáo", "2024-03-08",
         "15/6/2024", "by_date", "2024-06-15"),
    case("Xây dựng quy chế phối hợp. Thời hạn hoàn thành: 30/11/2025", "2025-10-01",
         "30/11/2025", "by_date", "2025-11-30"),
    case("Xây dựng kế hoạch chăm lo Tết, hoàn thành trước ngày 20/01/2025; phân công trực Tết.",
         "2026-01-14", "trước ngày 20/01/2025", "by_date", "2025-01-20"),
    case("Thông báo đến cha mẹ học sinh trong ngày 26/10/2025.", "2025-10-25",
         "trong ngày 26/10/2025", "by_date", "2025-10-26"),
    case("Hoàn thành việc kiểm kê trước ngày 29/02/2028.", "2028-01-10",
         "trước ngày 29/02/2028", "by_date", "2028-02-29"),
    case("Hoàn thành nghiệm thu trước tháng 12/2025.", "2025-10-01",
         "trước tháng 12/2025", "by_date", "2025-11-30"),
    case("Tổ chức gặp mặt trước ngày mồng 5 tháng 2 năm 2026.", "2026-01-10",
         "trước ngày mồng 5 tháng 2 năm 2026", "by_date", "2026-02-05"),
    case("Gửi báo cáo thống kê; hạn cuối ngày 30/9/2025.", "2025-09-01",
         "hạn cuối ngày 30/9/2025", "by_date", "2025-09-30"),
    case("Các xã gửi biểu mẫu tổng hợp. Hạn nộp: 30/9/2025", "2025-09-01",
         "30/9/2025", "by_date", "2025-09-30"),
    case("Trang trí cờ, băng rôn trên các tuyến phố, hoàn thành trước ngày Quốc khánh 2/9.",
         "2025-08-20", "trước ngày Quốc khánh 2/9", "by_date", "2025-09-02"),
]

WITHIN_PERIOD = [
    case("Tổng hợp chung trong phương án điều động, báo cáo UBND tỉnh trong tháng 9/2025.",
         "2025-08-18", "trong tháng 9/2025", "within_period", "2025-09-30"),
    case("Ban hành hướng dẫn thống nhất trong tháng 10 năm 2025.", "2025-10-10",
         "trong tháng 10 năm 2025", "within_period", "2025-10-31"),
    case("Xây dựng phương án xử lý rác thải, báo cáo về UBND tỉnh trong tháng 07/2015.",
         "2025-07-10", "trong tháng 07/2015", "within_period", "2015-07-31"),
    case("Tổ chức tiêm bù cho trẻ chưa được tiêm đủ mũi, hoàn thành trong quý IV/2025.",
         "2025-09-26", "trong quý IV/2025", "within_period", "2025-12-31"),
    case("Bảo đảm hoàn thành, đưa vào sử dụng trong quý II/2026.", "2025-09-26",
         "trong quý II/2026", "within_period", "2026-06-30"),
    case("Phấn đấu hoàn thành hạng mục đường nội bộ trong quý I năm 2026.", "2025-10-17",
         "trong quý I năm 2026", "within_period", "2026-03-31"),
    case("Đánh giá mức độ hài lòng, báo cáo UBND tỉnh trong quý 3 năm 2025.", "2025-05-02",
         "trong quý 3 năm 2025", "within_period", "2025-09-30"),
    case("Kiện toàn Ban Chỉ đạo trong quý IV.", "2025-09-15",
         "trong quý IV", "within_period", "2025-12-31"),
    case("Kiện toàn Ban Chỉ đạo trong quý IV.", "2026-01-05",
         "trong quý IV", "within_period", "2026-12-31"),
    case("Tổng kết công tác năm, trình UBND tỉnh trong tháng 12.", "2025-12-10",
         "trong tháng 12", "within_period", "2025-12-31"),
    case("Tham mưu giao quyền tự chủ cho các đơn vị trong 6 tháng đầu năm 2026.", "2025-12-29",
         "trong 6 tháng đầu năm 2026", "within_period", "2026-06-30"),
    case("Hoàn thành đo đạc, cấp giấy chứng nhận trong 6 tháng cuối năm.", "2025-03-01",
         "trong 6 tháng cuối năm", "within_period", "2025-12-31"),
    case("Hoàn thành việc số hóa hồ sơ trong 9 tháng đầu năm 2026.", "2025-12-01",
         "trong 9 tháng đầu năm 2026", "within_period", "2026-09-30"),
    case("Chỉ đạo hoàn thành triển khai bệnh án điện tử trong năm 2025 theo lộ trình.",
         "2025-09-26", "trong năm 2025", "within_period", "2025-12-31"),
    case("12 | Bố trí đủ công chức địa chính cấp xã | UBND các huyện | Sở Nội vụ"
         " | Năm 2024 | Báo cáo",
         "2024-03-08", "Năm 2024", "within_period", "2024-12-31"),
    case("1 | Tổ chức hội nghị quán triệt Luật | Sở Tài nguyên và Môi trường | Sở Tư pháp"
         " | Tháng 4/2024 | Hội nghị", "2024-03-08", "Tháng 4/2024", "within_period", "2024-04-30"),
    case("4 | Tập huấn chuyên sâu cho cán bộ | Sở Tài nguyên và Môi trường | UBND các huyện"
         " | Quý III/2024 | Các lớp tập huấn", "2024-03-08",
         "Quý III/2024", "within_period", "2024-09-30"),
    case("8 | Trang bị máy tính, máy quét | UBND các xã | Sở Nội vụ"
         " | 6 tháng đầu năm 2026 | Thiết bị",
         "2025-12-26", "6 tháng đầu năm 2026", "within_period", "2026-06-30"),
    case("Bố trí đủ công chức; ngay trong tháng 10/2025, thành lập Tổ công tác cấp xã.",
         "2025-10-02", "ngay trong tháng 10/2025", "within_period", "2025-10-31"),
    case("Tổng hợp kết quả, báo cáo UBND tỉnh tại phiên họp thường kỳ tháng 11/2025.",
         "2025-11-04", "tại phiên họp thường kỳ tháng 11/2025", "within_period", "2025-11-30"),
    case("Tổng hợp chung, báo cáo Chính phủ tại phiên họp Chính phủ thường kỳ tháng8 năm 2015.",
         "2015-08-13", "tại phiên họp Chính phủ thường kỳ tháng8 năm 2015", "within_period",
         "2015-08-31"),
    case("Phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 50%.", "2025-09-15",
         "đến hết năm 2025", "within_period", "2025-12-31"),
    case("Phấn đấu đến hết quý II năm 2026 tỷ lệ thanh toán trực tuyến đạt 45%.", "2026-01-08",
         "đến hết quý II năm 2026", "within_period", "2026-06-30"),
    case("Tổ chức tổng vệ sinh, tiêu độc từ ngày 15/11/2025 đến ngày 30/11/2025.", "2025-11-12",
         "từ ngày 15/11/2025 đến ngày 30/11/2025", "within_period", "2025-11-30",
         start_date=date(2025, 11, 15)),
    case("Tổ chức đợt kiểm tra từ ngày 10/9 đến ngày 20/9/2025 tại các xã.", "2025-09-01",
         "từ ngày 10/9 đến ngày 20/9/2025", "within_period", "2025-09-20",
         start_date=date(2025, 9, 10)),
    case("Hoàn thành kiểm đếm vật nuôi trong tháng 2/2028.", "2028-01-05",
         "trong tháng 2/2028", "within_period", "2028-02-29"),
    case("Rà soát, báo cáo số liệu trong tuần này.", "2025-09-17",
         "trong tuần này", "within_period", "2025-09-21"),
    case("Trình dự thảo quy chế trong tháng tới.", "2025-09-17",
         "trong tháng tới", "within_period", "2025-10-31"),
    case("Trình UBND tỉnh công bố kết quả Trong quý I/2026.", "2025-12-29",
         "Trong quý I/2026", "within_period", "2026-03-31"),
    case("6 | Rà soát tiêu chí nông thôn mới | UBND các xã | Sở Nông nghiệp | Tháng 10, 11/2025"
         " | Báo cáo", "2025-09-01", "Tháng 10, 11/2025", "within_period", "2025-11-30",
         start_date=date(2025, 10, 1)),
    case("Tổ chức các lớp tập huấn trong quý III, IV/2025.", "2025-06-01",
         "trong quý III, IV/2025", "within_period", "2025-12-31"),
    case("Cao điểm phòng cháy rừng từ tháng 10 đến tháng 12/2025.", "2025-09-01",
         "từ tháng 10 đến tháng 12/2025", "within_period", "2025-12-31"),
    case("3 | Đầu tư hạ tầng số | Sở Khoa học và Công nghệ | Các sở | 2026 - 2030 | Hạ tầng",
         "2025-12-01", "2026 - 2030", "within_period", "2030-12-31"),
    case("4 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Các sở | 2026 | Dữ liệu", "2025-12-01",
         "2026", "within_period", "2026-12-31"),
    case("Đẩy mạnh thu ngân sách, phấn đấu hoàn thành và vượt chỉ tiêu thu ngân sách năm 2025"
         " được giao.", "2025-08-18", "năm 2025", "within_period", "2025-12-31",
         optional=True, chosen=True),
]

RELATIVE = [
    case("Tham mưu ban hành Quyết định trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo"
         " này.", "2025-09-15", "trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo này",
         "relative", "2025-09-22", anchor="issue"),
    case("Nạo vét, khơi thông dòng chảy, hoàn thành trong thời hạn 07 ngày kể từ ngày ký Thông"
         " báo này.", "2025-10-20", "trong thời hạn 07 ngày kể từ ngày ký Thông báo này",
         "relative", "2025-10-27", anchor="issue"),
    case("Trình Chủ tịch UBND xã trong thời hạn 03 ngày làm việc kể từ ngày ký.", "2026-01-08",
         "trong thời hạn 03 ngày làm việc kể từ ngày ký", "relative", "2026-01-13"),
    case("Trong thời hạn 15 ngày kể từ ngày ký Quyết định này, ban hành Kế hoạch chi tiết.",
         "2025-12-03", "Trong thời hạn 15 ngày kể từ ngày ký Quyết định này", "relative",
         "2025-12-18", anchor="issue"),
    case("Có văn bản báo cáo UBND tỉnh trong 10 ngày.", "2025-10-17",
         "trong 10 ngày", "relative", "2025-10-27", anchor="issue"),
    case("Gửi Sở Nông nghiệp và Môi trường trong thời hạn 05 ngày làm việc kể từ ngày nhận được"
         " Công văn này.", "2025-11-12",
         "trong thời hạn 05 ngày làm việc kể từ ngày nhận được Công văn này", "relative", None,
         anchor="receipt"),
    case("Tiêu hủy heo bệnh chậm nhất không quá 24 giờ kể từ khi có kết quả xét nghiệm dương tính;"
         " bảo đảm vệ sinh.", "2025-08-18",
         "chậm nhất không quá 24 giờ kể từ khi có kết quả xét nghiệm dương tính", "relative",
         None, anchor="event"),
    case("Xử lý triệt để ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh đầu tiên.",
         "2025-10-06", "trong vòng 48 giờ kể từ khi phát hiện ca bệnh đầu tiên", "relative",
         None, anchor="event"),
    case("Gửi báo cáo về Sở Tài chính trong 05 ngày làm việc.", "2025-12-26",
         "trong 05 ngày làm việc", "relative", "2026-01-02"),
    case("Ban hành quy chế sau 15 ngày kể từ ngày ban hành kế hoạch.", "2025-12-20",
         "sau 15 ngày kể từ ngày ban hành kế hoạch", "relative", "2026-01-04", anchor="issue"),
    case("Khắc phục sự cố trong vòng 07 ngày.", "2025-02-25",
         "trong vòng 07 ngày", "relative", "2025-03-04"),
    case("Nộp hồ sơ trong 05 ngày làm việc.", "2028-02-25",
         "trong 05 ngày làm việc", "relative", "2028-03-03"),
    case("3 | Công bố thủ tục | Các sở | Chậm nhất 05 ngày làm việc trước ngày văn bản có hiệu lực"
         " | Quyết định", "2025-12-26",
         "Chậm nhất 05 ngày làm việc trước ngày văn bản có hiệu lực", "relative", None,
         anchor="event"),
    case("Hoàn thành thu hồi đất trong thời hạn 30 ngày kể từ ngày 01/10/2025.", "2025-09-20",
         "trong thời hạn 30 ngày kể từ ngày 01/10/2025", "relative", "2025-10-31"),
    case("Xây dựng đề án trong thời hạn 02 tháng kể từ ngày ký.", "2025-12-31",
         "trong thời hạn 02 tháng kể từ ngày ký", "relative", "2026-02-28", anchor="issue"),
    case("Các Bộ trong thờihạn 07 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định phải hoàn"
         " thiện Báo cáo.", "2015-08-13",
         "trong thờihạn 07 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định", "relative",
         None, anchor="receipt"),
    case("Giải quyết thủ tục giao đất; thời hạn giải quyết không quá 10 ngày làm việc kể từ ngày"
         " nhận đủ hồ sơ hợp lệ.", "2025-12-03",
         "thời hạn giải quyết không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
         "relative", None, anchor="receipt"),
    case("Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.", "2011-12-19",
         "sau 10 ngày kể từ ngày ký", "relative", "2011-12-29", role="start"),
    case("Hoàn thành việc cấp đổi giấy chứng nhận trong thời hạn 01 năm kể từ ngày ký.",
         "2024-02-29", "trong thời hạn 01 năm kể từ ngày ký", "relative", "2025-02-28"),
    case("Báo cáo kết quả chậm nhất sau 05 ngày kể từ khi kết thúc đợt kiểm tra.", "2025-09-01",
         "chậm nhất sau 05 ngày kể từ khi kết thúc đợt kiểm tra", "relative", None,
         anchor="event"),
    case("Khắc phục tồn tại trong thời hạn 15 ngày kể từ ngày Thông báo kết luận được ban hành.",
         "2025-09-01", "trong thời hạn 15 ngày kể từ ngày Thông báo kết luận được ban hành",
         "relative", "2025-09-16", anchor="issue"),
]

DATA_CUTOFFS = [
    case("Báo cáo kết quả 6 tháng đầu năm 2026 (số liệu tính đến ngày 15/6/2026) về Bộ Nội vụ "
         "trước ngày 30/6/2026.", "2025-12-01", "đến ngày 15/6/2026", "by_date", "2026-06-15",
         role="scope"),
]

NEGATED_SOON = [
    case("Khuyến cáo nông dân không xuống giống lúa vụ Hè Thu năm 2026 sớm tại các vùng có nguy"
         " cơ xâm nhập mặn.", "2026-01-10", "vụ Hè Thu năm 2026", "within_period", "2026-12-31",
         role="scope", chosen=False),
]

SEASONS_AND_CASES = [
    case("Kiểm tra điều kiện an toàn, hoàn thành trước mùa du lịch năm 2026.", "2025-12-20",
         "trước mùa du lịch năm 2026", "vague"),
    # a ceremony, a festival, a summit week, an exam
    case("Chỉnh trang khu vực Quảng trường 2 Tháng 4, hoàn thành trước Lễ khai mạc.",
         "2026-05-20", "trước Lễ khai mạc", "vague"),
    case("Xây dựng chương trình nghệ thuật | Sở Văn hóa, Thể thao và Du lịch | Trước Tuần lễ "
         "Cấp cao APEC 2027", "2026-05-20", "Trước Tuần lễ Cấp cao APEC 2027", "vague"),
    case("Rà soát danh sách thí sinh tự do, hoàn thành trước kỳ thi.", "2026-03-02",
         "trước kỳ thi", "vague"),
    case("Tiếp nhận, cứu hộ động vật hoang dã | Chi cục Kiểm lâm | | Khi có phát sinh",
         "2025-12-20", "Khi có phát sinh", "vague"),
    # the days around an event, alone in the time column (in prose: which days, no deadline)
    case("Kiểm soát giết mổ tại các chợ | Sở Công Thương | Trước và trong dịp Tết Nguyên đán",
         "2025-12-20", "Trước và trong dịp Tết Nguyên đán", "vague"),
    case("Bảo vệ các điểm bầu cử | Công an tỉnh | Trước, trong và sau ngày bầu cử",
         "2026-02-20", "Trước, trong và sau ngày bầu cử", "vague"),
    case("12 | Trong thời gian diễn ra Lễ hội | Bảo đảm an ninh, trật tự | Công an tỉnh",
         "2026-03-02", "Trong thời gian diễn ra Lễ hội", "vague"),
    # a day alone in its cell, maybe after its weekday, needs neither "ngày" nor a year
    # (a bare date is a weak deadline: chosen when the cell gives no other)
    case("Thứ Hai 13/10 | 07h30 | Chào cờ đầu tuần", "2025-10-10", "13/10", "by_date",
         "2025-10-13", optional=True, chosen=True),
]

MONTH_EVERY_YEAR = [
    case("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch | Sở Nông nghiệp và Môi trường | "
         "Tháng 12 hằng năm", "2025-12-20", "Tháng 12 hằng năm", "recurring",
         recurrence="yearly"),
    case("Tổ chức diễn tập ứng cứu sự cố vào tháng 10 các năm.", "2025-12-20",
         "vào tháng 10 các năm", "recurring", recurrence="yearly"),
]

LEAD_TIMES = [
    case("Gửi tài liệu về Văn phòng trước phiên họp ít nhất 05 ngày làm việc.", "2025-09-01",
         "trước phiên họp ít nhất 05 ngày làm việc", "relative", None, anchor="event"),
    case("Thông báo cho chính quyền địa phương trước khi xả lũ ít nhất 04 giờ.", "2025-09-01",
         "trước khi xả lũ ít nhất 04 giờ", "relative", None, anchor="event"),
    case("Nộp hồ sơ trước ngày 15/10/2025 ít nhất 05 ngày làm việc.", "2025-09-01",
         "trước ngày 15/10/2025 ít nhất 05 ngày làm việc", "relative", "2025-10-08",
         anchor="event"),
    # the count first: "ít nhất" then "trước khi" / "trước ngày" (a lead time, as "chậm nhất")
    case("Niêm yết công khai danh sách hộ ít nhất 03 ngày trước khi chi trả.", "2025-09-01",
         "ít nhất 03 ngày trước khi chi trả", "relative", None, anchor="event"),
    case("Thông báo thời gian đối thoại tối thiểu 07 ngày trước ngày tổ chức.", "2025-09-01",
         "tối thiểu 07 ngày trước ngày tổ chức", "relative", None, anchor="event"),
]

RECURRING = [
    case("Theo dõi, đôn đốc nhà đầu tư; định kỳ hằng tháng báo cáo UBND tỉnh.", "2025-10-17",
         "định kỳ hằng tháng", "recurring", recurrence="monthly"),
    case("Báo cáo UBND tỉnh tiến độ thu ngân sách trước ngày 20 hằng tháng.", "2025-11-04",
         "trước ngày 20 hằng tháng", "recurring", recurrence="monthly", day=20),
    case("Các ngân hàng định kỳ trước ngày 15 hằng tháng báo cáo kết quả giải ngân.", "2025-10-10",
         "định kỳ trước ngày 15 hằng tháng", "recurring", recurrence="monthly", day=15),
    case("Tổng hợp tình hình, báo cáo Giám đốc Sở vào thứ Sáu hằng tuần.", "2025-08-18",
         "vào thứ Sáu hằng tuần", "recurring", recurrence="weekly", day=5),
    case("Báo cáo nhanh tình hình dịch bệnh trước 15 giờ 00 thứ Năm hằng tuần (qua Hệ thống).",
         "2025-08-18", "trước 15 giờ 00 thứ Năm hằng tuần", "recurring", recurrence="weekly",
         day=4, time="15:00"),
    case("Tổng hợp kết quả, báo cáo UBND phường trước 16 giờ 00 ngày thứ Sáu hằng tuần.",
         "2025-10-20", "trước 16 giờ 00 ngày thứ Sáu hằng tuần", "recurring",
         recurrence="weekly", day=5, time="16:00"),
    case("Ra quân tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần.", "2025-09-15",
         "vào sáng Chủ nhật hằng tuần", "recurring", recurrence="weekly", day=7),
    case("Báo cáo Ban Chỉ huy Phòng thủ dân sự tỉnh trước 15 giờ 00 hằng ngày.", "2025-09-17",
         "trước 15 giờ 00 hằng ngày", "recurring", recurrence="daily", time="15:00"),
    case("Cập nhật số liệu tiêm phòng lên hệ thống hàng ngày.", "2025-09-17",
         "hàng ngày", "recurring", recurrence="daily"),
    case("Cập nhật kết quả giải quyết thủ tục hành chính vào cuối mỗi ngày làm việc trên hệ thống.",
         "2025-07-15", "vào cuối mỗi ngày làm việc", "recurring", recurrence="daily"),
    case("Tổng hợp, xây dựng báo cáo CCHC định kỳ hằng quý, 6 tháng, năm của tỉnh.", "2025-12-29",
         "định kỳ hằng quý, 6 tháng, năm", "recurring", recurrence="quarterly"),
    case("Theo dõi diễn biến rừng; định kỳ 6 tháng báo cáo Thường trực Tỉnh ủy.", "2024-10-14",
         "định kỳ 6 tháng", "recurring", recurrence="semiannual"),
    case("15 | Kiểm tra tình hình thi hành Luật | Sở Tài nguyên và Môi trường | Các sở | Hằng năm"
         " | Báo cáo", "2024-03-08", "Hằng năm", "recurring", recurrence="yearly"),
    case("Cập nhật mực nước các hồ chứa hằng giờ trong thời gian có mưa lớn.", "2025-10-25",
         "hằng giờ", "recurring", recurrence="hourly"),
    case("Quan trắc mực nước định kỳ 6 giờ một lần.", "2025-10-25",
         "định kỳ 6 giờ", "recurring", recurrence="hourly"),
    case("Thực hiện báo cáo CCHC định kỳ hằng quý (trước ngày 15 của tháng cuối quý) gửi Sở"
         " Nội vụ.",
         "2025-12-29", "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)", "recurring",
         recurrence="quarterly", day=15),
    case("13 | Tổng hợp báo cáo kiểm soát thủ tục | Văn phòng UBND tỉnh | Các sở"
         " | Trước ngày 15 của tháng cuối quý | Báo cáo", "2025-12-26",
         "Trước ngày 15 của tháng cuối quý", "recurring", recurrence="quarterly", day=15),
    case("Tổng hợp tình hình, báo cáo UBND tỉnh định kỳ hằng tháng (trước ngày 25).", "2025-11-21",
         "định kỳ hằng tháng (trước ngày 25)", "recurring", recurrence="monthly", day=25),
    case("Các đơn vị gửi báo cáo tuần (thứ Hai, 10 giờ) về Sở.", "2025-10-06",
         "tuần (thứ Hai, 10 giờ)", "recurring", recurrence="weekly", day=1, time="10:00"),
    case("Họp giao ban hàng tuần để đánh giá tiến độ.", "2025-10-06",
         "hàng tuần", "recurring", recurrence="weekly"),
    case("Bố trí kinh phí trong dự toán ngân sách hằng năm của tỉnh.", "2024-03-08",
         "hằng năm", "recurring", role="scope", recurrence="yearly"),
    case("Tổng hợp kết quả kiểm kê, báo cáo Bộ trước ngày 30/6 hằng năm.", "2025-01-10",
         "trước ngày 30/6 hằng năm", "recurring", recurrence="yearly"),
    # two days a year, the rhythm said once after the last; the year each report covers
    case("Gửi báo cáo trước ngày 16 tháng 6 và trước ngày 16 tháng 12 hằng năm.", "2026-01-05",
         "trước ngày 16 tháng 6 và trước ngày 16 tháng 12 hằng năm", "recurring",
         recurrence="semiannual"),
    case("Gửi báo cáo sơ kết, tổng kết trước ngày 10-6 và trước ngày 25-11 hằng năm.",
         "2026-01-05", "trước ngày 10-6 và trước ngày 25-11 hằng năm", "recurring",
         recurrence="semiannual"),
    case("Báo cáo năm gửi về Bộ trước ngày 20 tháng 12 năm báo cáo.", "2026-01-05",
         "trước ngày 20 tháng 12 năm báo cáo", "recurring", recurrence="yearly"),
    # this evening, a weekday's morning with its hour
    case("Các xã báo cáo số hộ đã sơ tán trước 20 giờ 00 tối nay.", "2026-11-19",
         "trước 20 giờ 00 tối nay", "by_date", "2026-11-19", time="20:00"),
    case("Sở Xây dựng chuẩn bị báo cáo trước 10 giờ 00 sáng thứ Hai tuần sau.", "2026-11-19",
         "trước 10 giờ 00 sáng thứ Hai tuần sau", "by_date", "2026-11-23"),
    # the last day of a month the law's terms name
    case("Hộ kinh doanh nộp hồ sơ khai thuế chậm nhất là ngày cuối cùng của tháng đầu quý IV"
         " năm 2026.", "2026-09-10",
         "chậm nhất là ngày cuối cùng của tháng đầu quý IV năm 2026", "by_date", "2026-10-31"),
    case("Nộp tờ khai chậm nhất ngày cuối cùng của tháng 3/2026.", "2026-01-05",
         "chậm nhất ngày cuối cùng của tháng 3/2026", "by_date", "2026-03-31"),
    case("Nộp hồ sơ khai thuế chậm nhất là ngày cuối cùng của tháng đầu quý sau.", "2026-01-05",
         "chậm nhất là ngày cuối cùng của tháng đầu quý sau", "recurring",
         recurrence="quarterly"),
    # the month each report covers
    case("Báo cáo tháng gửi trước ngày 16 của tháng báo cáo.", "2026-01-05",
         "trước ngày 16 của tháng báo cáo", "recurring", recurrence="monthly"),
    # a party cell's monthly meeting and a review conference by quarter
    case("Chi bộ khu phố 2 tổ chức kiểm điểm trong kỳ sinh hoạt chi bộ tháng 3-2026.",
         "2026-03-12", "trong kỳ sinh hoạt chi bộ tháng 3-2026", "within_period", "2026-03-31"),
    case("Chi bộ khu phố 5 chia sẻ kinh nghiệm tại hội nghị sơ kết quý II-2026 của Đảng ủy"
         " phường.", "2026-03-12", "tại hội nghị sơ kết quý II-2026", "within_period",
         "2026-06-30"),
    # a week by its number in the year (ISO 8601, Monday to Sunday), as weekly meetings count
    case("Các phòng chuyên môn giải quyết dứt điểm 04 hồ sơ, xong trong tuần 17.",
         "2026-04-21", "trong tuần 17", "within_period", "2026-04-26"),
    case("Báo cáo kết quả tại cuộc họp giao ban tuần 18.", "2026-04-21",
         "tại cuộc họp giao ban tuần 18", "within_period", "2026-05-03"),
    # when a season or a campaign ends; "đến khi kết thúc" closes a span instead
    case("Phòng Kinh tế báo cáo kết quả cho Chủ tịch UBND xã khi kết thúc mùa khô.",
         "2026-01-12", "khi kết thúc mùa khô", "vague"),
    case("Tổng hợp kết quả, báo cáo Tỉnh đoàn sau khi kết thúc chiến dịch.", "2026-04-10",
         "sau khi kết thúc chiến dịch", "vague", optional=True, chosen=True),
    # a due day in brackets makes the rhythm a report's, even after "Chương trình"
    case("Báo cáo kết quả thực hiện Chương trình định kỳ 6 tháng (trước ngày 15/6) và năm"
         " (trước ngày 15/12) về Sở.", "2026-01-10", "định kỳ 6 tháng", "recurring",
         recurrence="semiannual"),
    case("Các đơn vị báo cáo số liệu trước ngày 10 tháng sau.", "2025-01-10",
         "trước ngày 10 tháng sau", "recurring", recurrence="monthly", day=10),
    # a delay is no deadline: "chậm 95 ngày so với tiến độ hợp đồng"
    case("Nhà thầu thi công chậm 95 ngày so với tiến độ hợp đồng; giao UBND xã xử lý trong 10 "
         "ngày làm việc kể từ ngày ký.", "2026-03-12",
         "trong 10 ngày làm việc kể từ ngày ký", "relative", "2026-03-26"),
    case("Tổ chức ngoại khóa về phòng, chống đuối nước trong học kỳ I năm học 2025 - 2026.",
         "2025-09-10", "trong học kỳ I năm học 2025 - 2026", "vague"),
    case("Báo cáo số lượt khách về Sở trước ngày 05 của tháng liền kề sau.", "2025-01-10",
         "trước ngày 05 của tháng liền kề sau", "recurring", recurrence="monthly", day=5),
    case("Tổng hợp tình hình, báo cáo UBND tỉnh hằng tuần (thứ Năm, trước 15 giờ).", "2025-01-10",
         "hằng tuần (thứ Năm, trước 15 giờ)", "recurring", recurrence="weekly", day=4,
         time="15:00"),
    case("Cập nhật dữ liệu lên hệ thống 01 lần/tháng.", "2025-01-10",
         "01 lần/tháng", "recurring", recurrence="monthly"),
    case("Tổ chức kiểm tra đột xuất 2 lần/năm.", "2025-01-10",
         "2 lần/năm", "recurring", recurrence="semiannual"),
]

ONGOING_ASAP_VAGUE = [
    case("Tổ chức các hoạt động hưởng ứng trước Chiến dịch Giờ Trái đất năm 2026.", "2026-02-10",
         "trước Chiến dịch Giờ Trái đất năm 2026", "vague"),
    case("2 | Thành lập chốt kiểm dịch | UBND các xã | Công an tỉnh | Ngay sau khi Quyết định có "
         "hiệu lực | Chốt", "2026-02-10", "Ngay sau khi Quyết định có hiệu lực", "asap"),
    # a peak season, undated
    case("Tổ chức diễn tập chữa cháy rừng tại 01 thôn trọng điểm trước cao điểm nắng nóng.",
         "2026-02-10", "trước cao điểm nắng nóng", "vague"),
    case("Kiểm tra các cơ sở lưu trú trước mùa cao điểm du lịch hè.", "2026-03-10",
         "trước mùa cao điểm du lịch hè", "vague"),
    case("Thường xuyên thanh tra, kiểm tra hoạt động hành nghề y, dược ngoài công lập.",
         "2025-09-26", "Thường xuyên", "ongoing"),
    case("3 | Tuyên truyền, phổ biến Luật Đất đai | Sở Thông tin và Truyền thông | Báo tỉnh"
         " | Thường xuyên | Tin, bài", "2024-03-08", "Thường xuyên", "ongoing"),
    case("Thực hiện nghiêm công tác trực ban thường xuyên, liên tục.", "2025-10-25",
         "thường xuyên, liên tục", "ongoing"),
    case("9 | Duy trì hệ thống | Sở Khoa học và Công nghệ | Các sở | Lâu dài | Hệ thống",
         "2025-10-25", "Lâu dài", "ongoing"),
    case("Áp dụng quy trình mới từ tháng 3/2026.", "2025-12-01",
         "từ tháng 3/2026", "ongoing", optional=True, start_date=date(2026, 3, 1), chosen=True),
    case("13 | Xây dựng cơ sở dữ liệu | Sở Tài nguyên và Môi trường | Các sở"
         " | Năm 2024 và các năm tiếp theo | Cơ sở dữ liệu", "2024-03-08",
         "Năm 2024 và các năm tiếp theo", "ongoing", optional=True, chosen=True),
    case("Theo dõi sát diễn biến thị trường và thường xuyên báo cáo Sở Công Thương.", "2025-11-04",
         "thường xuyên", "ongoing", optional=True, chosen=True),
    case("Sở Khoa học và Công nghệ khắc phục ngay tình trạng mất kết nối.", "2025-08-18",
         "ngay", "asap"),
    case("Ngân hàng Chính sách xã hội khẩn trương giải ngân nguồn vốn đã được phân bổ.",
         "2025-10-10", "khẩn trương", "asap"),
    case("Theo dõi, đôn đốc; kịp thời báo cáo Phó Chủ tịch UBND tỉnh những vấn đề phát sinh.",
         "2025-08-18", "kịp thời", "asap", optional=True, chosen=True),
    case("Di dời ngay lập tức các hộ dân ra khỏi vùng nguy hiểm.", "2025-10-25",
         "ngay lập tức", "asap"),
    case("Đề xuất phương án xử lý trong thời gian sớm nhất.", "2025-10-25",
         "trong thời gian sớm nhất", "asap"),
    case("Báo cáo ngay trong ngày khi có sự cố.", "2025-10-25",
         "ngay trong ngày", "asap"),
    # the meeting the notice reports is over: right after it is now; one to come is an event
    case("Ngay sau cuộc họp, Phòng Văn hóa - Xã hội rà soát danh sách hộ nghèo.", "2026-03-16",
         "Ngay sau cuộc họp", "asap"),
    case("Công khai danh sách công trình vi phạm ngay sau buổi làm việc này.", "2026-05-26",
         "ngay sau buổi làm việc này", "asap"),
    case("Báo cáo kết quả ngay sau kỳ họp thứ 5 Hội đồng nhân dân tỉnh.", "2026-05-26",
         "ngay sau kỳ họp thứ 5 Hội đồng nhân dân tỉnh", "vague", optional=True, chosen=True),
    case("Tổ chức chương trình đưa hàng Việt về miền núi, hoàn thành trước Tết Nguyên đán.",
         "2026-01-14", "trước Tết Nguyên đán", "vague"),
    case("Số hóa tài liệu có giá trị sử dụng thường xuyên; hoàn thành trong quý IV/2026.",
         "2026-01-10", "trong quý IV/2026", "within_period", "2026-12-31"),  # used often
    case("Tổ chức ra quân \"Ngày thứ Bảy tình nguyện\" vào thứ Bảy cuối tháng.", "2026-05-04",
         "thứ Bảy cuối tháng", "recurring", recurrence="monthly"),  # that day of every month
    # so many times in each period: the period's rhythm, not the count's unit
    case("Trực tiếp tiếp công dân định kỳ ít nhất 01 ngày trong tháng tại trụ sở.", "2026-01-05",
         "định kỳ ít nhất 01 ngày trong tháng", "recurring", recurrence="monthly"),
    case("Tổ chức diễn tập ít nhất 02 lần trong tuần.", "2026-01-05",
         "ít nhất 02 lần trong tuần", "recurring", recurrence="weekly"),
    case("Tổng hợp tình hình giải ngân, báo cáo UBND tỉnh tại phiên họp thường kỳ hằng tháng.",
         "2026-01-05", "hằng tháng", "recurring", recurrence="monthly"),
    # an event named with its date is due by that date
    case("Ban hành văn bản hướng dẫn nhiệm vụ năm học trước ngày khai giảng 05/9/2025.",
         "2025-08-12", "trước ngày khai giảng 05/9/2025", "by_date", "2025-09-05"),
    case("Hoàn thành tuyển sinh đầu cấp trước khai giảng (ngày 05/9/2025).", "2025-08-12",
         "trước khai giảng (ngày 05/9/2025)", "by_date", "2025-09-05"),
    case("Giải quyết dứt điểm hồ sơ thủ tục hành chính trước kỳ nghỉ Tết; không để tồn đọng.",
         "2026-01-14", "trước kỳ nghỉ Tết", "vague"),
    case("Nạo vét kênh mương, hoàn thành trước mùa mưa lũ chính vụ; hướng dẫn người dân.",
         "2025-09-17", "trước mùa mưa lũ chính vụ", "vague"),
    case("Sửa chữa phòng học xong trước năm học mới.", "2025-06-10",
         "trước năm học mới", "vague"),
    case("Rà soát cơ sở vật chất trường học, kịp thời phục vụ năm học mới.", "2025-07-15",
         "kịp thời phục vụ năm học mới", "vague", optional=True, chosen=True),
    # an event that names its period is within that period (FORMAT.md: "tại phiên họp
    # thường kỳ tháng 11/2025"); the corpus gold of this sentence accepts both readings
    case("Xây dựng dự thảo Nghị quyết để trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2025.",
         "2025-09-26", "tại kỳ họp thường lệ cuối năm 2025", "within_period", "2025-12-31"),
    # a quarter in Roman numerals with no year: the next such quarter; each year's, a rhythm
    case("2 | Đề án thu hút đầu tư | Ban Quản lý các khu công nghiệp tỉnh | Quý II", "2025-12-29",
         "Quý II", "within_period", "2026-06-30"),
    case("Tổ chức Cuộc thi Khởi nghiệp, Quý III hằng năm.", "2025-12-29", "hằng năm",
         "recurring"),
    # a session held mid-year is on a day the text leaves open: not the year's end
    case("Tham mưu UBND tỉnh trình HĐND tỉnh tại kỳ họp thường lệ giữa năm 2026.", "2026-01-10",
         "tại kỳ họp thường lệ giữa năm 2026", "vague"),
    case("Hoàn thiện dự thảo Nghị quyết, trình kỳ họp HĐND tỉnh giữa năm 2026.", "2026-01-10",
         "trình kỳ họp HĐND tỉnh giữa năm 2026", "vague"),
    case("Xây dựng kế hoạch vui Tết Trung thu, hoàn thành trước Tết Trung thu.", "2025-09-15",
         "trước Tết Trung thu", "vague"),
    case("Ban hành quy chế sau khi có ý kiến của Ban Thường vụ Tỉnh ủy.", "2025-09-15",
         "sau khi có ý kiến của Ban Thường vụ Tỉnh ủy", "vague", optional=True, chosen=True),
    case("11 | Triển khai ký số trên ứng dụng VNeID | Văn phòng UBND thành phố | Công an"
         " thành phố | Sau khi Bộ Công an hoàn thành nâng cấp ứng dụng", "2025-12-30",
         "Sau khi Bộ Công an hoàn thành nâng cấp ứng dụng", "vague"),
    case("Hoàn thành việc thăm hỏi, tặng quà trước Tết Nguyên đán Bính Ngọ năm 2026.",
         "2025-11-18", "trước Tết Nguyên đán Bính Ngọ năm 2026", "vague"),
    case("Dọn dẹp vệ sinh khu dân cư trước dịp Tết Nguyên đán.", "2025-12-01",
         "trước dịp Tết Nguyên đán", "vague"),
    case("Hoàn thiện dự thảo, trình HĐND tỉnh tại Kỳ họp thứ 10.", "2025-09-01",
         "tại Kỳ họp thứ 10", "vague"),
    case("Triển khai gấp rút các biện pháp chống hạn.", "2025-03-01", "gấp rút", "asap"),
    case("Duy trì cơ sở dữ liệu trong năm 2025 và những năm tiếp theo.", "2025-03-01",
         "trong năm 2025 và những năm tiếp theo", "ongoing", optional=True, chosen=True),
]

NOT_DEADLINES = [
    # a run of days wholly before the issue date says whom
    case("Lập danh sách người lao động về nước từ ngày 01/01/2024 đến ngày 31/7/2025; gửi về Sở "
         "Nội vụ trong thời hạn 07 ngày làm việc kể từ ngày ký văn bản này.", "2025-08-14",
         "từ ngày 01/01/2024 đến ngày 31/7/2025", "within_period", "2025-07-31", role="scope"),
    # a rhythm that says which results, and a year already closed
    case("Ban hành Quy định đánh giá theo kết quả thực hiện nhiệm vụ hằng tháng, trình UBND tỉnh "
         "trong quý IV/2025.", "2025-09-10", "hằng tháng", "recurring", role="scope"),
    case("Giao nộp hồ sơ, tài liệu đã kết thúc năm 2024 vào Lưu trữ cơ quan trong quý IV/2025.",
         "2025-09-10", "năm 2024", "within_period", "2024-12-31", role="past"),
    # the horizon a schedule covers, and the year a resolution is for
    case("Yêu cầu nhà thầu lập lại tiến độ thi công chi tiết đến ngày 31/12/2026, gửi Ban Quản lý"
         " dự án trước ngày 20/5/2026.", "2026-04-20", "đến ngày 31/12/2026", "by_date",
         "2026-12-31", role="scope"),
    case("Đưa chỉ tiêu tỷ lệ tiêm chủng vào nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026 của "
         "đảng bộ.", "2026-02-10", "năm 2026", "within_period", "2026-12-31", role="scope"),
    # what was found in a year already under way says which cases, not when
    case("Chỉ đạo xử lý dứt điểm các vụ lấn chiếm đất rừng phát hiện trong năm 2025, hoàn thành"
         " trước ngày 30-6-2026.", "2025-10-14", "trong năm 2025", "within_period", "2025-12-31",
         role="scope"),
    case("Hoàn thành xử lý dứt điểm các điểm đen tai nạn giao thông đã được phê duyệt trong năm"
         " 2025 trước Tết Nguyên đán.", "2025-10-28", "trong năm 2025", "within_period",
         "2025-12-31", role="scope"),
    case("Rà soát danh mục dự án đầu tư công trung hạn giai đoạn 2026-2030 của xã.", "2025-08-18",
         "giai đoạn 2026-2030", "within_period", "2030-12-31", role="scope"),
    case("Xây dựng Đề án phát triển du lịch giai đoạn 2026 – 2030 của tỉnh.", "2025-11-18",
         "giai đoạn 2026 – 2030", "within_period", "2030-12-31", role="scope"),
    case("Dự kiến cơ cấu đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031.", "2025-11-18",
         "nhiệm kỳ 2026 - 2031", "within_period", "2031-12-31", role="scope"),
    case("Phát triển đặc khu trở thành trung tâm du lịch biển, tầm nhìn đến năm 2045.",
         "2025-11-18", "tầm nhìn đến năm 2045", "within_period", "2045-12-31", role="scope"),
    case("Quy hoạch phát triển ngành muối đến năm 2030.", "2014-02-07",
         "đến năm 2030", "within_period", "2030-12-31", role="scope"),
    case("Tổng kết công tác phòng cháy rừng mùa khô 2025 - 2026 trên địa bàn.", "2025-11-21",
         "mùa khô 2025 - 2026", "within_period", "2026-12-31", role="scope"),
    case("Chuẩn bị khai giảng năm học 2025-2026 an toàn.", "2025-08-18",
         "năm học 2025-2026", "within_period", "2026-05-31", role="scope"),
    case("Chuẩn bị giống, vật tư cho vụ Đông Xuân 2025-2026.", "2025-08-18",
         "vụ Đông Xuân 2025-2026", "within_period", "2026-12-31", role="scope"),
    case("Xây dựng Kế hoạch CCHC năm 2026 của cơ quan mình.", "2025-12-29",
         "năm 2026", "within_period", "2026-12-31", role="scope"),
    case("Thực hiện Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ.",
         "2024-03-08", "ngày 05/3/2024", "by_date", "2024-03-05", role="legal_basis"),
    case("Thực hiện Công văn số 5121/BNNMT-QLĐĐ ngày 08/9/2025 của Bộ Nông nghiệp và Môi trường.",
         "2025-10-02", "ngày 08/9/2025", "by_date", "2025-09-08", role="legal_basis"),
    case("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;", "2021-12-14",
         "ngày 13 tháng 6 năm 2019", "by_date", "2019-06-13", role="legal_basis"),
    case("Xử lý dứt điểm các vụ vi phạm đã được chỉ đạo tại Thông báo số 1198-TB/TU ngày"
         " 15/5/2024.",
         "2024-10-14", "ngày 15/5/2024", "by_date", "2024-05-15", role="legal_basis"),
    case("Ngày 14/8/2025, đồng chí Phó Chủ tịch UBND tỉnh đã làm việc với UBND xã.", "2025-08-18",
         "Ngày 14/8/2025", "by_date", "2025-08-14", role="past"),
    case("Công trình khởi công từ tháng 3/2024 đến nay mới đạt khoảng 65% khối lượng.",
         "2025-08-18", "từ tháng 3/2024 đến nay", "ongoing", role="past"),
    case("Qua theo dõi, đến ngày 25/9/2025, toàn tỉnh mới có 41 xã hoàn thành.", "2025-10-02",
         "đến ngày 25/9/2025", "by_date", "2025-09-25", role="past"),
    case("Rà soát, đối chiếu số vụ bạo lực gia đình đã phát hiện, xử lý trong năm 2025, bảo đảm"
         " số liệu thống nhất.", "2026-01-08", "trong năm 2025", "within_period", "2025-12-31",
         role="past"),
    case("Trong mùa mưa lũ năm 2024, khu vực này đã bị sạt lở sâu vào đất sản xuất.",
         "2025-08-18", "mùa mưa lũ năm 2024", "within_period", "2024-12-31", role="past"),
    case("Kiểm tra các công trình sai phép đã phát hiện trong quý III/2025; báo cáo trong quý"
         " IV/2025.", "2025-10-20", "trong quý III/2025", "within_period", "2025-09-30",
         role="past"),
    case("Thực hiện cấm biển kể từ 12 giờ 00 ngày 25/10/2025 cho đến khi bão suy yếu.",
         "2025-10-25", "kể từ 12 giờ 00 ngày 25/10/2025", "ongoing", role="start",
         start_date=date(2025, 10, 25), time="12:00"),
    case("Triển khai thu phí qua ứng dụng từ ngày 01/01/2026.", "2025-12-01",
         "từ ngày 01/01/2026", "ongoing", role="start", start_date=date(2026, 1, 1)),
    case("Luật Đất đai có hiệu lực thi hành từ ngày 01/01/2025.", "2024-03-08",
         "có hiệu lực thi hành từ ngày 01/01/2025", "ongoing", role="start"),
    case("Xây dựng bảng giá đất để công bố, áp dụng từ ngày 01/01/2026.", "2024-03-08",
         "áp dụng từ ngày 01/01/2026", "ongoing", role="start"),
    case("Ban Chỉ đạo họp vào lúc 14 giờ ngày 15/12/2025 tại phòng họp số 1.", "2025-12-10",
         "vào lúc 14 giờ ngày 15/12/2025", "by_date", "2025-12-15", role="event_date",
         time="14:00"),
    case("Tại Kỳ họp thứ 9, HĐND tỉnh đã thông qua Nghị quyết về giá đất.", "2025-09-01",
         "Tại Kỳ họp thứ 9", "vague", role="past"),
    case("Thời gian: 8 giờ 00, ngày 20/12/2025.", "2025-12-10",
         "8 giờ 00, ngày 20/12/2025", "by_date", "2025-12-20", role="event_date"),
    case("Cho học sinh nghỉ học ngày 27/10/2025; thông báo trước 20 giờ 00 ngày 26/10/2025.",
         "2025-10-25", "ngày 27/10/2025", "by_date", "2025-10-27", optional=True, chosen=False),
    case("Tổ chức Lễ ra quân vào ngày 20/10/2025 tại trung tâm xã.", "2025-10-06",
         "vào ngày 20/10/2025", "by_date", "2025-10-20", optional=True, chosen=True),
]

# forms found by writing fresh documents unlike the corpus: each is a general shape
LESS_COMMON_FORMS = [
    case("Tổng hợp, báo cáo UBND tỉnh trước ngày 20 tháng Mười Hai năm 2025.", "2025-11-10",
         "trước ngày 20 tháng Mười Hai năm 2025", "by_date", "2025-12-20"),
    case("Hoàn thành trước ngày 15 tháng Giêng năm 2026.", "2025-11-10",
         "trước ngày 15 tháng Giêng năm 2026", "by_date", "2026-01-15"),
    case("Hỗ trợ phát triển sản phẩm OCOP, hoàn thành trong quý III và quý IV/2026.",
         "2025-11-10", "trong quý III và quý IV/2026", "within_period", "2026-12-31"),
    case("Chuẩn hóa dữ liệu, thực hiện trong quý I và quý II/2026.", "2025-11-10",
         "trong quý I và quý II/2026", "within_period", "2026-06-30"),
    case("Rà soát, đề xuất điểm thi, gửi Sở trong tuần đầu tháng 3/2026.", "2025-11-10",
         "trong tuần đầu tháng 3/2026", "within_period", "2026-03-07"),
    case("Chốt danh sách trong tuần thứ hai của tháng 12.", "2025-11-10",
         "trong tuần thứ hai của tháng 12", "within_period", "2025-12-14"),
    case("Tổng kết, báo cáo trong tuần cuối tháng 6/2026.", "2025-11-10",
         "trong tuần cuối tháng 6/2026", "within_period", "2026-06-30"),
    case("Tổ chức sơ kết, báo cáo UBND tỉnh vào tháng 7/2026.", "2025-11-10",
         "vào tháng 7/2026", "within_period", "2026-07-31"),
    case("Hoàn thiện hồ sơ, báo cáo tại phiên họp Ban Chỉ đạo các công trình, dự án trọng "
         "điểm tháng 01 năm 2026.", "2025-11-10",
         "tại phiên họp Ban Chỉ đạo các công trình, dự án trọng điểm tháng 01 năm 2026",
         "within_period", "2026-01-31"),
    case("Khắc phục sự cố, báo cáo ngay trong ngày 23/12/2025.", "2025-11-10",
         "trong ngày 23/12/2025", "by_date", "2025-12-23"),
    case("Kiểm tra hiện trường, báo cáo UBND xã hai tuần một lần.", "2025-11-10",
         "hai tuần một lần", "recurring", recurrence="weekly"),
    case("2 | Rà soát dữ liệu | Sở Nội vụ | 6 tháng/lần |", "2025-11-10",
         "6 tháng/lần", "recurring", recurrence="semiannual"),
    case("1 | Xây dựng cơ sở dữ liệu | Sở Nông nghiệp và Môi trường | Năm 2026 - 2027 |",
         "2025-11-10", "Năm 2026 - 2027", "within_period", "2027-12-31"),
    case("Kiểm tra cơ sở vật chất, xong trước 3 ngày so với ngày thi.", "2025-11-10",
         "3 ngày so với ngày thi", "relative", None, anchor="event"),
    case("Tổ phó giúp Tổ trưởng điều hành công việc hằng ngày; xây dựng quy chế trong 05 ngày "
         "làm việc kể từ ngày ký Quyết định này.", "2025-11-10", "hằng ngày", "recurring",
         role="scope", recurrence="daily"),
    case("Thực hiện kế hoạch năm 2026 - 2027 của tỉnh.", "2025-11-10", "năm 2026 - 2027",
         "within_period", "2027-12-31", role="scope"),
    case("Kiểm định các chung cư được xây dựng trước năm 1994; gửi Sở Xây dựng trong quý I/2026.",
         "2025-11-20", "trước năm 1994", "by_date", "1993-12-31", role="past"),
    case("Công trình phải được hoàn thành trước ngày 30/12/2025.", "2025-11-20",
         "trước ngày 30/12/2025", "by_date", "2025-12-30"),
    case("Theo dõi, báo cáo Chủ tịch UBND phường tại cuộc họp giao ban tháng 02/2026.",
         "2025-11-20", "tại cuộc họp giao ban tháng 02/2026", "within_period", "2026-02-28"),
    case("Tổng hợp, báo cáo tại hội nghị giao ban tháng 3/2026.", "2025-11-20",
         "tại hội nghị giao ban tháng 3/2026", "within_period", "2026-03-31"),
    case("Nạo vét kênh mương, hoàn thành trước vụ Đông Xuân.", "2025-11-20",
         "trước vụ Đông Xuân", "vague"),
    case("Tổ chức lớp dạy bơi cho học sinh trước mùa hè.", "2025-11-20", "trước mùa hè",
         "vague"),
    case("Sẵn sàng sơ tán dân, cứu nạn, cứu hộ ngay trong đêm 06/11/2025.", "2025-11-05",
         "trong đêm 06/11/2025", "by_date", "2025-11-06"),
    # another body's calendar, alone in a time column
    case("1 | Coi thi tốt nghiệp THPT | Sở Giáo dục và Đào tạo | Theo lịch của Bộ Giáo dục và "
         "Đào tạo |", "2025-11-10", "Theo lịch của Bộ Giáo dục và Đào tạo", "vague"),
    case("2 | Hiệp thương giới thiệu người ứng cử | Ủy ban MTTQ tỉnh | Theo lịch thi\n",
         "2025-11-10", "Theo lịch thi", "vague"),
    # on the agenda of a dated meeting
    case("Văn phòng UBND tỉnh đưa nội dung sơ kết vào chương trình phiên họp UBND tỉnh "
         "thường kỳ tháng 7/2026.", "2026-03-10",
         "vào chương trình phiên họp UBND tỉnh thường kỳ tháng 7/2026", "within_period",
         "2026-07-31"),
    # an event's run of days, dated: the run, not its first day
    case("Tổ chức tiếp xúc cử tri trước kỳ họp từ ngày 16/11/2026 đến ngày 28/11/2026; bố trí "
         "địa điểm.", "2026-10-01", "từ ngày 16/11/2026 đến ngày 28/11/2026", "within_period",
         "2026-11-28"),
    # a run from a solar date to a lunar one: within the run, to the lunar day's solar date
    case("Tuyên truyền về quy định cấm pháo nổ từ ngày 10/01/2026 đến hết mùng 10 tháng Giêng.",
         "2025-12-01", "từ ngày 10/01/2026 đến hết mùng 10 tháng Giêng", "within_period",
         "2026-02-26"),
    case("Mở đợt cao điểm tấn công tội phạm từ ngày 01/12/2026 đến hết Rằm tháng Giêng năm "
         "Đinh Mùi.", "2026-11-20",
         "từ ngày 01/12/2026 đến hết Rằm tháng Giêng năm Đinh Mùi", "within_period",
         "2027-02-20"),
    # a weekday of every month, "cuối cùng của tháng" spelled out
    case("Vận động Nhân dân tổng vệ sinh môi trường vào ngày Chủ nhật cuối cùng của tháng.",
         "2025-11-10", "ngày Chủ nhật cuối cùng của tháng", "recurring", recurrence="monthly"),
    # a day named from the issue date
    case("Sơ tán các hộ dân còn lại; hoàn thành trước 16 giờ hôm nay.", "2025-10-27",
         "trước 16 giờ hôm nay", "by_date", "2025-10-27"),
    case("Công an xã báo cáo kết quả trước 10 giờ sáng mai.", "2025-12-31",
         "trước 10 giờ sáng mai", "by_date", "2026-01-01"),
    case("Tổng hợp thiệt hại, gửi UBND xã trong ngày hôm nay.", "2025-10-27",
         "trong ngày hôm nay", "by_date", "2025-10-27"),
]

CASES = (BY_DATE + WITHIN_PERIOD + RELATIVE + LEAD_TIMES + MONTH_EVERY_YEAR + RECURRING
         + SEASONS_AND_CASES + DATA_CUTOFFS + NEGATED_SOON
         + ONGOING_ASAP_VAGUE + NOT_DEADLINES + LESS_COMMON_FORMS)


def _found(mentions: list[TemporalMention], span: str) -> TemporalMention:
    texts = [m.text for m in mentions]
    matching = [m for m in mentions if m.text == span]
    assert matching, f"{span!r} not among {texts}"
    return matching[0]


def test_enough_cases():
    assert len(CASES) >= 90


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.span[:40])
def test_phrase_in_context(c: Case):
    mentions = find_temporal_mentions(c.text, c.issued)
    mention = _found(mentions, c.span)
    assert mention.type == c.type
    assert (mention.date.isoformat() if mention.date else None) == c.date
    assert mention.role == c.role
    assert c.text[mention.start:mention.end] == mention.text
    expected_optional = c.extra.get("optional", False)
    assert mention.optional == expected_optional
    for name, value in c.extra.items():
        assert getattr(mention, name) == value, name
    chosen = c.chosen if c.chosen is not None else (c.role == "deadline" and not expected_optional)
    main, _ = choose_deadline(mentions)
    assert (main is mention) == chosen


def test_invalid_dates_are_not_dates():
    for text in ("hoàn thành trước ngày 30/02/2026", "trực 24/24 giờ trong dịp Tết",
                 "bản đồ tỷ lệ 1/500", "giảm 2/3 số hộ nghèo"):
        assert not [m for m in find_temporal_mentions(text, date(2026, 1, 1))
                    if m.type == "by_date"], text


def test_words_that_are_not_temporal():
    quiet = [
        "Nâng cao hiệu lực quản lý nhà nước ngay từ cơ sở, gần dân, sát dân.",
        "Cảnh báo sớm các địa bàn có nguy cơ bùng phát dịch.",
        "Bảo đảm cung cấp nước sạch ổn định, lâu dài.",
        "Rà soát các điểm thường xuyên ngập úng trên địa bàn.",
        "Thống nhất hợp đồng thu gom, bảo đảm tần suất thu gom tối thiểu 03 lần/tuần.",
        "Giúp Trưởng ban điều hành công việc thường xuyên của Ban Tổ chức.",
        "Kiểm tra an toàn thực phẩm tại các gian hàng trong thời gian diễn ra Lễ hội.",
        "Tỷ lệ hộ nghèo giảm còn 13/10 | Sở Y tế",
        # a case that may arise, named: a condition ("Khi có phát sinh" alone in a time cell is
        # a deadline of its own)
        "Nắm tình hình lao động; báo cáo Sở Nội vụ khi phát sinh tranh chấp lao động.",
        "Lồng ghép phòng chống thiên tai tại các xã thường xuyên chịu ảnh hưởng của bão, lũ.",
        "Dự trữ lương thực đủ dùng tối thiểu 15 ngày khi bị chia cắt.",
        "Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra vi phạm.",
        "Bảo đảm an ninh trước, trong và sau cuộc bầu cử.",
        "Đánh giá kết quả vận hành chính quyền hai cấp sau một năm.",
        "Phát hiện sớm các ổ dịch; ngay cả khi không có dịch cũng phải giám sát.",
        # which step comes first, not when
        "Báo cáo Thường trực HĐND xã cho ý kiến trước khi gửi Sở Tài chính.",
        "Trình Ban Thường vụ cho ý kiến trước khi trình Hội đồng nhân dân xã.",
        # how the work is done, in prose
        "Tổ chức tiêm vắc xin cho trẻ theo lịch của Trạm Y tế xã.",
        # "mai" alone is a name
        "Đoàn công tác đến Mai Châu kiểm tra công tác phòng chống lũ.",
    ]
    for text in quiet:
        main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 9, 1)))
        assert main is None, text


# --- choosing ----------------------------------------------------------------------------------

def _choose(text: str, issued: date = date(2025, 11, 4)):
    return choose_deadline(find_temporal_mentions(text, issued), text, issued)


def test_first_completion_deadline_wins_and_rest_are_alternatives():
    main, alts = _choose("Hoàn thành trong tháng 12/2025, báo cáo kết quả trước ngày 05/01/2026.")
    assert (main.type, main.date) == ("within_period", date(2025, 12, 31))
    assert [(m.type, m.date) for m in alts] == [("by_date", date(2026, 1, 5))]


def test_a_day_inside_an_earlier_period_is_the_deadline():
    """"cấp đổi Giấy chứng nhận trong năm 2025 ... trước ngày 20/12/2025": the year says which
    certificates, the day inside it when the list is due; a day after the period is a later
    step (the report after the work), as above."""
    main, alts = _choose("Cung cấp danh sách các trường hợp cấp đổi Giấy chứng nhận trong năm "
                         "2025 trên địa bàn phường trước ngày 20/12/2025.")
    assert (main.type, main.date) == ("by_date", date(2025, 12, 20))
    assert [(m.type, m.date) for m in alts] == [("within_period", date(2025, 12, 31))]


def test_a_day_before_a_later_period_is_the_deadline():
    """The period names the plans (next year's land auctions), the day before it when they
    are due; across a ";" the period is the work's own deadline again."""
    main, alts = _choose("Rà soát quỹ đất dự kiến đấu giá, cho thuê đất trong năm 2026, gửi Sở "
                         "Tài chính trước ngày 10/8/2025.", date(2025, 7, 20))
    assert (main.type, main.date) == ("by_date", date(2025, 8, 10))
    assert [(m.type, m.date) for m in alts] == [("within_period", date(2026, 12, 31))]
    main, _ = _choose("Triển khai thí điểm trong năm 2026; gửi kế hoạch trước ngày 10/8/2025.",
                      date(2025, 7, 20))
    assert (main.type, main.date) == ("within_period", date(2026, 12, 31))


def test_a_period_over_before_the_issue_date_names_data_not_a_deadline():
    main, _ = _choose("Cung cấp danh sách thuốc bị thu hồi trong năm 2025 cho Phòng Nghiệp vụ "
                      "Dược trước ngày 15/5/2026.", date(2026, 4, 20))
    assert (main.type, main.date) == ("by_date", date(2026, 5, 15))
    # a period over when issued yields to a later day even across a clause break
    main, _ = _choose("Rà soát hồ sơ quá hạn trong tháng 02/2026, gửi văn bản xin lỗi; báo cáo "
                      "kết quả trước 16 giờ 00 ngày 10/3/2026.", date(2026, 3, 3))
    assert (main.type, main.date) == ("by_date", date(2026, 3, 10))
    # still ahead when issued: the period is the work's, the later day a later step
    main, _ = _choose("Hoàn thành trong tháng 12/2025, báo cáo kết quả trước ngày 05/01/2026.")
    assert (main.type, main.date) == ("within_period", date(2025, 12, 31))


def test_a_dated_deadline_beats_when_the_work_may_start():
    """"sau khi kết thúc hoạt động cấp huyện" says from when, the month by when."""
    main, _ = _choose("Tham mưu UBND tỉnh phương án quản lý các tuyến đường sau khi kết thúc "
                      "hoạt động cấp huyện; trình trong tháng 3/2026.", date(2026, 1, 20))
    assert (main.type, main.date) == ("within_period", date(2026, 3, 31))


def test_a_date_beats_a_manner_word():
    main, alts = _choose("Khẩn trương rà soát, sơ tán dân; hoàn thành trước 17 giờ 00 ngày"
                         " 26/10/2025.", date(2025, 10, 25))
    assert (main.type, main.date, main.time) == ("by_date", date(2025, 10, 26), "17:00")
    assert [m.type for m in alts] == ["asap"]


def test_the_event_to_beat_outranks_haste():
    """"Khẩn trương ... trước Tết" asks for haste and names the event the work must beat: the
    event is the deadline. An event that says when haste applies ("ngay ... sau khi nước
    rút", "ngay ... khi phát sinh") leaves "ngay" the deadline."""
    main, alts = _choose("Khẩn trương hoàn thiện hạ tầng khu tái định cư, bảo đảm bàn giao cho"
                         " người dân trước Tết Nguyên đán Bính Ngọ năm 2026.")
    assert main.type == "vague" and [m.type for m in alts] == ["asap"]
    main, _ = _choose("Hướng dẫn người dân thu hoạch sớm lúa hè thu trước khi bão đổ bộ.")
    assert main.type == "vague"
    main, _ = _choose("Kiểm tra, khôi phục ngay việc cấp điện an toàn cho các khu dân cư sau "
                      "khi nước rút.")
    assert main.type == "asap"


def test_a_season_that_describes_the_work_yields_to_a_date():
    """"cống cần gia cố, nạo vét trước mùa triều cường; trình ... trước ngày 28/11/2025": the
    season says which works, the day when the list is due. Seasons and crops are events."""
    main, alts = _choose("Rà soát, lập danh mục các cống bọng cần gia cố, nạo vét trước mùa triều"
                         " cường; trình UBND xã phê duyệt trước ngày 28/11/2025.")
    assert (main.type, main.date) == ("by_date", date(2025, 11, 28))
    assert [m.type for m in alts] == ["vague"]
    for text in ("Vận động hỗ trợ chăn ấm cho học sinh bán trú trước mùa đông.",
                 "Xây dựng cơ sở dữ liệu mã số vùng trồng trước vụ thu hoạch năm 2026.",
                 "Tập huấn quy trình canh tác cho nông dân trước mỗi vụ sản xuất."):
        main, _ = _choose(text)
        assert main.type == "vague", text


def test_on_receipt_of_the_text_is_now():
    """"Ngay sau khi nhận được Chỉ thị này": at once; "ngay sau khi được UBND tỉnh giao kế
    hoạch vốn" waits for an event."""
    main, _ = _choose("Ngay sau khi nhận được Chỉ thị này, rà soát cơ số thuốc hiện có.")
    assert (main.type, main.text) == ("asap", "Ngay sau khi nhận được Chỉ thị này")
    main, _ = _choose("Ngay sau khi ban hành Thông báo, vận động các hộ dân bàn giao mặt bằng.")
    assert main.type == "asap"
    main, _ = _choose("Đăng tải Kế hoạch trên Trang thông tin điện tử ngay sau khi ban hành.")
    assert main.type == "asap"
    main, _ = _choose("Phân bổ vốn ngay sau khi được UBND tỉnh giao kế hoạch vốn.")
    assert main.type == "vague"


def test_a_rhythm_s_day_in_parentheses_stays_a_rhythm():
    """"định kỳ hằng năm (trước ngày 15/12)": every year by that day, not once; a period
    restated in dates ("trong tuần này (từ ngày 10/3 đến ngày 14/3/2026)") takes the dates."""
    main, alts = _choose("Tổng hợp kết quả, định kỳ hằng năm (trước ngày 15/12) báo cáo Ban "
                         "Thường vụ Tỉnh ủy.", date(2025, 9, 10))
    assert (main.type, main.recurrence) == ("recurring", "yearly")
    assert [(m.type, m.date) for m in alts] == [("by_date", date(2025, 12, 15))]


def test_a_relative_deadline_counts_from_the_day_its_anchor_gives():
    """"kể từ ngày Luật có hiệu lực (01/7/2026)": the law's day, not the document's; before an
    event the day in parentheses is the result ("40 ngày trước ngày bầu cử (ngày 03/02/2026)")."""
    main, _ = _choose("Ban hành quy định chi tiết trong 30 ngày kể từ ngày Luật có hiệu lực "
                      "(01/7/2026).", date(2026, 1, 10))
    assert (main.type, main.date) == ("relative", date(2026, 7, 31))


def test_a_period_of_every_year_is_a_yearly_rhythm():
    """"vào quý IV hằng năm", "tại hội nghị tháng 12 hằng năm": no year in particular."""
    for text in ("Tham mưu sơ kết việc thực hiện Chỉ thị vào quý IV hằng năm.",
                 "Tổng hợp kết quả, báo cáo tại hội nghị tháng 12 hằng năm."):
        main, _ = _choose(text, date(2025, 9, 10))
        assert (main.type, main.recurrence) == ("recurring", "yearly"), text
    main, _ = _choose("Hoàn thành trong quý IV/2025; báo cáo hằng năm.", date(2025, 9, 10))
    assert (main.type, main.date) == ("within_period", date(2025, 12, 31))


def test_firm_deadline_beats_optional_target_year():
    main, _ = _choose("Phấn đấu thu ngân sách năm 2025 vượt dự toán; báo cáo UBND tỉnh trước ngày"
                      " 20 hằng tháng.")
    assert (main.type, main.recurrence, main.day) == ("recurring", "monthly", 20)


def test_shortest_recurrence_when_only_recurring():
    main, alts = _choose("Cập nhật số liệu lên hệ thống hằng tháng; gửi báo cáo nhanh về Sở Y tế"
                         " hằng tuần.")
    assert main.recurrence == "weekly"
    assert [m.recurrence for m in alts] == ["monthly"]
    main, alts = _choose("Báo cáo định kỳ hằng tháng và hằng tuần về Sở Y tế.")
    assert (main.text, main.recurrence, alts) == ("định kỳ hằng tháng và hằng tuần", "weekly", [])


def test_ongoing_word_in_a_clause_with_a_date_gives_way():
    main, _ = _choose("Thường xuyên kiểm tra và hoàn thành việc rà soát trước ngày 30/11/2025.")
    assert (main.type, main.date) == ("by_date", date(2025, 11, 30))


def test_a_negated_soon_is_no_haste():
    """"không xuống giống ... sớm" forbids sowing too early; "Sớm hoàn thành" asks for haste."""
    text = "Khuyến cáo nông dân không xuống giống lúa sớm tại các vùng có nguy cơ xâm nhập mặn."
    assert [m.type for m in find_temporal_mentions(text, date(2026, 1, 10))] == []
    assert [m.type for m in find_temporal_mentions("Sớm hoàn thành việc sửa chữa.", None)] == [
        "asap"]


def test_nothing_to_choose():
    assert choose_deadline([]) == (None, [])
    assert _choose("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2024 giai đoạn 2026-2030.") == (
        None, [])


def test_without_issue_date_open_dates_stay_open():
    mentions = find_temporal_mentions("Báo cáo trước ngày 15/9 và trong 10 ngày.", None)
    assert [(m.type, m.date) for m in mentions] == [("by_date", None), ("relative", None)]


def test_counted_from_taking_effect():
    """"kể từ ngày Quy chế này có hiệu lực" counts from the date the document gives for it."""
    text = "Rà soát, công bố danh sách trong thời hạn 30 ngày kể từ ngày Quy chế này có hiệu lực."
    [mention] = find_temporal_mentions(text, date(2025, 10, 27), effective=date(2025, 10, 27))
    assert (mention.type, mention.anchor) == ("relative", "effect")
    assert mention.date == date(2025, 11, 26)
    [unknown] = find_temporal_mentions(text, date(2025, 10, 27))
    assert (unknown.anchor, unknown.date) == ("effect", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", date(2025, 10, 27)),
    ("Điều 3. Quyết định này có hiệu lực thi hành từ ngày ban hành.", date(2025, 10, 27)),
    ("Điều 4. Quy chế này có hiệu lực từ ngày 01/12/2025.", date(2025, 12, 1)),
    ("Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 11 năm 2025.", date(2025, 11, 15)),
    # a decision and the rules it issues taking effect on different days: left open
    ("Quyết định này có hiệu lực kể từ ngày ký.\nQuy chế này có hiệu lực từ ngày 01/01/2026.",
     None),
    ("Tổ chức thực hiện có hiệu quả Nghị quyết.", None),
])
def test_effective_date(text: str, expected: date | None):
    assert effective_date(text, date(2025, 10, 27)) == expected


# --- planted spans -----------------------------------------------------------------------------

PLANTED = [
    ("trước ngày 15/10/2025", "by_date"),
    ("trong quý IV/2025", "within_period"),
    ("trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo này", "relative"),
    ("trước 15 giờ 00 thứ Sáu hằng tuần", "recurring"),
    ("trước Tết Nguyên đán", "vague"),
    ("khẩn trương", "asap"),
]
PREFIX = "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát nhu cầu kinh phí, báo cáo "
SUFFIX = " để tổng hợp, tham mưu UBND tỉnh xem xét."


@pytest.mark.parametrize(("phrase", "kind"), PLANTED)
@pytest.mark.parametrize("offset", [0, 1234])
def test_planted_span(phrase: str, kind: str, offset: int):
    text = PREFIX + phrase + SUFFIX
    mentions = find_temporal_mentions(text, date(2025, 9, 15), offset=offset)
    mention = _found(mentions, phrase)
    start = len(PREFIX) + offset
    assert (mention.start, mention.end) == (start, start + len(phrase))
    assert text[mention.start - offset:mention.end - offset] == mention.text
    assert mention.type == kind


# --- properties --------------------------------------------------------------------------------

issue_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=200, deadline=None)
@given(issued=issue_dates, count=st.integers(min_value=1, max_value=60))
def test_working_days_land_on_a_weekday_after_exactly_n_weekdays(issued: date, count: int):
    text = f"Hoàn thành báo cáo trong {count:02d} ngày làm việc kể từ ngày ký."
    main, _ = choose_deadline(find_temporal_mentions(text, issued))
    assert main.type == "relative" and main.anchor == "issue"
    assert main.date.weekday() < 5 and main.date > issued
    days = (main.date - issued).days
    weekdays = sum((issued + timedelta(days=k)).weekday() < 5 for k in range(1, days + 1))
    assert weekdays == count


@settings(max_examples=200, deadline=None)
@given(year=st.integers(min_value=1990, max_value=2099), month=st.integers(1, 12),
       slash=st.booleans())
def test_month_end_for_every_month(year: int, month: int, slash: bool):
    written = f"{month}/{year}" if slash else f"{month:02d} năm {year}"
    main, _ = _choose(f"Báo cáo UBND tỉnh trong tháng {written}.")
    assert main.type == "within_period"
    assert main.date == date(year, month, calendar.monthrange(year, month)[1])
    assert main.start_date == date(year, month, 1)


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@settings(max_examples=100, deadline=None)
@given(year=st.integers(min_value=1990, max_value=2099), quarter=st.integers(1, 4),
       roman=st.booleans())
def test_quarter_end(year: int, quarter: int, roman: bool):
    written = ROMAN[quarter] if roman else str(quarter)
    main, _ = _choose(f"Hoàn thành trong quý {written}/{year}.")
    last_month = 3 * quarter
    assert main.date == date(year, last_month, calendar.monthrange(year, last_month)[1])


@settings(max_examples=100, deadline=None)
@given(issued=issue_dates, day=st.integers(1, 28), month=st.integers(1, 12))
def test_date_without_year_is_the_first_on_or_after_issue(issued: date, day: int, month: int):
    main, _ = choose_deadline(find_temporal_mentions(f"Báo cáo trước ngày {day}/{month}.", issued))
    assert main.date >= issued
    assert (main.date.month, main.date.day) == (month, day)
    assert main.date.year in (issued.year, issued.year + 1)


phrases = st.sampled_from([p for p, _ in PLANTED] + [
    "ngày 05/3/2024", "giai đoạn 2026-2030", "trong năm 2025", "hằng ngày", "thường xuyên",
    "từ ngày 10/9 đến ngày 20/9/2025", "6 tháng đầu năm 2026", "kịp thời", "trong 10 ngày",
    "tại phiên họp thường kỳ tháng 11/2025", "Quý III/2024", "chậm nhất ngày 30 tháng 6 năm 2026",
])
fillers = st.sampled_from(["; ", ", ", " và ", ". ", " | ", " báo cáo UBND tỉnh ", "\n", " "])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.tuples(phrases, fillers), min_size=1, max_size=6),
       offset=st.integers(0, 10_000), issued=st.one_of(st.none(), issue_dates))
def test_spans_are_exact_sorted_and_disjoint(parts, offset: int, issued: date | None):
    text = "".join(phrase + filler for phrase, filler in parts)
    mentions = find_temporal_mentions(text, issued, offset=offset)
    for mention in mentions:
        assert text[mention.start - offset:mention.end - offset] == mention.text
        assert mention.text == mention.text.strip() and mention.text
    for first, second in itertools.pairwise(mentions):
        assert first.end <= second.start
    again = find_temporal_mentions(text, issued, offset=offset)
    assert again == mentions


@settings(max_examples=100, deadline=None)
@given(phrase=phrases, issued=issue_dates)
def test_a_mention_reread_alone_is_the_same_expression(phrase: str, issued: date):
    """Idempotence: the text of a mention, parsed on its own, is one mention of the same kind."""
    for mention in find_temporal_mentions(PREFIX + phrase + SUFFIX, issued):
        alone = find_temporal_mentions(mention.text, issued)
        assert [(m.text, m.type) for m in alone] == [(mention.text, mention.type)]


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.span[:40])
def test_trigger_words_never_hide_a_match(c: Case):
    """A rule is skipped when its trigger words are missing; that must only skip rules whose
    pattern finds nothing there (the words are a shortcut, never a condition). One exception
    is a condition in effect and kept so: a bare period needs a digit ("quý IV", "tuần này"
    are read only after a prefix such as "trong", by the prefixed rule)."""

    applicable = {priority for priority, _, _ in deadlines._applicable_rules(c.text)}
    digit = any(ch.isdigit() for ch in c.text)
    for priority, (source, handler, _) in enumerate(deadlines._RULE_TABLE):
        if handler is deadlines._on_bare_period and not digit:
            continue
        if priority not in applicable:
            pattern = deadlines._compiled(priority, source)
            assert pattern.search(c.text) is None, deadlines._RULE_TABLE[priority][1].__name__


def test_gates_never_close_where_their_rule_matches():
    """A gate is read off its rule's pattern by hand; every line (and pair of lines) of the
    fixture documents that a gated rule matches must open its gate."""

    texts = []
    for path in sorted(Path(__file__).parents[1].glob("fixtures/**/*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        texts.extend(lines)
        texts.extend("\n".join(lines[k:k + 2]) for k in range(len(lines) - 1))
    gated = [(priority, deadlines._gate(source), deadlines._compiled(priority, source))
             for priority, (source, _, _) in enumerate(deadlines._RULE_TABLE)
             if deadlines._gate(source) is not None]
    assert len(gated) >= 10 and len(texts) > 1000
    matched = 0
    for text in texts:
        compact = deadlines._compact(text)
        for priority, gate, pattern in gated:
            if pattern.search(text) is not None:
                matched += 1
                assert gate.search(compact), (deadlines._RULE_TABLE[priority][1].__name__, text)
    assert matched > 500


def test_characters_stripped_before_the_digit_test_are_never_digits():
    from giaoviec.pipeline.deadlines import _NEVER_DIGIT

    stripped = [chr(c) for c in range(0x110000) if _NEVER_DIGIT.fullmatch(chr(c))]
    assert len(stripped) > 1000
    assert not [ch for ch in stripped if ch.isdigit()]


_TRIGGER_PIECES = sorted({piece for word in deadlines._TRIGGER_WORDS
                          for piece in (word, word[:2], word[-2:], word[1:])} | {"x", "0", "9"})


@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_trie_scan_finds_exactly_the_trigger_words_a_text_contains(pieces):
    """Texts glued from trigger words and their parts (so words overlap, share a start or
    hold one another): the one-pass scan finds what asking each word with ``in`` finds."""
    compact = "".join(pieces)
    expected = {word for word in deadlines._TRIGGER_WORDS if word in compact}
    assert deadlines._trigger_words_in(compact) - {"#"} == expected


def test_a_time_restated_in_dates_in_parentheses_takes_the_dates():
    """"trong tuần này (từ ngày 10/3 đến ngày 14/3/2026)": the dates are the deadline."""
    for text, when in (("ra quân trong tuần này (từ ngày 10/3 đến ngày 14/3/2026); duy trì",
                        date(2026, 3, 14)),
                       ("báo cáo tại cuộc họp giao ban tuần tiếp theo (ngày 16/3/2026).",
                        date(2026, 3, 16))):
        deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 3, 9)))
        assert deadline.date == when


def test_a_numbered_period_restated_by_a_day_inside_it_takes_the_day():
    """"tại cuộc họp giao ban tuần 17 (ngày 20/4/2026)": the day, inside week 17, is the term;
    a day outside the period restates nothing."""
    text = "tổng hợp kết quả, báo cáo tại cuộc họp giao ban tuần 17 (ngày 20/4/2026)."
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 4, 10)))
    assert (deadline.type, deadline.date) == ("by_date", date(2026, 4, 20))


@pytest.mark.parametrize("text, recurrence", [
    ("báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15-6 và ngày 15-12 hằng năm.", "semiannual"),
    ("báo cáo UBND tỉnh trước ngày 15/6 và 15/12 hằng năm.", "semiannual"),
])
def test_two_days_half_a_year_apart_every_year_are_semiannual(text, recurrence):
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 4, 10)))
    assert (deadline.type, deadline.recurrence) == ("recurring", recurrence)
    assert text[deadline.start:deadline.end] == deadline.text
    assert deadline.text.startswith("trước ngày 15")


def test_a_rhythm_then_the_run_it_keeps_to_is_the_rhythm():
    """"Hằng ngày (từ 15/12/2025 đến 31/5/2026)" in a time column: daily, over the season."""
    text = "Quan trắc độ mặn | Chi cục Thủy lợi | Hằng ngày (từ 15/12/2025 đến 31/5/2026)"
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2025, 12, 1)))
    assert (deadline.type, deadline.recurrence) == ("recurring", "daily")


def test_often_said_of_whom_a_task_is_about_is_no_deadline():
    text = ("rà soát, lập danh sách các đối tượng thường xuyên vào rừng trái phép; tổ chức ký cam "
            "kết, hoàn thành trước ngày 31/3/2026.")
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 5)))
    assert (deadline.type, deadline.date) == ("by_date", date(2026, 3, 31))


def test_before_a_day_of_the_first_month_of_the_next_quarter_is_quarterly():
    text = "báo cáo về Sở Xây dựng trước ngày 05 của tháng đầu quý sau."
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 5)))
    assert (deadline.type, deadline.recurrence) == ("recurring", "quarterly")


EVENTS = ("Chủ trì chuẩn bị Hội nghị tổng kết năm học (dự kiến tổ chức ngày 20/8/2026); gửi dự "
          "thảo chậm nhất 10 ngày trước ngày tổ chức hội nghị.\n"
          "5 | Lễ bế mạc | 20 giờ 00 ngày 24/5/2026 | Quảng trường\n"
          "Giao Sở X trình thành phần Hội nghị trước ngày 31/10/2026.\n"
          "Căn cứ Quy chế thi tốt nghiệp ban hành kèm theo Thông tư số 24/2024/TT-BGDĐT ngày "
          "24/12/2026.\n"
          "1. Thời gian: Chiến dịch diễn ra từ ngày 30/5/2026 đến ngày 31/8/2026.\n")


@pytest.mark.parametrize("text,expected", [
    ("gửi dự thảo chậm nhất 10 ngày trước ngày tổ chức hội nghị", date(2026, 8, 10)),
    ("Trong 15 ngày kể từ ngày bế mạc Lễ hội", date(2026, 6, 8)),
    # the event's date must be its own: "trình ... trước ngày" dates another action, a
    # Thông tư's date a document, and a document that dates nothing leaves it open
    ("chậm nhất 05 ngày trước ngày khai mạc Lễ hội", None),
    ("chậm nhất 15 ngày trước ngày thi tốt nghiệp", None),
    ("trong 05 ngày kể từ ngày Hội đồng thông qua báo cáo", None),
    # an event's end: the last day of the run the document gives it
    ("gửi báo cáo chậm nhất 10 ngày sau khi kết thúc chiến dịch", date(2026, 9, 10)),
    ("trong 05 ngày kể từ ngày kết thúc Hội nghị tổng kết", None),  # no run given
])
def test_an_event_anchor_counts_from_the_date_the_document_gives_the_event(text, expected):
    lookup = event_dates(fold(EVENTS), date(2026, 3, 1))
    found = [m for m in find_temporal_mentions(text, date(2026, 3, 1), event_date=lookup)
             if m.type == "relative"]
    assert [(m.anchor, m.date) for m in found] == [("event", expected)]


@pytest.mark.parametrize("text,expected", [
    ("Trước ngày tổ chức Hội nghị 05 ngày", date(2026, 1, 3)),
    ("Trong thời hạn 07 ngày làm việc sau Hội nghị", date(2026, 1, 19)),
])
def test_the_one_time_line_of_a_plan_dates_the_event_its_title_names(text, expected):
    plan = ("KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác năm 2025 ngành Nông nghiệp\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Hội nghị được tổ chức trang trọng, tiết kiệm.\n"
            "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 01 ngày, thứ Năm, ngày 08/01/2026.\n"
            "2. Địa điểm: Trung tâm Hội nghị Quốc gia.\n")
    lookup = event_dates(fold(plan), date(2025, 11, 28))
    found = find_temporal_mentions(text, date(2025, 11, 28), event_date=lookup)
    assert [(m.type, m.date) for m in found] == [("relative", expected)]


@pytest.mark.parametrize("text", ["trong thời hạn 15 ngày sau khi Hội chợ kết thúc",
                                  "trong 15 ngày kể từ ngày kết thúc Hội chợ"])
def test_an_events_end_named_either_way_round(text):
    decision = ("Điều 1. Thành lập Ban Tổ chức Hội chợ Thương mại tỉnh năm 2025 (Hội chợ tổ chức "
                "từ ngày 20/11/2025 đến ngày 26/11/2025 tại Quảng trường).\n")
    lookup = event_dates(fold(decision), date(2025, 9, 15))
    found = find_temporal_mentions(text, date(2025, 9, 15), event_date=lookup)
    assert [(m.type, m.date) for m in found] == [("relative", date(2025, 12, 11))]


def test_a_task_rows_deadline_cell_does_not_date_the_event_it_names():
    """The event is dated in its own line; the rows of the task table name it with their own
    deadlines, cells away from the name."""
    text = ("1. Lễ kỷ niệm cấp tỉnh: tổ chức vào 08 giờ 00, thứ Bảy, ngày 19/12/2026 tại Quảng "
            "trường.\n"
            "18 | Tổng duyệt chương trình Lễ kỷ niệm cấp tỉnh | Sở Văn hóa | Các đơn vị | "
            "ngày 17/12/2026\n")
    lookup = event_dates(fold(text), date(2026, 10, 15))
    found = find_temporal_mentions("Trước ngày tổ chức Lễ kỷ niệm 15 ngày", date(2026, 10, 15),
                                   event_date=lookup)
    assert [(m.type, m.date) for m in found] == [("relative", date(2026, 12, 4))]


@pytest.mark.parametrize("text,expected", [
    ("trong 07 ngày kể từ ngày bế mạc Lễ hội", date(2026, 3, 7)),
    ("chậm nhất 05 ngày trước ngày khai mạc Lễ hội", date(2026, 2, 21)),
])
def test_the_opening_or_closing_day_of_an_event_dated_by_its_run(text, expected):
    """Only the festival's run is dated: its opening is the first day, its closing the last."""
    festival = "Lễ hội Đền Độc Cước năm 2026 được tổ chức từ ngày 26/02/2026 đến ngày 28/02/2026.\n"
    lookup = event_dates(fold(festival), date(2026, 1, 20))
    found = [m for m in find_temporal_mentions(text, date(2026, 1, 20), event_date=lookup)
             if m.type == "relative"]
    assert [m.date for m in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Hoàn thành giải quyết 08 hồ sơ trễ hạn trong tuần; thông báo cho công dân.",
     ("within_period", date(2025, 11, 9))),
    ("Hoàn thành việc kiểm đếm trong tuần.", ("within_period", date(2025, 11, 9))),
    ("Tiếp nhận hồ sơ vào các ngày làm việc trong tuần.", None),  # a rhythm, not this week
])
def test_trong_tuan_alone_is_the_week_of_the_issue_date(text, expected):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 11, 4)))
    assert (main.type, main.date) == expected if expected else main is None


@pytest.mark.parametrize("text,expected", [
    ("Xây dựng lịch trực Tết, hoàn thành trước ngày 25 tháng Chạp.",
     ("by_date", None, date(2026, 2, 12))),
    ("Gửi báo cáo tổng kết trước ngày mùng 10 tháng Giêng năm Bính Ngọ.",
     ("by_date", None, date(2026, 2, 26))),
    ("Huy động đội tế tập luyện; tổ chức tổng duyệt vào ngày 19 tháng 2 âm lịch.",
     ("by_date", None, date(2026, 4, 6))),
    ("Làm việc với Ban Trị sự về chương trình Đại lễ trước ngày 01 tháng 8 âm lịch.",
     ("by_date", None, date(2026, 9, 11))),
    ("Tổ chức lễ hội từ ngày 21 đến ngày 23 tháng 2 năm Bính Ngọ tại Đền Thượng.",
     ("within_period", date(2026, 4, 8), date(2026, 4, 10))),
    ("Báo cáo nhanh tình hình trước 14 giờ 00 ngày mùng 6 Tết.",
     ("by_date", None, date(2026, 2, 22))),
    ("Bố trí trực cấp cứu 24/24 giờ từ mùng 1 đến mùng 5 Tết.",
     ("within_period", date(2026, 2, 17), date(2026, 2, 21))),
    ("Tổ chức Lễ ra quân từ ngày mùng 8 đến ngày Rằm tháng Giêng.",
     ("within_period", date(2026, 2, 24), date(2026, 3, 3))),
    ("Tăng chuyến thu gom rác từ ngày 25 tháng Chạp đến hết mùng 6 Tết.",
     ("within_period", date(2026, 2, 12), date(2026, 2, 22))),
])
def test_a_day_of_the_lunar_calendar_is_read_as_its_solar_day(text, expected):
    """"tháng Chạp", "tháng Giêng", "mùng 6 Tết" and "Rằm" name lunar days, and so does "âm
    lịch" or a year of the sixty-year cycle after a date: the deadline is that day of the
    solar calendar (the first after the issue date when no year is named), not December 25th."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 12, 10)))
    assert (main.type, main.start_date, main.date) == expected


@pytest.mark.parametrize("text", [
    "Xây dựng lịch trực Tết, hoàn thành trước ngày 25 tháng Chạp.",
    "Tổ chức lễ hội từ ngày 21 đến ngày 23 tháng 2 năm Bính Ngọ tại Đền Thượng.",
])
def test_a_lunar_day_without_issue_date_to_place_it_has_no_date(text):
    """No issue date: which year's 25 tháng Chạp is unknown, and it is no solar December
    (nor February: the run without a year has no solar reading either)."""
    main, _ = choose_deadline(find_temporal_mentions(text, None))
    assert main is None or (main.type, main.date, main.start_date) == ("vague", None, None)


@pytest.mark.parametrize("text,expected", [
    ("Tổ chức Lễ ra quân vào ngày 15 tháng Giêng năm 2026.", date(2026, 1, 15)),  # January
    ("Hoàn thành trước ngày 10/02/2026 (trước 23 tháng Chạp năm Ất Tỵ).", date(2026, 2, 10)),
])
def test_a_solar_date_stays_solar(text, expected):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 12, 10)))
    assert main.date == expected


def test_a_period_after_a_term_label_is_the_deadline():
    """"(Sở X chủ trì; Sở Y phối hợp; thời gian: quý I/2026)": the label makes it the term."""
    main, _ = _choose("Rà soát quy chế (Sở Khoa học và Công nghệ chủ trì; Sở Tư pháp phối hợp; "
                      "thời gian: quý I/2026).", date(2025, 12, 1))
    assert (main.type, main.date) == ("within_period", date(2026, 3, 31))


@pytest.mark.parametrize("text,expected", [
    ("Rút ngắn thời gian xét duyệt hồ sơ mua nhà ở xã hội xuống không quá 15 ngày.", None),
    ("Cắt giảm thời gian giải quyết thủ tục giảm còn 10 ngày làm việc.", None),
    ("Giải quyết hồ sơ trong thời hạn không quá 15 ngày kể từ ngày nhận đủ hồ sơ.", "relative"),
])
def test_how_long_a_procedure_may_take_from_now_on_is_no_deadline(text, expected):
    """"xuống không quá 15 ngày": a target for a procedure, not the time the work is given."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 5)))
    assert (main.type if main else None) == expected


def test_since_before_a_past_day_says_which_things_not_when():
    """"tồn đọng từ trước ngày 01/7/2025": which violations, the deadline comes after."""
    main, _ = choose_deadline(find_temporal_mentions(
        "Xử lý dứt điểm các công trình vi phạm tồn đọng từ trước ngày 01/7/2025, hoàn thành "
        "trước ngày 31/3/2026.", date(2025, 12, 1)))
    assert (main.type, main.date) == ("by_date", date(2026, 3, 31))


@pytest.mark.parametrize("text,due", [
    ("Cắt giảm chiếu sáng công cộng | Các tháng 5, 6, 7 năm 2026", date(2026, 7, 31)),
    ("Hoàn thành trong các tháng 10, 11 và 12/2026.", date(2026, 12, 31)),
])
def test_months_listed_under_one_word_run_through_the_last(text, due):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 3, 2)))
    assert (main.type, main.date) == ("within_period", due)


@pytest.mark.parametrize("text", [
    # what stood or arose before a past day says which things
    "Rà soát các công trình vi phạm hành lang an toàn đường bộ tồn tại trước ngày 01/01/2025; "
    "gửi Sở Xây dựng trước ngày 30/6/2026.",
    "Xử lý các khoản nợ phát sinh trước ngày 01/7/2025, hoàn thành trước ngày 30/6/2026.",
    # the days an event lasts say how long it is
    "Nghiên cứu miễn phí vé tham quan trong 03 ngày diễn ra Festival, báo cáo trước ngày "
    "30/6/2026.",
    "Bố trí lực lượng trực trong 04 ngày nghỉ Tết, báo cáo trước ngày 30/6/2026.",
])
def test_which_things_and_how_long_an_event_lasts_are_no_terms(text):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 3, 2)))
    assert (main.type, main.date) == ("by_date", date(2026, 6, 30))


def test_a_week_of_a_programme_is_the_days_its_brackets_give():
    """"Tuần thứ 3 (từ 17/11 đến 21/11/2025)": the third week of the month's programme, not of
    the year."""
    main, _ = choose_deadline(find_temporal_mentions(
        "Xây dựng Kế hoạch đầu tư công | Tuần thứ 3 (từ 17/11 đến 21/11/2025)", date(2025, 11, 3)))
    assert (main.type, main.date) == ("within_period", date(2025, 11, 21))


def test_a_day_of_the_first_month_of_the_quarter_comes_back_each_quarter():
    main, _ = choose_deadline(find_temporal_mentions(
        "Theo dõi biến động lao động, báo cáo Sở Nội vụ trước ngày 05 của tháng đầu quý.",
        date(2026, 3, 2)))
    assert (main.type, main.recurrence) == ("recurring", "quarterly")



@pytest.mark.parametrize("text,due", [
    ("Tổ chức tổng duyệt chương trình nghệ thuật vào 19 giờ 30 ngày 28/4/2026.", True),
    ("Dự họp lúc 14 giờ 00 ngày 28/4/2026 tại Hội trường UBND tỉnh.", False),
])
def test_an_hour_after_vao_schedules_the_work_itself(text, due):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 4, 3)))
    assert (main is not None and main.date == date(2026, 4, 28)) == due


def test_a_length_then_the_run_it_lasts_takes_the_run():
    main, _ = choose_deadline(find_temporal_mentions(
        "Thành lập các đội đáp ứng nhanh trong 02 tuần cao điểm từ ngày 16/7/2025 đến ngày "
        "29/7/2025.", date(2025, 7, 10)))
    assert (main.type, main.date) == ("within_period", date(2025, 7, 29))


ELECTION = ("Kế hoạch tổ chức cuộc bầu cử vào Chủ nhật, ngày 15/3/2026 trên địa bàn tỉnh. "
            "Lập danh sách cử tri chậm nhất 40 ngày trước ngày bầu cử (ngày 03/02/2026).")


def deadline_with_events(doc: str, text: str, issued: date):
    """The deadline chosen for ``text`` when the document ``doc`` dates its events."""
    main, _ = choose_deadline(find_temporal_mentions(
        text, issued, event_date=event_dates(fold(doc), issued)))
    return main


@pytest.mark.parametrize("doc,text,kind,when", [
    (ELECTION, "Thông báo cho cử tri biết địa điểm bỏ phiếu trước ngày bầu cử 10 ngày.",
     "relative", date(2026, 3, 5)),
    (ELECTION, "Bố trí nhân viên y tế thường trực trong ngày bầu cử.", "by_date",
     date(2026, 3, 15)),
    ("Chỉ còn 11 ngày nữa là đến ngày bầu cử đại biểu Quốc hội khóa XVI (Chủ nhật, ngày "
     "15/3/2026).", "Lập biên bản chậm nhất 05 ngày sau ngày bầu cử.", "relative",
     date(2026, 3, 20)),
    ("Lễ khai mạc: 20 giờ 00 ngày 08/4/2026 tại sân lễ Đền Bà Triệu.",
     "Chuẩn bị lễ vật; hoàn thành trước ngày khai mạc 01 ngày.", "relative", date(2026, 4, 7)),
])
def test_a_day_counted_from_an_event_the_document_dates(doc, text, kind, when):
    """The event's day as the document gives it: right after its name, in brackets with its
    weekday, or after "vào Chủ nhật,"; a date after "40 ngày trước ngày bầu cử" is the count's,
    not the event's. "trước ngày X N ngày" counts back without "ít nhất", "trong ngày X" is
    that day."""
    main = deadline_with_events(doc, text, date(2026, 1, 5))
    assert (main.type, main.date) == (kind, when)


def test_the_day_of_an_undated_event_is_no_deadline():
    main = deadline_with_events("Kế hoạch tiêm chủng.",
                                "Cập nhật thông tin mũi tiêm trong ngày tiêm.", date(2026, 1, 5))
    assert main is None


def test_an_exam_of_two_days_counts_from_its_first():
    """"Kỳ thi ... trong các ngày 11 và 12/6/2026": the exam's first day; "dự thi vào ngày
    10/6/2026" names another day, and "thi" inside "thiết bị" is no exam."""
    doc = ("Kỳ thi tốt nghiệp trung học phổ thông năm 2026 được tổ chức trong các ngày 11 và "
           "12/6/2026; thí sinh làm thủ tục dự thi vào ngày 10/6/2026. Kiểm tra thiết bị ngày "
           "05/6/2026.")
    main = deadline_with_events(
        doc, "Niêm phong khu vực in sao đề thi xong trước ngày thi 01 ngày.", date(2026, 3, 5))
    assert (main.type, main.date) == ("relative", date(2026, 6, 10))


@pytest.mark.parametrize("text", [
    "Xử lý kịp thời các sự cố phát sinh trong các ngày thi 11-12/6/2026.",
    "Bảo đảm an ninh, trật tự trong các ngày 11 và 12/6/2026.",
])
def test_days_of_one_month_written_once_are_a_period(text):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 3, 5)))
    assert (main.type, main.start_date, main.date) == (
        "within_period", date(2026, 6, 11), date(2026, 6, 12))


@pytest.mark.parametrize("text,expected", [
    ("Huy động trẻ trong độ tuổi ra lớp trong tuần đầu năm học.", ("vague", None)),
    ("Bố trí giáo viên dạy các môn còn thiếu ngay từ tuần đầu năm học.", ("vague", None)),
    ("Triển khai học bạ số tại 100% trường trung học trong học kỳ I.", ("vague", None)),
    ("Hoàn thành bồi dưỡng giáo viên trước khi kết thúc học kỳ I.", ("vague", None)),
    ("Bảo đảm an toàn giao thông trong những ngày cao điểm đầu năm học.", ("vague", None)),
    ("Ký số học bạ | Phòng Giáo dục trung học | Cuối mỗi học kỳ", ("recurring", "semiannual")),
    ("Sơ kết, đánh giá kết quả chuyển đổi số học kỳ I; đề xuất điều chỉnh nhiệm vụ.", None),
    ("Đánh giá kết quả học tập học kỳ II năm học 2025 - 2026.", None),
])
def test_the_school_calendar_is_an_undated_time(text, expected):
    """"tuần đầu năm học", "học kỳ I": the school's calendar, which the text does not date; a
    rhythm per term ("cuối mỗi học kỳ") is twice a year; a term named as what is assessed
    ("kết quả ... học kỳ I") is no time at all."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 8, 20)))
    if expected is None:
        assert main is None or main.type not in ("vague", "recurring")
    else:
        assert (main.type, main.recurrence if main.type == "recurring" else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("- Trước, trong và sau Tết, theo dõi sát diễn biến cung cầu, giá cả hàng hóa.", "vague"),
    ("Tăng cường kiểm tra thị trường trước, trong và sau Tết, bảo đảm an toàn.", None),
    ("Xây dựng phương án thông quan trước mùa thu hoạch chuối, dứa vụ Đông.", "vague"),
])
def test_event_times_that_open_a_sentence_or_name_a_harvest(text, expected):
    """"Trước, trong và sau Tết," opening an item is when the work is given (in the middle of
    a sentence it says which days the work covers); a harvest season is an undated event."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 5)))
    assert (main.type if main else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tổ chức lớp dạy bơi cho trẻ em trong dịp hè 2026, ưu tiên trẻ em vùng sông nước.",
     (date(2026, 6, 1), date(2026, 8, 31))),
    ("Mở lớp dạy bơi miễn phí trong kỳ nghỉ hè năm 2026.", (date(2026, 6, 1), date(2026, 8, 31))),
])
def test_the_summer_of_a_year_is_june_to_august(text, expected):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 5, 10)))
    assert (main.type, main.start_date, main.date) == ("within_period", *expected)


@pytest.mark.parametrize("text,expected", [
    ("Gửi báo cáo công tác an toàn, vệ sinh lao động 6 tháng, năm về Ban Quản lý.",
     ("recurring", "semiannual")),
    ("Báo cáo quý, 6 tháng và năm gửi Sở Nội vụ.", ("recurring", "quarterly")),
    ("Trong 6 tháng, năm 2026 đã tổ chức 12 lớp.", None),  # a length, then a year
    ("Báo cáo sơ kết 6 tháng đầu năm gửi Sở Nội vụ.", None),  # one half year, once
])
def test_the_periods_reports_cover_are_a_rhythm(text, expected):
    """"6 tháng, năm" after a report: the half-yearly and yearly reports, a rhythm."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 10)))
    got = (main.type, main.recurrence) if main is not None else None
    assert got == expected or (expected is None and (got is None or got[0] != "recurring"))


def test_a_minimum_length_alone_is_no_deadline():
    """"niêm yết ít nhất 03 ngày": how long the list stays up; only "trước khi ..." after the
    count makes it a lead time."""
    text = "Niêm yết công khai danh sách ít nhất 03 ngày tại trụ sở UBND xã."
    assert find_temporal_mentions(text, date(2026, 1, 10)) == []


def test_continuing_education_is_no_rhythm():
    """"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên": a body's name, not "often"."""
    text = ("Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực Ngọc "
            "Lặc xây dựng kế hoạch mở lớp.")
    assert find_temporal_mentions(text, date(2026, 1, 10)) == []


@pytest.mark.parametrize("text,expected", [
    ("Sau thu hoạch vụ Hè Thu, UBND các xã chỉ đạo nạo vét kênh mương.", "vague"),
    ("- Sau thu hoạch, vận động Nhân dân thu gom rơm rạ.", "vague"),
    ("Bố trí đủ lò sấy; không để lúa bị ùn ứ, hư hỏng sau thu hoạch.", None),
])
def test_once_the_crop_is_in(text, expected):
    """"Sau thu hoạch ..." opening an item is when the work comes; later in a sentence it says
    which losses."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 5)))
    assert (main.type if main else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("Xây dựng chuyên mục, phát sóng ít nhất 02 kỳ/tuần cho đến ngày bầu cử.", "weekly"),
    ("Đăng tải 03 bài/tháng trên trang thông tin điện tử.", "monthly"),
    ("Tiếp tục triển khai dạy học 02 buổi/ngày đối với cấp trung học cơ sở.", None),
])
def test_so_many_issues_in_a_period(text, expected):
    """A column's issues or a page's articles per week are a rhythm; two sessions a school
    day are how it runs."""
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 10)))
    assert (main.recurrence if main is not None and main.type == "recurring" else None) == expected


def test_an_event_dated_in_words_after_is_counted_from():
    """"... ngày bầu cử ... là Chủ nhật, ngày 15 tháng 3 năm 2026": the day in words, after
    "là" and its weekday."""
    doc = ("Căn cứ Nghị quyết của Quốc hội về ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
           "Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 là Chủ nhật, ngày 15 tháng 3 năm 2026;")
    main = deadline_with_events(
        doc, "Công bố danh sách chính thức chậm nhất 20 ngày trước ngày bầu cử.", date(2026, 1, 5))
    assert (main.type, main.date) == ("relative", date(2026, 2, 23))


@pytest.mark.parametrize(("text", "when"), [
    ("Hoàn thiện hồ sơ trong 10 ngày làm việc kể từ ngày họp.", date(2025, 10, 27)),
    ("Gửi báo cáo trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp.",
     date(2025, 10, 16)),
])
def test_a_count_from_the_meeting_a_notice_reports_starts_on_its_day(text, when):
    """The meeting of the minutes or notice, dated by its opening; grounds are no meeting."""
    doc = ("Căn cứ Quy chế làm việc của UBND xã ban hành kèm theo Quyết định số 12/QĐ-UBND ngày "
           "02/8/2025;\nVào hồi 14 giờ 00 phút, thứ Hai, ngày 13 tháng 10 năm 2025, tại Phòng họp "
           "số 1, trụ sở Ủy ban nhân dân xã.\n")
    events = event_dates(fold(doc), date(2025, 10, 14))
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 10, 14), event_date=events))
    assert (main.type, main.date) == ("relative", when)
    upcoming = event_dates(fold("Cuộc họp sẽ tổ chức vào tuần sau."), date(2025, 10, 14))
    main, _ = choose_deadline(find_temporal_mentions(text, date(2025, 10, 14),
                                                     event_date=upcoming))
    assert main.date is None  # no meeting held and dated: the count stays open


def test_a_count_from_the_meeting_of_a_site_visit_starts_on_the_visits_day():
    """A notice that concludes a site visit: "kể từ ngày họp" counts from the visit."""
    doc = ("Ngày 12/3/2026, đồng chí Lê Hoàng Phúc, Phó Chủ tịch UBND tỉnh chủ trì đoàn kiểm tra "
           "thực địa tiến độ bồi thường, giải phóng mặt bằng các dự án giao thông trọng điểm.\n")
    main = deadline_with_events(doc, "Hoàn thành chi trả trong 07 ngày kể từ ngày họp.",
                                date(2026, 3, 17))
    assert (main.type, main.date) == ("relative", date(2026, 3, 19))


@pytest.mark.parametrize("text,expected", [
    # the period a review covers is no lead time: two dated deadlines
    ("tham mưu báo cáo sơ kết 6 tháng trước ngày 10-6-2026 và báo cáo tổng kết năm trước ngày "
     "10-12-2026.", [("by_date", "2026-06-10"), ("by_date", "2026-12-10")]),
    # so many days in a month, each month
    ("tiếp công dân định kỳ ít nhất 02 ngày trong một tháng.", [("recurring", None)]),
])
def test_review_periods_and_monthly_counts(text, expected):
    found = [m for m in find_temporal_mentions(text, date(2026, 2, 24)) if m.role == "deadline"]
    assert [(m.type, m.date.isoformat() if m.date else None) for m in found] == expected


@pytest.mark.parametrize("text,expected", [
    # on an occasion: vague, and a date when the occasion is dated
    ("Thăm hỏi nhân dịp Tết Nguyên đán Bính Ngọ năm 2026.", [("vague", None)]),
    ("Vận động Nhân dân giao lưu nhân dịp Tết Bunpimay năm 2026.", [("vague", None)]),
    ("Tặng quà nhân dịp 20-11-2026.", [("by_date", "2026-11-20")]),
    # an occasion each year recurs
    ("Gặp mặt kiều bào nhân dịp Tết Nguyên đán hằng năm để lắng nghe.", [("recurring", None)]),
    ("Sửa chữa đường tuần tra trước mùa nước nổi năm 2026.", [("vague", None)]),
    ("Tổ chức họp dân, hoàn thành trước Giao thừa.", [("vague", None)]),
])
def test_on_an_occasion(text, expected):
    found = [m for m in find_temporal_mentions(text, date(2026, 2, 4)) if m.role == "deadline"]
    assert [(m.type, m.date.isoformat() if m.date else None) for m in found] == expected


def test_an_evening_opening_dates_its_event():
    text = ("Lễ khai mạc được tổ chức vào tối ngày 15/8/2026 tại Sân vận động.\n"
            "Xây dựng kịch bản Lễ khai mạc, chậm nhất 30 ngày trước ngày khai mạc Đại hội.")
    lookup = deadlines.event_dates(fold(text), date(2025, 12, 15))
    assert lookup("ngày khai mạc Đại hội") == date(2026, 8, 15)


@pytest.mark.parametrize("text,issued,expected", [
    # after an event the text dates elsewhere
    ("Lễ giao nhận quân tổ chức vào 07 giờ 00 ngày 05/3/2026 tại Sân vận động xã.\n"
     "Tổng hợp kết quả giao quân, báo cáo trong 05 ngày làm việc sau Lễ giao nhận quân.",
     date(2025, 10, 20), ("relative", "2026-03-12")),
    # the day recruits are received is that event, not a document's receipt
    ("Lễ giao nhận quân được tổ chức đồng loạt vào ngày 05/3/2026.\n"
     "Hoàn thành phúc tra trong 10 ngày kể từ ngày nhận quân.",
     date(2026, 2, 20), ("relative", "2026-03-15")),
    # so long before or after an event named alone, undated here
    ("Chuẩn bị thao trường | Trước diễn tập 20 ngày", date(2026, 2, 4), ("relative", None)),
    ("Tổng kết diễn tập | Sau diễn tập 10 ngày", date(2026, 2, 4), ("relative", None)),
])
def test_counted_from_an_event(text, issued, expected):
    lookup = deadlines.event_dates(fold(text), issued)
    last_line = text.split("\n")[-1]
    offset = len(text) - len(last_line)
    found = [m for m in find_temporal_mentions(last_line, issued, offset, event_date=lookup)
             if m.role == "deadline"]
    assert [(m.type, m.date.isoformat() if m.date else None) for m in found] == [expected]


@pytest.mark.parametrize("text", [
    "Thông báo lịch xả nước cho UBND các xã trước ít nhất 24 giờ trước mỗi đợt xả.",
    "Thông báo lịch tạm ngừng cung cấp điện trên hệ thống truyền thanh trước ít nhất 05 ngày.",
])
def test_a_notice_ahead_of_what_it_announces_is_relative_and_undated(text):
    main, _ = choose_deadline(find_temporal_mentions(text, date(2026, 3, 10)))
    assert (main.type, main.date) == ("relative", None)


@pytest.mark.parametrize("text,role", [
    ("Duy trì trực ban 24/24 giờ; báo cáo tình hình hằng ngày về Ban Thường vụ Đảng ủy.",
     "deadline"),
    ("Nắm chắc tình hình hằng ngày của địa phương.", "scope"),
])
def test_a_report_of_the_situation_keeps_its_rhythm(text, role):
    (mention,) = find_temporal_mentions(text, date(2026, 9, 8))
    assert (mention.recurrence, mention.role) == ("daily", role)


def test_an_undated_time_in_a_later_year_lies_ahead_whatever_da_is_near():
    text = ("Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định giá dịch vụ xử lý "
            "chất thải đã phân loại tại kỳ họp thường lệ giữa năm 2026.")
    (mention,) = find_temporal_mentions(text, date(2025, 10, 1))
    assert (mention.type, mention.role) == ("vague", "deadline")
    past = "Tại kỳ họp thứ 9 năm 2025, HĐND tỉnh đã thông qua Nghị quyết."
    assert [m.role for m in find_temporal_mentions(past, date(2025, 10, 1))] == ["past"]


@pytest.mark.parametrize("text,expected", [
    ("hoàn thành trong quý l/2026.", date(2026, 3, 31)),  # an "l" typed for "I"
    ("hoàn thành trong Quý lll/2026.", date(2026, 9, 30)),
    ("hoàn thành giai đoạn 1 trong giai đoạn 2026 - 2027.", date(2027, 12, 31)),
])
def test_quarters_with_an_l_for_i_and_a_stretch_to_finish_within(text, expected):
    deadline, _ = choose_deadline(find_temporal_mentions(text, date(2026, 1, 10)))
    assert (deadline.type, deadline.date) == ("within_period", expected)


def test_a_programmes_stretch_alone_is_its_scope():
    (found,) = find_temporal_mentions("thực hiện Chương trình giai đoạn 2026-2030",
                                      date(2026, 1, 10))
    assert found.role == "scope"
