// One cache for all instances (docs/OPERATIONS.md#scaling-out). Every process keeps its cached pages
// (server/isr-cache-handler.mjs), a one-second micro-cache (server/micro-cache.mjs) and short-lived
// lookups (db/memo.ts) in memory. A change that must reach them is a *signal*: a list of tags — Next.js's
// cache tags (`_N_T_/vi/don-vi/<slug>` for a path) or `memo:<name>` for a lookup. The process that makes
// the change applies it at once and publishes it through the database (db/cache-signals.ts); every other
// process reads it there within a poll interval and applies it the same way.
//
// The state lives on globalThis: this file is loaded natively by server.mjs and by Next.js's cache handler,
// and bundled again into the app's server code, and all of them must see one state.
import { randomUUID } from "node:crypto";

const KEY = Symbol.for("hailong.cache-signals");

/**
 * An entry written less than this after a revalidation of one of its tags still counts as older than the
 * change: the render that produced it may have read the database before the change committed and finished
 * after the signal arrived. Such pages are rendered once more instead of being kept for a day.
 */
export const RENDER_SLACK_MS = 1000;
/** How long a revalidation is remembered; cached entries it concerns are dropped when it arrives. */
const REMEMBER_MS = 60 * 60_000;

function state() {
  globalThis[KEY] ??= {
    origin: randomUUID(),
    revalidated: new Map(),
    listeners: new Map(),
    publisher: undefined,
    unpublished: [],
    onError: undefined,
    flushing: undefined,
    prunedAt: 0,
  };
  return globalThis[KEY];
}

/** This process's name on the signals it publishes (so it does not apply its own twice). */
export function cacheSignalOrigin() {
  return state().origin;
}

/** When a tag was last revalidated in this process's view (local clock), or undefined. */
export function revalidatedAt(tag) {
  return state().revalidated.get(tag);
}

/**
 * The staleness rule: an entry written at `writtenAt` (local ms) with these tags is stale when any of them
 * was revalidated after it was written, or less than RENDER_SLACK_MS before. Pure given `lookup`.
 */
export function isStale(tags, writtenAt, lookup = revalidatedAt) {
  for (const tag of tags) {
    const at = lookup(tag);
    if (at !== undefined && writtenAt < at + RENDER_SLACK_MS) return true;
  }
  return false;
}

/** Registers (or replaces) what a cache does when tags are revalidated; one listener per name. */
export function onCacheSignal(name, listener) {
  state().listeners.set(name, listener);
}

/** Applies revalidated tags in this process: remembers when, and lets every cache forget what they touch. */
export function applyCacheSignals(tags, at = Date.now()) {
  const s = state();
  if (tags.length === 0) return;
  for (const tag of tags) s.revalidated.set(tag, Math.max(at, s.revalidated.get(tag) ?? 0));
  for (const listener of s.listeners.values()) {
    try {
      listener(tags);
    } catch (error) {
      s.onError?.(error);
    }
  }
  if (at - s.prunedAt > REMEMBER_MS / 4) {
    s.prunedAt = at;
    for (const [tag, when] of s.revalidated) if (when < at - REMEMBER_MS) s.revalidated.delete(tag);
  }
}

/** Who writes signals for the other instances (db/cache-signals.ts, once the server has started). */
export function setCacheSignalPublisher(publisher, onError) {
  const s = state();
  s.publisher = publisher;
  s.onError = onError;
}

/**
 * Publishes what is waiting, after any publication under way (so a caller resolves only once its own tags
 * are written); on failure they wait for the next try (the poller calls this on every tick), so a change is
 * never lost to a busy database.
 */
export function flushCacheSignals() {
  const s = state();
  s.flushing = (s.flushing ?? Promise.resolve()).then(async () => {
    if (!s.publisher || s.unpublished.length === 0) return;
    const tags = [...new Set(s.unpublished)];
    s.unpublished = [];
    try {
      await s.publisher(tags);
    } catch (error) {
      s.unpublished.push(...tags);
      s.onError?.(error);
    }
  });
  return s.flushing;
}

/**
 * A change that cached pages or lookups must learn: applied in this process at once, published to the
 * others through the database (when a publisher is set: in a server, not in tests or scripts). Resolves
 * once published (or queued again after a failure); never rejects.
 */
export function signalCacheChange(tags) {
  const list = [...new Set(tags)];
  if (list.length === 0) return Promise.resolve();
  applyCacheSignals(list);
  const s = state();
  if (!s.publisher) return Promise.resolve();
  s.unpublished.push(...list);
  return flushCacheSignals();
}
