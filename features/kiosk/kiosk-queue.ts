/**
 * The kiosk's outbox: answers wait in the device's storage until the server has them. Every item carries
 * the idempotency key of its response, so sending one twice (a lost reply, a replayed queue) stores it once.
 * No React, no DOM beyond a Storage-like object: unit-tested in kiosk-queue.test.ts. The survey pages' own
 * script carries it too, for answers a phone could not send (public/js/survey.js, scripts/survey-script.ts).
 */

export const QUEUE_STORAGE_KEY = "hl_kiosk_queue";

export interface QueueItem {
  /** The response's idempotency key, plus ":follow-up" for the follow-up of a "Không hài lòng". */
  id: string;
  url: string;
  body: Record<string, unknown>;
}

/** What happened to one send: stored (or already stored), refused for good, or to be tried again later. */
export type SendOutcome = "sent" | "rejected" | "retry";

export interface QueueStore {
  read(): QueueItem[];
  write(items: QueueItem[]): void;
}

export function storageQueue(storage: Pick<Storage, "getItem" | "setItem">): QueueStore {
  return {
    read() {
      try {
        const items: unknown = JSON.parse(storage.getItem(QUEUE_STORAGE_KEY) ?? "[]");
        return Array.isArray(items) ? items.filter(isQueueItem) : [];
      } catch {
        return [];
      }
    },
    write(items) {
      storage.setItem(QUEUE_STORAGE_KEY, JSON.stringify(items));
    },
  };
}

function isQueueItem(value: unknown): value is QueueItem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" && typeof v.url === "string" && typeof v.body === "object" && v.body !== null
  );
}

export function enqueue(store: QueueStore, item: QueueItem): number {
  const items = store.read().filter((i) => i.id !== item.id);
  items.push(item);
  store.write(items);
  return items.length;
}

/**
 * Sends the queue oldest first, one at a time; stops at the first item to retry so order is kept
 * (a follow-up never arrives before its answer). Re-reads storage after every send, so answers queued
 * meanwhile are never overwritten. Returns how many items still wait.
 */
export async function flushQueue(
  store: QueueStore,
  send: (item: QueueItem) => Promise<SendOutcome>,
): Promise<number> {
  for (;;) {
    const next = store.read()[0];
    if (!next) return 0;
    const outcome = await send(next);
    if (outcome === "retry") return store.read().length;
    store.write(store.read().filter((i) => i.id !== next.id));
  }
}

/** Maps an HTTP status to an outcome: 2xx stored, 4xx refused for good (except timeouts and throttling). */
export function outcomeOfStatus(status: number): SendOutcome {
  if (status >= 200 && status < 300) return "sent";
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return "rejected";
  return "retry";
}

/** A random idempotency key; crypto.randomUUID exists only in secure contexts (a kiosk may be on plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
