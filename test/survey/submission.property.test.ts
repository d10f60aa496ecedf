import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Expected, mutationOf, validPayload, withFreshKey } from "@/test/submission-arbitraries";
import {
  bodyRequest,
  expectJsonRefusal,
  expectStored,
  formRequest,
  jsonRequest,
  newIdempotencyKey,
  type RouteHandler,
  storedTotals,
} from "@/test/submission-kit";
import { fixtureLinks, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The real route handler against a real, migrated libSQL file: any payload ends as a stored response or
// a 4xx naming the problem — never a 5xx, never a partial row.

let testDb: TestDatabase;
let POST: RouteHandler;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedSurveyFixture(testDb.db);
  ({ POST } = await import("@/app/api/v1/responses/route"));
});

afterAll(async () => {
  await testDb?.close();
});

const PROPERTY_TIMEOUT = 60_000;

/** Any outcome but a crash: stored (201/200) or refused (4xx, nothing written). */
/** Any outcome but a crash: stored (201, or 200 for a replay) or refused (4xx, nothing written). */
async function expectStoredOrRefused(req: Request): Promise<void> {
  const before = await storedTotals(testDb);
  const res = await POST(req);
  expect(res.status).toBeLessThan(500);
  if (res.status === 201 || res.status === 200) {
    const after = await storedTotals(testDb);
    expect(after.responses - before.responses).toBe(res.status === 201 ? 1 : 0);
  } else {
    await expectJsonRefusal(testDb, res, before);
  }
}

function namesField(fields: Record<string, string>, field: string): boolean {
  return Object.keys(fields).some((k) => k === field || k.startsWith(`${field}.`));
}

async function expectOutcome(payload: unknown, expected: Expected): Promise<void> {
  const before = await storedTotals(testDb);
  const res = await POST(jsonRequest(payload));
  if (expected.kind === "refused") {
    const body = await expectJsonRefusal(testDb, res, before);
    expect(res.status).toBe(expected.status);
    if (expected.field !== undefined) {
      expect(body.error.fields, `fields should name ${expected.field}`).toSatisfy(
        (f: Record<string, string>) => namesField(f, expected.field ?? ""),
      );
    }
    return;
  }
  const { stored } = await expectStored(testDb, res, before, expected.answers);
  const p = payload as { comment?: string; website?: string; channel?: string; reasons?: string[] };
  expect(stored.comment).toBe(p.comment?.trim() || null);
  expect(stored.flagged).toBe(Boolean(p.website?.trim()));
  // "kiosk" and "receipt" need a registered device or a dossier's token: claimed alone they count as web.
  const trusted = p.channel === "kiosk" || p.channel === "receipt" ? "web" : p.channel;
  expect(stored.channel).toBe(trusted ?? "web");
  expect(stored.reasons).toEqual(p.reasons?.length ? [...new Set(p.reasons)].sort() : null);
}

describe("POST /api/v1/responses, JSON", () => {
  it(
    "stores every valid submission with exactly its answers",
    async () => {
      await fc.assert(
        fc.asyncProperty(validPayload, async (p) => {
          await expectOutcome(withFreshKey(p, newIdempotencyKey()), { kind: "stored", answers: p.answers });
        }),
        { numRuns: 50 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "refuses a submission with one flaw with a 4xx naming the field, and writes nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(validPayload.chain(mutationOf), async (m) => {
          await expectOutcome(withFreshKey(m.payload, newIdempotencyKey()), m.expected);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "answers any JSON value with a 4xx or a stored response, never a 5xx",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          await expectStoredOrRefused(jsonRequest(value));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "answers any body with any content type with a 4xx, never a 5xx",
    async () => {
      const contentTypes = [
        "application/json",
        "application/json; charset=utf-8",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
        null,
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.json()),
          fc.constantFrom(...contentTypes),
          async (body, contentType) => {
            const before = await storedTotals(testDb);
            const res = await POST(bodyRequest(body, contentType));
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(await storedTotals(testDb)).toEqual(before);
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

const formNames = [
  "link",
  "idempotencyKey",
  "value",
  "instrument",
  "channel",
  "lang",
  "website",
  "receipt",
  "a:I.1",
  "a:V.3",
  "a:quick",
  "a:",
  "a:__proto__",
  "__proto__",
];
const formValues = [
  "0",
  "1",
  "2",
  "3",
  "5",
  "6",
  "-1",
  "1.5",
  "0x2",
  "",
  " 2 ",
  "service",
  "quick",
  "en",
  "kiosk",
  fixtureLinks.unit,
  "aaaa22",
  "<script>alert(1)</script>",
  "'); DROP TABLE responses;--",
];

describe("POST /api/v1/responses, plain HTML form", () => {
  it(
    "answers any form with a redirect or an escaped 4xx page, never a 5xx or a partial row",
    async () => {
      const field = fc.oneof(fc.constantFrom(...formNames), fc.string({ maxLength: 20 }));
      const value = fc.oneof(fc.constantFrom(...formValues), fc.string({ unit: "grapheme", maxLength: 40 }));
      await fc.assert(
        fc.asyncProperty(fc.dictionary(field, value, { maxKeys: 8 }), fc.boolean(), async (extra, based) => {
          const base: Record<string, string> = based
            ? { link: fixtureLinks.unit, idempotencyKey: newIdempotencyKey(), value: "2" }
            : {};
          const before = await storedTotals(testDb);
          const res = await POST(formRequest({ ...base, ...extra }));
          const after = await storedTotals(testDb);
          expect(res.status).toBeLessThan(500);
          if (res.status === 303) {
            expect(res.headers.get("location")).toMatch(/^\/(vi|en)\//);
            expect(after.responses - before.responses).toBeLessThanOrEqual(1);
            return;
          }
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(after).toEqual(before);
          expect(res.headers.get("content-type")).toMatch(/^text\/html/);
          const html = await res.text();
          expect(html).toContain('role="alert"');
          expect(html).not.toMatch(/<script/i);
          for (const [, href] of html.matchAll(/href="([^"]*)"/g))
            expect(href).toMatch(/^\/(vi|en)\/danh-gia\//);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("links back only to a survey page, even when the link code needs trimming", async () => {
    const before = await storedTotals(testDb);
    const res = await POST(
      formRequest({
        link: " aaaa22 ",
        idempotencyKey: newIdempotencyKey(),
        instrument: "service",
        "a:I.1": "9",
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("answers.I.1");
    expect(html).not.toContain('href="null');
    expect(await storedTotals(testDb)).toEqual(before);
  });
});
