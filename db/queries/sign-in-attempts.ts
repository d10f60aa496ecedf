import "server-only";
import { eq, sql } from "drizzle-orm";
import { type CountedAttempt, SIGN_IN_WINDOW_MS, type SignInLimit } from "@/lib/auth/sign-in-throttle";
import { getDb } from "../client";
import { rateCounters } from "../schema";

/**
 * Counts one sign-in attempt in each bucket, atomically (one upsert per bucket): a window starts at the
 * bucket's first attempt and a new one starts once it has passed.
 */
export async function countSignInAttempt(
  limits: readonly SignInLimit[],
  nowMs: number,
): Promise<CountedAttempt[]> {
  const open = sql`${rateCounters.windowStart} > ${nowMs - SIGN_IN_WINDOW_MS}`;
  return Promise.all(
    limits.map(async ({ key, max }) => {
      const [row] = await getDb()
        .insert(rateCounters)
        .values({ key, windowStart: nowMs, count: 1 })
        .onConflictDoUpdate({
          target: rateCounters.key,
          set: {
            count: sql`CASE WHEN ${open} THEN ${rateCounters.count} + 1 ELSE 1 END`,
            windowStart: sql`CASE WHEN ${open} THEN ${rateCounters.windowStart} ELSE ${nowMs} END`,
          },
        })
        .returning({ count: rateCounters.count, windowStart: rateCounters.windowStart });
      return { max, count: row?.count ?? 1, windowStart: row?.windowStart ?? nowMs };
    }),
  );
}

/** A successful sign-in: the account starts afresh; the client gets its one attempt back. */
export async function refundSignInAttempt(accountKey: string, clientKey: string | null): Promise<void> {
  await getDb().delete(rateCounters).where(eq(rateCounters.key, accountKey));
  if (clientKey) {
    await getDb().run(sql`UPDATE rate_counters SET count = max(count - 1, 0) WHERE key = ${clientKey}`);
  }
}

/** An administrator's password reset lifts the account's lock. */
export async function clearSignInAttempts(accountKey: string): Promise<void> {
  await getDb().delete(rateCounters).where(eq(rateCounters.key, accountKey));
}
