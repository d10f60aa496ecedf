/**
 * Writes the national-scale data set (`db/seed/scale-plan.ts`) into a fresh, migrated file database:
 * units, counters, short links, sample procedures, an administrator, then the responses and answers in
 * big transactions (one `INSERT … SELECT FROM json_each(?)` per table and chunk), the dossiers as daily
 * counts (plus a few open ones as rows), and finally the secondary indexes and the aggregates rebuilt in SQL. For generated data only: the journal is
 * off while it runs, so an interrupted run leaves a file to delete (the marker is written last).
 */
import { randomUUID } from "node:crypto";
import type { Client } from "@libsql/client";
import { hashPassword } from "better-auth/crypto";
import type { Database } from "@/db/client";
import { DOSSIER_COUNT_COLUMNS } from "@/db/schema";
import { contentFromV1 } from "@/features/catalog/procedure-content";
import { canonicalContentHash } from "@/features/catalog/procedure-hash";
import { rebuildDailyAnswerCounts } from "@/features/index/server/aggregates";
import { seedFields, seedProcedures } from "../procedure-data";
import {
  type PlannedDossierDay,
  type PlannedResponse,
  type PlannedUnit,
  planDays,
  planDossierDays,
  planOpenDossiers,
  planResponses,
  planUnits,
  type ScaleOptions,
} from "../scale-plan";
import { demoShortCode } from "../short-codes";
import { DEMO_PASSWORD } from "../unit-data";

export const SCALE_MARKER = "seed.scale";
export const SCALE_ADMIN_EMAIL = "admin@scale.local";
const CHUNK_RESPONSES = 50_000;
/** Indexes built once after the bulk load rather than maintained row by row. */
const DEFERRED_INDEX_TABLES = ["responses", "answers", "daily_answer_counts"];

export interface ScaleMarker extends ScaleOptions {
  today: string;
  answers: number;
  /** Rows of `dossier_daily_counts` written for the dossiers, and open dossiers kept as raw rows. */
  dossierDays?: number;
  openDossiers?: number;
  generatedAt: string;
}

/** Open dossiers kept as raw rows per active unit (the overdue counts read raw open dossiers). */
export const OPEN_DOSSIERS_PER_UNIT = 8;
const CHUNK_DOSSIER_DAYS = 40_000;
const DAILY_DOSSIER_COLUMNS = ["unit_id", "day", ...DOSSIER_COUNT_COLUMNS];

/**
 * The dossiers: at national volume (tens of millions a year) as the daily counts the figures read, since
 * writing that many raw rows is not feasible here; plus a few open dossiers per unit as raw rows (their
 * triggers add them to the counts of the day they were received). The rollups are rebuilt afterwards.
 */
async function insertDossiers(
  client: Client,
  units: readonly PlannedUnit[],
  days: readonly string[],
  options: ScaleOptions,
  today: string,
): Promise<{ dossierDays: number; openDossiers: number }> {
  let dossierDays = 0;
  let chunk: PlannedDossierDay[] = [];
  const flush = async () => {
    await insertJson(client, "dossier_daily_counts", DAILY_DOSSIER_COLUMNS, chunk);
    dossierDays += chunk.length;
    chunk = [];
  };
  for (const day of planDossierDays(units, days, options.dossiers ?? 0, options.seed)) {
    chunk.push(...day);
    if (chunk.length >= CHUNK_DOSSIER_DAYS) await flush();
  }
  if (chunk.length > 0) await flush();
  const open = planOpenDossiers(units, today, OPEN_DOSSIERS_PER_UNIT, options.seed);
  for (let i = 0; i < open.length; i += CHUNK_DOSSIER_DAYS) {
    await insertJson(
      client,
      "dossiers",
      ["unit_id", "code", "status", "received_at", "received_day", "due_at", "survey_token_hash"],
      open
        .slice(i, i + CHUNK_DOSSIER_DAYS)
        .map((d) => [d.unitId, d.code, d.status, d.receivedAt, d.receivedDay, d.dueAt, `scale-${d.code}`]),
    );
  }
  return { dossierDays, openDossiers: open.length };
}

