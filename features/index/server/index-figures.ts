import "server-only";
import { memoizeLookup } from "@/db/memo";
import type { Unit } from "@/db/schema";
import { getSetting } from "@/features/settings/server/settings";
import { instrumentDefinitionSchema } from "@/features/survey/instruments";
import { listSubtreeUnitIds, listUnitsByIds } from "@/features/units/server/unit-queries";
import { lastDays } from "@/lib/time";
import type { DayRange, FigureFilters } from "../dashboard-params";
import type { FigureSelection } from "../figure-selection";
import { type InstrumentInfo, instrumentMap, type UnitFigures } from "../index-engine";
import { INDEX_SETTING_KEYS, type IndexConfig, parseIndexSettings } from "../index-settings";
import { type CountLayout, countLayout, meanNodeFigures, pooledNodeFigures } from "../node-counts";
import { type IndexSummary, summarize } from "../satisfaction-index";
import {
  attribute,
  countedIdsUnder,
  countsFlagged,
  monthlyFigures,
  rollupFacets,
  rollupsMayServe,
  scopeFigures,
  scopeOf,
  selectedIds,
  type UnitScope,
  usesFacets,
} from "../scope-figures";
import { listAnswerCounts, listMonthlyAnswerCounts } from "./count-queries";
import {
  getUnitsVersion,
  listFieldProcedureIds,
  listLatestInstruments,
  listLineageOf,
  listPredecessorIds,
} from "./figure-queries";
import { rollupsHold } from "./rollups";
import { rollupNodeCounts } from "./settled-counts";

/**
 * The only door to index figures: it reads the counts (count-queries.ts, figure-queries.ts) and leaves
 * the computation to the model (scope-figures.ts, index-engine.ts). Every function takes a scope (the
 * current units of some subtrees and the raw units whose responses count for them), a day range (local
 * days, inclusive) and filters.
 */
export type ScopeUnits = UnitScope<Unit>;

export async function getIndexSettings(): Promise<IndexConfig> {
  const [minN, rollup, targets] = await Promise.all([
    getSetting(INDEX_SETTING_KEYS.minN),
    getSetting(INDEX_SETTING_KEYS.rollup),
    getSetting(INDEX_SETTING_KEYS.targets),
  ]);
  return parseIndexSettings({ minN, rollup, targets });
}

/** The latest non-draft version of every instrument key (versions of a key share item keys). */
export async function listFigureInstruments(): Promise<InstrumentInfo[]> {
  return (await listLatestInstruments()).map((r) => ({
    key: r.key,
    definition: instrumentDefinitionSchema.parse(JSON.parse(r.definition)),
  }));
}

/**
 * Scopes kept per process, keyed by the units' change counter (bumped by triggers on every write to
 * units or lineage) and the requested ids: a national scope is 3,500 unit rows, read once per change of
 * the tree rather than on every dashboard request. Shared: callers never mutate.
 */
const scopes = memoizeLookup(
  "scope-units",
  async (key: string) => loadScopeUnits(JSON.parse(key.slice(key.indexOf("|") + 1)) as number[]),
  { ttlMs: 10 * 60_000, max: 200 },
);

/** The current units among `unitIds`, with the history (mergers, abolished units) their responses include. */
export async function resolveScopeUnits(unitIds: readonly number[]): Promise<ScopeUnits> {
  const scope = await scopes.get(`${await getUnitsVersion()}|${JSON.stringify(unitIds)}`);
  if (!scope) throw new Error("scope units could not be read");
  return scope;
}

async function loadScopeUnits(unitIds: readonly number[]): Promise<ScopeUnits> {
  const predecessors = await listPredecessorIds(unitIds);
  const countedIds = [...new Set([...unitIds, ...predecessors])];
  const counted = await listUnitsByIds(countedIds);
  return scopeOf(unitIds, counted, countedIds, await listLineageOf(countedIds));
}

/**
 * Whether the subtree rollups give these figures, and which facets of them (none: the plain rollups):
 * at most one filter the facet rollups keep, rollups built for the current
 * tree, and every selected unit's whole subtree inside the scope. Null otherwise: the per-unit counts (or
 * raw rows) are pooled by the model.
 */
async function rollupsServe(
  scope: ScopeUnits,
  ids: readonly number[],
  filters: FigureFilters,
): Promise<{ facets?: string[] } | null> {
  if (!rollupsMayServe(ids, filters)) return null;
  if (!(await rollupsHold(scope, ids))) return null;
  if (!usesFacets(filters)) return {};
  return rollupFacets(
    filters,
    filters.fieldId === undefined ? [] : await listFieldProcedureIds(filters.fieldId),
  );
}

/** Figures of `ids` from counts pooled per node (under the mean rollup, every node of the scope read). */
function nodeFigures(
  scope: ScopeUnits,
  ids: readonly number[],
  counts: ReadonlyMap<number, Float64Array> | undefined,
  layout: CountLayout,
  config: IndexConfig,
  mean: boolean,
): Map<number, UnitFigures> {
  return mean
    ? meanNodeFigures(scope.nodes, ids, counts ?? new Map(), layout, config.minN)
    : pooledNodeFigures(ids, counts ?? new Map(), layout, config.minN);
}

