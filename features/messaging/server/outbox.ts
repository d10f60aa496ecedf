import "server-only";
import { and, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { type OutboxMessage, outbox, settings } from "@/db/schema";
import { CLAIM_MS } from "../delivery-rules";

/** A message to send: written by a use case inside its own transaction (`tx`), sent after commit. */
export interface NewMessage {
  kind: OutboxMessage["kind"];
  channel: OutboxMessage["channel"];
  recipient: string;
  subject: string;
  body: string;
  /** One message per key, ever: a second enqueue with the same key writes nothing. */
  dedupeKey: string;
  feedbackId?: number | null;
  userId?: string | null;
}

/** Queues messages in the caller's transaction; returns how many were new. */
export async function enqueueMessages(
  tx: Executor,
  messages: NewMessage[],
  now = new Date(),
): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = await tx
    .insert(outbox)
    .values(messages.map((m) => ({ ...m, nextAttemptAt: now, createdAt: now, updatedAt: now })))
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length;
}

/** Due messages, claimed for `CLAIM_MS` so no other instance sends them meanwhile. */
export async function claimDueMessages(now: Date, limit: number): Promise<OutboxMessage[]> {
  const due = getDb()
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, "pending"),
        lte(outbox.nextAttemptAt, now),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)),
      ),
    )
    .orderBy(outbox.nextAttemptAt, outbox.id)
    .limit(limit);
  return getDb()
    .update(outbox)
    .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS), updatedAt: now })
    .where(
      and(
        inArray(outbox.id, due),
        eq(outbox.status, "pending"),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)),
      ),
    )
    .returning();
}

export async function markSent(id: number, now: Date): Promise<void> {
  await getDb()
    .update(outbox)
    .set({
      status: "sent",
      sentAt: now,
      claimedUntil: null,
      lastError: null,
      attempts: sql`${outbox.attempts} + 1`,
      updatedAt: now,
    })
    .where(eq(outbox.id, id));
}

export async function markNotSent(
  id: number,
  result: { permanent: boolean; error: string; nextAttemptAt: Date },
  now: Date,
): Promise<void> {
  await getDb()
    .update(outbox)
    .set({
      status: result.permanent ? "failed" : "pending",
      nextAttemptAt: result.nextAttemptAt,
      claimedUntil: null,
      lastError: result.error,
      attempts: sql`${outbox.attempts} + 1`,
      updatedAt: now,
    })
    .where(eq(outbox.id, id));
}

const LEASE_KEY = "outbox.lease";

/**
 * The sending lease shared by every instance (a row of `settings`, like the retention purge's): the holder
 * renews it on every round; another instance takes it only once it has expired. One instance sends.
 */
export async function claimOutboxLease(owner: string, now: Date, ttlMs: number): Promise<boolean> {
  const value = { owner, until: now.getTime() + ttlMs };
  const claimed = await getDb()
    .insert(settings)
    .values({ key: LEASE_KEY, value, updatedAt: now })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedAt: now },
      setWhere: sql`json_extract(${settings.value}, '$.owner') = ${owner}
        OR coalesce(json_extract(${settings.value}, '$.until'), 0) < ${now.getTime()}`,
    })
    .returning({ key: settings.key });
  return claimed.length > 0;
}

/** Each delivery of an item's reply, for the inbox: channel, state, tries, last error. */
export async function listDeliveries(feedbackId: number) {
  return getDb()
    .select({
      id: outbox.id,
      channel: outbox.channel,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      sentAt: outbox.sentAt,
      nextAttemptAt: outbox.nextAttemptAt,
    })
    .from(outbox)
    .where(and(eq(outbox.feedbackId, feedbackId), eq(outbox.kind, "reply")))
    .orderBy(outbox.id);
}
