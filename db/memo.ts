import { LRUCache } from "lru-cache";
import { onCacheSignal, signalCacheChange } from "@/server/cache-signals.mjs";

const globalForMemo = globalThis as unknown as { hailongMemos?: Map<string, LRUCache<string, object>> };

/** The cache signal (server/cache-signals.mjs) that empties the lookup of this name in every instance. */
export function memoTag(name: string): string {
  return `memo:${name}`;
}

onCacheSignal("memo", (tags) => {
  for (const tag of tags) {
    if (tag.startsWith("memo:")) globalForMemo.hailongMemos?.get(tag.slice("memo:".length))?.clear();
  }
});

/**
 * Keeps the results of a lookup for `ttlMs` in a bounded LRU, for hot paths (every survey submission)
 * that read data changing rarely. Concurrent misses share one query; "not found" is not kept. Caches are
 * per process, shared by name: the bundler may load this module more than once (pages, actions, route
 * handlers), and clearing after a change must reach every copy. `clear()` empties it here at once and, in
 * a server, in every other instance within a poll of the cache signals (db/cache-signals.ts); the promise
 * resolves once the signal is written.
 */
export function memoizeLookup<V extends object>(
  name: string,
  lookup: (key: string) => Promise<V | undefined>,
  { ttlMs, max = 5000 }: { ttlMs: number; max?: number },
): { get(key: string): Promise<V | undefined>; clear(): Promise<void> } {
  globalForMemo.hailongMemos ??= new Map();
  const caches = globalForMemo.hailongMemos;
  const cache =
    (caches.get(name) as LRUCache<string, V> | undefined) ??
    new LRUCache<string, V>({ max, ttl: ttlMs, fetchMethod: (key) => lookup(key) });
  caches.set(name, cache as unknown as LRUCache<string, object>);
  return { get: (key) => cache.fetch(key), clear: () => signalCacheChange([memoTag(name)]) };
}
