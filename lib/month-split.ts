/** A day range cut into the whole calendar months inside it and the days left over at either end. Pure. */
import type { DayRange } from "./dashboard-params";
import { addDays } from "./time";

export interface MonthSplit {
  /** First and last whole month (YYYY-MM), or null when the range holds no whole month. */
  months: { from: string; to: string } | null;
  /** The days outside those months, at most two ranges (before and after). */
  days: DayRange[];
}

function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function splitByMonths(range: DayRange): MonthSplit {
  const firstFull = range.from.endsWith("-01")
    ? monthOf(range.from)
    : monthOf(addDays(`${monthOf(range.from)}-28`, 4));
  const afterTo = addDays(range.to, 1);
  const lastFull = afterTo.endsWith("-01")
    ? monthOf(range.to)
    : monthOf(addDays(`${monthOf(range.to)}-01`, -1));
  if (firstFull > lastFull) return { months: null, days: [range] };
  const days: DayRange[] = [];
  const monthsStart = `${firstFull}-01`;
  if (range.from < monthsStart) days.push({ from: range.from, to: addDays(monthsStart, -1) });
  const monthsEnd = addDays(`${monthOf(addDays(`${lastFull}-28`, 4))}-01`, -1);
  if (monthsEnd < range.to) days.push({ from: addDays(monthsEnd, 1), to: range.to });
  return { months: { from: firstFull, to: lastFull }, days };
}
