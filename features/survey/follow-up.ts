import { createHmac, timingSafeEqual } from "node:crypto";
import { satisfiedValues } from "@/features/survey/instruments";

/**
 * The follow-up of a dissatisfied quick answer ("what went wrong", a comment, a request for a reply) is
 * offered only to the browser that has just given that answer: the submission hands it a signed token
 * naming the response (in the thank-you page's address), and the follow-up needs it. A script cannot
 * attach comments — the feedback items managers must answer — to other people's answers, to satisfied or
 * flagged ones, or twice.
 */
export const FOLLOW_UP_TOKEN_TTL_MS = 2 * 60 * 60_000;
export const FOLLOW_UP_TOKEN = /^[0-9a-z]{1,12}\.[0-9a-z]{1,12}\.[A-Za-z0-9_-]{43}$/;

function mac(secret: string, responseId: number, issuedAt: number): string {
  return createHmac("sha256", secret).update(`follow-up:${responseId}:${issuedAt}`).digest("base64url");
}

export function followUpToken(responseId: number, secret: string, nowMs: number): string {
  return `${responseId.toString(36)}.${nowMs.toString(36)}.${mac(secret, responseId, nowMs)}`;
}

/** The response a token names, or null when it is malformed, forged or older than its TTL. */
export function readFollowUpToken(
  token: string | null | undefined,
  secret: string,
  nowMs: number,
): number | null {
  if (!token || !FOLLOW_UP_TOKEN.test(token)) return null;
  const [id36 = "", issued36 = "", given = ""] = token.split(".");
  const responseId = Number.parseInt(id36, 36);
  const issuedAt = Number.parseInt(issued36, 36);
  if (!Number.isSafeInteger(responseId) || !Number.isSafeInteger(issuedAt)) return null;
  if (issuedAt > nowMs + 60_000 || nowMs - issuedAt > FOLLOW_UP_TOKEN_TTL_MS) return null;
  const expected = Buffer.from(mac(secret, responseId, issuedAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? responseId : null;
}

export interface FollowUpCandidate {
  /** The quick question's answer; null for other questionnaires. */
  quickValue: number | null;
  scaleSize: number;
  flagged: boolean;
  /** Set once the follow-up was given. */
  reasons: string[] | null;
}

/** Only an unflagged answer below the top two levels, and only once. */
export function mayFollowUp(r: FollowUpCandidate): boolean {
  return (
    r.quickValue !== null &&
    !satisfiedValues(r.scaleSize).includes(r.quickValue) &&
    !r.flagged &&
    r.reasons === null
  );
}
