import "server-only";
import { randomUUID } from "node:crypto";
import { retryDelayMs } from "../delivery-rules";
import { claimDueMessages, claimOutboxLease, markNotSent, markSent } from "./outbox";
import { configuredChannels, send } from "./transports";

/**
 * Sends what the outbox holds: after each commit that queued something (`wakeDelivery`) and every few
 * seconds, on the one instance that holds the outbox lease. A message is marked sent only after its
 * transport accepted it; a failure is tried again with backoff; a crash mid-send leaves the claim to
 * expire. Unconfigured channels leave their messages waiting.
 */

const INSTANCE = randomUUID();
const LEASE_MS = 30_000;
const BATCH = 20;

export interface DeliveryRound {
  sent: number;
  retried: number;
  failed: number;
}

/** One round: take the lease, claim due messages of configured channels, send them. */
export async function deliverDueMessages(
  now = new Date(),
  owner: string = INSTANCE,
): Promise<DeliveryRound | null> {
  const round: DeliveryRound = { sent: 0, retried: 0, failed: 0 };
  const channels = configuredChannels();
  if (!channels.email && !channels.sms) return round;
  if (!(await claimOutboxLease(owner, now, LEASE_MS))) return null;
  const messages = await claimDueMessages(now, BATCH);
  for (const message of messages) {
    const result = await send(message);
    const at = new Date();
    if (result === "not_configured") {
      await markNotSent(
        message.id,
        { permanent: false, error: "not configured", nextAttemptAt: new Date(at.getTime() + 60_000) },
        at,
      );
    } else if (result.ok) {
      await markSent(message.id, at);
      round.sent++;
    } else {
      await markNotSent(
        message.id,
        { ...result, nextAttemptAt: new Date(at.getTime() + retryDelayMs(message.attempts + 1)) },
        at,
      );
      if (result.permanent) round.failed++;
      else round.retried++;
    }
  }
  return round;
}

const globalForDelivery = globalThis as unknown as { hailongDelivery?: { wake: () => void } };

/** Asks the sender to run now (after a commit that queued messages); a no-op where no sender runs. */
export function wakeDelivery(): void {
  globalForDelivery.hailongDelivery?.wake();
}

/** Starts the sender of a server process: a round every `everyMs`, and on every wake. */
export function scheduleDelivery(
  log: (message: string, fields: object) => void,
  everyMs = 5_000,
): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const round = await deliverDueMessages();
        if (round && round.sent + round.retried + round.failed > 0) log("outbox delivery", round);
      } while (again);
    } catch (error) {
      log("outbox delivery failed", { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  const every = setInterval(run, everyMs);
  every.unref();
  globalForDelivery.hailongDelivery = { wake: () => void run() };
  return () => {
    clearInterval(every);
    globalForDelivery.hailongDelivery = undefined;
  };
}
