"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createPoster } from "@/features/posters/server/posters";
import { posterKinds } from "@/lib/constants";

const createSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  kind: z.enum(posterKinds, { error: "posters.errors.kind" }),
  counterId: z
    .string()
    .regex(/^\d*$/)
    .optional()
    .transform((s) => (s ? Number(s) : null)),
});

/** Records a print job from the selection and opens it; every link keeps the content version printed. */
export const createPosterAction = managerAction(createSchema, async (data, manager, formData) => {
  const outcome = await createPoster(manager, {
    ...data,
    procedures: formData.getAll("procedures").map(String),
    all: formData.get("all") === "1",
    fieldCode: String(formData.get("fieldCode") ?? ""),
    fields: formData.getAll("fields").map(String),
  });
  if (!outcome.ok) return refusedState(outcome.refusal);
  redirect(`/quan-ly/to-niem-yet/${outcome.value.id}`);
});
