"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  applyProcedureWrites,
  listFields,
  planProcedureWrites,
  type WriteAction,
} from "@/db/queries/catalog";
import { getImportJob, insertImportJob, markImportJobCommitted } from "@/db/queries/import-jobs";
import { insertAuditEntry } from "@/db/queries/users";
import type { ActionState } from "@/lib/action";
import { FORBIDDEN, managerAction } from "@/lib/auth/manager-action";
import {
  detectFormat,
  type ImportIssue,
  MAX_IMPORT_BYTES,
  parseImportFile,
  validateRecords,
} from "@/lib/procedure-import";
import { revalidateUnitPages } from "@/lib/revalidate";

export interface ImportPreview {
  fileName: string;
  issues: ImportIssue[];
  jobId?: string;
  counts?: Record<WriteAction, number>;
  rows?: Array<{ rowNumber: number; code: string; name: string; action: WriteAction }>;
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
  effectiveFrom: z.iso.date({ error: "Ngày có hiệu lực không hợp lệ" }),
  offerAtUnitId: optionalId,
});

function count(actions: Iterable<WriteAction>): Record<WriteAction, number> {
  const counts: Record<WriteAction, number> = { create: 0, version: 0, unchanged: 0 };
  for (const a of actions) counts[a]++;
  return counts;
}

/** Step 1: parse and validate the whole file, show per-row errors and what would change. Writes no procedure. */
export const dryRunImportAction = managerAction<typeof dryRunSchema, ImportState>(
  dryRunSchema,
  async (data, manager) => {
    if (!manager.catalogEditor) return FORBIDDEN;
    if (data.offerAtUnitId && !manager.editableUnitIds.has(data.offerAtUnitId)) return FORBIDDEN;
    const format = detectFormat(data.file.name);
    if (!format) return { fieldErrors: { file: "Chỉ nhận tệp .csv, .xlsx hoặc .json" } };
    const parsed = await parseImportFile(new Uint8Array(await data.file.arrayBuffer()), format);
    const known = new Set((await listFields()).map((f) => f.code));
    const checked = validateRecords(parsed.rows, known);
    const issues = [...parsed.issues, ...checked.issues];
    if (issues.length > 0 || checked.valid.length === 0) {
      return {
        message: `Tệp có ${issues.length} lỗi. Chưa có thay đổi nào được ghi. / The file has errors; nothing was written.`,
        fieldErrors: { file: `${issues.length} lỗi trong tệp` },
        preview: {
          fileName: data.file.name,
          issues:
            issues.length > 0
              ? issues
              : [{ rowNumber: null, column: null, header: null, message: "Tệp không có dòng dữ liệu nào" }],
        },
      };
    }
    const plan = await planProcedureWrites(checked.valid);
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
        counts: count(plan.values()),
        rows: checked.valid.slice(0, PREVIEW_ROWS).map((r) => ({
          rowNumber: r.rowNumber,
          code: r.code,
          name: r.content.name,
          action: plan.get(r.code) ?? "create",
        })),
      },
    };
  },
);

const commitSchema = z.object({ jobId: z.uuid({ error: "Mã lần nhập không hợp lệ" }) });

/** Step 2: apply a validated import, all or nothing. Committing twice changes nothing the second time. */
export const commitImportAction = managerAction<typeof commitSchema, ImportState>(
  commitSchema,
  async ({ jobId }, manager) => {
    if (!manager.catalogEditor) return FORBIDDEN;
    const job = await getImportJob(jobId, manager.userId);
    if (!job) return { message: "Không tìm thấy lần nhập này. / Import not found." };
    if (job.committedAt) return { message: "Lần nhập này đã được ghi trước đó. / Already committed." };
    const outcome = await applyProcedureWrites(job.payload.rows, {
      announcementId: job.announcementId,
      effectiveFrom: job.effectiveFrom,
      userId: manager.userId,
      offerAtUnitId: job.unitId,
    });
    await markImportJobCommitted(jobId);
    const counts = count(outcome.actions.values());
    await insertAuditEntry({
      userId: manager.userId,
      action: "procedure.import",
      entity: "import_job",
      entityId: jobId,
      details: { ...counts, fileName: job.fileName },
    });
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
