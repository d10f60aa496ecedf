import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";
import {
  announcements,
  fields,
  procedures,
  procedureVersions,
  shortLinks,
  unitProcedures,
  units,
} from "@/db/schema";
import type { AuditEntry } from "@/features/access/server/change";
import { fieldCodeFor } from "@/features/catalog/field-code";
import type { ProcedureContent } from "@/features/catalog/procedure-content";
import { canonicalContentHash } from "@/features/catalog/procedure-hash";
import type { WriteAction } from "@/features/catalog/procedure-record";
import { type Phrase, phrase } from "@/i18n/phrase";
import { normalizeForSearch } from "@/lib/search-text";
import { randomShortCode } from "@/lib/short-code";
import { addDays, laterDay } from "@/lib/time";
import { reindexProcedures } from "./search-index";

export interface ProcedureWrite {
  code: string;
  hasNationalCode: boolean;
  /** One of the catalogue's fields by code, or a new one to create (named in an import). */
  field: { kind: "known"; code: string } | { kind: "new"; name: string };
  /** The decision that announces this procedure, when the row names one (matched by number or created). */
  announcement: { number: string; issuedOn: string | null } | null;
  content: ProcedureContent;
  /**
   * The procedure's page on the national portal, validated (`portalProcedureUrl`). Null or absent keeps the
   * stored one: decisions carry none, so re-importing one never erases it.
   */
  portalUrl?: string | null;
}

export interface WriteOptions {
  /** For rows that name no decision of their own. */
  announcementId: number | null;
  /** The effective date staff stated for rows without a dated decision; null: not stated. */
  effectiveFrom: string | null;
  /** Today (local): when a version without a stated date starts in this catalogue. */
  today: string;
  /** Who writes (the versions' author). */
  userId: string;
  /** Offer new procedures at this unit (and give each a short link). */
  offerAtUnitId?: number | null;
}

export interface WriteOutcome {
  actions: Map<string, WriteAction>;
  /** Codes whose portal link was set (a change beside the content, which versions nothing). */
  portalUrlSet: string[];
  /** Units whose cached pages show something that changed. */
  unitSlugs: string[];
}

type Tx = Transaction;

/** Records an audit entry of the change the write belongs to (Change.audit). */
type Audit = (entry: AuditEntry) => void;

async function currentState(tx: Executor, codes: readonly string[]) {
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
      portalUrl: procedures.portalUrl,
    })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), isNull(procedureVersions.effectiveTo)),
    )
    .where(codes.length > 0 ? inArray(procedures.code, [...codes]) : sql`0`);
  return new Map(rows.map((r) => [r.code, r]));
}

