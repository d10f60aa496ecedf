/** Baseline: how fast libSQL itself inserts single rows into a scratch table on this machine. */
import { performance } from "node:perf_hooks";
import { createClient, type InStatement } from "@libsql/client";
import { resetDatabase } from "./app-server";
import { log } from "./format";
import { percentile } from "./timing";

export interface RawInsertResult {
  databaseUrl: string;
  /** One INSERT per transaction (autocommit), awaited one after another. */
  autocommit: { rows: number; seconds: number; perSecond: number; p50Ms: number; p99Ms: number };
  /** 1,000 INSERTs per write transaction (client.batch). */
  batched: { rows: number; batches: number; seconds: number; perSecond: number };
}

const LOOP_MS = 2000;
const BATCH = 1000;

export async function benchRawInsert(databaseUrl: string): Promise<RawInsertResult> {
  resetDatabase(databaseUrl);
  const db = createClient({ url: databaseUrl });
  try {
    // Same journal mode as the app (db/client.ts); synchronous stays at its default, as in the app.
    await db.executeMultiple(`
      PRAGMA journal_mode = WAL;
      CREATE TABLE scratch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        k TEXT NOT NULL UNIQUE,
        v INTEGER NOT NULL,
        at INTEGER NOT NULL
      );
    `);
    const insert = (n: number): InStatement => ({
      sql: "INSERT INTO scratch (k, v, at) VALUES (?, ?, ?)",
      args: [`raw-${String(n).padStart(12, "0")}`, (n % 3) + 1, Date.now()],
    });
    let n = 0;

    log(`raw libSQL: single-row autocommit inserts for ${LOOP_MS / 1000} s into ${databaseUrl}…`);
    const latencies: number[] = [];
    let start = performance.now();
    while (performance.now() - start < LOOP_MS) {
      const t = performance.now();
      await db.execute(insert(n++));
      latencies.push(performance.now() - t);
    }
    let seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    const autocommit = {
      rows: latencies.length,
      seconds,
      perSecond: latencies.length / seconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    };
    log(`raw libSQL autocommit: ${Math.round(autocommit.perSecond)} rows/s`);

    log(`raw libSQL: batches of ${BATCH} inserts for ${LOOP_MS / 1000} s…`);
    let batches = 0;
    start = performance.now();
    while (performance.now() - start < LOOP_MS) {
      const statements: InStatement[] = [];
      for (let i = 0; i < BATCH; i++) statements.push(insert(n++));
      await db.batch(statements, "write");
      batches += 1;
    }
    seconds = (performance.now() - start) / 1000;
    const batched = { rows: batches * BATCH, batches, seconds, perSecond: (batches * BATCH) / seconds };
    log(`raw libSQL batched: ${Math.round(batched.perSecond)} rows/s`);
    return { databaseUrl, autocommit, batched };
  } finally {
    db.close();
  }
}
