import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { addDays, earlierDay, localDay } from "@/lib/time";
import type { DayRange, FigureFilters } from "../dashboard-params";
import { addCells, addNodeCounts, type CountLayout, type NodeCounts } from "../node-counts";
import { listRollupCells, type RollupCountOptions } from "./count-queries";
import { readRollupState } from "./rollups";

/**
 * Pooled counts of rollup nodes over a day range, with the counts of settled days kept in memory.
 *
 * Answers are stamped with the day they arrive (features/survey/server/submit.ts), so the counts of every
 * day before today are settled: only a burst's decision, a deletion or an import changes them later. Views
 * of a national tree read hundreds of thousands of counts per period (the mean rollup, the ranking of every
 * commune, the 12-month trend); reading the settled days once and today's on every request keeps them
 * fast.
 *
 * The database knows which days are settled (`rollup_state.settled_through`, moved up to yesterday by the
 * first read of a day) and bumps `rollup_state.settled_version` by trigger on any change to the counts of
 * such a day (migration 0017). Kept counts are keyed by that version, the rollups' build time and the
 * question asked, so every instance drops them at the next read after a change, wherever it was made.
 */

export interface SettledState {
  /** Whether the rollups match the unit tree (nothing is kept otherwise). */
  valid: boolean;
  builtAt: number;
  /** Last settled day (local), or "" when none. */
  through: string;
  version: number;
}

async function readState(): Promise<SettledState | undefined> {
  const state = await readRollupState();
  return (
    state && {
      valid: state.valid,
      builtAt: state.builtAt,
      through: state.settledThrough,
      version: state.settledVersion,
    }
  );
}

/**
 * The settled days as the database records them, moved up to the day before `today` first when behind (one
 * write a day). The version is read after that move, before any count is read: a change committed later
 * bumps it.
 */
export async function settledState(today: string = localDay(new Date())): Promise<SettledState> {
  const yesterday = addDays(today, -1);
  let state = await readState();
  if (state?.valid && state.through < yesterday) {
    try {
      await getDb().run(
        sql`UPDATE rollup_state SET settled_through = ${yesterday} WHERE id = 1 AND settled_through < ${yesterday}`,
      );
      state = await readState();
    } catch (error) {
      // A database that refuses the write (busy past its timeout, read-only) costs speed, not figures: the
      // days it records as settled stay as they were, and only those are kept.
      logger().warn({ err: error }, "settled days not moved up");
    }
  }
  if (!state) return { valid: false, builtAt: 0, through: "", version: 0 };
  // Another instance's clock may be ahead: a day is settled here only once it is over here too.
  return { ...state, through: state.through === "" ? "" : earlierDay(state.through, yesterday) };
}

type MonthCounts = ReadonlyMap<string, ReadonlyMap<number, Float64Array>>;

/**
 * What a kept entry costs (measured on Node 20 with --expose-gc): a node's vector in its Map ≈ 240 bytes
 * besides its numbers (a quick-only vector is 24 bytes of numbers in 264); a month's Map ≈ 200; the entry
 * itself (the cache's slots and expiry timer, the outer Map) ≈ 1 KB besides its key. Counting the key and
 * the entry keeps an instance within COUNTS_CACHE_MB however many distinct periods a script asks for,
 * answers or none (settled-counts.test.ts).
 */
const VECTOR_BYTES = 240;
const MONTH_BYTES = 256;
const ENTRY_BYTES = 1024;

function bytesOf(counts: MonthCounts, key: string): number {
  let bytes = ENTRY_BYTES + 2 * key.length;
  for (const nodes of counts.values()) {
    bytes += MONTH_BYTES;
    for (const vector of nodes.values()) bytes += vector.byteLength + VECTOR_BYTES;
  }
  return bytes;
}

interface Question {
  nodeIds: readonly number[];
  range: DayRange;
  filters: FigureFilters;
  options: RollupCountOptions;
  layout: CountLayout;
}

