/** A day range cut into the whole calendar months inside it and the days left over at either end. Pure. */

import { addDays } from "@/lib/time";
import type { DayRange } from "./dashboard-params";

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

/**
 * A day range as whole months plus or minus a few days: a month more than half covered is read whole and
 * the days outside the range are taken away again (counts are sums, so this is exact). "2 – 31 October"
 * is October minus 1 October: two reads per unit instead of thirty.
 */
export interface SignedMonthSplit {
  /** Whole months (YYYY-MM) to add, ascending. */
  months: string[];
  /** Day ranges to add. */
  add: DayRange[];
  /** Day ranges (inside the months above) to subtract. */
  subtract: DayRange[];
}

function lastDayOfMonth(month: string): string {
  return addDays(`${monthOf(addDays(`${month}-28`, 4))}-01`, -1);
}

function dayCount(range: DayRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;
}

export function signedMonthSplit(range: DayRange): SignedMonthSplit {
  const result: SignedMonthSplit = { months: [], add: [], subtract: [] };
  for (let month = monthOf(range.from); month <= monthOf(range.to); ) {
    const first = `${month}-01`;
    const last = lastDayOfMonth(month);
    // ISO days compare as strings: the later start and the earlier end.
    const [, from = first] = [range.from, first].sort();
    const [to = last] = [range.to, last].sort();
    const covered = dayCount({ from, to });
    const total = dayCount({ from: first, to: last });
    if (covered === total) {
      result.months.push(month);
    } else if (covered * 2 > total) {
      result.months.push(month);
      if (from > first) result.subtract.push({ from: first, to: addDays(from, -1) });
      if (to < last) result.subtract.push({ from: addDays(to, 1), to: last });
    } else {
      result.add.push({ from, to });
    }
    month = monthOf(addDays(last, 1));
  }
  return result;
}
