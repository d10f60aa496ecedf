import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { importJobs } from "@/db/schema";
import { type Actor, can } from "@/features/access/permissions";
import {
  type AuditEntry,
  type Change,
  change,
  FORBIDDEN,
  type Outcome,
  type Refusal,
} from "@/features/access/server/change";
import { getImportJob, insertImportJob } from "@/features/imports/server/import-job-queries";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { byName } from "@/lib/collate";
import { registerDossierInput, updateDossierInput } from "../api";
import {
  countDossierActions,
  type DossierColumn,
  type DossierImportAction,
  type DossierImportIssue,
  type DossierImportPreview,
  type DossierImportRow,
  detectDossierFormat,
  dossierColumnKeys,
  dossierHeaderOf,
  readDossierFile,
} from "../dossier-import";
import { findDossiersByCode } from "./dossier-queries";
import { type DossierActor, registerDossierIn, updateDossierIn } from "./dossiers";

const PREVIEW_ROWS = 300;
const JOB_KIND = "dossiers";

const NOT_FOUND: Refusal = { reason: "not_found", message: phrase("imports.errors.notFound") };
const ALREADY: Refusal = { reason: "conflict", message: phrase("imports.errors.alreadyCommitted") };
const OUTDATED: Refusal = { reason: "conflict", message: phrase("imports.errors.outdated") };
const STALE: Refusal = { reason: "conflict", message: phrase("imports.dossiers.errors.stale") };
const FORBIDDEN_UNIT: Refusal = { ...FORBIDDEN, fieldErrors: { unitId: FORBIDDEN.message } };

export interface DossierImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** The receiving unit of every row. */
  unitId: number;
}

/** The current units whose dossiers the actor may import, by name. */
export async function dossierImportUnits(actor: Actor): Promise<Array<{ id: number; name: string }>> {
  const units = await listUnitsByIds([...actor.editableUnitIds]);
  return units
    .filter((u) => !u.validTo)
    .map((u) => ({ id: u.id, name: u.name }))
    .sort(byName);
}

/** A row the use cases refused: reported against its row, the whole import going on. */
class RowRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super("row refused");
  }
}

interface AppliedRows {
  actions: Map<number, DossierImportAction>;
  issues: DossierImportIssue[];
  audits: AuditEntry[];
}

/**
 * Runs every row through the dossier use cases (registerDossierIn for a new code, updateDossierIn for a
 * stored one: the rules of the API, PATCH semantics) inside the open change. A refused row becomes issues
 * by row and column; the others go on, so one pass names every problem.
 */
async function applyRows(
  c: Change,
  actor: DossierActor,
  unitId: number,
  rows: readonly DossierImportRow[],
  now: Date,
): Promise<AppliedRows> {
  const applied: AppliedRows = { actions: new Map(), issues: [], audits: [] };
  for (const row of rows) {
    let unchanged = false;
    const audits: AuditEntry[] = [];
    const rowChange: Change = {
      actor: c.actor,
      tx: c.tx,
      authorize(grant, refusal) {
        if (!can(actor, grant)) throw new RowRefused(refusal ?? FORBIDDEN);
        c.authorize(grant, refusal);
      },
      refuse(refusal): never {
        throw new RowRefused(refusal);
      },
      audit: (entry) => audits.push(entry),
      unchanged: () => {
        unchanged = true;
      },
    };
    try {
      const action = await applyRow(rowChange, actor, unitId, row, now);
      applied.actions.set(row.rowNumber, action === "update" && unchanged ? "unchanged" : action);
      applied.audits.push(...audits);
    } catch (error) {
      if (!(error instanceof RowRefused)) throw error;
      applied.issues.push(...rowIssues(row, error.refusal));
    }
  }
  return applied;
}

async function applyRow(
  c: Change,
  actor: DossierActor,
  unitId: number,
  row: DossierImportRow,
  now: Date,
): Promise<DossierImportAction> {
  const [stored] = await findDossiersByCode(c.tx, row.code, [unitId]);
  if (!stored) {
    await registerDossierIn(c, actor, { ...row.register, unitId }, now);
    if (row.letter) await updateDossierIn(c, actor, row.code, unitId, row.letter, now);
    return "create";
  }
  // What the registration fixed: the API has no way to change it either.
  const { code: _code, procedureCode, receivedAt, ...progress } = row.register;
  const fixed: Record<string, ReturnType<typeof phrase>> = {};
  if (new Date(receivedAt).getTime() !== stored.receivedAt.getTime()) {
    fixed.receivedAt = phrase("imports.dossiers.problems.receivedAtFixed");
  }
  if (procedureCode !== undefined && procedureCode !== stored.procedureCode) {
    fixed.procedureCode = phrase("imports.dossiers.problems.procedureFixed");
  }
  if (Object.keys(fixed).length > 0) {
    return c.refuse({ reason: "invalid", message: phrase("dossiers.errors.invalid"), fieldErrors: fixed });
  }
  const patch = Object.fromEntries(
    Object.entries({ ...progress, ...row.letter }).filter(([, v]) => v !== undefined),
  );
  if (Object.keys(patch).length === 0) return "unchanged";
  await updateDossierIn(c, actor, row.code, unitId, patch, now);
  return "update";
}

/** A refused row's problems, by column where the refusal names one of the file's columns. */
function rowIssues(row: DossierImportRow, refusal: Refusal): DossierImportIssue[] {
  const fields = Object.entries(refusal.fieldErrors ?? {});
  if (fields.length === 0)
    return [{ rowNumber: row.rowNumber, column: null, header: null, message: refusal.message }];
  return fields.map(([field, message]) => {
    const column = dossierColumnKeys.includes(field as DossierColumn) ? (field as DossierColumn) : null;
    return { rowNumber: row.rowNumber, column, header: column ? dossierHeaderOf(column) : null, message };
  });
}

