/**
 * Dossiers registered by units' one-stop software, their apology letters, the officers who receive and
 * return them, and the counts the on-time rate and the QĐ 766 ratio read (kept by triggers in the same
 * transaction as every change to a dossier).
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { dossierChannels, dossierStatuses, dossierTimeliness } from "@/lib/constants";
import { procedures } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { user } from "./people";
import { units } from "./units";

export const dossiers = sqliteTable(
  "dossiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    procedureId: integer("procedure_id").references(() => procedures.id),
    code: text("code").notNull(),
    channel: text("channel", { enum: dossierChannels }),
    status: text("status", { enum: dossierStatuses }).notNull().default("received"),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    /** Local day (Asia/Ho_Chi_Minh) of receivedAt: periods are local. */
    receivedDay: text("received_day").notNull(),
    /** The appointment on the receipt (giấy tiếp nhận và hẹn trả kết quả); timeliness is judged against it. */
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    /** The latest new date promised by an apology letter (the appointment itself stays as it was). */
    newDueAt: integer("new_due_at", { mode: "timestamp_ms" }),
    returnedAt: integer("returned_at", { mode: "timestamp_ms" }),
    /** Local day of returnedAt, set while the status is "returned". */
    returnedDay: text("returned_day"),
    /** Early / on time / late against dueAt; null unless returned with a due date. */
    timeliness: text("timeliness", { enum: dossierTimeliness }),
    /** Staff codes of the officers who received and returned it, as the one-stop software knows them. */
    receivedBy: text("received_by"),
    returnedBy: text("returned_by"),
    complained: integer("complained", { mode: "boolean" }).notNull().default(false),
    /** Its receipt's (counted) answer was "Không hài lòng". */
    ratedUnsatisfied: integer("rated_unsatisfied", { mode: "boolean" }).notNull().default(false),
    /** At least one apology letter was issued for it. */
    apologized: integer("apologized", { mode: "boolean" }).notNull().default(false),
    /** sha256 of the single-use survey token printed on the receipt. */
    surveyTokenHash: text("survey_token_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("dossiers_unit_code_uq").on(t.unitId, t.code),
    index("dossiers_unit_received_idx").on(t.unitId, t.receivedAt),
    // Open dossiers by due date: the overdue count, and the lists of dossiers at risk and late.
    index("dossiers_open_due_idx").on(t.unitId, t.dueAt).where(sql`status IN ('received', 'processing')`),
    index("dossiers_unit_returned_idx").on(t.unitId, t.returnedDay),
  ],
);

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: one per letter (a dossier may be rescheduled more than once).
 * Numbered per unit and year.
 */
export const dossierApologies = sqliteTable(
  "dossier_apologies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    dossierId: integer("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    year: integer("year").notNull(),
    /** Sequence within the unit and year: the letter's number "12/PXL". */
    number: integer("number").notNull(),
    /** The appointment it replaces and the new one. */
    previousDueAt: integer("previous_due_at", { mode: "timestamp_ms" }),
    newDueAt: integer("new_due_at", { mode: "timestamp_ms" }).notNull(),
    reason: text("reason").notNull(),
    /** Who issued it: a staff member, or the API key of the unit's software (its prefix). */
    issuedBy: text("issued_by").references(() => user.id),
    issuedVia: text("issued_via"),
    issuedAt: integer("issued_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("dossier_apologies_number_uq").on(t.unitId, t.year, t.number),
    index("dossier_apologies_dossier_idx").on(t.dossierId),
  ],
);

/**
 * A unit's officers as its one-stop software names them (staff code), optionally tied to an account so
 * that the officer sees their own figures.
 */
export const officers = sqliteTable(
  "officers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    code: text("code").notNull(),
    name: text("name"),
    userId: text("user_id").references(() => user.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("officers_unit_code_uq").on(t.unitId, t.code), index("officers_user_idx").on(t.userId)],
);

/** The count columns of `dossier_daily_counts` and its rollup, in their order (raw SQL builds on them). */
export const DOSSIER_COUNT_COLUMNS = [
  "received",
  "returned",
  "early",
  "on_time",
  "late",
  "with_apology",
  "complained",
  "rated_unsatisfied",
  "bad",
] as const;

const dossierCounts = () => ({
  received: integer("received").notNull().default(0),
  returned: integer("returned").notNull().default(0),
  early: integer("early").notNull().default(0),
  onTime: integer("on_time").notNull().default(0),
  late: integer("late").notNull().default(0),
  /** Returned dossiers that were late or rescheduled and had an apology letter. */
  withApology: integer("with_apology").notNull().default(0),
  /** Returned dossiers complained about / rated "Không hài lòng". */
  complained: integer("complained").notNull().default(0),
  ratedUnsatisfied: integer("rated_unsatisfied").notNull().default(0),
  /** Returned dossiers late, complained about or rated "Không hài lòng" (each counted once): QĐ 766. */
  bad: integer("bad").notNull().default(0),
});

/**
 * Per unit and local day: dossiers received that day, and those returned that day by outcome. Triggers
 * on `dossiers` keep it in the same transaction as every insert, update and delete (migration 0014).
 */
export const dossierDailyCounts = sqliteTable(
  "dossier_daily_counts",
  {
    unitId: integer("unit_id").notNull(),
    day: text("day").notNull(),
    ...dossierCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.day] }),
    index("dossier_daily_counts_day_idx").on(t.day, t.unitId),
  ],
);

/**
 * `dossier_daily_counts` pooled per rollup node (see rollup_paths) and day, kept by the same triggers: the
 * days at the edges of a period for the units a dashboard shows, without reading every unit's (migration
 * 0018).
 */
export const rollupDossierDailyCounts = sqliteTable(
  "rollup_dossier_daily_counts",
  {
    nodeId: integer("node_id").notNull(),
    day: text("day").notNull(),
    ...dossierCounts(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.day] })],
);

/** `dossier_daily_counts` pooled per rollup node (see rollup_paths) and month, kept by triggers. */
export const rollupDossierMonthlyCounts = sqliteTable(
  "rollup_dossier_monthly_counts",
  {
    nodeId: integer("node_id").notNull(),
    month: text("month").notNull(),
    ...dossierCounts(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.month] })],
);
