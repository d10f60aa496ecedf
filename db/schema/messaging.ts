/** The outbox of messages to citizens and staff (e-mail, text), and staff's notification preferences. */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";
import { user } from "./people";
import { feedback } from "./survey";

export const messageChannels = ["email", "sms"] as const;
export const messageKinds = ["reply", "new_feedback", "digest", "drop_alert"] as const;
export const messageStatuses = ["pending", "sent", "failed"] as const;

/**
 * A message waiting to be sent or sent: written in the same transaction as what it tells (a reply, a new
 * item), delivered after commit by the instance holding the outbox lease, retried with backoff. The
 * dedupe key makes a message (a reply to one address, one user's digest of one day) exist once.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: messageKinds }).notNull(),
    channel: text("channel", { enum: messageChannels }).notNull(),
    /** An e-mail address or a phone number; erased with the item's contact details. */
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    feedbackId: integer("feedback_id").references(() => feedback.id),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    dedupeKey: text("dedupe_key").notNull().unique(),
    status: text("status", { enum: messageStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** While an instance is sending it: a crash leaves the claim to expire, then it is tried again. */
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_feedback_idx").on(t.feedbackId),
  ],
);

/** What a staff member wants to be told, in which language. */
export const notificationPreferences = sqliteTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  newFeedback: integer("new_feedback", { mode: "boolean" }).notNull().default(false),
  dailyDigest: integer("daily_digest", { mode: "boolean" }).notNull().default(false),
  dropAlert: integer("drop_alert", { mode: "boolean" }).notNull().default(false),
  /** Points of the index a unit must lose against its trailing four weeks to raise an alert. */
  dropPoints: integer("drop_points").notNull().default(10),
  lang: text("lang", { enum: ["vi", "en"] })
    .notNull()
    .default("vi"),
  updatedAt: updatedAt(),
});

export type OutboxMessage = typeof outbox.$inferSelect;
export type NotificationPreferences = typeof notificationPreferences.$inferSelect;
