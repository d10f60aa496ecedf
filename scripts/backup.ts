/**
 * `npm run db:backup -- <file> [--force]`: a consistent online copy of the database named by DATABASE_URL
 * (default ./data/hailong.db) while the app keeps serving. The copy is checked (integrity_check, schema)
 * before it takes the name <file>; an existing <file> is replaced only with --force.
 */
import { BackupError, backupDatabase } from "@/db/backup";
import { env } from "@/lib/env";

const USAGE = "Cách dùng / usage: npm run db:backup -- <tệp sao lưu / backup file> [--force]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith("--"));
  if (!target) {
    console.error(USAGE);
    return 2;
  }
  const { DATABASE_URL } = env();
  const result = await backupDatabase(DATABASE_URL, target, { force: args.includes("--force") });
  const last = result.check.lastSubmittedAt?.toISOString() ?? "—";
  console.log(
    `Đã sao lưu / backed up ${DATABASE_URL} → ${result.file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.ms} ms; ` +
      `integrity_check ${result.check.integrity}; ${result.check.responses} responses (last ${last}).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  },
);
