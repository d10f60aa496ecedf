import { describe, expect, it } from "vitest";
import { parseIndexSettings, targetFor } from "./index-settings";

describe("index settings", () => {
  it("reads stored values and falls back to defaults when they are missing or malformed", () => {
    const targets = [
      { year: 2030, percent: 95 },
      { year: 2025, percent: 90 },
    ];
    expect(parseIndexSettings({ minN: 50, rollup: "mean", targets })).toMatchObject({
      minN: 50,
      rollup: "mean",
      includeFlagged: false,
      targets: [targets[1], targets[0]],
    });
    expect(parseIndexSettings({ minN: "x", rollup: "median", targets: 3 })).toMatchObject({
      minN: 30,
      rollup: "pooled",
      targets: [],
    });
  });

  it("the target of a year is the next one due, else the last", () => {
    const targets = [
      { year: 2025, percent: 90 },
      { year: 2030, percent: 95 },
    ];
    expect(targetFor(targets, 2025)?.percent).toBe(90);
    expect(targetFor(targets, 2026)?.percent).toBe(95);
    expect(targetFor(targets, 2031)?.percent).toBe(95);
    expect(targetFor([], 2026)).toBeUndefined();
  });
});
