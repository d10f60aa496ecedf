import { type SQL, sql } from "drizzle-orm";
import { normalizeForSearch } from "@/lib/search-text";

/** What reindexing needs: the database or a transaction. */
interface Runner {
  run(query: SQL): Promise<unknown>;
  all<T>(query: SQL): Promise<T[]>;
}

/** Rewrites the full-text rows of the given procedures (all when omitted) from their current versions. */
export async function reindexProcedures(db: Runner, procedureIds?: readonly number[]): Promise<void> {
  if (procedureIds?.length === 0) return;
  const filter = procedureIds ? sql`AND p.id IN ${procedureIds}` : sql``;
  const rows = await db.all<{ id: number; code: string; name: string; field: string }>(sql`
    SELECT p.id, p.code, v.name, f.name AS field
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.effective_to IS NULL
    JOIN fields f ON f.id = p.field_id
    WHERE 1 = 1 ${filter}`);
  await db.run(
    procedureIds
      ? sql`DELETE FROM procedure_search WHERE rowid IN ${procedureIds}`
      : sql`DELETE FROM procedure_search`,
  );
  for (const r of rows) {
    await db.run(sql`INSERT INTO procedure_search (rowid, code, name, field)
      VALUES (${r.id}, ${normalizeForSearch(r.code)}, ${normalizeForSearch(r.name)}, ${normalizeForSearch(r.field)})`);
  }
}
