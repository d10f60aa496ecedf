"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  AlreadyCommitted,
  applyProcedureWrites,
  listFields,
  planProcedureWrites,
  type WriteAction,
} from "@/db/queries/catalog";
import { getImportJob, insertImportJob } from "@/db/queries/import-jobs";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import type { ActionState } from "@/lib/action";
import {
  detectFormat,
  type ImportIssue,
  MAX_IMPORT_BYTES,
  parseImportFile,
  validateRecords,
} from "@/lib/procedure-import";
import { headerOf } from "@/lib/procedure-record";
import { revalidateUnitPages } from "@/lib/revalidate";
import { localDay } from "@/lib/time";

export interface ImportPreview {
  fileName: string;
  issues: ImportIssue[];
  jobId?: string;
  counts?: Record<WriteAction, number>;
  rows?: Array<{ rowNumber: number; code: string; name: string; action: WriteAction; pending: boolean }>;
  /** Fields the file names that the catalogue lacks: created with the commit. */
  newFields?: Array<{ name: string; rows: number[] }>;
  /** Decisions the rows name that the catalogue lacks: created with the commit. */
  newAnnouncements?: Array<{ number: string; issuedOn: string }>;
}

export type ImportState = ActionState & { preview?: ImportPreview; committed?: Record<WriteAction, number> };

const PREVIEW_ROWS = 300;

const optionalId = z
  .string()
  .regex(/^\d*$/, { error: "Lựa chọn không hợp lệ" })
  .transform((s) => (s === "" ? null : Number(s)));

const dryRunSchema = z.object({
  file: z
    .instanceof(File, { error: "Chọn tệp cần nhập / choose a file" })
    .refine((f) => f.size > 0, { error: "Tệp rỗng / empty file" })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, { error: "Tệp tối đa 20 MB / at most 20 MB" })
    .refine((f) => detectFormat(f.name) !== null, { error: "Chỉ nhận tệp .csv, .xlsx hoặc .json" }),
  announcementId: optionalId,
  /** Optional: the effective date of rows whose own decision gives none. Never the day of the import. */
  effectiveFrom: z.union([z.literal(""), z.iso.date({ error: "Ngày có hiệu lực không hợp lệ" })]),
  offerAtUnitId: optionalId,
});

function count(actions: Iterable<WriteAction>): Record<WriteAction, number> {
  const counts: Record<WriteAction, number> = { create: 0, version: 0, unchanged: 0 };
  for (const a of actions) counts[a]++;
  return counts;
}

function refused(fileName: string, issues: ImportIssue[]): ImportState {
  return {
    message: `Tệp có ${issues.length} lỗi. Chưa có thay đổi nào được ghi. / The file has errors; nothing was written.`,
    fieldErrors: { file: `${issues.length} lỗi trong tệp` },
    preview: { fileName, issues },
  };
}

