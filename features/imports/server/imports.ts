import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { importJobs } from "@/db/schema";
import { type Actor, can, type Grant } from "@/features/access/permissions";
import { change, FORBIDDEN, type Outcome, type Refusal } from "@/features/access/server/change";
import { headerOf, type WriteAction } from "@/features/catalog/procedure-record";
import {
  applyProcedureWrites,
  listFields,
  planProcedureWrites,
} from "@/features/catalog/server/procedure-writes";
import { phrase } from "@/i18n/phrase";
import { localDay } from "@/lib/time";
import { countActions, type ImportPreview } from "../import-state";
import {
  detectFormat,
  type ImportIssue,
  parseImportFile,
  type ValidRow,
  validateRecords,
} from "../procedure-import";
import { getImportJob, insertImportJob } from "./import-job-queries";

const PREVIEW_ROWS = 300;

const NOT_FOUND: Refusal = {
  reason: "not_found",
  message: phrase("imports.errors.notFound"),
};
const ALREADY: Refusal = {
  reason: "conflict",
  message: phrase("imports.errors.alreadyCommitted"),
};
const OUTDATED: Refusal = {
  reason: "conflict",
  message: phrase("imports.errors.outdated"),
};

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** The decision of rows that name none of their own. */
  announcementId: number | null;
  /** The effective date of rows whose own decision gives none; null: not stated (never the import's day). */
  effectiveFrom: string | null;
  /** Offer the new procedures at this unit. */
  offerAtUnitId: number | null;
}

function grantsFor(offerAtUnitId: number | null): Grant[] {
  const grants: Grant[] = [{ permission: "catalog.edit" }];
  if (offerAtUnitId !== null) grants.push({ permission: "unit.administer", unitId: offerAtUnitId });
  return grants;
}

/**
 * Step 1: reads and checks the whole file, outside any transaction (a large file takes seconds). With
 * issues, the preview lists every one and nothing is written; a valid file is kept as an import job for
 * step 2 (only its uploader may commit it), with the preview of what the commit would write.
 */
export async function checkImport(actor: Actor, input: ImportInput): Promise<Outcome<ImportPreview>> {
  const grants = grantsFor(input.offerAtUnitId);
  if (!grants.every((g) => can(actor, g))) return { ok: false, refusal: FORBIDDEN };
  const format = detectFormat(input.fileName);
  if (!format) {
    return {
      ok: false,
      refusal: {
        reason: "invalid",
        message: phrase("imports.errors.fileType"),
        fieldErrors: { file: phrase("imports.errors.fileType") },
      },
    };
  }
  const parsed = await parseImportFile(input.bytes, format);
  const checked = validateRecords(parsed.rows, await listFields());
  const issues: ImportIssue[] = [...parsed.issues, ...checked.issues];
  if (issues.length === 0 && checked.valid.length === 0) {
    issues.push({ rowNumber: null, column: null, header: null, message: phrase("imports.problems.noRows") });
  }
  if (issues.length > 0) return { ok: true, value: { fileName: input.fileName, issues } };
  const plan = await planProcedureWrites(checked.valid);
  const rowOf = new Map(checked.valid.map((r) => [r.code, r.rowNumber]));
  const undated = plan.undatedAnnouncements.flatMap((a) =>
    a.codes.map((code) => ({
      rowNumber: rowOf.get(code) ?? null,
      column: "announcementDate" as const,
      header: headerOf("announcementDate"),
      text: a.number,
      message: phrase("imports.problems.undatedAnnouncement", { number: a.number }),
    })),
  );
  if (undated.length > 0) return { ok: true, value: { fileName: input.fileName, issues: undated } };
  return change(actor, async ({ tx, authorize, audit }) => {
    for (const grant of grants) authorize(grant);
    const jobId = randomUUID();
    await insertImportJob(tx, {
      id: jobId,
      userId: actor.userId,
      fileName: input.fileName.slice(-200),
      unitId: input.offerAtUnitId,
      announcementId: input.announcementId,
      effectiveFrom: input.effectiveFrom ?? "",
      payload: { rows: checked.valid },
    });
    audit({
      action: "import.check",
      entity: "import_job",
      entityId: jobId,
      unitId: input.offerAtUnitId,
      details: { fileName: input.fileName, rows: checked.valid.length },
    });
    return {
      fileName: input.fileName,
      issues: [],
      jobId,
      counts: countActions(plan.actions.values()),
      newFields: checked.newFields,
      newAnnouncements: plan.newAnnouncements,
      rows: checked.valid.slice(0, PREVIEW_ROWS).map((r) => ({
        rowNumber: r.rowNumber,
        code: r.code,
        national: r.hasNationalCode,
        name: r.content.name,
        action: plan.actions.get(r.code) ?? "create",
        pending: r.content.steps === "" && r.content.dossier === "",
      })),
    };
  });
}

/** The rows a job stored, or null when the job was checked by an older version (check the file again). */
function storedRows(payload: { [key: string]: unknown }): ValidRow[] | null {
  const rows = payload.rows;
  if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== "object" || !("field" in r))) return null;
  return rows as ValidRow[];
}

export interface CommittedImport {
  actions: Map<string, WriteAction>;
  unitSlugs: string[];
}

/**
 * Step 2: applies a checked import — the new fields and decisions it names, then its procedures — all or
 * nothing, with its audit entries. A job is committed once; only its uploader commits it.
 */
export async function commitImport(
  actor: Actor,
  input: { jobId: string },
): Promise<Outcome<CommittedImport>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    const job = await getImportJob(tx, input.jobId, actor.userId);
    if (!job) return refuse(NOT_FOUND);
    if (job.unitId !== null) authorize({ permission: "unit.administer", unitId: job.unitId });
    const marked = await tx
      .update(importJobs)
      .set({ committedAt: new Date() })
      .where(and(eq(importJobs.id, job.id), isNull(importJobs.committedAt)))
      .returning({ id: importJobs.id });
    if (marked.length === 0) return refuse(ALREADY);
    const rows = storedRows(job.payload);
    if (!rows) return refuse(OUTDATED);
    const outcome = await applyProcedureWrites(tx, audit, rows, {
      announcementId: job.announcementId,
      effectiveFrom: job.effectiveFrom === "" ? null : job.effectiveFrom,
      today: localDay(new Date()),
      userId: actor.userId,
      offerAtUnitId: job.unitId,
    });
    audit({
      action: "procedure.import",
      entity: "import_job",
      entityId: job.id,
      unitId: job.unitId,
      details: { fileName: job.fileName, rows: rows.length },
    });
    return outcome;
  });
}
