import "server-only";
import type { Actor } from "@/features/access/permissions";
import { change, FORBIDDEN, invalid, type Outcome, type Refusal } from "@/features/access/server/change";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { newActivationToken, unheldTokenHash } from "./device-cookie";
import {
  findActiveDevice,
  getCounterUnitId,
  insertDevice,
  listCountersOfUnits,
  listDevices,
  markDeviceRevoked,
  resetDeviceActivation,
} from "./queries";

const DEVICE_NOT_FOUND: Refusal = {
  reason: "not_found",
  message: phrase("devices.errors.notFound"),
};

/** The devices of the units the actor administers, those units, and their counters (for the device form). */
export async function devicesOf(actor: Actor) {
  const editable = [...actor.editableUnitIds];
  const [devices, units, counters] = await Promise.all([
    listDevices(editable),
    listUnitsByIds(editable),
    listCountersOfUnits(editable),
  ]);
  return { devices, units, counters };
}

/** The raw token of a one-time activation link: returned once, stored as a hash. */
export interface Activation {
  activationToken: string;
}

/**
 * Registers a kiosk tablet of a unit the actor administers (at one of its counters, or none). What is
 * returned once is the token of its one-time activation link; opening the link on the tablet makes the
 * device's own token (server/device-cookie.ts). Only hashes are stored.
 */
export async function createDevice(
  actor: Actor,
  input: { unitId: number; counterId: number | null; name: string; resetSeconds: number },
): Promise<Outcome<Activation>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    if (input.counterId !== null && (await getCounterUnitId(tx, input.counterId)) !== input.unitId) {
      return refuse(
        invalid("counterId", phrase("devices.errors.counterOfOtherUnit"), phrase("common.form.fixErrors")),
      );
    }
    const activation = newActivationToken();
    const id = await insertDevice(tx, {
      unitId: input.unitId,
      counterId: input.counterId,
      name: input.name,
      tokenHash: unheldTokenHash(),
      activationTokenHash: activation.hash,
      resetSeconds: input.resetSeconds,
    });
    audit({
      action: "device.create",
      entity: "device",
      entityId: String(id),
      unitId: input.unitId,
      details: { name: input.name, counterId: input.counterId, resetSeconds: input.resetSeconds },
    });
    return { activationToken: activation.token };
  });
}

/**
 * A new one-time activation link for a registered device (the tablet was reset, replaced, or its link was
 * lost): the device's current cookie stops working at once, until the new link is opened on a tablet. A
 * revoked device, or one of a unit the actor does not administer, is refused alike.
 */
export async function reissueDeviceActivation(
  actor: Actor,
  input: { id: number },
): Promise<Outcome<Activation & { name: string }>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const device = await findActiveDevice(tx, input.id);
    if (!device) return refuse(FORBIDDEN);
    authorize({ permission: "unit.administer", unitId: device.unitId });
    const activation = newActivationToken();
    const reset = await resetDeviceActivation(tx, device.id, {
      activationTokenHash: activation.hash,
      placeholderTokenHash: unheldTokenHash(),
    });
    if (!reset) return refuse(FORBIDDEN);
    audit({ action: "device.reissue", entity: "device", entityId: String(device.id), unitId: device.unitId });
    return { activationToken: activation.token, name: device.name };
  });
}

/**
 * Revokes an active device of a unit the actor administers: its cookie and any unused activation link stop
 * working. Any other device (or a revoked one) is "not found".
 */
export async function revokeDevice(actor: Actor, input: { id: number }): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const device = await findActiveDevice(tx, input.id);
    if (!device) return refuse(DEVICE_NOT_FOUND);
    authorize({ permission: "unit.administer", unitId: device.unitId }, DEVICE_NOT_FOUND);
    if (!(await markDeviceRevoked(tx, device.id))) return refuse(DEVICE_NOT_FOUND);
    audit({ action: "device.revoke", entity: "device", entityId: String(device.id), unitId: device.unitId });
  });
}
