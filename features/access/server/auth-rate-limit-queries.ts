import "server-only";
import { randomUUID } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimit } from "@/db/schema";

const DAY_MS = 24 * 3600_000;
let lastPrune = 0;

/**
 * better-auth's request limiter, in its `rate_limit` table, counted atomically (one upsert): a fixed window
 * that starts at the key's first request — `last_request` holds that start. Keys never hold an address
 * (lib/auth/rate-limit-storage.ts). Rows a day old are pruned now and then.
 */
export async function consumeAuthRateLimit(
  key: string,
  rule: { windowMs: number; max: number },
  nowMs: number,
): Promise<{ allowed: boolean; retryAfter: number | null }> {
  const open = sql`${rateLimit.lastRequest} > ${nowMs - rule.windowMs}`;
  const [row] = await getDb()
    .insert(rateLimit)
    .values({ id: randomUUID(), key, count: 1, lastRequest: nowMs })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`CASE WHEN ${open} THEN ${rateLimit.count} + 1 ELSE 1 END`,
        lastRequest: sql`CASE WHEN ${open} THEN ${rateLimit.lastRequest} ELSE ${nowMs} END`,
      },
    })
    .returning({ count: rateLimit.count, windowStart: rateLimit.lastRequest });
  if (nowMs - lastPrune > 10 * 60_000) {
    lastPrune = nowMs;
    await getDb()
      .delete(rateLimit)
      .where(lt(rateLimit.lastRequest, nowMs - DAY_MS));
  }
  const count = row?.count ?? 1;
  if (count <= rule.max) return { allowed: true, retryAfter: null };
  const windowStart = row?.windowStart ?? nowMs;
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowStart + rule.windowMs - nowMs) / 1000)) };
}
