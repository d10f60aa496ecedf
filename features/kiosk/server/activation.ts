import "server-only";
import { DEVICE_TOKEN } from "../kiosk";
import { kioskCookie, newDeviceToken } from "./device-cookie";
import { activateDevice } from "./queries";

/**
 * Opens a one-time activation link on a tablet: the device gets a fresh token, whose hash replaces the
 * link's (atomically, audited as `device.activate` in the same transaction: of two opens only one
 * succeeds). Returns the kiosk cookie holding the new token, or undefined for a malformed, used, unknown
 * or revoked link.
 */
export async function activateKiosk(activationToken: string, now = new Date()): Promise<string | undefined> {
  if (!DEVICE_TOKEN.test(activationToken)) return undefined;
  const device = newDeviceToken();
  const activated = await activateDevice(activationToken, device.hash, now);
  return activated ? kioskCookie(device.token) : undefined;
}
