import type { Lang } from "@/i18n/locales";
import { monthText, percentText, publishedIndex } from "../figures";
import type { Figure } from "../index-engine";
import { sparkline } from "../sparkline";
import { boardText } from "./board-text";

export interface TrendPoint {
  month: string;
  figure: Figure | undefined;
}

const WIDTH = 96;
const HEIGHT = 28;

/** A server-drawn line of the months with enough answers; its label says where it starts and ends. */
export function TrendSparkline({ points, lang }: { points: TrendPoint[]; lang: Lang }) {
  const d = boardText(lang);
  const values = points.map((p) => publishedIndex(p.figure));
  const line = sparkline(values, WIDTH, HEIGHT);
  const shown = points.filter((p) => publishedIndex(p.figure) !== null);
  const text = (p: TrendPoint | undefined) =>
    p ? `${percentText(publishedIndex(p.figure), lang)} (${monthText(p.month)})` : "";
  const label = shown.length === 0 ? d.noTrend : d.trendSummary(text(shown[0]), text(shown.at(-1)));
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="sparkline"
    >
      <title>{label}</title>
      <line x1="0" x2={WIDTH} y1={HEIGHT - 1} y2={HEIGHT - 1} stroke="#b1b4b6" strokeWidth="1" />
      {line.path ? <path d={line.path} fill="none" stroke="#0b4f8a" strokeWidth="2" /> : null}
      {line.points.map((p) => (
        <circle key={`${p.x}-${p.y}`} cx={p.x} cy={p.y} r="2" fill="#0b4f8a" />
      ))}
    </svg>
  );
}
