"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { activationPath, RESET_SECONDS } from "@/features/kiosk/kiosk";
import { createDevice, reissueDeviceActivation } from "@/features/kiosk/server/devices";
import { phrase } from "@/i18n/phrase";
import type { ActionState } from "@/lib/action";
import { publicUrl } from "@/lib/env";
import { qrSvg } from "@/lib/qr";

export type DeviceState = ActionState & { activationUrl?: string; activationQr?: string };

/** Names RESET_SECONDS' bounds (messages.test.ts checks that they agree). */
const resetError = "devices.errors.resetSeconds";

const createSchema = z.object({
  unitId: z.coerce.number({ error: "devices.errors.unit" }).int().positive({ error: "devices.errors.unit" }),
  counterId: z
    .string()
    .regex(/^\d{0,9}$/, { error: "devices.errors.counter" })
    .optional()
    .transform((v) => (v ? Number(v) : null)),
  name: z
    .string()
    .trim()
    .min(1, { error: "devices.errors.nameRequired" })
    .max(100, { error: "devices.errors.nameTooLong" }),
  resetSeconds: z.coerce
    .number({ error: resetError })
    .int({ error: resetError })
    .min(RESET_SECONDS.min, { error: resetError })
    .max(RESET_SECONDS.max, { error: resetError }),
});

/** The one-time link and its QR code, titled in the manager's language. */
async function activationLink(token: string) {
  const t = await getTranslations("devices");
  const activationUrl = publicUrl(activationPath(token));
  return { activationUrl, activationQr: qrSvg(activationUrl, { title: t("activationQr") }) };
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
      message: phrase("devices.created"),
      ...(await activationLink(outcome.value.activationToken)),
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
      message: phrase("devices.reissued", { name: device.name }),
      ...(await activationLink(device.activationToken)),
      values: {},
    };
  },
);
