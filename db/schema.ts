import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  apiKeyScopes,
  burstStatuses,
  channels,
  feedbackStatuses,
  instrumentStatuses,
  posterKinds,
  procedureStatuses,
  roles,
  shortLinkKinds,
  unitKinds,
  unitLevels,
} from "@/lib/constants";

/**
 * A JSON column's value as stored. The feature that writes it owns its shape and reads it back through
 * its own parser (procedure content: asCurrentContent; questionnaires: instrumentDefinitionSchema;
 * import jobs: importPayloadOf), so the schema knows no feature's types.
 */
export type StoredJson = { [key: string]: unknown };

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------- units

export const units = sqliteTable(
  "units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    kind: text("kind", { enum: unitKinds }).notNull(),
    level: text("level", { enum: unitLevels }).notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => units.id),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    openingHours: text("opening_hours"),
    /** ISO dates; validTo null = still exists. */
    validFrom: text("valid_from").notNull(),
    validTo: text("valid_to"),
    /** Instrument its posters and kiosks use; null = the default quick instrument. */
    surveyInstrumentKey: text("survey_instrument_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("units_parent_idx").on(t.parentId)],
);

/** Merger history: responses of a predecessor count for its successor. */
export const unitLineage = sqliteTable(
  "unit_lineage",
  {
    successorId: integer("successor_id")
      .notNull()
      .references(() => units.id),
    predecessorId: integer("predecessor_id")
      .notNull()
      .references(() => units.id),
    effectiveOn: text("effective_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.successorId, t.predecessorId] })],
);

export const counters = sqliteTable(
  "counters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    number: text("number").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("counters_unit_number_uq").on(t.unitId, t.number)],
);

// ---------------------------------------------------------------- procedures

export const fields = sqliteTable("fields", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  nameEn: text("name_en"),
});

/** Quyết định công bố: publishes, amends or abolishes procedures. */
export const announcements = sqliteTable("announcements", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  number: text("number").notNull(),
  title: text("title").notNull(),
  issuer: text("issuer").notNull(),
  issuedOn: text("issued_on").notNull(),
  effectiveOn: text("effective_on").notNull(),
  url: text("url"),
  createdAt: createdAt(),
});

export const procedures = sqliteTable(
  "procedures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** National code (mã TTHC), possibly with a provincial suffix; stored upper-case. */
    code: text("code").notNull().unique(),
    fieldId: integer("field_id")
      .notNull()
      .references(() => fields.id),
    /** False for a local code: the decision gives no national code yet (never linked to the national portal). */
    hasNationalCode: integer("has_national_code", { mode: "boolean" }).notNull().default(true),
    status: text("status", { enum: procedureStatuses }).notNull().default("in_force"),
    abolishedOn: text("abolished_on"),
    abolishedByAnnouncementId: integer("abolished_by_announcement_id").references(() => announcements.id),
    replacedById: integer("replaced_by_id").references((): AnySQLiteColumn => procedures.id),
    /** Sample data is marked so no page presents an invented code as official. */
    isSample: integer("is_sample", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("procedures_field_idx").on(t.fieldId)],
);

/** Immutable content versions; the current one has effectiveTo = null. */
export const procedureVersions = sqliteTable(
  "procedure_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    procedureId: integer("procedure_id")
      .notNull()
      .references(() => procedures.id),
    versionNo: integer("version_no").notNull(),
    announcementId: integer("announcement_id").references(() => announcements.id),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to"),
    /** False when no source stated the effective date (effectiveFrom is then only when it was recorded). */
    effectiveStated: integer("effective_stated", { mode: "boolean" }).notNull().default(true),
    name: text("name").notNull(),
    content: text("content", { mode: "json" }).$type<StoredJson>().notNull(),
    /** sha256 of the canonical content, so re-imports only version what changed. */
    contentHash: text("content_hash").notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("procedure_versions_uq").on(t.procedureId, t.versionNo)],
);

/** Downloadable form files (mẫu đơn, tờ khai), stored in the database so instances stay stateless. */
export const forms = sqliteTable(
  "forms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    procedureId: integer("procedure_id")
      .notNull()
      .references(() => procedures.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("forms_procedure_code_uq").on(t.procedureId, t.code)],
);

/** A procedure as applied at a unit (the disclosure), with the unit's local differences. */
export const unitProcedures = sqliteTable(
  "unit_procedures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    procedureId: integer("procedure_id")
      .notNull()
      .references(() => procedures.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    localTimeLimit: text("local_time_limit"),
    localFee: text("local_fee"),
    localPlace: text("local_place"),
    localNotes: text("local_notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("unit_procedures_uq").on(t.unitId, t.procedureId),
    index("unit_procedures_procedure_idx").on(t.procedureId),
  ],
);

// ---------------------------------------------------------------- short links and posters

export const shortLinks = sqliteTable(
  "short_links",
  {
    /** Permanent, upper-case code printed on posters: /q/AB12CD */
    code: text("code").primaryKey(),
    kind: text("kind", { enum: shortLinkKinds }).notNull(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    counterId: integer("counter_id").references(() => counters.id),
    unitProcedureId: integer("unit_procedure_id").references(() => unitProcedures.id),
    fieldId: integer("field_id").references(() => fields.id),
    createdAt: createdAt(),
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("short_links_unit_idx").on(t.unitId),
    index("short_links_unit_procedure_idx").on(t.unitProcedureId),
  ],
);

/** Daily scan counter per short link; no personal data. */
export const scanCounts = sqliteTable(
  "scan_counts",
  {
    code: text("code")
      .notNull()
      .references(() => shortLinks.code),
    day: text("day").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.code, t.day] })],
);

