import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prng } from "@/lib/prng";
import { addDays, earlierDay, localDay } from "@/lib/time";
import { logStatements } from "@/test/statement-log";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { derivedFields } from "../lifecycle";

// Dossier figures read from the subtree rollups (whole months) and the daily counts (edge days) must be
// exactly those of summing every raw unit's daily counts: random dossiers, merged units, partial months.

let testDb: TestDatabase;
const now = new Date();
const TODAY = localDay(now);
const ROLLUP_DOSSIER_READ = /\bFROM rollup_dossier_monthly_counts\b/;

const random = prng(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

let unitIds: number[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  const { rebuildDailyAnswerCounts } = await import("@/features/index/server/aggregates");
  await seedDemo(testDb.db, now);
  await rebuildDailyAnswerCounts(testDb.db);
  const units = (await testDb.client.execute("SELECT id FROM units")).rows.map((r) => Number(r.id));
  unitIds = units;
  // Random dossiers at every unit, the merged and abolished ones included, over fourteen months.
  const rows: unknown[][] = [];
  for (let i = 0; i < 1500; i++) {
    const receivedAt = new Date(now.getTime() - Math.floor(random() * 430 * 86_400_000));
    // Every one has a due time: the count triggers of migration 0014 fail on a returned dossier without one
    // (NULL timeliness makes `(NEW.timeliness = 'early')` NULL in a NOT NULL column).
    const dueAt = new Date(receivedAt.getTime() + random() * 12 * 86_400_000);
    const roll = random();
    const status =
      roll < 0.75 ? "returned" : roll < 0.85 ? "processing" : roll < 0.95 ? "received" : "withdrawn";
    const returnedAt =
      status === "returned"
        ? new Date(Math.min(now.getTime(), receivedAt.getTime() + random() * 14 * 86_400_000 + 60_000))
        : null;
    const derived = derivedFields({ status, receivedAt, dueAt, returnedAt });
    rows.push([
      pick(units),
      `RND-${i}`,
      status,
      receivedAt.getTime(),
      derived.receivedDay,
      dueAt.getTime(),
      returnedAt?.getTime() ?? null,
      derived.returnedDay,
      derived.timeliness,
      random() < 0.05 ? 1 : 0,
      random() < 0.05 ? 1 : 0,
      random() < 0.05 ? 1 : 0,
      `rnd-token-${i}`,
    ]);
  }
  await testDb.client.execute({
    sql: `INSERT INTO dossiers (unit_id, code, status, received_at, received_day, due_at, returned_at,
      returned_day, timeliness, complained, rated_unsatisfied, apologized, survey_token_hash)
      SELECT ${Array.from({ length: 13 }, (_, i) => `value->>${i}`).join(", ")} FROM json_each(?)`,
    args: [JSON.stringify(rows)],
  });
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

function randomRange(): { from: string; to: string } {
  const a = addDays(TODAY, -Math.floor(random() * 430));
  const b = addDays(a, Math.floor(random() * 400));
  return { from: a, to: earlierDay(b, TODAY) };
}

describe("dossier figures from the rollups", () => {
  it("equal the per-unit sums for any unit's subtree and period, merged units included", async () => {
    const { subtreeDossierFigures } = await import("./figures");
    const log = logStatements(testDb.client);
    const ranges = [
      { from: "2026-01-01", to: "2026-03-31" },
      { from: addDays(TODAY, -365), to: TODAY },
      { from: "2025-07-02", to: "2025-07-30" },
      ...Array.from({ length: 12 }, randomRange),
    ];
    try {
      for (const range of ranges) {
        for (const unitId of [...unitIds.slice(0, 3), pick(unitIds), pick(unitIds)]) {
          const fast = await subtreeDossierFigures(unitId, range, now);
          const naive = await subtreeDossierFigures(unitId, range, now, { rollups: false });
          expect(fast, `${unitId} ${range.from}…${range.to}`).toEqual(naive);
        }
      }
      expect(log.statements().filter((s) => ROLLUP_DOSSIER_READ.test(s)).length).toBeGreaterThan(10);
    } finally {
      log.restore();
    }
    // The province: every random dossier of a current or merged unit counts, none twice.
    const { subtreeDossierFigures: figures } = await import("./figures");
    const [province] = (await testDb.client.execute("SELECT id FROM units WHERE parent_id IS NULL")).rows;
    const whole = await figures(Number(province?.id), { from: "2020-01-01", to: TODAY }, now);
    const [raw] = (
      await testDb.client.execute("SELECT count(*) AS n, sum(status = 'returned') AS r FROM dossiers")
    ).rows;
    expect(whole.received).toBe(Number(raw?.n));
    expect(whole.returned).toBe(Number(raw?.r));
  });

  it("equal the per-unit pooling for every unit of a scope, and fall back when they cannot serve", async () => {
    const { scopeDossierFigures } = await import("./figures");
    const { resolveScopeUnits } = await import("@/features/index/server/index-figures");
    const { listSubtreeUnitIds } = await import("@/features/units/server/unit-queries");
    const [province] = (await testDb.client.execute("SELECT id FROM units WHERE parent_id IS NULL")).rows;
    const whole = await resolveScopeUnits(await listSubtreeUnitIds([Number(province?.id)]));
    // A scope without the communes' service centres: the communes' rollups hold more than the scope.
    const partial = await resolveScopeUnits(
      whole.units.filter((u) => u.kind !== "commune_service_center").map((u) => u.id),
    );
    for (const range of [{ from: addDays(TODAY, -364), to: TODAY }, randomRange(), randomRange()]) {
      for (const scope of [whole, partial]) {
        const log = logStatements(testDb.client);
        try {
          const fast = await scopeDossierFigures(scope, range, now);
          const naive = await scopeDossierFigures(scope, range, now, { rollups: false });
          expect(Object.fromEntries(fast)).toEqual(Object.fromEntries(naive));
          expect(fast.size).toBe(scope.nodes.length);
          const read = log.statements().some((s) => ROLLUP_DOSSIER_READ.test(s));
          expect(read).toBe(scope === whole);
        } finally {
          log.restore();
        }
      }
    }
  });

  it("are the same read by unit or by day (the reading of thousands of units)", async () => {
    const { listSignedDossierCountsByUnit } = await import("./dossier-queries");
    // Ids that exist, padded with ids that do not past the size at which the days are read whole.
    const many = [...unitIds, ...Array.from({ length: 1200 }, (_, i) => 900_000 + i)];
    for (const range of [randomRange(), randomRange(), { from: addDays(TODAY, -364), to: TODAY }]) {
      const inner = { from: addDays(range.from, 3), to: addDays(range.from, 9) };
      const log = logStatements(testDb.client);
      try {
        const byDay = await listSignedDossierCountsByUnit(many, [range], [inner]);
        const byUnit = await listSignedDossierCountsByUnit(unitIds, [range], [inner]);
        expect(
          log.statements().filter((s) => /INDEXED BY dossier_daily_counts_day_idx/.test(s)),
        ).toHaveLength(1);
        expect(Object.fromEntries(byDay)).toEqual(Object.fromEntries(byUnit));
      } finally {
        log.restore();
      }
    }
  });

  it("are not read from stale rollups (a changed unit tree) and stay the same", async () => {
    const { subtreeDossierFigures } = await import("./figures");
    const [province] = (await testDb.client.execute("SELECT id FROM units WHERE parent_id IS NULL")).rows;
    const range = { from: addDays(TODAY, -200), to: TODAY };
    const before = await subtreeDossierFigures(Number(province?.id), range, now);
    await testDb.client.execute("UPDATE rollup_state SET valid = 0 WHERE id = 1");
    const log = logStatements(testDb.client);
    try {
      expect(await subtreeDossierFigures(Number(province?.id), range, now)).toEqual(before);
      expect(log.statements().some((s) => ROLLUP_DOSSIER_READ.test(s))).toBe(false);
    } finally {
      log.restore();
      await testDb.client.execute("UPDATE rollup_state SET valid = 1 WHERE id = 1");
    }
  });
});
