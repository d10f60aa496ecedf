"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createField, type FieldChange, mergeField, renameField } from "@/features/catalog/server/fields";
import { revalidateUnitPages } from "@/lib/revalidate";

/** The fields page, and the citizen pages that group these procedures by field. */
function refreshPages(changed: FieldChange) {
  revalidatePath("/quan-ly/linh-vuc");
  revalidateUnitPages(changed.unitSlugs, []);
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
  const outcome = await createField(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidatePath("/quan-ly/linh-vuc");
  return { message: `Đã thêm lĩnh vực “${data.name}”. / Field added.`, values: {} };
});

export const renameFieldAction = managerAction(z.object({ id, name, nameEn }), async (data, manager) => {
  const outcome = await renameField(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  refreshPages(outcome.value);
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
    const outcome = await mergeField(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    refreshPages(outcome.value);
    return {
      message: `Đã gộp lĩnh vực (${outcome.value.procedures} thủ tục đã chuyển). / Fields merged.`,
    };
  },
);