/**
 * Figures of the current units' subtrees (within the scope) over a day range: of the selected units, or of
 * every unit in the scope. Units outside the selection may be missing from the result.
 */
export async function getFigures(
  scope: ScopeUnits,
  range: DayRange,
  filters: FigureFilters,
  config: IndexConfig,
  instruments: readonly InstrumentInfo[],
  selection?: FigureSelection,
): Promise<Map<number, UnitFigures>> {
  const includeFlagged = countsFlagged(filters, config);
  const withFlagged = { ...filters, includeFlagged };
  const { full, quickOnly } = selectedIds(scope, selection);
  if (config.rollup === "mean") {
    // Every node's pooled counts, read at once; the model takes each node's own counts from them.
    const all = scope.units.map((u) => u.id);
    const served = await rollupsServe(scope, all, filters);
    if (served) {
      const layout = countLayout(instrumentMap(instruments));
      const counts = await rollupNodeCounts(
        all,
        range,
        withFlagged,
        { byMonth: false, quickOnly: false, ...served },
        layout,
      );
      return nodeFigures(scope, [...full, ...quickOnly], counts.get(""), layout, config, true);
    }
  }
  const served = config.rollup === "pooled" && (await rollupsServe(scope, [...full, ...quickOnly], filters));
  if (served) {
    const { facets } = served;
    const byKey = instrumentMap(instruments);
    const [layout, quickLayout] = [countLayout(byKey), countLayout(byKey, { quickOnly: true })];
    const [shown, ranked] = await Promise.all([
      rollupNodeCounts(full, range, withFlagged, { byMonth: false, quickOnly: false, facets }, layout),
      rollupNodeCounts(
        quickOnly,
        range,
        withFlagged,
        { byMonth: false, quickOnly: true, facets },
        quickLayout,
      ),
    ]);
    return new Map([
      ...nodeFigures(scope, full, shown.get(""), layout, config, false),
      ...nodeFigures(scope, quickOnly, ranked.get(""), quickLayout, config, false),
    ]);
  }
  const rows = await listAnswerCounts({ unitIds: scope.countedIds, ...range, filters: withFlagged });
  return scopeFigures(scope, rows, instruments, config, includeFlagged);
}

/**
 * Figures of the given units' subtrees per month, oldest first (months without answers are empty).
 * Pooled: the database sums each subtree per month; mean: per-unit counts feed the whole tree. With
 * `quickOnly` the rollups are read for the quick figure alone (others may still come out complete).
 */
export async function getMonthlyFigures(
  scope: ScopeUnits,
  rootIds: readonly number[],
  range: DayRange & { months: string[] },
  filters: FigureFilters,
  config: IndexConfig,
  instruments: readonly InstrumentInfo[],
  { quickOnly = false }: { quickOnly?: boolean } = {},
): Promise<Array<{ month: string; figures: Map<number, UnitFigures> }>> {
  const includeFlagged = countsFlagged(filters, config);
  const query = { from: range.from, to: range.to, filters: { ...filters, includeFlagged } };
  const all = scope.units.map((u) => u.id);
  // The mean needs every node of the scope; pooled, the roots' subtrees are read as they are.
  const mean = config.rollup === "mean" ? await rollupsServe(scope, all, filters) : null;
  const served = mean ?? (config.rollup === "pooled" ? await rollupsServe(scope, rootIds, filters) : null);
  if (served) {
    const layout = countLayout(instrumentMap(instruments), { quickOnly });
    const counts = await rollupNodeCounts(
      mean ? all : rootIds,
      range,
      query.filters,
      { byMonth: true, quickOnly, ...served },
      layout,
    );
    return range.months.map((month) => ({
      month,
      figures: nodeFigures(scope, rootIds, counts.get(month), layout, config, mean !== null),
    }));
  }
  const rows =
    config.rollup === "pooled"
      ? (
          await Promise.all(
            rootIds.map((id) =>
              listMonthlyAnswerCounts({ ...query, unitIds: countedIdsUnder(scope, id) }, id),
            ),
          )
        ).flat()
      : attribute(await listMonthlyAnswerCounts({ ...query, unitIds: scope.countedIds }), scope);
  return monthlyFigures(rows, range.months, rootIds, scope, instruments, config, includeFlagged);
}

/** Quick index of a unit's whole subtree over the last `days` days (the citizen unit page). */
export async function getQuickSummaryForSubtree(unitId: number, days = 30): Promise<IndexSummary> {
  const [config, instruments, ids] = await Promise.all([
    getIndexSettings(),
    listFigureInstruments(),
    listSubtreeUnitIds([unitId]),
  ]);
  const figures = await getFigures(await resolveScopeUnits(ids), lastDays(days), {}, config, instruments, {
    full: [],
    quickOnly: [unitId],
  });
  return figures.get(unitId)?.quick ?? summarize([0, 0, 0], config.minN);
}
