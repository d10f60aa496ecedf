/**
 * DỮ LIỆU MẪU (SAMPLE DATA) — thủ tục hành chính minh họa dùng cho phát triển và trình diễn.
 * Các mã "MAU.*" là mã mẫu, KHÔNG phải mã thủ tục hành chính trên Cổng Dịch vụ công quốc gia.
 * Nội dung mô phỏng cách công khai thủ tục trên Cổng Dịch vụ công quốc gia, không có giá trị pháp lý.
 */
import type { ProcedureContentV1 as ProcedureContent } from "@/features/catalog/procedure-content";

type ProcedureChannel = ProcedureContent["channels"][number];
type LegalBasis = ProcedureContent["legalBasis"][number];

export interface SeedField {
  code: string;
  name: string;
  nameEn: string;
}

export interface SeedProcedure {
  /** Sample code of the form "MAU.<field code>.<nn>" — NOT a real national code. */
  code: string;
  fieldCode: string;
  scope: "commune" | "province";
  departmentSlug?: string;
  content: ProcedureContent;
  abolishedReplacedBy?: string;
}

const NOP_XA = "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã.";
const NOP_TINH = "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.";
const NOP_ONLINE =
  "Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.";
const NOP_BUU_CHINH = "Gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích.";

function trucTiep(timeLimit: string, fee: string, description: string = NOP_XA): ProcedureChannel {
  return { kind: "in_person", timeLimit, fee, description };
}

function trucTuyen(
  onlineLevel: "full" | "partial",
  timeLimit: string,
  fee: string,
  description: string = NOP_ONLINE,
): ProcedureChannel {
  return { kind: "online", onlineLevel, timeLimit, fee, description };
}

function buuChinh(timeLimit: string, fee: string, description: string = NOP_BUU_CHINH): ProcedureChannel {
  return { kind: "post", timeLimit, fee, description };
}

const L = {
  luatHoTich: {
    number: "Luật Hộ tịch số 60/2014/QH13",
    title: "Luật Hộ tịch",
    issuedOn: "2014-11-20",
  },
  nd123_2015: {
    number: "Nghị định số 123/2015/NĐ-CP",
    title: "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    issuedOn: "2015-11-15",
  },
  tt04_2020: {
    number: "Thông tư số 04/2020/TT-BTP",
    title: "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
    issuedOn: "2020-05-28",
  },
  tt15_2015: {
    number: "Thông tư số 15/2015/TT-BTP",
    title:
      "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP (đã hết hiệu lực)",
  },
  tt85_2019: {
    number: "Thông tư số 85/2019/TT-BTC",
    title:
      "Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
    issuedOn: "2019-11-29",
  },
  tt281_2016: {
    number: "Thông tư số 281/2016/TT-BTC",
    title:
      "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch",
  },
  luatHonNhan: {
    number: "Luật Hôn nhân và gia đình số 52/2014/QH13",
    title: "Luật Hôn nhân và gia đình",
    issuedOn: "2014-06-19",
  },
  boLuatDanSu: {
    number: "Bộ luật Dân sự số 91/2015/QH13",
    title: "Bộ luật Dân sự",
    issuedOn: "2015-11-24",
  },
  nd23_2015: {
    number: "Nghị định số 23/2015/NĐ-CP",
    title:
      "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    issuedOn: "2015-02-16",
  },
  tt01_2020: {
    number: "Thông tư số 01/2020/TT-BTP",
    title: "Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP",
    issuedOn: "2020-03-03",
  },
  tt226_2016: {
    number: "Thông tư số 226/2016/TT-BTC",
    title: "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    issuedOn: "2016-11-11",
  },
  nd45_2020: {
    number: "Nghị định số 45/2020/NĐ-CP",
    title: "Về thực hiện thủ tục hành chính trên môi trường điện tử",
    issuedOn: "2020-04-08",
  },
  luatNhaO: {
    number: "Luật Nhà ở số 27/2023/QH15",
    title: "Luật Nhà ở",
    issuedOn: "2023-11-27",
  },
  luatLLTP: {
    number: "Luật Lý lịch tư pháp số 28/2009/QH12",
    title: "Luật Lý lịch tư pháp",
    issuedOn: "2009-06-17",
  },
  nd111_2010: {
    number: "Nghị định số 111/2010/NĐ-CP",
    title: "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp",
    issuedOn: "2010-11-23",
  },
  tt244_2016: {
    number: "Thông tư số 244/2016/TT-BTC",
    title: "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp",
    issuedOn: "2016-11-11",
  },
  tt16_2013: {
    number: "Thông tư số 16/2013/TT-BTP",
    title:
      "Sửa đổi, bổ sung một số điều của Thông tư số 13/2011/TT-BTP về ban hành và hướng dẫn sử dụng biểu mẫu và mẫu sổ lý lịch tư pháp",
  },
  luatDatDai: {
    number: "Luật Đất đai số 31/2024/QH15",
    title: "Luật Đất đai",
    issuedOn: "2024-01-18",
  },
  nd101_2024: {
    number: "Nghị định số 101/2024/NĐ-CP",
    title:
      "Quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai",
    issuedOn: "2024-07-29",
  },
  nd102_2024: {
    number: "Nghị định số 102/2024/NĐ-CP",
    title: "Quy định chi tiết thi hành một số điều của Luật Đất đai",
    issuedOn: "2024-07-30",
  },
  nd151_2025: {
    number: "Nghị định số 151/2025/NĐ-CP",
    title:
      "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
    issuedOn: "2025-06-12",
  },
  luatXayDung: {
    number: "Luật Xây dựng số 50/2014/QH13",
    title: "Luật Xây dựng",
    issuedOn: "2014-06-18",
  },
  luatXayDungSuaDoi: {
    number: "Luật số 62/2020/QH14",
    title: "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
    issuedOn: "2020-06-17",
  },
  nd175_2024: {
    number: "Nghị định số 175/2024/NĐ-CP",
    title: "Quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
  },
  tt28_2023: {
    number: "Thông tư số 28/2023/TT-BTC",
    title:
      "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định dự án đầu tư xây dựng, phí thẩm định thiết kế cơ sở",
  },
  tt38_2022: {
    number: "Thông tư số 38/2022/TT-BTC",
    title:
      "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp chứng chỉ hành nghề, lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng",
  },
  nd20_2021: {
    number: "Nghị định số 20/2021/NĐ-CP",
    title: "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
    issuedOn: "2021-03-15",
  },
  nd76_2024: {
    number: "Nghị định số 76/2024/NĐ-CP",
    title: "Sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP",
    issuedOn: "2024-07-01",
  },
  luatNguoiCaoTuoi: {
    number: "Luật Người cao tuổi số 39/2009/QH12",
    title: "Luật Người cao tuổi",
    issuedOn: "2009-11-23",
  },
  luatNguoiKhuyetTat: {
    number: "Luật Người khuyết tật số 51/2010/QH12",
    title: "Luật Người khuyết tật",
    issuedOn: "2010-06-17",
  },
  nd28_2012: {
    number: "Nghị định số 28/2012/NĐ-CP",
    title: "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật",
    issuedOn: "2012-04-10",
  },
  tt01_2019_ldtbxh: {
    number: "Thông tư số 01/2019/TT-BLĐTBXH",
    title: "Quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện",
    issuedOn: "2019-01-02",
  },
  nd103_2017: {
    number: "Nghị định số 103/2017/NĐ-CP",
    title: "Quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội",
    issuedOn: "2017-09-12",
  },
  phapLenhNCC: {
    number: "Pháp lệnh số 02/2020/UBTVQH14",
    title: "Pháp lệnh Ưu đãi người có công với cách mạng",
    issuedOn: "2020-12-09",
  },
  nd131_2021: {
    number: "Nghị định số 131/2021/NĐ-CP",
    title: "Quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng",
    issuedOn: "2021-12-30",
  },
  luatGiaoDuc: {
    number: "Luật Giáo dục số 43/2019/QH14",
    title: "Luật Giáo dục",
    issuedOn: "2019-06-14",
  },
  nd125_2024: {
    number: "Nghị định số 125/2024/NĐ-CP",
    title: "Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
    issuedOn: "2024-10-05",
  },
  tt17_2018: {
    number: "Thông tư số 17/2018/TT-BGDĐT",
    title:
      "Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường tiểu học",
    issuedOn: "2018-08-22",
  },
  tt19_2018: {
    number: "Thông tư số 19/2018/TT-BGDĐT",
    title: "Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường mầm non",
    issuedOn: "2018-08-22",
  },
  nd105_2020: {
    number: "Nghị định số 105/2020/NĐ-CP",
    title: "Quy định chính sách phát triển giáo dục mầm non",
    issuedOn: "2020-09-08",
  },
  tt21_2019: {
    number: "Thông tư số 21/2019/TT-BGDĐT",
    title:
      "Ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân",
  },
  luatKBCB: {
    number: "Luật Khám bệnh, chữa bệnh số 15/2023/QH15",
    title: "Luật Khám bệnh, chữa bệnh",
    issuedOn: "2023-01-09",
  },
  nd96_2023: {
    number: "Nghị định số 96/2023/NĐ-CP",
    title: "Quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh",
    issuedOn: "2023-12-30",
  },
  tt59_2023: {
    number: "Thông tư số 59/2023/TT-BTC",
    title: "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế",
  },
  luatATTP: {
    number: "Luật An toàn thực phẩm số 55/2010/QH12",
    title: "Luật An toàn thực phẩm",
    issuedOn: "2010-06-17",
  },
  nd15_2018: {
    number: "Nghị định số 15/2018/NĐ-CP",
    title: "Quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
    issuedOn: "2018-02-02",
  },
  nd155_2018: {
    number: "Nghị định số 155/2018/NĐ-CP",
    title:
      "Sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế",
    issuedOn: "2018-11-12",
  },
  luatDoanhNghiep: {
    number: "Luật Doanh nghiệp số 59/2020/QH14",
    title: "Luật Doanh nghiệp",
    issuedOn: "2020-06-17",
  },
  nd168_2025: {
    number: "Nghị định số 168/2025/NĐ-CP",
    title: "Về đăng ký doanh nghiệp",
    issuedOn: "2025-06-30",
  },
  tt47_2019: {
    number: "Thông tư số 47/2019/TT-BTC",
    title:
      "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp",
    issuedOn: "2019-08-05",
  },
} satisfies Record<string, LegalBasis>;

export const seedFields: SeedField[] = [
  { code: "HT", name: "Hộ tịch", nameEn: "Civil status registration" },
  { code: "CT", name: "Chứng thực", nameEn: "Authentication and certification" },
  { code: "LLTP", name: "Lý lịch tư pháp", nameEn: "Judicial records" },
  { code: "DD", name: "Đất đai", nameEn: "Land administration" },
  { code: "XD", name: "Xây dựng", nameEn: "Construction" },
  { code: "BTXH", name: "Bảo trợ xã hội", nameEn: "Social protection" },
  { code: "NCC", name: "Người có công", nameEn: "People with meritorious services to the revolution" },
  { code: "GD", name: "Giáo dục và Đào tạo", nameEn: "Education and training" },
  { code: "YT", name: "Y tế", nameEn: "Health" },
  {
    code: "KD",
    name: "Thành lập và hoạt động doanh nghiệp, hộ kinh doanh",
    nameEn: "Business and household business registration",
  },
];

