import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, lt, lte, max, notExists, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedback, outbox, rateCounters, responses, settings } from "@/db/schema";

export interface PurgeCounts {
  comments: number;
  deviceHashes: number;
  rateCounters: number;
  contacts: number;
}

/** Rows are updated in id ranges of this size, so a long backlog never holds the write lock for long. */
const ID_CHUNK = 5000;

/**
 * Applies retention: raw comments and device hashes of responses submitted before their cutoffs become
 * NULL, expired velocity counters are deleted. Answers and daily aggregates are not touched, so every
 * index stays the same. A comment whose response has an open feedback item (new, assigned) is kept until
 * the item is answered or closed: the inbox is where case files are managed, not here.
 */
export async function purgeExpired(cutoffs: {
  comments: Date;
  deviceHashes: Date;
  rateCounterWindowStart: number;
  contacts: Date;
}): Promise<PurgeCounts> {
  const db = getDb();
  const counts: PurgeCounts = { comments: 0, deviceHashes: 0, rateCounters: 0, contacts: 0 };
  const latest = new Date(Math.max(cutoffs.comments.getTime(), cutoffs.deviceHashes.getTime()));
  const [bound] = await db
    .select({ id: max(responses.id) })
    .from(responses)
    .where(lt(responses.submittedAt, latest));
  const lastId = bound?.id ?? 0;
  const openFeedback = db
    .select({ one: sql`1` })
    .from(feedback)
    .where(and(sql`${feedback.responseId} = ${responses.id}`, inArray(feedback.status, ["new", "assigned"])));
  for (let from = 0; from < lastId; from += ID_CHUNK) {
    const range = and(gt(responses.id, from), lte(responses.id, from + ID_CHUNK));
    const comments = await db
      .update(responses)
      .set({ comment: null })
      .where(
        and(
          range,
          isNotNull(responses.comment),
          lt(responses.submittedAt, cutoffs.comments),
          notExists(openFeedback),
        ),
      );
    const hashes = await db
      .update(responses)
      .set({ deviceHash: null })
      .where(and(range, isNotNull(responses.deviceHash), lt(responses.submittedAt, cutoffs.deviceHashes)));
    counts.comments += comments.rowsAffected;
    counts.deviceHashes += hashes.rowsAffected;
  }
  const deleted = await db
    .delete(rateCounters)
    .where(lt(rateCounters.windowStart, cutoffs.rateCounterWindowStart));
  counts.rateCounters = deleted.rowsAffected;
  counts.contacts = await eraseContacts(cutoffs.contacts);
  return counts;
}

/**
 * Erases the contact details of feedback items closed before `closedBefore`, and the addresses of their
 * messages (a message still waiting is given up: the item is long closed). One transaction.
 */
async function eraseContacts(closedBefore: Date): Promise<number> {
  const now = new Date();
  return getDb().transaction(
    async (tx) => {
      const erased = await tx
        .update(feedback)
        .set({ contactName: null, contactPhone: null, contactEmail: null, contactErasedAt: now })
        .where(
          and(
            eq(feedback.status, "closed"),
            lt(feedback.closedAt, closedBefore),
            isNull(feedback.contactErasedAt),
            or(
              isNotNull(feedback.contactName),
              isNotNull(feedback.contactPhone),
              isNotNull(feedback.contactEmail),
            ),
          ),
        )
        .returning({ id: feedback.id });
      const ids = erased.map((r) => r.id);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await tx
          .update(outbox)
          .set({
            recipient: "",
            status: sql`CASE WHEN ${outbox.status} = 'pending' THEN 'failed' ELSE ${outbox.status} END`,
            lastError: sql`CASE WHEN ${outbox.status} = 'pending' THEN 'erased' ELSE ${outbox.lastError} END`,
            updatedAt: now,
          })
          .where(and(inArray(outbox.feedbackId, chunk), eq(outbox.kind, "reply")));
      }
      return ids.length;
    },
    { behavior: "immediate" },
  );
}

const LAST_RUN_KEY = "retention.lastRun";

/**
 * Claims the scheduled purge for this instance: true when no instance has run it within `intervalMs`.
 * One atomic upsert, so of several instances starting together exactly one gets the run.
 */
export async function claimScheduledPurge(now: Date, intervalMs: number): Promise<boolean> {
  const claimed = await getDb()
    .insert(settings)
    .values({ key: LAST_RUN_KEY, value: { at: now.getTime() }, updatedAt: now })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: { at: now.getTime() }, updatedAt: now },
      setWhere: sql`coalesce(json_extract(${settings.value}, '$.at'), 0) <= ${now.getTime() - intervalMs}`,
    })
    .returning({ key: settings.key });
  return claimed.length > 0;
}
