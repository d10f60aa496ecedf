/**
 * How the monthly trend is drawn: full months as a solid line; a month not over yet only as a dashed
 * segment from the month before it (its figure counts a few days, not a month); target lines' labels on
 * alternate sides so that two close targets (90 % and 95 %) never print on top of each other. Pure.
 */

export interface TrendValues {
  quick: number | null;
  service: number | null;
}

export interface TrendChartPoint extends TrendValues {
  month: string;
  /** Whether this is the month not over yet. */
  partial: boolean;
  /** The dashed segment: set only on the partial month and the month before it. */
  quickPartial: number | null;
  servicePartial: number | null;
}

/** Chart points of the months, oldest first; `partial` is the index of the month not over yet, if any. */
export function trendChartPoints(
  months: ReadonlyArray<TrendValues & { month: string }>,
  partial: number | undefined,
): TrendChartPoint[] {
  return months.map((m, i) => {
    const isPartial = i === partial;
    const joinsPartial = partial !== undefined && (i === partial || i === partial - 1);
    return {
      month: m.month,
      partial: isPartial,
      quick: isPartial ? null : m.quick,
      service: isPartial ? null : m.service,
      quickPartial: joinsPartial ? m.quick : null,
      servicePartial: joinsPartial ? m.service : null,
    };
  });
}

/**
 * Where each target line's label goes, highest target first: above its line, at the left end, then at the
 * right end, alternately (recharts' positions of a horizontal reference line's label). Two targets' labels
 * are then apart both ways: at opposite ends, and each on its own side of the band between the lines.
 */
export function targetLabelPositions<T extends { percent: number }>(
  targets: readonly T[],
): Array<T & { position: "insideBottomLeft" | "insideBottomRight" }> {
  return [...targets]
    .sort((a, b) => b.percent - a.percent)
    .map((target, i) => ({ ...target, position: i % 2 === 0 ? "insideBottomLeft" : "insideBottomRight" }));
}

/**
 * The percent axis: up to 100, from 10 points under the lowest value or target (rounded down to a ten),
 * so months between 80 % and 90 % and targets of 90 % and 95 % are not squeezed into the top of the chart.
 */
export function trendAxis(
  points: readonly TrendChartPoint[],
  targets: ReadonlyArray<{ percent: number }>,
): { domain: [number, number]; ticks: number[] } {
  const values = [
    ...points.flatMap((p) => [p.quick, p.service, p.quickPartial, p.servicePartial]),
    ...targets.map((t) => t.percent),
  ].filter((v): v is number => v !== null && Number.isFinite(v));
  const lowest = values.length === 0 ? 0 : Math.min(...values);
  const from = Math.min(100, Math.max(0, Math.floor(lowest / 10) * 10 - 10));
  const step = 100 - from > 50 ? 20 : 10;
  const ticks = Array.from(
    { length: Math.floor((100 - from) / step) + 1 },
    (_, i) => 100 - i * step,
  ).reverse();
  return { domain: [ticks[0] ?? from, 100], ticks };
}
