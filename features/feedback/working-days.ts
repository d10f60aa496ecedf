import { z } from "zod";
import { addDays, localDay } from "@/lib/time";

/**
 * Working days, as the rules for citizens' feedback (PAKN) count them: Monday to Friday, except public
 * holidays and the days off the government announces each year; a Saturday the government makes a working
 * day (to make up for a bridge day) counts. Days are local calendar days (YYYY-MM-DD, Vietnam's time).
 * No I/O: the holidays come in (features/feedback/holidays.ts computes the national ones).
 */

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** The `calendar` setting: announced days off and make-up working days (YYYY-MM-DD lists). */
export const CALENDAR_SETTING_KEY = "calendar";
export const calendarSettingSchema = z
  .object({
    daysOff: z.array(isoDay).max(400).default([]),
    workingDays: z.array(isoDay).max(400).default([]),
  })
  .strict();
export type CalendarSetting = z.infer<typeof calendarSettingSchema>;

/** A valid stored calendar setting, or none (an unreadable value is ignored, never fatal). */
export function parseCalendarSetting(value: unknown): CalendarSetting {
  const parsed = calendarSettingSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { daysOff: [], workingDays: [] };
}

export interface WorkingCalendar {
  isWorkingDay(day: string): boolean;
}

/** A calendar from the public holidays, the announced days off and the announced working days. */
export function workingCalendar(rules: {
  holidays: Iterable<string>;
  daysOff?: Iterable<string>;
  workingDays?: Iterable<string>;
}): WorkingCalendar {
  const off = new Set([...rules.holidays, ...(rules.daysOff ?? [])]);
  const on = new Set(rules.workingDays ?? []);
  return {
    isWorkingDay(day) {
      if (on.has(day)) return true;
      if (off.has(day)) return false;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

/** The `count`-th working day after `day` (the day itself is not counted: "kể từ ngày tiếp nhận"). */
export function addWorkingDays(day: string, count: number, calendar: WorkingCalendar): string {
  let current = day;
  let left = count;
  // A year of days off in a row would be a broken setting; stop rather than loop for ever.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    current = addDays(current, 1);
    if (calendar.isWorkingDay(current)) left--;
  }
  return current;
}

/** The last instant of a local day (23:59:59.999 in Vietnam's time, UTC+7 all year: no daylight saving). */
export function endOfLocalDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59.999+07:00`));
}

/** When an item received at `receivedAt` must be answered: the end of its `dueDays`-th working day. */
export function dueAtFor(receivedAt: Date, dueDays: number, calendar: WorkingCalendar): Date {
  return endOfLocalDay(addWorkingDays(localDay(receivedAt), dueDays, calendar));
}

/** Working days left until a due instant (0 on the due day itself, negative once overdue). */
export function workingDaysLeft(dueAt: Date, now: Date, calendar: WorkingCalendar): number {
  const today = localDay(now);
  const due = localDay(dueAt);
  if (today === due) return now.getTime() > dueAt.getTime() ? -1 : 0;
  const forward = today < due;
  let count = 0;
  for (let day = today, guard = 0; day !== due && guard < 3660; guard++) {
    day = addDays(day, forward ? 1 : -1);
    if (calendar.isWorkingDay(day)) count++;
  }
  return forward ? count : -Math.max(1, count);
}
