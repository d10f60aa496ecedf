"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createField, type FieldChange, mergeField, renameField } from "@/features/catalog/server/fields";
import { phrase } from "@/i18n/phrase";
import { revalidateUnitPages } from "@/lib/revalidate";

/** The fields page, and the citizen pages that group these procedures by field. */
function refreshPages(changed: FieldChange) {
  revalidatePath("/quan-ly/linh-vuc");
  revalidateUnitPages(changed.unitSlugs, []);
}

const name = z
  .string()
  .trim()
  .min(1, { error: "catalog.errors.field.nameRequired" })
  .max(200, { error: "catalog.errors.field.tooLong" });
const nameEn = z
  .string()
  .trim()
  .max(200, { error: "catalog.errors.field.tooLong" })
  .transform((s) => (s === "" ? null : s));
const id = z.coerce.number({ error: "catalog.errors.field.invalid" }).int().positive();

const createSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9_-]{1,20})?$/, {
      error: "catalog.errors.field.code",
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
  return { message: phrase("catalog.fields.added", { name: data.name }), values: {} };
});

export const renameFieldAction = managerAction(z.object({ id, name, nameEn }), async (data, manager) => {
  const outcome = await renameField(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  refreshPages(outcome.value);
  return { message: phrase("catalog.fields.renamed") };
});

export const mergeFieldAction = managerAction(
  z.object({
    id,
    targetId: z.coerce
      .number({ error: "catalog.errors.field.chooseTarget" })
      .int()
      .positive({ error: "catalog.errors.field.chooseTarget" }),
  }),
  async (data, manager) => {
    const outcome = await mergeField(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    refreshPages(outcome.value);
    return { message: phrase("catalog.fields.merged", { count: outcome.value.procedures }) };
  },
);
