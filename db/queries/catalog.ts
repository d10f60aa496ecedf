import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { ProcedureContent } from "@/lib/procedure-content";
import { canonicalContentHash } from "@/lib/procedure-hash";
import { randomShortCode } from "@/lib/short-code";
import { addDays, laterDay } from "@/lib/time";
import { getDb } from "../client";
import {
  announcements,
  fields,
  procedures,
  procedureVersions,
  shortLinks,
  unitProcedures,
  units,
} from "../schema";
import { reindexProcedures } from "../search-index";

export interface ProcedureWrite {
  code: string;
  fieldCode: string;
  content: ProcedureContent;
}

export interface WriteOptions {
  announcementId: number | null;
  effectiveFrom: string;
  userId: string;
  /** Offer new procedures at this unit (and give each a short link). */
  offerAtUnitId?: number | null;
}

export type WriteAction = "create" | "version" | "unchanged";

export interface WriteOutcome {
  actions: Map<string, WriteAction>;
  /** Units whose cached pages show something that changed. */
  unitSlugs: string[];
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

async function currentState(tx: Tx | ReturnType<typeof getDb>, codes: readonly string[]) {
  const rows = await tx
    .select({
      id: procedures.id,
      code: procedures.code,
      fieldId: procedures.fieldId,
      status: procedures.status,
      versionId: procedureVersions.id,
      versionNo: procedureVersions.versionNo,
      effectiveFrom: procedureVersions.effectiveFrom,
      contentHash: procedureVersions.contentHash,
    })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), isNull(procedureVersions.effectiveTo)),
    )
    .where(codes.length > 0 ? inArray(procedures.code, [...codes]) : sql`0`);
  return new Map(rows.map((r) => [r.code, r]));
}

async function fieldIds(tx: Tx | ReturnType<typeof getDb>): Promise<Map<string, number>> {
  const rows = await tx.select({ id: fields.id, code: fields.code }).from(fields);
  return new Map(rows.map((r) => [r.code, r.id]));
}

function decide(
  item: ProcedureWrite,
  existing: { fieldId: number; contentHash: string } | undefined,
  fieldId: number | undefined,
): WriteAction {
  if (!existing) return "create";
  return existing.contentHash === canonicalContentHash(item.content) && existing.fieldId === fieldId
    ? "unchanged"
    : "version";
}

/** What a write would do, without writing (import dry runs). */
export async function planProcedureWrites(
  items: readonly ProcedureWrite[],
): Promise<Map<string, WriteAction>> {
  const db = getDb();
  const [state, fieldMap] = await Promise.all([
    currentState(
      db,
      items.map((i) => i.code),
    ),
    fieldIds(db),
  ]);
  return new Map(items.map((i) => [i.code, decide(i, state.get(i.code), fieldMap.get(i.fieldCode))]));
}

/**
 * Creates procedures and new versions in one write transaction (all or nothing). Content equal to the
 * current version writes nothing, so re-importing a file only versions what changed.
 */
export async function applyProcedureWrites(
  items: readonly ProcedureWrite[],
  options: WriteOptions,
): Promise<WriteOutcome> {
  const actions = new Map<string, WriteAction>();
  const touchedIds: number[] = [];
  await getDb().transaction(
    async (tx) => {
      const [state, fieldMap] = await Promise.all([
        currentState(
          tx,
          items.map((i) => i.code),
        ),
        fieldIds(tx),
      ]);
      for (const item of items) {
        const fieldId = fieldMap.get(item.fieldCode);
        if (fieldId === undefined) throw new Error(`Unknown field ${item.fieldCode}`);
        const existing = state.get(item.code);
        const action = decide(item, existing, fieldId);
        actions.set(item.code, action);
        if (action === "unchanged") continue;
        const version = {
          announcementId: options.announcementId,
          effectiveFrom: options.effectiveFrom,
          name: item.content.name,
          content: item.content,
          contentHash: canonicalContentHash(item.content),
          createdBy: options.userId,
        };
        if (!existing) {
          const [created] = await tx
            .insert(procedures)
            .values({ code: item.code, fieldId, level: item.content.level })
            .returning({ id: procedures.id });
          if (!created) throw new Error("procedure not created");
          await tx.insert(procedureVersions).values({ procedureId: created.id, versionNo: 1, ...version });
          touchedIds.push(created.id);
          if (options.offerAtUnitId) await offerAtUnit(tx, options.offerAtUnitId, created.id);
          continue;
        }
        const closeOn = addDays(options.effectiveFrom, -1);
        await tx
          .update(procedureVersions)
          .set({ effectiveTo: laterDay(closeOn, existing.effectiveFrom) })
          .where(eq(procedureVersions.id, existing.versionId));
        await tx
          .insert(procedureVersions)
          .values({ procedureId: existing.id, versionNo: existing.versionNo + 1, ...version });
        await tx
          .update(procedures)
          .set({
            fieldId,
            level: item.content.level,
            status: existing.status === "abolished" ? "abolished" : "amended",
            updatedAt: new Date(),
          })
          .where(eq(procedures.id, existing.id));
        touchedIds.push(existing.id);
      }
      await reindexProcedures(tx, touchedIds);
    },
    { behavior: "immediate" },
  );
  return { actions, unitSlugs: await unitSlugsOffering(touchedIds) };
}

