"use server";

import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { PasteState } from "@/components/manage/paste-procedure";
import {
  abolishProcedure,
  applyProcedureWrites,
  listFields,
  unitSlugsOffering,
  updateUnitOverride,
} from "@/db/queries/catalog";
import { upsertFormFile } from "@/db/queries/forms";
import { getProcedureForEdit, getUnitProcedure } from "@/db/queries/procedure-admin";
import { insertAuditEntry } from "@/db/queries/users";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import { matchField } from "@/lib/procedure-import";
import { parsePublishedProcedure } from "@/lib/procedure-paste";
import { headerOf, type ProcedureRecord, readRecord, recordKeys } from "@/lib/procedure-record";
import { parseFormRefs } from "@/lib/procedure-text";
import { revalidateUnitPages } from "@/lib/revalidate";
import { localDay } from "@/lib/time";

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
  if (!manager.catalogEditor) return FORBIDDEN;
  const record = Object.fromEntries(
    recordKeys.map((k) => [k, String(formData.get(k) ?? "")]),
  ) as ProcedureRecord;
  const read = readRecord(record);
  if (!read.ok) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of read.issues) {
      fieldErrors[issue.column] ??=
        `${headerOf(issue.column)}${issue.item ? `, dòng ${issue.item}` : ""}: ${issue.message}`;
    }
    return { fieldErrors, message: "Vui lòng sửa các lỗi bên dưới. / Please correct the errors below." };
  }
  const field = matchField(read.read.field, await listFields());
  if (field.kind === "new") {
    return {
      fieldErrors: { field: "Lĩnh vực không tồn tại; tạo lĩnh vực tại trang Lĩnh vực / unknown field" },
      message: "Lĩnh vực không tồn tại.",
    };
  }
  const { code } = read.read;
  const existing = await getProcedureForEdit(code);
  if (data.mode === "create" && existing) {
    return {
      fieldErrors: { code: "Mã TTHC đã tồn tại / code already exists" },
      message: "Mã TTHC đã tồn tại.",
    };
  }
  if (data.offerAtUnitId && !manager.editableUnitIds.has(data.offerAtUnitId)) return FORBIDDEN;
  const effectiveFrom = data.effectiveFrom === "" ? null : data.effectiveFrom;
  const outcome = await applyProcedureWrites([{ ...read.read, field, announcement: null }], {
    announcementId: data.announcementId,
    effectiveFrom,
    today: localDay(new Date()),
    userId: manager.userId,
    offerAtUnitId: data.offerAtUnitId ?? null,
    audit: {
      action: existing ? "procedure.version" : "procedure.create",
      entity: "procedure",
      entityId: code,
      details: { effectiveFrom, announcementId: data.announcementId },
    },
  });
  if (outcome.actions.get(code) === "unchanged") {
    return { message: "Nội dung không thay đổi nên không tạo phiên bản mới. / Nothing changed." };
  }
  revalidateUnitPages(outcome.unitSlugs, [code]);
  redirect(`/quan-ly/thu-tuc/${encodeURIComponent(code)}?da-luu=1`);
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
    if (!manager.catalogEditor) return FORBIDDEN;
    const { record, found } = parsePublishedProcedure(data.pasted);
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
  if (!manager.catalogEditor) return FORBIDDEN;
  const result = await abolishProcedure(data);
  if ("error" in result) return { fieldErrors: { replacementCode: result.error }, message: result.error };
  await insertAuditEntry({
    userId: manager.userId,
    action: "procedure.abolish",
    entity: "procedure",
    entityId: data.code,
    details: data,
  });
  revalidateUnitPages(result.unitSlugs, [data.code]);
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
  const target = await getUnitProcedure(data.unitProcedureId);
  if (!target || !manager.editableUnitIds.has(target.unitId)) return FORBIDDEN;
  const { unitProcedureId, ...values } = data;
  await updateUnitOverride(unitProcedureId, values);
  await insertAuditEntry({
    userId: manager.userId,
    action: "unit_procedure.override",
    entity: "unit_procedure",
    entityId: String(unitProcedureId),
    unitId: target.unitId,
    details: values,
  });
  revalidateUnitPages([target.unitSlug], [target.code]);
  return { message: "Đã lưu quy định riêng của đơn vị. / Saved." };
});

const MAX_FORM_FILE_BYTES = 5 * 1024 * 1024;
const allowedTypes: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  rtf: "application/rtf",
  odt: "application/vnd.oasis.opendocument.text",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const uploadSchema = z.object({
  code: z.string().min(1).max(60),
  formCode: z.string().trim().min(1, { error: "Chọn mẫu đơn / choose a form" }).max(100),
  file: z
    .instanceof(File, { error: "Chọn tệp / choose a file" })
    .refine((f) => f.size > 0, { error: "Tệp rỗng / empty file" })
    .refine((f) => f.size <= MAX_FORM_FILE_BYTES, { error: "Tệp tối đa 5 MB / at most 5 MB" })
    .refine((f) => (f.name.split(".").pop()?.toLowerCase() ?? "") in allowedTypes, {
      error: "Chỉ nhận PDF, DOC, DOCX, RTF, ODT, XLS, XLSX / unsupported file type",
    }),
});

/** Uploads the file of a named form; citizens download it from the disclosure page. */
export const uploadFormAction = managerAction(uploadSchema, async (data, manager) => {
  if (!manager.catalogEditor) return FORBIDDEN;
  const found = await getProcedureForEdit(data.code);
  const ref = found
    ? parseFormRefs(found.version.content.forms).find((f) => f.code === data.formCode)
    : undefined;
  if (!found || !ref) return { fieldErrors: { formCode: "Mẫu đơn không có trong thủ tục / unknown form" } };
  const bytes = Buffer.from(await data.file.arrayBuffer());
  const ext = data.file.name.split(".").pop()?.toLowerCase() ?? "";
  await upsertFormFile({
    procedureId: found.procedure.id,
    code: ref.code,
    name: ref.name,
    fileName: data.file.name.slice(-200),
    mimeType: allowedTypes[ext] ?? "application/octet-stream",
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    data: bytes,
  });
  await insertAuditEntry({
    userId: manager.userId,
    action: "form.upload",
    entity: "procedure",
    entityId: data.code,
    details: { formCode: ref.code },
  });
  revalidateUnitPages(await unitSlugsOffering([found.procedure.id]), [data.code]);
  return { message: `Đã tải lên biểu mẫu “${ref.name}”. / Uploaded.` };
});
