/** Survey submissions under load: throughput, latency and the exactly-once check against the database. */
import { randomBytes } from "node:crypto";
import type { Client } from "@libsql/client";
import type autocannon from "autocannon";
import { log } from "./format";
import { LOAD, type LoadSummary, runLoad } from "./load";

/** Targets (issue #18): every check on, and at least a fifth of what bare autocommit inserts reach here. */
export const SUBMISSION_TARGETS = { perSecond: 1000, p99Ms: 150, shareOfAutocommit: 0.2 } as const;

export interface SubmissionResult {
  link: string;
  keyPrefix: string;
  load: LoadSummary;
  /** Keys handed to autocannon (some may never have been sent when the run stopped). */
  keysGenerated: number;
  /** 201 responses (with their row ids). */
  acknowledged: number;
  /** 200 { duplicate: true } responses: none expected, every key is unique. */
  duplicateReplies: number;
  /** Rows in `responses` carrying this run's key prefix. */
  stored: number;
  /** Acknowledged ids missing from the database (must be 0). */
  lost: number;
  /** Stored rows sharing an idempotency key (must be 0). */
  duplicated: number;
  /** Stored rows whose 201 never reached autocannon (in flight when the run stopped): harmless. */
  storedUnacknowledged: number;
}

async function pickLink(db: Client): Promise<string> {
  const rs = await db.execute(`SELECT code FROM short_links WHERE kind='unit' LIMIT 1`);
  const row = rs.rows[0];
  if (!row) throw new Error("no unit short link: was the demo seeded?");
  return String(row.code);
}

export async function benchSubmissions(baseUrl: string, db: Client): Promise<SubmissionResult> {
  const link = await pickLink(db);
  // Keys must match /^[A-Za-z0-9_-]{16,100}$/: "bench-" + 8 random hex + "-" + 9-digit counter = 24 chars.
  const keyPrefix = `bench-${randomBytes(4).toString("hex")}-`;
  let counter = 0;
  const acknowledgedIds = new Set<number>();
  let duplicateReplies = 0;
  let badBodies = 0;

  const setupRequest = (req: autocannon.Request): autocannon.Request => {
    counter += 1;
    const idempotencyKey = `${keyPrefix}${String(counter).padStart(9, "0")}`;
    const body = JSON.stringify({
      link,
      idempotencyKey,
      instrument: "quick",
      answers: { quick: (counter % 3) + 1 },
      channel: "kiosk",
    });
    return { ...req, body };
  };
  const onResponse = (status: number, body: string): void => {
    if (status !== 201 && status !== 200) return;
    try {
      const parsed: unknown = JSON.parse(body);
      const id = typeof parsed === "object" && parsed !== null && "id" in parsed ? parsed.id : undefined;
      if (typeof id !== "number") throw new Error("no id");
      if (status === 201) acknowledgedIds.add(id);
      else duplicateReplies += 1;
    } catch {
      badBodies += 1;
    }
  };

  // Warm the route up (its chunk loads on first use) with keys outside this run's prefix.
  const warmPrefix = `warmup-${randomBytes(4).toString("hex")}-`;
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${baseUrl}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        link,
        idempotencyKey: `${warmPrefix}${String(i).padStart(9, "0")}`,
        instrument: "quick",
        answers: { quick: 3 },
        channel: "kiosk",
      }),
    });
    const text = await res.text();
    if (res.status !== 201)
      throw new Error(`warm-up submission answered ${res.status}: ${text.slice(0, 300)}`);
  }
  log(`survey submissions: link ${link}, idempotency keys ${keyPrefix}NNNNNNNNN (warmed up with 20)`);
  const load = await runLoad("submissions", {
    url: `${baseUrl}/api/v1/responses`,
    connections: LOAD.connections,
    duration: LOAD.durationSeconds,
    requests: [
      {
        method: "POST",
        path: "/api/v1/responses",
        headers: { "content-type": "application/json" },
        setupRequest,
        onResponse,
      },
    ],
  });
  if (badBodies > 0) log(`warning: ${badBodies} 2xx responses without a numeric id`);

  // Let requests autocannon abandoned at the deadline finish on the server before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rs = await db.execute({
    sql: `SELECT id, idempotency_key FROM responses WHERE substr(idempotency_key, 1, ?) = ?`,
    args: [keyPrefix.length, keyPrefix],
  });
  const storedIds = new Set<number>();
  const storedKeys = new Set<string>();
  for (const row of rs.rows) {
    storedIds.add(Number(row.id));
    storedKeys.add(String(row.idempotency_key));
  }
  let lost = 0;
  for (const id of acknowledgedIds) if (!storedIds.has(id)) lost += 1;
  const acknowledged = load.statusCodes["201"] ?? 0;
  if (acknowledged !== acknowledgedIds.size) {
    log(`warning: ${acknowledged} × 201 counted by autocannon but ${acknowledgedIds.size} distinct ids`);
  }
  let storedUnacknowledged = 0;
  for (const id of storedIds) if (!acknowledgedIds.has(id)) storedUnacknowledged += 1;
  const result: SubmissionResult = {
    link,
    keyPrefix,
    load,
    keysGenerated: counter,
    acknowledged,
    duplicateReplies,
    stored: rs.rows.length,
    lost: Math.max(lost, acknowledged - rs.rows.length),
    duplicated: rs.rows.length - storedKeys.size,
    storedUnacknowledged,
  };
  log(
    `submissions: acknowledged ${result.acknowledged}, stored ${result.stored}, lost ${result.lost}, duplicated ${result.duplicated}`,
  );
  return result;
}
