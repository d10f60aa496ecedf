import { createHash } from "node:crypto";

/**
 * Sign-in throttling, counted in the database (rate_counters) so every app instance shares the counts.
 * Each attempt is counted *before* the password is checked (so parallel guesses cannot slip past a
 * read-then-write race) and refunded when it succeeds: what stays counted are failures and refusals.
 * A window starts at the first counted attempt and lasts WINDOW_MS; over the limit every attempt is
 * refused — even with the right password — until the window has passed.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

export interface SignInLimit {
  key: string;
  max: number;
}

/** Per account: 5 failures in 15 minutes. Per client address: 30 (one office behind NAT shares one). */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 30;

export function accountKey(email: string): string {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
  return `sign-in:account:${digest}`;
}

export function clientKey(address: string): string {
  return `sign-in:client:${address}`;
}

export function signInLimits(email: string, address: string | null): SignInLimit[] {
  const limits = [{ key: accountKey(email), max: MAX_FAILURES_PER_ACCOUNT }];
  // Without a known address there is no client bucket: one shared bucket would let anyone lock out all.
  if (address) limits.push({ key: clientKey(address), max: MAX_FAILURES_PER_CLIENT });
  return limits;
}

/**
 * The client's address: the last X-Forwarded-For entry, i.e. the one the nearest proxy saw (Next.js fills
 * the header from the socket when no proxy set it). A client can forge earlier entries, not that one.
 */
export function clientAddress(headers: Headers | undefined): string | null {
  const forwarded = headers?.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const address = forwarded || headers?.get("x-real-ip")?.trim();
  return address && address.length <= 100 ? address : null;
}

export interface CountedAttempt {
  max: number;
  count: number;
  windowStart: number;
}

/** Seconds until every exhausted bucket has reopened, or null when the attempt may go on. */
export function retryAfterSeconds(attempts: readonly CountedAttempt[], nowMs: number): number | null {
  const blocked = attempts.filter((a) => a.count > a.max);
  if (blocked.length === 0) return null;
  const reopensAt = Math.max(...blocked.map((a) => a.windowStart + SIGN_IN_WINDOW_MS));
  return Math.max(1, Math.ceil((reopensAt - nowMs) / 1000));
}

export function throttledMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return (
    `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút. / ` +
    `Too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`
  );
}
