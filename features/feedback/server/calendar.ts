import "server-only";
import { getSetting } from "@/features/settings/server/settings";
import { FEEDBACK_DUE_DAYS_SETTING, parseDueDays } from "../feedback";
import { publicHolidaysAround } from "../holidays";
import {
  CALENDAR_SETTING_KEY,
  parseCalendarSetting,
  type WorkingCalendar,
  workingCalendar,
} from "../working-days";

/**
 * The working calendar in force: Vietnam's public holidays of the years around `now`, plus the days off
 * and make-up working days of the `calendar` setting; and the due period (`feedback.dueDays`, working days).
 */
export async function feedbackCalendar(
  now = new Date(),
): Promise<{ calendar: WorkingCalendar; dueDays: number }> {
  const [announced, dueDays] = await Promise.all([
    getSetting(CALENDAR_SETTING_KEY),
    getSetting(FEEDBACK_DUE_DAYS_SETTING),
  ]);
  const { daysOff, workingDays } = parseCalendarSetting(announced);
  return {
    calendar: workingCalendar({
      holidays: publicHolidaysAround(now.getUTCFullYear()),
      daysOff,
      workingDays,
    }),
    dueDays: parseDueDays(dueDays),
  };
}
