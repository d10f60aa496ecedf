import "server-only";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getDb } from "@/db/client";

export async function pingDatabase(): Promise<void> {
  await getDb().run(sql`SELECT 1`);
}

let shippedMigration: number | undefined;

/** True when the database has every migration this build ships (drizzle records each one's folder time). */
export async function migrationsApplied(): Promise<boolean> {
  shippedMigration ??= Math.max(
    0,
    ...readMigrationFiles({ migrationsFolder: join(process.cwd(), "db", "migrations") }).map(
      (m) => m.folderMillis,
    ),
  );
  const rows = await getDb().all<{ at: number | null }>(
    sql`SELECT max(created_at) AS at FROM __drizzle_migrations`,
  );
  return Number(rows[0]?.at ?? 0) >= shippedMigration;
}
