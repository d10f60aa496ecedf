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

/** Runs in this process against `databaseUrl` (which must already be migrated and seeded). */
export async function benchImport(databaseUrl: string): Promise<ImportResult> {
  process.env.DATABASE_URL = databaseUrl;
  const { buildTemplate, parseImportFile, validateRecords } = await import("../lib/procedure-import");
  const { recordKeys } = await import("../lib/procedure-record");
  const { applyProcedureWrites } = await import("../db/queries/catalog");
  const { getDb } = await import("../db/client");
  const { fields, user } = await import("../db/schema");

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
  const known = await getDb().select({ code: fields.code, name: fields.name }).from(fields);
  const [someone] = await getDb().select({ id: user.id }).from(user).limit(1);
  if (!someone) throw new Error("no user in the bench database");

  log(`import: ${records.length} procedures, ${Math.round(file.length / 1024)} KB CSV`);
  let t = performance.now();
  const parsed = await parseImportFile(new Uint8Array(file), "csv");
  const checked = validateRecords(parsed.rows, known);
  const parseValidateMs = performance.now() - t;
  if (parsed.issues.length + checked.issues.length > 0) {
    throw new Error(
      `bench import file has issues: ${JSON.stringify([...parsed.issues, ...checked.issues].slice(0, 3))}`,
    );
  }
  const options = {
    announcementId: null,
    effectiveFrom: "2026-01-01",
    today: "2026-01-01",
    userId: someone.id,
    audit: { action: "procedure.import", entity: "import_job", entityId: "bench" },
  };
  t = performance.now();
  const first = await applyProcedureWrites(checked.valid, options);
  const commitMs = performance.now() - t;
  t = performance.now();
  const second = await applyProcedureWrites(checked.valid, options);
  const reimportMs = performance.now() - t;
  const countOf = (actions: Map<string, string>, action: string) =>
    [...actions.values()].filter((a) => a === action).length;
  return {
    procedures: records.length,
    fileBytes: file.length,
    parseValidateMs,
    commitMs,
    created: countOf(first.actions, "create"),
    reimportMs,
    reimportUnchanged: countOf(second.actions, "unchanged"),
  };
}
