/** Ranking of units by their index: units below the minimum n come after the ranked ones, unranked. Pure. */
import { byName } from "@/lib/collate";
import { type DossierFigures, type DossierRate, dossierRate, dossierRates } from "./dossier-figures";
import { indexChange, type UnitFigures } from "./index-engine";

export const rankingSorts = ["index", "n", "change", ...dossierRates] as const;
export type RankingSort = (typeof rankingSorts)[number];
export type SortDirection = "asc" | "desc";

export interface RankingInput {
  id: number;
  name: string;
  index: number | null;
  n: number;
  change: number | null;
  enoughSamples: boolean;
  /** The dossier figures (no minimum n: every dossier counts), when sorting by them. */
  onTimeRate?: number | null;
  qd766Ratio?: number | null;
}

export type RankedRow<T extends RankingInput> = T & { rank: number | null };

function compareNullable(
  a: number | null | undefined,
  b: number | null | undefined,
  direction: SortDirection,
): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return direction === "asc" ? a - b : b - a;
}

/**
 * Ranked rows first, sorted by `sort` (empty values last), ties by name; rank numbers follow the index
 * (competition ranking: equal indices share a rank) whatever the sort. Then the rows below the minimum n,
 * by name, with rank null. Sorted by a dossier figure, every row is in that order (units without dossiers
 * last): the minimum n is the satisfaction figure's, not theirs.
 */
export function rankUnits<T extends RankingInput>(
  rows: readonly T[],
  sort: RankingSort = "index",
  direction: SortDirection = "desc",
): RankedRow<T>[] {
  const eligible = rows.filter((r) => r.enoughSamples && r.index !== null);
  const isEligible = new Set(eligible);
  const rest = rows.filter((r) => !isEligible.has(r)).sort(byName);
  const byIndex = [...eligible].sort((a, b) => compareNullable(a.index, b.index, "desc"));
  const rankOf = new Map<number, number>();
  byIndex.forEach((row, i) => {
    const previous = byIndex[i - 1];
    const same = previous !== undefined && previous.index === row.index;
    rankOf.set(row.id, same ? (rankOf.get(previous.id) ?? i + 1) : i + 1);
  });
  const bySort = (a: T, b: T) => compareNullable(a[sort], b[sort], direction) || byName(a, b);
  if ((dossierRates as readonly string[]).includes(sort)) {
    return [...rows].sort(bySort).map((row) => ({ ...row, rank: rankOf.get(row.id) ?? null }));
  }
  const sorted = [...eligible].sort(bySort);
  return [
    ...sorted.map((row) => ({ ...row, rank: rankOf.get(row.id) ?? null })),
    ...rest.map((row) => ({ ...row, rank: null })),
  ];
}

/** What ranking needs of a unit's row of figures. */
export interface RankableRow {
  unit: { id: number; name: string };
  figures: UnitFigures;
  previous: UnitFigures | undefined;
  dossiers?: DossierFigures;
}

function dossierSortValues(figures: DossierFigures | undefined): Record<DossierRate, number | null> {
  return { onTimeRate: dossierRate(figures, "onTimeRate"), qd766Ratio: dossierRate(figures, "qd766Ratio") };
}

/**
 * Rows of unit figures ranked by their quick index, with its change against the previous period: the
 * dashboard's ranking table and its export both rank through here.
 */
export function rankByQuickIndex<R extends RankableRow>(
  rows: readonly R[],
  sort: RankingSort,
  direction: SortDirection,
): Array<RankedRow<RankingInput & { row: R }>> {
  return rankUnits(
    rows.map((row) => ({
      id: row.unit.id,
      name: row.unit.name,
      index: row.figures.quick.index,
      n: row.figures.quick.n,
      enoughSamples: row.figures.quick.enoughSamples,
      change: indexChange(row.figures.quick, row.previous?.quick),
      ...dossierSortValues(row.dossiers),
      row,
    })),
    sort,
    direction,
  );
}

/** One page of a long ranking: its rows, the page actually shown (clamped), the page count and its first row (1-based). */
export function rankingPage<T>(
  rows: readonly T[],
  page: number,
  size: number,
): { rows: T[]; page: number; pages: number; first: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const start = (current - 1) * size;
  return { rows: rows.slice(start, start + size), page: current, pages, first: start + 1 };
}
