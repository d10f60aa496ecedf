import { LRUCache } from "lru-cache";

/**
 * Keeps the results of a lookup for `ttlMs` in a bounded LRU, for hot paths (every survey submission)
 * that read data changing rarely. Concurrent misses share one query; "not found" is not kept.
 */
export function memoizeLookup<V extends object>(
  lookup: (key: string) => Promise<V | undefined>,
  { ttlMs, max = 5000 }: { ttlMs: number; max?: number },
): { get(key: string): Promise<V | undefined>; clear(): void } {
  const cache = new LRUCache<string, V>({ max, ttl: ttlMs, fetchMethod: (key) => lookup(key) });
  return { get: (key) => cache.fetch(key), clear: () => cache.clear() };
}
