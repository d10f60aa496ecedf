import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type Database, getDb } from "@/db/client";
import { reportingUnitIds } from "@/features/units/unit-history";
import { rollupsCover, type UnitScope } from "../scope-figures";
import { listRollupNodes } from "./figure-queries";

/**
 * Subtree rollups (schema: `rollup_*`): the counts of every current unit pooled over its whole subtree, kept by triggers with every answer. This file builds them from the per-unit daily counts
 * when the unit tree changed (or after a rebuild of the aggregates) and checks them.
 */

interface UnitRow {
  id: number;
  parentId: number | null;
  validTo: string | null;
}

export interface RollupPlan {
  /** raw unit id → rollup nodes its answers count for */
  paths: Array<[unitId: number, nodeId: number]>;
  /** rollup node → number of current units in its subtree (itself included) */
  nodes: Map<number, number>;
}

/**
 * Which nodes each raw unit's answers count for, with the same rules as the figures themselves: a unit's
 * answers count for the current unit it reports to (itself, a merger's successor, or its nearest current
 * ancestor) and for every current ancestor of that one. Every current unit is a node. Pure.
 */
export function planRollups(
  units: readonly UnitRow[],
  lineage: ReadonlyArray<{ successorId: number; predecessorId: number }>,
): RollupPlan {
  const current = new Map(units.filter((u) => u.validTo === null).map((u) => [u.id, u]));
  /** current ancestors-or-self of a current unit, nearest first */
  const chainCache = new Map<number, number[]>();
  const chain = (id: number): number[] => {
    const known = chainCache.get(id);
    if (known) return known;
    const seen = new Set<number>();
    const result: number[] = [];
    for (let at: number | null = id; at !== null && current.has(at) && !seen.has(at); ) {
      seen.add(at);
      result.push(at);
      at = current.get(at)?.parentId ?? null;
    }
    chainCache.set(id, result);
    return result;
  };
  const nodes = new Map<number, number>();
  for (const u of current.values()) {
    for (const node of chain(u.id)) nodes.set(node, (nodes.get(node) ?? 0) + 1);
  }
  const reporting = reportingUnitIds(units, lineage);
  const paths: Array<[number, number]> = [];
  for (const u of units) {
    const to = reporting.get(u.id) ?? u.id;
    if (!current.has(to)) continue;
    for (const node of chain(to)) paths.push([u.id, node]);
  }
  return { paths, nodes };
}

const CHUNK = 20_000;

/** The per-unit daily counts pooled per node through `rollup_paths`: what the daily rollup must hold. */
const POOLED_DAILY = sql`
  SELECT p.node_id AS node_id, d.day AS day, d.instrument_id AS instrument_id, d.item_key AS item_key,
    d.flagged AS flagged,
    sum((d.value = 1) * d.count) AS c1, sum((d.value = 2) * d.count) AS c2, sum((d.value = 3) * d.count) AS c3,
    sum((d.value = 4) * d.count) AS c4, sum((d.value = 5) * d.count) AS c5
  FROM daily_answer_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
  GROUP BY 1, 2, 3, 4, 5
  HAVING c1 <> 0 OR c2 <> 0 OR c3 <> 0 OR c4 <> 0 OR c5 <> 0`;

/** The daily rollup summed per month: what the monthly rollup must hold. */
const SUMMED_MONTHLY = sql`
  SELECT node_id, substr(day, 1, 7) AS month, instrument_id, item_key, flagged,
    sum(c1) AS c1, sum(c2) AS c2, sum(c3) AS c3, sum(c4) AS c4, sum(c5) AS c5
  FROM rollup_daily_counts GROUP BY 1, 2, 3, 4, 5`;

const LEVELS = "sum(c1) AS c1, sum(c2) AS c2, sum(c3) AS c3, sum(c4) AS c4, sum(c5) AS c5";

