import "server-only";
import { and, count, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  announcements,
  fields,
  forms,
  procedures,
  procedureVersions,
  shortLinks,
  unitProcedures,
  units,
} from "@/db/schema";
import { asCurrentContent, textSections } from "@/features/catalog/procedure-content";
import { compareVi } from "@/lib/collate";

const currentVersion = and(
  eq(procedureVersions.procedureId, procedures.id),
  isNull(procedureVersions.effectiveTo),
);

/** A version known by name and code only (isPendingContent, read in SQL from the same list of sections). */
const pendingVersion =
  sql<boolean>`(json_array_length(${procedureVersions.content}, '$.channels') = 0 AND ${sql.raw(
    textSections.map((key) => `json_extract(content, '$.${key}') = ''`).join(" AND "),
  )})`.mapWith((v) => Boolean(Number(v)));

/**
 * The procedures offered at a unit, with their current name and field, for the unit page: by field, then
 * name, in Vietnamese alphabetical order (SQLite would sort "Đất đai" after "Xây dựng").
 */
export async function listProceduresForUnit(unitId: number) {
  const rows = await getDb()
    .select({
      code: procedures.code,
      name: procedureVersions.name,
      status: procedures.status,
      isSample: procedures.isSample,
      hasNationalCode: procedures.hasNationalCode,
      pending: pendingVersion,
      fieldCode: fields.code,
      fieldName: fields.name,
      fieldNameEn: fields.nameEn,
      linkCode: shortLinks.code,
    })
    .from(unitProcedures)
    .innerJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .innerJoin(procedureVersions, currentVersion)
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .leftJoin(shortLinks, eq(shortLinks.unitProcedureId, unitProcedures.id))
    .where(and(eq(unitProcedures.unitId, unitId), eq(unitProcedures.active, true)));
  return rows.sort((a, b) => compareVi(a.fieldName, b.fieldName) || compareVi(a.name, b.name));
}

/**
 * Of `unitIds`, those that receive procedures (active, not abolished), with how many. A commune whose
 * one-stop work is done by its service centre receives none itself: its page shows the centre's.
 */
export async function countProceduresReceived(unitIds: readonly number[]): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ unitId: unitProcedures.unitId, n: count() })
    .from(unitProcedures)
    .innerJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .where(
      and(
        inArray(unitProcedures.unitId, [...unitIds]),
        eq(unitProcedures.active, true),
        ne(procedures.status, "abolished"),
      ),
    )
    .groupBy(unitProcedures.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

const replacement = alias(procedures, "replacement");
const replacementVersion = alias(procedureVersions, "replacement_version");
const abolishingAnnouncement = alias(announcements, "abolishing_announcement");

/**
 * Everything the disclosure page of a procedure at a unit shows: the current version, or an earlier
 * one when `versionNo` is given (history pages).
 */
export async function getDisclosure(unitSlug: string, procedureCode: string, versionNo?: number) {
  const versionJoin =
    versionNo === undefined
      ? currentVersion
      : and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.versionNo, versionNo));
  const [row] = await getDb()
    .select({
      unit: units,
      procedure: procedures,
      version: procedureVersions,
      field: fields,
      announcement: announcements,
      abolishingAnnouncement,
      override: unitProcedures,
      linkCode: shortLinks.code,
      replacement: { code: replacement.code, name: replacementVersion.name },
    })
    .from(unitProcedures)
    .innerJoin(units, eq(units.id, unitProcedures.unitId))
    .innerJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .innerJoin(procedureVersions, versionJoin)
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .leftJoin(announcements, eq(announcements.id, procedureVersions.announcementId))
    .leftJoin(abolishingAnnouncement, eq(abolishingAnnouncement.id, procedures.abolishedByAnnouncementId))
    .leftJoin(shortLinks, eq(shortLinks.unitProcedureId, unitProcedures.id))
    .leftJoin(replacement, eq(replacement.id, procedures.replacedById))
    .leftJoin(
      replacementVersion,
      and(eq(replacementVersion.procedureId, replacement.id), isNull(replacementVersion.effectiveTo)),
    )
    .where(and(eq(units.slug, unitSlug), eq(procedures.code, procedureCode)))
    .limit(1);
  if (!row) return undefined;
  const files = await getDb()
    .select({ code: forms.code, fileName: forms.fileName, size: forms.size, pdfSize: forms.pdfSize })
    .from(forms)
    .where(eq(forms.procedureId, row.procedure.id));
  return {
    ...row,
    version: { ...row.version, content: asCurrentContent(row.version.content) },
    replacement: row.replacement?.code ? row.replacement : null,
    /** The stored file of each form, by code: its name, size and the size of the PDF beside it, if any. */
    formFiles: new Map(files.map(({ code, ...file }) => [code, file])),
  };
}

/** Every version of a procedure, newest first, with the announcement that published it. */
export async function listProcedureVersions(procedureId: number) {
  return getDb()
    .select({
      versionNo: procedureVersions.versionNo,
      name: procedureVersions.name,
      effectiveFrom: procedureVersions.effectiveFrom,
      effectiveTo: procedureVersions.effectiveTo,
      announcementNumber: announcements.number,
      announcementIssuedOn: announcements.issuedOn,
    })
    .from(procedureVersions)
    .leftJoin(announcements, eq(announcements.id, procedureVersions.announcementId))
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.versionNo));
}

export type Disclosure = NonNullable<Awaited<ReturnType<typeof getDisclosure>>>;
