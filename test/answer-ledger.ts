import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Client, ResultSet } from "@libsql/client";

/**
 * What the clients of a durability run know: every answer the server acknowledged (201/200 with an id)
 * and every answer sent without hearing back (in doubt: it may or may not be stored, never twice).
 * Shared by the crash, two-instance and backup tests and by `npm run soak`.
 */
export class AnswerLedger {
  readonly prefix: string;
  readonly acknowledged = new Map<string, number>();
  readonly inDoubt = new Set<string>();
  /** Keys acknowledged twice with different ids (must stay empty). */
  readonly conflicts: string[] = [];
  private counter = 0;

  constructor(tag: string, prefix?: string) {
    // Idempotency keys are 16–100 of [A-Za-z0-9_-].
    this.prefix = prefix ?? `${tag}-${randomBytes(4).toString("hex")}-`;
  }

  /** What the clients knew at this moment: the acknowledged answers so far, under the same key prefix. */
  snapshot(): AnswerLedger {
    const copy = new AnswerLedger("", this.prefix);
    for (const [key, id] of this.acknowledged) copy.acknowledge(key, id);
    return copy;
  }

  newKey(): string {
    this.counter += 1;
    return `${this.prefix}${String(this.counter).padStart(9, "0")}`;
  }

  acknowledge(key: string, id: number): void {
    const known = this.acknowledged.get(key);
    if (known !== undefined && known !== id) this.conflicts.push(key);
    this.acknowledged.set(key, id);
    this.inDoubt.delete(key);
  }

  doubt(key: string): void {
    if (!this.acknowledged.has(key)) this.inDoubt.add(key);
  }
}

export type SubmitOutcome =
  | { kind: "stored"; id: number; duplicate: boolean }
  | { kind: "status"; status: number; body: string }
  | { kind: "network"; error: string };