export async function readScaleMarker(client: Client): Promise<ScaleMarker | null> {
  const exists = await client.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'",
  );
  if (exists.rows.length === 0) return null;
  const rs = await client.execute({ sql: "SELECT value FROM settings WHERE key = ?", args: [SCALE_MARKER] });
  const value = rs.rows[0]?.value;
  return typeof value === "string" ? (JSON.parse(value) as ScaleMarker) : null;
}

/** Inserts rows given as arrays through one statement: `columns[i]` takes `value->>i`. */
async function insertJson(client: Client, table: string, columns: string[], rows: unknown[][]) {
  if (rows.length === 0) return;
  const select = columns.map((_, i) => `value->>${i}`).join(", ");
  await client.execute({
    sql: `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${select} FROM json_each(?)`,
    args: [JSON.stringify(rows)],
  });
}

interface Fixtures {
  counterIds: Map<number, number[]>;
  unitLinks: Map<number, string>;
  counterLinks: Map<number, string>;
  procedureIds: number[];
  instrumentIds: { quick: number; service: number };
}

async function insertFixtures(client: Client, units: readonly PlannedUnit[]): Promise<Fixtures> {
  const today = new Date().toISOString().slice(0, 10);
  await insertJson(
    client,
    "units",
    ["id", "slug", "name", "kind", "level", "parent_id", "opening_hours", "valid_from"],
    units.map((u) => [u.id, u.slug, u.name, u.kind, u.level, u.parentId, "07:30–17:00", "2025-07-01"]),
  );
  const taken = new Set<string>();
  const counterIds = new Map<number, number[]>();
  const unitLinks = new Map<number, string>();
  const counterLinks = new Map<number, string>();
  const counterRows: unknown[][] = [];
  const linkRows: unknown[][] = [];
  let counterId = 0;
  for (const u of units) {
    const unitCode = demoShortCode(`scale:unit:${u.id}`, taken);
    unitLinks.set(u.id, unitCode);
    linkRows.push([unitCode, "unit", u.id, null]);
    const ids: number[] = [];
    for (let i = 1; i <= u.counters; i++) {
      ids.push(++counterId);
      counterRows.push([counterId, u.id, String(i), `Quầy ${i}`]);
      const code = demoShortCode(`scale:counter:${counterId}`, taken);
      counterLinks.set(counterId, code);
      linkRows.push([code, "counter", u.id, counterId]);
    }
    counterIds.set(u.id, ids);
  }
  await insertJson(client, "counters", ["id", "unit_id", "number", "name"], counterRows);
  await insertJson(client, "short_links", ["code", "kind", "unit_id", "counter_id"], linkRows);

  await insertJson(
    client,
    "fields",
    ["code", "name", "name_en"],
    seedFields.map((f) => [f.code, f.name, f.nameEn ?? null]),
  );
  const fieldIds = new Map(
    (await client.execute("SELECT id, code FROM fields")).rows.map((r) => [String(r.code), Number(r.id)]),
  );
  const procedureIds: number[] = [];
  for (const seed of seedProcedures) {
    const p = { ...seed, content: contentFromV1(seed.content) };
    const rs = await client.execute({
      sql: "INSERT INTO procedures (code, field_id, has_national_code, is_sample) VALUES (?, ?, 0, 1) RETURNING id",
      args: [p.code, fieldIds.get(p.fieldCode) ?? null],
    });
    const id = Number(rs.rows[0]?.id);
    procedureIds.push(id);
    await client.execute({
      sql: `INSERT INTO procedure_versions (procedure_id, version_no, effective_from, name, content, content_hash, created_by)
            VALUES (?, 1, ?, ?, ?, ?, 'seed.scale')`,
      args: [id, today, p.content.name, JSON.stringify(p.content), canonicalContentHash(p.content)],
    });
  }

  const instruments = await client.execute(
    "SELECT key, max(id) AS id FROM instruments WHERE unit_id IS NULL AND key IN ('quick', 'service') GROUP BY key",
  );
  const byKey = new Map(instruments.rows.map((r) => [String(r.key), Number(r.id)]));
  const quick = byKey.get("quick");
  const service = byKey.get("service");
  if (quick === undefined || service === undefined)
    throw new Error("default instruments missing: migrate first");
  return { counterIds, unitLinks, counterLinks, procedureIds, instrumentIds: { quick, service } };
}

