/**
 * `npm run db:restore -- <backup file> [--force]`: replaces the database named by DATABASE_URL with a
 * backup. Stop every app instance first (a database in use is refused). The backup is checked first
 * (integrity_check, schema); an existing database is replaced only with --force and kept as
 * `<name>.before-restore`. Migrations the backup lacks are applied by the next `npm start`.
 */
import { BackupError, restoreDatabase } from "@/db/backup";
import { env } from "@/lib/env";

const USAGE = "Cách dùng / usage: npm run db:restore -- <tệp sao lưu / backup file> [--force]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const backup = args.find((a) => !a.startsWith("--"));
  if (!backup) {
    console.error(USAGE);
    return 2;
  }
  const { DATABASE_URL } = env();
  const result = await restoreDatabase(backup, DATABASE_URL, { force: args.includes("--force") });
  const last = result.check.lastSubmittedAt?.toISOString() ?? "—";
  console.log(
    `Đã khôi phục / restored ${backup} → ${result.file}: integrity_check ${result.check.integrity}; ` +
      `${result.check.responses} responses (last ${last}).`,
  );
  if (result.previous) console.log(`Bản cũ / previous database kept as ${result.previous}.`);
  if (result.check.pendingMigrations > 0) {
    console.log(
      `${result.check.pendingMigrations} migration(s) pending: \`npm start\` or \`npm run db:migrate\` applies them.`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  },
);
