import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { dbReady, getDb } from "./client";

/** Applies pending drizzle-kit migrations (db/migrations). The features' own upkeep: prepareDatabase. */
export async function applyMigrations(): Promise<void> {
  await dbReady();
  await migrate(getDb(), { migrationsFolder: join(process.cwd(), "db", "migrations") });
}
