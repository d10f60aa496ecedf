"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { insertApiKey } from "@/db/queries/dossiers";
import { insertAuditEntry } from "@/db/queries/users";
import type { ActionState } from "@/lib/action";
import { FORBIDDEN, managerAction } from "@/lib/auth/manager-action";
import { newApiKey } from "@/lib/secrets";

export type ApiKeyState = ActionState & { createdKey?: string };

const createSchema = z.object({
  unitId: z.coerce.number({ error: "Chọn đơn vị" }).int().positive({ error: "Chọn đơn vị" }),
  name: z.string().trim().min(1, { error: "Vui lòng đặt tên cho khóa (ví dụ: Phần mềm một cửa)" }).max(100),
});

/** A unit administrator creates a key for the unit's dossier system; it is shown once and stored hashed. */
export const createApiKeyAction = managerAction<typeof createSchema, ApiKeyState>(
  createSchema,
  async (data, manager) => {
    if (!manager.editableUnitIds.has(data.unitId)) return FORBIDDEN;
    const { key, prefix, hash } = newApiKey();
    await insertApiKey({
      unitId: data.unitId,
      name: data.name,
      scope: "dossiers",
      prefix,
      keyHash: hash,
      createdBy: manager.userId,
    });
    revalidatePath("/quan-ly/khoa-api");
    await insertAuditEntry({
      userId: manager.userId,
      action: "api_key.create",
      entity: "api_key",
      entityId: prefix,
      unitId: data.unitId,
    });
    return {
      message:
        "Đã tạo khóa. Hãy sao chép ngay: khóa chỉ hiển thị một lần. / Copy the key now: it is shown once.",
      createdKey: key,
      values: {},
    };
  },
);
