import "server-only";
import type { Actor } from "@/features/access/permissions";
import { change, type Outcome, type Refusal } from "@/features/access/server/change";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { newApiKey } from "@/lib/secrets";
import { findApiKey, insertApiKey, listApiKeys, markApiKeyRevoked } from "./queries";

const KEY_NOT_FOUND: Refusal = {
  reason: "not_found",
  message: phrase("apiKeys.errors.notFound"),
};

/** The keys of the units the actor administers, and those units (to create a key for one). */
export async function apiKeysOf(actor: Actor) {
  const editable = [...actor.editableUnitIds];
  const [keys, units] = await Promise.all([listApiKeys(editable), listUnitsByIds(editable)]);
  return { keys, units };
}

/** A key for a unit's dossier system: returned once, stored as a hash. */
export async function createApiKey(
  actor: Actor,
  input: { unitId: number; name: string },
): Promise<Outcome<{ key: string }>> {
  return change(actor, async ({ tx, authorize, audit }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    const { key, prefix, hash } = newApiKey();
    await insertApiKey(tx, {
      unitId: input.unitId,
      name: input.name,
      scope: "dossiers",
      prefix,
      keyHash: hash,
      createdBy: actor.userId,
    });
    audit({ action: "api_key.create", entity: "api_key", entityId: prefix, unitId: input.unitId });
    return { key };
  });
}

/** Revokes a key of a unit the actor administers; any other key (or a revoked one) is "not found". */
export async function revokeApiKey(actor: Actor, input: { id: number }): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const key = await findApiKey(tx, input.id);
    if (!key) return refuse(KEY_NOT_FOUND);
    authorize({ permission: "unit.administer", unitId: key.unitId }, KEY_NOT_FOUND);
    if (!(await markApiKeyRevoked(tx, key.id))) return refuse(KEY_NOT_FOUND);
    audit({ action: "api_key.revoke", entity: "api_key", entityId: String(key.id), unitId: key.unitId });
  });
}
