import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import type { Lineage } from "@/features/units/unit-history";
import type { DossierCounts } from "../index-engine";
import type { CountQuery } from "./count-queries";

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

/** The rollup nodes among `ids`, each with the number of current units its subtree held when built. */
export async function listRollupNodes(
  ids: readonly number[],
): Promise<Array<{ nodeId: number; units: number }>> {
  const rows = await getDb().all<{ nodeId: number; units: number }>(sql`
    SELECT node_id AS nodeId, units FROM rollup_nodes
    WHERE node_id IN ${jsonList(ids)}`);
  return rows.map((r) => ({ nodeId: Number(r.nodeId), units: Number(r.units) }));
}

/**
 * Dossiers received in the period and, of those, the distinct "bad" ones (Quyết định 766/QĐ-TTg): rated
 * "Không hài lòng" (lowest level of a 3-level quick answer, the two lowest of a 5-level one), complained
 * about, or overdue (returned after the due time, or not returned and past it now). Per unit. The receipt's
 * answer is found by its id, itself looked up alone by dossier: written as one join, where no answer came
 * through a receipt yet (every dossier_id NULL) ANALYZE made SQLite scan every response for each dossier.
 */
export async function listDossierCounts(
  query: CountQuery,
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
          WHERE r.id = (SELECT r2.id FROM responses r2 WHERE r2.dossier_id = d.id) AND r.flagged = 0
            AND a.value <= CASE json_array_length(i.definition, '$.scale') WHEN 5 THEN 2 ELSE 1 END)
      THEN 1 ELSE 0 END) AS bad
    FROM dossiers d
    WHERE d.unit_id IN ${jsonList(query.unitIds)}
      AND d.received_at >= ${start} AND d.received_at < ${end}
    GROUP BY d.unit_id`);
  return new Map(rows.map((r) => [Number(r.unitId), { dossiers: Number(r.dossiers), bad: Number(r.bad) }]));
}
