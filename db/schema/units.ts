/** Units of the administrative tree, their merger history and their one-stop counters. */
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { unitKinds, unitLevels } from "@/lib/constants";
import { createdAt, updatedAt } from "./columns";

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
    /**
     * Per-officer evaluation, opt-in: ratings through a dossier's receipt are shown per receiving or returning
     * officer to the unit's administrators and to the officer (never publicly).
     */
    officerEvaluation: integer("officer_evaluation", { mode: "boolean" }).notNull().default(false),
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

export type Unit = typeof units.$inferSelect;
export type Counter = typeof counters.$inferSelect;
