import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import { memoizeLookup } from "@/db/memo";
import type { Lineage } from "@/features/units/unit-history";

/** The latest non-draft version of every instrument key, its definition as stored (JSON text). */
export async function listLatestInstruments(): Promise<Array<{ key: string; definition: string }>> {
  return getDb().all<{ key: string; definition: string }>(sql`
    SELECT i.key, i.definition FROM instruments i
    WHERE i.status <> 'draft' AND i.version = (
      SELECT max(j.version) FROM instruments j WHERE j.key = i.key AND j.status <> 'draft')`);
}

/** Every unit merged, directly or not, into one of `ids`. */
export async function listPredecessorIds(ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().all<{ id: number }>(sql`
    WITH RECURSIVE before(id) AS (
      SELECT predecessor_id FROM unit_lineage WHERE successor_id IN ${jsonList(ids)}
      UNION
      SELECT l.predecessor_id FROM unit_lineage l JOIN before b ON l.successor_id = b.id)
    SELECT id FROM before`);
  return rows.map((r) => Number(r.id));
}

/** The mergers of the given units into their successors. */
export async function listLineageOf(predecessorIds: readonly number[]): Promise<Lineage[]> {
  const rows = await getDb().all<{ successorId: number; predecessorId: number }>(sql`
    SELECT successor_id AS successorId, predecessor_id AS predecessorId FROM unit_lineage
    WHERE predecessor_id IN ${jsonList(predecessorIds)}`);
  return rows;
}

/** The units' change counter (`rollup_state.units_version`, bumped by triggers on every write to units or lineage). */
export async function getUnitsVersion(): Promise<number> {
  const rows = await getDb().all<{ v: number }>(
    sql`SELECT units_version AS v FROM rollup_state WHERE id = 1`,
  );
  return Number(rows[0]?.v ?? -1);
}

/**
 * Every rollup node with the number of current units its subtree held when built: read once per build of
 * the rollups (a national tree asks for 3,500 of them several times per dashboard).
 */
const rollupNodeSizes = memoizeLookup(
  "rollup-nodes",
  async () => {
    const rows = await getDb().all<{ nodeId: number; units: number }>(
      sql`SELECT node_id AS nodeId, units FROM rollup_nodes`,
    );
    return new Map(rows.map((r) => [Number(r.nodeId), Number(r.units)]));
  },
  { ttlMs: 10 * 60_000, max: 4 },
);

/**
 * The rollup nodes among `ids`, each with the number of current units its subtree held when built
 * (`builtAt`: `rollup_state.built_at`, read by the caller).
 */
export async function listRollupNodes(
  ids: readonly number[],
  builtAt: number,
): Promise<Array<{ nodeId: number; units: number }>> {
  const sizes = await rollupNodeSizes.get(String(builtAt));
  return [...new Set(ids)].flatMap((nodeId) => {
    const units = sizes?.get(nodeId);
    return units === undefined ? [] : [{ nodeId, units }];
  });
}

/** The procedures of a field (the field filter sums their facets). */
export async function listFieldProcedureIds(fieldId: number): Promise<number[]> {
  const rows = await getDb().all<{ id: number }>(
    sql`SELECT id FROM procedures WHERE field_id = ${fieldId} ORDER BY id`,
  );
  return rows.map((r) => Number(r.id));
}
