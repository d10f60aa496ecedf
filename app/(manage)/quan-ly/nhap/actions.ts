"use server";

import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { countActions, type ImportState } from "@/features/imports/import-state";
import { detectFormat, type ImportIssue, MAX_IMPORT_BYTES } from "@/features/imports/procedure-import";
import { checkImport, commitImport } from "@/features/imports/server/imports";
import { revalidateUnitPages } from "@/lib/revalidate";

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
    const outcome = await checkImport(manager, {
      fileName: data.file.name,
      bytes: new Uint8Array(await data.file.arrayBuffer()),
      announcementId: data.announcementId,
      effectiveFrom: data.effectiveFrom === "" ? null : data.effectiveFrom,
      offerAtUnitId: data.offerAtUnitId,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const preview = outcome.value;
    if (preview.issues.length > 0) return refused(preview.fileName, preview.issues);
    return {
      message:
        "Kiểm tra xong, tệp hợp lệ. Xem trước thay đổi rồi bấm “Ghi vào hệ thống”. / Valid file: review and commit.",
      preview,
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
    const outcome = await commitImport(manager, { jobId });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const counts = countActions(outcome.value.actions.values());
    revalidateUnitPages(
      outcome.value.unitSlugs,
      [...outcome.value.actions.entries()].filter(([, a]) => a !== "unchanged").map(([code]) => code),
    );
    return {
      message: `Đã ghi: ${counts.create} thủ tục mới, ${counts.version} phiên bản mới, ${counts.unchanged} không đổi.`,
      committed: counts,
    };
  },
);
