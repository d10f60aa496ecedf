/**
 * The public side of the index: the board's period, the JSON feed's query and the published shape of a
 * figure. Below the minimum n a figure publishes no index (only n and the distribution). Pure.
 */
import { z } from "zod";
import type { Lang } from "@/i18n/locales";
import { addDays } from "@/lib/time";
import { addMonths, type DayRange, type Period, parseDashboardQuery } from "./dashboard-params";
import { answerScale, type INDEX_LABEL, publishedIndex, publishedIndexText } from "./figures";
import type { Figure, RollupMode } from "./index-engine";

/** Longest range the feed answers. */
export const MAX_FEED_DAYS = 366;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before the month of `today` (YYYY-MM): the latest full month. */
export function lastFullMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/**
 * The board's period from its GET parameters (the dashboard's names: `ky=thang&thang=YYYY-MM`,
 * `ky=quy&nam=YYYY&quy=1..4`, `ky=nam&nam=YYYY`); anything else is the latest full month.
 */
export function boardPeriod(params: Params, today: string): Period {
  const kind = first(params.ky);
  const month = first(params.thang);
  const normalized =
    kind === "quy" || kind === "nam"
      ? { ky: kind, nam: first(params.nam), quy: first(params.quy) }
      : { ky: "thang", thang: MONTH.test(month) ? month : lastFullMonth(today) };
  return parseDashboardQuery(normalized, today).period;
}

/** The board's GET parameters of a period (the inverse of `boardPeriod`). */
export function boardParams(period: Pick<Period, "kind" | "from">): Record<string, string> {
  const year = period.from.slice(0, 4);
  if (period.kind === "nam") return { ky: "nam", nam: year };
  if (period.kind === "quy") {
    return { ky: "quy", nam: year, quy: String(Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1) };
  }
  return { ky: "thang", thang: period.from.slice(0, 7) };
}

const englishMonth = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A period's name in the page's language. */
export function periodLabel(period: Pick<Period, "kind" | "from" | "to">, lang: Lang): string {
  const year = period.from.slice(0, 4);
  const month = period.from.slice(5, 7);
  const quarter = Math.floor((Number(month) - 1) / 3) + 1;
  if (period.kind === "nam") return lang === "vi" ? `Năm ${year}` : `Year ${year}`;
  if (period.kind === "quy") return lang === "vi" ? `Quý ${quarter}/${year}` : `Q${quarter} ${year}`;
  if (period.kind === "thang") {
    return lang === "vi"
      ? `Tháng ${month}/${year}`
      : englishMonth.format(new Date(`${year}-${month}-01T00:00:00Z`));
  }
  return `${period.from} – ${period.to}`;
}

/** Periods to offer as links: the latest full months, quarters and years before `today`'s month. */
export function recentPeriods(today: string): Array<Pick<Period, "kind" | "from" | "to">> {
  const last = lastFullMonth(today);
  const months = Array.from({ length: 6 }, (_, i) => boardPeriod({ thang: addMonths(last, -i) }, today));
  const quarterOf = (month: string) => ({
    ky: "quy",
    nam: month.slice(0, 4),
    quy: String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1),
  });
  const quarters = Array.from({ length: 4 }, (_, i) =>
    boardPeriod(quarterOf(addMonths(last, -3 * i)), today),
  );
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2].map((y) =>
    boardPeriod({ ky: "nam", nam: String(y) }, today),
  );
  return [...months, ...quarters, ...years];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A real YYYY-MM-DD day (never throws: zod runs this check even after the format check failed). */
function isCalendarDay(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    addDays(value, 0) === value
  );
}

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field}: ngày dạng YYYY-MM-DD / ${field} must be YYYY-MM-DD` })
    .refine(isCalendarDay, {
      error: `${field}: ngày không tồn tại / ${field} is not a calendar day`,
    });

/** GET /api/v1/public/index?unit=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD — both days or neither. */
export const feedQuerySchema = z
  .object({
    unit: z
      .string({ error: "unit: thiếu mã đơn vị / unit is required" })
      .regex(/^[1-9]\d{0,8}$/, {
        error: "unit: mã đơn vị là số nguyên dương / unit must be a positive integer id",
      })
      .transform(Number),
    from: day("from").optional(),
    to: day("to").optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from === undefined && q.to !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "from: cần cả from và to / from is required with to",
      });
    }
    if (q.to === undefined && q.from !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "to: cần cả from và to / to is required with from",
      });
    }
    if (q.from === undefined || q.to === undefined) return;
    if (q.from > q.to) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "from: ngày bắt đầu sau ngày kết thúc / from is after to",
      });
    } else if (daysBetween(q.from, q.to) + 1 > MAX_FEED_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to: khoảng thời gian tối đa ${MAX_FEED_DAYS} ngày / the range is at most ${MAX_FEED_DAYS} days`,
      });
    }
  });

export type FeedQuery = z.output<typeof feedQuerySchema>;

/** The feed's day range: as asked, or the latest full month. */
export function feedRange(query: FeedQuery, today: string): DayRange {
  if (query.from && query.to) return { from: query.from, to: query.to };
  const { from, to } = boardPeriod({}, today);
  return { from, to };
}

/** A figure as published: no index, interval or ranking number below the minimum n. */
export interface PublicFigure {
  n: number;
  satisfied: number;
  /** Full precision; null below the minimum n or without answers. */
  index: number | null;
  /** Two decimals with a dot ("80.00"), or the not-enough phrase in Vietnamese (figures.ts). */
  indexText: string;
  enoughSamples: boolean;
  meanScore: number | null;
  wilson: { low: number; high: number } | null;
  distribution: Array<{ level: number; label: { vi: string; en: string }; count: number }>;
}

export function publicFigure(figure: Figure): PublicFigure {
  const index = publishedIndex(figure);
  return {
    n: figure.n,
    satisfied: figure.satisfied,
    index,
    // Data, not a page: a decimal point, and the phrase in Vietnamese, the official wording.
    indexText: publishedIndexText(figure, "vi", "en"),
    enoughSamples: index !== null,
    meanScore: figure.meanScore,
    wilson: index !== null ? figure.wilson : null,
    distribution: answerScale(figure.distribution.length).map((level, i) => ({
      level: level.value,
      label: level.label,
      count: figure.distribution[i] ?? 0,
    })),
  };
}

export interface PublicUnitRef {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
}

export interface PublicFeed {
  label: typeof INDEX_LABEL;
  question: "quick";
  unit: PublicUnitRef;
  period: DayRange;
  minN: number;
  rollup: RollupMode;
  flaggedExcluded: true;
  figure: PublicFigure;
  children: Array<{ unit: PublicUnitRef; figure: PublicFigure }>;
  trend: Array<{ month: string; figure: PublicFigure }>;
}
