/**
 * (h) of the scale bench: the dashboard (`loadDashboard`, the overview's selection, the default 30 days,
 * the previous 30 and the 12-month trend) filtered by channel, field, procedure and counter, and under the
 * mean rollup (`index.rollup = mean`), over one province and over the whole country — through the kept
 * counts (the facet rollups; the subtree rollups for the mean), and the same with the rollups set aside
 * (the per-unit counts, or raw rows for field, procedure and counter: what these views cost before),
 * checked equal.
 */
import { getClient } from "../db/client";
import { fmt1, fmtInt, fmtMs, log, mark, table } from "./format";
import { strip, type Timing, timeRuns } from "./timing";

export const FILTER_TARGET_MS = 300;

interface FilterCase {
  label: string;
  params: Record<string, string>;
  mean?: boolean;
}

export interface FilterResult {
  scope: string;
  units: number;
  label: string;
  kept: Timing;
  baseline: Timing;
  same: boolean;
}

/** The busiest procedure, its field and the province's busiest counter (values the data holds). */
async function filterCases(provinceUnitIds: readonly number[]): Promise<FilterCase[]> {
  const client = getClient();
  const one = async (sql: string, args: Array<string | number> = []) =>
    Number((await client.execute({ sql, args })).rows[0]?.id);
  const procedureId = await one(
    "SELECT procedure_id AS id FROM responses WHERE procedure_id IS NOT NULL AND id % 97 = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  const fieldId = await one("SELECT field_id AS id FROM procedures WHERE id = ?", [procedureId]);
  const counterId = await one(
    `SELECT c.id AS id FROM counters c WHERE c.unit_id IN (SELECT value FROM json_each(?))
     ORDER BY (SELECT count(*) FROM responses r WHERE r.counter_id = c.id AND r.local_day >= date('now', '-30 days')) DESC LIMIT 1`,
    [JSON.stringify(provinceUnitIds)],
  );
  return [
    { label: "channel (poster)", params: { kenh: "poster" } },
    { label: `field ${fieldId}`, params: { "linh-vuc": String(fieldId) } },
    { label: `procedure ${procedureId}`, params: { "thu-tuc": String(procedureId) } },
    { label: `counter ${counterId}`, params: { quay: String(counterId) } },
    { label: "mean rollup", params: {}, mean: true },
  ];
}

export async function benchFilters(
  today: string,
  scopes: ReadonlyArray<{ name: string; unitIds: readonly number[] }>,
  runs: number,
  baselineRuns: number,
): Promise<FilterResult[]> {
  const { loadDashboard } = await import("@/features/index/server/dashboard");
  const { overviewSelection } = await import("@/features/index/figure-selection");
  const { putSetting, getSetting } = await import("@/features/settings/server/settings");
  const { INDEX_SETTING_KEYS } = await import("@/features/index/index-settings");
  const { addDays } = await import("../lib/time");
  const { forgetSettledCounts } = await import("@/features/index/server/settled-counts");
  const client = getClient();
  const period = { ky: "tuy-chon", tu: addDays(today, -29), den: today };
  const province = scopes.find((s) => s.name.startsWith("province"));
  const cases = await filterCases(province?.unitIds ?? []);
  const rollup = await getSetting(INDEX_SETTING_KEYS.rollup);
  const setRollupsValid = (valid: boolean) =>
    client.execute(`UPDATE rollup_state SET valid = ${valid ? 1 : 0} WHERE id = 1`);
  const results: FilterResult[] = [];
  try {
    for (const scope of scopes) {
      for (const c of cases) {
        await putSetting(INDEX_SETTING_KEYS.rollup, c.mean ? "mean" : "pooled");
        // The figures the page shows (the overview's selection): the per-unit path computes every unit.
        const load = async () => {
          const data = await loadDashboard(
            scope.unitIds,
            { ...period, ...c.params },
            undefined,
            overviewSelection,
          );
          const shown = overviewSelection(data.scope).full;
          return JSON.stringify({
            current: shown.map((id) => data.current.get(id)),
            previous: shown.map((id) => data.previous.get(id)),
            months: data.months.map((m) => [m.month, [...m.figures]]),
          });
        };
        log(`scale: ${scope.name}, ${c.label} ×${runs}…`);
        const kept = await timeRuns(runs, load, forgetSettledCounts);
        log(`scale: ${scope.name}, ${c.label}, rollups set aside ×${baselineRuns}…`);
        await setRollupsValid(false);
        let baseline: Awaited<ReturnType<typeof timeRuns<string>>>;
        try {
          baseline = await timeRuns(baselineRuns, load);
        } finally {
          await setRollupsValid(true);
        }
        results.push({
          scope: scope.name,
          units: scope.unitIds.length,
          label: c.label,
          kept: strip(kept),
          baseline: strip(baseline),
          same: kept.result === baseline.result,
        });
      }
    }
  } finally {
    await putSetting(INDEX_SETTING_KEYS.rollup, rollup ?? "pooled");
  }
  return results;
}

export function filtersReport(results: readonly FilterResult[], runs: number): string {
  return [
    `Dashboard filters and the mean rollup (loadDashboard, 30 days + previous 30 + 12-month trend; first run with nothing kept, then median / p95 of ${runs} runs; target < ${FILTER_TARGET_MS} ms at the median)`,
    table(
      results.map((r) => [
        `(h) ${r.scope} (${fmtInt(r.units)} units), ${r.label}`,
        fmtMs(r.kept.firstMs),
        fmtMs(r.kept.medianMs),
        fmtMs(r.kept.p95Ms),
        fmtMs(r.kept.cpuMedianMs),
        fmtMs(r.baseline.medianMs),
        `${fmt1(r.baseline.medianMs / r.kept.medianMs)} ×`,
        r.same ? "same" : "DIFFERENT",
        mark(r.kept.medianMs < FILTER_TARGET_MS && r.same),
      ]),
      ["", "first", "median", "p95", "CPU median", "rollups aside", "baseline ÷", "figures", "target"],
    ),
  ].join("\n");
}
