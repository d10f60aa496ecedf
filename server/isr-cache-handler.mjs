// Next.js's cache of rendered pages and route responses (ISR), in this process's memory
// (`cacheHandler` in next.config.mjs). Next.js's own handler keeps entries in memory and on disk and learns
// of revalidations only in the process that made them; with several instances the others would serve a
// procedure's old legal content for up to a day. Here an entry is stale when one of its tags — its page's
// implicit path tags included — was revalidated after it was written, in this process or in another one
// (server/cache-signals.mjs: the signals every instance reads from the database). `get` reads memory only.
import { LRUCache } from "lru-cache";
import { isStale, onCacheSignal, signalCacheChange } from "./cache-signals.mjs";

const KEY = Symbol.for("hailong.isr-cache");
const MAX_BYTES = Number(process.env.ISR_CACHE_MB ?? 128) * 1024 * 1024;
/** The response header in which Next.js stores a cached page's tags (its implicit path tags included). */
const TAGS_HEADER = "x-next-cache-tags";

function sizeOf(value) {
  if (!value) return 1;
  let size = 256;
  for (const part of [value.html, value.rscData, value.body, value.postponed]) {
    if (typeof part === "string" || Buffer.isBuffer(part)) size += part.length;
  }
  if (value.segmentData instanceof Map) for (const data of value.segmentData.values()) size += data.length;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? null).length;
  return size;
}

/** The entries of this process, shared by every handler Next.js creates (one per request). */
export function cachedEntries() {
  globalThis[KEY] ??= new LRUCache({
    max: 5000,
    maxSize: MAX_BYTES,
    sizeCalculation: (e) => sizeOf(e.value),
  });
  return globalThis[KEY];
}

/** The tags an entry is revalidated by: those Next.js stored with it and those it was set with. */
export function entryTags(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const stored = typeof header === "string" && header !== "" ? header.split(",") : [];
  return [...stored, ...(ctx?.tags ?? [])];
}

// A revalidation drops the entries it concerns at once, so nothing stale outlives the memory of it.
onCacheSignal("isr", (tags) => {
  const revalidated = new Set(tags);
  const entries = cachedEntries();
  const gone = [];
  for (const [key, entry] of entries.entries()) {
    if (entry.tags.some((tag) => revalidated.has(tag))) gone.push(key);
  }
  for (const key of gone) entries.delete(key);
});

export default class IsrCacheHandler {
  // biome-ignore lint/complexity/noUselessConstructor: Next.js constructs the handler with its options.
  constructor(_options) {}

  async get(key, ctx) {
    const entry = cachedEntries().get(key);
    if (!entry) return null;
    const tags = ctx?.softTags ? [...entry.tags, ...ctx.softTags] : entry.tags;
    // Like Next.js's own handler: a revalidated entry is rendered afresh before it is served.
    if (isStale(tags, entry.lastModified)) return null;
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    cachedEntries().set(key, {
      value,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: entryTags(value, ctx),
    });
  }

  /** `revalidatePath` / `revalidateTag` of a server action: here at once, the other instances through the database. */
  async revalidateTag(tags) {
    await signalCacheChange(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
