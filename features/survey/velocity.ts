import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { parse, serialize } from "cookie";
import { z } from "zod";

/**
 * Velocity limits against ballot stuffing. They flag, never drop: a response over a limit is stored,
 * marked with the limit's reason, left out of indices by default and listed for managers.
 * Counting happens in the database (rate_counters, a sliding window estimated from the current and the
 * previous fixed window), in the response's own transaction, so every app instance shares the same counts
 * and a replayed submission never counts twice.
 *
 * Who is counted (docs/abuse-control.md has the reasoning behind the numbers):
 * - a browser, by its signed device cookie — a valid one only: a request without it is no device at all;
 * - a registered kiosk, by its device;
 * - a client address (a keyed monthly hash of it, lib/client-identity.ts): every answer that does not come
 *   from a kiosk, cookie or not — a script can fetch cookies, so a cookie never buys a fresh budget —
 *   with a generous budget, since a commune centre's citizens may share one Wi-Fi address;
 * - the same client address for answers *without* a valid device cookie, with a small budget: a browser
 *   gets its cookie when it opens the survey page, so only scripts post without one.
 * What a link or a unit receives as a whole is surge detection's business (lib/surge.ts), which holds a
 * burst for review instead of flagging whoever happens to answer after a threshold.
 */
export interface VelocityCheck {
  /** Counter key, e.g. "device:<hash>:60" or "client:<hash>:10". */
  key: string;
  windowMs: number;
  /** Responses allowed in any window of that length; the next one is flagged. */
  max: number;
  /** Stored as the response's flag reason. */
  reason: FlagReason;
}

const windowLimit = z.strictObject({
  max: z.int().min(1).max(1_000_000),
  windowMinutes: z
    .int()
    .min(1)
    .max(7 * 24 * 60),
});
/** One limit, or several windows of the same kind (e.g. per 10 minutes and per hour). */
const limits = z
  .union([windowLimit, z.array(windowLimit).min(1).max(5)])
  .transform((l) => (Array.isArray(l) ? l : [l]));
export type WindowLimit = z.infer<typeof windowLimit>;

export const VELOCITY_SETTING_KEY = "survey.velocity";

/** Settings row `survey.velocity` (JSON); any kind left out keeps its default. */
export const velocityLimitsSchema = z.object({
  /** A phone or browser, recognised by its signed device cookie. */
  browser: limits,
  /** A registered counter kiosk: one device serves every citizen at that counter. */
  kiosk: limits,
  /** A client address, every answer not from a kiosk (cookie or not). */
  client: limits,
  /** A client address, answers without a valid device cookie. */
  anonymous: limits,
});
export type VelocityLimits = z.output<typeof velocityLimitsSchema>;

export const DEFAULT_VELOCITY_LIMITS: VelocityLimits = {
  browser: [{ max: 5, windowMinutes: 60 }],
  kiosk: [{ max: 40, windowMinutes: 10 }],
  client: [
    { max: 60, windowMinutes: 10 },
    { max: 240, windowMinutes: 60 },
  ],
  anonymous: [{ max: 10, windowMinutes: 60 }],
};

/** Each kind from the setting when valid, else its default (an old or broken row never disables limits). */
export function parseVelocityLimits(value: unknown): VelocityLimits {
  const source = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const out = { ...DEFAULT_VELOCITY_LIMITS };
  for (const kind of Object.keys(DEFAULT_VELOCITY_LIMITS) as Array<keyof VelocityLimits>) {
    const parsed = velocityLimitsSchema.shape[kind].safeParse(source[kind]);
    if (parsed.success) out[kind] = parsed.data;
  }
  return out;
}

/** The longest window of any limit: counters younger than that are still in use. */
export function longestVelocityWindowMs(l: VelocityLimits): number {
  return Math.max(...Object.values(l).flatMap((kind) => kind.map((w) => w.windowMinutes * 60_000)));
}

export interface SubmissionSource {
  /** Rotating hash of the browser's *valid* device cookie; null when the request had none. */
  deviceHash: string | null;
  kioskDeviceId: number | null;
  /** Rotating hash of the client's address (lib/client-identity.ts). */
  clientHash: string;
}

export const flagReasons = [
  "honeypot",
  "velocity_device",
  "velocity_kiosk",
  "velocity_client",
  "velocity_anonymous",
  "surge",
] as const;
export type FlagReason = (typeof flagReasons)[number];

function checksOf(kind: WindowLimit[], id: string, reason: FlagReason): VelocityCheck[] {
  return kind.map((w) => ({
    key: `${id}:${w.windowMinutes}`,
    windowMs: w.windowMinutes * 60_000,
    max: w.max,
    reason,
  }));
}

export function velocityChecks(source: SubmissionSource, limits: VelocityLimits): VelocityCheck[] {
  // A registered kiosk is one known device serving everyone at its counter: only its own limit.
  if (source.kioskDeviceId !== null) {
    return checksOf(limits.kiosk, `kiosk:${source.kioskDeviceId}`, "velocity_kiosk");
  }
  const checks = checksOf(limits.client, `client:${source.clientHash}`, "velocity_client");
  if (source.deviceHash) {
    checks.unshift(...checksOf(limits.browser, `device:${source.deviceHash}`, "velocity_device"));
  } else {
    checks.push(...checksOf(limits.anonymous, `anonymous:${source.clientHash}`, "velocity_anonymous"));
  }
  return checks;
}

/**
 * A sliding window estimated from two fixed windows: the previous window's count weighted by how much
 * of it the sliding window still covers, plus the current window's count.
 */
export function slidingWindowCount(
  counter: { windowStart: number; count: number; previousCount: number },
  windowMs: number,
  nowMs: number,
): number {
  const elapsed = Math.min(Math.max(nowMs - counter.windowStart, 0), windowMs);
  return counter.previousCount * (1 - elapsed / windowMs) + counter.count;
}

/** The first check whose count is over its limit, in the order the checks were made. */
export function exceededCheck(
  checks: readonly VelocityCheck[],
  counts: ReadonlyMap<string, number>,
): VelocityCheck | undefined {
  return checks.find((c) => (counts.get(c.key) ?? 0) > c.max);
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

export function deviceCookieHeader(value: string, secure: boolean): string {
  return serialize(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
}

/**
 * The browser's device: the id of its request's valid signed cookie (`known`), or — for a browser
 * without one — a new id and the Set-Cookie header that gives it to the browser (`known: false`).
 */
export function browserDevice(
  cookieHeader: string | null,
  secret: string,
  secure: boolean,
): { id: string; known: boolean; setCookie: string | null } {
  const known = readDeviceCookie(parse(cookieHeader ?? "")[DEVICE_COOKIE], secret);
  if (known) return { id: known, known: true, setCookie: null };
  const fresh = newDeviceCookie(secret);
  return { id: fresh.id, known: false, setCookie: deviceCookieHeader(fresh.value, secure) };
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

/**
 * Every flag reason managers can read about: those given now (`flagReasons`), an older one (`velocity_link`)
 * and the demo data's (`velocity`); each is the catalogue's `bursts.flagReasons.<reason>`.
 */
export const knownFlagReasons = [
  "honeypot",
  "velocity_device",
  "velocity_kiosk",
  "velocity_client",
  "velocity_anonymous",
  "velocity_link",
  "surge",
  "velocity",
] as const;
export type KnownFlagReason = (typeof knownFlagReasons)[number];

export function isKnownFlagReason(value: unknown): value is KnownFlagReason {
  return typeof value === "string" && (knownFlagReasons as readonly string[]).includes(value);
}
