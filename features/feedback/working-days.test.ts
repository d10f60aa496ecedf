import { describe, expect, it } from "vitest";
import { publicHolidays, publicHolidaysAround } from "./holidays";
import {
  addWorkingDays,
  dueAtFor,
  parseCalendarSetting,
  workingCalendar,
  workingDaysLeft,
} from "./working-days";

describe("working days with a fixed calendar", () => {
  // Thursday 2027-01-28; a listed holiday on Monday 2027-02-01.
  const calendar = workingCalendar({ holidays: ["2027-02-01"] });

  it("skip the weekend and a listed holiday; the day of receipt is not counted", () => {
    expect(addWorkingDays("2027-01-28", 1, calendar)).toBe("2027-01-29"); // Friday
    expect(addWorkingDays("2027-01-28", 2, calendar)).toBe("2027-02-02"); // Sat, Sun, holiday Mon skipped
    expect(addWorkingDays("2027-01-29", 1, calendar)).toBe("2027-02-02");
  });

  it("an item received on a Saturday starts counting on Monday", () => {
    expect(addWorkingDays("2027-01-30", 1, workingCalendar({ holidays: [] }))).toBe("2027-02-01");
  });

  it("announced days off are skipped and announced working Saturdays count", () => {
    const announced = workingCalendar({
      holidays: [],
      daysOff: ["2027-02-02"],
      workingDays: ["2027-01-30"],
    });
    expect(addWorkingDays("2027-01-29", 1, announced)).toBe("2027-01-30"); // the make-up Saturday
    expect(addWorkingDays("2027-01-29", 3, announced)).toBe("2027-02-03"); // Mon, (Tue off), Wed
  });

  it("the due instant is the end of the due day in Vietnam's time", () => {
    const received = new Date("2027-01-28T16:30:00Z"); // 23:30 local, still the 28th
    expect(dueAtFor(received, 2, calendar).toISOString()).toBe("2027-02-02T16:59:59.999Z");
    const afterMidnight = new Date("2027-01-28T17:30:00Z"); // 00:30 local on the 29th
    expect(dueAtFor(afterMidnight, 1, calendar).toISOString()).toBe("2027-02-02T16:59:59.999Z");
  });

  it("count the working days left, negative once overdue", () => {
    const due = dueAtFor(new Date("2027-01-28T03:00:00Z"), 2, calendar); // Tue 2 Feb
    expect(workingDaysLeft(due, new Date("2027-01-29T03:00:00Z"), calendar)).toBe(1);
    expect(workingDaysLeft(due, new Date("2027-02-02T03:00:00Z"), calendar)).toBe(0);
    expect(workingDaysLeft(due, new Date("2027-02-03T03:00:00Z"), calendar)).toBe(-1);
  });

  it("a broken setting is ignored, not fatal", () => {
    expect(parseCalendarSetting({ daysOff: ["2027-13-01"] })).toEqual({ daysOff: [], workingDays: [] });
    expect(parseCalendarSetting(undefined)).toEqual({ daysOff: [], workingDays: [] });
    expect(parseCalendarSetting({ daysOff: ["2027-02-02"] })).toEqual({
      daysOff: ["2027-02-02"],
      workingDays: [],
    });
  });
});

describe("Vietnam's public holidays", () => {
  it("know the lunar holidays: Tết Nguyên đán 2026 and Giỗ Tổ Hùng Vương", () => {
    const days = publicHolidays(2026);
    // Tết 2026: the eve (16/2) and four days after (mùng 1 = 17/2).
    for (const day of ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]) {
      expect(days.has(day), day).toBe(true);
    }
    expect(days.has("2026-04-26")).toBe(true); // 10/3 âm lịch
    expect(days.has("2027-04-16")).toBe(false);
    expect(publicHolidays(2027).has("2027-04-16")).toBe(true);
    for (const day of ["2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02"])
      expect(days.has(day)).toBe(true);
  });

  it("a holiday on a weekend gives the next working day off (nghỉ bù)", () => {
    // Giỗ Tổ 2026 is a Sunday: Monday 27/4 is off.
    expect(publicHolidays(2026).has("2026-04-27")).toBe(true);
    expect(publicHolidays(2026).has("2026-04-28")).toBe(false);
  });

  it("a due date across a weekend and holidays lands on the right working day", () => {
    const calendar = workingCalendar({ holidays: publicHolidaysAround(2026) });
    // Friday 24/4/2026 + 10 working days: Sun 26/4 Giỗ Tổ (Mon 27/4 nghỉ bù), Thu 30/4, Fri 1/5 are off.
    expect(addWorkingDays("2026-04-24", 10, calendar)).toBe("2026-05-13");
    // Tết 2027: Fri 5/2 to Tue 9/2; its Saturday and Sunday give Wed 10/2 and Thu 11/2 off.
    expect(addWorkingDays("2027-02-04", 1, calendar)).toBe("2027-02-12");
  });
});
