import "server-only";
import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { memoizeLookup } from "@/db/memo";
import { settings } from "@/db/schema";
import type { Actor } from "@/features/access/permissions";
import { type ConsoleActor, change, type Outcome } from "@/features/access/server/change";
import { DEMO_SEED_MARKER } from "@/lib/constants";

// Read on hot paths (every submission): kept ten seconds; a change through `changeSetting` reaches every
// running instance at once through the cache signals (a console change within the ten seconds).
const cached = memoizeLookup(
  "settings",
  async (key: string) => {
    const [row] = await getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key));
    return { value: row?.value };
  },
  { ttlMs: 10_000, max: 100 },
);

/** A settings value (JSON), or undefined. */
export async function getSetting(key: string): Promise<unknown> {
  return (await cached.get(key))?.value;
}

/** Writes a setting as it is (tests, seeds); an operator's change goes through `changeSetting`. */
export async function putSetting(key: string, value: unknown, db: Executor = getDb()): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  await cached.clear();
}

/** Removes a setting: its default applies again. */
export async function deleteSetting(key: string, db: Executor = getDb()): Promise<void> {
  await db.delete(settings).where(eq(settings.key, key));
  await cached.clear();
}

/**
 * An operator sets a setting (`value`) or resets it to its default (`undefined`): system administrators,
 * or the server's console (`npm run settings`). Audited with the value set.
 */
export async function changeSetting(
  actor: Actor | ConsoleActor,
  input: { key: string; value: unknown },
): Promise<Outcome<void>> {
  const outcome = await change(actor, async ({ tx, authorize, audit }) => {
    authorize({ permission: "system.administer" });
    if (input.value === undefined) await tx.delete(settings).where(eq(settings.key, input.key));
    else {
      await tx
        .insert(settings)
        .values({ key: input.key, value: input.value })
        .onConflictDoUpdate({ target: settings.key, set: { value: input.value, updatedAt: new Date() } });
    }
    audit({
      action: input.value === undefined ? "setting.reset" : "setting.set",
      entity: "setting",
      entityId: input.key,
      details: input.value === undefined ? null : { value: input.value },
    });
  });
  await cached.clear();
  return outcome;
}

const parsed = new Map<string, { raw: unknown; parse: (raw: unknown) => unknown; value: unknown }>();

/**
 * A setting checked and completed with its defaults by `parse`, parsed again only when the stored value
 * changes (hot paths read settings on every submission).
 */
export async function getParsedSetting<T>(key: string, parse: (raw: unknown) => T): Promise<T> {
  const raw = await getSetting(key);
  const hit = parsed.get(key);
  if (hit && hit.raw === raw && hit.parse === parse) return hit.value as T;
  const value = parse(raw);
  parsed.set(key, { raw, parse, value });
  return value;
}

/** Whether this database holds the demo (its seed left its marker): every page then says so. */
export async function isDemoDatabase(): Promise<boolean> {
  return (await getSetting(DEMO_SEED_MARKER)) !== undefined;
}
