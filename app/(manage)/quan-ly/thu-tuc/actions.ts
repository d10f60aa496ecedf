"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import type { ProcedureRecord } from "@/features/catalog/procedure-record";
import { recordKeys } from "@/features/catalog/procedure-record";
import {
  abolishProcedure,
  FORM_FILE_TYPES,
  readPastedProcedure,
  saveProcedure,
  saveUnitOverride,
  uploadFormFile,
} from "@/features/catalog/server/procedures";
import type { PasteState } from "@/features/catalog/ui/paste-procedure";
import { revalidateUnitPages } from "@/lib/revalidate";

const isoDate = z.iso.date({ error: "Ngày không hợp lệ (dạng YYYY-MM-DD) / invalid date" });
const optionalId = z
  .string()
  .regex(/^\d*$/, { error: "Lựa chọn không hợp lệ / invalid choice" })
  .transform((s) => (s === "" ? null : Number(s)));

const saveSchema = z.looseObject({
  mode: z.enum(["create", "edit"]),
  announcementId: optionalId,
  effectiveFrom: z.union([z.literal(""), isoDate]),
  offerAtUnitId: optionalId.optional(),
});

/** Creates a procedure or a new version of it; equal content writes nothing. */
export const saveProcedureAction = managerAction(saveSchema, async (data, manager, formData) => {
  const record = Object.fromEntries(
    recordKeys.map((k) => [k, String(formData.get(k) ?? "")]),
  ) as ProcedureRecord;
  const outcome = await saveProcedure(manager, {
    mode: data.mode,
    record,
    announcementId: data.announcementId,
    effectiveFrom: data.effectiveFrom === "" ? null : data.effectiveFrom,
    offerAtUnitId: data.offerAtUnitId ?? null,
  });
  if (!outcome.ok) return refusedState(outcome.refusal);
  if (outcome.value.unchanged) {
    return { message: "Nội dung không thay đổi nên không tạo phiên bản mới. / Nothing changed." };
  }
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  redirect(`/quan-ly/thu-tuc/${encodeURIComponent(outcome.value.code)}?da-luu=1`);
});

const pasteSchema = z.object({
  pasted: z
    .string()
    .trim()
    .min(1, { error: "Dán nội dung thủ tục vào ô / paste the procedure's text" })
    .max(500_000, { error: "Nội dung quá dài: tối đa 500.000 ký tự cho một thủ tục / too long" }),
});

/** Reads pasted text into the editor's fields, writing nothing: staff correct and save it themselves. */
export const pasteProcedureAction = managerAction<typeof pasteSchema, PasteState>(
  pasteSchema,
  async (data, manager) => {
    const read = readPastedProcedure(manager, data.pasted);
    if (!read.ok) return refusedState(read.refusal);
    const { record, found } = read.value;
    if (found.length === 0) {
      return {
        fieldErrors: { pasted: "Không nhận ra mục nào" },
        message:
          "Không nhận ra mục nào (ví dụ “Trình tự thực hiện:”, “Thành phần, số lượng hồ sơ:”). Hãy dán cả tiêu đề của từng mục. / No section found.",
      };
    }
    return {
      record,
      found,
      message: `Đã đọc ${found.length} mục. Kiểm tra từng mục bên dưới rồi bấm “Tạo thủ tục”. / Read: review, then save.`,
    };
  },
);

const abolishSchema = z.object({
  code: z.string().min(1).max(60),
  abolishedOn: isoDate,
  announcementId: optionalId,
  replacementCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(60)
    .transform((s) => (s === "" ? null : s)),
});

export const abolishProcedureAction = managerAction(abolishSchema, async (data, manager) => {
  const outcome = await abolishProcedure(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: "Đã ghi nhận bãi bỏ thủ tục. / Procedure abolished." };
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự / at most ${max} characters` })
    .transform((s) => (s === "" ? null : s));

const overrideSchema = z.object({
  unitProcedureId: z.coerce.number().int().positive(),
  localTimeLimit: optionalText(500),
  localFee: optionalText(500),
  localPlace: optionalText(500),
  localNotes: optionalText(2000),
});

/** A unit's local differences (shorter time limit, fee, place, notes) for one procedure. */
export const saveOverrideAction = managerAction(overrideSchema, async (data, manager) => {
  const outcome = await saveUnitOverride(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: "Đã lưu quy định riêng của đơn vị. / Saved." };
});

const MAX_FORM_FILE_BYTES = 5 * 1024 * 1024;

const uploadSchema = z.object({
  code: z.string().min(1).max(60),
  formCode: z.string().trim().min(1, { error: "Chọn mẫu đơn / choose a form" }).max(100),
  file: z
    .instanceof(File, { error: "Chọn tệp / choose a file" })
    .refine((f) => f.size > 0, { error: "Tệp rỗng / empty file" })
    .refine((f) => f.size <= MAX_FORM_FILE_BYTES, { error: "Tệp tối đa 5 MB / at most 5 MB" })
    .refine((f) => (f.name.split(".").pop()?.toLowerCase() ?? "") in FORM_FILE_TYPES, {
      error: "Chỉ nhận PDF, DOC, DOCX, RTF, ODT, XLS, XLSX / unsupported file type",
    }),
});

/** Uploads the file of a named form; citizens download it from the disclosure page. */
export const uploadFormAction = managerAction(uploadSchema, async (data, manager) => {
  const outcome = await uploadFormFile(manager, {
    code: data.code,
    formCode: data.formCode,
    fileName: data.file.name,
    bytes: Buffer.from(await data.file.arrayBuffer()),
  });
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: `Đã tải lên biểu mẫu “${outcome.value.formName}”. / Uploaded.` };
});
