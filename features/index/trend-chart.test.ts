import { describe, expect, it } from "vitest";
import { targetLabelPositions, trendChartPoints } from "./trend-chart";

describe("trendChartPoints", () => {
  const months = [
    { month: "10/2026", quick: 80, service: null },
    { month: "11/2026", quick: 85, service: 70 },
    { month: "12/2026", quick: 60, service: 50 },
  ];

  it("draws the month not over yet only as the dashed segment from the month before", () => {
    expect(trendChartPoints(months, 2)).toEqual([
      { month: "10/2026", quick: 80, service: null, quickPartial: null, servicePartial: null },
      { month: "11/2026", quick: 85, service: 70, quickPartial: 85, servicePartial: 70 },
      { month: "12/2026", quick: null, service: null, quickPartial: 60, servicePartial: 50 },
    ]);
  });

  it("has no dashed segment when every month is over", () => {
    const points = trendChartPoints(months, undefined);
    expect(points.map((p) => p.quick)).toEqual([80, 85, 60]);
    expect(points.every((p) => p.quickPartial === null && p.servicePartial === null)).toBe(true);
  });
});

describe("targetLabelPositions", () => {
  it("puts the labels of two close targets on opposite sides and ends of their lines", () => {
    const positions = targetLabelPositions([
      { year: 2025, percent: 90 },
      { year: 2030, percent: 95 },
    ]);
    expect(positions.map((p) => [p.year, p.position])).toEqual([
      [2030, "insideBottomLeft"],
      [2025, "insideTopRight"],
    ]);
  });
});
