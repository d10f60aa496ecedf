import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";

/**
 * Dossiers of the units returned late on local days `from`..`to` without an apology letter: the report
 * says "every late dossier has a letter" only when there is none.
 */
export async function countLateWithoutApology(
  unitIds: readonly number[],
  range: { from: string; to: string },
): Promise<number> {
  if (unitIds.length === 0) return 0;
  const rows = await getDb().all<{ n: number }>(sql`
    SELECT count(*) AS n FROM dossiers
    WHERE unit_id IN ${jsonList(unitIds)} AND returned_day BETWEEN ${range.from} AND ${range.to}
      AND timeliness = 'late' AND apologized = 0`);
  return Number(rows[0]?.n ?? 0);
}
