import { describe, expect, it } from "vitest";
import {
  enqueue,
  flushQueue,
  newIdempotencyKey,
  outcomeOfStatus,
  QUEUE_STORAGE_KEY,
  type QueueItem,
  type SendOutcome,
  storageQueue,
} from "./kiosk-queue";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const item = (id: string): QueueItem => ({ id, url: "/api/v1/responses", body: { idempotencyKey: id } });

describe("kiosk queue", () => {
  it("keeps items in order and replaces an item queued twice", () => {
    const store = storageQueue(memoryStorage());
    expect(enqueue(store, item("a"))).toBe(1);
    expect(enqueue(store, item("b"))).toBe(2);
    expect(enqueue(store, item("a"))).toBe(2);
    expect(store.read().map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("removes sent and rejected items, in order", async () => {
    const store = storageQueue(memoryStorage());
    for (const id of ["a", "b", "c"]) enqueue(store, item(id));
    const outcomes: Record<string, SendOutcome> = { a: "sent", b: "rejected", c: "sent" };
    const seen: string[] = [];
    const left = await flushQueue(store, async (i) => {
      seen.push(i.id);
      return outcomes[i.id] ?? "retry";
    });
    expect(seen).toEqual(["a", "b", "c"]);
    expect(left).toBe(0);
    expect(store.read()).toEqual([]);
  });

  it("stops at the first retry and keeps it and everything after it", async () => {
    const store = storageQueue(memoryStorage());
    for (const id of ["a", "b", "c"]) enqueue(store, item(id));
    const seen: string[] = [];
    const left = await flushQueue(store, async (i) => {
      seen.push(i.id);
      return i.id === "b" ? "retry" : "sent";
    });
    expect(seen).toEqual(["a", "b"]);
    expect(left).toBe(2);
    expect(store.read().map((i) => i.id)).toEqual(["b", "c"]);
  });

  it("never loses an answer queued while a send is in flight", async () => {
    const store = storageQueue(memoryStorage());
    enqueue(store, item("a"));
    const left = await flushQueue(store, async (i) => {
      if (i.id === "a") enqueue(store, item("late"));
      return i.id === "late" ? "retry" : "sent";
    });
    expect(left).toBe(1);
    expect(store.read().map((i) => i.id)).toEqual(["late"]);
  });

  it("reads broken storage as an empty queue", () => {
    expect(storageQueue(memoryStorage({ [QUEUE_STORAGE_KEY]: "{oops" })).read()).toEqual([]);
    const mixed = JSON.stringify([item("ok"), { id: 1 }, null, "x"]);
    expect(storageQueue(memoryStorage({ [QUEUE_STORAGE_KEY]: mixed })).read()).toEqual([item("ok")]);
  });

  it("maps statuses: 2xx sent, 4xx dropped, timeouts, throttling and 5xx retried", () => {
    expect([200, 201].map(outcomeOfStatus)).toEqual(["sent", "sent"]);
    expect(new Set([400, 403, 404, 413].map(outcomeOfStatus))).toEqual(new Set(["rejected"]));
    expect([408, 429, 500, 503].map(outcomeOfStatus)).toEqual(["retry", "retry", "retry", "retry"]);
  });

  it("makes keys the submission schema accepts", () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
  });
});
