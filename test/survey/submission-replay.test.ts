import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileTexts, validPayload, withFreshKey } from "@/test/submission-arbitraries";
import {
  bodyRequest,
  expectJsonRefusal,
  expectStored,
  formRequest,
  jsonRequest,
  newIdempotencyKey,
  type RouteHandler,
  storedResponse,
  storedTotals,
} from "@/test/submission-kit";
import { fixtureLinks, type SurveyFixture, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Replays, size limits, content types and stored text of POST /api/v1/responses, against a real database.

let testDb: TestDatabase;
let fixture: SurveyFixture;
let POST: RouteHandler;

beforeAll(async () => {
  testDb = await openTestDatabase();
  fixture = await seedSurveyFixture(testDb.db);
  ({ POST } = await import("@/app/api/v1/responses/route"));
});

afterAll(async () => {
  await testDb?.close();
});

const quick = (overrides: Record<string, unknown> = {}) => ({
  link: fixtureLinks.unit,
  idempotencyKey: newIdempotencyKey(),
  instrument: "quick",
  answers: { quick: 1 },
  ...overrides,
});

async function idsOf(responses: Response[]): Promise<number[]> {
  return Promise.all(responses.map(async (r) => ((await r.json()) as { id: number }).id));
}

describe("replaying one submission", () => {
  it("stores one row when sent 10 times in a row: 201 first, then 200 with the same id", async () => {
    const payload = quick({ comment: "Cán bộ nhiệt tình" });
    const before = await storedTotals(testDb);
    const responses: Response[] = [];
    for (let i = 0; i < 10; i++) responses.push(await POST(jsonRequest(payload)));
    expect(responses.map((r) => r.status)).toEqual([201, ...Array(9).fill(200)]);
    expect(new Set(await idsOf(responses)).size).toBe(1);
    expect(await storedTotals(testDb)).toEqual({
      responses: before.responses + 1,
      answers: before.answers + 1,
      dailyCount: before.dailyCount + 1,
    });
  });

  it("stores one row when sent 10 times at once, whatever the submission", async () => {
    await fc.assert(
      fc.asyncProperty(validPayload, async (p) => {
        const payload = withFreshKey(p, newIdempotencyKey());
        const before = await storedTotals(testDb);
        const responses = await Promise.all(Array.from({ length: 10 }, () => POST(jsonRequest(payload))));
        expect(responses.map((r) => r.status).sort()).toEqual([...Array(9).fill(200), 201]);
        const ids = await idsOf(responses);
        expect(new Set(ids).size).toBe(1);
        const stored = await storedResponse(testDb, ids[0] ?? 0);
        expect(stored?.answers).toEqual(p.answers);
        const answered = Object.values(p.answers);
        expect(await storedTotals(testDb)).toEqual({
          responses: before.responses + 1,
          answers: before.answers + answered.length,
          dailyCount: before.dailyCount + answered.filter((v) => v !== null).length,
        });
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it("stores one row for 10 plain form posts with the same key, each redirected to the thank-you page", async () => {
    const fields = {
      link: fixtureLinks.counter,
      idempotencyKey: newIdempotencyKey(),
      value: "3",
      lang: "en",
    };
    const before = await storedTotals(testDb);
    const responses = await Promise.all(Array.from({ length: 10 }, () => POST(formRequest(fields))));
    const { readFollowUpToken } = await import("@/features/survey/follow-up");
    const { authSecret } = await import("@/lib/env");
    const named = new Set<number | null>();
    for (const res of responses) {
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get("location") ?? "", "http://localhost");
      expect(location.pathname).toBe(`/en/danh-gia/${fixtureLinks.counter}/cam-on`);
      // Each thank-you page gets a token naming the one stored response (never the idempotency key).
      expect(location.search).not.toContain(fields.idempotencyKey);
      named.add(readFollowUpToken(location.searchParams.get("t"), authSecret(), Date.now()));
    }
    expect(named.size).toBe(1);
    expect([...named][0]).toEqual(expect.any(Number));
    expect((await storedTotals(testDb)).responses).toBe(before.responses + 1);
  });

  it("stores one response per receipt, even under different idempotency keys at once", async () => {
    const receipt = await fixture.addDossier(fixture.unitId);
    const before = await storedTotals(testDb);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => POST(jsonRequest(quick({ receipt, channel: "poster" })))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(9).fill(200), 201]);
    const ids = await idsOf(responses);
    expect(new Set(ids).size).toBe(1);
    const stored = await storedResponse(testDb, ids[0] ?? 0);
    expect(stored?.channel).toBe("receipt");
    expect(stored?.dossierId).not.toBeNull();
    expect((await storedTotals(testDb)).responses).toBe(before.responses + 1);
  });

  it("refuses a receipt of another unit with 404 naming the receipt", async () => {
    const receipt = await fixture.addDossier(fixture.otherUnitId);
    const before = await storedTotals(testDb);
    const body = await expectJsonRefusal(testDb, await POST(jsonRequest(quick({ receipt }))), before);
    expect(body.error.code).toBe("unknown_receipt");
    expect(Object.keys(body.error.fields)).toEqual(["receipt"]);
  });
});

describe("size and format", () => {
  const megabyte = "x".repeat(1024 * 1024);

  it("refuses a 1 MB comment with 413 and stores nothing", async () => {
    const before = await storedTotals(testDb);
    const res = await POST(jsonRequest(quick({ comment: megabyte })));
    expect(res.status).toBe(413);
    expect((await expectJsonRefusal(testDb, res, before)).error.code).toBe("payload_too_large");
  });

  it("refuses a body announced as 1 MB before reading it", async () => {
    const before = await storedTotals(testDb);
    const body = JSON.stringify(quick({ comment: megabyte }));
    const res = await POST(
      jsonRequest(quick({ comment: megabyte }), { "content-length": String(body.length) }),
    );
    expect(res.status).toBe(413);
    await expectJsonRefusal(testDb, res, before);
  });

  it("refuses a 1 MB plain form with 413 on an HTML page", async () => {
    const before = await storedTotals(testDb);
    const res = await POST(
      formRequest({
        link: fixtureLinks.unit,
        idempotencyKey: newIdempotencyKey(),
        value: "2",
        website: megabyte,
      }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await storedTotals(testDb)).toEqual(before);
  });

  it("refuses a comment one character over the limit with 400 naming the comment", async () => {
    const before = await storedTotals(testDb);
    const res = await POST(jsonRequest(quick({ comment: "x".repeat(2001) })));
    expect(res.status).toBe(400);
    expect(Object.keys((await expectJsonRefusal(testDb, res, before)).error.fields)).toEqual(["comment"]);
  });

  it("refuses other content types with 415", async () => {
    for (const contentType of ["text/plain", "multipart/form-data; boundary=x", "application/xml", null]) {
      const before = await storedTotals(testDb);
      const res = await POST(bodyRequest(JSON.stringify(quick()), contentType));
      expect(res.status).toBe(415);
      expect((await expectJsonRefusal(testDb, res, before)).error.code).toBe("unsupported_media_type");
    }
  });

  it("refuses malformed JSON with 400", async () => {
    for (const body of ["", "{", '{"link":', "{link: 'AAAA22'}", "[1,]", "\u0000"]) {
      const before = await storedTotals(testDb);
      const res = await POST(bodyRequest(body, "application/json"));
      expect(res.status).toBe(400);
      expect((await expectJsonRefusal(testDb, res, before)).error.code).toBe("invalid_json");
    }
  });
});

/**
 * The oracle, written from the rule rather than taken from the app: text can be kept as typed when it
 * holds no NUL (it would cut the stored text short) and is well-formed UTF-16 — every high surrogate
 * (D800–DBFF) directly followed by a low one (DC00–DFFF), no low one without its high one (a lone half
 * would be stored as U+FFFD). Walks the code units one by one.
 */
function keptAsTyped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return false;
    if (unit >= 0xdc00 && unit <= 0xdfff) return false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 1;
    }
  }
  return true;
}

describe("stored text", () => {
  it("stores HTML and SQL in a comment verbatim", async () => {
    for (const comment of hostileTexts) {
      const before = await storedTotals(testDb);
      const res = await POST(jsonRequest(quick({ comment })));
      const { stored } = await expectStored(testDb, res, before, { quick: 1 });
      expect(stored.comment).toBe(comment);
    }
    expect(await testDb.count("responses")).toBeGreaterThan(0);
  });

  it("refuses a comment with a NUL or a lone surrogate, which the database would not keep as typed", async () => {
    for (const comment of ["before\u0000after", "\u0000", "half \ud83d pair", "\udc00"]) {
      const before = await storedTotals(testDb);
      const res = await POST(jsonRequest(quick({ comment })));
      expect(res.status).toBe(400);
      expect(Object.keys((await expectJsonRefusal(testDb, res, before)).error.fields)).toEqual(["comment"]);
    }
  });

  it("the test's own oracle of storable text follows the rule, on hand-picked cases", () => {
    expect(keptAsTyped("")).toBe(true);
    expect(keptAsTyped("Hài lòng 😀 <b>đậm</b>")).toBe(true);
    expect(keptAsTyped("\ud83d\ude00")).toBe(true); // a whole pair
    expect(keptAsTyped("\u0001\u007f\ufffd\uffff")).toBe(true);
    expect(keptAsTyped("a\u0000")).toBe(false);
    expect(keptAsTyped("\ud83d")).toBe(false); // high half at the end
    expect(keptAsTyped("\ud83d a")).toBe(false); // high half, then no low half
    expect(keptAsTyped("a \ude00")).toBe(false); // low half alone
    expect(keptAsTyped("\ude00\ud83d")).toBe(false); // the halves in the wrong order
  });

  it("stores any comment within the limit as typed (but for surrounding white space), or refuses it", async () => {
    const loneHalf = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    const comment = fc.oneof(
      fc.string({ unit: "binary", maxLength: 500 }),
      fc.string({ unit: "grapheme", maxLength: 500 }),
      fc.constantFrom(...hostileTexts).chain((h) => fc.string().map((s) => `${s}${h}${s}`)),
      // Text with what the rule is about inside it: a NUL, a lone half of a surrogate pair.
      fc
        .tuple(
          fc.string({ maxLength: 50 }),
          fc.oneof(fc.constant("\u0000"), loneHalf),
          fc.string({ maxLength: 50 }),
        )
        .map((parts) => parts.join("")),
    );
    const seen = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(comment, async (text) => {
        const before = await storedTotals(testDb);
        const res = await POST(jsonRequest(quick({ comment: text })));
        if (!keptAsTyped(text)) {
          seen.refused += 1;
          const body = await expectJsonRefusal(testDb, res, before);
          expect(Object.keys(body.error.fields)).toEqual(["comment"]);
          return;
        }
        seen.stored += 1;
        const { stored } = await expectStored(testDb, res, before, { quick: 1 });
        expect(stored.comment).toBe(text.trim() || null);
      }),
      { numRuns: 60 },
    );
    // Both sides of the rule were exercised.
    expect(seen.stored).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 60_000);
});
