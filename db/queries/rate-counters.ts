import "server-only";
import { sql } from "drizzle-orm";
import { slidingWindowCount } from "@/lib/velocity";
import type { Transaction as Tx } from "../group-commit";
import { rateCounters } from "../schema";

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
  const rows = await tx
    .insert(rateCounters)
    .values(
      counters.map((c) => ({
        key: c.key,
        windowStart: nowMs - (nowMs % c.windowMs),
        windowMs: c.windowMs,
        count: 1,
        previousCount: 0,
      })),
    )
    .onConflictDoUpdate({
      target: rateCounters.key,
      // Every expression reads the row as it was before this update.
      set: {
        previousCount: sql`CASE
          WHEN ${rateCounters.windowStart} = excluded.window_start THEN ${rateCounters.previousCount}
          WHEN ${rateCounters.windowStart} = excluded.window_start - excluded.window_ms THEN ${rateCounters.count}
          ELSE 0 END`,
        count: sql`CASE WHEN ${rateCounters.windowStart} = excluded.window_start THEN ${rateCounters.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
        windowMs: sql`excluded.window_ms`,
      },
    })
    .returning({
      key: rateCounters.key,
      windowStart: rateCounters.windowStart,
      count: rateCounters.count,
      previousCount: rateCounters.previousCount,
    });
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
