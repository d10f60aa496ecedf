/**
 * The dashboard's unit table as plain cells, for the CSV and XLSX exports: the same rows, numbers rounded
 * to two decimals as on screen, the not-enough phrase where the screen shows it (figures.ts). Pure.
 */

import { answerScale, FIGURE_COLUMNS, indexCell, NOT_ENOUGH_ANSWERS, round2 } from "./figures";
import { type InstrumentFigures, indexChange, type UnitFigures } from "./index-engine";
import { type RankingSort, rankByQuickIndex, type SortDirection } from "./index-ranking";

export interface FigureRow {
  unit: { id: number; slug: string; name: string };
  depth: number;
  figures: UnitFigures;
  previous: UnitFigures | undefined;
}

/** A cell: text, a number already rounded to two decimals, or empty. */
export type Cell = string | number | null;

const { vi, en } = FIGURE_COLUMNS;

/** The unit column's header, Vietnamese and English as every column of the files. */
export const UNIT_HEADER = `${vi.unit} / ${en.unit}`;

export interface FigureTable {
  headers: string[];
  /** Columns holding numbers with two decimals (0-based). */
  decimalColumns: number[];
  rows: Cell[][];
}

/** The service figure shown in unit tables: the chosen instrument, else "service", else the first one. */
export function displayedService(
  figures: UnitFigures,
  key: string | undefined,
): InstrumentFigures | undefined {
  return (
    figures.instruments.find((i) => i.key === (key ?? "service")) ??
    (key === undefined ? figures.instruments[0] : undefined)
  );
}

/** Level labels from the top level down, as the dashboard's columns. */
function levelHeaders(size: number): string[] {
  return [...answerScale(size)].reverse().map((l) => `${l.label.vi} / ${l.label.en}`);
}

/**
 * One row per unit subtree with the quick index, n, each level's count (top level first), the 95 %
 * Wilson interval, the mean score, the change against the previous period, the service index and the
 * not-enough flag; with `ranks`, a first column with each unit's rank (empty when unranked).
 */
export function figureTable(
  rows: readonly FigureRow[],
  options: { serviceKey?: string; ranks?: ReadonlyMap<number, number | null> } = {},
): FigureTable {
  const scale = rows[0]?.figures.quick.distribution.length ?? 3;
  const ranked = options.ranks !== undefined;
  const headers = [
    ...(ranked ? [`${vi.rank} / ${en.rank}`] : []),
    UNIT_HEADER,
    vi.n,
    ...levelHeaders(scale),
    `${vi.index} / Index`,
    `${vi.interval} - thấp / Wilson low`,
    `${vi.interval} - cao / Wilson high`,
    `${vi.meanScore} / ${en.meanScore}`,
    `${vi.change} (điểm) / ${en.change} (points)`,
    `${vi.service} / Service index`,
    "Ghi chú / Note",
  ];
  const first = ranked ? 1 : 0;
  const decimalColumns = [3, 4, 5, 6, 7, 8].map((i) => first + scale + i - 1);
  const body = rows.map(({ unit, figures, previous }): Cell[] => {
    const q = figures.quick;
    const shown = q.enoughSamples && q.wilson !== null;
    const change = indexChange(q, previous?.quick);
    const service = displayedService(figures, options.serviceKey);
    return [
      ...(ranked ? [options.ranks?.get(unit.id) ?? null] : []),
      unit.name,
      q.n,
      ...[...q.distribution].reverse(),
      indexCell(q.index, q.enoughSamples),
      shown && q.wilson ? round2(q.wilson.low) : null,
      shown && q.wilson ? round2(q.wilson.high) : null,
      q.meanScore === null ? null : round2(q.meanScore),
      change === null ? null : round2(change),
      service ? indexCell(service.service, service.enoughSamples) : null,
      q.enoughSamples ? null : NOT_ENOUGH_ANSWERS.vi,
    ];
  });
  return { headers, decimalColumns, rows: body };
}

/** The drill-down's ranking order and rank numbers (as `RankingTable` shows them). */
export function rankRows(
  rows: readonly FigureRow[],
  sort: RankingSort,
  direction: SortDirection,
): { rows: FigureRow[]; ranks: Map<number, number | null> } {
  const ranked = rankByQuickIndex(rows, sort, direction);
  return { rows: ranked.map((r) => r.row), ranks: new Map(ranked.map((r) => [r.id, r.rank])) };
}
