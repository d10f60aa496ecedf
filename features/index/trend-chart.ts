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
      quick: isPartial ? null : m.quick,
      service: isPartial ? null : m.service,
      quickPartial: joinsPartial ? m.quick : null,
      servicePartial: joinsPartial ? m.service : null,
    };
  });
}

/**
 * Where each target line's label goes, highest target first: above the line at the left, then below the
 * line at the right, alternately (recharts' positions of a horizontal reference line's label).
 */
export function targetLabelPositions<T extends { percent: number }>(
  targets: readonly T[],
): Array<T & { position: "insideBottomLeft" | "insideTopRight" }> {
  return [...targets]
    .sort((a, b) => b.percent - a.percent)
    .map((target, i) => ({ ...target, position: i % 2 === 0 ? "insideBottomLeft" : "insideTopRight" }));
}
