/**
 * The dashboard's unit table as plain cells, for the CSV and XLSX exports: the same rows, numbers rounded
 * to two decimals as on screen, the not-enough phrase where the screen shows it (figures.ts). Pure.
 */

import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { type DossierFigures, dossierCells, dossierColumnKeys } from "./dossier-figures";
import { answerScale, figureColumns, indexCell, notEnoughAnswers, round2 } from "./figures";
import { type InstrumentFigures, indexChange, type UnitFigures } from "./index-engine";
import { type RankingSort, rankByQuickIndex, type SortDirection } from "./index-ranking";

export interface FigureRow {
  unit: { id: number; slug: string; name: string };
  depth: number;
  figures: UnitFigures;
  previous: UnitFigures | undefined;
  /** The subtree's dossier figures over the same period (on-time rate, QĐ 766 ratio). */
  dossiers?: DossierFigures;
}

/** A cell: text, a number already rounded to two decimals, or empty. */
export type Cell = string | number | null;

export interface FigureTable {
  headers: string[];
  /** The unit names' column (0-based), wider in a spreadsheet. */
  unitColumn: number;
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
function levelHeaders(size: number, lang: Lang): string[] {
  return [...answerScale(size)].reverse().map((l) => l.label[lang]);
}

/**
 * One row per unit subtree with the quick index, n, each level's count (top level first), the 95 %
 * Wilson interval, the mean score, the change against the previous period, the service index, the
 * dossier figures with their n and counts (`dossierColumnKeys`) and the not-enough flag; with `ranks`, a first column with each unit's rank (empty when unranked). Headers and
 * phrases in the manager's language (`lang`, Vietnamese unless given).
 */
export function figureTable(
  rows: readonly FigureRow[],
  options: { serviceKey?: string; ranks?: ReadonlyMap<number, number | null>; lang?: Lang } = {},
): FigureTable {
  const lang = options.lang ?? "vi";
  const t = translator(lang);
  const columns = figureColumns(lang);
  const scale = rows[0]?.figures.quick.distribution.length ?? 3;
  const ranked = options.ranks !== undefined;
  const headers = [
    ...(ranked ? [columns.rank] : []),
    columns.unit,
    columns.n,
    ...levelHeaders(scale, lang),
    columns.index,
    t("index.files.wilsonLow", { interval: columns.interval }),
    t("index.files.wilsonHigh", { interval: columns.interval }),
    columns.meanScore,
    t("index.files.changePoints", { change: columns.change }),
    columns.service,
    ...dossierColumnKeys.map((key) => columns[key]),
    t("index.files.note"),
  ];
  const first = ranked ? 1 : 0;
  const dossierStart = first + scale + 8;
  const decimalColumns = [
    ...[3, 4, 5, 6, 7, 8].map((i) => first + scale + i - 1),
    dossierStart + dossierColumnKeys.indexOf("onTimeRate"),
    dossierStart + dossierColumnKeys.indexOf("qd766Ratio"),
  ];
  const body = rows.map(({ unit, figures, previous, dossiers }): Cell[] => {
    const q = figures.quick;
    const shown = q.enoughSamples && q.wilson !== null;
    const change = indexChange(q, previous?.quick);
    const service = displayedService(figures, options.serviceKey);
    return [
      ...(ranked ? [options.ranks?.get(unit.id) ?? null] : []),
      unit.name,
      q.n,
      ...[...q.distribution].reverse(),
      indexCell(q.index, q.enoughSamples, lang),
      shown && q.wilson ? round2(q.wilson.low) : null,
      shown && q.wilson ? round2(q.wilson.high) : null,
      q.meanScore === null ? null : round2(q.meanScore),
      change === null ? null : round2(change),
      service ? indexCell(service.service, service.enoughSamples, lang) : null,
      ...dossierCells(dossiers),
      q.enoughSamples ? null : notEnoughAnswers(lang),
    ];
  });
  return { headers, unitColumn: first, decimalColumns, rows: body };
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
