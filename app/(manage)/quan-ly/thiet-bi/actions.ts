"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { activationPath, RESET_SECONDS } from "@/features/kiosk/kiosk";
import { createDevice, reissueDeviceActivation } from "@/features/kiosk/server/devices";
import type { ActionState } from "@/lib/action";
import { publicUrl } from "@/lib/env";
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

const ACTIVATION_SHOWN_ONCE =
  "Mở đường dẫn kích hoạt dưới đây trên máy tính bảng (hoặc quét mã QR). Đường dẫn chỉ hiển thị một lần và chỉ dùng được một lần. / Open this activation link on the tablet: it is shown once and works once.";

function activationLink(token: string) {
  const activationUrl = publicUrl(activationPath(token));
  return { activationUrl, activationQr: qrSvg(activationUrl, { title: "Mã QR kích hoạt thiết bị kiosk" }) };
}

/**
 * A unit administrator registers a kiosk tablet. What is shown once is a one-time activation link (and
 * its QR code) to open on the tablet; opening it makes the device's own token. Only hashes are stored.
 */
export const createDeviceAction = managerAction<typeof createSchema, DeviceState>(
  createSchema,
  async (data, manager) => {
    const outcome = await createDevice(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath("/quan-ly/thiet-bi");
    return {
      message: `Đã đăng ký thiết bị. ${ACTIVATION_SHOWN_ONCE}`,
      ...activationLink(outcome.value.activationToken),
      values: {},
    };
  },
);

const reissueSchema = z.object({ id: z.coerce.number().int().positive().max(2_000_000_000) });

/**
 * A new one-time activation link for a registered device (the tablet was reset, replaced, or its link was
 * lost): the device's current cookie stops working at once, until the new link is opened on a tablet.
 */
export const reissueActivationAction = managerAction<typeof reissueSchema, DeviceState>(
  reissueSchema,
  async (data, manager) => {
    const outcome = await reissueDeviceActivation(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    const device = outcome.value;
    revalidatePath("/quan-ly/thiet-bi");
    return {
      message: `Đã tạo đường dẫn kích hoạt mới cho ${device.name}; thiết bị đang dùng phải kích hoạt lại. ${ACTIVATION_SHOWN_ONCE}`,
      ...activationLink(device.activationToken),
      values: {},
    };
  },
);
