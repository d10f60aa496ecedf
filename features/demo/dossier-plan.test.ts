import { describe, expect, it } from "vitest";
import { publicHolidaysAround } from "@/features/feedback/holidays";
import { workingCalendar } from "@/features/feedback/working-days";
import { localDay } from "@/lib/time";
import {
  type DemoDossierUnit,
  dueDayOf,
  linkReceipts,
  planDemoDossiers,
  plannedTimeliness,
} from "./dossier-plan";

const calendar = workingCalendar({ holidays: publicHolidaysAround(2026) });
const NOW = new Date("2026-11-30T10:00:00+07:00");
const units: DemoDossierUnit[] = [
  {
    id: 1,
    slug: "a-tthcc",
    volume: 1,
    lateRate: 0.006,
    procedures: [
      { id: 10, limit: { days: 3, working: true } },
      { id: 11, limit: { days: 15, working: false } },
      { id: 12, limit: null },
    ],
    officers: ["CB-A-01", "CB-A-02", "CB-A-03"],
    codePrefix: "H99.A",
  },
  {
    id: 2,
    slug: "b-tthcc",
    volume: 1,
    lateRate: 0.03,
    procedures: [{ id: 20, limit: { days: 0, working: true } }],
    officers: ["CB-B-01"],
    codePrefix: "H99.B",
  },
];

describe("the demo's dossier plan", () => {
  it("counts due days in working days, skipping weekends and Tết", () => {
    // Friday + 3 working days: Wednesday.
    expect(dueDayOf("2026-11-27", { days: 3, working: true }, calendar)).toBe("2026-12-02");
    // Received just before Tết 2026 (16–20 February off): the days off do not count.
    expect(dueDayOf("2026-02-13", { days: 2, working: true }, calendar)).toBe("2026-02-24");
    // Calendar days ending on a Sunday end on Monday; "the same day" is the day itself.
    expect(dueDayOf("2026-11-14", { days: 15, working: false }, calendar)).toBe("2026-11-30");
    expect(dueDayOf("2026-11-27", { days: 0, working: true }, calendar)).toBe("2026-11-27");
  });

  it("is the same on every run, with unique codes, consistent dates and numbered letters", () => {
    const a = planDemoDossiers(units, NOW, calendar, { perYear: 4000, overdueSlugs: ["a-tthcc"] });
    const b = planDemoDossiers(units, NOW, calendar, { perYear: 4000, overdueSlugs: ["a-tthcc"] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.map((d) => `${d.unitId}:${d.code}`)).size).toBe(a.length);
    for (const d of a) {
      expect(d.receivedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(calendar.isWorkingDay(localDay(d.receivedAt))).toBe(true);
      expect(d.dueAt.getTime()).toBeGreaterThanOrEqual(d.receivedAt.getTime());
      if (d.returnedAt) {
        expect(d.status).toBe("returned");
        expect(d.returnedAt.getTime()).toBeGreaterThan(d.receivedAt.getTime());
        expect(d.returnedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
      if (d.apology) {
        expect(plannedTimeliness(d) ?? "late").toBe("late");
        expect(d.newDueAt).toEqual(d.apology.newDueAt);
        expect(d.apology.previousDueAt).toEqual(d.dueAt);
      }
    }
    const late = (unitId: number) => {
      const timed = a.filter((d) => d.unitId === unitId && plannedTimeliness(d) !== null);
      return timed.filter((d) => plannedTimeliness(d) === "late").length / timed.length;
    };
    expect(late(2)).toBeGreaterThan(late(1));
    // The forced overdue dossier: open, appointment passed, no letter.
    const overdue = a.filter((d) => d.status === "processing" && d.dueAt < NOW && !d.apology);
    expect(overdue.some((d) => d.code.endsWith("-9001") && d.unitId === 1)).toBe(true);
    const numbers = a
      .flatMap((d) => (d.apology ? [d.apology] : []))
      .filter((l) => l.unitId === 2 && l.year === 2026)
      .map((l) => l.number)
      .sort((x, y) => x - y);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });

  it("links a receipt answer to one dossier of its unit returned earlier that day", () => {
    const plan = planDemoDossiers(units, NOW, calendar, { perYear: 4000 });
    const returned = plan.filter((d) => d.returnedAt && d.unitId === 1).slice(0, 40);
    const answers = returned.flatMap((d) => {
      const at = new Date((d.returnedAt?.getTime() ?? 0) + 60_000);
      const answer = { unitId: 1, submittedAt: at, localDay: localDay(at), flagged: false };
      return [
        { ...answer, quick: 1 },
        { ...answer, quick: 3 },
      ];
    });
    const links = linkReceipts(answers, plan, { share: 1 });
    const dossiers = [...links.values()];
    expect(new Set(dossiers.map((d) => d.id)).size).toBe(dossiers.length);
    expect(dossiers.length).toBeGreaterThan(20);
    for (const [index, d] of links) {
      const answer = answers[index];
      expect(d.unitId).toBe(answer?.unitId);
      expect(localDay(d.returnedAt ?? 0)).toBe(answer?.localDay);
      expect((d.returnedAt?.getTime() ?? 0) < (answer?.submittedAt.getTime() ?? 0)).toBe(true);
      expect(d.ratedUnsatisfied).toBe(answer?.quick === 1);
    }
  });
});