async function fieldIds(tx: Executor): Promise<Map<string, number>> {
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

/** Folded decision number: "1234/QĐ-UBND" and "1234/qđ-ubnd " are one decision. */
function announcementKey(number: string): string {
  return normalizeForSearch(number).replace(/\s+/g, "");
}

export interface WritePlan {
  actions: Map<string, WriteAction>;
  /** Decisions named by rows that the catalogue does not have yet: created with the write. */
  newAnnouncements: Array<{ number: string; issuedOn: string }>;
  /** Decisions named without a date that the catalogue does not have: the rows cannot be written. */
  undatedAnnouncements: Array<{ number: string; codes: string[] }>;
}

/** What a write would do, without writing (import dry runs). */
export async function planProcedureWrites(items: readonly ProcedureWrite[]): Promise<WritePlan> {
  const db = getDb();
  const [state, fieldMap, known] = await Promise.all([
    currentState(
      db,
      items.map((i) => i.code),
    ),
    fieldIds(db),
    db.select({ number: announcements.number }).from(announcements),
  ]);
  const knownKeys = new Set(known.map((a) => announcementKey(a.number)));
  const created = new Map<string, { number: string; issuedOn: string }>();
  const undated = new Map<string, { number: string; codes: string[] }>();
  for (const item of items) {
    const a = item.announcement;
    if (!a || knownKeys.has(announcementKey(a.number))) continue;
    if (a.issuedOn) created.set(announcementKey(a.number), { number: a.number, issuedOn: a.issuedOn });
    else {
      const entry = undated.get(announcementKey(a.number)) ?? { number: a.number, codes: [] };
      entry.codes.push(item.code);
      undated.set(announcementKey(a.number), entry);
    }
  }
  const fieldIdOf = (item: ProcedureWrite) =>
    item.field.kind === "known" ? fieldMap.get(item.field.code) : undefined;
  return {
    actions: new Map(items.map((i) => [i.code, decide(i, state.get(i.code), fieldIdOf(i))])),
    newAnnouncements: [...created.values()],
    undatedAnnouncements: [...undated.values()],
  };
}

/**
 * Creates the fields and decisions the items name (each audited), then the procedures and their new
 * versions, inside the caller's change (all or nothing). Content equal to the current version writes
 * nothing, so re-importing a file — in any format — only versions what changed.
 */
export async function applyProcedureWrites(
  tx: Tx,
  audit: Audit,
  items: readonly ProcedureWrite[],
  options: WriteOptions,
): Promise<WriteOutcome> {
  const actions = new Map<string, WriteAction>();
  const portalUrlSet: string[] = [];
  const touchedIds: number[] = [];
  const [state, fieldMap] = await Promise.all([
    currentState(
      tx,
      items.map((i) => i.code),
    ),
    fieldIds(tx),
  ]);
  const newFieldIds = await createNamedFields(tx, audit, items, fieldMap);
  const announcementIds = await resolveAnnouncements(tx, audit, items);
  for (const item of items) {
    const fieldId =
      item.field.kind === "known"
        ? fieldMap.get(item.field.code)
        : newFieldIds.get(foldFieldName(item.field.name));
    if (fieldId === undefined) throw new Error(`Unknown field ${JSON.stringify(item.field)}`);
    const existing = state.get(item.code);
    const action = decide(item, existing, fieldId);
    actions.set(item.code, action);
    if (existing && item.portalUrl && item.portalUrl !== existing.portalUrl) {
      await tx.update(procedures).set({ portalUrl: item.portalUrl }).where(eq(procedures.id, existing.id));
      audit({
        action: "procedure.portal_url",
        entity: "procedure",
        entityId: item.code,
        details: { portalUrl: item.portalUrl },
      });
      portalUrlSet.push(item.code);
      touchedIds.push(existing.id);
    }
    if (action === "unchanged") continue;
    const own = item.announcement
      ? announcementIds.get(announcementKey(item.announcement.number))
      : undefined;
    const effectiveFrom = own?.effectiveOn ?? options.effectiveFrom;
    const version = {
      announcementId: own?.id ?? options.announcementId,
      effectiveFrom: effectiveFrom ?? options.today,
      effectiveStated: effectiveFrom !== null,
      name: item.content.name,
      content: item.content,
      contentHash: canonicalContentHash(item.content),
      createdBy: options.userId,
    };
    if (!existing) {
      const [created] = await tx
        .insert(procedures)
        .values({
          code: item.code,
          fieldId,
          hasNationalCode: item.hasNationalCode,
          portalUrl: item.portalUrl ?? null,
        })
        .returning({ id: procedures.id });
      if (!created) throw new Error("procedure not created");
      await tx.insert(procedureVersions).values({ procedureId: created.id, versionNo: 1, ...version });
      touchedIds.push(created.id);
      if (options.offerAtUnitId) await offerAtUnit(tx, options.offerAtUnitId, created.id);
      continue;
    }
    const closeOn = addDays(version.effectiveFrom, -1);
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
        hasNationalCode: item.hasNationalCode,
        status: existing.status === "abolished" ? "abolished" : "amended",
        updatedAt: new Date(),
      })
      .where(eq(procedures.id, existing.id));
    touchedIds.push(existing.id);
  }
  await reindexProcedures(tx, touchedIds);
  return { actions, portalUrlSet, unitSlugs: await unitSlugsOffering(tx, touchedIds) };
}

