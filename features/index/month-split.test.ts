import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time";
import { signedMonthSplit, splitByMonths } from "./month-split";

describe("splitByMonths", () => {
  it("keeps whole months whole and leaves the edges as days", () => {
    expect(splitByMonths({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      months: { from: "2026-11", to: "2026-11" },
      days: [],
    });
    expect(splitByMonths({ from: "2025-12-16", to: "2026-03-05" })).toEqual({
      months: { from: "2026-01", to: "2026-02" },
      days: [
        { from: "2025-12-16", to: "2025-12-31" },
        { from: "2026-03-01", to: "2026-03-05" },
      ],
    });
    expect(splitByMonths({ from: "2024-02-01", to: "2024-02-29" }).months).toEqual({
      from: "2024-02",
      to: "2024-02",
    });
  });

  it("gives a range without a whole month back as days", () => {
    expect(splitByMonths({ from: "2026-10-15", to: "2026-11-13" })).toEqual({
      months: null,
      days: [{ from: "2026-10-15", to: "2026-11-13" }],
    });
    expect(splitByMonths({ from: "2026-02-02", to: "2026-02-28" }).months).toBeNull();
  });

  it("covers every day of any range exactly once", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 500 }), (from, length) => {
        const to = addDays(from, length);
        const split = splitByMonths({ from, to });
        const covered: string[] = [];
        for (const d of split.days) for (let x = d.from; x <= d.to; x = addDays(x, 1)) covered.push(x);
        if (split.months) {
          for (let x = `${split.months.from}-01`; x.slice(0, 7) <= split.months.to; x = addDays(x, 1))
            covered.push(x);
        }
        covered.sort();
        const expected: string[] = [];
        for (let x = from; x <= to; x = addDays(x, 1)) expected.push(x);
        expect(covered).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("signedMonthSplit", () => {
  it("reads a month more than half covered whole and takes the other days away", () => {
    expect(signedMonthSplit({ from: "2026-10-02", to: "2026-10-31" })).toEqual({
      months: ["2026-10"],
      add: [],
      subtract: [{ from: "2026-10-01", to: "2026-10-01" }],
    });
    expect(signedMonthSplit({ from: "2026-10-17", to: "2026-11-15" })).toEqual({
      months: [],
      add: [
        { from: "2026-10-17", to: "2026-10-31" },
        { from: "2026-11-01", to: "2026-11-15" },
      ],
      subtract: [],
    });
    expect(signedMonthSplit({ from: "2026-01-01", to: "2026-12-31" }).months).toHaveLength(12);
  });

  it("adds up to exactly the days of the range (every day once, none outside)", () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const to = addDays(from, length);
        const split = signedMonthSplit({ from, to });
        const weight = new Map<string, number>();
        const walk = (r: { from: string; to: string }, sign: number) => {
          for (let d = r.from; d <= r.to; d = addDays(d, 1)) weight.set(d, (weight.get(d) ?? 0) + sign);
        };
        for (const m of split.months)
          walk({ from: `${m}-01`, to: addDays(`${addDays(`${m}-28`, 4).slice(0, 7)}-01`, -1) }, 1);
        for (const r of split.add) walk(r, 1);
        for (const r of split.subtract) walk(r, -1);
        for (const [d, w] of weight) expect(w, d).toBe(d >= from && d <= to ? 1 : 0);
        for (let d = from; d <= to; d = addDays(d, 1)) expect(weight.get(d), d).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