export const seedProcedures: SeedProcedure[] = [
  // ───────────────────────────── Hộ tịch ─────────────────────────────
  {
    code: "MAU.HT.01",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký khai sinh",
      level: "commune",
      steps: [
        "Người đi đăng ký khai sinh nộp tờ khai và giấy tờ theo quy định tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của người cha hoặc người mẹ, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn người nộp bổ sung, hoàn thiện ngay một lần.",
        "Nếu thông tin khai sinh đầy đủ, phù hợp, công chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ đăng ký khai sinh và cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy số định danh cá nhân cho trẻ.",
        "Công chức tư pháp - hộ tịch và người đi đăng ký khai sinh cùng ký tên vào Sổ đăng ký khai sinh; Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.",
        "Trả Giấy khai sinh bản chính cho người đi đăng ký tại Trung tâm Phục vụ hành chính công cấp xã, qua bưu chính hoặc bản điện tử trên tài khoản dịch vụ công.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.",
          "Miễn lệ phí đối với đăng ký khai sinh đúng hạn.",
        ),
        trucTuyen(
          "full",
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ; nếu hồ sơ được tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
          "Miễn lệ phí.",
        ),
        buuChinh(
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính theo giá của doanh nghiệp bưu chính.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký khai sinh", copies: "01 bản chính", formCode: "TK-KS" },
        {
          name: "Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp",
          copies: "01 bản chính",
          note: "Nếu không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì nộp giấy cam đoan về việc sinh.",
        },
        {
          name: "Văn bản ủy quyền (trường hợp ủy quyền đi đăng ký khai sinh)",
          copies: "01 bản chính",
          note: "Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.",
        },
        {
          name: "Căn cước, hộ chiếu hoặc giấy tờ tùy thân khác có ảnh của người đi đăng ký",
          copies: "Xuất trình bản chính",
          note: "Không phải xuất trình nếu thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư.",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.",
      applicants: "Cha, mẹ, ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ",
      result: "Giấy khai sinh (bản chính); trẻ em được cấp số định danh cá nhân.",
      fees: "Miễn lệ phí đối với đăng ký khai sinh đúng hạn. Phí cấp bản sao trích lục khai sinh (nếu có yêu cầu): 8.000 đồng/bản.",
      forms: [
        {
          code: "TK-KS",
          name: "Tờ khai đăng ký khai sinh (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em có trách nhiệm đăng ký.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt04_2020, L.tt281_2016],
    },
  },
  {
    code: "MAU.HT.02",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký khai tử",
      level: "commune",
      steps: [
        "Người đi đăng ký khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú cuối cùng của người chết, hoặc nộp trực tuyến.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu cần xác minh thì thực hiện xác minh trong thời hạn quy định.",
        "Nếu việc khai tử đúng, công chức tư pháp - hộ tịch ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và đề nghị đóng số định danh cá nhân của người chết.",
        "Người đi đăng ký khai tử ký vào Sổ; Chủ tịch Ủy ban nhân dân cấp xã cấp Trích lục khai tử.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
          "Miễn lệ phí đối với đăng ký khai tử đúng hạn.",
        ),
        trucTuyen(
          "full",
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
          "Miễn lệ phí.",
        ),
        buuChinh(
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
          "Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký khai tử", copies: "01 bản chính", formCode: "TK-KT" },
        {
          name: "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp",
          copies: "01 bản chính",
          note: "Ví dụ: Giấy báo tử do cơ sở khám bệnh, chữa bệnh cấp; bản án, quyết định tuyên bố một người đã chết của Tòa án.",
        },
        {
          name: "Văn bản ủy quyền (trường hợp ủy quyền đi đăng ký khai tử)",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì thời hạn giải quyết không quá 03 ngày làm việc.",
      applicants:
        "Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; trường hợp không có người thân thích thì đại diện cơ quan, tổ chức, cá nhân liên quan.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết",
      result: "Trích lục khai tử (bản chính).",
      fees: "Miễn lệ phí đối với đăng ký khai tử đúng hạn. Phí cấp bản sao trích lục khai tử (nếu có yêu cầu): 8.000 đồng/bản.",
      forms: [
        {
          code: "TK-KT",
          name: "Tờ khai đăng ký khai tử (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt04_2020],
    },
  },
  {
    code: "MAU.HT.03",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký kết hôn",
      level: "commune",
      steps: [
        "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của một trong hai bên, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ, xác minh điều kiện kết hôn (nếu cần) và báo cáo Chủ tịch Ủy ban nhân dân cấp xã.",
        "Nếu hai bên đủ điều kiện kết hôn, công chức tư pháp - hộ tịch ghi việc kết hôn vào Sổ đăng ký kết hôn và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
        "Hai bên nam, nữ cùng có mặt, ký tên vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn.",
        "Chủ tịch Ủy ban nhân dân cấp xã trao Giấy chứng nhận kết hôn cho hai bên nam, nữ.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.",
          "Miễn lệ phí.",
        ),
        trucTuyen(
          "partial",
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
          "Miễn lệ phí.",
          "Nộp hồ sơ trực tuyến; hai bên nam, nữ phải cùng có mặt tại cơ quan đăng ký hộ tịch khi nhận Giấy chứng nhận kết hôn.",
        ),
      ],
      components: [
        {
          name: "Tờ khai đăng ký kết hôn",
          copies: "01 bản chính",
          formCode: "TK-KH",
          note: "Hai bên nam, nữ có thể khai chung vào một tờ khai.",
        },
        {
          name: "Giấy xác nhận tình trạng hôn nhân",
          copies: "01 bản chính",
          note: "Chỉ nộp khi bên nam hoặc nữ không cư trú tại xã nơi đăng ký kết hôn và thông tin tình trạng hôn nhân chưa có trong Cơ sở dữ liệu hộ tịch điện tử.",
        },
        {
          name: "Căn cước, hộ chiếu hoặc giấy tờ tùy thân khác có ảnh của hai bên nam, nữ",
          copies: "Xuất trình bản chính",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc.",
      applicants: "Công dân Việt Nam (nam, nữ) cư trú trong nước có yêu cầu đăng ký kết hôn.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi cư trú của bên nam hoặc bên nữ",
      result: "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên vợ, chồng).",
      fees: "Miễn lệ phí đăng ký kết hôn.",
      forms: [
        {
          code: "TK-KH",
          name: "Tờ khai đăng ký kết hôn (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn (kết hôn giả tạo, tảo hôn, cưỡng ép kết hôn; đang có vợ hoặc chồng; giữa những người cùng dòng máu về trực hệ hoặc có họ trong phạm vi ba đời; giữa cha, mẹ nuôi với con nuôi...).",
      legalBasis: [L.luatHonNhan, L.luatHoTich, L.nd123_2015, L.tt04_2020],
    },
  },
  {
    code: "MAU.HT.04",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký nhận cha, mẹ, con",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai và chứng cứ chứng minh quan hệ cha, mẹ, con tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của người nhận hoặc người được nhận.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; niêm yết việc nhận cha, mẹ, con tại trụ sở Ủy ban nhân dân cấp xã trong thời hạn quy định và xác minh khi cần thiết.",
        "Nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký nhận cha, mẹ, con và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
        "Các bên cùng có mặt ký vào Sổ; Chủ tịch Ủy ban nhân dân cấp xã cấp Trích lục đăng ký nhận cha, mẹ, con.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp).",
        ),
        trucTuyen(
          "partial",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp).",
          "Nộp hồ sơ trực tuyến; các bên phải có mặt khi ký Sổ và nhận kết quả.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký nhận cha, mẹ, con", copies: "01 bản chính", formCode: "TK-NCMC" },
        {
          name: "Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ huyết thống; hoặc thư từ, phim ảnh, băng hình, vật dụng chứng minh quan hệ)",
          copies: "01 bản chính hoặc bản sao",
          note: "Trường hợp không có văn bản xác nhận quan hệ huyết thống thì các bên lập văn bản cam đoan về quan hệ cha, mẹ, con, có ít nhất hai người làm chứng.",
        },
        {
          name: "Căn cước, hộ chiếu hoặc giấy tờ tùy thân khác của các bên",
          copies: "Xuất trình bản chính",
        },
      ],
      timeLimit:
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì thời hạn kéo dài thêm không quá 05 ngày làm việc.",
      applicants: "Cha, mẹ hoặc con có yêu cầu đăng ký nhận cha, mẹ, con.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con",
      result: "Trích lục đăng ký nhận cha, mẹ, con (bản chính).",
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp); miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.",
      forms: [
        {
          code: "TK-NCMC",
          name: "Tờ khai đăng ký nhận cha, mẹ, con (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Bên nhận và bên được nhận đều còn sống; việc nhận cha, mẹ, con không có tranh chấp. Trường hợp người được nhận là con chưa thành niên hoặc người mất năng lực hành vi dân sự thì phải có sự đồng ý của người mẹ hoặc người cha còn lại hoặc người giám hộ.",
      legalBasis: [L.luatHonNhan, L.luatHoTich, L.nd123_2015, L.tt85_2019],
    },
  },
  {
    code: "MAU.HT.05",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai và giấy tờ làm căn cứ tại Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú, hoặc nộp trực tuyến.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu cần xác minh thì thực hiện xác minh.",
        "Nếu việc thay đổi, cải chính, bổ sung là có cơ sở, phù hợp quy định của pháp luật, công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
        "Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch và trả cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp).",
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp; giảm 50% khi nộp trực tuyến nếu tỉnh có quy định).",
        ),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
          copies: "01 bản chính",
          formCode: "TK-TDCC",
        },
        {
          name: "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch (ví dụ: căn cước, hồ sơ học tập, giấy tờ do cơ quan có thẩm quyền cấp có thông tin đúng)",
          copies: "01 bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu",
        },
        {
          name: "Văn bản đồng ý của cha, mẹ hoặc người giám hộ và của người được thay đổi từ đủ 09 tuổi trở lên (trường hợp thay đổi họ, chữ đệm, tên của người chưa thành niên)",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì thời hạn kéo dài thêm không quá 03 ngày làm việc.",
      applicants:
        "Cá nhân có yêu cầu thay đổi, cải chính, bổ sung thông tin hộ tịch; cha, mẹ hoặc người giám hộ đối với người chưa thành niên, người mất năng lực hành vi dân sự.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú của người yêu cầu",
      result:
        "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (bản chính); nội dung được ghi chú vào Sổ hộ tịch và Cơ sở dữ liệu hộ tịch điện tử.",
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp); miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.",
      forms: [
        {
          code: "TK-TDCC",
          name: "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Việc thay đổi họ, chữ đệm, tên phải có lý do chính đáng theo quy định của Bộ luật Dân sự; việc cải chính chỉ thực hiện khi có đủ căn cứ xác định có sai sót do công chức ghi chép hoặc do người yêu cầu khai sai. Thay đổi họ, chữ đệm, tên của người từ đủ 09 tuổi trở lên phải có sự đồng ý của người đó.",
      legalBasis: [L.boLuatDanSu, L.luatHoTich, L.nd123_2015, L.tt04_2020],
    },
  },
  {
    code: "MAU.HT.06",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Cấp bản sao trích lục hộ tịch",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai cấp bản sao trích lục hộ tịch tại Trung tâm Phục vụ hành chính công cấp xã, qua bưu chính hoặc trực tuyến.",
        "Công chức tư pháp - hộ tịch tra cứu thông tin trong Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.",
        "Nếu có thông tin hộ tịch được yêu cầu, Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ký bản sao trích lục hộ tịch.",
        "Trả bản sao trích lục hộ tịch trực tiếp, qua bưu chính hoặc bản điện tử trên tài khoản dịch vụ công.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
          "8.000 đồng/bản sao trích lục.",
        ),
        trucTuyen(
          "full",
          "Ngay trong ngày tiếp nhận yêu cầu hợp lệ; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
          "8.000 đồng/bản sao trích lục; bản điện tử được cung cấp qua tài khoản dịch vụ công.",
        ),
        buuChinh(
          "Ngay trong ngày tiếp nhận yêu cầu hợp lệ (không tính thời gian chuyển phát).",
          "8.000 đồng/bản sao trích lục và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Tờ khai cấp bản sao trích lục hộ tịch", copies: "01 bản chính", formCode: "TK-TLHT" },
        {
          name: "Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp bản sao trích lục)",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
      applicants:
        "Cá nhân có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch của mình hoặc của người khác khi được ủy quyền; cơ quan, tổ chức có yêu cầu theo quy định.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã nơi đã đăng ký sự kiện hộ tịch hoặc nơi có thể khai thác Cơ sở dữ liệu hộ tịch điện tử",
      result: "Bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử...).",
      fees: "Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản.",
      forms: [
        {
          code: "TK-TLHT",
          name: "Tờ khai cấp bản sao trích lục hộ tịch (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions: "Không.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt281_2016],
    },
  },
  {
    code: "MAU.HT.07",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Cấp Giấy xác nhận tình trạng hôn nhân",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân tại Trung tâm Phục vụ hành chính công cấp xã nơi thường trú, hoặc nộp trực tuyến.",
        "Công chức tư pháp - hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch điện tử; trường hợp người yêu cầu đã từng cư trú ở nơi khác thì đề nghị nơi đó xác minh.",
        "Nếu người yêu cầu đủ điều kiện, Chủ tịch Ủy ban nhân dân cấp xã ký Giấy xác nhận tình trạng hôn nhân.",
        "Trả kết quả trực tiếp, qua bưu chính hoặc bản điện tử trên tài khoản dịch vụ công.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh tại nơi cư trú trước đây thì không quá 20 ngày.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 5.000 đồng/trường hợp).",
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 20 ngày.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 5.000 đồng/trường hợp).",
        ),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
          copies: "01 bản chính",
          formCode: "TK-XNHN",
        },
        {
          name: "Bản án, quyết định ly hôn có hiệu lực pháp luật hoặc trích lục khai tử của vợ/chồng (trường hợp đã từng kết hôn)",
          copies: "01 bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu",
        },
        {
          name: "Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại để sử dụng vào mục đích khác hoặc do hết thời hạn sử dụng)",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh tại nơi người yêu cầu đã cư trú trước đây thì không quá 20 ngày.",
      applicants: "Công dân Việt Nam cư trú trong nước có yêu cầu xác nhận tình trạng hôn nhân.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi thường trú của người yêu cầu",
      result: "Giấy xác nhận tình trạng hôn nhân (bản chính), có giá trị sử dụng 06 tháng kể từ ngày cấp.",
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 5.000 đồng/trường hợp); miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.",
      forms: [
        {
          code: "TK-XNHN",
          name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Giấy xác nhận tình trạng hôn nhân được sử dụng đúng mục đích ghi trong giấy; trường hợp sử dụng để đăng ký kết hôn thì phải ghi rõ họ tên, năm sinh, quốc tịch, giấy tờ tùy thân của người dự định kết hôn và nơi dự định đăng ký kết hôn.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt04_2020, L.tt85_2019],
    },
  },
  {
    code: "MAU.HT.08",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký giám hộ",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai và văn bản cử người giám hộ tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ và điều kiện của người giám hộ.",
        "Nếu đủ điều kiện, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký giám hộ và cập nhật Cơ sở dữ liệu hộ tịch điện tử; người yêu cầu ký vào Sổ.",
        "Chủ tịch Ủy ban nhân dân cấp xã cấp Trích lục đăng ký giám hộ cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp).",
        ),
        trucTuyen(
          "partial",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp).",
          "Nộp hồ sơ trực tuyến; người yêu cầu có mặt để ký Sổ đăng ký giám hộ khi nhận kết quả.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký giám hộ", copies: "01 bản chính", formCode: "TK-GH" },
        {
          name: "Văn bản cử người giám hộ của người được cử làm giám hộ hoặc văn bản thỏa thuận cử người giám hộ",
          copies: "01 bản chính",
        },
        {
          name: "Giấy tờ chứng minh điều kiện của người giám hộ (trường hợp giám hộ đương nhiên có nhiều người đủ điều kiện)",
          copies: "01 bản sao hoặc bản chụp kèm bản chính để đối chiếu",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Người được cử làm người giám hộ hoặc người giám hộ đương nhiên theo quy định của Bộ luật Dân sự.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ",
      result: "Trích lục đăng ký giám hộ (bản chính).",
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 15.000 đồng/trường hợp); miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.",
      forms: [
        {
          code: "TK-GH",
          name: "Tờ khai đăng ký giám hộ (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Người giám hộ là cá nhân phải có năng lực hành vi dân sự đầy đủ; có tư cách đạo đức tốt và điều kiện cần thiết để thực hiện quyền, nghĩa vụ của người giám hộ; không phải là người đang bị truy cứu trách nhiệm hình sự hoặc bị kết án nhưng chưa được xóa án tích về các tội theo quy định của Bộ luật Dân sự.",
      legalBasis: [L.boLuatDanSu, L.luatHoTich, L.nd123_2015],
    },
  },
  {
    code: "MAU.HT.09",
    fieldCode: "HT",
    scope: "commune",
    abolishedReplacedBy: "MAU.HT.01",
    content: {
      name: "Đăng ký khai sinh (quy trình cũ)",
      level: "commune",
      steps: [
        "Người đi đăng ký khai sinh nộp tờ khai và Giấy chứng sinh tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân cấp xã.",
        "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.",
        "Công chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ đăng ký khai sinh; người đi đăng ký ký vào Sổ.",
        "Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh cho người được đăng ký khai sinh.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
          "Miễn lệ phí đối với đăng ký khai sinh đúng hạn.",
          "Nộp hồ sơ trực tiếp tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân cấp xã.",
        ),
        buuChinh(
          "Ngay trong ngày tiếp nhận hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký khai sinh", copies: "01 bản chính", formCode: "TK-KS-CU" },
        {
          name: "Giấy chứng sinh hoặc văn bản của người làm chứng, giấy cam đoan về việc sinh",
          copies: "01 bản chính",
        },
        {
          name: "Giấy tờ tùy thân và giấy tờ chứng minh nơi cư trú của người đi đăng ký",
          copies: "Xuất trình bản chính",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
      applicants: "Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ em.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ",
      result: "Giấy khai sinh (bản chính).",
      fees: "Miễn lệ phí đối với đăng ký khai sinh đúng hạn.",
      forms: [
        {
          code: "TK-KS-CU",
          name: "Tờ khai đăng ký khai sinh (Mẫu ban hành kèm theo Thông tư số 15/2015/TT-BTP, đã được thay thế)",
        },
      ],
      conditions: "Đăng ký khai sinh trong thời hạn 60 ngày kể từ ngày sinh con.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt15_2015],
    },
  },
  {
    code: "MAU.HT.10",
    fieldCode: "HT",
    scope: "commune",
    content: {
      name: "Đăng ký lại khai sinh",
      level: "commune",
      steps: [
        "Người yêu cầu nộp tờ khai đăng ký lại khai sinh và các giấy tờ liên quan tại Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi cư trú.",
        "Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ; trường hợp đăng ký lại tại nơi khác với nơi đã đăng ký khai sinh trước đây thì gửi văn bản đề nghị nơi đó kiểm tra, xác minh về việc lưu giữ Sổ hộ tịch.",
        "Nếu việc đăng ký lại khai sinh là đúng quy định, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký khai sinh và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
        "Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh (bản chính) cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì kéo dài thêm không quá 05 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 10.000 đồng/trường hợp).",
        ),
        trucTuyen(
          "partial",
          "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì kéo dài thêm không quá 05 ngày làm việc.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 10.000 đồng/trường hợp).",
          "Nộp hồ sơ trực tuyến; người yêu cầu xuất trình bản chính giấy tờ khi nhận kết quả.",
        ),
      ],
      components: [
        { name: "Tờ khai đăng ký lại khai sinh", copies: "01 bản chính", formCode: "TK-DLKS" },
        {
          name: "Bản sao giấy tờ, hồ sơ có thông tin về họ tên, ngày sinh, nơi sinh, quê quán, dân tộc, quốc tịch, thông tin về cha, mẹ (ví dụ: hồ sơ học tập, hồ sơ cán bộ, giấy tờ tùy thân)",
          copies: "01 bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu",
        },
        {
          name: "Văn bản cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh",
          copies: "01 bản chính",
          note: "Nội dung cam đoan đã được thể hiện trong Tờ khai đăng ký lại khai sinh.",
        },
      ],
      timeLimit:
        "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn kéo dài thêm không quá 05 ngày làm việc.",
      applicants:
        "Cá nhân đã được đăng ký khai sinh nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi người yêu cầu cư trú",
      result: 'Giấy khai sinh (bản chính) có ghi chú "Đăng ký lại".',
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 10.000 đồng/trường hợp); miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.",
      forms: [
        {
          code: "TK-DLKS",
          name: "Tờ khai đăng ký lại khai sinh (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
        },
      ],
      conditions:
        "Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.",
      legalBasis: [L.luatHoTich, L.nd123_2015, L.tt04_2020],
    },
  },
  // ───────────────────────────── Chứng thực ─────────────────────────────
  {
    code: "MAU.CT.01",
    fieldCode: "CT",
    scope: "commune",
    content: {
      name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
      level: "commune",
      steps: [
        "Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Người tiếp nhận kiểm tra bản chính, đối chiếu với bản sao; nếu người yêu cầu chỉ xuất trình bản chính thì tiến hành chụp từ bản chính.",
        "Nếu nội dung bản sao đúng với bản chính và bản chính không thuộc trường hợp bị từ chối chứng thực, người có thẩm quyền ghi lời chứng, ký, ghi rõ họ tên và đóng dấu.",
        "Ghi vào sổ chứng thực, thu phí và trả bản sao đã chứng thực cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trường hợp yêu cầu nhiều bản thì thời hạn có thể kéo dài theo thỏa thuận bằng văn bản.",
          "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
        ),
        trucTuyen(
          "partial",
          "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.",
          "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
          "Chứng thực bản sao điện tử từ bản chính: đăng ký yêu cầu trực tuyến, xuất trình bản chính tại Trung tâm Phục vụ hành chính công cấp xã; kết quả là bản sao điện tử có chữ ký số gửi vào tài khoản dịch vụ công.",
        ),
      ],
      components: [
        {
          name: "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
          copies: "Xuất trình 01 bản chính",
        },
        {
          name: "Bản sao cần chứng thực",
          copies: "Số lượng theo yêu cầu",
          note: "Trường hợp người yêu cầu chỉ xuất trình bản chính thì cơ quan thực hiện chứng thực chụp từ bản chính.",
        },
      ],
      timeLimit:
        "Trong ngày cơ quan tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.",
      applicants: "Cá nhân, tổ chức có yêu cầu chứng thực bản sao.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã (Chủ tịch hoặc Phó Chủ tịch ký chứng thực); tổ chức hành nghề công chứng cũng có thẩm quyền chứng thực bản sao",
      result: "Bản sao được chứng thực từ bản chính.",
      fees: "Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang nhưng tối đa không quá 200.000 đồng/bản. Trang tính phí là trang của bản chính.",
      forms: [],
      conditions:
        "Bản chính không thuộc các trường hợp: bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bị hư hỏng, cũ nát, không xác định được nội dung; đóng dấu mật hoặc ghi rõ không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội; giấy tờ do cá nhân tự lập không có xác nhận của cơ quan có thẩm quyền.",
      legalBasis: [L.nd23_2015, L.tt01_2020, L.tt226_2016, L.nd45_2020],
    },
  },
  {
    code: "MAU.CT.02",
    fieldCode: "CT",
    scope: "commune",
    content: {
      name: "Chứng thực chữ ký trong giấy tờ, văn bản (áp dụng cả trường hợp chứng thực điểm chỉ và người yêu cầu không thể ký, không thể điểm chỉ được)",
      level: "commune",
      steps: [
        "Người yêu cầu chứng thực xuất trình giấy tờ tùy thân và giấy tờ, văn bản sẽ ký tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Người thực hiện chứng thực kiểm tra giấy tờ; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi thì đề nghị ký trước mặt.",
        "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên và đóng dấu; ghi vào sổ chứng thực.",
        "Thu phí và trả giấy tờ, văn bản đã chứng thực chữ ký cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.",
          "10.000 đồng/trường hợp.",
        ),
      ],
      components: [
        {
          name: "Căn cước, hộ chiếu hoặc giấy tờ tùy thân khác còn giá trị sử dụng",
          copies: "Xuất trình bản chính hoặc bản sao có chứng thực",
        },
        {
          name: "Giấy tờ, văn bản mà người yêu cầu sẽ ký",
          copies: "01 bản chính (hoặc số lượng theo yêu cầu)",
        },
      ],
      timeLimit:
        "Trong ngày cơ quan tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.",
      applicants: "Cá nhân có yêu cầu chứng thực chữ ký.",
      implementingAgency: "Ủy ban nhân dân cấp xã",
      result: "Giấy tờ, văn bản được chứng thực chữ ký.",
      fees: "10.000 đồng/trường hợp (một trường hợp là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).",
      forms: [],
      conditions:
        "Người yêu cầu chứng thực tại thời điểm chứng thực phải minh mẫn, nhận thức và làm chủ được hành vi của mình; phải ký trước mặt người thực hiện chứng thực. Giấy tờ, văn bản không có nội dung trái pháp luật, đạo đức xã hội và không thuộc trường hợp chứng thực hợp đồng, giao dịch.",
      legalBasis: [L.nd23_2015, L.tt01_2020, L.tt226_2016],
    },
  },
  {
    code: "MAU.CT.03",
    fieldCode: "CT",
    scope: "commune",
    content: {
      name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
      level: "commune",
      steps: [
        "Người yêu cầu chứng thực nộp phiếu yêu cầu, dự thảo hợp đồng và giấy tờ liên quan tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Người tiếp nhận kiểm tra giấy tờ; nếu đầy đủ, tại thời điểm chứng thực các bên minh mẫn, nhận thức và làm chủ được hành vi thì thực hiện chứng thực.",
        "Các bên tham gia hợp đồng ký trước mặt người thực hiện chứng thực (người đại diện của tổ chức có thể ký trước vào hợp đồng nếu đã đăng ký mẫu chữ ký).",
        "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ghi lời chứng, ký và đóng dấu; ghi vào sổ chứng thực hợp đồng, giao dịch.",
        "Thu phí và trả hợp đồng đã chứng thực cho các bên.",
      ],
      channels: [
        trucTiep(
          "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc thời gian dài hơn theo thỏa thuận bằng văn bản với người yêu cầu.",
          "50.000 đồng/hợp đồng, giao dịch.",
        ),
      ],
      components: [
        {
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch",
          copies: "01 bản chính",
          formCode: "PYC-HD",
        },
        { name: "Dự thảo hợp đồng, giao dịch", copies: "01 bản chính (số bản theo yêu cầu của các bên)" },
        {
          name: "Giấy tờ tùy thân của người yêu cầu chứng thực",
          copies: "01 bản sao kèm bản chính để đối chiếu",
        },
        {
          name: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản gắn liền với đất hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản",
          copies: "01 bản sao kèm bản chính để đối chiếu",
        },
      ],
      timeLimit:
        "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc thời gian dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.",
      applicants: "Cá nhân, tổ chức là các bên tham gia hợp đồng, giao dịch.",
      implementingAgency:
        "Ủy ban nhân dân cấp xã nơi có đất, nhà ở (đối với hợp đồng liên quan đến quyền sử dụng đất, nhà ở)",
      result: "Hợp đồng, giao dịch được chứng thực.",
      fees: "Phí chứng thực hợp đồng, giao dịch: 50.000 đồng/hợp đồng, giao dịch.",
      forms: [
        {
          code: "PYC-HD",
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch (Mẫu ban hành kèm theo Thông tư số 01/2020/TT-BTP)",
        },
      ],
      conditions:
        "Các bên tham gia hợp đồng có năng lực hành vi dân sự, tự nguyện giao kết; nội dung hợp đồng không vi phạm điều cấm của luật, không trái đạo đức xã hội; tài sản không bị kê biên, không có tranh chấp. Người yêu cầu chịu trách nhiệm về nội dung, tính hợp pháp của hợp đồng.",
      legalBasis: [L.nd23_2015, L.tt01_2020, L.tt226_2016, L.luatNhaO],
    },
  },
  {
    code: "MAU.CT.04",
    fieldCode: "CT",
    scope: "commune",
    content: {
      name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
      level: "commune",
      steps: [
        "Các bên nộp phiếu yêu cầu, dự thảo văn bản sửa đổi, bổ sung, hủy bỏ và hợp đồng đã được chứng thực tại Trung tâm Phục vụ hành chính công cấp xã nơi đã chứng thực hợp đồng.",
        "Người tiếp nhận kiểm tra hồ sơ, đối chiếu với hợp đồng đã chứng thực và sổ chứng thực.",
        "Các bên ký trước mặt người thực hiện chứng thực; người có thẩm quyền ghi lời chứng, ký và đóng dấu.",
        "Ghi vào sổ chứng thực, thu phí và trả kết quả.",
      ],
      channels: [
        trucTiep(
          "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "30.000 đồng/hợp đồng, giao dịch.",
        ),
      ],
      components: [
        {
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch",
          copies: "01 bản chính",
          formCode: "PYC-HD",
        },
        { name: "Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", copies: "01 bản chính" },
        { name: "Hợp đồng, giao dịch đã được chứng thực", copies: "01 bản chính" },
        {
          name: "Giấy tờ tùy thân của các bên",
          copies: "01 bản sao kèm bản chính để đối chiếu",
        },
      ],
      timeLimit: "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Các bên đã tham gia hợp đồng, giao dịch đã được chứng thực.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi đã chứng thực hợp đồng, giao dịch",
      result: "Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực.",
      fees: "30.000 đồng/hợp đồng, giao dịch.",
      forms: [
        {
          code: "PYC-HD",
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch (Mẫu ban hành kèm theo Thông tư số 01/2020/TT-BTP)",
        },
      ],
      conditions:
        "Việc sửa đổi, bổ sung, hủy bỏ phải có sự thỏa thuận, cam kết bằng văn bản của tất cả những người đã tham gia hợp đồng, giao dịch.",
      legalBasis: [L.nd23_2015, L.tt01_2020, L.tt226_2016],
    },
  },
  {
    code: "MAU.CT.05",
    fieldCode: "CT",
    scope: "commune",
    content: {
      name: "Chứng thực di chúc",
      level: "commune",
      steps: [
        "Người lập di chúc trực tiếp nộp phiếu yêu cầu và dự thảo di chúc tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Người thực hiện chứng thực kiểm tra giấy tờ, xác định người lập di chúc minh mẫn, sáng suốt, không bị lừa dối, đe dọa, cưỡng ép.",
        "Người lập di chúc ký (hoặc điểm chỉ) vào di chúc trước mặt người thực hiện chứng thực.",
        "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ghi lời chứng, ký, đóng dấu; ghi vào sổ chứng thực và trả di chúc đã chứng thực.",
      ],
      channels: [
        trucTiep(
          "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp người lập di chúc đang bị cái chết đe dọa thì thực hiện chứng thực ngay.",
          "50.000 đồng/di chúc.",
        ),
      ],
      components: [
        {
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch",
          copies: "01 bản chính",
          formCode: "PYC-HD",
        },
        { name: "Dự thảo di chúc", copies: "01 bản chính" },
        { name: "Giấy tờ tùy thân của người lập di chúc", copies: "01 bản sao kèm bản chính để đối chiếu" },
        {
          name: "Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (trường hợp di chúc liên quan đến tài sản phải đăng ký quyền sở hữu, quyền sử dụng)",
          copies: "01 bản sao kèm bản chính để đối chiếu",
        },
      ],
      timeLimit:
        "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp người lập di chúc đang bị cái chết đe dọa đến tính mạng thì thực hiện chứng thực ngay.",
      applicants: "Cá nhân có yêu cầu lập di chúc.",
      implementingAgency: "Ủy ban nhân dân cấp xã",
      result: "Di chúc được chứng thực.",
      fees: "50.000 đồng/di chúc.",
      forms: [
        {
          code: "PYC-HD",
          name: "Phiếu yêu cầu chứng thực hợp đồng, giao dịch (Mẫu ban hành kèm theo Thông tư số 01/2020/TT-BTP)",
        },
      ],
      conditions:
        "Người lập di chúc phải tự mình yêu cầu chứng thực, không được ủy quyền cho người khác; tại thời điểm chứng thực phải minh mẫn, sáng suốt, không bị lừa dối, đe dọa hoặc cưỡng ép; nội dung di chúc không vi phạm điều cấm của luật, không trái đạo đức xã hội.",
      legalBasis: [L.boLuatDanSu, L.nd23_2015, L.tt01_2020, L.tt226_2016],
    },
  },
  // ───────────────────────────── Lý lịch tư pháp ─────────────────────────────
  {
    code: "MAU.LLTP.01",
    fieldCode: "LLTP",
    scope: "province",
    departmentSlug: "so-tu-phap",
    content: {
      name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
      level: "province",
      steps: [
        "Người yêu cầu nộp tờ khai và giấy tờ kèm theo tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID.",
        "Sở Tư pháp kiểm tra hồ sơ; nếu hợp lệ thì cấp phiếu hẹn trả kết quả, nếu chưa hợp lệ thì hướng dẫn bổ sung.",
        "Sở Tư pháp tra cứu cơ sở dữ liệu lý lịch tư pháp; trường hợp cần thiết gửi văn bản đề nghị cơ quan công an, Tòa án và cơ quan liên quan xác minh.",
        "Giám đốc hoặc Phó Giám đốc Sở Tư pháp ký Phiếu lý lịch tư pháp.",
        "Trả Phiếu lý lịch tư pháp trực tiếp, qua bưu chính hoặc Phiếu lý lịch tư pháp điện tử qua tài khoản dịch vụ công.",
      ],
      channels: [
        trucTiep(
          "Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; trường hợp phải xác minh thì không quá 15 ngày.",
          "200.000 đồng/lần/người; 100.000 đồng/lần/người đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ.",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; trường hợp phải xác minh thì không quá 15 ngày.",
          "200.000 đồng/lần/người (mức ưu đãi khi nộp trực tuyến theo quy định hiện hành, nếu có); thanh toán trực tuyến.",
          "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID (đối với công dân Việt Nam có tài khoản định danh điện tử mức độ 2).",
        ),
        buuChinh(
          "Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ (không tính thời gian chuyển phát).",
          "200.000 đồng/lần/người và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
          copies: "01 bản chính",
          formCode: "TK-LLTP",
        },
        {
          name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp dành cho trường hợp ủy quyền",
          copies: "01 bản chính",
          formCode: "TK-LLTP-UQ",
          note: "Chỉ áp dụng khi ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1.",
        },
        {
          name: "Bản chụp giấy tờ tùy thân (căn cước, hộ chiếu) của người được cấp Phiếu",
          copies: "01 bản chụp",
        },
        {
          name: "Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)",
          copies: "01 bản chính",
          note: "Không phải có văn bản ủy quyền nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền.",
        },
      ],
      timeLimit:
        "Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ. Trường hợp người được cấp Phiếu là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, người nước ngoài, hoặc phải xác minh về điều kiện đương nhiên được xóa án tích thì không quá 15 ngày.",
      applicants:
        "Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam có yêu cầu cấp Phiếu lý lịch tư pháp về bản thân.",
      implementingAgency:
        "Sở Tư pháp tỉnh nơi người yêu cầu thường trú hoặc tạm trú (đối với công dân Việt Nam), nơi cư trú (đối với người nước ngoài)",
      result: "Phiếu lý lịch tư pháp số 1 hoặc Phiếu lý lịch tư pháp số 2 (bản giấy hoặc bản điện tử).",
      fees: "Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người; 100.000 đồng/lần/người đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ. Miễn phí đối với trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn. Từ Phiếu thứ 3 trở đi trong một lần yêu cầu thu thêm 5.000 đồng/Phiếu.",
      forms: [
        { code: "TK-LLTP", name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)" },
        {
          code: "TK-LLTP-UQ",
          name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp dành cho trường hợp ủy quyền (Mẫu số 04/2013/TT-LLTP)",
        },
      ],
      conditions:
        "Người yêu cầu cấp Phiếu lý lịch tư pháp số 2 không được ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu.",
      legalBasis: [L.luatLLTP, L.nd111_2010, L.tt16_2013, L.tt244_2016],
    },
  },
  {
    code: "MAU.LLTP.02",
    fieldCode: "LLTP",
    scope: "province",
    departmentSlug: "so-tu-phap",
    content: {
      name: "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng, cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
      level: "province",
      steps: [
        "Cơ quan, tổ chức gửi văn bản yêu cầu cấp Phiếu lý lịch tư pháp đến Sở Tư pháp nơi người được cấp Phiếu thường trú hoặc tạm trú.",
        "Sở Tư pháp kiểm tra văn bản yêu cầu; nếu chưa đủ thông tin thì đề nghị cơ quan, tổ chức bổ sung.",
        "Sở Tư pháp tra cứu cơ sở dữ liệu lý lịch tư pháp và xác minh tại các cơ quan liên quan khi cần thiết.",
        "Giám đốc hoặc Phó Giám đốc Sở Tư pháp ký Phiếu lý lịch tư pháp và gửi cho cơ quan, tổ chức yêu cầu.",
      ],
      channels: [
        trucTiep(
          "Không quá 10 ngày kể từ ngày nhận được yêu cầu; trường hợp khẩn cấp theo yêu cầu của cơ quan tiến hành tố tụng thì không quá 24 giờ.",
          "Không thu phí đối với cơ quan tiến hành tố tụng; các trường hợp khác theo Thông tư số 244/2016/TT-BTC.",
          NOP_TINH,
        ),
        buuChinh(
          "Không quá 10 ngày kể từ ngày nhận được yêu cầu; trường hợp phải xác minh thì không quá 15 ngày.",
          "Không thu phí đối với cơ quan tiến hành tố tụng; các trường hợp khác theo Thông tư số 244/2016/TT-BTC.",
        ),
      ],
      components: [
        {
          name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
          copies: "01 bản chính",
          formCode: "VB-LLTP-05a",
        },
        {
          name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng",
          copies: "01 bản chính",
          formCode: "VB-LLTP-05b",
        },
      ],
      timeLimit:
        "Không quá 10 ngày kể từ ngày nhận được yêu cầu; trường hợp phải xác minh thì không quá 15 ngày; trường hợp khẩn cấp theo yêu cầu của cơ quan tiến hành tố tụng thì không quá 24 giờ.",
      applicants:
        "Cơ quan tiến hành tố tụng; cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội yêu cầu cấp Phiếu lý lịch tư pháp để phục vụ công tác quản lý nhân sự, hoạt động đăng ký kinh doanh, thành lập, quản lý doanh nghiệp.",
      implementingAgency: "Sở Tư pháp tỉnh",
      result:
        "Phiếu lý lịch tư pháp số 1 (cấp cho cơ quan nhà nước, tổ chức) hoặc Phiếu lý lịch tư pháp số 2 (cấp cho cơ quan tiến hành tố tụng).",
      fees: "Không thu phí đối với cơ quan tiến hành tố tụng yêu cầu cấp để phục vụ điều tra, truy tố, xét xử; các trường hợp khác thu theo Thông tư số 244/2016/TT-BTC.",
      forms: [
        {
          code: "VB-LLTP-05a",
          name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 05a/2013/TT-LLTP)",
        },
        {
          code: "VB-LLTP-05b",
          name: "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng (Mẫu số 05b/2013/TT-LLTP)",
        },
      ],
      conditions:
        "Văn bản yêu cầu phải ghi rõ mục đích sử dụng Phiếu lý lịch tư pháp và thông tin nhân thân của người được cấp Phiếu.",
      legalBasis: [L.luatLLTP, L.nd111_2010, L.tt16_2013, L.tt244_2016],
    },
  },
  // ───────────────────────────── Đất đai ─────────────────────────────
  {
    code: "MAU.DD.01",
    fieldCode: "DD",
    scope: "commune",
    content: {
      name: "Hòa giải tranh chấp đất đai",
      level: "commune",
      steps: [
        "Người có tranh chấp nộp đơn đề nghị hòa giải tranh chấp đất đai tại Trung tâm Phục vụ hành chính công cấp xã nơi có đất tranh chấp.",
        "Ủy ban nhân dân cấp xã thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu có liên quan do các bên cung cấp về nguồn gốc, quá trình sử dụng đất và hiện trạng sử dụng đất.",
        "Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập Hội đồng hòa giải tranh chấp đất đai.",
        "Hội đồng tổ chức cuộc họp hòa giải có sự tham gia của các bên tranh chấp, thành viên Hội đồng và người có quyền lợi, nghĩa vụ liên quan.",
        "Lập biên bản hòa giải thành hoặc hòa giải không thành; gửi biên bản cho các bên tranh chấp và lưu hồ sơ tại Ủy ban nhân dân cấp xã.",
      ],
      channels: [
        trucTiep("Không quá 30 ngày kể từ ngày nhận được đơn đề nghị.", "Không."),
        buuChinh(
          "Không quá 30 ngày kể từ ngày nhận được đơn đề nghị.",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Đơn đề nghị hòa giải tranh chấp đất đai", copies: "01 bản chính", formCode: "DON-HGTC" },
        {
          name: "Giấy tờ, tài liệu liên quan đến nguồn gốc, quá trình sử dụng thửa đất đang tranh chấp (nếu có)",
          copies: "01 bản sao",
        },
      ],
      timeLimit:
        "Không quá 30 ngày kể từ ngày Ủy ban nhân dân cấp xã nhận được đơn đề nghị giải quyết tranh chấp đất đai.",
      applicants: "Hộ gia đình, cá nhân, cộng đồng dân cư, tổ chức có tranh chấp đất đai.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi có đất tranh chấp",
      result: "Biên bản hòa giải thành hoặc biên bản hòa giải không thành.",
      fees: "Không.",
      forms: [{ code: "DON-HGTC", name: "Đơn đề nghị hòa giải tranh chấp đất đai (mẫu tham khảo)" }],
      conditions:
        "Tranh chấp đất đai mà các bên tranh chấp không tự hòa giải được hoặc hòa giải ở cơ sở không thành. Trường hợp hòa giải thành mà có thay đổi hiện trạng về ranh giới, diện tích, người sử dụng đất thì các bên thực hiện đăng ký biến động đất đai theo quy định.",
      legalBasis: [L.luatDatDai, L.nd102_2024, L.nd151_2025],
    },
  },
  {
    code: "MAU.DD.02",
    fieldCode: "DD",
    scope: "commune",
    content: {
      name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
      level: "multi",
      steps: [
        "Người sử dụng đất nộp hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã nơi có đất hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "Trung tâm Phục vụ hành chính công cấp xã kiểm tra thành phần hồ sơ, cấp giấy tiếp nhận và chuyển hồ sơ đến Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai.",
        "Văn phòng đăng ký đất đai kiểm tra hồ sơ, gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính (nếu có).",
        "Người sử dụng đất nộp lệ phí trước bạ, thuế thu nhập cá nhân (nếu có) theo thông báo của cơ quan thuế và nộp chứng từ.",
        "Văn phòng đăng ký đất đai chỉnh lý, cập nhật biến động vào hồ sơ địa chính, cơ sở dữ liệu đất đai; xác nhận nội dung biến động trên Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới.",
        "Trả kết quả tại Trung tâm Phục vụ hành chính công cấp xã hoặc qua bưu chính.",
      ],
      channels: [
        trucTiep(
          "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định.",
        ),
        trucTuyen(
          "partial",
          "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định.",
          "Nộp hồ sơ trực tuyến; nộp bản chính Giấy chứng nhận đã cấp khi nhận kết quả.",
        ),
        buuChinh(
          "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát và thực hiện nghĩa vụ tài chính).",
          "Lệ phí, phí theo mức Hội đồng nhân dân tỉnh quy định và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
          copies: "01 bản chính",
          formCode: "MAU-11-DK",
        },
        {
          name: "Hợp đồng, văn bản về chuyển nhượng, tặng cho quyền sử dụng đất hoặc văn bản thỏa thuận phân chia di sản thừa kế đã được công chứng hoặc chứng thực",
          copies: "01 bản chính",
        },
        { name: "Giấy chứng nhận đã cấp", copies: "01 bản chính" },
        {
          name: "Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân và giấy tờ chứng minh được miễn, giảm nghĩa vụ tài chính (nếu có)",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý đối với trường hợp vi phạm pháp luật đất đai.",
      applicants:
        "Cá nhân, hộ gia đình, tổ chức nhận chuyển nhượng, nhận tặng cho, nhận thừa kế quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
      implementingAgency:
        "Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai (thuộc Sở Nông nghiệp và Môi trường); tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã",
      result:
        "Giấy chứng nhận đã cấp được xác nhận nội dung biến động hoặc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mới.",
      fees: "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định; lệ phí trước bạ, thuế thu nhập cá nhân (nếu có) theo quy định của pháp luật về thuế.",
      forms: [
        {
          code: "MAU-11-DK",
          name: "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK ban hành kèm theo Nghị định số 101/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Có Giấy chứng nhận (trừ trường hợp thừa kế theo quy định); đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên để bảo đảm thi hành án; trong thời hạn sử dụng đất; không bị áp dụng biện pháp khẩn cấp tạm thời.",
      legalBasis: [L.luatDatDai, L.nd101_2024, L.nd151_2025, L.tt85_2019],
    },
  },
  {
    code: "MAU.DD.03",
    fieldCode: "DD",
    scope: "commune",
    content: {
      name: "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu cho cá nhân, hộ gia đình, cộng đồng dân cư",
      level: "commune",
      steps: [
        "Người sử dụng đất nộp hồ sơ đăng ký, cấp Giấy chứng nhận lần đầu tại Trung tâm Phục vụ hành chính công cấp xã nơi có đất.",
        "Ủy ban nhân dân cấp xã kiểm tra hồ sơ, xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp, nguồn gốc và thời điểm sử dụng đất; niêm yết công khai kết quả kiểm tra trong 15 ngày.",
        "Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai trích đo địa chính thửa đất (nếu cần), kiểm tra hồ sơ và gửi thông tin đến cơ quan thuế.",
        "Người sử dụng đất thực hiện nghĩa vụ tài chính theo thông báo của cơ quan thuế (nếu có).",
        "Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận; cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai.",
        "Trả Giấy chứng nhận tại Trung tâm Phục vụ hành chính công cấp xã.",
      ],
      channels: [
        trucTiep(
          "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian niêm yết công khai và thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 100.000 đồng/giấy chứng nhận).",
        ),
        trucTuyen(
          "partial",
          "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian niêm yết công khai và thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định.",
          "Nộp hồ sơ trực tuyến; nộp bản chính giấy tờ về quyền sử dụng đất khi nhận kết quả.",
        ),
      ],
      components: [
        {
          name: "Đơn đăng ký đất đai, tài sản gắn liền với đất",
          copies: "01 bản chính",
          formCode: "MAU-04-DK",
        },
        {
          name: "Giấy tờ về quyền sử dụng đất theo quy định tại Điều 137 Luật Đất đai (nếu có)",
          copies: "01 bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu",
        },
        {
          name: "Mảnh trích đo bản đồ địa chính thửa đất (đối với nơi chưa có bản đồ địa chính)",
          copies: "01 bản chính",
        },
        {
          name: "Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)",
          copies: "01 bản sao",
        },
      ],
      timeLimit:
        "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian niêm yết công khai, trích đo địa chính và thực hiện nghĩa vụ tài chính.",
      applicants: "Cá nhân, hộ gia đình, cộng đồng dân cư đang sử dụng đất chưa được cấp Giấy chứng nhận.",
      implementingAgency:
        "Chủ tịch Ủy ban nhân dân cấp xã nơi có đất; Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai phối hợp thực hiện",
      result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
      fees: "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ cấp Giấy chứng nhận theo mức Hội đồng nhân dân tỉnh quy định; tiền sử dụng đất, lệ phí trước bạ (nếu có) theo thông báo của cơ quan thuế.",
      forms: [
        {
          code: "MAU-04-DK",
          name: "Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK ban hành kèm theo Nghị định số 101/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Đất đang sử dụng ổn định, không có tranh chấp; phù hợp với quy hoạch sử dụng đất hoặc quy hoạch xây dựng đã được phê duyệt; không vi phạm pháp luật về đất đai hoặc đã xử lý xong vi phạm theo quy định.",
      legalBasis: [L.luatDatDai, L.nd101_2024, L.nd151_2025],
    },
  },
  {
    code: "MAU.DD.04",
    fieldCode: "DD",
    scope: "province",
    departmentSlug: "so-nong-nghiep-moi-truong",
    content: {
      name: "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư đối với tổ chức",
      level: "province",
      steps: [
        "Tổ chức có nhu cầu nộp hồ sơ đề nghị giao đất, cho thuê đất tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Nông nghiệp và Môi trường kiểm tra hồ sơ; chỉ đạo lập, trích lục hoặc trích đo bản đồ địa chính khu đất.",
        "Sở Nông nghiệp và Môi trường thẩm định, lập tờ trình kèm dự thảo quyết định giao đất, cho thuê đất trình Ủy ban nhân dân tỉnh.",
        "Ủy ban nhân dân tỉnh ban hành quyết định giao đất, cho thuê đất; cơ quan thuế xác định và thông báo tiền sử dụng đất, tiền thuê đất.",
        "Tổ chức nộp tiền sử dụng đất, tiền thuê đất; ký hợp đồng thuê đất (trường hợp thuê đất); nhận bàn giao đất trên thực địa và Giấy chứng nhận.",
      ],
      channels: [
        trucTiep(
          "Không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian bồi thường, giải phóng mặt bằng và thực hiện nghĩa vụ tài chính.",
          "Phí thẩm định hồ sơ (nếu có) theo mức Hội đồng nhân dân tỉnh quy định.",
          NOP_TINH,
        ),
        trucTuyen(
          "partial",
          "Không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian bồi thường, giải phóng mặt bằng và thực hiện nghĩa vụ tài chính.",
          "Phí thẩm định hồ sơ (nếu có) theo mức Hội đồng nhân dân tỉnh quy định.",
        ),
      ],
      components: [
        { name: "Đơn xin giao đất, cho thuê đất", copies: "01 bản chính", formCode: "DON-GD-CTD" },
        {
          name: "Văn bản chấp thuận chủ trương đầu tư hoặc quyết định phê duyệt dự án đầu tư (nếu có)",
          copies: "01 bản sao",
        },
        {
          name: "Trích lục bản đồ địa chính hoặc trích đo bản đồ địa chính khu đất",
          copies: "01 bản chính",
        },
        {
          name: "Báo cáo thuyết minh về nhu cầu sử dụng đất và năng lực tài chính của tổ chức",
          copies: "01 bản chính",
        },
      ],
      timeLimit:
        "Không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian bồi thường, hỗ trợ, tái định cư và thời gian thực hiện nghĩa vụ tài chính.",
      applicants:
        "Tổ chức trong nước, tổ chức kinh tế có vốn đầu tư nước ngoài được Nhà nước giao đất, cho thuê đất.",
      implementingAgency:
        "Ủy ban nhân dân tỉnh (quyết định); Sở Nông nghiệp và Môi trường (tiếp nhận, thẩm định, tham mưu)",
      result:
        "Quyết định giao đất, cho thuê đất; hợp đồng thuê đất (nếu thuê đất); Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
      fees: "Phí thẩm định hồ sơ (nếu có) theo mức Hội đồng nhân dân tỉnh quy định; tiền sử dụng đất, tiền thuê đất theo thông báo của cơ quan thuế.",
      forms: [
        {
          code: "DON-GD-CTD",
          name: "Đơn xin giao đất, cho thuê đất (Mẫu ban hành kèm theo Nghị định số 102/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Khu đất phù hợp với quy hoạch sử dụng đất đã được phê duyệt; có văn bản chấp thuận chủ trương đầu tư đối với dự án phải chấp thuận; người được giao đất, cho thuê đất đáp ứng điều kiện về năng lực tài chính, ký quỹ và không vi phạm pháp luật về đất đai đối với dự án khác.",
      legalBasis: [L.luatDatDai, L.nd102_2024, L.nd151_2025],
    },
  },
  {
    code: "MAU.DD.05",
    fieldCode: "DD",
    scope: "commune",
    content: {
      name: "Chuyển mục đích sử dụng đất đối với cá nhân",
      level: "commune",
      steps: [
        "Người sử dụng đất nộp đơn xin chuyển mục đích sử dụng đất và Giấy chứng nhận tại Trung tâm Phục vụ hành chính công cấp xã nơi có đất.",
        "Cơ quan chuyên môn về nông nghiệp và môi trường cấp xã kiểm tra hồ sơ, xác minh thực địa và thẩm định nhu cầu chuyển mục đích sử dụng đất.",
        "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định cho phép chuyển mục đích sử dụng đất; thông tin được gửi đến cơ quan thuế.",
        "Người sử dụng đất nộp tiền sử dụng đất theo thông báo của cơ quan thuế.",
        "Văn phòng đăng ký đất đai hoặc Chi nhánh chỉnh lý Giấy chứng nhận hoặc cấp Giấy chứng nhận mới; trả kết quả tại Trung tâm Phục vụ hành chính công cấp xã.",
      ],
      channels: [
        trucTiep(
          "Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định.",
        ),
        trucTuyen(
          "partial",
          "Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính.",
          "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định.",
          "Nộp hồ sơ trực tuyến; nộp bản chính Giấy chứng nhận khi nhận kết quả.",
        ),
      ],
      components: [
        {
          name: "Đơn xin chuyển mục đích sử dụng đất",
          copies: "01 bản chính",
          formCode: "DON-CMD",
        },
        { name: "Giấy chứng nhận quyền sử dụng đất đã cấp", copies: "01 bản chính" },
      ],
      timeLimit:
        "Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính.",
      applicants: "Cá nhân, hộ gia đình đang sử dụng đất có nhu cầu chuyển mục đích sử dụng đất.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã nơi có đất",
      result:
        "Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận đã cấp được chỉnh lý hoặc Giấy chứng nhận mới.",
      fees: "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo mức Hội đồng nhân dân tỉnh quy định; tiền sử dụng đất theo thông báo của cơ quan thuế.",
      forms: [
        {
          code: "DON-CMD",
          name: "Đơn xin chuyển mục đích sử dụng đất (Mẫu ban hành kèm theo Nghị định số 102/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Việc chuyển mục đích sử dụng đất phải phù hợp với quy hoạch sử dụng đất đã được cơ quan có thẩm quyền phê duyệt; người sử dụng đất thực hiện đầy đủ nghĩa vụ tài chính theo quy định.",
      legalBasis: [L.luatDatDai, L.nd102_2024, L.nd151_2025],
    },
  },
  // ───────────────────────────── Xây dựng ─────────────────────────────
  {
    code: "MAU.XD.01",
    fieldCode: "XD",
    scope: "commune",
    content: {
      name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
      level: "commune",
      steps: [
        "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Trung tâm Phục vụ hành chính công cấp xã nơi xây dựng công trình hoặc nộp trực tuyến.",
        "Trung tâm Phục vụ hành chính công cấp xã kiểm tra thành phần hồ sơ; nếu chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.",
        "Cơ quan chuyên môn về xây dựng cấp xã thẩm định hồ sơ, kiểm tra thực địa; nếu cần điều chỉnh thì thông báo cho chủ đầu tư.",
        "Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng kèm theo bản vẽ thiết kế được đóng dấu.",
        "Trả giấy phép xây dựng cho chủ đầu tư tại Trung tâm Phục vụ hành chính công cấp xã hoặc qua bưu chính.",
      ],
      channels: [
        trucTiep(
          "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép).",
        ),
        trucTuyen(
          "full",
          "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép); thanh toán trực tuyến.",
        ),
        buuChinh(
          "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Đơn đề nghị cấp giấy phép xây dựng", copies: "01 bản chính", formCode: "DON-GPXD" },
        {
          name: "Giấy tờ hợp pháp về quyền sử dụng đất theo quy định của pháp luật về đất đai",
          copies: "01 bản sao có chứng thực hoặc bản sao điện tử",
        },
        {
          name: "Bản vẽ thiết kế xây dựng: bản vẽ mặt bằng công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật",
          copies: "02 bộ",
        },
        {
          name: "Bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp công trình xây chen có tầng hầm)",
          copies: "01 bản chính",
        },
      ],
      timeLimit: "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi xây dựng nhà ở",
      result: "Giấy phép xây dựng kèm theo hồ sơ thiết kế được đóng dấu xác nhận.",
      fees: "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép).",
      forms: [
        {
          code: "DON-GPXD",
          name: "Đơn đề nghị cấp giấy phép xây dựng (theo mẫu quy định tại Nghị định số 175/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù hợp với quy hoạch chi tiết xây dựng, quy chế quản lý kiến trúc (nếu có); bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về bảo vệ môi trường, phòng cháy, chữa cháy; thiết kế nhà ở riêng lẻ đáp ứng yêu cầu theo quy định.",
      legalBasis: [L.luatXayDung, L.luatXayDungSuaDoi, L.nd175_2024, L.tt85_2019],
    },
  },
  {
    code: "MAU.XD.02",
    fieldCode: "XD",
    scope: "commune",
    content: {
      name: "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ",
      level: "commune",
      steps: [
        "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép sửa chữa, cải tạo tại Trung tâm Phục vụ hành chính công cấp xã hoặc nộp trực tuyến.",
        "Trung tâm Phục vụ hành chính công cấp xã kiểm tra thành phần hồ sơ và chuyển cơ quan chuyên môn về xây dựng cấp xã.",
        "Cơ quan chuyên môn thẩm định hồ sơ, kiểm tra hiện trạng công trình; trình Chủ tịch Ủy ban nhân dân cấp xã.",
        "Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng; trả kết quả cho chủ đầu tư.",
      ],
      channels: [
        trucTiep(
          "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép).",
        ),
        trucTuyen(
          "full",
          "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép).",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình",
          copies: "01 bản chính",
          formCode: "DON-GPXD-SC",
        },
        {
          name: "Giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình, nhà ở theo quy định của pháp luật",
          copies: "01 bản sao có chứng thực hoặc bản sao điện tử",
        },
        {
          name: "Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị được cải tạo",
          copies: "02 bộ",
        },
        { name: "Bản vẽ thiết kế sửa chữa, cải tạo", copies: "02 bộ" },
      ],
      timeLimit: "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Hộ gia đình, cá nhân là chủ sở hữu nhà ở riêng lẻ có nhu cầu sửa chữa, cải tạo làm thay đổi kết cấu chịu lực, công năng hoặc kiến trúc mặt ngoài.",
      implementingAgency: "Ủy ban nhân dân cấp xã nơi có nhà ở",
      result: "Giấy phép sửa chữa, cải tạo công trình.",
      fees: "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 75.000 đồng/giấy phép).",
      forms: [
        {
          code: "DON-GPXD-SC",
          name: "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình (theo mẫu quy định tại Nghị định số 175/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Việc sửa chữa, cải tạo phù hợp với quy hoạch, quy chế quản lý kiến trúc; bảo đảm an toàn chịu lực, an toàn phòng, chống cháy, nổ và không ảnh hưởng đến công trình lân cận.",
      legalBasis: [L.luatXayDung, L.luatXayDungSuaDoi, L.nd175_2024, L.tt85_2019],
    },
  },
  {
    code: "MAU.XD.03",
    fieldCode: "XD",
    scope: "province",
    departmentSlug: "so-xay-dung",
    content: {
      name: "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến)",
      level: "province",
      steps: [
        "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Xây dựng kiểm tra hồ sơ; nếu chưa đầy đủ thì thông báo bằng văn bản để chủ đầu tư bổ sung, hoàn thiện một lần.",
        "Sở Xây dựng thẩm định hồ sơ, kiểm tra thực địa; lấy ý kiến các cơ quan quản lý nhà nước về lĩnh vực liên quan (nếu cần).",
        "Giám đốc Sở Xây dựng ký giấy phép xây dựng kèm hồ sơ thiết kế được đóng dấu xác nhận.",
        "Trả kết quả cho chủ đầu tư tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính hoặc trực tuyến.",
      ],
      channels: [
        trucTiep(
          "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 150.000 đồng/giấy phép).",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 150.000 đồng/giấy phép).",
        ),
        buuChinh(
          "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Đơn đề nghị cấp giấy phép xây dựng", copies: "01 bản chính", formCode: "DON-GPXD-CT" },
        {
          name: "Giấy tờ hợp pháp về quyền sử dụng đất theo quy định của pháp luật về đất đai",
          copies: "01 bản sao có chứng thực hoặc bản sao điện tử",
        },
        {
          name: "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở của cơ quan chuyên môn về xây dựng (nếu có)",
          copies: "01 bản sao",
        },
        {
          name: "Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy; văn bản kết quả thực hiện thủ tục về bảo vệ môi trường (nếu có)",
          copies: "01 bản sao",
        },
        {
          name: "Bản vẽ thiết kế xây dựng: mặt bằng tổng thể, mặt bằng, mặt đứng, mặt cắt chính, móng, sơ đồ đấu nối hạ tầng kỹ thuật",
          copies: "02 bộ",
        },
      ],
      timeLimit: "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Chủ đầu tư xây dựng công trình (tổ chức, cá nhân).",
      implementingAgency: "Sở Xây dựng tỉnh",
      result: "Giấy phép xây dựng kèm theo hồ sơ thiết kế được đóng dấu xác nhận.",
      fees: "Lệ phí cấp giấy phép xây dựng theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 150.000 đồng/giấy phép).",
      forms: [
        {
          code: "DON-GPXD-CT",
          name: "Đơn đề nghị cấp giấy phép xây dựng dùng cho công trình không theo tuyến (theo mẫu quy định tại Nghị định số 175/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Phù hợp với quy hoạch xây dựng, quy hoạch có tính chất kỹ thuật chuyên ngành đã được phê duyệt; bảo đảm an toàn công trình, an toàn phòng, chống cháy, nổ, bảo vệ môi trường; thiết kế xây dựng đã được thẩm định, phê duyệt theo quy định; đáp ứng yêu cầu về chỉ giới xây dựng, khoảng lùi, mật độ xây dựng.",
      legalBasis: [L.luatXayDung, L.luatXayDungSuaDoi, L.nd175_2024, L.tt85_2019],
    },
  },
  {
    code: "MAU.XD.04",
    fieldCode: "XD",
    scope: "province",
    departmentSlug: "so-xay-dung",
    content: {
      name: "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng hoặc điều chỉnh Báo cáo nghiên cứu khả thi đầu tư xây dựng",
      level: "province",
      steps: [
        "Người đề nghị thẩm định nộp tờ trình và hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua Hệ thống thông tin giải quyết thủ tục hành chính.",
        "Sở Xây dựng kiểm tra hồ sơ; trong 05 ngày làm việc có văn bản yêu cầu bổ sung hoặc từ chối nếu không thuộc thẩm quyền.",
        "Sở Xây dựng tổ chức thẩm định; lấy ý kiến cơ quan, tổ chức liên quan và yêu cầu thẩm tra (nếu cần).",
        "Sở Xây dựng ban hành văn bản thông báo kết quả thẩm định gửi người đề nghị thẩm định.",
      ],
      channels: [
        trucTiep(
          "Không quá 35 ngày đối với dự án nhóm B; không quá 25 ngày đối với dự án nhóm C, kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định dự án đầu tư xây dựng theo Thông tư số 28/2023/TT-BTC.",
          NOP_TINH,
        ),
        trucTuyen(
          "partial",
          "Không quá 35 ngày đối với dự án nhóm B; không quá 25 ngày đối với dự án nhóm C, kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định dự án đầu tư xây dựng theo Thông tư số 28/2023/TT-BTC.",
          "Nộp hồ sơ điện tử; nộp hồ sơ thiết kế bản giấy khi có yêu cầu của cơ quan thẩm định.",
        ),
      ],
      components: [
        {
          name: "Tờ trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
          copies: "01 bản chính",
          formCode: "TT-TDDA",
        },
        {
          name: "Báo cáo nghiên cứu khả thi đầu tư xây dựng (thuyết minh và thiết kế cơ sở)",
          copies: "01 bộ",
        },
        {
          name: "Văn bản chấp thuận chủ trương đầu tư hoặc quyết định chủ trương đầu tư; quyết định lựa chọn phương án thiết kế kiến trúc (nếu có)",
          copies: "01 bản sao",
        },
        {
          name: "Hồ sơ khảo sát xây dựng phục vụ lập dự án; văn bản thẩm định, ý kiến của cơ quan liên quan về phòng cháy, chữa cháy, môi trường",
          copies: "01 bộ",
        },
      ],
      timeLimit:
        "Không quá 35 ngày đối với dự án nhóm B và không quá 25 ngày đối với dự án nhóm C, kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Chủ đầu tư hoặc cơ quan, tổ chức được giao chuẩn bị dự án đầu tư xây dựng.",
      implementingAgency: "Sở Xây dựng tỉnh",
      result: "Văn bản thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng.",
      fees: "Phí thẩm định dự án đầu tư xây dựng theo Thông tư số 28/2023/TT-BTC, mức thu tính theo tổng mức đầu tư của dự án.",
      forms: [
        {
          code: "TT-TDDA",
          name: "Tờ trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng (theo mẫu quy định tại Nghị định số 175/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Dự án thuộc thẩm quyền thẩm định của cơ quan chuyên môn về xây dựng cấp tỉnh; hồ sơ do tổ chức, cá nhân có đủ điều kiện năng lực lập.",
      legalBasis: [L.luatXayDung, L.luatXayDungSuaDoi, L.nd175_2024, L.tt28_2023],
    },
  },
  {
    code: "MAU.XD.05",
    fieldCode: "XD",
    scope: "province",
    departmentSlug: "so-xay-dung",
    content: {
      name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
      level: "province",
      steps: [
        "Cá nhân nộp hồ sơ đề nghị cấp chứng chỉ hành nghề trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Sở Xây dựng kiểm tra hồ sơ; nếu chưa đầy đủ thì thông báo cho cá nhân bổ sung.",
        "Cá nhân tham dự sát hạch kinh nghiệm nghề nghiệp và kiến thức pháp luật theo lịch do Sở Xây dựng thông báo (trừ trường hợp được miễn sát hạch).",
        "Hội đồng xét cấp chứng chỉ đánh giá năng lực; Giám đốc Sở Xây dựng ký cấp chứng chỉ hành nghề.",
        "Chứng chỉ được cập nhật lên Trang thông tin điện tử của Sở Xây dựng và trả cho cá nhân.",
      ],
      channels: [
        trucTiep(
          "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định và lệ phí cấp chứng chỉ theo Thông tư số 38/2022/TT-BTC (dữ liệu mẫu: lệ phí 300.000 đồng/chứng chỉ).",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định và lệ phí cấp chứng chỉ theo Thông tư số 38/2022/TT-BTC (dữ liệu mẫu: lệ phí 300.000 đồng/chứng chỉ).",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng",
          copies: "01 bản chính",
          formCode: "DON-CCHN",
        },
        {
          name: "Ảnh màu cỡ 4x6 cm nền trắng chụp trong thời gian không quá 06 tháng",
          copies: "01 ảnh (file ảnh nếu nộp trực tuyến)",
        },
        {
          name: "Văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với loại, hạng chứng chỉ đề nghị cấp",
          copies: "01 bản sao có chứng thực hoặc tệp tin chứa ảnh màu chụp từ bản chính",
        },
        {
          name: "Bản khai kinh nghiệm làm việc có xác nhận của cơ quan, tổ chức nơi làm việc",
          copies: "01 bản chính",
          formCode: "BK-KN",
        },
      ],
      timeLimit: "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Cá nhân là công dân Việt Nam, người nước ngoài có yêu cầu cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III.",
      implementingAgency: "Sở Xây dựng tỉnh",
      result: "Chứng chỉ hành nghề hoạt động xây dựng (bản điện tử hoặc bản giấy).",
      fees: "Phí thẩm định cấp chứng chỉ hành nghề và lệ phí cấp chứng chỉ theo Thông tư số 38/2022/TT-BTC (dữ liệu mẫu: lệ phí 300.000 đồng/chứng chỉ).",
      forms: [
        {
          code: "DON-CCHN",
          name: "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng (theo mẫu quy định tại Nghị định số 175/2024/NĐ-CP)",
        },
        { code: "BK-KN", name: "Bản khai kinh nghiệm làm việc (mẫu tham khảo)" },
      ],
      conditions:
        "Có đủ năng lực hành vi dân sự; có giấy tờ về cư trú hoặc giấy phép lao động tại Việt Nam (đối với người nước ngoài); có trình độ chuyên môn được đào tạo, thời gian và kinh nghiệm tham gia công việc phù hợp với nội dung đề nghị cấp chứng chỉ; đạt yêu cầu sát hạch.",
      legalBasis: [L.luatXayDung, L.luatXayDungSuaDoi, L.nd175_2024, L.tt38_2022],
    },
  },
  // ───────────────────────────── Bảo trợ xã hội ─────────────────────────────
  {
    code: "MAU.BTXH.01",
    fieldCode: "BTXH",
    scope: "commune",
    content: {
      name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
      level: "commune",
      steps: [
        "Đối tượng hoặc người giám hộ nộp tờ khai đề nghị trợ giúp xã hội tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú hoặc nộp trực tuyến.",
        "Công chức phụ trách lĩnh vực xã hội cấp xã kiểm tra hồ sơ, đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư và rà soát điều kiện hưởng.",
        "Ủy ban nhân dân cấp xã niêm yết công khai danh sách đối tượng tại trụ sở và thông báo trên hệ thống truyền thanh trong 02 ngày làm việc; giải quyết ý kiến thắc mắc (nếu có).",
        "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định trợ cấp xã hội hằng tháng hoặc có văn bản trả lời nêu rõ lý do nếu không đủ điều kiện.",
        "Tổ chức chi trả trợ cấp qua tài khoản ngân hàng hoặc tổ chức dịch vụ chi trả từ tháng quyết định có hiệu lực.",
      ],
      channels: [
        trucTiep("07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        trucTuyen("full", "07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        buuChinh(
          "07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Tờ khai đề nghị trợ giúp xã hội (theo mẫu tương ứng với từng nhóm đối tượng)",
          copies: "01 bản chính",
          formCode: "TK-TGXH",
        },
        {
          name: "Giấy xác nhận khuyết tật (đối với người khuyết tật)",
          copies: "01 bản sao",
          note: "Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành.",
        },
        {
          name: "Giấy tờ chứng minh thuộc hộ nghèo, hộ cận nghèo; giấy xác nhận nhiễm HIV của cơ quan y tế (đối với từng trường hợp tương ứng)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian niêm yết công khai).",
      applicants:
        "Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng; người cao tuổi thuộc diện theo quy định; người khuyết tật đặc biệt nặng, khuyết tật nặng; người đơn thân thuộc hộ nghèo đang nuôi con; người nhiễm HIV thuộc hộ nghèo; hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã nơi đối tượng cư trú",
      result:
        "Quyết định trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng (hoặc quyết định điều chỉnh, thôi hưởng).",
      fees: "Không.",
      forms: [
        {
          code: "TK-TGXH",
          name: "Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, 1b, 1c, 1d, 1đ ban hành kèm theo Nghị định số 20/2021/NĐ-CP, được sửa đổi bởi Nghị định số 76/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Đối tượng thuộc diện hưởng trợ cấp xã hội hằng tháng theo quy định tại Nghị định số 20/2021/NĐ-CP; cư trú hợp pháp trên địa bàn xã. Khi đối tượng thay đổi nơi cư trú, chết hoặc không còn đủ điều kiện thì thực hiện điều chỉnh, thôi hưởng.",
      legalBasis: [L.nd20_2021, L.nd76_2024, L.luatNguoiCaoTuoi, L.luatNguoiKhuyetTat],
    },
  },
  {
    code: "MAU.BTXH.02",
    fieldCode: "BTXH",
    scope: "commune",
    content: {
      name: "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
      level: "commune",
      steps: [
        "Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp tờ khai đề nghị hỗ trợ chi phí mai táng tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Công chức phụ trách lĩnh vực xã hội kiểm tra hồ sơ, đối chiếu danh sách đối tượng đang hưởng trợ cấp.",
        "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định hỗ trợ chi phí mai táng.",
        "Chi trả tiền hỗ trợ cho cơ quan, tổ chức, cá nhân đã tổ chức mai táng.",
      ],
      channels: [
        trucTiep("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        trucTuyen("full", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
      ],
      components: [
        {
          name: "Tờ khai đề nghị hỗ trợ chi phí mai táng",
          copies: "01 bản chính",
          formCode: "TK-MT",
        },
        {
          name: "Giấy báo tử hoặc Trích lục khai tử",
          copies: "01 bản sao",
          note: "Không phải nộp nếu việc khai tử đã được đăng ký trong Cơ sở dữ liệu hộ tịch điện tử.",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng cho đối tượng đang hưởng trợ cấp xã hội hằng tháng, người thuộc hộ nghèo, hộ cận nghèo, người từ đủ 80 tuổi trở lên chưa hưởng chế độ mai táng khác.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã nơi đối tượng cư trú trước khi chết",
      result:
        "Quyết định hỗ trợ chi phí mai táng và khoản tiền hỗ trợ (mức hỗ trợ tối thiểu bằng 20 lần mức chuẩn trợ giúp xã hội).",
      fees: "Không.",
      forms: [
        {
          code: "TK-MT",
          name: "Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04 ban hành kèm theo Nghị định số 20/2021/NĐ-CP)",
        },
      ],
      conditions:
        "Người chết thuộc diện được hỗ trợ chi phí mai táng theo quy định và chưa được hưởng chế độ mai táng phí theo chính sách khác (bảo hiểm xã hội, người có công...).",
      legalBasis: [L.nd20_2021, L.nd76_2024],
    },
  },
  {
    code: "MAU.BTXH.03",
    fieldCode: "BTXH",
    scope: "commune",
    content: {
      name: "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
      level: "commune",
      steps: [
        "Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, hỏa hoạn nộp tờ khai tại Trung tâm Phục vụ hành chính công cấp xã.",
        "Ủy ban nhân dân cấp xã tổ chức kiểm tra thực tế mức độ thiệt hại, lập biên bản và xem xét danh sách hộ được hỗ trợ.",
        "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở.",
        "Tổ chức chi trả kinh phí hỗ trợ và theo dõi việc xây dựng, sửa chữa nhà ở.",
      ],
      channels: [trucTiep("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không.")],
      components: [
        {
          name: "Tờ khai đề nghị hỗ trợ về nhà ở",
          copies: "01 bản chính",
          formCode: "TK-NO",
        },
        {
          name: "Biên bản kiểm tra mức độ thiệt hại về nhà ở (do Ủy ban nhân dân cấp xã lập)",
          copies: "01 bản chính",
          note: "Do cơ quan giải quyết lập trong quá trình xem xét, người dân không phải tự chuẩn bị.",
        },
      ],
      timeLimit: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc bị hư hỏng nặng do thiên tai, hỏa hoạn hoặc lý do bất khả kháng khác mà không còn nơi ở; hộ phải di dời khẩn cấp theo quyết định của cơ quan có thẩm quyền.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã nơi có nhà ở bị thiệt hại",
      result:
        "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở và kinh phí hỗ trợ theo mức quy định tại Nghị định số 20/2021/NĐ-CP và quyết định của Ủy ban nhân dân tỉnh.",
      fees: "Không.",
      forms: [
        {
          code: "TK-NO",
          name: "Tờ khai đề nghị hỗ trợ về nhà ở (Mẫu số 05 ban hành kèm theo Nghị định số 20/2021/NĐ-CP)",
        },
      ],
      conditions:
        "Hộ gia đình không còn nơi ở hoặc nhà ở bị hư hỏng nặng không ở được; chưa được hỗ trợ từ nguồn kinh phí khác cho cùng một thiệt hại.",
      legalBasis: [L.nd20_2021, L.nd76_2024],
    },
  },
  {
    code: "MAU.BTXH.04",
    fieldCode: "BTXH",
    scope: "commune",
    content: {
      name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
      level: "commune",
      steps: [
        "Người khuyết tật hoặc người đại diện nộp đơn đề nghị tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú.",
        "Chủ tịch Ủy ban nhân dân cấp xã triệu tập Hội đồng xác định mức độ khuyết tật và gửi thông báo về thời gian, địa điểm xác định cho người đề nghị.",
        "Hội đồng tổ chức xác định mức độ khuyết tật bằng phương pháp quan sát trực tiếp, sử dụng bộ câu hỏi theo tiêu chí về y tế, xã hội; lập biên bản.",
        "Ủy ban nhân dân cấp xã niêm yết công khai kết quả và cấp Giấy xác nhận khuyết tật.",
      ],
      channels: [
        trucTiep("30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        trucTuyen(
          "partial",
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Không.",
          "Nộp đơn trực tuyến; người khuyết tật có mặt khi Hội đồng xác định mức độ khuyết tật (trừ trường hợp Hội đồng đến nơi cư trú).",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
          copies: "01 bản chính",
          formCode: "DON-XDKT",
        },
        {
          name: "Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, kết luận của Hội đồng Giám định y khoa) nếu có",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Người khuyết tật, người đại diện hợp pháp của người khuyết tật.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã; Hội đồng xác định mức độ khuyết tật cấp xã",
      result: "Giấy xác nhận khuyết tật.",
      fees: "Không.",
      forms: [
        {
          code: "DON-XDKT",
          name: "Đơn đề nghị xác định, xác định lại mức độ khuyết tật (Mẫu số 01 ban hành kèm theo Thông tư số 01/2019/TT-BLĐTBXH)",
        },
      ],
      conditions: "Không.",
      legalBasis: [L.luatNguoiKhuyetTat, L.nd28_2012, L.tt01_2019_ldtbxh],
    },
  },
  {
    code: "MAU.BTXH.05",
    fieldCode: "BTXH",
    scope: "province",
    departmentSlug: "so-y-te",
    content: {
      name: "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Sở Y tế",
      level: "province",
      steps: [
        "Tổ chức, cá nhân nộp hồ sơ đăng ký thành lập tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Y tế kiểm tra hồ sơ; nếu chưa hợp lệ thì thông báo bằng văn bản để bổ sung.",
        "Sở Y tế thẩm định hồ sơ, kiểm tra điều kiện về cơ sở vật chất, nhân sự của cơ sở.",
        "Giám đốc Sở Y tế cấp Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội hoặc có văn bản trả lời nêu rõ lý do nếu không đủ điều kiện.",
      ],
      channels: [
        trucTiep("15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không.", NOP_TINH),
        trucTuyen("partial", "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        buuChinh(
          "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Tờ khai đăng ký thành lập cơ sở trợ giúp xã hội",
          copies: "01 bản chính",
          formCode: "TK-CSTGXH",
        },
        { name: "Dự thảo Quy chế hoạt động của cơ sở", copies: "01 bản chính" },
        {
          name: "Giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà ở hoặc hợp đồng thuê địa điểm đặt trụ sở",
          copies: "01 bản sao có chứng thực",
        },
        {
          name: "Danh sách nhân viên, người quản lý kèm văn bằng, chứng chỉ chuyên môn",
          copies: "01 bản chính kèm bản sao văn bằng",
        },
      ],
      timeLimit: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Tổ chức, cá nhân trong nước và nước ngoài có nhu cầu thành lập cơ sở trợ giúp xã hội ngoài công lập.",
      implementingAgency: "Sở Y tế tỉnh",
      result: "Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội.",
      fees: "Không.",
      forms: [
        {
          code: "TK-CSTGXH",
          name: "Tờ khai đăng ký thành lập cơ sở trợ giúp xã hội (Mẫu ban hành kèm theo Nghị định số 103/2017/NĐ-CP)",
        },
      ],
      conditions:
        "Cơ sở có địa điểm, cơ sở vật chất, trang thiết bị bảo đảm chăm sóc đối tượng; người đứng đầu có năng lực hành vi dân sự đầy đủ, phẩm chất đạo đức tốt, không thuộc trường hợp đang bị truy cứu trách nhiệm hình sự; có nhân viên đáp ứng tiêu chuẩn nghiệp vụ.",
      legalBasis: [L.nd103_2017, L.nd20_2021],
    },
  },
  // ───────────────────────────── Người có công ─────────────────────────────
  {
    code: "MAU.NCC.01",
    fieldCode: "NCC",
    scope: "commune",
    content: {
      name: "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng đang hưởng trợ cấp hằng tháng từ trần",
      level: "multi",
      steps: [
        "Thân nhân hoặc người tổ chức mai táng nộp tờ khai và giấy tờ kèm theo tại Trung tâm Phục vụ hành chính công cấp xã nơi người có công cư trú.",
        "Ủy ban nhân dân cấp xã kiểm tra, xác nhận tờ khai và chuyển hồ sơ đến Sở Nội vụ trong 05 ngày làm việc.",
        "Sở Nội vụ đối chiếu hồ sơ người có công đang quản lý, ban hành quyết định trợ cấp một lần và mai táng phí.",
        "Tổ chức chi trả trợ cấp cho thân nhân hoặc người tổ chức mai táng.",
      ],
      channels: [
        trucTiep(
          "12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (cấp xã 05 ngày làm việc; Sở Nội vụ 07 ngày làm việc).",
          "Không.",
        ),
        trucTuyen(
          "partial",
          "12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Không.",
          "Nộp hồ sơ trực tuyến; nộp bản giấy tờ khai có chữ ký khi nhận trợ cấp.",
        ),
      ],
      components: [
        {
          name: "Tờ khai đề nghị hưởng trợ cấp khi người có công từ trần",
          copies: "01 bản chính",
          formCode: "TK-NCC-TT",
        },
        {
          name: "Giấy báo tử hoặc Trích lục khai tử",
          copies: "01 bản sao",
        },
        {
          name: "Văn bản ủy quyền của các thân nhân cho một người đại diện nhận trợ cấp (trường hợp có nhiều thân nhân)",
          copies: "01 bản chính",
        },
      ],
      timeLimit: "12 ngày làm việc kể từ ngày Ủy ban nhân dân cấp xã nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Thân nhân hoặc người tổ chức mai táng người có công với cách mạng đang hưởng trợ cấp ưu đãi hằng tháng.",
      implementingAgency: "Ủy ban nhân dân cấp xã (tiếp nhận, xác nhận); Sở Nội vụ tỉnh (quyết định)",
      result:
        "Quyết định trợ cấp một lần và mai táng phí; tiền trợ cấp được chi trả cho thân nhân hoặc người tổ chức mai táng.",
      fees: "Không.",
      forms: [
        {
          code: "TK-NCC-TT",
          name: "Tờ khai đề nghị hưởng trợ cấp khi người có công từ trần (Mẫu ban hành kèm theo Nghị định số 131/2021/NĐ-CP)",
        },
      ],
      conditions:
        "Người từ trần đang hưởng trợ cấp ưu đãi hằng tháng theo Pháp lệnh Ưu đãi người có công với cách mạng.",
      legalBasis: [L.phapLenhNCC, L.nd131_2021],
    },
  },
  {
    code: "MAU.NCC.02",
    fieldCode: "NCC",
    scope: "province",
    departmentSlug: "so-noi-vu",
    content: {
      name: "Công nhận và giải quyết chế độ đối với con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học",
      level: "province",
      steps: [
        "Con đẻ hoặc người đại diện nộp bản khai và giấy tờ tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú; Ủy ban nhân dân cấp xã xác nhận và chuyển hồ sơ đến Sở Nội vụ.",
        "Sở Nội vụ kiểm tra hồ sơ, giới thiệu đối tượng đến Hội đồng giám định y khoa để xác định tình trạng dị dạng, dị tật.",
        "Sở Nội vụ căn cứ biên bản giám định y khoa ban hành quyết định công nhận và trợ cấp, phụ cấp ưu đãi.",
        "Thông báo kết quả và thực hiện chi trả trợ cấp từ tháng quyết định có hiệu lực.",
      ],
      channels: [
        trucTiep(
          "Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian giám định y khoa).",
          "Không.",
          "Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú hoặc Trung tâm Phục vụ hành chính công tỉnh.",
        ),
        buuChinh(
          "Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian giám định y khoa và chuyển phát).",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Bản khai đề nghị giải quyết chế độ đối với con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học",
          copies: "01 bản chính",
          formCode: "BK-CDHH",
        },
        {
          name: "Giấy khai sinh hoặc giấy tờ chứng minh quan hệ cha, mẹ, con với người hoạt động kháng chiến",
          copies: "01 bản sao",
        },
        {
          name: "Quyết định trợ cấp đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học (nếu có)",
          copies: "01 bản sao",
        },
      ],
      timeLimit:
        "Không quá 30 ngày kể từ ngày Sở Nội vụ nhận đủ hồ sơ hợp lệ; không tính thời gian giám định y khoa.",
      applicants: "Con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học bị dị dạng, dị tật.",
      implementingAgency: "Sở Nội vụ tỉnh; Ủy ban nhân dân cấp xã tiếp nhận và xác nhận hồ sơ",
      result: "Quyết định công nhận và trợ cấp, phụ cấp ưu đãi hằng tháng.",
      fees: "Không.",
      forms: [
        {
          code: "BK-CDHH",
          name: "Bản khai đề nghị giải quyết chế độ con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học (Mẫu ban hành kèm theo Nghị định số 131/2021/NĐ-CP)",
        },
      ],
      conditions:
        "Cha hoặc mẹ là người hoạt động kháng chiến bị nhiễm chất độc hóa học đã được công nhận; người con bị dị dạng, dị tật suy giảm khả năng tự lực trong sinh hoạt hoặc suy giảm khả năng lao động theo kết luận của Hội đồng giám định y khoa.",
      legalBasis: [L.phapLenhNCC, L.nd131_2021],
    },
  },
  {
    code: "MAU.NCC.03",
    fieldCode: "NCC",
    scope: "province",
    departmentSlug: "so-noi-vu",
    content: {
      name: "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ chi phí thăm viếng mộ liệt sĩ",
      level: "province",
      steps: [
        "Thân nhân liệt sĩ hoặc người thờ cúng liệt sĩ nộp đơn đề nghị tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Nội vụ kiểm tra hồ sơ liệt sĩ đang quản lý, thông tin về phần mộ liệt sĩ.",
        "Sở Nội vụ cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và thực hiện chi hỗ trợ tiền đi lại, tiền ăn theo quy định.",
      ],
      channels: [
        trucTiep("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không.", NOP_TINH),
        trucTuyen("full", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ",
          copies: "01 bản chính",
          formCode: "DON-TVML",
        },
        {
          name: "Giấy báo tin mộ liệt sĩ của nghĩa trang nơi an táng liệt sĩ (nếu có)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Thân nhân liệt sĩ (tối đa 03 người) hoặc người thờ cúng liệt sĩ.",
      implementingAgency: "Sở Nội vụ tỉnh",
      result: "Giấy giới thiệu đi thăm viếng mộ liệt sĩ; tiền hỗ trợ đi lại và tiền ăn.",
      fees: "Không.",
      forms: [
        {
          code: "DON-TVML",
          name: "Đơn đề nghị cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ (Mẫu ban hành kèm theo Nghị định số 131/2021/NĐ-CP)",
        },
      ],
      conditions: "Mỗi năm được hỗ trợ một lần; liệt sĩ đã được công nhận và có thông tin về phần mộ.",
      legalBasis: [L.phapLenhNCC, L.nd131_2021],
    },
  },
  {
    code: "MAU.NCC.04",
    fieldCode: "NCC",
    scope: "province",
    departmentSlug: "so-noi-vu",
    content: {
      name: "Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công và giấy chứng nhận thân nhân liệt sĩ",
      level: "province",
      steps: [
        "Người có công hoặc thân nhân nộp đơn đề nghị tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính hoặc trực tuyến.",
        "Sở Nội vụ kiểm tra hồ sơ người có công đang quản lý.",
        "Sở Nội vụ cấp bổ sung hoặc cấp lại giấy chứng nhận và trả kết quả cho người đề nghị.",
      ],
      channels: [
        trucTiep("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không.", NOP_TINH),
        trucTuyen("full", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        buuChinh(
          "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp bổ sung hoặc cấp lại giấy chứng nhận",
          copies: "01 bản chính",
          formCode: "DON-CLGCN",
        },
        {
          name: "Giấy chứng nhận đã cấp (trường hợp bị hư hỏng)",
          copies: "01 bản chính",
        },
      ],
      timeLimit: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Người có công với cách mạng; thân nhân liệt sĩ.",
      implementingAgency: "Sở Nội vụ tỉnh",
      result:
        "Giấy chứng nhận người có công hoặc giấy chứng nhận thân nhân liệt sĩ được cấp bổ sung, cấp lại.",
      fees: "Không.",
      forms: [
        {
          code: "DON-CLGCN",
          name: "Đơn đề nghị cấp bổ sung, cấp lại giấy chứng nhận (Mẫu ban hành kèm theo Nghị định số 131/2021/NĐ-CP)",
        },
      ],
      conditions: "Giấy chứng nhận bị mất, bị hư hỏng hoặc có thay đổi thông tin cần cấp bổ sung.",
      legalBasis: [L.phapLenhNCC, L.nd131_2021],
    },
  },
  // ───────────────────────────── Giáo dục và Đào tạo ─────────────────────────────
  {
    code: "MAU.GD.01",
    fieldCode: "GD",
    scope: "province",
    departmentSlug: "so-giao-duc-dao-tao",
    content: {
      name: "Công nhận trường tiểu học đạt chuẩn quốc gia",
      level: "province",
      steps: [
        "Trường tiểu học tự đánh giá, hoàn thiện báo cáo và gửi hồ sơ đề nghị đánh giá ngoài, công nhận đạt chuẩn quốc gia qua Ủy ban nhân dân cấp xã quản lý trường đến Sở Giáo dục và Đào tạo.",
        "Sở Giáo dục và Đào tạo kiểm tra hồ sơ; nếu hồ sơ hợp lệ thì thành lập đoàn đánh giá ngoài.",
        "Đoàn đánh giá ngoài khảo sát, đánh giá chính thức tại trường và báo cáo kết quả.",
        "Giám đốc Sở Giáo dục và Đào tạo ban hành quyết định công nhận trường đạt chuẩn quốc gia và cấp Bằng công nhận.",
      ],
      channels: [
        trucTiep("20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài.", "Không.", NOP_TINH),
        trucTuyen("partial", "20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài.", "Không."),
      ],
      components: [
        {
          name: "Tờ trình đề nghị đánh giá ngoài và công nhận trường đạt chuẩn quốc gia",
          copies: "01 bản chính",
          formCode: "TT-CQG",
        },
        { name: "Báo cáo tự đánh giá của nhà trường", copies: "01 bản chính" },
        {
          name: "Báo cáo kết quả đánh giá ngoài (đối với trường đã được đánh giá ngoài)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài của đoàn đánh giá.",
      applicants: "Trường tiểu học (công lập và ngoài công lập).",
      implementingAgency: "Sở Giáo dục và Đào tạo tỉnh",
      result:
        "Quyết định công nhận trường tiểu học đạt chuẩn quốc gia (mức độ 1 hoặc mức độ 2) và Bằng công nhận.",
      fees: "Không.",
      forms: [
        {
          code: "TT-CQG",
          name: "Tờ trình đề nghị đánh giá ngoài và công nhận đạt chuẩn quốc gia (mẫu tham khảo theo Thông tư số 17/2018/TT-BGDĐT)",
        },
      ],
      conditions:
        "Trường đã hoạt động giáo dục ít nhất 05 năm học; đạt kiểm định chất lượng giáo dục cấp độ tương ứng và đạt các tiêu chuẩn về tổ chức và quản lý, cán bộ quản lý, giáo viên, nhân viên, cơ sở vật chất và thiết bị dạy học, hoạt động giáo dục và kết quả giáo dục.",
      legalBasis: [L.luatGiaoDuc, L.tt17_2018],
    },
  },
  {
    code: "MAU.GD.02",
    fieldCode: "GD",
    scope: "commune",
    content: {
      name: "Thành lập trường mầm non công lập hoặc cho phép thành lập trường mầm non dân lập, tư thục",
      level: "commune",
      steps: [
        "Cơ quan, tổ chức, cá nhân đề nghị thành lập nộp hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã nơi dự kiến đặt trụ sở trường.",
        "Cơ quan chuyên môn về giáo dục cấp xã kiểm tra hồ sơ; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần bổ sung.",
        "Cơ quan chuyên môn tổ chức thẩm định đề án, kiểm tra thực tế về địa điểm, cơ sở vật chất.",
        "Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập hoặc cho phép thành lập trường; nếu không đồng ý thì trả lời bằng văn bản, nêu rõ lý do.",
      ],
      channels: [
        trucTiep("20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
        trucTuyen("partial", "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không."),
      ],
      components: [
        {
          name: "Tờ trình đề nghị thành lập hoặc cho phép thành lập trường mầm non",
          copies: "01 bản chính",
          formCode: "TT-TLMN",
        },
        {
          name: "Đề án thành lập trường (mục tiêu, quy mô, cơ cấu tổ chức, nguồn lực tài chính, phương án đầu tư cơ sở vật chất)",
          copies: "01 bản chính",
        },
        {
          name: "Giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà hoặc hợp đồng thuê địa điểm có thời hạn tối thiểu 05 năm",
          copies: "01 bản sao có chứng thực",
        },
      ],
      timeLimit: "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Cơ quan, tổ chức, cá nhân có nhu cầu thành lập trường mầm non.",
      implementingAgency: "Chủ tịch Ủy ban nhân dân cấp xã nơi đặt trụ sở trường",
      result:
        "Quyết định thành lập trường mầm non công lập hoặc quyết định cho phép thành lập trường mầm non dân lập, tư thục.",
      fees: "Không.",
      forms: [
        {
          code: "TT-TLMN",
          name: "Tờ trình đề nghị thành lập, cho phép thành lập trường mầm non (Mẫu ban hành kèm theo Nghị định số 125/2024/NĐ-CP)",
        },
      ],
      conditions:
        "Có đề án thành lập phù hợp với quy hoạch mạng lưới cơ sở giáo dục; có đất, cơ sở vật chất hoặc phương án đầu tư bảo đảm điều kiện theo quy định; có dự kiến đội ngũ cán bộ quản lý, giáo viên đạt chuẩn.",
      legalBasis: [L.luatGiaoDuc, L.nd125_2024],
    },
  },
  {
    code: "MAU.GD.03",
    fieldCode: "GD",
    scope: "commune",
    content: {
      name: "Hỗ trợ ăn trưa đối với trẻ em mẫu giáo",
      level: "commune",
      steps: [
        "Cha, mẹ hoặc người chăm sóc trẻ nộp đơn đề nghị hỗ trợ tại cơ sở giáo dục mầm non nơi trẻ đang học trong thời gian quy định đầu năm học.",
        "Cơ sở giáo dục mầm non lập danh sách trẻ đủ điều kiện và gửi Ủy ban nhân dân cấp xã.",
        "Ủy ban nhân dân cấp xã thẩm định danh sách; Chủ tịch Ủy ban nhân dân cấp xã phê duyệt danh sách trẻ em được hỗ trợ.",
        "Cơ sở giáo dục mầm non tổ chức chi trả tiền hỗ trợ ăn trưa cho trẻ theo thời gian học thực tế.",
      ],
      channels: [
        trucTiep(
          "10 ngày làm việc kể từ ngày nhận đủ danh sách và hồ sơ hợp lệ từ cơ sở giáo dục mầm non.",
          "Không.",
          "Nộp đơn trực tiếp tại cơ sở giáo dục mầm non nơi trẻ đang học.",
        ),
        trucTuyen(
          "partial",
          "10 ngày làm việc kể từ ngày nhận đủ danh sách và hồ sơ hợp lệ.",
          "Không.",
          "Nộp đơn trực tuyến trên Cổng Dịch vụ công quốc gia; cơ sở giáo dục mầm non tổng hợp danh sách.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị hỗ trợ ăn trưa",
          copies: "01 bản chính",
          formCode: "DON-HTAT",
        },
        {
          name: "Giấy tờ chứng minh trẻ thuộc hộ nghèo, hộ cận nghèo, con của người có công hoặc cư trú tại xã, thôn đặc biệt khó khăn (nếu thông tin chưa có trong cơ sở dữ liệu)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "10 ngày làm việc kể từ ngày Ủy ban nhân dân cấp xã nhận đủ danh sách và hồ sơ hợp lệ.",
      applicants: "Cha, mẹ hoặc người chăm sóc trẻ em mẫu giáo thuộc đối tượng được hỗ trợ.",
      implementingAgency: "Ủy ban nhân dân cấp xã; cơ sở giáo dục mầm non",
      result:
        "Danh sách trẻ em được hỗ trợ ăn trưa được phê duyệt; tiền hỗ trợ được chi trả theo tháng học thực tế (dữ liệu mẫu: 160.000 đồng/trẻ/tháng, tối đa 9 tháng/năm học).",
      fees: "Không.",
      forms: [
        {
          code: "DON-HTAT",
          name: "Đơn đề nghị hỗ trợ ăn trưa (Mẫu ban hành kèm theo Nghị định số 105/2020/NĐ-CP)",
        },
      ],
      conditions:
        "Trẻ em đang học tại cơ sở giáo dục mầm non có cha mẹ hoặc người chăm sóc thường trú tại thôn đặc biệt khó khăn, xã khu vực III vùng đồng bào dân tộc thiểu số và miền núi; hoặc thuộc hộ nghèo, hộ cận nghèo; hoặc là trẻ mồ côi, trẻ khuyết tật học hòa nhập.",
      legalBasis: [L.luatGiaoDuc, L.nd105_2020],
    },
  },
  {
    code: "MAU.GD.04",
    fieldCode: "GD",
    scope: "province",
    departmentSlug: "so-giao-duc-dao-tao",
    content: {
      name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
      level: "province",
      steps: [
        "Người yêu cầu nộp đơn đề nghị cấp bản sao tại Trung tâm Phục vụ hành chính công tỉnh, gửi qua bưu chính hoặc nộp trực tuyến.",
        "Sở Giáo dục và Đào tạo kiểm tra, đối chiếu thông tin với sổ gốc cấp văn bằng, chứng chỉ.",
        "Nếu thông tin phù hợp, Sở Giáo dục và Đào tạo cấp bản sao văn bằng, chứng chỉ từ sổ gốc; ghi vào sổ cấp bản sao.",
        "Trả bản sao trực tiếp hoặc qua bưu chính cho người yêu cầu.",
      ],
      channels: [
        trucTiep(
          "Ngay trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo; yêu cầu nhiều bản hoặc sổ gốc cần tra cứu thì không quá 03 ngày làm việc.",
          "Phí cấp bản sao theo quy định của cơ quan có thẩm quyền (dữ liệu mẫu: 10.000 đồng/bản).",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "Không quá 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ.",
          "Phí cấp bản sao theo quy định (dữ liệu mẫu: 10.000 đồng/bản); bản sao được gửi qua bưu chính hoặc bản điện tử.",
        ),
        buuChinh(
          "Không quá 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ (không tính thời gian chuyển phát).",
          "Phí cấp bản sao (dữ liệu mẫu: 10.000 đồng/bản) và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
          copies: "01 bản chính",
          formCode: "DON-BSVB",
        },
        {
          name: "Giấy tờ tùy thân của người yêu cầu",
          copies: "Xuất trình bản chính hoặc bản sao có chứng thực",
        },
        {
          name: "Giấy tờ chứng minh quan hệ hoặc giấy ủy quyền (trường hợp người yêu cầu không phải người được cấp văn bằng)",
          copies: "01 bản chính hoặc bản sao có chứng thực",
        },
      ],
      timeLimit:
        "Ngay trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo; yêu cầu nhiều bản hoặc cần tra cứu sổ gốc thì không quá 03 ngày làm việc.",
      applicants:
        "Người được cấp văn bằng, chứng chỉ; người đại diện theo pháp luật, người được ủy quyền; cha, mẹ, con, vợ, chồng, anh chị em ruột, người thừa kế khác trong trường hợp người được cấp văn bằng đã chết.",
      implementingAgency:
        "Sở Giáo dục và Đào tạo tỉnh (đối với bằng tốt nghiệp trung học phổ thông và văn bằng, chứng chỉ do Sở quản lý sổ gốc)",
      result: "Bản sao văn bằng, chứng chỉ từ sổ gốc.",
      fees: "Phí cấp bản sao theo quy định của cơ quan có thẩm quyền (dữ liệu mẫu: 10.000 đồng/bản).",
      forms: [
        {
          code: "DON-BSVB",
          name: "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (mẫu tham khảo)",
        },
      ],
      conditions: "Sổ gốc cấp văn bằng, chứng chỉ còn được lưu giữ tại cơ quan cấp bản sao.",
      legalBasis: [L.nd23_2015, L.tt21_2019, L.luatGiaoDuc],
    },
  },
  {
    code: "MAU.GD.05",
    fieldCode: "GD",
    scope: "province",
    departmentSlug: "so-giao-duc-dao-tao",
    content: {
      name: "Công nhận trường mầm non đạt chuẩn quốc gia",
      level: "province",
      steps: [
        "Trường mầm non hoàn thiện báo cáo tự đánh giá và gửi hồ sơ đề nghị qua Ủy ban nhân dân cấp xã đến Sở Giáo dục và Đào tạo.",
        "Sở Giáo dục và Đào tạo kiểm tra hồ sơ và thành lập đoàn đánh giá ngoài.",
        "Đoàn đánh giá ngoài khảo sát, đánh giá chính thức tại trường và lập báo cáo kết quả.",
        "Giám đốc Sở Giáo dục và Đào tạo ban hành quyết định công nhận trường mầm non đạt chuẩn quốc gia và cấp Bằng công nhận.",
      ],
      channels: [
        trucTiep("20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài.", "Không.", NOP_TINH),
        trucTuyen("partial", "20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài.", "Không."),
      ],
      components: [
        {
          name: "Tờ trình đề nghị đánh giá ngoài và công nhận trường mầm non đạt chuẩn quốc gia",
          copies: "01 bản chính",
          formCode: "TT-CQG-MN",
        },
        { name: "Báo cáo tự đánh giá của nhà trường", copies: "01 bản chính" },
      ],
      timeLimit: "20 ngày làm việc kể từ ngày nhận được báo cáo đánh giá ngoài của đoàn đánh giá.",
      applicants: "Trường mầm non, trường mẫu giáo, nhà trẻ (công lập và ngoài công lập).",
      implementingAgency: "Sở Giáo dục và Đào tạo tỉnh",
      result:
        "Quyết định công nhận trường mầm non đạt chuẩn quốc gia (mức độ 1 hoặc mức độ 2) và Bằng công nhận.",
      fees: "Không.",
      forms: [
        {
          code: "TT-CQG-MN",
          name: "Tờ trình đề nghị đánh giá ngoài và công nhận đạt chuẩn quốc gia (mẫu tham khảo theo Thông tư số 19/2018/TT-BGDĐT)",
        },
      ],
      conditions:
        "Trường đã hoạt động ít nhất 05 năm; đạt kiểm định chất lượng giáo dục cấp độ tương ứng; đạt các tiêu chuẩn về tổ chức và quản lý, đội ngũ, cơ sở vật chất, quan hệ giữa nhà trường, gia đình và xã hội, hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ.",
      legalBasis: [L.luatGiaoDuc, L.tt19_2018],
    },
  },
  // ───────────────────────────── Y tế ─────────────────────────────
  {
    code: "MAU.YT.01",
    fieldCode: "YT",
    scope: "province",
    departmentSlug: "so-y-te",
    content: {
      name: "Cấp mới giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh",
      level: "province",
      steps: [
        "Cơ sở khám bệnh, chữa bệnh nộp hồ sơ đề nghị cấp giấy phép hoạt động tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Y tế kiểm tra hồ sơ và gửi phiếu tiếp nhận; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần bổ sung.",
        "Sở Y tế thành lập đoàn thẩm định, thẩm định thực tế tại cơ sở về cơ sở vật chất, thiết bị y tế, nhân sự và danh mục kỹ thuật.",
        "Nếu đạt yêu cầu, Giám đốc Sở Y tế cấp giấy phép hoạt động; nếu chưa đạt thì thông báo yêu cầu khắc phục.",
        "Công khai thông tin giấy phép hoạt động trên Cổng thông tin điện tử của Sở Y tế và Hệ thống thông tin về quản lý hoạt động khám bệnh, chữa bệnh.",
      ],
      channels: [
        trucTiep(
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; đối với bệnh viện là 60 ngày.",
          "Phí thẩm định cấp giấy phép hoạt động theo Thông tư số 59/2023/TT-BTC, mức thu tùy theo hình thức tổ chức của cơ sở.",
          NOP_TINH,
        ),
        trucTuyen(
          "partial",
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; đối với bệnh viện là 60 ngày.",
          "Phí thẩm định cấp giấy phép hoạt động theo Thông tư số 59/2023/TT-BTC.",
          "Nộp hồ sơ trực tuyến; đoàn thẩm định kiểm tra thực tế tại cơ sở trước khi cấp giấy phép.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp mới giấy phép hoạt động",
          copies: "01 bản chính",
          formCode: "DON-GPHD",
        },
        {
          name: "Quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp, Giấy chứng nhận đăng ký hộ kinh doanh",
          copies: "01 bản sao có chứng thực",
        },
        {
          name: "Danh sách đăng ký người hành nghề và người làm việc tại cơ sở khám bệnh, chữa bệnh",
          copies: "01 bản chính",
        },
        {
          name: "Bản kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự",
          copies: "01 bản chính",
        },
        { name: "Danh mục chuyên môn kỹ thuật đề xuất", copies: "01 bản chính" },
      ],
      timeLimit:
        "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (đối với bệnh viện là 60 ngày); thời hạn tính cả thời gian thẩm định thực tế tại cơ sở.",
      applicants:
        "Cơ sở khám bệnh, chữa bệnh thuộc thẩm quyền cấp phép của Sở Y tế (phòng khám, phòng chẩn trị y học cổ truyền, bệnh viện tư nhân...).",
      implementingAgency: "Sở Y tế tỉnh",
      result: "Giấy phép hoạt động khám bệnh, chữa bệnh.",
      fees: "Phí thẩm định cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh theo Thông tư số 59/2023/TT-BTC, mức thu tùy theo hình thức tổ chức (bệnh viện, phòng khám, cơ sở dịch vụ y tế...).",
      forms: [
        {
          code: "DON-GPHD",
          name: "Đơn đề nghị cấp mới giấy phép hoạt động (Mẫu ban hành kèm theo Nghị định số 96/2023/NĐ-CP)",
        },
      ],
      conditions:
        "Cơ sở đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế, nhân sự phù hợp với hình thức tổ chức và phạm vi hoạt động chuyên môn; người chịu trách nhiệm chuyên môn kỹ thuật có giấy phép hành nghề phù hợp và đủ thời gian hành nghề theo quy định.",
      legalBasis: [L.luatKBCB, L.nd96_2023, L.tt59_2023],
    },
  },
  {
    code: "MAU.YT.02",
    fieldCode: "YT",
    scope: "province",
    departmentSlug: "so-y-te",
    content: {
      name: "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y",
      level: "province",
      steps: [
        "Người đề nghị nộp hồ sơ cấp giấy phép hành nghề trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Sở Y tế kiểm tra hồ sơ; nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần bổ sung.",
        "Sở Y tế thẩm định hồ sơ, tham khảo ý kiến Hội đồng chuyên môn (nếu cần).",
        "Giám đốc Sở Y tế cấp giấy phép hành nghề; thông tin được cập nhật lên Hệ thống thông tin về quản lý hoạt động khám bệnh, chữa bệnh.",
      ],
      channels: [
        trucTiep(
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định cấp giấy phép hành nghề theo Thông tư số 59/2023/TT-BTC (dữ liệu mẫu: 360.000 đồng/hồ sơ).",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Phí thẩm định cấp giấy phép hành nghề theo Thông tư số 59/2023/TT-BTC (dữ liệu mẫu: 360.000 đồng/hồ sơ); thanh toán trực tuyến.",
        ),
        buuChinh(
          "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Phí thẩm định theo Thông tư số 59/2023/TT-BTC và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp mới giấy phép hành nghề",
          copies: "01 bản chính",
          formCode: "DON-GPHN",
        },
        {
          name: "Văn bằng chuyên môn phù hợp với chức danh đề nghị cấp giấy phép hành nghề",
          copies: "01 bản sao có chứng thực",
        },
        {
          name: "Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh do cơ sở có thẩm quyền cấp trong thời hạn 06 tháng",
          copies: "01 bản chính hoặc bản sao có chứng thực",
        },
        {
          name: "Giấy xác nhận hoàn thành thực hành khám bệnh, chữa bệnh (hoặc kết quả kiểm tra đánh giá năng lực hành nghề theo lộ trình)",
          copies: "01 bản chính hoặc bản sao có chứng thực",
        },
        {
          name: "Ảnh chân dung cỡ 4x6 cm nền trắng, chụp trong thời gian không quá 06 tháng",
          copies: "02 ảnh",
        },
      ],
      timeLimit: "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants:
        "Người hành nghề khám bệnh, chữa bệnh có chức danh chuyên môn là bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y.",
      implementingAgency: "Sở Y tế tỉnh",
      result: "Giấy phép hành nghề khám bệnh, chữa bệnh.",
      fees: "Phí thẩm định cấp giấy phép hành nghề theo Thông tư số 59/2023/TT-BTC (dữ liệu mẫu: 360.000 đồng/hồ sơ).",
      forms: [
        {
          code: "DON-GPHN",
          name: "Đơn đề nghị cấp mới giấy phép hành nghề (Mẫu ban hành kèm theo Nghị định số 96/2023/NĐ-CP)",
        },
      ],
      conditions:
        "Có văn bằng chuyên môn phù hợp; hoàn thành thực hành khám bệnh, chữa bệnh theo quy định; có đủ sức khỏe để hành nghề; không thuộc trường hợp đang bị cấm hành nghề, đang bị truy cứu trách nhiệm hình sự hoặc đang chấp hành bản án liên quan đến chuyên môn y, dược.",
      legalBasis: [L.luatKBCB, L.nd96_2023, L.tt59_2023],
    },
  },
  {
    code: "MAU.YT.03",
    fieldCode: "YT",
    scope: "province",
    departmentSlug: "so-y-te",
    content: {
      name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm thuộc thẩm quyền của Sở Y tế",
      level: "province",
      steps: [
        "Cơ sở sản xuất, kinh doanh thực phẩm nộp hồ sơ đề nghị tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến.",
        "Sở Y tế kiểm tra hồ sơ; trong 05 ngày làm việc thông báo nếu hồ sơ chưa hợp lệ.",
        "Sở Y tế thành lập đoàn thẩm định thực tế điều kiện an toàn thực phẩm tại cơ sở; lập biên bản thẩm định.",
        "Nếu đạt yêu cầu, Sở Y tế cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; nếu chưa đạt thì yêu cầu khắc phục trong thời hạn quy định.",
      ],
      channels: [
        trucTiep(
          "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian thẩm định thực tế tại cơ sở).",
          "Phí thẩm định cơ sở theo quy định của Bộ Tài chính (dữ liệu mẫu: 500.000 đồng/lần/cơ sở kinh doanh; 2.500.000 đồng/lần/cơ sở sản xuất).",
          NOP_TINH,
        ),
        trucTuyen(
          "partial",
          "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian thẩm định thực tế tại cơ sở).",
          "Phí thẩm định cơ sở theo quy định của Bộ Tài chính (dữ liệu mẫu: 500.000 đồng/lần/cơ sở kinh doanh; 2.500.000 đồng/lần/cơ sở sản xuất).",
          "Nộp hồ sơ trực tuyến; đoàn thẩm định kiểm tra thực tế tại cơ sở.",
        ),
      ],
      components: [
        {
          name: "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          copies: "01 bản chính",
          formCode: "DON-ATTP",
        },
        {
          name: "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm",
          copies: "01 bản chính",
          formCode: "TM-ATTP",
        },
        {
          name: "Giấy xác nhận đủ sức khỏe hoặc danh sách tổng hợp xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm",
          copies: "01 bản sao có xác nhận của cơ sở",
        },
        {
          name: "Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh",
          copies: "01 bản sao có xác nhận của cơ sở",
        },
      ],
      timeLimit:
        "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian thẩm định thực tế tại cơ sở.",
      applicants:
        "Cơ sở sản xuất, kinh doanh thực phẩm thuộc phạm vi quản lý của ngành y tế (nước uống đóng chai, thực phẩm bổ sung, phụ gia thực phẩm...), trừ trường hợp được miễn cấp Giấy chứng nhận.",
      implementingAgency: "Sở Y tế tỉnh",
      result: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm).",
      fees: "Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định của Bộ Tài chính (dữ liệu mẫu: 500.000 đồng/lần/cơ sở kinh doanh; 2.500.000 đồng/lần/cơ sở sản xuất).",
      forms: [
        {
          code: "DON-ATTP",
          name: "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Mẫu ban hành kèm theo Nghị định số 155/2018/NĐ-CP)",
        },
        {
          code: "TM-ATTP",
          name: "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ (Mẫu ban hành kèm theo Nghị định số 155/2018/NĐ-CP)",
        },
      ],
      conditions:
        "Cơ sở có Giấy chứng nhận đăng ký kinh doanh có ngành nghề sản xuất, kinh doanh thực phẩm; đáp ứng điều kiện về cơ sở vật chất, trang thiết bị, dụng cụ và con người theo quy định của Luật An toàn thực phẩm.",
      legalBasis: [L.luatATTP, L.nd15_2018, L.nd155_2018],
    },
  },
  // ───────────────────── Thành lập và hoạt động doanh nghiệp, hộ kinh doanh ─────────────────────
  {
    code: "MAU.KD.01",
    fieldCode: "KD",
    scope: "commune",
    content: {
      name: "Đăng ký thành lập hộ kinh doanh",
      level: "commune",
      steps: [
        "Cá nhân hoặc người đại diện hộ gia đình nộp hồ sơ đăng ký hộ kinh doanh tại Trung tâm Phục vụ hành chính công cấp xã nơi đặt trụ sở hộ kinh doanh hoặc nộp trực tuyến.",
        "Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh và ngành, nghề kinh doanh.",
        "Nếu hồ sơ hợp lệ, cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hộ kinh doanh; nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.",
        "Thông tin đăng ký hộ kinh doanh được gửi cho cơ quan thuế để quản lý thuế; trả kết quả cho người đăng ký.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 100.000 đồng/lần).",
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Miễn lệ phí khi nộp hồ sơ trực tuyến (dữ liệu mẫu, theo quy định của tỉnh).",
        ),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định và cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Giấy đề nghị đăng ký hộ kinh doanh",
          copies: "01 bản chính",
          formCode: "GDN-HKD",
        },
        {
          name: "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)",
          copies: "01 bản chính",
        },
        {
          name: "Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ.",
      implementingAgency:
        "Cơ quan đăng ký kinh doanh cấp xã (Phòng Kinh tế hoặc Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã)",
      result: "Giấy chứng nhận đăng ký hộ kinh doanh.",
      fees: "Lệ phí đăng ký hộ kinh doanh theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 100.000 đồng/lần; miễn khi nộp trực tuyến).",
      forms: [
        {
          code: "GDN-HKD",
          name: "Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu quy định hiện hành về đăng ký hộ kinh doanh)",
        },
      ],
      conditions:
        'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên hộ kinh doanh gồm cụm từ "Hộ kinh doanh" và tên riêng, không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã; có hồ sơ đăng ký hợp lệ và nộp đủ lệ phí theo quy định.',
      legalBasis: [L.nd168_2025, L.tt85_2019],
    },
  },
  {
    code: "MAU.KD.02",
    fieldCode: "KD",
    scope: "commune",
    content: {
      name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
      level: "commune",
      steps: [
        "Chủ hộ kinh doanh nộp thông báo thay đổi nội dung đăng ký tại Trung tâm Phục vụ hành chính công cấp xã nơi hộ kinh doanh đặt trụ sở hoặc nộp trực tuyến.",
        "Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ.",
        "Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hộ kinh doanh mới hoặc thông báo bằng văn bản nếu hồ sơ chưa hợp lệ.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 50.000 đồng/lần).",
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Miễn lệ phí khi nộp hồ sơ trực tuyến (dữ liệu mẫu, theo quy định của tỉnh).",
        ),
      ],
      components: [
        {
          name: "Thông báo thay đổi nội dung đăng ký hộ kinh doanh",
          copies: "01 bản chính",
          formCode: "TB-TDHKD",
        },
        {
          name: "Biên bản họp thành viên hộ gia đình về việc thay đổi nội dung đăng ký (trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký)",
          copies: "01 bản sao",
        },
        {
          name: "Hợp đồng mua bán, tặng cho hoặc giấy tờ chứng minh thừa kế (trường hợp thay đổi chủ hộ kinh doanh)",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Chủ hộ kinh doanh; người được ủy quyền.",
      implementingAgency: "Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở",
      result: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi).",
      fees: "Lệ phí theo mức Hội đồng nhân dân tỉnh quy định (dữ liệu mẫu: 50.000 đồng/lần; miễn khi nộp trực tuyến).",
      forms: [
        {
          code: "TB-TDHKD",
          name: "Thông báo thay đổi nội dung đăng ký hộ kinh doanh (theo mẫu quy định hiện hành về đăng ký hộ kinh doanh)",
        },
      ],
      conditions:
        "Hộ kinh doanh phải đăng ký thay đổi trong thời hạn 10 ngày kể từ ngày có thay đổi nội dung đăng ký; ngành, nghề bổ sung không thuộc danh mục cấm kinh doanh.",
      legalBasis: [L.nd168_2025, L.tt85_2019],
    },
  },
  {
    code: "MAU.KD.03",
    fieldCode: "KD",
    scope: "commune",
    content: {
      name: "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
      level: "commune",
      steps: [
        "Chủ hộ kinh doanh gửi thông báo tạm ngừng hoặc tiếp tục kinh doanh đến cơ quan đăng ký kinh doanh cấp xã chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.",
        "Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của thông báo.",
        "Cơ quan đăng ký kinh doanh trao giấy biên nhận và cập nhật tình trạng pháp lý của hộ kinh doanh; thông tin được chia sẻ cho cơ quan thuế.",
      ],
      channels: [
        trucTiep("03 ngày làm việc kể từ ngày nhận được thông báo hợp lệ.", "Không."),
        trucTuyen("full", "03 ngày làm việc kể từ ngày nhận được thông báo hợp lệ.", "Không."),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận được thông báo hợp lệ.",
          "Không; người yêu cầu trả cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        {
          name: "Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo",
          copies: "01 bản chính",
          formCode: "TB-TNKD",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận được thông báo hợp lệ.",
      applicants: "Hộ kinh doanh đã được cấp Giấy chứng nhận đăng ký hộ kinh doanh.",
      implementingAgency: "Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở",
      result:
        "Giấy biên nhận; cơ quan đăng ký kinh doanh cập nhật tình trạng tạm ngừng hoặc tiếp tục kinh doanh.",
      fees: "Không.",
      forms: [
        {
          code: "TB-TNKD",
          name: "Thông báo về việc tạm ngừng/tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh (theo mẫu quy định hiện hành)",
        },
      ],
      conditions:
        "Hộ kinh doanh thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh.",
      legalBasis: [L.nd168_2025],
    },
  },
  {
    code: "MAU.KD.04",
    fieldCode: "KD",
    scope: "province",
    departmentSlug: "so-tai-chinh",
    content: {
      name: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
      level: "province",
      steps: [
        "Người thành lập doanh nghiệp nộp hồ sơ qua Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Phòng Đăng ký kinh doanh thuộc Sở Tài chính kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp và ngành, nghề kinh doanh.",
        "Nếu hồ sơ hợp lệ, Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế); nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.",
        "Doanh nghiệp công bố nội dung đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Miễn lệ phí đăng ký doanh nghiệp; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          "Nộp hồ sơ trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn) bằng chữ ký số hoặc tài khoản định danh điện tử.",
        ),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố 100.000 đồng/lần; cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Giấy đề nghị đăng ký doanh nghiệp", copies: "01 bản chính", formCode: "GDN-TNHH1" },
        { name: "Điều lệ công ty", copies: "01 bản chính" },
        {
          name: "Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu là cá nhân và người đại diện theo pháp luật; bản sao giấy tờ pháp lý của tổ chức đối với chủ sở hữu là tổ chức",
          copies: "01 bản sao",
          note: "Không phải nộp bản sao giấy tờ của cá nhân là công dân Việt Nam nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư.",
        },
        {
          name: "Văn bản cử người đại diện theo ủy quyền (trường hợp chủ sở hữu là tổ chức)",
          copies: "01 bản chính",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Tổ chức, cá nhân thành lập công ty trách nhiệm hữu hạn một thành viên.",
      implementingAgency: "Phòng Đăng ký kinh doanh thuộc Sở Tài chính tỉnh",
      result: "Giấy chứng nhận đăng ký doanh nghiệp.",
      fees: "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn khi đăng ký qua mạng thông tin điện tử). Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần.",
      forms: [
        {
          code: "GDN-TNHH1",
          name: "Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn một thành viên (theo mẫu quy định hiện hành về đăng ký doanh nghiệp)",
        },
      ],
      conditions:
        "Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp được đặt đúng quy định; hồ sơ đăng ký hợp lệ; nộp đủ lệ phí theo quy định.",
      legalBasis: [L.luatDoanhNghiep, L.nd168_2025, L.tt47_2019],
    },
  },
  {
    code: "MAU.KD.05",
    fieldCode: "KD",
    scope: "province",
    departmentSlug: "so-tai-chinh",
    content: {
      name: "Đăng ký thành lập doanh nghiệp tư nhân",
      level: "province",
      steps: [
        "Chủ doanh nghiệp tư nhân nộp hồ sơ qua Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Phòng Đăng ký kinh doanh thuộc Sở Tài chính kiểm tra tính hợp lệ của hồ sơ.",
        "Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp hoặc thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.",
        "Doanh nghiệp công bố nội dung đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Miễn lệ phí đăng ký doanh nghiệp; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          "Nộp hồ sơ trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn).",
        ),
      ],
      components: [
        { name: "Giấy đề nghị đăng ký doanh nghiệp", copies: "01 bản chính", formCode: "GDN-DNTN" },
        {
          name: "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
          copies: "01 bản sao",
          note: "Không phải nộp nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư.",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Cá nhân thành lập doanh nghiệp tư nhân.",
      implementingAgency: "Phòng Đăng ký kinh doanh thuộc Sở Tài chính tỉnh",
      result: "Giấy chứng nhận đăng ký doanh nghiệp.",
      fees: "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn khi đăng ký qua mạng thông tin điện tử). Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần.",
      forms: [
        {
          code: "GDN-DNTN",
          name: "Giấy đề nghị đăng ký doanh nghiệp tư nhân (theo mẫu quy định hiện hành về đăng ký doanh nghiệp)",
        },
      ],
      conditions:
        "Mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư nhân; chủ doanh nghiệp tư nhân không được đồng thời là chủ hộ kinh doanh, thành viên hợp danh của công ty hợp danh; ngành, nghề không bị cấm đầu tư kinh doanh.",
      legalBasis: [L.luatDoanhNghiep, L.nd168_2025, L.tt47_2019],
    },
  },
  {
    code: "MAU.KD.06",
    fieldCode: "KD",
    scope: "province",
    departmentSlug: "so-tai-chinh",
    content: {
      name: "Đăng ký thành lập công ty cổ phần",
      level: "province",
      steps: [
        "Người thành lập doanh nghiệp nộp hồ sơ qua Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Phòng Đăng ký kinh doanh thuộc Sở Tài chính kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp, danh sách cổ đông sáng lập.",
        "Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp hoặc thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.",
        "Doanh nghiệp công bố nội dung đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
      ],
      channels: [
        trucTiep(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          NOP_TINH,
        ),
        trucTuyen(
          "full",
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
          "Miễn lệ phí đăng ký doanh nghiệp; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.",
          "Nộp hồ sơ trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn).",
        ),
        buuChinh(
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian chuyển phát).",
          "Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố 100.000 đồng/lần; cước dịch vụ bưu chính.",
        ),
      ],
      components: [
        { name: "Giấy đề nghị đăng ký doanh nghiệp", copies: "01 bản chính", formCode: "GDN-CP" },
        { name: "Điều lệ công ty", copies: "01 bản chính" },
        {
          name: "Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)",
          copies: "01 bản chính",
          formCode: "DS-CDSL",
        },
        {
          name: "Bản sao giấy tờ pháp lý của cá nhân đối với cổ đông sáng lập là cá nhân và người đại diện theo pháp luật; giấy tờ pháp lý của tổ chức đối với cổ đông là tổ chức",
          copies: "01 bản sao",
        },
      ],
      timeLimit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      applicants: "Tổ chức, cá nhân thành lập công ty cổ phần (tối thiểu 03 cổ đông).",
      implementingAgency: "Phòng Đăng ký kinh doanh thuộc Sở Tài chính tỉnh",
      result: "Giấy chứng nhận đăng ký doanh nghiệp.",
      fees: "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn khi đăng ký qua mạng thông tin điện tử). Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần.",
      forms: [
        {
          code: "GDN-CP",
          name: "Giấy đề nghị đăng ký công ty cổ phần (theo mẫu quy định hiện hành về đăng ký doanh nghiệp)",
        },
        {
          code: "DS-CDSL",
          name: "Danh sách cổ đông sáng lập công ty cổ phần (theo mẫu quy định hiện hành về đăng ký doanh nghiệp)",
        },
      ],
      conditions:
        "Có tối thiểu 03 cổ đông sáng lập; ngành, nghề không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ và nộp đủ lệ phí.",
      legalBasis: [L.luatDoanhNghiep, L.nd168_2025, L.tt47_2019],
    },
  },
];