function foldFieldName(name: string): string {
  return normalizeForSearch(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Fields named by the items that the catalogue lacks, created with a code made from their names. */
async function createNamedFields(
  tx: Tx,
  audit: Audit,
  items: readonly ProcedureWrite[],
  fieldMap: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const item of items)
    if (item.field.kind === "new") names.set(foldFieldName(item.field.name), item.field.name);
  const created = new Map<string, number>();
  const taken = new Set(fieldMap.keys());
  // A field of that name made meanwhile (another import, the fields page) is used, not made twice.
  const byName = new Map(
    (await tx.select({ id: fields.id, name: fields.name }).from(fields)).map((f) => [
      foldFieldName(f.name),
      f.id,
    ]),
  );
  for (const [key, name] of names) {
    const existing = byName.get(key);
    if (existing !== undefined) {
      created.set(key, existing);
      continue;
    }
    const code = fieldCodeFor(name, taken);
    taken.add(code);
    const [row] = await tx.insert(fields).values({ code, name }).returning({ id: fields.id });
    if (!row) throw new Error("field not created");
    created.set(key, row.id);
    audit({
      action: "field.create",
      entity: "field",
      entityId: String(row.id),
      details: { code, name, via: "import" },
    });
  }
  return created;
}

/** Each decision the items name: the catalogue's (by number), or created from the row's number and date. */
async function resolveAnnouncements(
  tx: Tx,
  audit: Audit,
  items: readonly ProcedureWrite[],
): Promise<Map<string, { id: number; effectiveOn: string }>> {
  const existing = await tx
    .select({ id: announcements.id, number: announcements.number, effectiveOn: announcements.effectiveOn })
    .from(announcements);
  const byKey = new Map(
    existing.map((a) => [announcementKey(a.number), { id: a.id, effectiveOn: a.effectiveOn }]),
  );
  for (const item of items) {
    const a = item.announcement;
    if (!a || byKey.has(announcementKey(a.number))) continue;
    if (!a.issuedOn) throw new Error(`Decision ${a.number} has no date`);
    const [row] = await tx
      .insert(announcements)
      .values({ number: a.number, title: "", issuer: "", issuedOn: a.issuedOn, effectiveOn: a.issuedOn })
      .returning({ id: announcements.id });
    if (!row) throw new Error("announcement not created");
    byKey.set(announcementKey(a.number), { id: row.id, effectiveOn: a.issuedOn });
    audit({
      action: "announcement.create",
      entity: "announcement",
      entityId: String(row.id),
      details: { number: a.number, issuedOn: a.issuedOn, via: "import" },
    });
  }
  return byKey;
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

export async function unitSlugsOffering(db: Executor, procedureIds: readonly number[]): Promise<string[]> {
  if (procedureIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ slug: units.slug })
    .from(unitProcedures)
    .innerJoin(units, eq(units.id, unitProcedures.unitId))
    .where(inArray(unitProcedures.procedureId, [...procedureIds]));
  return rows.map((r) => r.slug);
}

export async function writeAbolition(
  db: Tx,
  input: {
    code: string;
    abolishedOn: string;
    announcementId: number | null;
    replacementCode: string | null;
  },
): Promise<{ unitSlugs: string[] } | { error: Phrase }> {
  const [target] = await db
    .select({ id: procedures.id })
    .from(procedures)
    .where(eq(procedures.code, input.code));
  if (!target) return { error: phrase("catalog.errors.procedureNotFound") };
  let replacedById: number | null = null;
  if (input.replacementCode) {
    const [replacement] = await db
      .select({ id: procedures.id })
      .from(procedures)
      .where(eq(procedures.code, input.replacementCode));
    if (!replacement || replacement.id === target.id) {
      return { error: phrase("catalog.errors.unknownReplacement") };
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
  return { unitSlugs: await unitSlugsOffering(db, [target.id]) };
}

export async function updateUnitOverride(
  tx: Tx,
  unitProcedureId: number,
  values: {
    localTimeLimit: string | null;
    localFee: string | null;
    localPlace: string | null;
    localNotes: string | null;
  },
): Promise<void> {
  await tx
    .update(unitProcedures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(unitProcedures.id, unitProcedureId));
}

export async function listFields(db: Executor = getDb()) {
  return db.select().from(fields).orderBy(fields.name);
}

export async function listAnnouncements() {
  return getDb().select().from(announcements).orderBy(sql`${announcements.issuedOn} DESC`);
}

export async function getAnnouncement(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: announcements.id,
      issuedOn: announcements.issuedOn,
      effectiveOn: announcements.effectiveOn,
    })
    .from(announcements)
    .where(eq(announcements.id, id));
  return row;
}

export async function insertAnnouncement(tx: Tx, values: typeof announcements.$inferInsert): Promise<number> {
  const [row] = await tx.insert(announcements).values(values).returning({ id: announcements.id });
  if (!row) throw new Error("announcement not created");
  return row.id;
}
