"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { forgetPublishedFigures } from "@/features/index/server/public-figures";
import { decideBurst } from "@/features/survey/server/burst-review";
import { phrase } from "@/i18n/phrase";

const decisionSchema = z.object({
  id: z.coerce
    .number({ error: "bursts.errors.id" })
    .int({ error: "bursts.errors.id" })
    .positive({ error: "bursts.errors.id" }),
  decision: z.enum(["confirmed", "rejected"], { error: "bursts.errors.decision" }),
});

/**
 * A unit administrator decides on a burst held by surge detection: confirmed, its answers count from now
 * on; rejected, they stay out of every figure. Audited with the decision, in the same transaction.
 */
export const decideBurstAction = managerAction(decisionSchema, async (data, manager) => {
  const outcome = await decideBurst(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  if (outcome.value.changed) await forgetPublishedFigures();
  revalidatePath("/quan-ly/phieu-gan-co");
  return {
    message: phrase(data.decision === "confirmed" ? "bursts.confirmed" : "bursts.rejected"),
  };
});
