import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { apiKeys, dossiers, responses, shortLinks, units } from "@/db/schema";

/** The unit of an active API key (and records its use). */
export async function findActiveApiKey(keyHash: string) {
  const [row] = await getDb()
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, unitId: apiKeys.unitId, scope: apiKeys.scope });
  return row;
}

export async function insertApiKey(tx: Executor, values: typeof apiKeys.$inferInsert): Promise<void> {
  await tx.insert(apiKeys).values(values);
}

/** A key's unit and whether it is revoked, to authorize a change to it. */
export async function findApiKey(tx: Executor, id: number) {
  const [row] = await tx
    .select({ id: apiKeys.id, unitId: apiKeys.unitId, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.id, id));
  return row;
}

export async function listApiKeys(unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      unitId: apiKeys.unitId,
      unitName: units.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(units, eq(units.id, apiKeys.unitId))
    .where(inArray(apiKeys.unitId, [...unitIds]));
}

export async function markApiKeyRevoked(tx: Executor, id: number): Promise<boolean> {
  const rows = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** A dossier by its receipt token hash, with its unit's short link and whether it was already rated. */
export async function getDossierByTokenHash(tokenHash: string) {
  const [row] = await getDb()
    .select({
      id: dossiers.id,
      code: dossiers.code,
      unitId: dossiers.unitId,
      unitName: units.name,
      procedureId: dossiers.procedureId,
      linkCode: shortLinks.code,
      responseId: responses.id,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .leftJoin(shortLinks, and(eq(shortLinks.unitId, dossiers.unitId), eq(shortLinks.kind, "unit")))
    .leftJoin(responses, eq(responses.dossierId, dossiers.id))
    .where(eq(dossiers.surveyTokenHash, tokenHash))
    .limit(1);
  return row;
}
