import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { compareVi } from "@/lib/collate";
import { toFtsQuery } from "@/lib/search-text";

export interface SearchHit {
  code: string;
  name: string;
  field: string;
  status: string;
  units: Array<{ slug: string; name: string; nameEn: string | null }>;
  unitCount: number;
}

const MAX_UNITS_PER_HIT = 3;

/**
 * Ranked full-text search over procedure codes, names and fields (SQLite FTS5, bm25: code matches weigh
 * most). With `unitSlug`, only procedures offered at that unit.
 */
export async function searchProcedures(query: string, unitSlug?: string, limit = 30): Promise<SearchHit[]> {
  const match = toFtsQuery(query);
  if (!match) return [];
  const unitFilter = unitSlug
    ? sql`AND EXISTS (SELECT 1 FROM unit_procedures up JOIN units u ON u.id = up.unit_id
                      WHERE up.procedure_id = p.id AND up.active = 1 AND u.slug = ${unitSlug})`
    : sql``;
  const rows = await getDb().all<{
    id: number;
    code: string;
    name: string;
    field: string;
    status: string;
  }>(sql`
    SELECT p.id, p.code, v.name, f.name AS field, p.status
    FROM procedure_search s
    JOIN procedures p ON p.id = s.rowid
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.effective_to IS NULL
    JOIN fields f ON f.id = p.field_id
    WHERE procedure_search MATCH ${match} ${unitFilter}
    ORDER BY bm25(procedure_search, 10.0, 5.0, 1.0), v.name
    LIMIT ${limit}`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const unitRows = await getDb().all<{
    procedureId: number;
    central: number;
    slug: string;
    name: string;
    nameEn: string | null;
  }>(sql`
    SELECT up.procedure_id AS procedureId, u.kind = 'province_service_center' AS central, u.slug, u.name,
           u.name_en AS nameEn
    FROM unit_procedures up JOIN units u ON u.id = up.unit_id
    WHERE up.active = 1 AND up.procedure_id IN ${ids} ${unitSlug ? sql`AND u.slug = ${unitSlug}` : sql``}
    `);
  // The provincial centre first (it receives every provincial procedure), then in Vietnamese order.
  unitRows.sort((a, b) => b.central - a.central || compareVi(a.name, b.name));
  const byProcedure = new Map<number, SearchHit["units"]>();
  for (const { procedureId, central: _central, ...unit } of unitRows) {
    byProcedure.set(procedureId, [...(byProcedure.get(procedureId) ?? []), unit]);
  }
  return rows.map(({ id, ...r }) => {
    const units = byProcedure.get(id) ?? [];
    return { ...r, units: units.slice(0, MAX_UNITS_PER_HIT), unitCount: units.length };
  });
}
