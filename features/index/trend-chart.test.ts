import { describe, expect, it } from "vitest";
import { targetLabelPositions, trendAxis, trendChartPoints } from "./trend-chart";

describe("trendChartPoints", () => {
  const months = [
    { month: "10/2026", quick: 80, service: null },
    { month: "11/2026", quick: 85, service: 70 },
    { month: "12/2026", quick: 60, service: 50 },
  ];

  it("draws the month not over yet only as the dashed segment from the month before", () => {
    expect(trendChartPoints(months, 2)).toEqual([
      {
        month: "10/2026",
        partial: false,
        quick: 80,
        service: null,
        quickPartial: null,
        servicePartial: null,
      },
      { month: "11/2026", partial: false, quick: 85, service: 70, quickPartial: 85, servicePartial: 70 },
      { month: "12/2026", partial: true, quick: null, service: null, quickPartial: 60, servicePartial: 50 },
    ]);
  });

  it("has no dashed segment when every month is over", () => {
    const points = trendChartPoints(months, undefined);
    expect(points.map((p) => p.quick)).toEqual([80, 85, 60]);
    expect(points.every((p) => !p.partial && p.quickPartial === null && p.servicePartial === null)).toBe(
      true,
    );
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
      [2025, "insideBottomRight"],
    ]);
  });
});

describe("trendAxis", () => {
  const targets = [
    { year: 2025, percent: 90 },
    { year: 2030, percent: 95 },
  ];
  const at = (quick: number | null) => ({
    month: "",
    partial: false,
    quick,
    service: null,
    quickPartial: null,
    servicePartial: null,
  });

  it("starts ten points under the lowest value or target, rounded down to a ten", () => {
    expect(trendAxis([at(81.5), at(88), at(null)], targets)).toEqual({
      domain: [70, 100],
      ticks: [70, 80, 90, 100],
    });
    expect(trendAxis([at(97)], targets).domain).toEqual([80, 100]);
  });

  it("reaches 0 for low figures, in steps of 20 over a long range, and without any figure", () => {
    expect(trendAxis([at(12)], targets)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(trendAxis([at(45)], []).ticks).toEqual([40, 60, 80, 100]);
    expect(trendAxis([], []).domain).toEqual([0, 100]);
  });
});
