/** Kiosk devices, API keys, settings, rate counters, import jobs and the audit log. */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { apiKeyScopes } from "@/lib/constants";
import { announcements } from "./catalog";
import { createdAt, type StoredJson, updatedAt } from "./columns";
import { user } from "./people";
import { counters, units } from "./units";

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
  /** RESET_SECONDS.default of features/kiosk/kiosk.ts (a schema may not import a feature). */
  resetSeconds: integer("reset_seconds").notNull().default(5),
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

/**
 * Cache signals (db/cache-signals.ts): the cache tags a change revalidated, one row per tag per change —
 * never per page view — read by every instance every 250 ms so that all of them forget the same cached
 * pages and lookups. Rows older than an hour are pruned.
 */
export const cacheSignals = sqliteTable(
  "cache_signals",
  {
    // AUTOINCREMENT: ids never come back after pruning, so "newer than the last id seen" stays true.
    id: integer("id").primaryKey({ autoIncrement: true }),
    tag: text("tag").notNull(),
    /** The process that published it (it has already applied it). */
    origin: text("origin").notNull(),
    /** ms since the epoch, by the publisher's clock: for pruning and a restarted instance's first read. */
    at: integer("at").notNull(),
  },
  (t) => [index("cache_signals_at_idx").on(t.at)],
);
