import { createHmac } from "node:crypto";
import { type Phrase, phrase } from "@/i18n/phrase";

/**
 * Sign-in throttling (OWASP's authentication cheat sheet: lock per account *and* per origin, with a
 * higher ceiling for the account alone, so a stranger cannot lock an owner out from elsewhere), counted
 * in the database (rate_counters) so every app instance shares the counts.
 *
 * Three buckets per attempt, each a fixed window of SIGN_IN_WINDOW_MS starting at its first counted
 * attempt:
 * - pair: one account from one client — MAX_FAILURES_PER_ACCOUNT_CLIENT locks that pair only;
 * - account: one account from all clients — MAX_FAILURES_PER_ACCOUNT (much higher) locks it everywhere,
 *   against guesses spread over many addresses;
 * - client: one client across accounts — MAX_FAILURES_PER_CLIENT (password spraying; one office behind
 *   NAT shares an address, hence not lower).
 * An attempt is counted *before* the password is checked (parallel guesses cannot slip past a
 * read-then-write race). A success gives it back (and clears the pair); a refused attempt is given back
 * to every bucket that is not exhausted, so hammering a locked pair never adds up to an account lock.
 * Over a limit every attempt is refused — even with the right password — until that window has passed.
 *
 * The client is `clientHash` of the address server.mjs resolved (lib/client-identity.ts), never a header a
 * client can set; accounts are keyed by an HMAC of the e-mail. No key holds an address or an e-mail.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_CLIENT = 5;
export const MAX_FAILURES_PER_ACCOUNT = 50;
export const MAX_FAILURES_PER_CLIENT = 30;

export type SignInBucket = "pair" | "account" | "client";

export interface SignInLimit {
  bucket: SignInBucket;
  key: string;
  max: number;
}

export interface CountedAttempt extends SignInLimit {
  count: number;
  windowStart: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A keyed digest of the e-mail: counters can tell accounts apart without naming them. */
export function accountDigest(email: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`sign-in-account:${normalizeEmail(email)}`)
    .digest("hex")
    .slice(0, 32);
}

export function accountKey(digest: string): string {
  return `sign-in:account:${digest}`;
}

/** Every pair key of an account starts with this (an administrator's reset lifts them all). */
export function pairKeyPrefix(digest: string): string {
  return `sign-in:pair:${digest}:`;
}

/**
 * The buckets of one attempt. `client` is the client's hash, or null when the address is unknown (no
 * server.mjs in front, e.g. `next dev`): then there is no client bucket — one bucket shared by everyone
 * would let anyone lock out all — and the pair falls back to the account alone at the pair's limit.
 */
export function signInLimits(email: string, client: string | null, secret: string): SignInLimit[] {
  const digest = accountDigest(email, secret);
  const limits: SignInLimit[] = [
    {
      bucket: "pair",
      key: `${pairKeyPrefix(digest)}${client ?? "unknown"}`,
      max: MAX_FAILURES_PER_ACCOUNT_CLIENT,
    },
    { bucket: "account", key: accountKey(digest), max: MAX_FAILURES_PER_ACCOUNT },
  ];
  if (client)
    limits.push({ bucket: "client", key: `sign-in:client:${client}`, max: MAX_FAILURES_PER_CLIENT });
  return limits;
}

export function exhausted(attempts: readonly CountedAttempt[]): CountedAttempt[] {
  return attempts.filter((a) => a.count > a.max);
}

/** Seconds until every exhausted bucket has reopened, or null when the attempt may go on. */
export function retryAfterSeconds(attempts: readonly CountedAttempt[], nowMs: number): number | null {
  const blocked = exhausted(attempts);
  if (blocked.length === 0) return null;
  const reopensAt = Math.max(...blocked.map((a) => a.windowStart + SIGN_IN_WINDOW_MS));
  return Math.max(1, Math.ceil((reopensAt - nowMs) / 1000));
}

/** A refused attempt stays counted only where the limit is already exhausted. */
export function keysToRefundOnRefusal(attempts: readonly CountedAttempt[]): string[] {
  return attempts.filter((a) => a.count <= a.max).map((a) => a.key);
}

/** Whole minutes to wait, as the refusal says them (`access.signIn.errors.throttled`). */
export function throttledMinutes(seconds: number): number {
  return Math.ceil(seconds / 60);
}

/** What a throttled sign-in is told, and the stable code its HTTP answer carries. */
export const THROTTLED_CODE = "SIGN_IN_THROTTLED";

export function throttledPhrase(minutes: number): Phrase {
  return phrase("access.signIn.errors.throttled", { minutes });
}
