import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "@/db/schema";
import { jsonRequest, newIdempotencyKey, type RouteHandler } from "@/test/submission-kit";
import { fixtureLinks, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Velocity limits against a real database: over a limit a response is flagged (kept, out of the
// unflagged aggregates), replays never count, and each counter is per device or per link.

let testDb: TestDatabase;
let POST: RouteHandler;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedSurveyFixture(testDb.db);
  await testDb.db
    .update(t.settings)
    .set({
      value: {
        browser: { max: 2, windowMinutes: 60 },
        kiosk: { max: 40, windowMinutes: 10 },
        link: { max: 4, windowMinutes: 10 },
      },
    })
    .where(eq(t.settings.key, "survey.velocity"));
  ({ POST } = await import("@/app/api/v1/responses/route"));
});

afterAll(async () => {
  await testDb?.close();
});

async function submit(link: string, cookie?: string, idempotencyKey = newIdempotencyKey()) {
  const req = jsonRequest({ link, idempotencyKey, instrument: "quick", answers: { quick: 3 } });
  if (cookie) req.headers.set("cookie", cookie);
  const res = await POST(req);
  const setCookie = res.headers.get("set-cookie");
  const body = (await res.json()) as { id: number };
  const [row] = await testDb.db
    .select({ flagged: t.responses.flagged, reason: t.responses.flagReason })
    .from(t.responses)
    .where(eq(t.responses.id, body.id));
  return { status: res.status, cookie: setCookie?.split(";")[0], row, idempotencyKey };
}

describe("velocity limits", () => {
  it("flags a device's answers over its limit; a replay does not count; another device is not affected", async () => {
    const first = await submit(fixtureLinks.counter);
    expect(first.cookie).toMatch(/^hl_dev=/);
    const second = await submit(fixtureLinks.counter, first.cookie);
    const replay = await submit(fixtureLinks.counter, first.cookie, second.idempotencyKey);
    const third = await submit(fixtureLinks.counter, first.cookie);
    expect([first, second, replay, third].map((s) => [s.status, s.row?.reason ?? null])).toEqual([
      [201, null],
      [201, null],
      [200, null],
      [201, "velocity_device"],
    ]);
    const other = await submit(fixtureLinks.counter);
    expect(other.row?.flagged).toBe(false);
  });

  it("flags answers through one link over its limit, whatever the device, and keeps them out of the index counts", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await submit(fixtureLinks.unit));
    expect(results.map((r) => r.row?.reason ?? null)).toEqual([
      null,
      null,
      null,
      null,
      "velocity_link",
      "velocity_link",
    ]);
    const counts = await testDb.client.execute(
      "SELECT flagged, sum(count) AS n FROM daily_answer_counts GROUP BY flagged ORDER BY flagged",
    );
    const flaggedAnswers = counts.rows.find((r) => Number(r.flagged) === 1);
    expect(Number(flaggedAnswers?.n)).toBeGreaterThanOrEqual(2);
  });
});
