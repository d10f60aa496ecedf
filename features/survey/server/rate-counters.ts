import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction as Tx } from "@/db/group-commit";
import { slidingWindowCount } from "@/features/survey/velocity";

/** Every expression reads the row as it was before this update. */
const SLIDE = sql.raw(` ON CONFLICT (key) DO UPDATE SET
  previous_count = CASE WHEN window_start = excluded.window_start THEN previous_count
    WHEN window_start = excluded.window_start - excluded.window_ms THEN "count" ELSE 0 END,
  "count" = CASE WHEN window_start = excluded.window_start THEN "count" + 1 ELSE 1 END,
  window_start = excluded.window_start, window_ms = excluded.window_ms
  RETURNING key, window_start AS windowStart, "count", previous_count AS previousCount`);

export interface WindowCounter {
  key: string;
  windowMs: number;
}

/**
 * Counts one event in each counter and returns each counter's sliding-window count, the event included
 * (one statement for all counters). A counter keeps its current fixed window and the previous one's count;
 * the sliding count weighs the previous window by how much of it the last `windowMs` still covers.
 */
export async function countInSlidingWindows(
  tx: Tx,
  counters: readonly WindowCounter[],
  nowMs: number,
): Promise<Map<string, number>> {
  if (counters.length === 0) return new Map();
  const windowOf = new Map(counters.map((c) => [c.key, c.windowMs]));
  const values = sql.join(
    counters.map((c) => sql`(${c.key}, ${nowMs - (nowMs % c.windowMs)}, 1, 0, ${c.windowMs})`),
    sql`, `,
  );
  // On the hot path of every answer: one plain statement, not the query builder.
  const rows = await tx.all<{ key: string; windowStart: number; count: number; previousCount: number }>(
    sql`INSERT INTO rate_counters (key, window_start, count, previous_count, window_ms) VALUES ${values}${SLIDE}`,
  );
  return new Map(rows.map((r) => [r.key, slidingWindowCount(r, windowOf.get(r.key) ?? 1, nowMs)]));
}

/** Takes back the event just counted in each of these counters (an answer that turned out not to count). */
export async function uncountOne(tx: Tx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(sql`
    UPDATE rate_counters SET count = max(count - 1, 0) WHERE key IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`);
}

/**
 * Takes `amount` events back out of a counter (answers that turned out to belong to a held burst), from
 * its current window first, then from the previous one; `reset` empties it.
 */
export async function uncount(tx: Tx, key: string, amount: number | "all"): Promise<void> {
  if (amount === "all") {
    await tx.run(sql`UPDATE rate_counters SET count = 0, previous_count = 0 WHERE key = ${key}`);
    return;
  }
  await tx.run(sql`
    UPDATE rate_counters SET count = max(count - ${amount}, 0),
      previous_count = max(previous_count - max(${amount} - count, 0), 0)
    WHERE key = ${key}`);
}
