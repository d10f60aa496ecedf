/** Short links behind the QR codes, their scan counts, and the posters that carry them. */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { posterKinds, shortLinkKinds } from "@/lib/constants";
import { fields, procedureVersions, unitProcedures } from "./catalog";
import { createdAt } from "./columns";
import { counters, units } from "./units";

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

export type ShortLink = typeof shortLinks.$inferSelect;
