"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCounterUnitId, insertDevice } from "@/db/queries/devices";
import { insertAuditEntry } from "@/db/queries/users";
import type { ActionState } from "@/lib/action";
import { FORBIDDEN, managerAction } from "@/lib/auth/manager-action";
import { publicUrl } from "@/lib/env";
import { activationPath, newDeviceToken, RESET_SECONDS } from "@/lib/kiosk";
import { qrSvg } from "@/lib/qr";

export type DeviceState = ActionState & { activationUrl?: string; activationQr?: string };

const resetError = `Thời gian quay lại phải từ ${RESET_SECONDS.min} đến ${RESET_SECONDS.max} giây / between ${RESET_SECONDS.min} and ${RESET_SECONDS.max} seconds`;

const createSchema = z.object({
  unitId: z.coerce
    .number({ error: "Chọn đơn vị / choose a unit" })
    .int()
    .positive({ error: "Chọn đơn vị / choose a unit" }),
  counterId: z
    .string()
    .regex(/^\d{0,9}$/, { error: "Quầy không hợp lệ / invalid counter" })
    .optional()
    .transform((v) => (v ? Number(v) : null)),
  name: z
    .string()
    .trim()
    .min(1, { error: "Vui lòng đặt tên cho thiết bị (ví dụ: Máy tính bảng quầy 1) / name the device" })
    .max(100, { error: "Tên tối đa 100 ký tự / at most 100 characters" }),
  resetSeconds: z.coerce
    .number({ error: resetError })
    .int({ error: resetError })
    .min(RESET_SECONDS.min, { error: resetError })
    .max(RESET_SECONDS.max, { error: resetError }),
});

/**
 * A unit administrator registers a kiosk tablet. Its token is shown once, inside the activation link
 * (and its QR code) to open on the tablet; only its hash is stored.
 */
export const createDeviceAction = managerAction<typeof createSchema, DeviceState>(
  createSchema,
  async (data, manager) => {
    if (!manager.editableUnitIds.has(data.unitId)) return FORBIDDEN;
    if (data.counterId !== null && (await getCounterUnitId(data.counterId)) !== data.unitId) {
      return {
        fieldErrors: { counterId: "Quầy này không thuộc đơn vị đã chọn / counter of another unit" },
        message: "Vui lòng sửa các lỗi bên dưới. / Please correct the errors below.",
      };
    }
    const { token, hash } = newDeviceToken();
    const id = await insertDevice({
      unitId: data.unitId,
      counterId: data.counterId,
      name: data.name,
      tokenHash: hash,
      resetSeconds: data.resetSeconds,
    });
    await insertAuditEntry({
      userId: manager.userId,
      action: "device.create",
      entity: "device",
      entityId: String(id),
      unitId: data.unitId,
      details: { name: data.name, counterId: data.counterId, resetSeconds: data.resetSeconds },
    });
    revalidatePath("/quan-ly/thiet-bi");
    const activationUrl = publicUrl(activationPath(token));
    return {
      message:
        "Đã đăng ký thiết bị. Mở đường dẫn kích hoạt dưới đây trên máy tính bảng (hoặc quét mã QR); đường dẫn chỉ hiển thị một lần. / Open this activation link on the tablet; it is shown once.",
      activationUrl,
      activationQr: qrSvg(activationUrl, { title: "Mã QR kích hoạt thiết bị kiosk" }),
      values: {},
    };
  },
);
