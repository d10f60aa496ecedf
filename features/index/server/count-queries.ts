import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import { type DayRange, type FigureFilters, needsRawRows } from "../dashboard-params";
import { signedMonthSplit, splitByMonths } from "../month-split";
import type { CountCell } from "../node-counts";
import type { CountRow } from "../scope-figures";

/**
 * Answer counts, the input of every figure. Counts come from `daily_answer_counts` (and its monthly sums
 * for whole months), maintained with every response, so dashboards never scan raw responses. The
 * aggregates have no field, procedure or counter: with one of those filters the counts are read from raw
 * rows instead (responses ⨝ answers, through the indexes on responses by unit and day, by procedure and
 * day, and by counter and day). Pooled subtree counts come from the rollups (rollups.ts).
 */
export interface CountQuery extends DayRange {
  /** The raw unit ids whose responses count, usually a subtree. */
  unitIds: readonly number[];
  filters?: FigureFilters;
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
function aggregateCountsSql(query: CountQuery, { byMonth, pooledAs }: Grouping): SQL {
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

function rawFilters(query: CountQuery): SQL {
  const f = query.filters ?? {};
  return sql`r.unit_id IN ${inList(query.unitIds)} AND r.local_day BETWEEN ${query.from} AND ${query.to}
    ${f.includeFlagged ? sql`` : sql`AND r.flagged = 0`}
    ${f.channel ? sql`AND r.channel = ${f.channel}` : sql``}
    ${f.instrumentKey ? sql`AND r.instrument_id IN (SELECT id FROM instruments WHERE key = ${f.instrumentKey})` : sql``}
    ${f.procedureId ? sql`AND r.procedure_id = ${f.procedureId}` : sql``}
    ${f.fieldId ? sql`AND r.procedure_id IN (SELECT id FROM procedures WHERE field_id = ${f.fieldId})` : sql``}
    ${f.counterId ? sql`AND r.counter_id = ${f.counterId}` : sql``}`;
}

function rawCountsSql(query: CountQuery, { byMonth, pooledAs }: Grouping): SQL {
  return sql`
    SELECT ${pooledAs === undefined ? sql`r.unit_id` : sql`${pooledAs}`} AS unitId, i.key AS instrumentKey, a.item_key AS itemKey, a.value AS value,
      r.flagged AS flagged, count(*) AS count${byMonth ? sql`, substr(r.local_day, 1, 7) AS month` : sql``}
    FROM responses r JOIN answers a ON a.response_id = r.id JOIN instruments i ON i.id = r.instrument_id
    WHERE a.value IS NOT NULL AND ${rawFilters(query)}
    GROUP BY 1, 2, 3, 4, 5${byMonth ? sql`, 7` : sql``}`;
}

/**
 * Runs a counts statement and returns its rows. The database packs them into one JSON array per unit:
 * a national scope has hundreds of thousands of (unit, item, level) counts, and turning each into a
 * driver row object costs far more than the query (≈ 20 µs a row here), while one JSON.parse per unit
 * is nearly free.
 */
async function readCounts(query: CountQuery, grouping: Grouping): Promise<CountRow[]> {
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

/** Answer counts per unit over the period. */
export async function listAnswerCounts(query: CountQuery): Promise<CountRow[]> {
  return readCounts(query, { byMonth: false });
}

/** Answer counts per unit and month (YYYY-MM); with `pooledAs`, all units' counts together under that id. */
export async function listMonthlyAnswerCounts(query: CountQuery, pooledAs?: number): Promise<CountRow[]> {
  return readCounts(query, { byMonth: true, pooledAs });
}

export interface RollupCountOptions {
  byMonth: boolean;
  quickOnly: boolean;
  /** Read the facet rollups instead, these facets summed (scope-figures.ts `rollupFacets`). */
  facets?: readonly string[];
}

/**
 * Counts pooled per subtree from the rollups (rollups.ts), packed as the database gives them: per node, one
 * cell per instrument × item × flagged (× month) with the levels as columns, summed over the period by the
 * database — whole months from the monthly rollup, plus or minus a few days from the daily one
 * (signedMonthSplit).
 */
export async function listRollupCells(
  nodeIds: readonly number[],
  range: DayRange,
  filters: FigureFilters,
  { byMonth, quickOnly, facets }: RollupCountOptions,
): Promise<Array<{ nodeId: number; cells: CountCell[] }>> {
  if (nodeIds.length === 0 || facets?.length === 0) return [];
  const split = signedMonthSplit(range);
  const quick = quickOnly ? sql.raw(`AND item_key = 'quick'`) : sql``;
  const flagged = filters.includeFlagged ? sql`` : sql`AND flagged = 0`;
  const nodes =
    facets === undefined
      ? sql`node_id IN ${jsonList(nodeIds)}`
      : sql`node_id IN ${jsonList(nodeIds)} AND facet IN ${jsonList(facets)}`;
  // Channels are pooled per node by day and month; procedures by month, their days kept per unit; a
  // counter's answers (one unit's, few) only per unit and day.
  const kind = facets?.[0]?.slice(0, 1);
  // Quick-only reads (rankings of thousands of units) go through the partial covering index of quick rows.
  const dailyTable = sql.raw(
    kind === "k"
      ? "rollup_facet_daily_counts"
      : kind !== undefined
        ? "facet_daily_counts f JOIN rollup_paths p ON p.unit_id = f.unit_id"
        : `rollup_daily_counts${quickOnly ? " INDEXED BY rollup_daily_quick_idx" : ""}`,
  );
  const monthlyTable = sql.raw(
    facets !== undefined
      ? "rollup_facet_monthly_counts"
      : `rollup_monthly_counts${quickOnly ? " INDEXED BY rollup_monthly_quick_idx" : ""}`,
  );
  const days = (d: DayRange, sign: "" | "-") =>
    sql`SELECT node_id, instrument_id, item_key, flagged, ${sql.raw(
      ["c1", "c2", "c3", "c4", "c5"].map((c) => `${sign}${c} AS ${c}`).join(", "),
    )}, substr(day, 1, 7) AS month
      FROM ${dailyTable} WHERE ${nodes} AND day BETWEEN ${d.from} AND ${d.to} ${quick} ${flagged}`;
  const parts =
    kind === "q"
      ? [days(range, "")]
      : [
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
  return packed.map((node) => ({
    nodeId: Number(node.unitId),
    cells: JSON.parse(node.cells) as CountCell[],
  }));
}
