import { fiveLevelScale, threeLevelScale } from "@/features/survey/instruments";
import { formatIndex } from "../satisfaction-index";

/** Display helpers for index figures (Vietnamese number format: "80,00"). */

export const NOT_ENOUGH = "chưa đủ mẫu";

export function indexText(value: number | null, enoughSamples: boolean): string {
  if (value === null) return "—";
  return enoughSamples ? formatIndex(value, "vi") : NOT_ENOUGH;
}

export function intervalText(wilson: { low: number; high: number } | null, enoughSamples: boolean): string {
  return wilson && enoughSamples
    ? `${formatIndex(wilson.low, "vi")} – ${formatIndex(wilson.high, "vi")}`
    : "—";
}

export function changeText(change: number | null): string {
  if (change === null) return "—";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${formatIndex(Math.abs(change), "vi")} điểm`;
}

export function meanScoreText(meanScore: number | null): string {
  return formatIndex(meanScore, "vi");
}

/** Level labels, lowest first, for a 3- or 5-level scale. */
export function levelLabels(size: number): string[] {
  return (size === 5 ? fiveLevelScale : threeLevelScale).map((l) => l.label.vi);
}

/** Bar colours from "not satisfied" to "very satisfied" (contrast ≥ 3:1 on white). */
export function levelColors(size: number): string[] {
  return size === 5
    ? ["#b00020", "#d4351c", "#505a5f", "#2f7d32", "#00703c"]
    : ["#b00020", "#2f7d32", "#00703c"];
}

export function monthText(month: string): string {
  const [y, m] = month.split("-");
  return `${m}/${y}`;
}
