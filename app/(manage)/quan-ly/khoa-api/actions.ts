"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createApiKey } from "@/features/dossiers/server/api-keys";
import { phrase } from "@/i18n/phrase";
import type { ActionState } from "@/lib/action";

export type ApiKeyState = ActionState & { createdKey?: string };

const createSchema = z.object({
  unitId: z.coerce.number({ error: "apiKeys.errors.unit" }).int().positive({ error: "apiKeys.errors.unit" }),
  name: z
    .string()
    .trim()
    .min(1, { error: "apiKeys.errors.nameRequired" })
    .max(100, { error: "apiKeys.errors.nameTooLong" }),
});

/** A unit administrator creates a key for the unit's dossier system; it is shown once and stored hashed. */
export const createApiKeyAction = managerAction<typeof createSchema, ApiKeyState>(
  createSchema,
  async (data, manager) => {
    const outcome = await createApiKey(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath("/quan-ly/khoa-api");
    return {
      message: phrase("apiKeys.created"),
      createdKey: outcome.value.key,
      values: {},
    };
  },
);
