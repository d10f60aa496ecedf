import type { Lang } from "@/lib/i18n";
import type { Figure } from "../index-engine";
import { formatIndex } from "../satisfaction-index";
import { sparkline } from "../sparkline";
import { boardText } from "./board-text";

export interface TrendPoint {
  month: string;
  figure: Figure | undefined;
}

export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** The published value of a month: its index when it has enough answers, else nothing. */
export function publishedIndex(figure: Figure | undefined): number | null {
  return figure?.enoughSamples && figure.index !== null ? figure.index : null;
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
    p ? `${formatIndex(publishedIndex(p.figure), lang)}% (${monthLabel(p.month)})` : "";
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
