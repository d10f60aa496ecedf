import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { dbReady, getDb } from "./client";
import { upgradeProcedureContent } from "./procedure-upgrade";
import { ensureDefaultInstruments } from "./queries/instruments";
import { ensureRollups } from "./rollups";

/**
 * Applies pending drizzle-kit migrations, makes sure the shipped instruments exist and rebuilds the subtree
 * rollups if the unit tree changed since they were built (idempotent).
 */
export async function migrateDatabase(): Promise<void> {
  await dbReady();
  await migrate(getDb(), { migrationsFolder: join(process.cwd(), "db", "migrations") });
  await ensureDefaultInstruments();
  await upgradeProcedureContent(getDb());
  await ensureRollups(getDb());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateDatabase().then(
    () => {
      console.log("Đã cập nhật cấu trúc cơ sở dữ liệu / migrations applied.");
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