/** `work` on the open transaction, then every write it made undone: the dry run of the import. */
async function rehearse<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  await tx.run(sql`SAVEPOINT dossier_import_check`);
  try {
    return await work();
  } finally {
    await tx.run(sql`ROLLBACK TO dossier_import_check`);
    await tx.run(sql`RELEASE dossier_import_check`);
  }
}

/**
 * Step 1, the dry run: reads the whole file and runs every row through the dossier use cases, then undoes
 * it all. With problems, the preview lists each by row and column and nothing is kept; a valid file is
 * kept as an import job for step 2 (only its uploader may commit it), with what each row would do.
 */
export async function checkDossierImport(
  actor: Actor,
  input: DossierImportInput,
  at?: Date,
): Promise<Outcome<DossierImportPreview>> {
  if (!can(actor, { permission: "dossier.record", unitId: input.unitId })) {
    return { ok: false, refusal: FORBIDDEN_UNIT };
  }
  const format = detectDossierFormat(input.fileName);
  if (!format) {
    const message = phrase("imports.dossiers.errors.fileType");
    return { ok: false, refusal: { reason: "invalid", message, fieldErrors: { file: message } } };
  }
  const fileName = input.fileName.slice(-200);
  const parsed = await readDossierFile(input.bytes, format);
  if (parsed.issues.length > 0) return { ok: true, value: { fileName, issues: parsed.issues } };
  const now = at ?? new Date();
  return change(actor, async (c) => {
    c.authorize({ permission: "dossier.record", unitId: input.unitId });
    const applied = await rehearse(c.tx, () => applyRows(c, actor, input.unitId, parsed.rows, now));
    if (applied.issues.length > 0) {
      c.unchanged();
      return { fileName, issues: applied.issues };
    }
    const counts = countDossierActions(applied.actions.values());
    const jobId = randomUUID();
    await insertImportJob(c.tx, {
      id: jobId,
      userId: actor.userId,
      fileName,
      unitId: input.unitId,
      announcementId: null,
      effectiveFrom: "",
      payload: { kind: JOB_KIND, rows: parsed.rows },
    });
    c.audit({
      action: "dossier.import.check",
      entity: "import_job",
      entityId: jobId,
      unitId: input.unitId,
      details: { fileName, rows: parsed.rows.length, ...counts },
    });
    return {
      fileName,
      issues: [],
      jobId,
      counts,
      ignored: parsed.ignored,
      total: parsed.rows.length,
      rows: parsed.rows.slice(0, PREVIEW_ROWS).map((r) => ({
        rowNumber: r.rowNumber,
        code: r.code,
        action: applied.actions.get(r.rowNumber) ?? "create",
      })),
    };
  });
}

/** A dossier job's rows, checked again by the API's schemas; null for another kind of job or an old one. */
function storedRows(payload: { [key: string]: unknown }): DossierImportRow[] | null {
  if (payload.kind !== JOB_KIND || !Array.isArray(payload.rows)) return null;
  const rows: DossierImportRow[] = [];
  for (const raw of payload.rows as unknown[]) {
    if (!raw || typeof raw !== "object") return null;
    const { rowNumber, register, letter } = raw as Record<string, unknown>;
    const reg = registerDossierInput.safeParse(register);
    const letterInput = letter === undefined ? undefined : updateDossierInput.safeParse(letter);
    if (typeof rowNumber !== "number" || !reg.success || (letterInput && !letterInput.success)) return null;
    const { unitId: _unit, ...registration } = reg.data;
    rows.push({ rowNumber, code: registration.code, register: registration, letter: letterInput?.data });
  }
  return rows;
}

/**
 * Step 2: applies a checked import all or nothing, in one transaction: every row through the same use
 * cases as the check, each with its own audit entry, and one entry for the import with its counts. Should a
 * row no longer pass (the data changed since the check), nothing is written. Committing a job twice is
 * refused; importing the same file again finds every row unchanged.
 */
export async function commitDossierImport(
  actor: Actor,
  input: { jobId: string },
  at?: Date,
): Promise<Outcome<Record<DossierImportAction, number>>> {
  if (actor.editableUnitIds.size === 0) return { ok: false, refusal: FORBIDDEN };
  const now = at ?? new Date();
  return change(actor, async (c) => {
    const job = await getImportJob(c.tx, input.jobId, actor.userId);
    if (!job || job.unitId === null || job.payload.kind !== JOB_KIND) return c.refuse(NOT_FOUND);
    c.authorize({ permission: "dossier.record", unitId: job.unitId });
    const marked = await c.tx
      .update(importJobs)
      .set({ committedAt: now })
      .where(and(eq(importJobs.id, job.id), isNull(importJobs.committedAt)))
      .returning({ id: importJobs.id });
    if (marked.length === 0) return c.refuse(ALREADY);
    const rows = storedRows(job.payload);
    if (!rows) return c.refuse(OUTDATED);
    const applied = await applyRows(c, actor, job.unitId, rows, now);
    if (applied.issues.length > 0) return c.refuse(STALE);
    const counts = countDossierActions(applied.actions.values());
    for (const entry of applied.audits) c.audit(entry);
    c.audit({
      action: "dossier.import",
      entity: "import_job",
      entityId: job.id,
      unitId: job.unitId,
      details: { fileName: job.fileName, rows: rows.length, ...counts },
    });
    return counts;
  });
}
