/**
 * The index's one vocabulary: what its figures are called, the one rule for showing them — below the
 * minimum n a figure reads "chưa đủ lượt đánh giá" (not enough answers), never a number that would rank it — and
 * how their numbers are written: two decimals, computed in full precision until here, with a decimal comma
 * in Vietnamese. The dashboard, the monthly report, the public board and feed, the unit page and the
 * exports all write figures through this module. Pure.
 */
import { fiveLevelScale, threeLevelScale } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import type { RollupMode } from "./index-engine";

/**
 * The quick figure's name — the figure every surface leads with ("Tỷ lệ hài lòng (đánh giá nhanh)"). It
 * has no SIPAS structure: only the five-element index is named after it (`serviceIndexLabel`), and never
 * "Chỉ số SIPAS" alone, the ministry's own survey (DOMAIN.md).
 */
export function indexLabel(lang: Lang): string {
  return translator(lang)("index.quickLabel");
}

/** The five-element questionnaire's index: "Chỉ số hài lòng (theo cấu trúc SIPAS)". */
export function serviceIndexLabel(lang: Lang): string {
  return translator(lang)("index.serviceLabel");
}

/** The quick figure's name in both languages, as the open data feed publishes it. */
export function indexLabels(): { vi: string; en: string } {
  return { vi: indexLabel("vi"), en: indexLabel("en") };
}

/** What a figure below the minimum n shows instead of its index. */
export function notEnoughAnswers(lang: Lang): string {
  return translator(lang)("index.notEnough");
}

export const figureColumnKeys = [
  "rank",
  "unit",
  "month",
  "n",
  "quickN",
  "index",
  "interval",
  "meanScore",
  "change",
  "service",
  "onTimeRate",
  "onTimeN",
  "qd766Ratio",
  "qd766N",
  "received",
  "early",
  "onTime",
  "late",
  "pendingOverdue",
  "withApology",
  "complained",
  "ratedUnsatisfied",
] as const;
export type FigureColumn = (typeof figureColumnKeys)[number];

/** Column names of figure tables: managers' pages, the public board and the files' headers. */
export function figureColumns(lang: Lang): Record<FigureColumn, string> {
  const t = translator(lang);
  return Object.fromEntries(figureColumnKeys.map((key) => [key, t(`index.columns.${key}`)])) as Record<
    FigureColumn,
    string
  >;
}

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

const DECIMAL_SEPARATOR: Record<Lang, string> = { vi: ",", en: "." };

const NUMBER_LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** A count with the language's thousands separator: "16.928" in Vietnamese, "16,928" in English. */
export function countText(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: 0 }).format(value);
}

/** Round for display only: 2 decimals, comma separator for vi ("80,00"), dot for en ("80.00"), "—" for null. */
export function formatIndex(value: number | null, lang: Lang): string {
  if (value === null) return NO_VALUE;
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  return value.toFixed(2).replace(".", DECIMAL_SEPARATOR[lang]);
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
  return value === null ? notEnoughAnswers(lang) : formatIndex(value, numbers);
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
  return shown === null ? notEnoughAnswers(lang) : `${formatIndex(shown, lang)}${unit}`;
}

/** An index as a spreadsheet cell: the number as the screen rounds it, the not-enough phrase, or empty. */
export function indexCell(
  value: number | null,
  enoughSamples: boolean,
  lang: Lang = "vi",
): string | number | null {
  if (value === null) return null;
  const shown = publishedIndex({ index: value, enoughSamples });
  return shown === null ? notEnoughAnswers(lang) : round2(shown);
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

/** A change in percentage points, signed ("+1,23 điểm", "+1.23 points"). */
export function changeText(change: number | null, lang: Lang = "vi"): string {
  if (change === null) return NO_VALUE;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return translator(lang)("index.change", { sign, value: formatIndex(Math.abs(change), lang) });
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
export function rollupText(rollup: RollupMode, lang: Lang): string {
  return translator(lang)(`index.rules.rollup.${rollup}`);
}

/** The display rule in one sentence, as managers' pages state it. */
export function belowMinimumText(minN: number, lang: Lang): string {
  return translator(lang)("index.rules.belowMinimum", { minN, notEnough: notEnoughAnswers(lang) });
}

/** The rollup and counting rules, for a dashboard's caption and an export's notes. */
export function rulesText({ rollup, minN }: { rollup: RollupMode; minN: number }, lang: Lang): string {
  return translator(lang)("index.rules.summary", {
    rollup: rollupText(rollup, lang),
    belowMinimum: belowMinimumText(minN, lang),
  });
}