/** The channel facets pooled per node and day: what the daily facet rollup must hold. */
const POOLED_FACET_DAILY = sql.raw(`
  SELECT p.node_id AS node_id, 'k:' || d.channel AS facet, d.day AS day, d.instrument_id AS instrument_id,
    d.item_key AS item_key, d.flagged AS flagged,
    sum((d.value = 1) * d.count) AS c1, sum((d.value = 2) * d.count) AS c2, sum((d.value = 3) * d.count) AS c3,
    sum((d.value = 4) * d.count) AS c4, sum((d.value = 5) * d.count) AS c5
  FROM daily_answer_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING c1 <> 0 OR c2 <> 0 OR c3 <> 0 OR c4 <> 0 OR c5 <> 0`);

/**
 * The channel facets summed per month, and the units' procedure facets pooled per node and month: what the
 * monthly facet rollup must hold.
 */
const POOLED_FACET_MONTHLY = sql.raw(`
  SELECT node_id, facet, substr(day, 1, 7) AS month, instrument_id, item_key, flagged, ${LEVELS}
  FROM rollup_facet_daily_counts GROUP BY 1, 2, 3, 4, 5, 6
  UNION ALL
  SELECT p.node_id, f.facet, substr(f.day, 1, 7), f.instrument_id, f.item_key, f.flagged,
    sum(f.c1), sum(f.c2), sum(f.c3), sum(f.c4), sum(f.c5)
  FROM facet_daily_counts f JOIN rollup_paths p ON p.unit_id = f.unit_id
  WHERE f.facet LIKE 'p:%'
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(f.c1) <> 0 OR sum(f.c2) <> 0 OR sum(f.c3) <> 0 OR sum(f.c4) <> 0 OR sum(f.c5) <> 0`);

/** Every unit's procedure and counter facets from raw answers ⨝ responses: what `facet_daily_counts` must hold. */
export const RAW_UNIT_FACETS = sql.raw(`
  SELECT r.unit_id AS unit_id, k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id) AS facet,
    r.local_day AS day, r.instrument_id AS instrument_id, a.item_key AS item_key, r.flagged AS flagged,
    sum(a.value = 1) AS c1, sum(a.value = 2) AS c2, sum(a.value = 3) AS c3, sum(a.value = 4) AS c4,
    sum(a.value = 5) AS c5
  FROM responses r JOIN answers a ON a.response_id = r.id JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
  WHERE a.value IS NOT NULL AND iif(k.kind = 'p', r.procedure_id, r.counter_id) IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6`);

const DOSSIER_COUNTS =
  "received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad";

/** The per-unit dossier counts pooled per node and month: what the dossier rollup must hold. */
const POOLED_DOSSIER_MONTHLY = sql.raw(`
  SELECT p.node_id AS node_id, substr(d.day, 1, 7) AS month,
    ${DOSSIER_COUNTS.split(", ")
      .map((c) => `sum(d.${c}) AS ${c}`)
      .join(", ")}
  FROM dossier_daily_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
  GROUP BY 1, 2`);

/** The per-unit dossier counts pooled per node and day: what the daily dossier rollup must hold. */
const POOLED_DOSSIER_DAILY = sql.raw(`
  SELECT p.node_id AS node_id, d.day AS day,
    ${DOSSIER_COUNTS.split(", ")
      .map((c) => `sum(d.${c}) AS ${c}`)
      .join(", ")}
  FROM dossier_daily_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
  GROUP BY 1, 2`);

/** The one row of `rollup_state` (schema index-counts.ts), or undefined before the first build. */
export interface RollupState {
  /** Whether the rollups match the current unit tree (false after any tree change until rebuilt). */
  valid: boolean;
  builtAt: number;
  /** Last settled day (local), "" when none (settled-counts.ts). */
  settledThrough: string;
  settledVersion: number;
}

export async function readRollupState(db: Database = getDb()): Promise<RollupState | undefined> {
  const [row] = await db.all<{ valid: number; builtAt: number | null; through: string; version: number }>(
    sql`SELECT valid, built_at AS builtAt, settled_through AS through, settled_version AS version
      FROM rollup_state WHERE id = 1`,
  );
  return (
    row && {
      valid: Number(row.valid) === 1,
      builtAt: Number(row.builtAt ?? 0),
      settledThrough: String(row.through),
      settledVersion: Number(row.version),
    }
  );
}

