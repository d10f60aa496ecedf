import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { fields, procedures, procedureVersions, unitProcedures, units } from "@/db/schema";
import { asCurrentContent } from "@/features/catalog/procedure-content";
import { compareVi } from "@/lib/collate";
import { toFtsQuery } from "@/lib/search-text";

/** Procedures offered at any of the given units (or all, for catalogue editors), optionally searched. */
export async function listProceduresForManager(unitIds: readonly number[] | "all", query?: string) {
  const match = query ? toFtsQuery(query) : null;
  const scope =
    unitIds === "all"
      ? sql`1 = 1`
      : unitIds.length === 0
        ? sql`0`
        : sql`${procedures.id} IN (SELECT procedure_id FROM unit_procedures WHERE unit_id IN ${unitIds})`;
  return getDb()
    .select({
      code: procedures.code,
      name: procedureVersions.name,
      status: procedures.status,
      versionNo: procedureVersions.versionNo,
      field: fields.name,
      units: sql<number>`(SELECT count(*) FROM unit_procedures up WHERE up.procedure_id = ${procedures.id})`,
    })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), isNull(procedureVersions.effectiveTo)),
    )
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .where(
      and(
        scope,
        match
          ? sql`${procedures.id} IN (SELECT rowid FROM procedure_search WHERE procedure_search MATCH ${match})`
          : undefined,
      ),
    )
    .orderBy(asc(fields.name), asc(procedureVersions.name))
    .limit(500);
}

export async function getProcedureForEdit(code: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ procedure: procedures, version: procedureVersions, fieldCode: fields.code })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), isNull(procedureVersions.effectiveTo)),
    )
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .where(eq(procedures.code, code))
    .limit(1);
  return row && { ...row, version: { ...row.version, content: asCurrentContent(row.version.content) } };
}

/** The units (among `unitIds`) offering a procedure, with their local differences, in Vietnamese order. */
export async function listOverrides(procedureId: number, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  const rows = await getDb()
    .select({
      id: unitProcedures.id,
      unitId: units.id,
      unitSlug: units.slug,
      unitName: units.name,
      localTimeLimit: unitProcedures.localTimeLimit,
      localFee: unitProcedures.localFee,
      localPlace: unitProcedures.localPlace,
      localNotes: unitProcedures.localNotes,
    })
    .from(unitProcedures)
    .innerJoin(units, eq(units.id, unitProcedures.unitId))
    .where(and(eq(unitProcedures.procedureId, procedureId), inArray(unitProcedures.unitId, [...unitIds])));
  return rows.sort((a, b) => compareVi(a.unitName, b.unitName));
}

export async function getUnitProcedure(id: number, db: Executor = getDb()) {
  const [row] = await db
    .select({
      id: unitProcedures.id,
      unitId: unitProcedures.unitId,
      unitSlug: units.slug,
      code: procedures.code,
    })
    .from(unitProcedures)
    .innerJoin(units, eq(units.id, unitProcedures.unitId))
    .innerJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .where(eq(unitProcedures.id, id));
  return row;
}
