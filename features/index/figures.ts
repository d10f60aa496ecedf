/**
 * The index's one vocabulary: what its figures are called, the one rule for showing them — below the
 * minimum n a figure reads "chưa đủ mẫu" (not enough answers), never a number that would rank it — and
 * how their numbers are written: two decimals, computed in full precision until here, with a decimal comma
 * in Vietnamese. The dashboard, the monthly report, the public board and feed, the unit page and the
 * exports all write figures through this module. Pure.
 */
import { fiveLevelScale, threeLevelScale } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import type { RollupMode } from "./index-engine";

/** Our figures' name. Never "Chỉ số SIPAS" alone: that is the ministry's own survey (DOMAIN.md). */
export const INDEX_LABEL = {
  vi: "Chỉ số hài lòng (theo cấu trúc SIPAS)",
  en: "Satisfaction index (SIPAS structure)",
} as const;

/** What a figure below the minimum n shows instead of its index. */
export const NOT_ENOUGH_ANSWERS = { vi: "chưa đủ mẫu", en: "not enough answers yet" } as const;

/** Column names of figure tables: managers' pages (vi), the public board (vi, en) and the files' headers. */
export const FIGURE_COLUMNS = {
  vi: {
    rank: "Hạng",
    unit: "Đơn vị",
    month: "Tháng",
    n: "Số lượt (n)",
    quickN: "n (câu hỏi nhanh)",
    index: "Chỉ số (%)",
    interval: "Khoảng tin cậy 95%",
    meanScore: "Điểm TB",
    change: "So với kỳ trước",
    service: "Chỉ số dịch vụ (%)",
  },
  en: {
    rank: "Rank",
    unit: "Unit",
    month: "Month",
    n: "Answers (n)",
    quickN: "n (quick question)",
    index: "Index (%)",
    interval: "95% interval",
    meanScore: "Mean score",
    change: "Change",
    service: "Service index (%)",
  },
} as const;

/** A value that does not exist (no answers, no previous period): a dash in tables. */
export const NO_VALUE = "—";

/** What the display rule looks at: the index and whether its n reaches the minimum. */
export interface ShownFigure {
  index: number | null;
  enoughSamples: boolean;
}

/** The display rule: a figure's index is shown — and ranked — only at or above the minimum n. */
export function publishedIndex(figure: ShownFigure | undefined): number | null {
  return figure?.enoughSamples && figure.index !== null ? figure.index : null;
}

/** Round for display only: 2 decimals, comma separator for vi ("80,00"), dot for en ("80.00"), "—" for null. */
export function formatIndex(value: number | null, lang: Lang): string {
  if (value === null) return NO_VALUE;
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const fixed = value.toFixed(2);
  return lang === "vi" ? fixed.replace(".", ",") : fixed;
}

/** Rounds as `formatIndex` displays (toFixed), so a file and the screen agree digit for digit. */
export function round2(value: number): number {
  return Number(value.toFixed(2));
}

/** A share in percent ("80,00%"), or "—". */
export function percentText(value: number | null, lang: Lang = "vi"): string {
  return value === null ? NO_VALUE : `${formatIndex(value, lang)}%`;
}

/**
 * A figure's published index as text, or the not-enough phrase — also without answers (citizens' pages
 * and the feed). `numbers` picks the decimal separator when it differs from the phrase's language.
 */
export function publishedIndexText(
  figure: ShownFigure | undefined,
  lang: Lang,
  numbers: Lang = lang,
): string {
  const value = publishedIndex(figure);
  return value === null ? NOT_ENOUGH_ANSWERS[lang] : formatIndex(value, numbers);
}

/** An index on managers' pages: "—" without answers, else as published, a shown number followed by `unit`. */
export function indexText(
  value: number | null,
  enoughSamples: boolean,
  lang: Lang = "vi",
  unit: "" | "%" = "",
): string {
  if (value === null) return NO_VALUE;
  const shown = publishedIndex({ index: value, enoughSamples });
  return shown === null ? NOT_ENOUGH_ANSWERS[lang] : `${formatIndex(shown, lang)}${unit}`;
}

/** An index as a spreadsheet cell: the number as the screen rounds it, the not-enough phrase, or empty. */
export function indexCell(value: number | null, enoughSamples: boolean): string | number | null {
  if (value === null) return null;
  const shown = publishedIndex({ index: value, enoughSamples });
  return shown === null ? NOT_ENOUGH_ANSWERS.vi : round2(shown);
}

/** The 95% Wilson interval ("66,96 – 88,76"), only where the index itself is shown. */
export function intervalText(
  wilson: { low: number; high: number } | null,
  enoughSamples: boolean,
  lang: Lang = "vi",
): string {
  return wilson && enoughSamples
    ? `${formatIndex(wilson.low, lang)} – ${formatIndex(wilson.high, lang)}`
    : NO_VALUE;
}

/** The mean level (1 … scale size). */
export function meanScoreText(meanScore: number | null, lang: Lang = "vi"): string {
  return formatIndex(meanScore, lang);
}

/** A change in percentage points, signed ("+1,23 điểm"). */
export function changeText(change: number | null): string {
  if (change === null) return NO_VALUE;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${formatIndex(Math.abs(change), "vi")} điểm`;
}

/** A month (YYYY-MM) as written in tables: "11/2026". */
export function monthText(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** The answer levels of a 3- or 5-level scale, lowest first. */
export function answerScale(size: number) {
  return size === 5 ? fiveLevelScale : threeLevelScale;
}

/** Answer level labels, lowest first, for a 3- or 5-level scale. */
export function answerLevelLabels(size: number, lang: Lang = "vi"): string[] {
  return answerScale(size).map((l) => l.label[lang]);
}

/** How a unit with units below it gets its index, as managers read it. */
export const ROLLUP_TEXT: Record<RollupMode, string> = {
  pooled: "gộp toàn bộ phiếu của đơn vị và các đơn vị trực thuộc",
  mean: "trung bình không trọng số chỉ số của đơn vị và các đơn vị trực thuộc",
};

/** The display rule in one sentence, as managers' pages state it. */
export function belowMinimumText(minN: number): string {
  return `Dưới ${minN} lượt trả lời, chỉ số hiển thị “${NOT_ENOUGH_ANSWERS.vi}” và không được xếp hạng.`;
}

/** The rollup and counting rules, for a dashboard's caption and an export's notes. */
export function rulesText({ rollup, minN }: { rollup: RollupMode; minN: number }): string {
  return `Chỉ số của mỗi đơn vị: ${ROLLUP_TEXT[rollup]}; không tính phiếu bị gắn cờ nghi vấn. ${belowMinimumText(minN)} So sánh với kỳ trước có cùng độ dài.`;
}
