"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createApiKey } from "@/features/dossiers/server/api-keys";
import type { ActionState } from "@/lib/action";

export type ApiKeyState = ActionState & { createdKey?: string };

const createSchema = z.object({
  unitId: z.coerce.number({ error: "Chọn đơn vị" }).int().positive({ error: "Chọn đơn vị" }),
  name: z.string().trim().min(1, { error: "Vui lòng đặt tên cho khóa (ví dụ: Phần mềm một cửa)" }).max(100),
});

/** A unit administrator creates a key for the unit's dossier system; it is shown once and stored hashed. */
export const createApiKeyAction = managerAction<typeof createSchema, ApiKeyState>(
  createSchema,
  async (data, manager) => {
    const outcome = await createApiKey(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath("/quan-ly/khoa-api");
    return {
      message:
        "Đã tạo khóa. Hãy sao chép ngay: khóa chỉ hiển thị một lần. / Copy the key now: it is shown once.",
      createdKey: outcome.value.key,
      values: {},
    };
  },
);
