import "server-only";
import { eq } from "drizzle-orm";
import { DEMO_SEED_MARKER } from "@/lib/constants";
import { getDb } from "../client";
import { memoizeLookup } from "../memo";
import { settings } from "../schema";

// Read on hot paths (every submission): a change reaches every instance within ten seconds.
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

export async function putSetting(key: string, value: unknown): Promise<void> {
  await getDb()
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  cached.clear();
}

/** Removes a setting: its default applies again. */
export async function deleteSetting(key: string): Promise<void> {
  await getDb().delete(settings).where(eq(settings.key, key));
  cached.clear();
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
