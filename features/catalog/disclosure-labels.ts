import type { Lang } from "@/lib/i18n";

/** The 12 disclosure fields of DOMAIN.md, with the labels citizens know (Vietnamese is authoritative). */
export const disclosureLabels = {
  name: { vi: "Tên thủ tục hành chính", en: "Procedure name" },
  code: { vi: "Mã TTHC", en: "Procedure code" },
  field: { vi: "Lĩnh vực", en: "Field" },
  level: { vi: "Cấp thực hiện", en: "Level" },
  steps: { vi: "Trình tự thực hiện", en: "Steps" },
  channels: { vi: "Cách thức thực hiện", en: "How to apply" },
  dossier: { vi: "Thành phần, số lượng hồ sơ", en: "Dossier components and copies" },
  timeLimit: { vi: "Thời hạn giải quyết", en: "Time limit" },
  applicants: { vi: "Đối tượng thực hiện", en: "Who may apply" },
  agencies: { vi: "Cơ quan thực hiện", en: "Implementing agency" },
  result: { vi: "Kết quả thực hiện", en: "Result" },
  fees: { vi: "Phí, lệ phí", en: "Fees and charges" },
  forms: { vi: "Tên mẫu đơn, mẫu tờ khai", en: "Forms" },
  conditions: { vi: "Yêu cầu, điều kiện thực hiện", en: "Conditions" },
  legalBasis: { vi: "Căn cứ pháp lý", en: "Legal basis" },
  receptionHours: { vi: "Thời gian tiếp nhận", en: "Reception hours" },
} as const;

/** What a page says instead of inventing a value the source does not give. */
export const missingLabels = {
  notStated: { vi: "Chưa có thông tin", en: "Not stated" },
  pending: {
    vi: "Nội dung thủ tục đang được cập nhật. Vui lòng hỏi cán bộ tại Bộ phận một cửa.",
    en: "The content of this procedure is being updated. Please ask at the one-stop counter.",
  },
  pendingTag: { vi: "Đang cập nhật", en: "Being updated" },
  noNationalCode: { vi: "chưa có mã quốc gia", en: "no national code yet" },
  anywhereInProvince: {
    vi: "Không phụ thuộc địa giới hành chính: có thể nộp hồ sơ tại bất kỳ nơi tiếp nhận nào trong tỉnh.",
    en: "Not bound to the place of residence: you may apply at any reception point in the province.",
  },
} as const;

export type DisclosureLabel = keyof typeof disclosureLabels;

/** "Vietnamese label" in vi; "Vietnamese label (English)" in en, so the official wording is always there. */
export function label(key: DisclosureLabel, lang: Lang): string {
  const l = disclosureLabels[key];
  return lang === "vi" ? l.vi : `${l.vi} (${l.en})`;
}

export const procedureChannelLabels = {
  in_person: { vi: "Trực tiếp", en: "In person" },
  online: { vi: "Trực tuyến", en: "Online" },
  post: { vi: "Qua dịch vụ bưu chính công ích", en: "By post" },
} as const;

export const onlineLevelLabels = {
  full: { vi: "Dịch vụ công trực tuyến toàn trình", en: "Fully online", short: "Toàn trình" },
  partial: { vi: "Dịch vụ công trực tuyến một phần", en: "Partly online", short: "Một phần" },
} as const;

export const procedureLevelLabels = {
  central: { vi: "Cấp Trung ương", en: "Central" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  commune: { vi: "Cấp xã", en: "Commune" },
  multi: { vi: "Nhiều cấp", en: "Several levels" },
} as const;

export const statusLabels = {
  in_force: { vi: "Đang có hiệu lực", en: "In force" },
  amended: { vi: "Đã được sửa đổi, bổ sung (đang có hiệu lực)", en: "Amended (in force)" },
  abolished: { vi: "Đã bãi bỏ", en: "Abolished" },
} as const;
