import { asc, gt, gte, lt, max } from "drizzle-orm";
import { logger } from "@/lib/log";
import {
  applyCacheSignals,
  cacheSignalOrigin,
  flushCacheSignals,
  setCacheSignalPublisher,
} from "@/server/cache-signals.mjs";
import { type Executor, getDb } from "./client";
import { cacheSignals } from "./schema";

/**
 * One cache for all instances: the signals of server/cache-signals.mjs, carried through the database.
 * A change's tags are written here right after it commits; every instance reads the rows newer than the
 * last one it saw every POLL_MS (one indexed SELECT, usually empty) and applies them. So an edit reaches
 * every instance's cached pages within POLL_MS plus one render, well inside 2 s.
 */
export const POLL_MS = 250;
/** Signals older than this are pruned (by whoever publishes); a restarting instance has empty caches. */
export const KEEP_MS = 60 * 60_000;
/** A restarted instance also applies the signals of the last few seconds: renders may straddle its start. */
const START_OVERLAP_MS = 5_000;
const BATCH = 1000;

/** Writes a change's tags for the other instances (and prunes the old rows), in one transaction. */
export async function recordCacheSignals(
  tags: readonly string[],
  {
    db = getDb(),
    now = Date.now(),
    origin = cacheSignalOrigin(),
  }: { db?: Executor; now?: number; origin?: string } = {},
): Promise<void> {
  if (tags.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(cacheSignals).values(tags.map((tag) => ({ tag, origin, at: now })));
    await tx.delete(cacheSignals).where(lt(cacheSignals.at, now - KEEP_MS));
  });
}

/**
 * Reads the other instances' signals after `afterId` and applies them at the local time they are read (the
 * publisher's clock may differ); returns the last id seen. The first read (`afterId` undefined) starts
 * after the newest row and applies those of the last few seconds: renders may straddle the start.
 */
export async function applyNewCacheSignals(
  afterId: number | undefined,
  { db = getDb(), origin = cacheSignalOrigin(), now = Date.now } = {},
): Promise<number> {
  const apply = (rows: { tag: string; origin: string }[]) => {
    const foreign = rows.filter((r) => r.origin !== origin).map((r) => r.tag);
    if (foreign.length > 0) applyCacheSignals(foreign, now());
  };
  if (afterId === undefined) {
    const [newest] = await db.select({ id: max(cacheSignals.id) }).from(cacheSignals);
    apply(
      await db
        .select({ tag: cacheSignals.tag, origin: cacheSignals.origin })
        .from(cacheSignals)
        .where(gte(cacheSignals.at, now() - START_OVERLAP_MS)),
    );
    return newest?.id ?? 0;
  }
  let last = afterId;
  for (;;) {
    const rows = await db
      .select({ id: cacheSignals.id, tag: cacheSignals.tag, origin: cacheSignals.origin })
      .from(cacheSignals)
      .where(gt(cacheSignals.id, last))
      .orderBy(asc(cacheSignals.id))
      .limit(BATCH);
    apply(rows);
    last = rows.at(-1)?.id ?? last;
    if (rows.length < BATCH) return last;
  }
}

/** Signals of this process are written for the others through `recordCacheSignals`; failures are logged. */
function publishThroughDatabase(failure: string): void {
  setCacheSignalPublisher(
    (tags) => recordCacheSignals(tags),
    (error) => logger().warn({ err: error }, failure),
  );
}

/** A console command (no poller) that changes what servers cache publishes its signals too. */
export function publishCacheSignals(): void {
  publishThroughDatabase("cache signal not published");
}

const started = globalThis as { hailongCacheSignalPoller?: () => void };

/**
 * Starts, once per process, publishing this instance's signals and applying the others' (server start,
 * instrumentation.ts). Returns a stop function (tests).
 */
export function startCacheSignals({ intervalMs = POLL_MS }: { intervalMs?: number } = {}): () => void {
  if (started.hailongCacheSignalPoller) return started.hailongCacheSignalPoller;
  const log = logger();
  publishThroughDatabase("cache signal not published yet");
  let last: number | undefined;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await flushCacheSignals();
      last = await applyNewCacheSignals(last);
    } catch (error) {
      log.warn({ err: error }, "cache signals not read");
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  const stop = () => {
    clearInterval(timer);
    setCacheSignalPublisher(undefined);
    started.hailongCacheSignalPoller = undefined;
  };
  started.hailongCacheSignalPoller = stop;
  return stop;
}
