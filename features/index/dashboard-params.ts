/**
 * The dashboard's GET parameters (period, filters, sort) parsed into a typed query, and back into links.
 * Everything is a plain query string so filters and sorting work without JavaScript. Pure.
 */

import type { Lang } from "@/i18n/locales";
import { type Phrase, phrase, translator } from "@/i18n/phrase";
import { type Channel, channels } from "@/lib/constants";
import { addDays, formatDate } from "@/lib/time";
import { type RankingSort, rankingSorts, type SortDirection } from "./index-ranking";

export const periodKinds = ["30-ngay", "thang", "quy", "nam", "tuy-chon"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** The catalogue's name of a channel (`t(channelKey(channel))`). */
export function channelKey(channel: Channel) {
  return `index.channels.${channel}` as const;
}

/** A channel's name in a language. */
export function channelLabel(channel: Channel, lang: Lang): string {
  return translator(lang)(channelKey(channel));
}

export interface DayRange {
  from: string;
  to: string;
}

export interface Period extends DayRange {
  kind: PeriodKind;
  previous: DayRange;
}

export interface FigureFilters {
  instrumentKey?: string;
  channel?: Channel;
  fieldId?: number;
  procedureId?: number;
  counterId?: number;
  includeFlagged?: boolean;
}

export interface DashboardQuery {
  period: Period;
  filters: FigureFilters;
  sort: RankingSort;
  direction: SortDirection;
  /** The parameters as given, to echo back into the filter form. */
  values: Record<string, string>;
  /** What was wrong when a parameter was invalid and a default was used instead. */
  problem?: Phrase;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

const MAX_CUSTOM_DAYS = 3 * 366;

/** The last day (YYYY-MM-DD) of a YYYY-MM month. */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Adds whole months to a YYYY-MM month. */
export function addMonths(month: string, months: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

function lastDaysPeriod(today: string): Period {
  const from = addDays(today, -29);
  return {
    kind: "30-ngay",
    from,
    to: today,
    previous: { from: addDays(from, -30), to: addDays(from, -1) },
  };
}

function monthPeriod(month: string): Period {
  const previous = addMonths(month, -1);
  return {
    kind: "thang",
    from: `${month}-01`,
    to: lastDayOfMonth(month),
    previous: { from: `${previous}-01`, to: lastDayOfMonth(previous) },
  };
}

function quarterPeriod(year: number, quarter: number): Period {
  const start = `${year}-${String(quarter * 3 - 2).padStart(2, "0")}`;
  const previousStart = addMonths(start, -3);
  return {
    kind: "quy",
    from: `${start}-01`,
    to: lastDayOfMonth(addMonths(start, 2)),
    previous: { from: `${previousStart}-01`, to: lastDayOfMonth(addMonths(previousStart, 2)) },
  };
}

function yearPeriod(year: number): Period {
  return {
    kind: "nam",
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    previous: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  };
}

function customPeriod(from: string, to: string): Period {
  const length = daysBetween(from, to) + 1;
  return {
    kind: "tuy-chon",
    from,
    to,
    previous: { from: addDays(from, -length), to: addDays(from, -1) },
  };
}

function parsePeriod(params: Params, today: string): { period: Period; problem?: Phrase } {
  const kind = first(params.ky);
  const thisYear = Number(today.slice(0, 4));
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : thisYear);
  if (kind === "thang") {
    const month = first(params.thang);
    return { period: monthPeriod(/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : today.slice(0, 7)) };
  }
  if (kind === "quy") {
    const quarter = Number(first(params.quy));
    const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    return {
      period: quarterPeriod(year(first(params.nam)), quarter >= 1 && quarter <= 4 ? quarter : current),
    };
  }
  if (kind === "nam") return { period: yearPeriod(year(first(params.nam))) };
  if (kind === "tuy-chon") {
    const from = first(params.tu);
    const to = first(params.den);
    if (isDay(from) && isDay(to) && from <= to && daysBetween(from, to) < MAX_CUSTOM_DAYS) {
      return { period: customPeriod(from, to) };
    }
    return {
      period: lastDaysPeriod(today),
      problem: phrase("index.period.invalidCustom"),
    };
  }
  return { period: lastDaysPeriod(today) };
}

function positiveId(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** A period's name in a language ("Tháng 11/2026", "November 2026", "Quý 4/2026", "Q4 2026"…). */
export function periodLabel(period: Pick<Period, "kind" | "from" | "to">, lang: Lang): string {
  const t = translator(lang);
  const year = period.from.slice(0, 4);
  const month = period.from.slice(5, 7);
  switch (period.kind) {
    case "30-ngay":
      return t("index.period.last30", {
        from: formatDate(period.from, lang),
        to: formatDate(period.to, lang),
      });
    case "thang":
      return t("index.period.month", { month, year });
    case "quy":
      return t("index.period.quarter", { quarter: Math.floor((Number(month) - 1) / 3) + 1, year });
    case "nam":
      return t("index.period.year", { year });
    case "tuy-chon":
      return t("index.period.custom", {
        from: formatDate(period.from, lang),
        to: formatDate(period.to, lang),
      });
  }
}

/** Parses the dashboard's query string; unknown or invalid values fall back to defaults. */
export function parseDashboardQuery(params: Params, today: string): DashboardQuery {
  const { period, problem } = parsePeriod(params, today);
  const channel = first(params.kenh);
  const instrumentKey = first(params.phieu);
  const sort = first(params["sap-xep"]);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const v = first(value);
    if (v) values[key] = v.slice(0, 100);
  }
  return {
    period,
    filters: {
      instrumentKey: /^[A-Za-z0-9_-]{1,40}$/.test(instrumentKey) ? instrumentKey : undefined,
      channel: (channels as readonly string[]).includes(channel) ? (channel as Channel) : undefined,
      fieldId: positiveId(first(params["linh-vuc"])),
      procedureId: positiveId(first(params["thu-tuc"])),
      counterId: positiveId(first(params.quay)),
    },
    sort: (rankingSorts as readonly string[]).includes(sort) ? (sort as RankingSort) : "index",
    direction: first(params.chieu) === "tang" ? "asc" : "desc",
    values,
    problem,
  };
}

/** Whether the query needs raw rows: the daily aggregates have no field, procedure or counter. */
export function needsRawRows(filters: FigureFilters): boolean {
  return (
    filters.fieldId !== undefined || filters.procedureId !== undefined || filters.counterId !== undefined
  );
}

/** A dashboard URL keeping the current parameters, with some replaced (empty values dropped). */
export function dashboardHref(
  path: string,
  values: Readonly<Record<string, string>>,
  overrides: Readonly<Record<string, string | undefined>> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...overrides })) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The `count` months ending with the month of `day` (YYYY-MM), oldest first, and their day range. */
export function trendMonths(day: string, count = 12): { months: string[]; from: string; to: string } {
  const last = day.slice(0, 7);
  const months = Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
  return { months, from: `${months[0]}-01`, to: lastDayOfMonth(last) };
}