async function readNodeCounts({ nodeIds, range, filters, options, layout }: Question): Promise<MonthCounts> {
  const counts = new Map<string, NodeCounts>();
  for (const { nodeId, cells } of await listRollupCells(nodeIds, range, filters, options)) {
    addCells(counts, nodeId, cells, layout, {
      byMonth: options.byMonth,
      includeFlagged: filters.includeFlagged ?? false,
    });
  }
  return counts;
}

type KeptCounts = LRUCache<string, MonthCounts, Question>;

/**
 * Kept counts of settled days, at most COUNTS_CACHE_MB (a national tree's mean over 13 months is ≈ 52 MB).
 * Made on first use, so that the setting is read at run time. One store per process: a production build
 * loads this module once for the pages and again for the route handlers (the JSON feed), and each copy
 * must not keep its own (settled-counts.test.ts).
 */
const globalForCounts = globalThis as unknown as { hailongSettledCounts?: KeptCounts | null };

function keptCounts(): KeptCounts | null {
  if (globalForCounts.hailongSettledCounts === undefined) {
    const megabytes = env().COUNTS_CACHE_MB;
    globalForCounts.hailongSettledCounts =
      megabytes === 0
        ? null
        : new LRUCache<string, MonthCounts, Question>({
            maxSize: megabytes * 1024 * 1024,
            sizeCalculation: bytesOf,
            ttl: 30 * 60_000,
            ttlAutopurge: true,
            fetchMethod: (_key, _stale, { context }) => readNodeCounts(context),
          });
  }
  return globalForCounts.hailongSettledCounts;
}

function keyOf(state: SettledState, q: Question): string {
  return JSON.stringify([
    state.builtAt,
    state.version,
    q.layout.key,
    q.range,
    q.filters.includeFlagged ?? false,
    q.filters.instrumentKey ?? null,
    q.options.byMonth,
    q.options.quickOnly,
    q.options.facets ?? null,
    // A national mean names every node (tens of kilobytes): kept as a digest.
    createHash("sha256").update(q.nodeIds.join(",")).digest("base64url"),
  ]);
}

/**
 * Pooled counts of `nodeIds` over `range` (per month with `byMonth`, else under ""): the settled days from
 * memory when asked before, the rest from the rollups. The result may be the kept counts themselves: read
 * it, never change it.
 */
export async function rollupNodeCounts(
  nodeIds: readonly number[],
  range: DayRange,
  filters: FigureFilters,
  options: RollupCountOptions,
  layout: CountLayout,
  today: string = localDay(new Date()),
): Promise<MonthCounts> {
  const question = { nodeIds, range, filters, options, layout };
  const state = await settledState(today);
  const settledTo = state.valid && state.through !== "" ? earlierDay(range.to, state.through) : "";
  const settled = settledTo !== "" && settledTo >= range.from ? { from: range.from, to: settledTo } : null;
  // Answers are stamped with the day they arrive: no day after today has any (a trend to the end of the
  // month would otherwise read the whole month and take the days to come away again).
  const live = {
    from: settled ? addDays(settled.to, 1) : range.from,
    to: earlierDay(range.to, today),
  };
  const cache = keptCounts();
  if (!settled || !cache) {
    return range.from <= live.to
      ? readNodeCounts({ ...question, range: { from: range.from, to: live.to } })
      : new Map();
  }
  const liveCounts = live.from <= live.to ? await readNodeCounts({ ...question, range: live }) : new Map();
  const settledCounts = await cache.fetch(keyOf(state, { ...question, range: settled }), {
    context: { ...question, range: settled },
  });
  if (!settledCounts) throw new Error("settled counts could not be read");
  if (liveCounts.size === 0) return settledCounts;
  const months = new Set([...settledCounts.keys(), ...liveCounts.keys()]);
  return new Map([...months].map((m) => [m, addNodeCounts(settledCounts.get(m), liveCounts.get(m))]));
}

/** Forgets every kept count (tests). */
export function forgetSettledCounts(): void {
  globalForCounts.hailongSettledCounts?.clear();
}
