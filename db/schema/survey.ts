/** Questionnaires, responses with their answers, held bursts, and citizens' feedback. */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { burstStatuses, channels, feedbackStatuses, instrumentStatuses } from "@/lib/constants";
import { procedures } from "./catalog";
import { createdAt, type StoredJson, updatedAt } from "./columns";
import { dossiers } from "./dossiers";
import { shortLinks } from "./links";
import { user } from "./people";
import { counters, units } from "./units";

export const instruments = sqliteTable(
  "instruments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable key across versions: "quick", "service", or a unit-defined key. */
    key: text("key").notNull(),
    version: integer("version").notNull(),
    /** null = shipped by default for every unit. */
    unitId: integer("unit_id").references(() => units.id),
    status: text("status", { enum: instrumentStatuses }).notNull().default("draft"),
    definition: text("definition", { mode: "json" }).$type<StoredJson>().notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("instruments_key_version_uq").on(t.key, t.version)],
);

export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    instrumentId: integer("instrument_id")
      .notNull()
      .references(() => instruments.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    counterId: integer("counter_id").references(() => counters.id),
    procedureId: integer("procedure_id").references(() => procedures.id),
    shortLinkCode: text("short_link_code").references(() => shortLinks.code),
    /** At most one response per dossier (unique where not null). */
    dossierId: integer("dossier_id")
      .unique()
      .references(() => dossiers.id),
    channel: text("channel", { enum: channels }).notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    /** Submission day in Asia/Ho_Chi_Minh (YYYY-MM-DD): periods are local. */
    localDay: text("local_day").notNull(),
    /** Client- or form-generated key: retries and double taps never create two rows. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** Quick instrument: elements the citizen said went wrong (e.g. ["I","III"]). */
    reasons: text("reasons", { mode: "json" }).$type<string[]>(),
    comment: text("comment"),
    /** Abuse control: kept but excluded from indices by default. */
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    flagReason: text("flag_reason"),
    /** Salted, rotating hash of the device cookie; purged after a short retention. */
    deviceHash: text("device_hash"),
    /** The surge this answer was held in (flagged while the burst waits for review or was rejected). */
    burstId: integer("burst_id").references((): AnySQLiteColumn => bursts.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("responses_unit_day_idx").on(t.unitId, t.localDay),
    index("responses_day_idx").on(t.localDay),
    // Dashboard filters the daily aggregates cannot answer (procedure, field, counter).
    index("responses_procedure_day_idx").on(t.procedureId, t.localDay),
    index("responses_counter_day_idx").on(t.counterId, t.localDay),
    // "Latest comments" walks back from the newest commented response, whatever the size of the scope.
    index("responses_commented_idx").on(t.submittedAt, t.unitId, t.flagged).where(sql`comment IS NOT NULL`),
    // Surge detection counts a unit's (and each of its links') counted answers of the last minutes.
    index("responses_counted_recent_idx")
      .on(t.unitId, t.submittedAt, t.shortLinkCode)
      .where(sql`flagged = 0`),
    index("responses_burst_idx").on(t.burstId).where(sql`burst_id IS NOT NULL`),
    // Managers' banners count the flagged and held answers of a scope and period (few, whatever the scale).
    index("responses_flagged_day_idx").on(t.localDay, t.unitId).where(sql`flagged = 1`),
  ],
);

/**
 * A surge: answers on one short link (or a whole unit, link null) arriving far above its usual rate.
 * Its answers are held — stored, flagged, left out of every figure — until a unit administrator confirms
 * the burst (its answers then count) or rejects it (they stay out). See lib/surge.ts.
 */
export const bursts = sqliteTable(
  "bursts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    /** null: the whole unit's answers were above its usual rate. */
    shortLinkCode: text("short_link_code").references(() => shortLinks.code),
    /** The detection window whose threshold was exceeded, and that threshold. */
    windowMinutes: integer("window_minutes").notNull(),
    threshold: integer("threshold").notNull(),
    /** The usual busiest window of that length over the trailing baseline days (0 without history). */
    baseline: integer("baseline").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    lastAt: integer("last_at", { mode: "timestamp_ms" }).notNull(),
    /** Answers on its link or unit join the burst until then; every joining answer moves it on. */
    openUntil: integer("open_until").notNull(),
    held: integer("held").notNull().default(0),
    status: text("status", { enum: burstStatuses }).notNull().default("pending"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedBy: text("decided_by").references(() => user.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("bursts_unit_started_idx").on(t.unitId, t.startedAt),
    index("bursts_open_idx").on(t.unitId, t.openUntil).where(sql`status = 'pending'`),
  ],
);

/** One row per answered item; unanswered items have no row (or value null for "not applicable"). */
export const answers = sqliteTable(
  "answers",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    value: integer("value"),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemKey] })],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    responseId: integer("response_id").references(() => responses.id),
    body: text("body").notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    /** When the citizen explicitly consented to be contacted; contact fields are null without it. */
    consentAt: integer("consent_at", { mode: "timestamp_ms" }),
    status: text("status", { enum: feedbackStatuses }).notNull().default("new"),
    assigneeId: text("assignee_id").references(() => user.id),
    reply: text("reply"),
    repliedAt: integer("replied_at", { mode: "timestamp_ms" }),
    /** The language the citizen wrote in: the reply's e-mail and text message are in it. */
    lang: text("lang", { enum: ["vi", "en"] })
      .notNull()
      .default("vi"),
    /** What the citizen reads aloud and types (features/feedback/reference.ts); null on items from before. */
    reference: text("reference").unique(),
    /** sha256 of the private status link's token; the token itself is only ever in the citizen's link. */
    trackingTokenHash: text("tracking_token_hash").unique(),
    /** The end of the last working day to answer it (working days, features/feedback/working-days.ts). */
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    /** When the contact details were erased, a set number of days after closing (retention). */
    contactErasedAt: integer("contact_erased_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("feedback_unit_status_idx").on(t.unitId, t.status),
    index("feedback_due_idx").on(t.status, t.dueAt),
  ],
);

export type Instrument = typeof instruments.$inferSelect;
export type SurveyResponse = typeof responses.$inferSelect;
export type Burst = typeof bursts.$inferSelect;
export type NewSurveyResponse = typeof responses.$inferInsert;