const RESPONSE_COLUMNS = [
  "id",
  "instrument_id",
  "unit_id",
  "counter_id",
  "procedure_id",
  "short_link_code",
  "channel",
  "submitted_at",
  "local_day",
  "idempotency_key",
  "reasons",
  "comment",
  "flagged",
  "flag_reason",
  "created_at",
];

function responseRow(r: PlannedResponse, f: Fixtures): unknown[] {
  const counterId = r.counter === null ? null : (f.counterIds.get(r.unitId)?.[r.counter] ?? null);
  return [
    r.id,
    f.instrumentIds[r.instrument],
    r.unitId,
    counterId,
    r.procedure === null ? null : (f.procedureIds[r.procedure] ?? null),
    counterId === null ? f.unitLinks.get(r.unitId) : f.counterLinks.get(counterId),
    r.channel,
    r.submittedAt,
    r.localDay,
    `scale-${r.id}`,
    r.reasons === null ? null : JSON.stringify(r.reasons),
    r.comment,
    r.flagReason === null ? 0 : 1,
    r.flagReason,
    r.submittedAt,
  ];
}

async function insertResponses(
  client: Client,
  chunk: readonly PlannedResponse[],
  fixtures: Fixtures,
): Promise<number> {
  const answers: unknown[][] = [];
  for (const r of chunk) for (const [item, value] of r.answers) answers.push([r.id, item, value]);
  const select = (n: number) => Array.from({ length: n }, (_, i) => `value->>${i}`).join(", ");
  await client.batch(
    [
      {
        sql: `INSERT INTO responses (${RESPONSE_COLUMNS.join(", ")}) SELECT ${select(RESPONSE_COLUMNS.length)} FROM json_each(?)`,
        args: [JSON.stringify(chunk.map((r) => responseRow(r, fixtures)))],
      },
      {
        sql: `INSERT INTO answers (response_id, item_key, value) SELECT ${select(3)} FROM json_each(?)`,
        args: [JSON.stringify(answers)],
      },
    ],
    "write",
  );
  return answers.length;
}

async function insertAdministrator(client: Client): Promise<void> {
  const id = randomUUID();
  await client.batch(
    [
      {
        sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
        args: [id, "Quản trị toàn quốc (dữ liệu quy mô)", SCALE_ADMIN_EMAIL],
      },
      {
        sql: "INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES (?, ?, 'credential', ?, ?)",
        args: [randomUUID(), id, id, await hashPassword(DEMO_PASSWORD)],
      },
      {
        sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, 1, 'system_admin')",
        args: [id],
      },
      {
        sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, 1, 'unit_admin')",
        args: [id],
      },
    ],
    "write",
  );
}

export type ScaleProgress = (line: string) => void;

/**
 * Fills a freshly migrated, empty database. `today` ends the period (local day). Returns the marker
 * it wrote. Prints progress and rows per second through `log`.
 */