/** Step 1: read and check the whole file; show every error, or what would change. Writes no procedure. */
export const dryRunImportAction = managerAction<typeof dryRunSchema, ImportState>(
  dryRunSchema,
  async (data, manager) => {
    if (!manager.catalogEditor) return FORBIDDEN;
    if (data.offerAtUnitId && !manager.editableUnitIds.has(data.offerAtUnitId)) return FORBIDDEN;
    const format = detectFormat(data.file.name);
    if (!format) return { fieldErrors: { file: "Chỉ nhận tệp .csv, .xlsx hoặc .json" } };
    const parsed = await parseImportFile(new Uint8Array(await data.file.arrayBuffer()), format);
    const checked = validateRecords(parsed.rows, await listFields());
    const issues = [...parsed.issues, ...checked.issues];
    if (issues.length > 0) return refused(data.file.name, issues);
    if (checked.valid.length === 0) {
      return refused(data.file.name, [
        { rowNumber: null, column: null, header: null, message: "Tệp không có dòng dữ liệu nào" },
      ]);
    }
    const plan = await planProcedureWrites(checked.valid);
    const rowOf = new Map(checked.valid.map((r) => [r.code, r.rowNumber]));
    const undated = plan.undatedAnnouncements.flatMap((a) =>
      a.codes.map((code) => ({
        rowNumber: rowOf.get(code) ?? null,
        column: "announcementDate" as const,
        header: headerOf("announcementDate"),
        text: a.number,
        message: `${headerOf("announcementDate")}: quyết định ${a.number} chưa có trong hệ thống; cần ngày ban hành để tạo`,
      })),
    );
    if (undated.length > 0) return refused(data.file.name, undated);
    const jobId = randomUUID();
    await insertImportJob({
      id: jobId,
      userId: manager.userId,
      fileName: data.file.name.slice(-200),
      unitId: data.offerAtUnitId,
      announcementId: data.announcementId,
      effectiveFrom: data.effectiveFrom,
      payload: { rows: checked.valid },
    });
    return {
      message:
        "Kiểm tra xong, tệp hợp lệ. Xem trước thay đổi rồi bấm “Ghi vào hệ thống”. / Valid file: review and commit.",
      preview: {
        fileName: data.file.name,
        issues: [],
        jobId,
        counts: count(plan.actions.values()),
        newFields: checked.newFields,
        newAnnouncements: plan.newAnnouncements,
        rows: checked.valid.slice(0, PREVIEW_ROWS).map((r) => ({
          rowNumber: r.rowNumber,
          code: r.hasNationalCode ? r.code : `${r.code} (chưa có mã quốc gia)`,
          name: r.content.name,
          action: plan.actions.get(r.code) ?? "create",
          pending: r.content.steps === "" && r.content.dossier === "",
        })),
      },
    };
  },
);

const commitSchema = z.object({ jobId: z.uuid({ error: "Mã lần nhập không hợp lệ" }) });

/**
 * Step 2: apply a checked import — the new fields and decisions it names, then its procedures — all or
 * nothing, audited in the same transaction. Committing twice changes nothing the second time.
 */
export const commitImportAction = managerAction<typeof commitSchema, ImportState>(
  commitSchema,
  async ({ jobId }, manager) => {
    if (!manager.catalogEditor) return FORBIDDEN;
    const job = await getImportJob(jobId, manager.userId);
    if (!job) return { message: "Không tìm thấy lần nhập này. / Import not found." };
    if (job.committedAt) return { message: "Lần nhập này đã được ghi trước đó. / Already committed." };
    if (!Array.isArray(job.payload.rows) || job.payload.rows.some((r) => !r.field)) {
      return {
        message: "Lần nhập này đã cũ; hãy kiểm tra lại tệp. / This import is outdated: check the file again.",
      };
    }
    let outcome: Awaited<ReturnType<typeof applyProcedureWrites>>;
    try {
      outcome = await applyProcedureWrites(job.payload.rows, {
        announcementId: job.announcementId,
        effectiveFrom: job.effectiveFrom === "" ? null : job.effectiveFrom,
        today: localDay(new Date()),
        userId: manager.userId,
        offerAtUnitId: job.unitId,
        audit: {
          action: "procedure.import",
          entity: "import_job",
          entityId: jobId,
          details: { fileName: job.fileName, rows: job.payload.rows.length },
        },
        importJobId: jobId,
      });
    } catch (error) {
      if (error instanceof AlreadyCommitted)
        return { message: "Lần nhập này đã được ghi trước đó. / Already committed." };
      throw error;
    }
    const counts = count(outcome.actions.values());
    revalidateUnitPages(
      outcome.unitSlugs,
      [...outcome.actions.entries()].filter(([, a]) => a !== "unchanged").map(([code]) => code),
    );
    return {
      message: `Đã ghi: ${counts.create} thủ tục mới, ${counts.version} phiên bản mới, ${counts.unchanged} không đổi.`,
      committed: counts,
    };
  },
);
