import "server-only";
import { randomBytes } from "node:crypto";
import { parse, serialize } from "cookie";
import { phrase } from "@/i18n/phrase";
import { env } from "@/lib/env";
import { HttpError } from "@/lib/http";
import { sha256 } from "@/lib/secrets";
import { DEVICE_TOKEN, KIOSK_COOKIE } from "../kiosk";
import { type ActiveDevice, getActiveDeviceByToken } from "./queries";

/** A kiosk device token (URL-safe, 192 bits): held only in the kiosk's cookie, stored hashed. */
export function newDeviceToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: sha256(token) };
}

/**
 * A one-time activation token (same shape), shown once in the activation link; opening the link makes
 * a fresh device token for the cookie, so the link is worth nothing afterwards.
 */
export const newActivationToken = newDeviceToken;

/** The device token hash of a device not (yet, or no longer) activated: of a random value nobody holds. */
export function unheldTokenHash(): string {
  return newDeviceToken().hash;
}

/** HttpOnly, SameSite=Lax, whole site, 400 days (the longest browsers keep a cookie); Secure over https. */
export function kioskCookie(token: string): string {
  return serialize(KIOSK_COOKIE, token, {
    path: "/",
    maxAge: 400 * 24 * 3600,
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(env().PUBLIC_BASE_URL).protocol === "https:",
  });
}

async function deviceOfToken(token: string | undefined): Promise<ActiveDevice | undefined> {
  if (!token || !DEVICE_TOKEN.test(token)) return undefined;
  return getActiveDeviceByToken(token);
}

/** The active device of a request's kiosk cookie, or undefined when the browser is not a kiosk. */
export async function kioskDeviceFromCookie(
  headers: Pick<Headers, "get">,
): Promise<ActiveDevice | undefined> {
  return deviceOfToken(parse(headers.get("cookie") ?? "")[KIOSK_COOKIE]);
}

/**
 * For submissions: the kiosk device of the request, undefined without a kiosk cookie, and a 403 when the
 * cookie names a revoked or unknown device, so a revoked tablet's answers are refused, never miscounted.
 */
export async function requireValidKioskCookie(
  headers: Pick<Headers, "get">,
): Promise<ActiveDevice | undefined> {
  const token = parse(headers.get("cookie") ?? "")[KIOSK_COOKIE];
  if (token === undefined) return undefined;
  const device = await deviceOfToken(token);
  if (!device) {
    throw new HttpError(403, "kiosk_revoked", phrase("errors.api.kiosk_revoked"));
  }
  return device;
}