/** Offers a procedure at a unit (idempotent) and gives it a short link. */
export async function offerAtUnit(tx: Tx, unitId: number, procedureId: number): Promise<void> {
  const [row] = await tx
    .insert(unitProcedures)
    .values({ unitId, procedureId })
    .onConflictDoNothing()
    .returning({ id: unitProcedures.id });
  if (!row) return;
  for (let attempt = 0; attempt < 5; attempt++) {
    const inserted = await tx
      .insert(shortLinks)
      .values({ code: randomShortCode(), kind: "unit_procedure", unitId, unitProcedureId: row.id })
      .onConflictDoNothing()
      .returning({ code: shortLinks.code });
    if (inserted.length > 0) return;
  }
  throw new Error("could not allocate a short link code");
}

export async function unitSlugsOffering(procedureIds: readonly number[]): Promise<string[]> {
  if (procedureIds.length === 0) return [];
  const rows = await getDb()
    .selectDistinct({ slug: units.slug })
    .from(unitProcedures)
    .innerJoin(units, eq(units.id, unitProcedures.unitId))
    .where(inArray(unitProcedures.procedureId, [...procedureIds]));
  return rows.map((r) => r.slug);
}

export async function abolishProcedure(input: {
  code: string;
  abolishedOn: string;
  announcementId: number | null;
  replacementCode: string | null;
}): Promise<{ unitSlugs: string[] } | { error: string }> {
  const db = getDb();
  const [target] = await db
    .select({ id: procedures.id })
    .from(procedures)
    .where(eq(procedures.code, input.code));
  if (!target) return { error: "Không tìm thấy thủ tục / procedure not found" };
  let replacedById: number | null = null;
  if (input.replacementCode) {
    const [replacement] = await db
      .select({ id: procedures.id })
      .from(procedures)
      .where(eq(procedures.code, input.replacementCode));
    if (!replacement || replacement.id === target.id) {
      return { error: "Mã thủ tục thay thế không tồn tại / unknown replacement code" };
    }
    replacedById = replacement.id;
  }
  await db
    .update(procedures)
    .set({
      status: "abolished",
      abolishedOn: input.abolishedOn,
      abolishedByAnnouncementId: input.announcementId,
      replacedById,
      updatedAt: new Date(),
    })
    .where(eq(procedures.id, target.id));
  return { unitSlugs: await unitSlugsOffering([target.id]) };
}

export async function updateUnitOverride(
  unitProcedureId: number,
  values: {
    localTimeLimit: string | null;
    localFee: string | null;
    localPlace: string | null;
    localNotes: string | null;
  },
): Promise<void> {
  await getDb()
    .update(unitProcedures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(unitProcedures.id, unitProcedureId));
}

export async function listFields() {
  return getDb().select().from(fields).orderBy(fields.name);
}

export async function listAnnouncements() {
  return getDb().select().from(announcements).orderBy(sql`${announcements.issuedOn} DESC`);
}

export async function insertAnnouncement(values: typeof announcements.$inferInsert): Promise<number> {
  const [row] = await getDb().insert(announcements).values(values).returning({ id: announcements.id });
  if (!row) throw new Error("announcement not created");
  return row.id;
}
