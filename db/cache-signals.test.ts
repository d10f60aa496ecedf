import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheSignalOrigin, revalidatedAt } from "@/server/cache-signals.mjs";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Two instances on one database, in one process: "this" instance is the module's origin, the other one
// publishes under its own origin.
let t: TestDatabase;
let signals: typeof import("./cache-signals");
const OTHER = "instance-b";

beforeAll(async () => {
  t = await openTestDatabase();
  signals = await import("./cache-signals");
});
afterAll(async () => {
  await t?.close();
});

describe("cache signals through the database", () => {
  it("an instance applies what another one published, once, and never its own twice", async () => {
    await signals.recordCacheSignals(["_N_T_/old"], { origin: OTHER, now: Date.now() - 60_000 });
    // First read: starts after the newest row; only the last few seconds are applied.
    const start = await signals.applyNewCacheSignals(undefined);
    expect(start).toBe(await t.count("cache_signals"));
    expect(revalidatedAt("_N_T_/old")).toBeUndefined();

    await signals.recordCacheSignals(["_N_T_/vi/don-vi/a", "memo:public-feed"], { origin: OTHER });
    await signals.recordCacheSignals(["_N_T_/mine"], { origin: cacheSignalOrigin() });
    const before = Date.now();
    const last = await signals.applyNewCacheSignals(start);
    expect(last).toBe(start + 3);
    expect(revalidatedAt("_N_T_/vi/don-vi/a")).toBeGreaterThanOrEqual(before);
    expect(revalidatedAt("_N_T_/mine")).toBeUndefined();
    // Nothing new: nothing applied again.
    const applied = revalidatedAt("_N_T_/vi/don-vi/a");
    expect(await signals.applyNewCacheSignals(last)).toBe(last);
    expect(revalidatedAt("_N_T_/vi/don-vi/a")).toBe(applied);
  });

  it("a lookup cleared in one instance is read afresh in the other", async () => {
    const { memoizeLookup, memoTag } = await import("./memo");
    let reads = 0;
    const lookup = memoizeLookup("test-lookup", async (key) => ({ key, read: ++reads }), { ttlMs: 60_000 });
    expect(await lookup.get("x")).toEqual({ key: "x", read: 1 });
    expect(await lookup.get("x")).toEqual({ key: "x", read: 1 });
    const last = await signals.applyNewCacheSignals(undefined);
    await signals.recordCacheSignals([memoTag("test-lookup")], { origin: OTHER });
    await signals.applyNewCacheSignals(last);
    expect(await lookup.get("x")).toEqual({ key: "x", read: 2 });
  });

  it("the running poller publishes this instance's changes and prunes rows older than an hour", async () => {
    const stop = signals.startCacheSignals({ intervalMs: 20 });
    try {
      await signals.recordCacheSignals(["_N_T_/ancient"], {
        origin: OTHER,
        now: Date.now() - signals.KEEP_MS - 1,
      });
      const { memoizeLookup, memoTag } = await import("./memo");
      await memoizeLookup("published", async () => ({}), { ttlMs: 1000 }).clear();
      const rows = await t.client.execute("SELECT tag, origin FROM cache_signals ORDER BY id DESC LIMIT 1");
      expect(rows.rows[0]).toMatchObject({ tag: memoTag("published"), origin: cacheSignalOrigin() });
      expect(
        Number(
          (await t.client.execute("SELECT count(*) FROM cache_signals WHERE tag = '_N_T_/ancient'"))
            .rows[0]?.[0],
        ),
      ).toBe(0);

      // Another instance's edit reaches this one within a few polls.
      await signals.recordCacheSignals(["_N_T_/vi/don-vi/b"], { origin: OTHER });
      const deadline = Date.now() + 2000;
      while (revalidatedAt("_N_T_/vi/don-vi/b") === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(revalidatedAt("_N_T_/vi/don-vi/b")).toBeDefined();
    } finally {
      stop();
    }
  });
});
