"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { FORBIDDEN, managerAction, refusedState } from "@/features/access/server/manager-action";
import { letterNumber } from "@/features/dossiers/apology-letter";
import { currentAppointment, newAppointment } from "@/features/dossiers/at-risk";
import { updateDossier } from "@/features/dossiers/server/dossiers";
import { dossierDetail } from "@/features/dossiers/server/letters";
import type { IssueLetterState } from "@/features/dossiers/ui/letter-form";
import { endOfLocalDay } from "@/features/feedback/working-days";
import { phrase } from "@/i18n/phrase";

const DOSSIER = { error: "dossiers.letterForm.errors.dossier" } as const;

const issueSchema = z.object({
  dossierId: z.coerce.number(DOSSIER).int(DOSSIER).positive(DOSSIER).max(2_000_000_000, DOSSIER),
  newDueAt: z.iso.date({ error: "dossiers.letterForm.errors.newDueDay" }),
  apologyReason: z
    .string({ error: "dossiers.errors.reasonRequired" })
    .trim()
    .min(1, { error: "dossiers.errors.reasonRequired" })
    .max(1000, { error: "dossiers.errors.reasonTooLong" }),
  // Typed for the file only: checked here, echoed back to the form, never stored.
  addressee: z.string().trim().max(200, { error: "dossiers.letterForm.errors.addresseeTooLong" }).optional(),
});

/**
 * Records an apology letter with a new date through the dossier's use case (the API's rules: a later date,
 * a reason, an open or returned dossier, numbered in the unit's year), then offers its files.
 */
export const issueApologyLetterAction = managerAction<typeof issueSchema, IssueLetterState>(
  issueSchema,
  async (data, manager) => {
    const detail = await dossierDetail(manager, data.dossierId);
    if (!detail?.mayRecord) return FORBIDDEN;
    const { dossier, letters } = detail;
    const last = letters.at(-1);
    // Sending the same letter again (a second click, a reload) records nothing and shows it again.
    const repeated =
      last?.reason === data.apologyReason &&
      last.newDueAt.getTime() === endOfLocalDay(data.newDueAt).getTime();
    const newDueAt = repeated ? last.newDueAt : newAppointment(data.newDueAt, currentAppointment(dossier));
    if (!newDueAt) {
      return {
        refused: true,
        message: phrase("common.form.fixErrors"),
        fieldErrors: { newDueAt: phrase("dossiers.errors.newDueNotLater") },
      };
    }
    const outcome = await updateDossier(manager, dossier.code, dossier.unitId, {
      newDueAt: newDueAt.toISOString(),
      apologyReason: data.apologyReason,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const issued = (await dossierDetail(manager, dossier.id))?.letters.at(-1);
    if (!issued) return FORBIDDEN;
    revalidatePath(`/quan-ly/ho-so/${dossier.id}`);
    revalidatePath("/quan-ly/ho-so");
    const number = letterNumber(issued.number, { name: issued.unitName, kind: issued.unitKind });
    return {
      message: phrase("dossiers.letterForm.issued", { number }),
      letter: { id: issued.id, number },
    };
  },
);