/** Whether the rollups match the current unit tree (false until built, and after any tree change). */
export async function rollupsValid(db: Database): Promise<boolean> {
  return (await readRollupState(db))?.valid ?? false;
}

/**
 * Whether the rollups, valid and built for the current tree, hold exactly each of `ids`' whole subtree
 * within the scope (so that their pooled counts are the scope's figures).
 */
export async function rollupsHold(scope: Pick<UnitScope, "nodes">, ids: readonly number[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const state = await readRollupState();
  if (!state?.valid) return false;
  return rollupsCover(scope, ids, await listRollupNodes(ids, state.builtAt));
}

/**
 * Rebuilds paths, nodes and both rollups from `daily_answer_counts`, in one transaction: the triggers that
 * carry daily rollup rows into the monthly ones are set aside meanwhile (one GROUP BY instead of a trigger
 * per row) and put back as they were.
 */
export async function rebuildRollups(db: Database): Promise<void> {
  const [units, lineage] = await Promise.all([
    db.all<UnitRow>(sql`SELECT id, parent_id AS parentId, valid_to AS validTo FROM units`),
    db.all<{ successorId: number; predecessorId: number }>(
      sql`SELECT successor_id AS successorId, predecessor_id AS predecessorId FROM unit_lineage`,
    ),
  ]);
  const plan = planRollups(
    units.map((u) => ({
      id: Number(u.id),
      parentId: u.parentId === null ? null : Number(u.parentId),
      validTo: u.validTo,
    })),
    lineage.map((l) => ({ successorId: Number(l.successorId), predecessorId: Number(l.predecessorId) })),
  );
  const triggers = await db.all<{ name: string; sql: string }>(sql`
    SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
      AND tbl_name IN ('rollup_daily_counts', 'rollup_facet_daily_counts', 'facet_daily_counts')`);
  const pathChunks: Array<Array<[number, number]>> = [];
  for (let i = 0; i < plan.paths.length; i += CHUNK) pathChunks.push(plan.paths.slice(i, i + CHUNK));
  await db.batch([
    db.run(sql`DELETE FROM rollup_paths`),
    db.run(sql`DELETE FROM rollup_nodes`),
    db.run(sql`DELETE FROM rollup_monthly_counts`),
    ...triggers.map((t) => db.run(sql.raw(`DROP TRIGGER "${t.name}"`))),
    db.run(sql`DELETE FROM rollup_daily_counts`),
    db.run(sql`DELETE FROM rollup_facet_monthly_counts`),
    db.run(sql`DELETE FROM rollup_facet_daily_counts`),
    ...pathChunks.map((chunk) =>
      db.run(sql`INSERT INTO rollup_paths (unit_id, node_id)
        SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(chunk)})`),
    ),
    db.run(sql`INSERT INTO rollup_nodes (node_id, units)
      SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify([...plan.nodes])})`),
    db.run(sql`INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
      ${POOLED_DAILY}`),
    db.run(sql`INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
      ${SUMMED_MONTHLY}`),
    db.run(sql`INSERT INTO rollup_facet_daily_counts
      (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5) ${POOLED_FACET_DAILY}`),
    db.run(sql`INSERT INTO rollup_facet_monthly_counts
      (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5) ${POOLED_FACET_MONTHLY}`),
    db.run(sql`DELETE FROM rollup_dossier_monthly_counts`),
    db.run(sql`INSERT INTO rollup_dossier_monthly_counts (node_id, month, ${sql.raw(DOSSIER_COUNTS)})
      ${POOLED_DOSSIER_MONTHLY}`),
    db.run(sql`DELETE FROM rollup_dossier_daily_counts`),
    db.run(sql`INSERT INTO rollup_dossier_daily_counts (node_id, day, ${sql.raw(DOSSIER_COUNTS)})
      ${POOLED_DOSSIER_DAILY}`),
    ...triggers.map((t) => db.run(sql.raw(t.sql))),
    db.run(sql`INSERT INTO rollup_state (id, valid, built_at) VALUES (1, 1, ${Date.now()})
      ON CONFLICT (id) DO UPDATE SET valid = 1, built_at = excluded.built_at`),
  ]);
}

/** Rebuilds the rollups when the unit tree changed since they were built (at start-up, after seeding). */
export async function ensureRollups(db: Database): Promise<boolean> {
  if (await rollupsValid(db)) return false;
  await rebuildRollups(db);
  return true;
}

/**
 * Keys where the maintained rollups differ from the per-unit daily counts pooled again (daily and monthly
 * both). Empty = equal. Read in one transaction.
 */
export async function diffRollups(db: Database): Promise<Array<Record<string, unknown>>> {
  /**
   * Rows of `expected` missing from `table` (or different), and rows of `table` that `expected` lacks.
   * Rows whose counts are all 0 are left out of `table` where the triggers may leave them: on both sides
   * (`both`), or only when looking for extra rows (`extra`); the subtree rollups delete them (`none`).
   */
  const difference = (
    label: string,
    expected: SQL,
    {
      table,
      keys,
      counts,
      zeros,
    }: { table: string; keys: string; counts: string; zeros: "none" | "both" | "extra" },
  ) => {
    const nonZero = counts
      .split(", ")
      .map((c) => `${c} <> 0`)
      .join(" OR ");
    const rows = (filtered: boolean) =>
      sql.raw(`SELECT ${keys}, ${counts} FROM ${table}${filtered ? ` WHERE ${nonZero}` : ""}`);
    return sql`
      SELECT ${`${label} (missing or different)`} AS rollup, * FROM (SELECT * FROM (${expected}) EXCEPT ${rows(zeros === "both")})
      UNION ALL
      SELECT ${`${label} (extra or different)`} AS rollup, * FROM (${rows(zeros !== "none")} EXCEPT SELECT * FROM (${expected}))
      LIMIT 100`;
  };
  const answers = (table: string, keys: string, zeros: "none" | "both" | "extra") => ({
    table,
    keys,
    counts: "c1, c2, c3, c4, c5",
    zeros,
  });
  const dossiers = (table: string, period: "day" | "month") => ({
    table,
    keys: `node_id, ${period}`,
    counts: DOSSIER_COUNTS,
    zeros: "extra" as const,
  });
  const checks: Array<[string, SQL, Parameters<typeof difference>[2]]> = [
    [
      "daily",
      POOLED_DAILY,
      answers("rollup_daily_counts", "node_id, day, instrument_id, item_key, flagged", "none"),
    ],
    [
      "monthly",
      SUMMED_MONTHLY,
      answers("rollup_monthly_counts", "node_id, month, instrument_id, item_key, flagged", "none"),
    ],
    [
      "facets daily",
      POOLED_FACET_DAILY,
      answers("rollup_facet_daily_counts", "node_id, facet, day, instrument_id, item_key, flagged", "both"),
    ],
    [
      "facets monthly",
      POOLED_FACET_MONTHLY,
      answers(
        "rollup_facet_monthly_counts",
        "node_id, facet, month, instrument_id, item_key, flagged",
        "both",
      ),
    ],
    [
      "unit facets",
      RAW_UNIT_FACETS,
      answers("facet_daily_counts", "unit_id, facet, day, instrument_id, item_key, flagged", "extra"),
    ],
    ["dossiers monthly", POOLED_DOSSIER_MONTHLY, dossiers("rollup_dossier_monthly_counts", "month")],
    ["dossiers daily", POOLED_DOSSIER_DAILY, dossiers("rollup_dossier_daily_counts", "day")],
  ];
  return db.transaction(
    async (tx) => {
      const found: Array<Record<string, unknown>> = [];
      for (const [label, expected, shape] of checks) {
        found.push(...(await tx.all<Record<string, unknown>>(difference(label, expected, shape))));
      }
      return found;
    },
    { behavior: "deferred" },
  );
}
