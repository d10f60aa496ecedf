import "server-only";
import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { feedback } from "@/db/schema";
import type { Lang } from "@/i18n/locales";
import { authSecret } from "@/lib/env";
import { newReference, trackingTokenFor, trackingTokenHash } from "../reference";
import { dueAtFor } from "../working-days";
import { feedbackCalendar } from "./calendar";
import { notifyNewFeedback } from "./notices";

export interface NewFeedbackItem {
  unitId: number;
  responseId: number | null;
  body: string;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  lang: Lang;
}

/** What the citizen is told: the reference, the date the unit must answer by, the private link's token. */
export interface FeedbackReceipt {
  id: number;
  reference: string;
  dueAt: Date;
  trackingToken: string;
}

/** The due instant of an item received now, by the calendar in force (read before the transaction). */
export async function dueAtForNewItem(now = new Date()): Promise<Date> {
  const { calendar, dueDays } = await feedbackCalendar(now);
  return dueAtFor(now, dueDays, calendar);
}

/**
 * Writes a citizen's feedback item in the caller's transaction: a fresh reference (drawn again on the
 * rare collision), the hash of its tracking token, its due date, contact details only with consent, and
 * the immediate notices to the managers who asked for them (outbox, same transaction).
 */
export async function insertFeedbackItem(
  tx: Executor,
  item: NewFeedbackItem,
  dueAt: Date,
  now = new Date(),
): Promise<FeedbackReceipt> {
  const secret = authSecret();
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newReference();
    const trackingToken = trackingTokenFor(secret, reference);
    const [row] = await tx
      .insert(feedback)
      .values({
        unitId: item.unitId,
        responseId: item.responseId,
        body: item.body,
        contactName: item.contact?.name ?? null,
        contactPhone: item.contact?.phone ?? null,
        contactEmail: item.contact?.email ?? null,
        consentAt: item.contact ? now : null,
        lang: item.lang,
        reference,
        trackingTokenHash: trackingTokenHash(trackingToken),
        dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: feedback.id });
    if (row) {
      await notifyNewFeedback(tx, { id: row.id, unitId: item.unitId, reference, body: item.body, dueAt });
      return { id: row.id, reference, dueAt, trackingToken };
    }
  }
  throw new Error("could not draw a free feedback reference");
}

/** The receipt of an item already written (the thank-you page shown again, the kiosk). */
export async function feedbackReceiptOf(by: { responseId: number }): Promise<FeedbackReceipt | undefined> {
  const [row] = await getDb()
    .select({ id: feedback.id, reference: feedback.reference, dueAt: feedback.dueAt })
    .from(feedback)
    .where(eq(feedback.responseId, by.responseId));
  if (!row?.reference || !row.dueAt) return undefined;
  return {
    id: row.id,
    reference: row.reference,
    dueAt: row.dueAt,
    trackingToken: trackingTokenFor(authSecret(), row.reference),
  };
}
