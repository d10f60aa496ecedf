import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import { counters, type Unit, units } from "@/db/schema";
import { byName } from "@/lib/collate";

export async function getUnitBySlug(slug: string): Promise<Unit | undefined> {
  return getDb().query.units.findFirst({ where: eq(units.slug, slug) });
}

export async function getUnitById(id: number): Promise<Unit | undefined> {
  return getDb().query.units.findFirst({ where: eq(units.id, id) });
}

/** A unit's children in Vietnamese alphabetical order ("Đ" after "D", not after "X"). */
export async function listChildUnits(parentId: number): Promise<Unit[]> {
  const rows = await getDb().select().from(units).where(eq(units.parentId, parentId));
  return rows.sort(byName);
}

export async function listCountersForUnit(unitId: number) {
  return getDb().select().from(counters).where(eq(counters.unitId, unitId)).orderBy(asc(counters.number));
}

/** Every unit id in the subtrees rooted at `rootIds` (roots included). */
export async function listSubtreeUnitIds(rootIds: readonly number[]): Promise<number[]> {
  if (rootIds.length === 0) return [];
  const rows = await getDb().all<{ id: number }>(sql`
    WITH RECURSIVE subtree(id) AS (
      SELECT id FROM units WHERE id IN ${rootIds}
      UNION
      SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id
    )
    SELECT id FROM subtree`);
  return rows.map((r) => r.id);
}

export async function listUnitsByIds(ids: readonly number[]): Promise<Unit[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select()
    .from(units)
    .where(sql`${units.id} IN ${jsonList(ids)}`);
}

/** Current top-level units with their current children, for the home page. */
export async function listRootUnitsWithChildren(): Promise<Array<{ unit: Unit; children: Unit[] }>> {
  const all = (await getDb().select().from(units).where(sql`${units.validTo} IS NULL`)).sort(byName);
  const roots = all.filter((u) => u.parentId === null);
  return roots.map((unit) => ({ unit, children: all.filter((u) => u.parentId === unit.id) }));
}

/** The unit and every unit above it, nearest first. */
export async function listAncestorUnitIds(unitId: number, db: Executor = getDb()): Promise<number[]> {
  const rows = await db.all<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 20
    )
    SELECT id FROM up ORDER BY depth`);
  return rows.map((r) => r.id);
}
