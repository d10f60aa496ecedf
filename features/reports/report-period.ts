/**
 * The periods of the periodic reports units send upward: a month, a quarter, six months (the first or the
 * last half of a year) and a year, each as local days (Asia/Ho_Chi_Minh), with the words the report's
 * title uses ("quý IV năm 2026", "6 tháng đầu năm 2026"), the period before it for comparison, and whether
 * it is over yet. A period is named in a query string by one key ("quy-2026-4"), so the choice is one
 * plain select that works without JavaScript. Pure.
 */
import { addMonths, type DayRange, lastDayOfMonth } from "@/features/index/dashboard-params";
import { type PeriodState, periodState } from "@/features/index/period-state";
import type { Lang } from "@/i18n/locales";
import { type Phrase, phrase, translator } from "@/i18n/phrase";

export const reportPeriodKinds = ["month", "quarter", "half", "year"] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

/** The key's first word per kind, as the address writes it. */
const KEY_WORDS: Record<ReportPeriodKind, string> = {
  month: "thang",
  quarter: "quy",
  half: "6-thang",
  year: "nam",
};

/** Months per period of each kind, and how many such periods a year has. */
const MONTHS: Record<ReportPeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export interface ReportPeriod extends DayRange {
  kind: ReportPeriodKind;
  year: number;
  /** The month (1–12), quarter (1–4) or half (1–2) within the year; 1 for a year. */
  part: number;
  /** "thang-2026-11", "quy-2026-4", "6-thang-2026-1", "nam-2026". */
  key: string;
  /** The period before it, of the same kind. */
  previous: DayRange;
}

function partsPerYear(kind: ReportPeriodKind): number {
  return 12 / MONTHS[kind];
}

/** A period of a kind by its year and its part within the year. */
export function reportPeriod(kind: ReportPeriodKind, year: number, part = 1): ReportPeriod {
  const per = partsPerYear(kind);
  if (
    !Number.isInteger(year) ||
    year < 1 ||
    year > 9999 ||
    !Number.isInteger(part) ||
    part < 1 ||
    part > per
  ) {
    throw new RangeError(`no ${kind} ${part} of ${year}`);
  }
  const months = MONTHS[kind];
  const start = `${String(year).padStart(4, "0")}-${String((part - 1) * months + 1).padStart(2, "0")}`;
  const before = addMonths(start, -months);
  const range = (first: string) => ({
    from: `${first}-01`,
    to: lastDayOfMonth(addMonths(first, months - 1)),
  });
  const key =
    kind === "year"
      ? `${KEY_WORDS[kind]}-${year}`
      : `${KEY_WORDS[kind]}-${year}-${kind === "month" ? String(part).padStart(2, "0") : part}`;
  return { kind, year, part, key, ...range(start), previous: range(before) };
}

/** The period of a kind that holds a local day. */
export function reportPeriodOf(kind: ReportPeriodKind, day: string): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return reportPeriod(kind, year, Math.floor((month - 1) / MONTHS[kind]) + 1);
}

const KEY_PATTERN = /^(thang|quy|6-thang|nam)-(\d{4})(?:-(\d{1,2}))?$/;

export type ParsedReportPeriod = { ok: true; period: ReportPeriod } | { ok: false; problem: Phrase };

/**
 * A period named by its key, refused when the key is not one (a phrase naming the field and the form it
 * takes) or when the period has not begun on `today`: a report is of days that have been.
 */
export function parseReportPeriod(value: string, today: string): ParsedReportPeriod {
  const match = KEY_PATTERN.exec(value.trim());
  const kind = reportPeriodKinds.find((k) => KEY_WORDS[k] === match?.[1]);
  const year = Number(match?.[2]);
  const part = match?.[3] === undefined ? 1 : Number(match[3]);
  const partMissing = kind !== undefined && kind !== "year" && match?.[3] === undefined;
  if (!match || !kind || partMissing || year < 1 || part < 1 || part > partsPerYear(kind)) {
    return { ok: false, problem: phrase("reports.errors.period") };
  }
  const period = reportPeriod(kind, year, part);
  if (period.from > today) return { ok: false, problem: phrase("reports.errors.futurePeriod") };
  return { ok: true, period };
}

/** The period as a report's title says it: "tháng 11 năm 2026", "quý IV năm 2026", "6 tháng đầu năm 2026". */
export function reportPeriodTitle(period: ReportPeriod, lang: Lang): string {
  const t = translator(lang);
  const year = String(period.year);
  switch (period.kind) {
    case "month":
      return t("reports.period.month", { month: period.part, year });
    case "quarter":
      return t("reports.period.quarter", { quarter: period.part, year });
    case "half":
      return t("reports.period.half", { half: period.part, year });
    case "year":
      return t("reports.period.year", { year });
  }
}

/** Whether the period is over on `today`; a partial one is reported through today and said so. */
export function reportPeriodState(period: ReportPeriod, today: string): PeriodState {
  return periodState(period, today);
}

/**
 * The periods a report may be asked for, latest first, per kind: the `count` latest of each kind that
 * have begun on `today` (the current one, partial, first).
 */
export function recentReportPeriods(
  today: string,
  count: Partial<Record<ReportPeriodKind, number>> = {},
): Array<{ kind: ReportPeriodKind; periods: ReportPeriod[] }> {
  const wanted: Record<ReportPeriodKind, number> = { month: 13, quarter: 5, half: 3, year: 3, ...count };
  return reportPeriodKinds.map((kind) => {
    const periods: ReportPeriod[] = [];
    let period = reportPeriodOf(kind, today);
    while (periods.length < wanted[kind] && period.year > 1) {
      periods.push(period);
      period = reportPeriodOf(kind, period.previous.from);
    }
    return { kind, periods };
  });
}

/** The default choice: the last quarter that is over on `today`. */
export function defaultReportPeriod(today: string): ReportPeriod {
  const current = reportPeriodOf("quarter", today);
  return reportPeriodOf("quarter", current.previous.from);
}
