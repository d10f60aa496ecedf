import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { enqueueMessages, type NewMessage } from "@/features/messaging/server/outbox";
import { asLang, type Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { publicUrl } from "@/lib/env";
import { formatDate, localDay } from "@/lib/time";
import { excerpt } from "../feedback";
import { formatReference, trackingPath } from "../reference";

/**
 * The messages about feedback, written to the outbox in the transaction of what they tell: the reply to
 * the citizen (through what they gave and consented to) and the immediate notice of a new item to the
 * managers of its unit's subtree who asked for it. Plain text, short, in the reader's language.
 */

/** Staff whose roles cover `unitId` (a role on it or on a unit above it) and who chose this notice. */
export async function staffToNotify(
  db: Executor,
  unitId: number,
  preference: "new_feedback" | "daily_digest" | "drop_alert",
): Promise<Array<{ userId: string; email: string; lang: Lang }>> {
  const rows = await db.all<{ user_id: string; email: string; lang: string }>(sql`
    WITH RECURSIVE above(id) AS (
      SELECT ${unitId}
      UNION SELECT u.parent_id FROM units u JOIN above ON u.id = above.id WHERE u.parent_id IS NOT NULL
    )
    SELECT DISTINCT usr.id AS user_id, usr.email, np.lang
    FROM role_assignments ra
    JOIN above ON ra.unit_id = above.id
    JOIN notification_preferences np ON np.user_id = ra.user_id
    JOIN user usr ON usr.id = ra.user_id
    WHERE ${sql.raw(`np.${preference}`)} = 1
    ORDER BY usr.id`);
  return rows.map((r) => ({ userId: r.user_id, email: r.email, lang: asLang(r.lang) }));
}

/** "Phản ánh mới" to each manager of the unit's subtree who wants it at once. */
export async function notifyNewFeedback(
  tx: Executor,
  item: { id: number; unitId: number; reference: string; body: string; dueAt: Date },
): Promise<void> {
  const recipients = await staffToNotify(tx, item.unitId, "new_feedback");
  if (recipients.length === 0) return;
  const [unit] = await tx.all<{ name: string }>(sql`SELECT name FROM units WHERE id = ${item.unitId}`);
  const messages = recipients.map(({ userId, email, lang }) => {
    const t = translator(lang);
    const values = {
      reference: formatReference(item.reference),
      unit: unit?.name ?? "",
      due: formatDate(localDay(item.dueAt), lang),
      excerpt: excerpt(item.body, 300),
      link: publicUrl(`/quan-ly/phan-anh/${item.id}`),
    };
    return {
      kind: "new_feedback",
      channel: "email",
      recipient: email,
      subject: t("feedback.notices.newFeedback.subject", values),
      body: t("feedback.notices.newFeedback.body", values),
      dedupeKey: `new_feedback:${item.id}:${userId}`,
      feedbackId: item.id,
      userId,
    } satisfies NewMessage;
  });
  await enqueueMessages(tx, messages);
}

export interface RepliedItem {
  id: number;
  reference: string | null;
  unitName: string;
  lang: string;
  createdAt: Date;
  consentAt: Date | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  reply: string;
  repliedAt: Date;
}

/** The reply's messages: by e-mail and by text, each only if the citizen gave it with consent. */
export function replyMessages(item: RepliedItem, trackingToken: string | null): NewMessage[] {
  if (!item.consentAt) return [];
  const lang = asLang(item.lang);
  const t = translator(lang);
  const values = {
    reference: item.reference ? formatReference(item.reference) : String(item.id),
    unit: item.unitName,
    received: formatDate(localDay(item.createdAt), lang),
    name: item.contactName ?? "",
    reply: item.reply,
    link: trackingToken ? publicUrl(trackingPath(lang, trackingToken)) : "",
  };
  const base = { kind: "reply" as const, feedbackId: item.id, userId: null };
  // A reopened item answered again is a new reply: the key names the reply's time.
  const key = `reply:${item.id}:${item.repliedAt.getTime()}`;
  const messages: NewMessage[] = [];
  if (item.contactEmail) {
    messages.push({
      ...base,
      channel: "email",
      recipient: item.contactEmail,
      subject: t("feedback.notices.reply.subject", values),
      body: t(trackingToken ? "feedback.notices.reply.body" : "feedback.notices.reply.bodyNoLink", values),
      dedupeKey: `${key}:email`,
    });
  }
  if (item.contactPhone) {
    messages.push({
      ...base,
      channel: "sms",
      recipient: item.contactPhone,
      subject: t("feedback.notices.reply.subject", values),
      body: t(trackingToken ? "feedback.notices.reply.sms" : "feedback.notices.reply.smsNoLink", values),
      dedupeKey: `${key}:sms`,
    });
  }
  return messages;
}