export const posters = sqliteTable("posters", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  unitId: integer("unit_id")
    .notNull()
    .references(() => units.id),
  kind: text("kind", { enum: posterKinds }).notNull(),
  title: text("title").notNull(),
  paperSize: text("paper_size").notNull(),
  createdBy: text("created_by"),
  createdAt: createdAt(),
});

/** Which links, at which content version, a poster carried when printed. */
export const posterItems = sqliteTable(
  "poster_items",
  {
    posterId: integer("poster_id")
      .notNull()
      .references(() => posters.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    shortLinkCode: text("short_link_code")
      .notNull()
      .references(() => shortLinks.code),
    procedureVersionId: integer("procedure_version_id").references(() => procedureVersions.id),
  },
  (t) => [primaryKey({ columns: [t.posterId, t.position] })],
);

// ---------------------------------------------------------------- surveys

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

export const dossiers = sqliteTable(
  "dossiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    procedureId: integer("procedure_id").references(() => procedures.id),
    code: text("code").notNull(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    returnedAt: integer("returned_at", { mode: "timestamp_ms" }),
    complained: integer("complained", { mode: "boolean" }).notNull().default(false),
    /** sha256 of the single-use survey token printed on the receipt. */
    surveyTokenHash: text("survey_token_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("dossiers_unit_code_uq").on(t.unitId, t.code),
    index("dossiers_unit_received_idx").on(t.unitId, t.receivedAt),
  ],
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

/**
 * Daily counts per unit × instrument × channel × item × level, maintained in the same transaction as each
 * response so overviews and rankings never scan raw responses. Finer filters (counter, procedure) read
 * the indexed raw rows of the selected units.
 */
export const dailyAnswerCounts = sqliteTable(
  "daily_answer_counts",
  {
    unitId: integer("unit_id").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    itemKey: text("item_key").notNull(),
    value: integer("value").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.unitId, t.day, t.instrumentId, t.channel, t.itemKey, t.value, t.flagged],
    }),
    index("daily_answer_counts_day_idx").on(t.day, t.unitId),
  ],
);

/**
 * `daily_answer_counts` summed per month (YYYY-MM), kept equal to it inside the same transaction by
 * triggers on the daily table (features/index/server/aggregates.ts), so whole months — 12-month trends, national
 * overviews — read one row per unit × month instead of one per unit × day.
 */
export const monthlyAnswerCounts = sqliteTable(
  "monthly_answer_counts",
  {
    unitId: integer("unit_id").notNull(),
    month: text("month").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    itemKey: text("item_key").notNull(),
    value: integer("value").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.unitId, t.month, t.instrumentId, t.channel, t.itemKey, t.value, t.flagged],
    }),
  ],
);

/**
 * Pre-pooled counts of every current unit ("node"): all answers of its subtree — its own,
 * its current descendants', and those of merged or abolished units that report to them — without the
 * channel, with the answer levels as columns. A national overview then reads a few rows per node instead
 * of every commune's counts, and a ranking of communes one row per commune and item. `rollup_paths` says which nodes each raw unit's answers count for; triggers on
 * `daily_answer_counts` keep the daily rollup (and it the monthly) in the same transaction as each answer.
 * A change to the unit tree marks the rollups invalid (`rollup_state`), and they are rebuilt
 * (features/index/server/rollups.ts) before the next use; until then figures come from the per-unit counts.
 */
export const rollupPaths = sqliteTable(
  "rollup_paths",
  {
    unitId: integer("unit_id").notNull(),
    nodeId: integer("node_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.nodeId] })],
);

/** Rollup nodes with the number of current units in their subtree (to check a scope holds all of it). */
export const rollupNodes = sqliteTable("rollup_nodes", {
  nodeId: integer("node_id").primaryKey(),
  units: integer("units").notNull(),
});

const levelCounts = () => ({
  c1: integer("c1").notNull().default(0),
  c2: integer("c2").notNull().default(0),
  c3: integer("c3").notNull().default(0),
  c4: integer("c4").notNull().default(0),
  c5: integer("c5").notNull().default(0),
});

export const rollupDailyCounts = sqliteTable(
  "rollup_daily_counts",
  {
    nodeId: integer("node_id").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.day, t.instrumentId, t.itemKey, t.flagged] }),
    // Rankings read only the quick item of thousands of units: one covering entry per unit and day,
    // in unit order (so the sums per unit need no sorting).
    index("rollup_daily_quick_idx")
      .on(t.nodeId, t.day, t.instrumentId, t.flagged, t.c1, t.c2, t.c3, t.c4, t.c5)
      .where(sql`item_key = 'quick'`),
  ],
);

