import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memoizeLookup } from "@/db/memo";
import { jsonList } from "@/db/queries/json-list";
import { getSetting } from "@/db/queries/settings";
import { listSubtreeUnitIds, listUnitsByIds } from "@/db/queries/units";
import type { Unit } from "@/db/schema";
import { instrumentDefinitionSchema } from "@/features/survey/instruments";
import { lastDays } from "@/lib/time";
import { reportingUnitIds } from "@/lib/unit-history";
import type { DayRange, FigureFilters } from "../dashboard-params";
import { needsRawRows } from "../dashboard-params";
import type { FigureSelection } from "../figure-selection";
import {
  type AnswerCount,
  buildCubes,
  cubeFigures,
  type DossierCounts,
  type IndexSettings,
  type InstrumentInfo,
  instrumentMap,
  subtreeFigures,
  type TreeNode,
  treeDossierCounts,
  treeFigures,
  type UnitFigures,
} from "../index-engine";
import { INDEX_SETTING_KEYS, type IndexTarget, parseIndexSettings } from "../index-settings";
import { signedMonthSplit, splitByMonths } from "../month-split";
import { type IndexSummary, summarize } from "../satisfaction-index";
import { rollupsValid } from "./rollups";

/**
 * The only door to index figures. Every function takes the units to count (`unitIds`: the raw unit ids
 * whose responses count, usually a subtree), a day range (local days, inclusive) and filters.
 *
 * Counts come from `daily_answer_counts` (and its monthly sums for whole months), maintained with every
 * response, so dashboards never scan raw responses. The aggregates have no field, procedure or counter: with one of those filters the counts
 * are read from raw rows instead (responses ⨝ answers, through the indexes on responses by unit and day,
 * by procedure and day, and by counter and day).
 */
export interface FigureQuery extends DayRange {
  unitIds: readonly number[];
  filters?: FigureFilters;
}

export type IndexConfig = IndexSettings & { targets: IndexTarget[] };

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
  const rows = await getDb().all<{ key: string; definition: string }>(sql`
    SELECT i.key, i.definition FROM instruments i
    WHERE i.status <> 'draft' AND i.version = (
      SELECT max(j.version) FROM instruments j WHERE j.key = i.key AND j.status <> 'draft')`);
  return rows.map((r) => ({
    key: r.key,
    definition: instrumentDefinitionSchema.parse(JSON.parse(r.definition)),
  }));
}

