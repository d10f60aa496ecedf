import "server-only";
import { and, asc, isNull } from "drizzle-orm";
import type { UnitKind, UnitLevel } from "@/lib/constants";
import { getDb } from "../client";
import { auditLog, shortLinks, units } from "../schema";

/** The current roots of the unit tree (no parent, not dissolved). */
export async function listRootUnits() {
  return getDb()
    .select({ id: units.id, slug: units.slug, name: units.name })
    .from(units)
    .where(and(isNull(units.parentId), isNull(units.validTo)))
    .orderBy(asc(units.id));
}

/**
 * A new root unit with its unit short link (`/q/<code>`), audited, in one transaction: the first unit of
 * a real deployment (`npm run admin:create`).
 */
export async function insertRootUnit(
  unit: {
    slug: string;
    name: string;
    kind: UnitKind;
    level: UnitLevel;
    validFrom: string;
    shortCode: string;
  },
  actor: { via: string },
): Promise<{ id: number }> {
  return getDb().transaction(
    async (tx) => {
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
      await tx.insert(auditLog).values({
        userId: null,
        action: "unit.create",
        entity: "unit",
        entityId: String(row.id),
        unitId: row.id,
        details: { name: unit.name, slug: unit.slug, kind: unit.kind, root: true, via: actor.via },
      });
      return row;
    },
    { behavior: "immediate" },
  );
}
