import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, localDay } from "@/lib/time";
import { logStatements, ROLLUP_READ } from "@/test/statement-log";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The public board and the JSON feed take any period from a script without cookies: whatever it asks, the
// counts kept of settled days must stay within COUNTS_CACHE_MB of memory.

const BUDGET_MB = 4;
let testDb: TestDatabase;
const TODAY = localDay(new Date());

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap and array buffers in use after a full collection. */
function memoryInUse(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

beforeAll(async () => {
  process.env.COUNTS_CACHE_MB = String(BUDGET_MB);
  testDb = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  delete process.env.COUNTS_CACHE_MB;
  await testDb?.close();
});

async function reader() {
  const { rollupNodeCounts, forgetSettledCounts } = await import("./settled-counts");
  const { listFigureInstruments } = await import("./index-figures");
  const { instrumentMap } = await import("../index-engine");
  const { countLayout } = await import("../node-counts");
  const layout = countLayout(instrumentMap(await listFigureInstruments()), { quickOnly: true });
  const read = (ids: readonly number[], range: { from: string; to: string }) =>
    rollupNodeCounts(
      ids,
      range,
      { includeFlagged: false },
      { byMonth: false, quickOnly: true },
      layout,
      TODAY,
    );
  return { read, forgetSettledCounts };
}

describe("kept counts of settled days", () => {
  it("stay within COUNTS_CACHE_MB however many distinct periods before any answer a script asks for", async () => {
    const { read, forgetSettledCounts } = await reader();
    // A national mean reads every node: thousands of ids in each question.
    const country = Array.from({ length: 6000 }, (_, i) => 100_000 + i);
    const day = (i: number) => addDays("2001-01-01", i);
    for (let i = 0; i < 10; i++) await read(country, { from: day(i), to: day(i) });
    forgetSettledCounts();
    const before = memoryInUse();
    for (let i = 0; i < 4000; i++) {
      const counts = await read(country, { from: day(i), to: day(i + (i % 7)) });
      expect(counts.size).toBe(0);
    }
    const grown = memoryInUse() - before;
    expect(grown / 2 ** 20, "megabytes kept").toBeLessThan(BUDGET_MB * 1.5);
    forgetSettledCounts();
  }, 120_000);

  it("are one store per process, however many copies of the module the bundler loads", async () => {
    // A production build loads this module once for the pages and again for the route handlers (the JSON
    // feed): two module instances in one process, which must share one budget and one set of counts.
    const pages = await reader();
    vi.resetModules();
    const routeHandlers = await reader();
    const nodes = Array.from({ length: 50 }, (_, i) => 700_000 + i);
    const range = { from: "2002-03-01", to: "2002-03-31" };
    pages.forgetSettledCounts();
    await pages.read(nodes, range);
    const log = logStatements(testDb.client);
    try {
      await routeHandlers.read(nodes, range);
      expect(log.statements().filter((s) => ROLLUP_READ.test(s))).toEqual([]);
    } finally {
      log.restore();
    }
    routeHandlers.forgetSettledCounts();
  });

  it("stay within COUNTS_CACHE_MB when full of counts (the quick figure of 5,000 nodes a period)", async () => {
    const { read, forgetSettledCounts } = await reader();
    const quick = Number(
      (await testDb.client.execute("SELECT id FROM instruments WHERE key = 'quick' AND status = 'published'"))
        .rows[0]?.id,
    );
    const nodes = Array.from({ length: 5000 }, (_, i) => 500_000 + i);
    const answered = addDays(TODAY, -3);
    await testDb.client.execute({
      sql: `INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
            SELECT value, ?, ?, 'quick', 0, 1, 2, 3, 0, 0 FROM json_each(?)`,
      args: [answered, quick, JSON.stringify(nodes)],
    });
    forgetSettledCounts();
    const before = memoryInUse();
    const kept = [];
    for (let i = 0; i < 12; i++) {
      const counts = await read(nodes, { from: addDays(answered, -i), to: answered });
      expect(counts.get("")?.size).toBe(nodes.length);
      kept.push(counts);
    }
    kept.length = 0;
    const grown = memoryInUse() - before;
    expect(grown / 2 ** 20, "megabytes kept").toBeLessThan(BUDGET_MB * 1.25);
    // Still kept within the budget: the latest period again reads nothing.
    const log = logStatements(testDb.client);
    try {
      await read(nodes, { from: addDays(answered, -11), to: answered });
      expect(log.statements().filter((s) => ROLLUP_READ.test(s))).toEqual([]);
    } finally {
      log.restore();
    }
    forgetSettledCounts();
  }, 120_000);
});
