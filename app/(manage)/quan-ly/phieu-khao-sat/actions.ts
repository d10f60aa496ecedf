"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { instrumentFormSchema } from "@/features/survey/instrument-form";
import {
  chooseUnitInstrument,
  publishInstrument,
  saveInstrumentDraft,
} from "@/features/survey/server/instruments";
import { phrase } from "@/i18n/phrase";
import type { ActionResult } from "@/lib/action";

const saveSchema = z.intersection(
  instrumentFormSchema,
  z.object({
    mode: z.enum(["new", "version", "edit"]),
    sourceId: z.coerce.number().int().positive().optional(),
    unitId: z.coerce
      .number({ error: "instruments.errors.unit" })
      .int()
      .positive({ error: "instruments.errors.unit" })
      .optional(),
  }),
);

/** Saves a draft: a new questionnaire, the next version of one, or changes to a draft. */
export const saveInstrumentAction = managerAction(
  saveSchema,
  async (f, manager): Promise<ActionResult | undefined> => {
    // A mistake in the questionnaire's text names its line: shown beside the text, like the form's errors.
    if (f.elementsError) {
      return { fieldErrors: { elementsText: f.elementsError }, message: phrase("common.form.fixErrors") };
    }
    const outcome = await saveInstrumentDraft(
      manager,
      f.mode === "new"
        ? { mode: "new", key: f.key, unitId: f.unitId, definition: f.definition }
        : { mode: f.mode, key: f.key, sourceId: f.sourceId, definition: f.definition },
    );
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath("/quan-ly/phieu-khao-sat");
    redirect(`/quan-ly/phieu-khao-sat/${outcome.value.id}`);
  },
);

const idSchema = z.object({ id: z.coerce.number().int().positive() });

export const publishInstrumentAction = managerAction(idSchema, async ({ id }, manager) => {
  const outcome = await publishInstrument(manager, { id });
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidatePath("/quan-ly/phieu-khao-sat");
  redirect(`/quan-ly/phieu-khao-sat/${id}?da-xuat-ban=1`);
});

const chooseSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  instrumentKey: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: "instruments.errors.choose" }),
});

/** Which questionnaire a unit's QR posters and kiosks open. */
export const chooseUnitInstrumentAction = managerAction(chooseSchema, async (f, manager) => {
  const outcome = await chooseUnitInstrument(manager, f);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidatePath("/quan-ly/phieu-khao-sat");
  return { message: phrase("instruments.unitSaved") };
});
