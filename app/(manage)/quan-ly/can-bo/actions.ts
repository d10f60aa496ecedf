"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { saveOfficer, setOfficerEvaluation } from "@/features/dossiers/server/officers";
import { phrase } from "@/i18n/phrase";

const unitId = z.coerce
  .number({ error: "officers.errors.unit" })
  .int()
  .positive({ error: "officers.errors.unit" });

const evaluationSchema = z.object({ unitId, enabled: z.enum(["0", "1"]) });

/** A unit administrator turns the unit's per-officer evaluation on or off. */
export const setOfficerEvaluationAction = managerAction(evaluationSchema, async (data, manager) => {
  const enabled = data.enabled === "1";
  const outcome = await setOfficerEvaluation(manager, { unitId: data.unitId, enabled });
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidatePath("/quan-ly/can-bo");
  if (!outcome.value.changed) return { message: phrase("officers.evaluation.unchanged") };
  return { message: phrase(enabled ? "officers.evaluation.turnedOn" : "officers.evaluation.turnedOff") };
});

const officerSchema = z.object({
  unitId,
  code: z.string({ error: "officers.errors.code" }).trim().min(1, { error: "officers.errors.code" }).max(60, {
    error: "officers.errors.code",
  }),
  name: z
    .string()
    .trim()
    .max(120, { error: "officers.errors.name" })
    .optional()
    .transform((v) => (v ? v : null)),
  userId: z
    .string()
    .trim()
    .max(100, { error: "officers.errors.account" })
    .optional()
    .transform((v) => (v ? v : null)),
});

/** A unit administrator adds an officer code, names it, links it to an account or unlinks it. */
export const saveOfficerAction = managerAction(officerSchema, async (data, manager) => {
  const outcome = await saveOfficer(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidatePath("/quan-ly/can-bo");
  return { message: phrase("officers.saved") };
});
