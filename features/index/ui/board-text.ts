import type { Lang } from "@/i18n/locales";
import { FIGURE_COLUMNS, INDEX_LABEL, NOT_ENOUGH_ANSWERS } from "../figures";

/** Text of the public board, Vietnamese first. */
const vi = {
  title: "Công khai chỉ số hài lòng",
  label: INDEX_LABEL.vi,
  intro:
    "Kết quả đánh giá nhanh của người dân tại bộ phận một cửa của từng cơ quan, đơn vị. Chỉ công bố số liệu tổng hợp: không có góp ý, không có thông tin cá nhân.",
  period: "Kỳ",
  otherPeriods: "Chọn kỳ khác",
  months: "Tháng",
  quarters: "Quý",
  years: "Năm",
  unit: FIGURE_COLUMNS.vi.unit,
  n: FIGURE_COLUMNS.vi.n,
  index: FIGURE_COLUMNS.vi.index,
  wilson: FIGURE_COLUMNS.vi.interval,
  mean: (size: number) => `${FIGURE_COLUMNS.vi.meanScore} (1–${size})`,
  trend: "12 tháng",
  trendTitle: "Diễn biến 12 tháng theo đơn vị",
  trendHint: "Chọn một đơn vị để xem số liệu từng tháng.",
  month: FIGURE_COLUMNS.vi.month,
  noTrend: "Chưa tháng nào đủ mẫu",
  trendSummary: (from: string, to: string) => `Diễn biến: ${from} → ${to}`,
  json: "Dữ liệu mở (JSON)",
  method: (minN: number, pooled: boolean) =>
    `Cách tính: chỉ số = 100 × (Rất hài lòng + Hài lòng) ÷ số lượt trả lời hợp lệ của câu hỏi nhanh. Chỉ số của đơn vị có đơn vị trực thuộc ${pooled ? "gộp toàn bộ phiếu của cả nhánh" : "là trung bình không trọng số chỉ số của các đơn vị trực thuộc"}. Dưới ${minN} lượt trả lời: “${NOT_ENOUGH_ANSWERS.vi}”, không công bố chỉ số và không xếp hạng. Khoảng tin cậy 95% theo phương pháp Wilson. Không tính các phiếu bị gắn cờ nghi vấn. Đây không phải Chỉ số SIPAS chính thức do Bộ Nội vụ điều tra.`,
};

type Text = {
  [K in keyof typeof vi]: (typeof vi)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const en: Text = {
  title: "Satisfaction index board",
  label: INDEX_LABEL.en,
  intro:
    "Quick ratings given by citizens at each unit's one-stop counter. Only totals are published: no comments, no personal data.",
  period: "Period",
  otherPeriods: "Other periods",
  months: "Months",
  quarters: "Quarters",
  years: "Years",
  unit: FIGURE_COLUMNS.en.unit,
  n: FIGURE_COLUMNS.en.n,
  index: FIGURE_COLUMNS.en.index,
  wilson: FIGURE_COLUMNS.en.interval,
  mean: (size: number) => `${FIGURE_COLUMNS.en.meanScore} (1–${size})`,
  trend: "12 months",
  trendTitle: "12-month trend per unit",
  trendHint: "Open a unit to see each month's figures.",
  month: FIGURE_COLUMNS.en.month,
  noTrend: "No month has enough answers yet",
  trendSummary: (from: string, to: string) => `Trend: ${from} → ${to}`,
  json: "Open data (JSON)",
  method: (minN: number, pooled: boolean) =>
    `Method: index = 100 × (Very satisfied + Satisfied) ÷ valid answers to the quick question. A unit with units below it ${pooled ? "pools every answer of its branch" : "takes the unweighted mean of its units' indices"}. Under ${minN} answers: “${NOT_ENOUGH_ANSWERS.en}”, no index and no ranking. 95% interval by the Wilson method. Responses flagged as suspicious are not counted. This is not the official SIPAS index of the Ministry of Home Affairs' survey.`,
};

export function boardText(lang: Lang): Text {
  return lang === "vi" ? vi : en;
}
