import { dbReady, getDb } from "@/db/client";
import { reindexProcedures } from "@/features/catalog/server/search-index";
import { rebuildDailyAnswerCounts } from "@/features/index/server/aggregates";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { env, isLocalDatabase } from "@/lib/env";
import { hasUnits, hasUsers, isSeeded, seedDemo } from "./demo";
import { seedDemoFeedback } from "./feedback";
import { seedDemoFormPdfs } from "./form-pdfs";

export type SeedOutcome = "seeded" | "present" | "refused";

/**
 * Seeds the demo data into a local database. Idempotent: a seeded database is left as it is.
 * Refuses any non-local DATABASE_URL, and any database that already holds units or accounts of its own
 * (e.g. a first administrator made with `npm run admin:create`), so demo accounts and their published
 * password never reach a real deployment.
 */
export async function seedIfEmpty(log: (line: string) => void = console.log): Promise<SeedOutcome> {
  const url = env().DATABASE_URL;
  if (!isLocalDatabase(url)) {
    throw new Error(
      `Từ chối nạp dữ liệu mẫu vào cơ sở dữ liệu không cục bộ (${new URL(url).host}). Demo data is only seeded into a local file database.`,
    );
  }
  await dbReady();
  await prepareDatabase();
  const db = getDb();
  if (await isSeeded(db)) {
    const added = await seedDemoFeedback(db);
    const pdfs = await seedDemoFormPdfs(db);
    if (pdfs > 0) log(`Đã thêm ${pdfs} bản PDF của biểu mẫu mẫu / ${pdfs} sample form PDFs added.`);
    log(
      added > 0
        ? `Dữ liệu mẫu đã có sẵn; đã thêm ${added} phản ánh mẫu / demo data present, ${added} sample feedback items added.`
        : "Dữ liệu mẫu đã có sẵn / demo data already present — nothing to do.",
    );
    return "present";
  }
  if ((await hasUnits(db)) || (await hasUsers(db))) {
    log(
      "Từ chối nạp dữ liệu mẫu: cơ sở dữ liệu đã có đơn vị hoặc tài khoản thật (đặt DEMO_DATA=0). / Demo seed refused: the database holds real units or accounts (set DEMO_DATA=0).",
    );
    return "refused";
  }
  const started = Date.now();
  const { responses } = await seedDemo(db);
  await seedDemoFormPdfs(db);
  await rebuildDailyAnswerCounts(db);
  await reindexProcedures(db);
  log(`Đã nạp dữ liệu mẫu / demo data seeded: ${responses} responses in ${Date.now() - started} ms.`);
  return "seeded";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedIfEmpty().then(
    (outcome) => process.exit(outcome === "refused" ? 1 : 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
