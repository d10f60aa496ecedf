import { describe, expect, it } from "vitest";
import { dropWorthAlert, preferencesSchema, satisfiedRate } from "./notifications";

describe("drop alerts", () => {
  it("tell a drop above the threshold with enough answers on both sides", () => {
    const before = { satisfied: 90, total: 100 }; // 90 %
    expect(dropWorthAlert({ recent: { satisfied: 24, total: 40 }, before }, 10)).toBeCloseTo(30); // 60 %
    expect(dropWorthAlert({ recent: { satisfied: 32, total: 40 }, before }, 10)).toBeNull(); // 80 %: exactly 10
    expect(dropWorthAlert({ recent: { satisfied: 31, total: 40 }, before }, 10)).toBeCloseTo(12.5);
  });

  it("never with too few answers on either side", () => {
    expect(
      dropWorthAlert({ recent: { satisfied: 0, total: 29 }, before: { satisfied: 100, total: 100 } }, 10),
    ).toBeNull();
    expect(
      dropWorthAlert({ recent: { satisfied: 0, total: 100 }, before: { satisfied: 29, total: 29 } }, 10),
    ).toBeNull();
  });

  it("rates are the satisfied share", () => {
    expect(satisfiedRate({ satisfied: 3, total: 4 })).toBe(75);
    expect(satisfiedRate({ satisfied: 0, total: 0 })).toBeNull();
  });

  it("preferences take a whole threshold of 1–50 points", () => {
    const ok = { newFeedback: true, dailyDigest: false, dropAlert: true, dropPoints: 15 };
    expect(preferencesSchema.safeParse(ok).success).toBe(true);
    for (const dropPoints of [0, 51, 2.5]) {
      expect(preferencesSchema.safeParse({ ...ok, dropPoints }).success).toBe(false);
    }
  });
});
