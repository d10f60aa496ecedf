import { TIME_ZONE } from "./constants";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam's time zone. */
export function localDay(at: Date | number): string {
  return dayFormat.format(at);
}

/** Adds whole days to a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The later of two YYYY-MM-DD days. */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two YYYY-MM-DD days. */
export function earlierDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** The last `days` days ending today (local), inclusive. */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const to = localDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** The instants a range of local days covers: from its first midnight to the midnight after its last day. */
export function localDayBounds(range: { from: string; to: string }): { start: Date; end: Date } {
  return {
    start: new Date(Date.parse(`${range.from}T00:00:00+07:00`)),
    end: new Date(Date.parse(`${addDays(range.to, 1)}T00:00:00+07:00`)),
  };
}

export function formatDate(isoDay: string, lang: "vi" | "en"): string {
  const [y, m, d] = isoDay.split("-");
  return lang === "vi" ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
}

const clockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Local day and time of an instant, e.g. "20/11/2026 14:05". */
export function formatDateTime(at: Date, lang: "vi" | "en"): string {
  return `${formatDate(localDay(at), lang)} ${clockFormat.format(at)}`;
}