export const rollupMonthlyCounts = sqliteTable(
  "rollup_monthly_counts",
  {
    nodeId: integer("node_id").notNull(),
    month: text("month").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.month, t.instrumentId, t.itemKey, t.flagged] }),
    // Rankings read only the quick item of thousands of units: one covering entry per unit and month,
    // in unit order (so the sums per unit need no sorting).
    index("rollup_monthly_quick_idx")
      .on(t.nodeId, t.month, t.instrumentId, t.flagged, t.c1, t.c2, t.c3, t.c4, t.c5)
      .where(sql`item_key = 'quick'`),
  ],
);

/**
 * One row: whether the rollups match the current unit tree (0 after a change to the tree), and a counter
 * of every change to `units` or `unit_lineage` (caches of the unit tree compare it).
 */
export const rollupState = sqliteTable("rollup_state", {
  id: integer("id").primaryKey(),
  valid: integer("valid", { mode: "boolean" }).notNull(),
  builtAt: integer("built_at"),
  unitsVersion: integer("units_version").notNull().default(0),
});

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("feedback_unit_status_idx").on(t.unitId, t.status)],
);

// ---------------------------------------------------------------- devices, keys, settings

/** Registered kiosk tablets; the token is shown once and stored hashed. */
export const devices = sqliteTable("devices", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  unitId: integer("unit_id")
    .notNull()
    .references(() => units.id),
  counterId: integer("counter_id").references(() => counters.id),
  name: text("name").notNull(),
  /** sha256 of the token in the kiosk's cookie; until activation, of a random value nobody holds. */
  tokenHash: text("token_hash").notNull().unique(),
  /** sha256 of the one-time activation link's token; null once the link has been used. */
  activationTokenHash: text("activation_token_hash").unique(),
  activatedAt: integer("activated_at", { mode: "timestamp_ms" }),
  resetSeconds: integer("reset_seconds").notNull().default(30),
  createdAt: createdAt(),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
});

export const apiKeys = sqliteTable("api_keys", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  unitId: integer("unit_id")
    .notNull()
    .references(() => units.id),
  name: text("name").notNull(),
  scope: text("scope", { enum: apiKeyScopes }).notNull(),
  /** First characters, shown in lists to tell keys apart. */
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull().unique(),
  createdBy: text("created_by").references(() => user.id),
  createdAt: createdAt(),
  lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
});

/** Index settings (minimum n, rollup mode, targets) and other tunables, as JSON values. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: updatedAt(),
});

/**
 * Window counters shared by every app instance (velocity limits, sign-in throttling): the count of the
 * current fixed window and of the one before it, from which a sliding window is estimated.
 */
export const rateCounters = sqliteTable("rate_counters", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
  previousCount: integer("previous_count").notNull().default(0),
  /** Length of the fixed windows in ms (0: the sign-in counters, whose window starts at the first attempt). */
  windowMs: integer("window_ms").notNull().default(0),
});

/** A validated import waiting for its commit: the dry run stores it, the commit applies it all-or-nothing. */
export const importJobs = sqliteTable("import_jobs", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  /** Unit the new procedures are offered at (optional). */
  unitId: integer("unit_id").references(() => units.id),
  announcementId: integer("announcement_id").references(() => announcements.id),
  /** The date staff stated for rows without a dated decision; "" when none was stated. */
  effectiveFrom: text("effective_from").notNull(),
  payload: text("payload", { mode: "json" }).$type<StoredJson>().notNull(),
  createdAt: createdAt(),
  committedAt: integer("committed_at", { mode: "timestamp_ms" }),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: text("user_id").references(() => user.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    unitId: integer("unit_id").references(() => units.id),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_unit_at_idx").on(t.unitId, t.at)],
);

// ---------------------------------------------------------------- people (better-auth tables + scopes)

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  /**
   * Set when someone else chose the password (an administrator's new account or reset, `admin:create`):
   * until the user has changed it, the manage area offers nothing but the password change.
   */
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

/** better-auth's rate limit storage (login throttling), shared by all instances. */
export const rateLimit = sqliteTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

/** A role on a unit subtree: the user may act on that unit and every unit below it. */
export const roleAssignments = sqliteTable(
  "role_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    role: text("role", { enum: roles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("role_assignments_uq").on(t.userId, t.unitId, t.role)],
);

export type Unit = typeof units.$inferSelect;
export type Counter = typeof counters.$inferSelect;
export type Field = typeof fields.$inferSelect;
export type Procedure = typeof procedures.$inferSelect;
export type ProcedureVersion = typeof procedureVersions.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type UnitProcedure = typeof unitProcedures.$inferSelect;
export type ShortLink = typeof shortLinks.$inferSelect;
export type Instrument = typeof instruments.$inferSelect;
export type SurveyResponse = typeof responses.$inferSelect;
export type Burst = typeof bursts.$inferSelect;
export type NewSurveyResponse = typeof responses.$inferInsert;
