import type { LRUCache } from "lru-cache";

interface Entry {
  value: unknown;
  lastModified: number;
  cacheControl: unknown;
  tags: string[];
}
export function cachedEntries(): LRUCache<string, Entry>;
export function entryTags(value: unknown, ctx?: { tags?: string[] }): string[];
export default class IsrCacheHandler {
  constructor(options?: unknown);
  get(
    key: string,
    ctx?: { softTags?: string[] },
  ): Promise<{ lastModified: number; value: unknown; cacheControl: unknown } | null>;
  set(
    key: string,
    value: unknown,
    ctx?: { tags?: string[]; fetchCache?: boolean; cacheControl?: unknown },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
