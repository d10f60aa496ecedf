import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateCounters } from "@/db/schema";
import type { CountedAttempt, SignInLimit } from "@/features/access/sign-in-throttle";

/**
 * Counts one sign-in attempt in each bucket, atomically (one upsert per bucket): a window starts at the
 * bucket's first attempt and a new one starts once `windowMs` has passed.
 */
export async function countSignInAttempt(
  limits: readonly SignInLimit[],
  nowMs: number,
  windowMs: number,
): Promise<CountedAttempt[]> {
  const open = sql`${rateCounters.windowStart} > ${nowMs - windowMs}`;
  return Promise.all(
    limits.map(async (limit) => {
      const [row] = await getDb()
        .insert(rateCounters)
        .values({ key: limit.key, windowStart: nowMs, count: 1 })
        .onConflictDoUpdate({
          target: rateCounters.key,
          set: {
            count: sql`CASE WHEN ${open} THEN ${rateCounters.count} + 1 ELSE 1 END`,
            windowStart: sql`CASE WHEN ${open} THEN ${rateCounters.windowStart} ELSE ${nowMs} END`,
          },
        })
        .returning({ count: rateCounters.count, windowStart: rateCounters.windowStart });
      return { ...limit, count: row?.count ?? 1, windowStart: row?.windowStart ?? nowMs };
    }),
  );
}

/** Gives one counted attempt back in each of `keys`. */
export async function refundSignInAttempt(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await getDb()
    .update(rateCounters)
    .set({ count: sql`max(${rateCounters.count} - 1, 0)` })
    .where(inArray(rateCounters.key, [...keys]));
}

/** Forgets buckets altogether (a successful sign-in clears its account+client pair). */
export async function clearSignInBuckets(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await getDb()
    .delete(rateCounters)
    .where(inArray(rateCounters.key, [...keys]));
}
