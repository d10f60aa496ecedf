import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "@/db/schema";
import { fixtureLinks, type SurveyFixture, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The retention purge against a real, migrated database: raw comments and device hashes go after their
// retention, aggregates and every index figure stay exactly as they were.

let testDb: TestDatabase;
let fixture: SurveyFixture;
let purge: typeof import("./purge");
let retention: typeof import("@/features/retention/server/retention-queries");
let responses: typeof import("@/features/survey/server/response-queries");

const NOW = new Date("2026-11-25T03:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
let keys = 0;

async function submit(at: Date, comment: string, device: string): Promise<number> {
  const { submitResponse } = await import("@/features/survey/server/submit");
  keys += 1;
  const result = await submitResponse(
    {
      link: fixtureLinks.unit,
      instrumentKey: "quick",
      answers: { quick: keys % 3 === 0 ? 3 : 1 },
      idempotencyKey: `purge-test-${keys}-abcdefgh`,
      channel: "poster",
      comment,
      device: { id: device, known: true },
    },
    at,
  );
  return result.id;
}

async function rows(sql: string): Promise<unknown[]> {
  return (await testDb.client.execute(sql)).rows.map((r) => ({ ...r }));
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  fixture = await seedSurveyFixture(testDb.db, NOW);
  purge = await import("./purge");
  retention = await import("@/features/retention/server/retention-queries");
  responses = await import("@/features/survey/server/response-queries");
});

afterAll(async () => {
  await testDb?.close();
});

describe("retention purge", () => {
  it("purges old comments (except those of open feedback), old device hashes and old counters; aggregates stay", async () => {
    const veryOld = await submit(daysAgo(400), "Chờ quá lâu", "device-a");
    const oldWithOpenCase = await submit(daysAgo(380), "Cán bộ không hướng dẫn", "device-b");
    const oldWithClosedCase = await submit(daysAgo(370), "Thiếu ghế ngồi", "device-c");
    const monthOld = await submit(daysAgo(40), "Phí không rõ ràng", "device-d");
    const recent = await submit(daysAgo(1), "Tốt", "device-e");
    await testDb.db.insert(t.feedback).values([
      {
        unitId: fixture.unitId,
        responseId: oldWithOpenCase,
        body: "Cán bộ không hướng dẫn",
        status: "assigned",
      },
      { unitId: fixture.unitId, responseId: oldWithClosedCase, body: "Thiếu ghế ngồi", status: "closed" },
    ]);
    await testDb.db.insert(t.rateCounters).values([
      { key: "link:OLD", windowStart: daysAgo(3).getTime(), count: 4 },
      { key: "link:FRESH", windowStart: NOW.getTime() - 60 * 60 * 1000, count: 2 },
    ]);

    const aggregatesBefore = await rows("SELECT * FROM daily_answer_counts ORDER BY 1, 2, 3, 4, 5, 6, 7");
    const answersBefore = await rows("SELECT response_id, item_key, value FROM answers ORDER BY 1, 2");
    const figuresBefore = await responses.countAnswersByUnit(
      [fixture.unitId],
      "quick",
      "2025-01-01",
      "2026-12-31",
    );
    const countersBefore = await testDb.db
      .select({ key: t.rateCounters.key, windowStart: t.rateCounters.windowStart })
      .from(t.rateCounters);
    const cutoff = NOW.getTime() - 48 * 60 * 60 * 1000;
    const young = countersBefore.filter((c) => c.windowStart >= cutoff).map((c) => c.key);
    expect(young).toContain("link:FRESH");
    expect(young.length).toBeLessThan(countersBefore.length);
    expect(aggregatesBefore.length).toBeGreaterThan(0);

    const report = await purge.runRetentionPurge(NOW);
    expect(report.policy).toEqual({
      commentDays: 365,
      deviceHashDays: 30,
      rateCounterHours: 48,
      contactDays: 90,
    });
    // Kept: the counters of the answer of a day ago and link:FRESH; the rest is older than 48 h (twice the
    // longest window of the default limits: a sliding window still reads its previous fixed window).
    expect(report.counts).toEqual({
      comments: 2,
      deviceHashes: 4,
      rateCounters: countersBefore.length - young.length,
      contacts: 0,
    });

    const stored = new Map(
      (
        await testDb.db
          .select({ id: t.responses.id, comment: t.responses.comment, deviceHash: t.responses.deviceHash })
          .from(t.responses)
      ).map((r) => [r.id, r]),
    );
    expect(stored.get(veryOld)).toMatchObject({ comment: null, deviceHash: null });
    expect(stored.get(oldWithOpenCase)).toMatchObject({
      comment: "Cán bộ không hướng dẫn",
      deviceHash: null,
    });
    expect(stored.get(oldWithClosedCase)).toMatchObject({ comment: null, deviceHash: null });
    expect(stored.get(monthOld)).toMatchObject({ comment: "Phí không rõ ràng", deviceHash: null });
    expect(stored.get(recent)?.comment).toBe("Tốt");
    expect(stored.get(recent)?.deviceHash).toMatch(/.{16,}/);
    const counterKeys = (await testDb.db.select({ key: t.rateCounters.key }).from(t.rateCounters)).map(
      (r) => r.key,
    );
    expect(counterKeys.sort()).toEqual(young.sort());
    expect(counterKeys).not.toContain("link:OLD");
    // Feedback case files are the inbox's, never the purge's.
    expect(await testDb.count("feedback")).toBe(2);

    expect(await rows("SELECT * FROM daily_answer_counts ORDER BY 1, 2, 3, 4, 5, 6, 7")).toEqual(
      aggregatesBefore,
    );
    expect(await rows("SELECT response_id, item_key, value FROM answers ORDER BY 1, 2")).toEqual(
      answersBefore,
    );
    expect(await responses.countAnswersByUnit([fixture.unitId], "quick", "2025-01-01", "2026-12-31")).toEqual(
      figuresBefore,
    );

    // Idempotent: a second pass finds nothing more.
    expect((await purge.runRetentionPurge(NOW)).counts).toEqual({
      comments: 0,
      deviceHashes: 0,
      rateCounters: 0,
      contacts: 0,
    });
  });

  it("erases a closed item's contact details and its messages' addresses after the contact retention", async () => {
    const contact = { contactName: "Nguyễn Văn A", contactPhone: "0912345678", contactEmail: "a@example.vn" };
    const [longClosed, recentlyClosed, open] = await testDb.db
      .insert(t.feedback)
      .values([
        {
          unitId: fixture.unitId,
          body: "Đóng lâu",
          status: "closed",
          closedAt: daysAgo(100),
          consentAt: daysAgo(120),
          ...contact,
        },
        {
          unitId: fixture.unitId,
          body: "Mới đóng",
          status: "closed",
          closedAt: daysAgo(10),
          consentAt: daysAgo(20),
          ...contact,
        },
        { unitId: fixture.unitId, body: "Đang mở", status: "assigned", consentAt: daysAgo(200), ...contact },
      ])
      .returning({ id: t.feedback.id });
    if (!longClosed || !recentlyClosed || !open) throw new Error("not inserted");
    await testDb.db.insert(t.outbox).values({
      kind: "reply",
      channel: "email",
      recipient: "a@example.vn",
      subject: "Trả lời",
      body: "…",
      dedupeKey: `reply:${longClosed.id}:1:email`,
      feedbackId: longClosed.id,
      nextAttemptAt: daysAgo(99),
    });
    const report = await purge.runRetentionPurge(NOW);
    expect(report.counts.contacts).toBe(1);
    const stored = await rows(
      `SELECT id, contact_name, contact_phone, contact_email, contact_erased_at IS NOT NULL AS erased FROM feedback WHERE id IN (${longClosed.id}, ${recentlyClosed.id}, ${open.id}) ORDER BY id`,
    );
    expect(stored).toEqual([
      { id: longClosed.id, contact_name: null, contact_phone: null, contact_email: null, erased: 1 },
      {
        id: recentlyClosed.id,
        contact_name: "Nguyễn Văn A",
        contact_phone: "0912345678",
        contact_email: "a@example.vn",
        erased: 0,
      },
      {
        id: open.id,
        contact_name: "Nguyễn Văn A",
        contact_phone: "0912345678",
        contact_email: "a@example.vn",
        erased: 0,
      },
    ]);
    expect(
      await rows(`SELECT recipient, status, last_error FROM outbox WHERE feedback_id = ${longClosed.id}`),
    ).toEqual([{ recipient: "", status: "failed", last_error: "erased" }]);
    expect((await purge.runRetentionPurge(NOW)).counts.contacts).toBe(0);
  });

  it("follows the retention settings, and never deletes a counter whose velocity window may be open", async () => {
    const { putSetting } = await import("@/features/settings/server/settings");
    const monthOld = await submit(daysAgo(40), "Giữ lại 60 ngày", "device-f");
    await putSetting("retention.commentDays", 30);
    await putSetting("retention.rateCounterHours", 1);
    await putSetting("survey.velocity", { browser: { max: 5, windowMinutes: 3 * 24 * 60 } });
    await testDb.db
      .insert(t.rateCounters)
      .values({ key: "device:LONG", windowStart: daysAgo(2).getTime(), count: 1 });
    const report = await purge.runRetentionPurge(NOW);
    expect(report.policy.commentDays).toBe(30);
    const [row] = await testDb.db
      .select({ comment: t.responses.comment })
      .from(t.responses)
      .where((await import("drizzle-orm")).eq(t.responses.id, monthOld));
    expect(row?.comment).toBeNull();
    const counterKeys = (await testDb.db.select({ key: t.rateCounters.key }).from(t.rateCounters)).map(
      (r) => r.key,
    );
    expect(counterKeys).toContain("device:LONG");
  });

  it("lets one instance claim the daily run; the next claim succeeds only a day later", async () => {
    const day = 24 * 60 * 60 * 1000;
    expect(await retention.claimScheduledPurge(NOW, day)).toBe(true);
    expect(await retention.claimScheduledPurge(new Date(NOW.getTime() + 60_000), day)).toBe(false);
    expect(await retention.claimScheduledPurge(new Date(NOW.getTime() + day + 1), day)).toBe(true);
  });
});