export async function generateScaleData(
  client: Client,
  db: Database,
  options: ScaleOptions,
  today: string,
  log: ScaleProgress,
): Promise<ScaleMarker> {
  const started = performance.now();
  await client.executeMultiple(`
    PRAGMA journal_mode = OFF;
    PRAGMA synchronous = OFF;
    PRAGMA foreign_keys = OFF;
    PRAGMA cache_size = -1000000;
    PRAGMA temp_store = MEMORY;`);
  const deferred = await client.execute(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
     AND tbl_name IN (${DEFERRED_INDEX_TABLES.map((t) => `'${t}'`).join(", ")})`,
  );
  for (const row of deferred.rows) await client.execute(`DROP INDEX "${String(row.name)}"`);
  // The facets of each answer are built once at the end (rebuildDailyAnswerCounts), not a row at a time.
  const answerTriggers = await client.execute(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'answers'",
  );
  for (const row of answerTriggers.rows) await client.execute(`DROP TRIGGER "${String(row.name)}"`);

  const units = planUnits(options.units, options.seed);
  const fixtures = await insertFixtures(client, units);
  await insertAdministrator(client);
  log(
    `${units.length} units, ${[...fixtures.counterIds.values()].flat().length} counters, short links, procedures`,
  );

  const days = planDays(today, options.months);
  let responses = 0;
  let answers = 0;
  let chunk: PlannedResponse[] = [];
  let lastLog = performance.now();
  const flush = async () => {
    answers += await insertResponses(client, chunk, fixtures);
    responses += chunk.length;
    chunk = [];
    const now = performance.now();
    if (now - lastLog > 5000 || responses === options.responses) {
      lastLog = now;
      const seconds = (now - started) / 1000;
      log(
        `${responses.toLocaleString("en-US")} / ${options.responses.toLocaleString("en-US")} responses, ${answers.toLocaleString("en-US")} answers — ${Math.round((responses + answers) / seconds).toLocaleString("en-US")} rows/s`,
      );
    }
  };
  for (const day of planResponses(
    units,
    days,
    options.responses,
    options.seed,
    fixtures.procedureIds.length,
  )) {
    chunk.push(...day);
    if (chunk.length >= CHUNK_RESPONSES) await flush();
  }
  if (chunk.length > 0) await flush();

  let step = performance.now();
  const dossiers =
    (options.dossiers ?? 0) > 0
      ? await insertDossiers(client, units, days, options, today)
      : { dossierDays: 0, openDossiers: 0 };
  if ((options.dossiers ?? 0) > 0) {
    log(
      `${(options.dossiers ?? 0).toLocaleString("en-US")} dossiers as ${dossiers.dossierDays.toLocaleString("en-US")} daily counts, ${dossiers.openDossiers.toLocaleString("en-US")} open dossiers as rows, in ${((performance.now() - step) / 1000).toFixed(1)} s`,
    );
  }
  step = performance.now();
  for (const row of deferred.rows) await client.execute(String(row.sql));
  for (const row of answerTriggers.rows) await client.execute(String(row.sql));
  log(`indexes rebuilt in ${((performance.now() - step) / 1000).toFixed(1)} s`);
  step = performance.now();
  await rebuildDailyAnswerCounts(db);
  log(`daily aggregates rebuilt in ${((performance.now() - step) / 1000).toFixed(1)} s`);
  step = performance.now();
  await client.execute("ANALYZE");
  log(`ANALYZE in ${((performance.now() - step) / 1000).toFixed(1)} s`);

  const { responses: planned, units: unitCount, months, seed } = options;
  const marker: ScaleMarker = {
    responses: planned,
    units: unitCount,
    months,
    seed,
    dossiers: options.dossiers ?? 0,
    today,
    answers,
    ...dossiers,
    generatedAt: new Date().toISOString(),
  };
  await client.batch(
    [
      { sql: "INSERT INTO settings (key, value) VALUES ('index.minN', '30')", args: [] },
      { sql: "INSERT INTO settings (key, value) VALUES ('index.rollup', '\"pooled\"')", args: [] },
      {
        sql: "INSERT INTO settings (key, value) VALUES (?, ?)",
        args: [SCALE_MARKER, JSON.stringify(marker)],
      },
    ],
    "write",
  );
  await client.executeMultiple(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
  );
  return marker;
}
