import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memoizeLookup } from "@/db/memo";
import { fields, procedures, scanCounts, shortLinks, unitProcedures, units } from "@/db/schema";

export interface ResolvedShortLink {
  code: string;
  kind: (typeof shortLinks.$inferSelect)["kind"];
  unitId: number;
  unitSlug: string;
  counterId: number | null;
  procedureId: number | null;
  procedureCode: string | null;
  fieldCode: string | null;
  disabled: boolean;
}

export async function resolveShortLink(code: string): Promise<ResolvedShortLink | undefined> {
  const [row] = await getDb()
    .select({
      code: shortLinks.code,
      kind: shortLinks.kind,
      unitId: shortLinks.unitId,
      unitSlug: units.slug,
      counterId: shortLinks.counterId,
      procedureId: unitProcedures.procedureId,
      procedureCode: procedures.code,
      fieldCode: fields.code,
      disabledAt: shortLinks.disabledAt,
    })
    .from(shortLinks)
    .innerJoin(units, eq(units.id, shortLinks.unitId))
    .leftJoin(unitProcedures, eq(unitProcedures.id, shortLinks.unitProcedureId))
    .leftJoin(procedures, eq(procedures.id, unitProcedures.procedureId))
    .leftJoin(fields, eq(fields.id, shortLinks.fieldId))
    .where(eq(shortLinks.code, code))
    .limit(1);
  if (!row) return undefined;
  const { disabledAt, ...rest } = row;
  return { ...rest, disabled: disabledAt !== null };
}

const recentLinks = memoizeLookup("short-links", resolveShortLink, { ttlMs: 10_000 });

/** `resolveShortLink`, possibly up to ten seconds old: for survey submissions, read on every one. */
export function resolveShortLinkCached(code: string): Promise<ResolvedShortLink | undefined> {
  return recentLinks.get(code);
}

/** Counts one resolution of a short link for the given local day. */
export async function incrementScanCount(code: string, day: string): Promise<void> {
  await getDb()
    .insert(scanCounts)
    .values({ code, day, count: 1 })
    .onConflictDoUpdate({
      target: [scanCounts.code, scanCounts.day],
      set: { count: sql`${scanCounts.count} + 1` },
    });
}

/** The short link of a procedure at a unit (used for its survey and QR). */
export async function getShortLinkForUnitProcedure(unitProcedureId: number): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ code: shortLinks.code })
    .from(shortLinks)
    .where(eq(shortLinks.unitProcedureId, unitProcedureId))
    .limit(1);
  return row?.code;
}

export async function getUnitShortLink(unitId: number): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ code: shortLinks.code })
    .from(shortLinks)
    .where(sql`${shortLinks.unitId} = ${unitId} AND ${shortLinks.kind} = 'unit'`)
    .limit(1);
  return row?.code;
}
