"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { unitSlugsOffering } from "@/db/queries/catalog";
import { createField, mergeField, renameField } from "@/db/queries/fields";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import { revalidateUnitPages } from "@/lib/revalidate";

/** The fields page, and the citizen pages that group these procedures by field. */
async function refreshPages(procedureIds: readonly number[]) {
  revalidatePath("/quan-ly/linh-vuc");
  revalidateUnitPages(await unitSlugsOffering(procedureIds), []);
}

const name = z
  .string()
  .trim()
  .min(1, { error: "Vui lòng nhập tên lĩnh vực / enter a name" })
  .max(200, { error: "Tối đa 200 ký tự / at most 200 characters" });
const nameEn = z
  .string()
  .trim()
  .max(200, { error: "Tối đa 200 ký tự / at most 200 characters" })
  .transform((s) => (s === "" ? null : s));
const id = z.coerce.number({ error: "Lĩnh vực không hợp lệ / invalid field" }).int().positive();

const createSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9_-]{1,20})?$/, {
      error: "Mã: chữ không dấu, số, - và _, tối đa 20 ký tự / invalid code",
    })
    .transform((s) => (s === "" ? null : s)),
  name,
  nameEn,
});

/** Catalogue editors add a field; the code is made from the name when left empty. Audited. */
export const createFieldAction = managerAction(createSchema, async (data, manager) => {
  if (!manager.catalogEditor) return FORBIDDEN;
  const outcome = await createField(data, manager.userId);
  if (!outcome.ok) return { fieldErrors: { [outcome.field]: outcome.message }, message: outcome.message };
  revalidatePath("/quan-ly/linh-vuc");
  return { message: `Đã thêm lĩnh vực “${data.name}”. / Field added.`, values: {} };
});

export const renameFieldAction = managerAction(z.object({ id, name, nameEn }), async (data, manager) => {
  if (!manager.catalogEditor) return FORBIDDEN;
  const outcome = await renameField(data.id, data, manager.userId);
  if (!outcome.ok) return { fieldErrors: { [outcome.field]: outcome.message }, message: outcome.message };
  await refreshPages(outcome.procedureIds ?? []);
  return { message: "Đã đổi tên lĩnh vực. / Field renamed." };
});

export const mergeFieldAction = managerAction(
  z.object({
    id,
    targetId: z.coerce
      .number({ error: "Chọn lĩnh vực đích / choose a field" })
      .int()
      .positive({ error: "Chọn lĩnh vực đích / choose a field" }),
  }),
  async (data, manager) => {
    if (!manager.catalogEditor) return FORBIDDEN;
    const outcome = await mergeField(data.id, data.targetId, manager.userId);
    if (!outcome.ok) return { fieldErrors: { [outcome.field]: outcome.message }, message: outcome.message };
    await refreshPages(outcome.procedureIds ?? []);
    return {
      message: `Đã gộp lĩnh vực (${outcome.procedureIds?.length ?? 0} thủ tục đã chuyển). / Fields merged.`,
    };
  },
);
