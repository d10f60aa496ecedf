import Holidays from "date-holidays";
import { addDays } from "@/lib/time";

/**
 * Vietnam's public holidays (Bộ luật Lao động 2019, Điều 112) from date-holidays, which knows the lunar
 * calendar: Tết Dương lịch, Tết Nguyên đán (five days), Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc
 * khánh. A holiday on a Saturday or Sunday gives the next working day off (nghỉ bù, Điều 112 khoản 3).
 * The government's yearly announcements (the exact Tết days, the second day of Quốc khánh, bridge days and
 * the Saturdays worked to make up for them) are the `calendar` setting's to add. No I/O.
 */
const vietnam = new Holidays("VN", { timezone: "Asia/Ho_Chi_Minh" });

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

const cache = new Map<number, ReadonlySet<string>>();

/** The public holidays of a year, with their compensatory days, as YYYY-MM-DD days. */
export function publicHolidays(year: number): ReadonlySet<string> {
  const known = cache.get(year);
  if (known) return known;
  const days = new Set<string>();
  for (const holiday of vietnam.getHolidays(year)) {
    if (holiday.type !== "public") continue;
    // `date` is the local start ("2026-02-16 00:00:00"); `end` the instant after the last day.
    const first = holiday.date.slice(0, 10);
    const lengthInDays = Math.max(
      1,
      Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
    );
    for (let i = 0; i < lengthInDays; i++) days.add(addDays(first, i));
  }
  for (const day of [...days].sort()) {
    if (!isWeekend(day)) continue;
    let substitute = addDays(day, 1);
    while (isWeekend(substitute) || days.has(substitute)) substitute = addDays(substitute, 1);
    days.add(substitute);
  }
  cache.set(year, days);
  return days;
}

/** The public holidays of the years around an instant's year (due dates reach into the next year). */
export function publicHolidaysAround(year: number): string[] {
  return [year - 1, year, year + 1].flatMap((y) => [...publicHolidays(y)]);
}
