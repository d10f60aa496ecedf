import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Normal traffic holds nothing: the demo seed's year of answers, replayed in time order through the real
// submission path (velocity limits, surge detection with its trailing baselines) on the shipped settings.

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  await seedDemo(testDb.db, new Date("2026-11-30T10:00:00Z"));
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe("the demo seed's year of answers, replayed", () => {
  it("ends with no answer held or flagged", { timeout: 180_000 }, async () => {
    const seeded = await testDb.client.execute(`
      SELECT r.unit_id AS unitId, r.submitted_at AS at, r.counter_id AS counterId, r.channel,
        (SELECT value FROM answers a WHERE a.response_id = r.id AND a.item_key = 'quick') AS quick,
        (SELECT code FROM short_links s WHERE s.unit_id = r.unit_id AND s.kind = 'unit' AND s.disabled_at IS NULL) AS link
      FROM responses r JOIN units u ON u.id = r.unit_id
      WHERE u.valid_to IS NULL
      ORDER BY r.submitted_at, r.id`);
    const answers = seeded.rows.filter((r) => r.link !== null && r.quick !== null);
    expect(answers.length).toBeGreaterThan(3000);
    await testDb.client.executeMultiple(
      "DELETE FROM feedback; DELETE FROM answers; DELETE FROM responses; DELETE FROM daily_answer_counts;",
    );

    const { submitResponse } = await import("@/features/survey/server/submit");
    let flagged = 0;
    for (const [i, r] of answers.entries()) {
      const result = await submitResponse(
        {
          link: String(r.link),
          instrumentKey: "quick",
          answers: { quick: Number(r.quick) },
          idempotencyKey: `replay-${i}-0000000000`,
          channel: "poster",
          device: { id: `phone-${i}`, known: true },
          // Half of a unit's citizens on the centre's Wi-Fi, the others on their own mobile connection.
          clientAddress: i % 2 ? `192.0.2.${Number(r.unitId)}` : `100.64.${i % 250}.${(i >> 8) % 250}`,
        },
        new Date(Number(r.at)),
      );
      if (result.flagged) flagged += 1;
    }
    expect(flagged).toBe(0);
    expect(await testDb.count("bursts")).toBe(0);
    expect(await testDb.count("responses")).toBe(answers.length);
  });
});
