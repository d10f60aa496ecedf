import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logStatements, ROLLUP_READ } from "@/test/statement-log";
import { newIdempotencyKey } from "@/test/submission-kit";
import { fixtureLinks, type SurveyFixture, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Vietnam is UTC+7 all year: 2026-01-31T16:59:59Z is 23:59:59 on 31 January there, one second later it is
// 00:00:00 on 1 February. An answer is counted on the local day and in the local month it was given, from
// the stored response through the daily and monthly counts and the subtree rollups to the figures.

const LAST_SECOND_OF_JANUARY = new Date("2026-01-31T16:59:59Z");
const FIRST_SECOND_OF_FEBRUARY = new Date("2026-01-31T17:00:00Z");

let testDb: TestDatabase;
let fixture: SurveyFixture;
let ids: { january: number; february: number };

beforeAll(async () => {
  testDb = await openTestDatabase();
  fixture = await seedSurveyFixture(testDb.db);
  const { ensureRollups } = await import("@/features/index/server/rollups");
  await ensureRollups(testDb.db);
  const { submitResponse } = await import("@/features/survey/server/submit");
  const answer = async (value: number, at: Date) =>
    (
      await submitResponse(
        {
          link: fixtureLinks.unit,
          instrumentKey: "quick",
          answers: { quick: value },
          idempotencyKey: newIdempotencyKey(),
          channel: "poster",
        },
        at,
      )
    ).id;
  // "Không hài lòng" (1) in the last second of January, "Hài lòng" (3) in the first second of February.
  ids = {
    january: await answer(1, LAST_SECOND_OF_JANUARY),
    february: await answer(3, FIRST_SECOND_OF_FEBRUARY),
  };
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

async function rows(sql: string, args: Array<string | number> = []): Promise<unknown[][]> {
  const rs = await testDb.client.execute({ sql, args });
  return rs.rows.map((r) => rs.columns.map((c) => r[c]));
}

describe("an answer at 16:59:59Z and one at 17:00:00Z", () => {
  it("are stored with local days 2026-01-31 and 2026-02-01", async () => {
    expect(await rows("SELECT id, local_day, submitted_at FROM responses ORDER BY id")).toEqual([
      [ids.january, "2026-01-31", LAST_SECOND_OF_JANUARY.getTime()],
      [ids.february, "2026-02-01", FIRST_SECOND_OF_FEBRUARY.getTime()],
    ]);
  });

  it("are counted on their local days and in their local months", async () => {
    const unit = fixture.unitId;
    expect(
      await rows(
        `SELECT day, value, count FROM daily_answer_counts
         WHERE unit_id = ? AND item_key = 'quick' ORDER BY day`,
        [unit],
      ),
    ).toEqual([
      ["2026-01-31", 1, 1],
      ["2026-02-01", 3, 1],
    ]);
    expect(
      await rows(
        `SELECT month, value, count FROM monthly_answer_counts
         WHERE unit_id = ? AND item_key = 'quick' ORDER BY month`,
        [unit],
      ),
    ).toEqual([
      ["2026-01", 1, 1],
      ["2026-02", 3, 1],
    ]);
    // The subtree rollups, kept by triggers in the same transaction.
    expect(
      await rows(
        `SELECT day, c1, c2, c3 FROM rollup_daily_counts WHERE node_id = ? AND item_key = 'quick' ORDER BY day`,
        [unit],
      ),
    ).toEqual([
      ["2026-01-31", 1, 0, 0],
      ["2026-02-01", 0, 0, 1],
    ]);
    expect(
      await rows(
        `SELECT month, c1, c2, c3 FROM rollup_monthly_counts WHERE node_id = ? AND item_key = 'quick' ORDER BY month`,
        [unit],
      ),
    ).toEqual([
      ["2026-01", 1, 0, 0],
      ["2026-02", 0, 0, 1],
    ]);
  });

  for (const path of ["through the subtree rollups", "pooling the per-unit counts"] as const) {
    it(`fall in the figures of their own day and month (${path})`, async () => {
      const q = await import("@/features/index/server/index-figures");
      const scope = await q.resolveScopeUnits([fixture.unitId]);
      const [config, instruments] = await Promise.all([q.getIndexSettings(), q.listFigureInstruments()]);
      const viaRollups = path === "through the subtree rollups";
      await testDb.client.execute(`UPDATE rollup_state SET valid = ${viaRollups ? 1 : 0} WHERE id = 1`);
      const log = logStatements(testDb.client);
      try {
        const quickOf = async (from: string, to: string) => {
          const figures = await q.getFigures(scope, { from, to }, {}, config, instruments);
          const quick = figures.get(fixture.unitId)?.quick;
          return { n: quick?.n, distribution: quick?.distribution };
        };
        expect(await quickOf("2026-01-31", "2026-01-31")).toEqual({ n: 1, distribution: [1, 0, 0] });
        expect(await quickOf("2026-02-01", "2026-02-01")).toEqual({ n: 1, distribution: [0, 0, 1] });
        expect(await quickOf("2026-01-01", "2026-01-31")).toEqual({ n: 1, distribution: [1, 0, 0] });
        expect(await quickOf("2026-02-01", "2026-02-28")).toEqual({ n: 1, distribution: [0, 0, 1] });
        expect(await quickOf("2026-01-30", "2026-02-02")).toEqual({ n: 2, distribution: [1, 0, 1] });

        const months = await q.getMonthlyFigures(
          scope,
          [fixture.unitId],
          { from: "2025-12-01", to: "2026-02-28", months: ["2025-12", "2026-01", "2026-02"] },
          {},
          config,
          instruments,
        );
        expect(
          months.map((m) => {
            const quick = m.figures.get(fixture.unitId)?.quick;
            return [m.month, quick?.n, quick?.distribution];
          }),
        ).toEqual([
          ["2025-12", 0, [0, 0, 0]],
          ["2026-01", 1, [1, 0, 0]],
          ["2026-02", 1, [0, 0, 1]],
        ]);
        // The figures came the way this case names.
        const rollupReads = log.statements().filter((s) => ROLLUP_READ.test(s)).length;
        if (viaRollups) expect(rollupReads).toBeGreaterThan(0);
        else expect(rollupReads).toBe(0);
      } finally {
        log.restore();
        await testDb.client.execute("UPDATE rollup_state SET valid = 1 WHERE id = 1");
      }
    });
  }
});
