import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import {
  counters,
  fields,
  posterItems,
  posters,
  procedures,
  procedureVersions,
  shortLinks,
  unitProcedures,
  units,
} from "@/db/schema";
import type { PosterKind } from "@/lib/constants";
import { randomShortCode } from "@/lib/short-code";

/** What a unit can put on a poster: its own link, counters, procedures and fields, each with its link code. */
export async function getPosterSources(db: Executor, unitId: number) {
  const [unitLink] = await db
    .select({ code: shortLinks.code })
    .from(shortLinks)
    .where(and(eq(shortLinks.unitId, unitId), eq(shortLinks.kind, "unit")))
    .limit(1);
  const counterRows = await db
    .select({ id: counters.id, name: counters.name, code: shortLinks.code })
    .from(counters)
    .innerJoin(shortLinks, eq(shortLinks.counterId, counters.id))
    .where(eq(counters.unitId, unitId))
    .orderBy(asc(counters.number));
  const procedureRows = await db
    .select({
      code: procedures.code,
      name: procedureVersions.name,
      versionId: procedureVersions.id,
      fieldId: fields.id,
      fieldCode: fields.code,
      fieldName: fields.name,
      linkCode: shortLinks.code,
    })
    .from(unitProcedures)
    .innerJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), isNull(procedureVersions.effectiveTo)),
    )
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .innerJoin(shortLinks, eq(shortLinks.unitProcedureId, unitProcedures.id))
    .where(
      and(
        eq(unitProcedures.unitId, unitId),
        eq(unitProcedures.active, true),
        sql`${procedures.status} <> 'abolished'`,
      ),
    )
    .orderBy(asc(fields.name), asc(procedureVersions.name));
  return { unitLinkCode: unitLink?.code ?? null, counters: counterRows, procedures: procedureRows };
}

/** The short link of a kind for a unit (and field), created on first use. */
export async function ensureLink(
  db: Executor,
  unitId: number,
  kind: "survey" | "field",
  fieldId?: number,
): Promise<string> {
  const where = and(
    eq(shortLinks.unitId, unitId),
    eq(shortLinks.kind, kind),
    fieldId === undefined ? isNull(shortLinks.fieldId) : eq(shortLinks.fieldId, fieldId),
  );
  const [existing] = await db.select({ code: shortLinks.code }).from(shortLinks).where(where).limit(1);
  if (existing) return existing.code;
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db
      .insert(shortLinks)
      .values({ code: randomShortCode(), kind, unitId, fieldId: fieldId ?? null })
      .onConflictDoNothing()
      .returning({ code: shortLinks.code });
    if (row) return row.code;
  }
  throw new Error("could not allocate a short link code");
}

export interface NewPoster {
  unitId: number;
  kind: PosterKind;
  paperSize: string;
  title: string;
  createdBy: string;
  items: Array<{ shortLinkCode: string; procedureVersionId: number | null }>;
}

/** Records a print job: which links, at which content version, when. */
export async function insertPoster(tx: Executor, p: NewPoster): Promise<number> {
  const { items, ...values } = p;
  const [row] = await tx.insert(posters).values(values).returning({ id: posters.id });
  if (!row) throw new Error("poster not created");
  await tx
    .insert(posterItems)
    .values(items.map((item, position) => ({ posterId: row.id, position, ...item })));
  return row.id;
}

/** A unit's id and name, for the title of a poster made inside a change. */
export async function findUnit(tx: Executor, id: number) {
  const [row] = await tx.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, id));
  return row;
}

export async function getPoster(id: number) {
  const db = getDb();
  const [poster] = await db
    .select({ poster: posters, unitName: units.name, unitSlug: units.slug })
    .from(posters)
    .innerJoin(units, eq(units.id, posters.unitId))
    .where(eq(posters.id, id));
  if (!poster) return undefined;
  const items = await db
    .select({
      position: posterItems.position,
      code: shortLinks.code,
      kind: shortLinks.kind,
      counterName: counters.name,
      fieldName: fields.name,
      procedureCode: procedures.code,
      procedureName: procedureVersions.name,
      procedureField: sql<string | null>`(SELECT name FROM fields WHERE id = ${procedures.fieldId})`,
    })
    .from(posterItems)
    .innerJoin(shortLinks, eq(shortLinks.code, posterItems.shortLinkCode))
    .leftJoin(counters, eq(counters.id, shortLinks.counterId))
    .leftJoin(fields, eq(fields.id, shortLinks.fieldId))
    .leftJoin(procedureVersions, eq(procedureVersions.id, posterItems.procedureVersionId))
    .leftJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(eq(posterItems.posterId, id))
    .orderBy(asc(posterItems.position));
  return { ...poster, items };
}

/**
 * Posters of the given units, newest first, each with the number of its procedures whose content changed
 * (a newer version, or abolished) since it was printed — "cần in lại".
 */
export async function listPosters(unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({
      id: posters.id,
      title: posters.title,
      kind: posters.kind,
      paperSize: posters.paperSize,
      createdAt: posters.createdAt,
      unitName: units.name,
      items: sql<number>`(SELECT count(*) FROM poster_items pi WHERE pi.poster_id = ${posters.id})`.mapWith(
        Number,
      ),
      stale: sql<number>`(
        SELECT count(*) FROM poster_items pi
        JOIN procedure_versions pv ON pv.id = pi.procedure_version_id
        JOIN procedures p ON p.id = pv.procedure_id
        WHERE pi.poster_id = ${posters.id}
          AND (pv.effective_to IS NOT NULL OR p.status = 'abolished'))`.mapWith(Number),
    })
    .from(posters)
    .innerJoin(units, eq(units.id, posters.unitId))
    .where(inArray(posters.unitId, [...unitIds]))
    .orderBy(desc(posters.createdAt), desc(posters.id))
    .limit(200);
}
