import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SUBMISSION_BYTES } from "@/features/survey/submission";
import { bodyRequest, newIdempotencyKey, type RouteHandler, storedTotals } from "@/test/submission-kit";
import { fixtureLinks, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The fast path (what server.mjs answers POST /api/v1/responses with) against the route handler, on the
// same requests: the same statuses, errors, redirects, cookies and stored rows — one implementation, two
// envelopes. The fast path is driven through a real HTTP server on loopback.

let testDb: TestDatabase;
let POST: RouteHandler;
let server: Server;
let base: string;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedSurveyFixture(testDb.db);
  ({ POST } = await import("@/app/api/v1/responses/route"));
  const { handleFastSubmission, isFastSubmission } = await import("./fast-submissions");
  server = createServer((req, res) => {
    if (!isFastSubmission(req)) {
      res.writeHead(418);
      res.end();
      return;
    }
    handleFastSubmission(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await testDb?.close();
});

interface Sent {
  body: string;
  contentType: string | null;
  headers?: Record<string, string>;
}

interface Seen {
  status: number;
  type: string | null;
  location: string | null;
  cookie: boolean;
  body: unknown;
}

async function seen(res: Response): Promise<Seen> {
  const text = await res.text();
  const type = res.headers.get("content-type");
  let body: unknown = text;
  if (type?.includes("json")) {
    const json = JSON.parse(text) as Record<string, unknown>;
    // Ids and the thank-you page's token differ from one request to the next; their shape does not.
    body = {
      ...json,
      ...("id" in json ? { id: typeof json.id } : {}),
      ...("next" in json ? { next: String(json.next).replace(/t=[^&]+/, "t=…") } : {}),
    };
  } else if (type?.includes("html")) {
    body = text.replace(/\s+/g, " ").slice(0, 400);
  }
  return {
    status: res.status,
    type,
    location: res.headers.get("location")?.replace(/t=[^&]+/, "t=…") ?? null,
    cookie: (res.headers.get("set-cookie") ?? "").includes("="),
    body,
  };
}

async function both(make: () => Sent): Promise<{ route: Seen; fast: Seen }> {
  const a = make();
  const route = await seen(await POST(bodyRequest(a.body, a.contentType, a.headers)));
  const b = make();
  const headers = new Headers(b.headers);
  if (b.contentType !== null) headers.set("content-type", b.contentType);
  const fast = await seen(
    await fetch(`${base}/api/v1/responses`, { method: "POST", body: b.body, headers, redirect: "manual" }),
  );
  return { route, fast };
}

const quick = (over: Record<string, unknown> = {}) => ({
  body: JSON.stringify({
    link: fixtureLinks.unit,
    idempotencyKey: newIdempotencyKey(),
    instrument: "quick",
    answers: { quick: 3 },
    channel: "poster",
    ...over,
  }),
  contentType: "application/json",
});

describe("the submission fast path answers as the route does", () => {
  it("stores a JSON answer (201), with the device cookie, and counts it once", async () => {
    const before = await storedTotals(testDb);
    const { route, fast } = await both(() => quick());
    expect(fast).toEqual(route);
    expect(fast).toMatchObject({ status: 201, cookie: true, body: { id: "number", duplicate: false } });
    const after = await storedTotals(testDb);
    expect(after.responses - before.responses).toBe(2);
    expect(after.dailyCount - before.dailyCount).toBe(2);
  });

  it("answers a replay with the stored answer (200) and stores nothing", async () => {
    const key = newIdempotencyKey();
    await POST(bodyRequest(quick({ idempotencyKey: key }).body, "application/json"));
    const before = await storedTotals(testDb);
    const { route, fast } = await both(() => quick({ idempotencyKey: key }));
    expect(fast).toEqual(route);
    expect(fast).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(await storedTotals(testDb)).toEqual(before);
  });

  it.each([
    ["broken JSON", { body: "{", contentType: "application/json" }, 400],
    ["no link", { body: JSON.stringify({ answers: { quick: 1 } }), contentType: "application/json" }, 400],
    ["a value off the scale", quick({ answers: { quick: 9 } }), 400],
    ["an unknown link", quick({ link: "ZZZZ99" }), 404],
    ["a disabled link", quick({ link: fixtureLinks.disabled }), 404],
    ["plain text", { body: "quick=3", contentType: "text/plain" }, 415],
    ["no content type", { body: "{}", contentType: null }, 415],
    [
      "a body over the limit",
      { body: "x".repeat(MAX_SUBMISSION_BYTES + 1), contentType: "application/json" },
      413,
    ],
  ])("refuses %s the same way", async (_name, sent, status) => {
    const before = await storedTotals(testDb);
    const { route, fast } = await both(() => sent as Sent);
    expect(fast).toEqual(route);
    expect(fast.status).toBe(status);
    expect(await storedTotals(testDb)).toEqual(before);
  });

  it("says a refusal in the language asked for", async () => {
    const { route, fast } = await both(() => ({
      ...quick({ answers: { quick: 9 } }),
      headers: { "accept-language": "en-GB,en;q=0.8" },
    }));
    expect(fast).toEqual(route);
    expect(JSON.stringify(fast.body)).toMatch(/[a-z]/);
    expect(JSON.stringify(fast.body)).not.toMatch(/[ăâđêôơư]/i);
  });

  it("a form without JavaScript: 303 to the thank-you page; with a bad value, back to the survey", async () => {
    const form = (value: string) => () => ({
      body: new URLSearchParams({
        link: fixtureLinks.unit,
        idempotencyKey: newIdempotencyKey(),
        instrument: "quick",
        value,
        channel: "poster",
        lang: "vi",
      }).toString(),
      contentType: "application/x-www-form-urlencoded",
    });
    const ok = await both(form("3"));
    expect(ok.fast).toEqual(ok.route);
    expect(ok.fast.status).toBe(303);
    expect(ok.fast.location).toMatch(new RegExp(`^/vi/danh-gia/${fixtureLinks.unit}/cam-on\\?t=`));
    const bad = await both(form("7"));
    expect(bad.fast).toEqual(bad.route);
    expect(bad.fast.status).toBe(400);
  });

  it("a form sent by the page's script (Accept: JSON) gets the page to go to", async () => {
    const { route, fast } = await both(() => ({
      body: new URLSearchParams({
        link: fixtureLinks.unit,
        idempotencyKey: newIdempotencyKey(),
        instrument: "quick",
        value: "2",
        channel: "poster",
        lang: "en",
      }).toString(),
      contentType: "application/x-www-form-urlencoded",
      headers: { accept: "application/json" },
    }));
    expect(fast).toEqual(route);
    expect(fast).toMatchObject({ status: 201, body: { next: expect.stringMatching(/^\/en\/danh-gia\//) } });
  });
});