/** One quick answer through the public API, as a kiosk sends it. */
export async function submitQuickAnswer(
  baseUrl: string,
  link: string,
  idempotencyKey: string,
  timeoutMs = 20_000,
): Promise<SubmitOutcome> {
  const value = (Number.parseInt(idempotencyKey.slice(-3), 10) % 3) + 1;
  try {
    const res = await fetch(`${baseUrl}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        link,
        idempotencyKey,
        instrument: "quick",
        answers: { quick: value },
        channel: "kiosk",
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.text();
    if (res.status === 201 || res.status === 200) {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed === "object" && parsed !== null && "id" in parsed && typeof parsed.id === "number") {
        return { kind: "stored", id: parsed.id, duplicate: res.status === 200 };
      }
    }
    return { kind: "status", status: res.status, body: body.slice(0, 300) };
  } catch (error) {
    return {
      kind: "network",
      error: error instanceof Error ? String(error.cause ?? error.message) : String(error),
    };
  }
}

export interface TrafficOptions {
  ledger: AnswerLedger;
  link: string;
  clients: number;
  /** Base URLs of the instances; each client takes the next one for every request. */
  targets: readonly string[];
  /** Pause after a failed attempt, so a stopped server is not hammered. */
  retryPauseMs?: number;
}

export interface Traffic {
  /** Status codes other than 200/201 with an id, with their counts. */
  readonly unexpected: Map<number, number>;
  readonly lastUnexpected: string[];
  /** Requests that got no answer at all (connection refused or reset, timeout), and the last few errors. */
  networkErrors: number;
  readonly lastNetworkErrors: string[];
  /** Lets every client finish its current request, then resolves. */
  stop(): Promise<void>;
}

/**
 * Concurrent kiosk-like clients: each keeps its current answer until the server acknowledges it (retrying
 * after a lost connection with the same idempotency key, as a kiosk's queue does), then starts the next.
 */
export function startTraffic({
  ledger,
  link,
  clients,
  targets,
  retryPauseMs = 100,
}: TrafficOptions): Traffic {
  let running = true;
  let turn = 0;
  const traffic: Traffic = {
    unexpected: new Map(),
    lastUnexpected: [],
    networkErrors: 0,
    lastNetworkErrors: [],
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
  const client = async () => {
    let key: string | null = null;
    while (running) {
      key ??= ledger.newKey();
      turn += 1;
      const target = targets[turn % targets.length] ?? "";
      const outcome = await submitQuickAnswer(target, link, key);
      if (outcome.kind === "stored") {
        ledger.acknowledge(key, outcome.id);
        key = null;
        continue;
      }
      if (outcome.kind === "network") {
        traffic.networkErrors += 1;
        traffic.lastNetworkErrors.push(`${target}: ${outcome.error}`);
        if (traffic.lastNetworkErrors.length > 5) traffic.lastNetworkErrors.shift();
        ledger.doubt(key);
      } else {
        traffic.unexpected.set(outcome.status, (traffic.unexpected.get(outcome.status) ?? 0) + 1);
        traffic.lastUnexpected.push(`${outcome.status} ${outcome.body}`);
        if (traffic.lastUnexpected.length > 5) traffic.lastUnexpected.shift();
        ledger.doubt(key);
      }
      await sleep(retryPauseMs);
    }
  };
  const loops = Array.from({ length: clients }, client);
  return traffic;
}

/** Sends every in-doubt answer again until the server acknowledges it (bounded by the deadline). */
export async function settleInDoubt(
  ledger: AnswerLedger,
  baseUrl: string,
  link: string,
  deadlineMs = 60_000,
) {
  const deadline = Date.now() + deadlineMs;
  while (ledger.inDoubt.size > 0 && Date.now() < deadline) {
    for (const key of [...ledger.inDoubt]) {
      const outcome = await submitQuickAnswer(baseUrl, link, key);
      if (outcome.kind === "stored") ledger.acknowledge(key, outcome.id);
    }
    if (ledger.inDoubt.size > 0) await sleep(200);
  }
}

export interface LedgerCheck {
  acknowledged: number;
  /** Rows carrying this ledger's key prefix. */
  stored: number;
  /** Acknowledged keys with no row. */
  lost: string[];
  /** Keys stored more than once. */
  duplicated: string[];
  /** Acknowledged keys whose stored row has another id than the one acknowledged. */
  changedIds: string[];
  /** Rows whose key was sent but never acknowledged (harmless: in flight at a crash or at the end). */
  storedUnacknowledged: number;
  /** Acknowledged responses without exactly one answer row. */
  answersMissing: number;
}

/** The exactly-once check: every acknowledged answer stored once, under the id the client was given. */
export async function checkLedger(client: Client, ledger: AnswerLedger): Promise<LedgerCheck> {
  const rs = await client.execute({
    sql: `SELECT r.idempotency_key AS k, r.id AS id, (SELECT count(*) FROM answers a WHERE a.response_id = r.id) AS n
          FROM responses r WHERE substr(r.idempotency_key, 1, ?) = ?`,
    args: [ledger.prefix.length, ledger.prefix],
  });
  const ids = new Map<string, number[]>();
  let answersMissing = 0;
  for (const row of rs.rows) {
    const key = String(row.k);
    ids.set(key, [...(ids.get(key) ?? []), Number(row.id)]);
    if (ledger.acknowledged.has(key) && Number(row.n) !== 1) answersMissing += 1;
  }
  const lost: string[] = [];
  const changedIds: string[] = [];
  for (const [key, id] of ledger.acknowledged) {
    const stored = ids.get(key);
    if (!stored) lost.push(key);
    else if (!stored.includes(id)) changedIds.push(key);
  }
  return {
    acknowledged: ledger.acknowledged.size,
    stored: rs.rows.length,
    lost,
    duplicated: [...ids].filter(([, list]) => list.length > 1).map(([key]) => key),
    changedIds,
    storedUnacknowledged: [...ids.keys()].filter((key) => !ledger.acknowledged.has(key)).length,
    answersMissing,
  };
}

export async function integrityCheck(client: Client): Promise<string> {
  const rs = await client.execute("PRAGMA integrity_check");
  return rs.rows.map((row) => String(row[0])).join("; ");
}

const AGGREGATE_KEY =
  "unit_id || '|' || day || '|' || instrument_id || '|' || channel || '|' || item_key || '|' || value || '|' || flagged";

/**
 * Keys where `daily_answer_counts` differs from a recount of raw answers (0 = equal). The same check as
 * `npm run db:aggregates -- --verify`, grouped on each side and compared here, so it stays linear.
 */
export async function aggregateDifferences(client: Client): Promise<number> {
  const [maintained, recounted] = await client.batch(
    [
      `SELECT ${AGGREGATE_KEY} AS k, count AS n FROM daily_answer_counts WHERE count <> 0`,
      `SELECT ${AGGREGATE_KEY} AS k, count(*) AS n FROM (
         SELECT r.unit_id, r.local_day AS day, r.instrument_id, r.channel, a.item_key, a.value, r.flagged
         FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.value IS NOT NULL)
       GROUP BY k`,
    ],
    "read",
  );
  return keyDifferences(maintained, recounted) + (await rollupDifferences(client));
}

/** Keys (`k`) whose value (`n`) differs between two result sets, or that only one of them has. */
function keyDifferences(a: ResultSet | undefined, b: ResultSet | undefined): number {
  const values = new Map<string, string>();
  for (const row of a?.rows ?? []) values.set(String(row.k), String(row.n));
  let differences = 0;
  for (const row of b?.rows ?? []) {
    const key = String(row.k);
    if (values.get(key) !== String(row.n)) differences += 1;
    values.delete(key);
  }
  return differences + values.size;
}

const ROLLUP_LEVELS = "c1 || ',' || c2 || ',' || c3 || ',' || c4 || ',' || c5";

/**
 * Keys where the subtree rollups differ from the daily counts pooled again through `rollup_paths`, and the
 * monthly rollup from the daily one summed per month (0 = equal; rollups not built count as 1).
 */
export async function rollupDifferences(client: Client): Promise<number> {
  const [state, maintainedDaily, pooled, maintainedMonthly, summed] = await client.batch(
    [
      "SELECT valid FROM rollup_state WHERE id = 1",
      `SELECT node_id || '|' || day || '|' || instrument_id || '|' || item_key || '|' || flagged AS k,
         ${ROLLUP_LEVELS} AS n FROM rollup_daily_counts`,
      `SELECT node_id || '|' || day || '|' || instrument_id || '|' || item_key || '|' || flagged AS k,
         ${ROLLUP_LEVELS} AS n FROM (
         SELECT p.node_id, d.day, d.instrument_id, d.item_key, d.flagged,
           sum((d.value = 1) * d.count) AS c1, sum((d.value = 2) * d.count) AS c2, sum((d.value = 3) * d.count) AS c3,
           sum((d.value = 4) * d.count) AS c4, sum((d.value = 5) * d.count) AS c5
         FROM daily_answer_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
         GROUP BY 1, 2, 3, 4, 5)
       WHERE c1 <> 0 OR c2 <> 0 OR c3 <> 0 OR c4 <> 0 OR c5 <> 0`,
      `SELECT node_id || '|' || month || '|' || instrument_id || '|' || item_key || '|' || flagged AS k,
         ${ROLLUP_LEVELS} AS n FROM rollup_monthly_counts`,
      `SELECT node_id || '|' || month || '|' || instrument_id || '|' || item_key || '|' || flagged AS k,
         ${ROLLUP_LEVELS} AS n FROM (
         SELECT node_id, substr(day, 1, 7) AS month, instrument_id, item_key, flagged,
           sum(c1) AS c1, sum(c2) AS c2, sum(c3) AS c3, sum(c4) AS c4, sum(c5) AS c5
         FROM rollup_daily_counts GROUP BY 1, 2, 3, 4, 5)`,
    ],
    "read",
  );
  if (Number(state?.rows[0]?.valid ?? 0) !== 1) return 1;
  return keyDifferences(maintainedDaily, pooled) + keyDifferences(maintainedMonthly, summed);
}
