import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { parse, serialize } from "cookie";
import { z } from "zod";

/**
 * Velocity limits against ballot stuffing. They flag, never drop: a response over a limit is stored,
 * marked with the limit's reason, left out of indices by default and listed for managers.
 * Counting happens in the database (rate_counters), in the response's own transaction, so every app
 * instance shares the same counts and a replayed submission never counts twice.
 */
export interface VelocityCheck {
  /** Counter key, e.g. "device:<hash>" or "link:AB12CD". */
  key: string;
  windowMs: number;
  /** Responses allowed in one window; the next one is flagged. */
  max: number;
  /** Stored as the response's flag reason. */
  reason: string;
}

const limit = z.strictObject({
  max: z.int().min(1).max(100_000),
  windowMinutes: z
    .int()
    .min(1)
    .max(7 * 24 * 60),
});

/** Settings row `survey.velocity` (JSON); any part left out keeps its default. */
export const velocityLimitsSchema = z.strictObject({
  /** A phone or browser, recognised by its signed device cookie. */
  browser: limit,
  /** A registered counter kiosk: one device serves every citizen at that counter. */
  kiosk: limit,
  /** A short link (poster QR), whatever device answers through it. */
  link: limit,
});
export type VelocityLimits = z.infer<typeof velocityLimitsSchema>;

export const DEFAULT_VELOCITY_LIMITS: VelocityLimits = {
  browser: { max: 5, windowMinutes: 60 },
  kiosk: { max: 40, windowMinutes: 10 },
  link: { max: 120, windowMinutes: 10 },
};

export function parseVelocityLimits(value: unknown): VelocityLimits {
  const parsed = velocityLimitsSchema.partial().safeParse(value);
  return { ...DEFAULT_VELOCITY_LIMITS, ...(parsed.success ? parsed.data : {}) };
}

export interface SubmissionSource {
  /** Salted hash of the browser's device cookie, when it has one. */
  deviceHash: string | null;
  kioskDeviceId: number | null;
  linkCode: string;
  /** Receipt links are single-use per dossier: no link limit needed. */
  viaReceipt: boolean;
}

export function velocityChecks(source: SubmissionSource, limits: VelocityLimits): VelocityCheck[] {
  const minutes = (m: number) => m * 60_000;
  const checks: VelocityCheck[] = [];
  if (source.kioskDeviceId !== null) {
    checks.push({
      key: `kiosk:${source.kioskDeviceId}`,
      windowMs: minutes(limits.kiosk.windowMinutes),
      max: limits.kiosk.max,
      reason: "velocity_kiosk",
    });
  } else if (source.deviceHash) {
    checks.push({
      key: `device:${source.deviceHash}`,
      windowMs: minutes(limits.browser.windowMinutes),
      max: limits.browser.max,
      reason: "velocity_device",
    });
  }
  if (!source.viaReceipt) {
    checks.push({
      key: `link:${source.linkCode}`,
      windowMs: minutes(limits.link.windowMinutes),
      max: limits.link.max,
      reason: "velocity_link",
    });
  }
  return checks;
}

// ---------------------------------------------------------------- device cookie

/** HttpOnly cookie naming a browser: a random id and its HMAC, so it cannot be forged or enumerated. */
export const DEVICE_COOKIE = "hl_dev";
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

function mac(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url");
}

export function newDeviceCookie(secret: string): { id: string; value: string } {
  const id = randomBytes(16).toString("base64url");
  return { id, value: `${id}.${mac(secret, `device-cookie:${id}`)}` };
}

/**
 * The browser's device id from its request's signed cookie; a browser without a valid one gets a new id
 * and the Set-Cookie header that gives it to the browser.
 */
export function browserDevice(
  cookieHeader: string | null,
  secret: string,
  secure: boolean,
): { id: string; setCookie: string | null } {
  const known = readDeviceCookie(parse(cookieHeader ?? "")[DEVICE_COOKIE], secret);
  if (known) return { id: known, setCookie: null };
  const fresh = newDeviceCookie(secret);
  return {
    id: fresh.id,
    setCookie: serialize(DEVICE_COOKIE, fresh.value, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE,
    }),
  };
}

/** The device id of a well-signed cookie, or null. */
export function readDeviceCookie(value: string | undefined, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(secret, `device-cookie:${match[1]}`));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

/**
 * What is stored and counted instead of the device id: a keyed hash that changes every month (the
 * rotating salt), so stored hashes cannot be linked across months or back to the cookie.
 */
export function deviceHash(deviceId: string, secret: string, at: Date): string {
  const month = at.toISOString().slice(0, 7);
  return createHmac("sha256", secret).update(`device:${month}:${deviceId}`).digest("hex").slice(0, 32);
}

/** What managers read for each flag reason. */
export const flagReasonLabels: Record<string, string> = {
  honeypot: "Trường ẩn bị điền — dấu hiệu phần mềm tự động gửi phiếu",
  velocity_device: "Một thiết bị gửi quá nhiều phiếu trong thời gian ngắn",
  velocity_kiosk: "Máy khảo sát tại quầy gửi phiếu nhanh bất thường",
  velocity_link: "Một mã QR nhận quá nhiều phiếu trong thời gian ngắn",
};
