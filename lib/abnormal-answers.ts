import { addDays, lastDays } from "./time";

/**
 * How managers read a surge window's length: whole days, whole hours, or minutes (the catalogue's
 * `bursts.window.<unit>` says it with the count).
 */
export function windowLength(minutes: number): { unit: "days" | "hours" | "minutes"; count: number } {
  if (minutes % (24 * 60) === 0) return { unit: "days", count: minutes / (24 * 60) };
  if (minutes % 60 === 0) return { unit: "hours", count: minutes / 60 };
  return { unit: "minutes", count: minutes };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period of the review page: `tu`/`den` when both are valid days in order, at most a year apart
 * (dashboards link here with their own period), else the last 30 days.
 */
export function reviewPeriod(
  params: { tu?: unknown; den?: unknown },
  now = new Date(),
): { from: string; to: string } {
  const { tu, den } = params;
  if (typeof tu === "string" && typeof den === "string" && DAY.test(tu) && DAY.test(den)) {
    const valid = !Number.isNaN(Date.parse(tu)) && !Number.isNaN(Date.parse(den));
    if (valid && tu <= den && addDays(tu, 366) >= den) return { from: tu, to: den };
  }
  return lastDays(30, now);
}

/** The review page for a period, as dashboards link to it. */
export function reviewHref(period: { from: string; to: string }): string {
  return `/quan-ly/phieu-gan-co?tu=${period.from}&den=${period.to}`;
}
