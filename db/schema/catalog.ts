/** Procedures: fields, announcing decisions, procedures, their content versions, form files and their disclosure at a unit. */
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { procedureStatuses } from "@/lib/constants";
import { createdAt, type StoredJson, updatedAt } from "./columns";
import { units } from "./units";

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
    /**
     * The procedure's page on the national public service portal (https://…dichvucong.gov.vn/…?ma_thu_tuc=<the
     * portal's numeric id>): the portal resolves its own id, not the procedure code. Null: pages link to the
     * portal's search and give the code to type.
     */
    portalUrl: text("portal_url"),
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
    /** A PDF of the same form beside a word processor's file (RTF, DOC…), which most phones cannot open. */
    pdfData: blob("pdf_data", { mode: "buffer" }),
    pdfSize: integer("pdf_size"),
    pdfSha256: text("pdf_sha256"),
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

export type Field = typeof fields.$inferSelect;
export type Procedure = typeof procedures.$inferSelect;
export type ProcedureVersion = typeof procedureVersions.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type UnitProcedure = typeof unitProcedures.$inferSelect;
