import { describe, expect, it } from "vitest";
import { publicHolidays } from "@/features/feedback/holidays";
import { workingCalendar } from "@/features/feedback/working-days";
import { atRiskUntil, type DossierTiming, isAtRisk, isLateWithoutLetter, newAppointment } from "./at-risk";

const t = (s: string) => new Date(s);
const weekdays = workingCalendar({ holidays: [] });
const vietnam = workingCalendar({ holidays: publicHolidays(2026) });

const open = (dueAt: string | null, more: Partial<DossierTiming> = {}): DossierTiming => ({
  status: "processing",
  dueAt: dueAt ? t(dueAt) : null,
  newDueAt: null,
  timeliness: null,
  apologized: false,
  ...more,
});

describe("dossiers at risk: due within one working day", () => {
  it("runs to the end of the next working day, in Vietnam's time", () => {
    // Tuesday 8 December 2026, 10:00 → the end of Wednesday the 9th.
    expect(atRiskUntil(t("2026-12-08T10:00:00+07:00"), weekdays).toISOString()).toBe(
      "2026-12-09T16:59:59.999Z",
    );
    // 20:00 UTC on Tuesday is already Wednesday in Vietnam: the horizon is Thursday.
    expect(atRiskUntil(t("2026-12-08T20:00:00Z"), weekdays).toISOString()).toBe("2026-12-10T16:59:59.999Z");
  });

  it("skips the weekend: on a Friday, a dossier due Monday is at risk and one due Tuesday is not", () => {
    const friday = t("2026-12-11T09:00:00+07:00");
    expect(isAtRisk(open("2026-12-14T17:00:00+07:00"), friday, weekdays)).toBe(true);
    expect(isAtRisk(open("2026-12-15T08:00:00+07:00"), friday, weekdays)).toBe(false);
  });

  it("skips public holidays: before 30 April and 1 May, Monday 4 May is the next working day", () => {
    const wednesday = t("2026-04-29T10:00:00+07:00");
    const dueMonday = open("2026-05-04T17:00:00+07:00");
    expect(isAtRisk(dueMonday, wednesday, vietnam)).toBe(true);
    expect(isAtRisk(dueMonday, wednesday, weekdays)).toBe(false);
  });

  it("is later today too, but not once the appointment has passed (then it is late)", () => {
    const now = t("2026-12-08T10:00:00+07:00");
    expect(isAtRisk(open("2026-12-08T17:00:00+07:00"), now, weekdays)).toBe(true);
    expect(isAtRisk(open("2026-12-08T09:00:00+07:00"), now, weekdays)).toBe(false);
    expect(isLateWithoutLetter(open("2026-12-08T09:00:00+07:00"), now)).toBe(true);
  });

  it("counts only open dossiers with an appointment, the letter's new date replacing the receipt's", () => {
    const now = t("2026-12-08T10:00:00+07:00");
    expect(isAtRisk(open(null), now, weekdays)).toBe(false);
    expect(isAtRisk(open("2026-12-09T08:00:00+07:00", { status: "returned" }), now, weekdays)).toBe(false);
    const rescheduled = open("2026-12-08T09:00:00+07:00", {
      newDueAt: t("2026-12-15T23:59:59+07:00"),
      apologized: true,
    });
    expect(isAtRisk(rescheduled, now, weekdays)).toBe(false);
    expect(isLateWithoutLetter(rescheduled, now)).toBe(false);
    // The new date passes too: late again, a new letter is due.
    expect(isLateWithoutLetter(rescheduled, t("2026-12-16T08:00:00+07:00"))).toBe(true);
  });
});

describe("late dossiers without a letter", () => {
  const now = t("2026-12-08T10:00:00+07:00");
  it("holds returned-late dossiers until they have a letter, never early or on-time ones", () => {
    const returned = (more: Partial<DossierTiming>) =>
      open("2026-12-01T17:00:00+07:00", { status: "returned", ...more });
    expect(isLateWithoutLetter(returned({ timeliness: "late" }), now)).toBe(true);
    expect(isLateWithoutLetter(returned({ timeliness: "late", apologized: true }), now)).toBe(false);
    expect(isLateWithoutLetter(returned({ timeliness: "on_time" }), now)).toBe(false);
    expect(isLateWithoutLetter(open("2026-12-01T17:00:00+07:00", { status: "withdrawn" }), now)).toBe(false);
  });
});

describe("a letter's new date", () => {
  const current = t("2026-12-08T17:00:00+07:00");
  it("is the end of the chosen local day, on a later day than the appointment", () => {
    expect(newAppointment("2026-12-10", current)?.toISOString()).toBe("2026-12-10T16:59:59.999Z");
    expect(newAppointment("2026-12-08", current)).toBeNull();
    expect(newAppointment("2026-12-07", current)).toBeNull();
    expect(newAppointment("2026-12-08", null)?.toISOString()).toBe("2026-12-08T16:59:59.999Z");
  });
});