function inList(ids: readonly number[]): SQL {
  return sql`(${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

/** How counts are grouped: per month or not; per unit, or pooled under one id. */
interface Grouping {
  byMonth: boolean;
  pooledAs?: number;
}

/**
 * Counts from the aggregates: whole calendar months from `monthly_answer_counts` (kept equal to the daily
 * counts by triggers), the days at either end from `daily_answer_counts`. A 12-month trend or a national
 * month reads one row per unit × month × cell instead of thirty.
 */
function aggregateCountsSql(query: FigureQuery, { byMonth, pooledAs }: Grouping): SQL {
  const f = query.filters ?? {};
  const common = sql`unit_id IN ${jsonList(query.unitIds)}
      ${f.includeFlagged ? sql`` : sql`AND flagged = 0`}
      ${f.channel ? sql`AND channel = ${f.channel}` : sql``}`;
  const split = splitByMonths(query);
  const parts = [
    ...split.days.map(
      (d) => sql`SELECT unit_id, instrument_id, item_key, value, flagged, count, substr(day, 1, 7) AS month
        FROM daily_answer_counts WHERE day BETWEEN ${d.from} AND ${d.to} AND ${common}`,
    ),
    ...(split.months
      ? [
          sql`SELECT unit_id, instrument_id, item_key, value, flagged, count, month
            FROM monthly_answer_counts WHERE month BETWEEN ${split.months.from} AND ${split.months.to} AND ${common}`,
        ]
      : []),
  ];
  return sql`
    SELECT ${pooledAs === undefined ? sql`d.unit_id` : sql`${pooledAs}`} AS unitId, i.key AS instrumentKey, d.item_key AS itemKey, d.value AS value,
      d.flagged AS flagged, sum(d.count) AS count${byMonth ? sql`, d.month AS month` : sql``}
    FROM (${sql.join(parts, sql` UNION ALL `)}) d JOIN instruments i ON i.id = d.instrument_id
    ${f.instrumentKey ? sql`WHERE i.key = ${f.instrumentKey}` : sql``}
    GROUP BY 1, 2, 3, 4, 5${byMonth ? sql`, 7` : sql``}`;
}

function rawFilters(query: FigureQuery): SQL {
  const f = query.filters ?? {};
  return sql`r.unit_id IN ${inList(query.unitIds)} AND r.local_day BETWEEN ${query.from} AND ${query.to}
    ${f.includeFlagged ? sql`` : sql`AND r.flagged = 0`}
    ${f.channel ? sql`AND r.channel = ${f.channel}` : sql``}
    ${f.instrumentKey ? sql`AND r.instrument_id IN (SELECT id FROM instruments WHERE key = ${f.instrumentKey})` : sql``}
    ${f.procedureId ? sql`AND r.procedure_id = ${f.procedureId}` : sql``}
    ${f.fieldId ? sql`AND r.procedure_id IN (SELECT id FROM procedures WHERE field_id = ${f.fieldId})` : sql``}
    ${f.counterId ? sql`AND r.counter_id = ${f.counterId}` : sql``}`;
}

function rawCountsSql(query: FigureQuery, { byMonth, pooledAs }: Grouping): SQL {
  return sql`
    SELECT ${pooledAs === undefined ? sql`r.unit_id` : sql`${pooledAs}`} AS unitId, i.key AS instrumentKey, a.item_key AS itemKey, a.value AS value,
      r.flagged AS flagged, count(*) AS count${byMonth ? sql`, substr(r.local_day, 1, 7) AS month` : sql``}
    FROM responses r JOIN answers a ON a.response_id = r.id JOIN instruments i ON i.id = r.instrument_id
    WHERE a.value IS NOT NULL AND ${rawFilters(query)}
    GROUP BY 1, 2, 3, 4, 5${byMonth ? sql`, 7` : sql``}`;
}

type CountRow = AnswerCount & { month: string };

/**
 * Runs a counts statement and returns its rows. The database packs them into one JSON array per unit:
 * a national scope has hundreds of thousands of (unit, item, level) counts, and turning each into a
 * driver row object costs far more than the query (≈ 20 µs a row here), while one JSON.parse per unit
 * is nearly free.
 */
async function readCounts(query: FigureQuery, grouping: Grouping): Promise<CountRow[]> {
  if (query.unitIds.length === 0) return [];
  const filters = query.filters ?? {};
  const statement = needsRawRows(filters)
    ? rawCountsSql(query, grouping)
    : aggregateCountsSql(query, grouping);
  const packed = await getDb().all<{ unitId: number; cells: string }>(sql`
    SELECT c.unitId AS unitId,
      json_group_array(json_array(c.instrumentKey, c.itemKey, c.value, c.flagged, c.count, ${grouping.byMonth ? sql`c.month` : sql`''`})) AS cells
    FROM (${statement}) c GROUP BY c.unitId`);
  const rows: CountRow[] = [];
  for (const unit of packed) {
    const unitId = Number(unit.unitId);
    for (const [instrumentKey, itemKey, value, flagged, count, month] of JSON.parse(unit.cells) as Array<
      [string, string, number, number, number, string]
    >) {
      rows.push({ unitId, instrumentKey, itemKey, value, flagged: Boolean(flagged), count, month });
    }
  }
  return rows;
}

/**
 * Counts pooled per subtree from the rollups (db/rollups.ts): one row per node × instrument × item ×
 * flagged (× month), with the levels as columns, summed over the period by the database — whole months
 * from the monthly rollup, plus or minus a few days from the daily one (signedMonthSplit).
 */
async function readRollupCounts(
  nodeIds: readonly number[],
  range: DayRange,
  filters: FigureFilters,
  { byMonth, quickOnly }: { byMonth: boolean; quickOnly: boolean },
): Promise<CountRow[]> {
  if (nodeIds.length === 0) return [];
  const split = signedMonthSplit(range);
  const quick = quickOnly ? sql.raw(`AND item_key = 'quick'`) : sql``;
  const flagged = filters.includeFlagged ? sql`` : sql`AND flagged = 0`;
  const nodes = sql`node_id IN ${jsonList(nodeIds)}`;
  // Quick-only reads (rankings of thousands of units) go through the partial covering index of quick rows.
  const dailyTable = sql.raw(`rollup_daily_counts${quickOnly ? " INDEXED BY rollup_daily_quick_idx" : ""}`);
  const monthlyTable = sql.raw(
    `rollup_monthly_counts${quickOnly ? " INDEXED BY rollup_monthly_quick_idx" : ""}`,
  );
  const days = (d: DayRange, sign: "" | "-") =>
    sql`SELECT node_id, instrument_id, item_key, flagged, ${sql.raw(
      ["c1", "c2", "c3", "c4", "c5"].map((c) => `${sign}${c} AS ${c}`).join(", "),
    )}, substr(day, 1, 7) AS month
      FROM ${dailyTable} WHERE ${nodes} AND day BETWEEN ${d.from} AND ${d.to} ${quick} ${flagged}`;
  const parts = [
    ...split.add.map((d) => days(d, "")),
    ...split.subtract.map((d) => days(d, "-")),
    ...(split.months.length > 0
      ? [
          sql`SELECT node_id, instrument_id, item_key, flagged, c1, c2, c3, c4, c5, month
            FROM ${monthlyTable}
            WHERE ${nodes} AND month IN ${jsonList(split.months)} ${quick} ${flagged}`,
        ]
      : []),
  ];
  const month = byMonth ? sql`d.month` : sql`''`;
  const packed = await getDb().all<{ unitId: number; cells: string }>(sql`
    SELECT c.node_id AS unitId,
      json_group_array(json_array(i.key, c.item_key, c.flagged, c.month, c.c1, c.c2, c.c3, c.c4, c.c5)) AS cells
    FROM (
      SELECT d.node_id AS node_id, d.instrument_id AS instrument_id, d.item_key AS item_key, d.flagged AS flagged,
        ${month} AS month, sum(d.c1) AS c1, sum(d.c2) AS c2, sum(d.c3) AS c3, sum(d.c4) AS c4, sum(d.c5) AS c5
      FROM (${sql.join(parts, sql` UNION ALL `)}) d
      GROUP BY 1, 2, 3, 4, 5) c
    JOIN instruments i ON i.id = c.instrument_id
    ${filters.instrumentKey ? sql`WHERE i.key = ${filters.instrumentKey}` : sql``}
    GROUP BY c.node_id`);
  const rows: CountRow[] = [];
  for (const node of packed) {
    const unitId = Number(node.unitId);
    for (const [instrumentKey, itemKey, flag, m, ...levels] of JSON.parse(node.cells) as Array<
      [string, string, number, string, number, number, number, number, number]
    >) {
      for (let level = 0; level < levels.length; level++) {
        const count = levels[level] ?? 0;
        if (count !== 0) {
          rows.push({
            unitId,
            instrumentKey,
            itemKey,
            value: level + 1,
            flagged: Boolean(flag),
            count,
            month: m,
          });
        }
      }
    }
  }
  return rows;
}

/** Number of units in each unit's subtree within the scope (itself included). */
const subtreeSizes = new WeakMap<ScopeUnits, Map<number, number>>();
function scopeSubtreeSizes(scope: ScopeUnits): Map<number, number> {
  const known = subtreeSizes.get(scope);
  if (known) return known;
  const parentOf = new Map(scope.nodes.map((n) => [n.id, n.parentId]));
  const sizes = new Map<number, number>(scope.nodes.map((n) => [n.id, 1]));
  for (const node of scope.nodes) {
    const seen = new Set<number>([node.id]);
    for (let at = node.parentId; at !== null && parentOf.has(at) && !seen.has(at); ) {
      seen.add(at);
      sizes.set(at, (sizes.get(at) ?? 1) + 1);
      at = parentOf.get(at) ?? null;
    }
  }
  subtreeSizes.set(scope, sizes);
  return sizes;
}

/**
 * Whether the subtree rollups give these figures: pooled rollup (the default), no filter they do not keep
 * (channel, field, procedure, counter), rollups built for the current tree, and every selected unit's whole
 * subtree inside the scope. Otherwise the per-unit counts are pooled here, as before.
 */
async function rollupsServe(
  scope: ScopeUnits,
  ids: readonly number[],
  filters: FigureFilters,
  config: IndexConfig,
): Promise<boolean> {
  if (config.rollup !== "pooled" || filters.channel || needsRawRows(filters) || ids.length === 0)
    return false;
  if (!(await rollupsValid(getDb()))) return false;
  const rows = await getDb().all<{ nodeId: number; units: number }>(sql`
    SELECT node_id AS nodeId, units FROM rollup_nodes
    WHERE node_id IN ${jsonList(ids)}`);
  if (rows.length !== new Set(ids).size) return false;
  const sizes = scopeSubtreeSizes(scope);
  return rows.every((r) => sizes.get(Number(r.nodeId)) === Number(r.units));
}

/** Answer counts per unit over the period. */
export async function listAnswerCounts(query: FigureQuery): Promise<AnswerCount[]> {
  return readCounts(query, { byMonth: false });
}

/** Answer counts per unit and month (YYYY-MM); with `pooledAs`, all units' counts together under that id. */
export async function listMonthlyAnswerCounts(query: FigureQuery, pooledAs?: number): Promise<CountRow[]> {
  return readCounts(query, { byMonth: true, pooledAs });
}

/**
 * Dossiers received in the period and, of those, the distinct "bad" ones (Quyết định 766/QĐ-TTg): rated
 * "Không hài lòng" (lowest level of a 3-level quick answer, the two lowest of a 5-level one), complained
 * about, or overdue (returned after the due time, or not returned and past it now). Per unit.
 */
export async function listDossierCounts(
  query: FigureQuery,
  now = new Date(),
): Promise<Map<number, DossierCounts>> {
  if (query.unitIds.length === 0) return new Map();
  const start = Date.parse(`${query.from}T00:00:00+07:00`);
  const end = Date.parse(`${query.to}T00:00:00+07:00`) + 86_400_000;
  const rows = await getDb().all<{ unitId: number; dossiers: number; bad: number }>(sql`
    SELECT d.unit_id AS unitId, count(*) AS dossiers, sum(CASE WHEN d.complained = 1
        OR (d.due_at IS NOT NULL AND coalesce(d.returned_at, ${now.getTime()}) > d.due_at)
        OR EXISTS (SELECT 1 FROM responses r JOIN answers a ON a.response_id = r.id AND a.item_key = 'quick'
          JOIN instruments i ON i.id = r.instrument_id
          WHERE r.dossier_id = d.id AND r.flagged = 0
            AND a.value <= CASE json_array_length(i.definition, '$.scale') WHEN 5 THEN 2 ELSE 1 END)
      THEN 1 ELSE 0 END) AS bad
    FROM dossiers d
    WHERE d.unit_id IN ${jsonList(query.unitIds)}
      AND d.received_at >= ${start} AND d.received_at < ${end}
    GROUP BY d.unit_id`);
  return new Map(rows.map((r) => [Number(r.unitId), { dossiers: Number(r.dossiers), bad: Number(r.bad) }]));
}

export interface ScopeUnits {
  /** Current units among the requested ids: the nodes figures are given for. */
  units: Unit[];
  nodes: TreeNode[];
  /** Raw unit ids to count (the requested ones plus predecessors merged into them). */
  countedIds: number[];
  /** Raw unit id → the current unit its responses count for. */
  reportingIds: Map<number, number>;
}

async function listPredecessorIds(ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().all<{ id: number }>(sql`
    WITH RECURSIVE before(id) AS (
      SELECT predecessor_id FROM unit_lineage WHERE successor_id IN ${jsonList(ids)}
      UNION
      SELECT l.predecessor_id FROM unit_lineage l JOIN before b ON l.successor_id = b.id)
    SELECT id FROM before`);
  return rows.map((r) => Number(r.id));
}

async function unitsVersion(): Promise<number> {
  const rows = await getDb().all<{ v: number }>(
    sql`SELECT units_version AS v FROM rollup_state WHERE id = 1`,
  );
  return Number(rows[0]?.v ?? -1);
}

/**
 * Scopes kept per process, keyed by the units' change counter (`rollup_state.units_version`, bumped by
 * triggers on every write to units or lineage) and the requested ids: a national scope is 3,500 unit rows,
 * read once per change of the tree rather than on every dashboard request. Shared: callers never mutate.
 */
const scopes = memoizeLookup(
  "scope-units",
  async (key: string) => loadScopeUnits(JSON.parse(key.slice(key.indexOf("|") + 1)) as number[]),
  { ttlMs: 10 * 60_000, max: 200 },
);

/** The current units among `unitIds`, with the history (mergers, abolished units) their responses include. */
export async function resolveScopeUnits(unitIds: readonly number[]): Promise<ScopeUnits> {
  const scope = await scopes.get(`${await unitsVersion()}|${JSON.stringify(unitIds)}`);
  if (!scope) throw new Error("scope units could not be read");
  return scope;
}

async function loadScopeUnits(unitIds: readonly number[]): Promise<ScopeUnits> {
  const predecessors = await listPredecessorIds(unitIds);
  const countedIds = [...new Set([...unitIds, ...predecessors])];
  const all = await listUnitsByIds(countedIds);
  const lineage = await getDb().all<{ successorId: number; predecessorId: number }>(sql`
    SELECT successor_id AS successorId, predecessor_id AS predecessorId FROM unit_lineage
    WHERE predecessor_id IN ${jsonList(countedIds)}`);
  const requested = new Set(unitIds);
  const units = all.filter((u) => u.validTo === null && requested.has(u.id));
  return {
    units,
    nodes: units.map((u) => ({ id: u.id, parentId: u.parentId })),
    countedIds,
    reportingIds: reportingUnitIds(all, lineage),
  };
}

function attribute<R extends AnswerCount>(rows: readonly R[], scope: ScopeUnits): R[] {
  return rows.map((r) => ({ ...r, unitId: scope.reportingIds.get(r.unitId) ?? r.unitId }));
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
  const byKey = instrumentMap(instruments);
  const includeFlagged = filters.includeFlagged ?? config.includeFlagged;
  const withFlagged = { ...filters, includeFlagged };
  const full = selection?.full ?? scope.units.map((u) => u.id);
  const quickOnly = selection?.quickOnly ?? [];
  if (await rollupsServe(scope, [...full, ...quickOnly], filters, config)) {
    const rows = [
      ...(await readRollupCounts(full, range, withFlagged, { byMonth: false, quickOnly: false })),
      ...(await readRollupCounts(quickOnly, range, withFlagged, { byMonth: false, quickOnly: true })),
    ];
    const cubes = buildCubes(rows, byKey, includeFlagged);
    return new Map(
      [...full, ...quickOnly].map((id) => [id, cubeFigures(cubes.get(id) ?? new Map(), byKey, config.minN)]),
    );
  }
  const rows = await listAnswerCounts({ unitIds: scope.countedIds, ...range, filters: withFlagged });
  return treeFigures(scope.nodes, buildCubes(attribute(rows, scope), byKey, includeFlagged), byKey, config);
}

/** Pooled dossier counts of every current unit's subtree over a day range. */
export async function getDossierCounts(
  scope: ScopeUnits,
  range: DayRange,
): Promise<Map<number, DossierCounts>> {
  const counts = await listDossierCounts({ unitIds: scope.countedIds, ...range });
  const attributed = new Map<number, DossierCounts>();
  for (const [id, own] of counts) {
    const to = scope.reportingIds.get(id) ?? id;
    const sum = attributed.get(to) ?? { dossiers: 0, bad: 0 };
    attributed.set(to, { dossiers: sum.dossiers + own.dossiers, bad: sum.bad + own.bad });
  }
  return treeDossierCounts(scope.nodes, attributed);
}

/** Raw unit ids whose responses count within `rootId`'s subtree. */
function countedIdsUnder(scope: ScopeUnits, rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const n of scope.nodes) {
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const inside = new Set<number>();
  const visit = (id: number) => {
    if (inside.has(id)) return;
    inside.add(id);
    for (const k of children.get(id) ?? []) visit(k);
  };
  visit(rootId);
  return scope.countedIds.filter((id) => inside.has(scope.reportingIds.get(id) ?? id));
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
  const byKey = instrumentMap(instruments);
  const includeFlagged = filters.includeFlagged ?? config.includeFlagged;
  const query = { from: range.from, to: range.to, filters: { ...filters, includeFlagged } };
  const pooled = config.rollup === "pooled";
  const rows = (await rollupsServe(scope, rootIds, filters, config))
    ? await readRollupCounts(rootIds, range, query.filters, { byMonth: true, quickOnly })
    : pooled
      ? (
          await Promise.all(
            rootIds.map((id) =>
              listMonthlyAnswerCounts({ ...query, unitIds: countedIdsUnder(scope, id) }, id),
            ),
          )
        ).flat()
      : attribute(await listMonthlyAnswerCounts({ ...query, unitIds: scope.countedIds }), scope);
  return range.months.map((month) => {
    const cubes = buildCubes(
      rows.filter((r) => r.month === month),
      byKey,
      includeFlagged,
    );
    return {
      month,
      figures: pooled
        ? new Map(rootIds.map((id) => [id, cubeFigures(cubes.get(id) ?? new Map(), byKey, config.minN)]))
        : subtreeFigures(scope.nodes, cubes, byKey, config, rootIds),
    };
  });
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
