import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { dbReady, getDb } from "./client";
import { ensureDefaultInstruments } from "./queries/instruments";

/** Applies pending drizzle-kit migrations and makes sure the shipped instruments exist (idempotent). */
export async function migrateDatabase(): Promise<void> {
  await dbReady();
  await migrate(getDb(), { migrationsFolder: join(process.cwd(), "db", "migrations") });
  await ensureDefaultInstruments();
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
