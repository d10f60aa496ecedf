/**
 * The baseline of the scale bench: the dashboard's figures (current and previous period per unit, pooled
 * over subtrees; the root's monthly trend) recomputed from raw responses ⨝ answers with SQL GROUP BY,
 * then through the same engine functions. What the dashboard would cost without the aggregates.
 */

import type { DayRange } from "@/features/index/dashboard-params";
import {
  type AnswerCount,
  buildCubes,
  cubeFigures,
  type IndexSettings,
  type InstrumentInfo,
  instrumentMap,
  treeFigures,
  type UnitFigures,
} from "@/features/index/index-engine";
import type { ScopeUnits } from "@/features/index/server/index-figures";
import { getClient } from "../db/client";

export interface BaselineFigures {
  current: Map<number, UnitFigures>;
  previous: Map<number, UnitFigures>;
  months: Array<{ month: string; figures: UnitFigures }>;
}

async function rawCounts(
  unitIds: readonly number[],
  range: DayRange,
  byMonth: boolean,
): Promise<Array<AnswerCount & { month: string }>> {
  const rs = await getClient().execute({
    sql: `SELECT r.unit_id AS unitId, i.key AS instrumentKey, a.item_key AS itemKey, a.value AS value,
            r.flagged AS flagged, count(*) AS count, ${byMonth ? "substr(r.local_day, 1, 7)" : "''"} AS month
          FROM responses r JOIN answers a ON a.response_id = r.id JOIN instruments i ON i.id = r.instrument_id
          WHERE a.value IS NOT NULL AND r.flagged = 0 AND r.local_day BETWEEN ? AND ?
            AND r.unit_id IN (SELECT value FROM json_each(?))
          GROUP BY 1, 2, 3, 4, 5, 7`,
    args: [range.from, range.to, JSON.stringify(unitIds)],
  });
  return rs.rows.map((r) => ({
    unitId: Number(r.unitId),
    instrumentKey: String(r.instrumentKey),
    itemKey: String(r.itemKey),
    value: Number(r.value),
    flagged: Boolean(Number(r.flagged)),
    count: Number(r.count),
    month: String(r.month),
  }));
}

/** Pooled figures from raw rows (flagged responses excluded, as by default). */
export async function recomputeFromRaw(
  scope: ScopeUnits,
  period: DayRange & { previous: DayRange },
  trend: DayRange & { months: string[] },
  config: Pick<IndexSettings, "minN" | "rollup">,
  instruments: readonly InstrumentInfo[],
): Promise<BaselineFigures> {
  const byKey = instrumentMap(instruments);
  const attribute = (rows: AnswerCount[]) =>
    rows.map((r) => ({ ...r, unitId: scope.reportingIds.get(r.unitId) ?? r.unitId }));
  const figuresOf = async (range: DayRange) =>
    treeFigures(
      scope.nodes,
      buildCubes(attribute(await rawCounts(scope.countedIds, range, false)), byKey),
      byKey,
      config,
    );
  const [current, previous, monthly] = await Promise.all([
    figuresOf(period),
    figuresOf(period.previous),
    rawCounts(scope.countedIds, trend, true),
  ]);
  const months = trend.months.map((month) => {
    const pooled = monthly.filter((r) => r.month === month).map((r) => ({ ...r, unitId: 0 }));
    return { month, figures: cubeFigures(buildCubes(pooled, byKey).get(0) ?? new Map(), byKey, config.minN) };
  });
  return { current, previous, months };
}
