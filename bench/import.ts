/** Import of a 2,000-procedure CSV: parse + validate, then the all-or-nothing commit, then a no-op re-import. */
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { log } from "./format";

export const IMPORT_TARGETS = { procedures: 2000, totalSeconds: 10 } as const;

export interface ImportResult {
  procedures: number;
  fileBytes: number;
  parseValidateMs: number;
  commitMs: number;
  created: number;
  reimportMs: number;
  reimportUnchanged: number;
}

/**
 * Runs in this process against `databaseUrl` (which must already be migrated and seeded), through the
 * import's use cases as the demo province administrator: check (parse + validate + plan + job), commit.
 */
export async function benchImport(databaseUrl: string): Promise<ImportResult> {
  process.env.DATABASE_URL = databaseUrl;
  const { buildTemplate, parseImportFile } = await import("@/features/imports/procedure-import");
  const { recordKeys } = await import("@/features/catalog/procedure-record");
  const { checkImport, commitImport } = await import("@/features/imports/server/imports");
  const { loadActor } = await import("@/features/access/server/load-actor");
  const { getDb } = await import("../db/client");
  const { user } = await import("../db/schema");
  const { eq } = await import("drizzle-orm");

  const template = await parseImportFile(await buildTemplate("csv"), "csv");
  const example = template.rows[0]?.record;
  if (!example) throw new Error("template has no example row");
  const stamp = Date.now().toString(36).toUpperCase();
  const records = Array.from({ length: IMPORT_TARGETS.procedures }, (_, i) => ({
    ...example,
    code: `BENCH.${stamp}.${i}`,
    name: `${example.name} (bản thử ${i + 1})`,
  }));
  const file = Buffer.from(Papa.unparse(records, { columns: [...recordKeys] }), "utf8");
  const [admin] = await getDb().select().from(user).where(eq(user.email, "admin@anhoa.demo"));
  const actor = admin && (await loadActor({ userId: admin.id, name: admin.name, email: admin.email }));
  if (!actor) throw new Error("no demo province administrator in the bench database");

  log(`import: ${records.length} procedures, ${Math.round(file.length / 1024)} KB CSV`);
  const input = {
    fileName: "bench.csv",
    bytes: new Uint8Array(file),
    announcementId: null,
    effectiveFrom: "2026-01-01",
    offerAtUnitId: null,
  };
  const run = async () => {
    let t = performance.now();
    const checked = await checkImport(actor, input);
    const checkMs = performance.now() - t;
    if (!checked.ok || checked.value.issues.length > 0 || !checked.value.jobId) {
      throw new Error(`bench import file refused: ${JSON.stringify(checked).slice(0, 300)}`);
    }
    t = performance.now();
    const committed = await commitImport(actor, { jobId: checked.value.jobId });
    if (!committed.ok) throw new Error(`bench import not committed: ${committed.refusal.message}`);
    return { checkMs, commitMs: performance.now() - t, actions: committed.value.actions };
  };
  const first = await run();
  const second = await run();
  const countOf = (actions: Map<string, string>, action: string) =>
    [...actions.values()].filter((a) => a === action).length;
  return {
    procedures: records.length,
    fileBytes: file.length,
    parseValidateMs: first.checkMs,
    commitMs: first.commitMs,
    created: countOf(first.actions, "create"),
    reimportMs: second.checkMs + second.commitMs,
    reimportUnchanged: countOf(second.actions, "unchanged"),
  };
}
