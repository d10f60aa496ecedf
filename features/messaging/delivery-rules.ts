/**
 * When the outbox tries again, and what ends a message. No I/O: server/delivery.ts applies them.
 */

/** How long a claimed message is held by the instance sending it before another may try. */
export const CLAIM_MS = 60_000;

/** 30 s, 1 min, 2 min … doubling up to one hour between tries; a message is never dropped for being late. */
export function retryDelayMs(attempts: number): number {
  const base = 30_000 * 2 ** Math.max(0, attempts - 1);
  return Math.min(base, 60 * 60 * 1000);
}

/** What a transport reports: sent, worth another try later, or refused for good (a bad address). */
export type SendResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** An SMTP reply code: 5xx refuses for good (e.g. 550 no such mailbox); anything else may pass later. */
export function smtpResult(error: unknown): SendResult {
  const code =
    typeof error === "object" && error !== null && "responseCode" in error ? Number(error.responseCode) : NaN;
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, permanent: code >= 500 && code < 600, error: message.slice(0, 300) };
}

/** An HTTP answer of the text-message webhook: 2xx sent, 4xx refused for good (but 408, 429), else later. */
export function webhookResult(status: number): SendResult {
  if (status >= 200 && status < 300) return { ok: true };
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return { ok: false, permanent, error: `HTTP ${status}` };
}
