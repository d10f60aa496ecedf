/** UI text, Vietnamese first. Official procedure content stays in Vietnamese in both languages. */

export const languages = ["vi", "en"] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}

const vi = {
  appName: "Hài Lòng",
  tagline: "Công khai thủ tục hành chính và đánh giá sự hài lòng",
  sampleData: "Dữ liệu mẫu dùng để trình diễn — không phải thông tin chính thức.",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  skipToContent: "Bỏ qua, đến nội dung chính",
  address: "Địa chỉ",
  openingHours: "Giờ làm việc",
  phone: "Điện thoại",
  counters: "Quầy tiếp nhận",
  subUnits: "Đơn vị trực thuộc",
  proceduresHere: "Thủ tục hành chính thực hiện tại đây",
  procedureCount: (n: number) => `${n} thủ tục`,
  noProcedures: "Đơn vị này không trực tiếp tiếp nhận hồ sơ. Vui lòng chọn đơn vị trực thuộc bên dưới.",
  rateService: "Đánh giá sự hài lòng",
  rateServiceHint: "Chỉ mất vài giây, không cần đăng nhập, không cần họ tên.",
  search: "Tìm kiếm",
  searchLabel: "Tìm thủ tục theo tên hoặc mã",
  searchPlaceholder: "Ví dụ: đăng ký khai sinh",
  notFoundTitle: "Không tìm thấy trang",
  notFoundBody:
    "Mã QR hoặc đường dẫn này không tồn tại. Hãy kiểm tra lại mã in trên tờ niêm yết, hoặc tìm thủ tục bên dưới.",
  home: "Trang chủ",
} as const;

type Dictionary = {
  [K in keyof typeof vi]: (typeof vi)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

const en: Dictionary = {
  appName: "Hài Lòng",
  tagline: "Public disclosure of administrative procedures and satisfaction feedback",
  sampleData: "Sample data for demonstration — not official information.",
  switchLanguage: "Tiếng Việt",
  switchLanguageLabel: "Chuyển sang tiếng Việt",
  skipToContent: "Skip to main content",
  address: "Address",
  openingHours: "Opening hours",
  phone: "Phone",
  counters: "Service counters",
  subUnits: "Units under this one",
  proceduresHere: "Procedures handled here",
  procedureCount: (n: number) => `${n} procedure${n === 1 ? "" : "s"}`,
  noProcedures: "This unit does not receive dossiers directly. Please choose one of its units below.",
  rateService: "Rate our service",
  rateServiceHint: "Takes a few seconds; no login, no name needed.",
  search: "Search",
  searchLabel: "Find a procedure by name or code",
  searchPlaceholder: "e.g. birth registration",
  notFoundTitle: "Page not found",
  notFoundBody:
    "This QR code or link does not exist. Check the code printed on the poster, or search for the procedure below.",
  home: "Home",
};

export const dictionaries: Record<Lang, Dictionary> = { vi, en };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}
