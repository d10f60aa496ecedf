/** Ranking of units by their index: units below the minimum n come after the ranked ones, unranked. Pure. */
import { byName } from "@/lib/collate";

export const rankingSorts = ["index", "n", "change"] as const;
export type RankingSort = (typeof rankingSorts)[number];
export type SortDirection = "asc" | "desc";

export interface RankingInput {
  id: number;
  name: string;
  index: number | null;
  n: number;
  change: number | null;
  enoughSamples: boolean;
}

export type RankedRow<T extends RankingInput> = T & { rank: number | null };

function compareNullable(a: number | null, b: number | null, direction: SortDirection): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return direction === "asc" ? a - b : b - a;
}

/**
 * Ranked rows first, sorted by `sort` (empty values last), ties by name; rank numbers follow the index
 * (competition ranking: equal indices share a rank) whatever the sort. Then the rows below the minimum n,
 * by name, with rank null.
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
  const sorted = [...eligible].sort((a, b) => compareNullable(a[sort], b[sort], direction) || byName(a, b));
  return [
    ...sorted.map((row) => ({ ...row, rank: rankOf.get(row.id) ?? null })),
    ...rest.map((row) => ({ ...row, rank: null })),
  ];
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
