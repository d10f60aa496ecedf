import "server-only";
import { and, asc, isNull } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { shortLinks, units } from "@/db/schema";
import type { AuditEntry } from "@/features/access/server/change";
import type { UnitKind, UnitLevel } from "@/lib/constants";

/** The current roots of the unit tree (no parent, not dissolved). */
export async function listRootUnits() {
  return getDb()
    .select({ id: units.id, slug: units.slug, name: units.name })
    .from(units)
    .where(and(isNull(units.parentId), isNull(units.validTo)))
    .orderBy(asc(units.id));
}

/** A new root unit with its unit short link (`/q/<code>`), audited: the first unit of a real deployment. */
export async function insertRootUnit(
  tx: Transaction,
  audit: (entry: AuditEntry) => void,
  unit: {
    slug: string;
    name: string;
    kind: UnitKind;
    level: UnitLevel;
    validFrom: string;
    shortCode: string;
  },
): Promise<{ id: number }> {
  const [row] = await tx
    .insert(units)
    .values({
      slug: unit.slug,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      parentId: null,
      validFrom: unit.validFrom,
    })
    .returning({ id: units.id });
  if (!row) throw new Error("unit not inserted");
  await tx.insert(shortLinks).values({ code: unit.shortCode, kind: "unit", unitId: row.id });
  audit({
    action: "unit.create",
    entity: "unit",
    entityId: String(row.id),
    unitId: row.id,
    details: { name: unit.name, slug: unit.slug, kind: unit.kind, root: true },
  });
  return row;
}
