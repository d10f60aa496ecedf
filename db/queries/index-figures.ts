import "server-only";
import { QUICK_ITEM_KEY } from "@/lib/instruments";
import { addDistributions, type IndexSummary, summarize } from "@/lib/satisfaction-index";
import { lastDays } from "@/lib/time";
import { countAnswersByUnit } from "./responses";
import { listSubtreeUnitIds } from "./units";

const QUICK_SCALE = 3;

function emptyDistribution(): number[] {
  return Array.from({ length: QUICK_SCALE }, () => 0);
}

/** Quick-question distributions per unit (own responses only) over a day range. */
export async function quickDistributionsByUnit(
  unitIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, number[]>> {
  const rows = await countAnswersByUnit(unitIds, QUICK_ITEM_KEY, from, to);
  const byUnit = new Map<number, number[]>();
  for (const row of rows) {
    const dist = byUnit.get(row.unitId) ?? emptyDistribution();
    if (row.value >= 1 && row.value <= QUICK_SCALE)
      dist[row.value - 1] = (dist[row.value - 1] ?? 0) + row.count;
    byUnit.set(row.unitId, dist);
  }
  return byUnit;
}

/** Pooled quick index of a unit's whole subtree over the last `days` days. */
export async function getQuickSummaryForSubtree(unitId: number, days = 30): Promise<IndexSummary> {
  const ids = await listSubtreeUnitIds([unitId]);
  const { from, to } = lastDays(days);
  const byUnit = await quickDistributionsByUnit(ids, from, to);
  return summarize([...byUnit.values()].reduce(addDistributions, emptyDistribution()));
}

export { emptyDistribution };
