/** A small line of monthly values for an inline SVG: a path with gaps where a month has no value. Pure. */

export interface Sparkline {
  /** SVG path data; empty when no value is present. */
  path: string;
  points: Array<{ x: number; y: number }>;
  min: number;
  max: number;
}

/**
 * Scales values (percent) into a `width` × `height` box: x evenly spaced, y from `floor` (the lowest value
 * rounded down to 10, at most 50) at the bottom to 100 at the top. Null values break the line.
 */
export function sparkline(
  values: ReadonlyArray<number | null>,
  width: number,
  height: number,
  pad = 3,
): Sparkline {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(50, ...present.map((v) => Math.floor(v / 10) * 10));
  const max = 100;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    pad + (height - 2 * pad) * (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min));
  const round = (n: number) => Math.round(n * 10) / 10;
  const points: Array<{ x: number; y: number }> = [];
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    const point = { x: round(pad + i * step), y: round(y(v)) };
    points.push(point);
    path += `${drawing ? "L" : "M"}${point.x} ${point.y}`;
    drawing = true;
  });
  return { path, points, min, max };
}
