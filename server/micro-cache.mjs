// Micro-cache: citizen disclosure pages are already cached by Next.js (ISR) and revalidated on demand; holding
// the finished bytes for a second in front of Next.js serves a QR-scan rush at plain-server speed. A change
// signalled in any instance empties it (server/cache-signals.mjs), and it keeps nothing longer than
// MICROCACHE_MS anyway. 0 disables it.
import { onCacheSignal } from "./cache-signals.mjs";

const MICROCACHE_MS = Number(process.env.MICROCACHE_MS ?? 1000);
const MICROCACHE_ENTRIES = 1000;
const microCache = new Map();
const microCacheable = /^\/(vi|en)\/don-vi\/[^?]*$/;
/** Per-request headers that must not be replayed to another request. */
const PER_REQUEST = new Set(["x-request-id"]);

export function microCacheKey(req) {
  if (MICROCACHE_MS <= 0 || req.method !== "GET" || req.headers.rsc || req.headers["next-router-prefetch"])
    return null;
  if (!microCacheable.test(req.url ?? "")) return null;
  return `${/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? "gz" : "id"} ${req.url}`;
}

export function serveFromMicroCache(key, res) {
  const hit = microCache.get(key);
  if (!hit || hit.expires < Date.now()) return false;
  res.writeHead(hit.status, hit.headers);
  res.end(hit.body);
  return true;
}

/** Passes the response through untouched while keeping a copy of a 200 that Next.js served from its cache. */
export function recordForMicroCache(key, res) {
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") {
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    }
  };
  res.write = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    return write(chunk, encoding, cb);
  };
  res.end = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    if (res.statusCode === 200 && res.getHeader("x-nextjs-cache") === "HIT" && !res.hasHeader("set-cookie")) {
      if (microCache.size >= MICROCACHE_ENTRIES) microCache.delete(microCache.keys().next().value);
      const headers = Object.fromEntries(
        Object.entries(res.getHeaders()).filter(([name]) => !PER_REQUEST.has(name)),
      );
      microCache.set(key, {
        expires: Date.now() + MICROCACHE_MS,
        status: 200,
        headers,
        body: Buffer.concat(chunks),
      });
    }
    return end(chunk, encoding, cb);
  };
}

/** Forgets every kept page: called on every cache signal, from this instance or another one. */
export function forget() {
  microCache.clear();
}

onCacheSignal("micro-cache", forget);
