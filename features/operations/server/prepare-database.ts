import "server-only";
import { getDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { upgradeProcedureContent } from "@/features/catalog/server/procedure-upgrade";
import { ensureRollups } from "@/features/index/server/rollups";
import { ensureDefaultInstruments } from "@/features/survey/server/instrument-queries";

/**
 * Makes a database ready for this version of the app (idempotent): pending migrations, the shipped
 * questionnaires, procedure content stored by older versions rewritten in the current model, and the
 * subtree rollups rebuilt if the unit tree changed since they were built.
 */
export async function prepareDatabase(): Promise<void> {
  await applyMigrations();
  await ensureDefaultInstruments();
  await upgradeProcedureContent(getDb());
  await ensureRollups(getDb());
}
