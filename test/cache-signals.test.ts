import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  applyCacheSignals,
  flushCacheSignals,
  isStale,
  RENDER_SLACK_MS,
  setCacheSignalPublisher,
  signalCacheChange,
} from "../server/cache-signals.mjs";
import IsrCacheHandler, { cachedEntries } from "../server/isr-cache-handler.mjs";
import { microCacheKey, recordForMicroCache, serveFromMicroCache } from "../server/micro-cache.mjs";

const PAGE_TAG = "_N_T_/vi/don-vi/phuong-a/thu-tuc/P1";

/** A cached procedure page as Next.js hands it to the handler: its tags in the x-next-cache-tags header. */
function page(html: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/[lang]/layout,${PAGE_TAG}` },
    status: 200,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T08:00:00Z"));
  cachedEntries().clear();
  setCacheSignalPublisher(undefined);
});
afterEach(() => {
  vi.useRealTimers();
  setCacheSignalPublisher(undefined);
});

describe("the staleness rule", () => {
  const at = (tag: string) => (tag === "t" ? 10_000 : undefined);

  it("makes an entry stale when one of its tags was revalidated after it was written", () => {
    expect(isStale(["x", "t"], 9_000, at)).toBe(true);
    expect(isStale(["x"], 9_000, at)).toBe(false);
    expect(isStale([], 9_000, at)).toBe(false);
  });

  it("counts an entry written just after the revalidation as older: its render may have read before the change", () => {
    expect(isStale(["t"], 10_000 + RENDER_SLACK_MS - 1, at)).toBe(true);
    expect(isStale(["t"], 10_000 + RENDER_SLACK_MS, at)).toBe(false);
  });
});

describe("the ISR cache handler", () => {
  it("serves what it was given until a tag of the entry is revalidated, then renders afresh", async () => {
    const handler = new IsrCacheHandler();
    await handler.set("/vi/don-vi/phuong-a/thu-tuc/P1", page("old"), { cacheControl: { revalidate: 86400 } });
    const hit = await handler.get("/vi/don-vi/phuong-a/thu-tuc/P1", {});
    expect(hit?.value).toMatchObject({ html: "old" });
    expect(hit?.cacheControl).toEqual({ revalidate: 86400 });

    // Another path's revalidation leaves it alone.
    vi.advanceTimersByTime(5_000);
    applyCacheSignals(["_N_T_/vi/don-vi/phuong-b"]);
    expect((await handler.get("/vi/don-vi/phuong-a/thu-tuc/P1", {}))?.value).toMatchObject({ html: "old" });

    // A signal from another instance (applied by the poller) drops it.
    applyCacheSignals([PAGE_TAG]);
    expect(await handler.get("/vi/don-vi/phuong-a/thu-tuc/P1", {})).toBeNull();
    expect(cachedEntries().size).toBe(0);

    // Re-rendered within the slack: rendered again; later: kept.
    await handler.set("/vi/don-vi/phuong-a/thu-tuc/P1", page("new"), {});
    expect(await handler.get("/vi/don-vi/phuong-a/thu-tuc/P1", {})).toBeNull();
    vi.advanceTimersByTime(RENDER_SLACK_MS);
    await handler.set("/vi/don-vi/phuong-a/thu-tuc/P1", page("new"), {});
    expect((await handler.get("/vi/don-vi/phuong-a/thu-tuc/P1", {}))?.value).toMatchObject({ html: "new" });
  });

  it("checks the soft tags a read names and the tags an entry was set with", async () => {
    const handler = new IsrCacheHandler();
    await handler.set(
      "fetch-key",
      { kind: "FETCH", data: { body: "x" } },
      { tags: ["feed"], fetchCache: true },
    );
    expect(await handler.get("fetch-key", { softTags: ["_N_T_/vi"] })).not.toBeNull();
    vi.advanceTimersByTime(5_000);
    applyCacheSignals(["_N_T_/vi"]);
    expect(await handler.get("fetch-key", { softTags: ["_N_T_/vi"] })).toBeNull();
    await handler.set("fetch-key", { kind: "FETCH", data: {} }, { tags: ["feed"], fetchCache: true });
    vi.advanceTimersByTime(5_000);
    await handler.revalidateTag("feed");
    expect(await handler.get("fetch-key", {})).toBeNull();
  });

  it("revalidates here at once and resolves only once the signal is published for the other instances", async () => {
    const published: string[][] = [];
    let release = () => {};
    setCacheSignalPublisher(async (tags) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      published.push([...tags]);
    });
    const handler = new IsrCacheHandler();
    await handler.set("/p", page("old"), {});
    vi.advanceTimersByTime(5_000);
    let done = false;
    const revalidating = handler.revalidateTag([PAGE_TAG]).then(() => {
      done = true;
    });
    expect(await handler.get("/p", {})).toBeNull();
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await revalidating;
    expect(published).toEqual([[PAGE_TAG]]);
  });
});

describe("publishing signals", () => {
  it("keeps what could not be written and writes it on the next try", async () => {
    const published: string[][] = [];
    let fail = true;
    const errors: unknown[] = [];
    setCacheSignalPublisher(
      async (tags) => {
        if (fail) throw new Error("database is locked");
        published.push([...tags]);
      },
      (error) => errors.push(error),
    );
    await signalCacheChange(["a", "a", "b"]);
    expect(published).toEqual([]);
    expect(errors).toHaveLength(1);
    fail = false;
    await flushCacheSignals();
    expect(published).toEqual([["a", "b"]]);
    await flushCacheSignals();
    expect(published).toHaveLength(1);
  });
});

describe("the micro-cache", () => {
  /** A response as server.mjs hands it on: Next.js served it from its cache. */
  function fakeResponse() {
    const headers: Record<string, string> = { "x-nextjs-cache": "HIT", "content-type": "text/html" };
    const sent: { status?: number; body?: unknown } = {};
    return {
      sent,
      statusCode: 200,
      write: () => true,
      end(chunk?: unknown) {
        sent.body = chunk;
        return this;
      },
      writeHead(status: number) {
        sent.status = status;
        return this;
      },
      getHeader: (name: string) => headers[name],
      hasHeader: (name: string) => name in headers,
      getHeaders: () => headers,
    };
  }

  it("forgets every page on a cache signal", () => {
    const req = { method: "GET", url: "/vi/don-vi/phuong-a", headers: { "accept-encoding": "gzip" } };
    const key = microCacheKey(req as never);
    expect(key).not.toBeNull();
    const first = fakeResponse();
    recordForMicroCache(key as string, first as never);
    first.end("<html>old</html>");
    const second = fakeResponse();
    expect(serveFromMicroCache(key as string, second as never)).toBe(true);
    expect(second.sent.body).toEqual(Buffer.from("<html>old</html>"));
    applyCacheSignals(["_N_T_/vi/don-vi/phuong-a"]);
    expect(serveFromMicroCache(key as string, fakeResponse() as never)).toBe(false);
  });
});
