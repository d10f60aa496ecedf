import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDay } from "@/lib/time";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The demo province's dossiers: realistic on-time rates, letters for late dossiers, receipts answered
// through the survey, officers, and the demo API key of the Hòn Ngọc centre that starts from zero.

let testDb: TestDatabase;
const now = new Date();
const YEAR = { from: addDays(localDay(now), -366), to: localDay(now) };

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("./demo");
  const { rebuildDailyAnswerCounts } = await import("@/features/index/server/aggregates");
  await seedDemo(testDb.db, now);
  await rebuildDailyAnswerCounts(testDb.db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

async function rows(sql: string, args: Array<string | number> = []): Promise<Array<Record<string, unknown>>> {
  return (await testDb.client.execute({ sql, args })).rows as unknown as Array<Record<string, unknown>>;
}

async function unitIdOf(slug: string): Promise<number> {
  const [row] = await rows("SELECT id FROM units WHERE slug = ?", [slug]);
  return Number(row?.id);
}

describe("demo dossiers", () => {
  it("returns about 99 % of the province's dossiers on time over the year, a few units worse", async () => {
    const { subtreeDossierFigures, scopeDossierFigures } = await import("@/features/dossiers/server/figures");
    const province = await unitIdOf("tinh-an-hoa");
    const f = await subtreeDossierFigures(province, YEAR, now);
    expect(f.received).toBeGreaterThan(10_000);
    expect(f.returned).toBeGreaterThan(0.9 * f.received);
    expect(f.onTimeRate).toBeGreaterThanOrEqual(98.5);
    expect(f.onTimeRate).toBeLessThanOrEqual(99.6);
    expect(f.late).toBeGreaterThan(0);
    expect(f.complained).toBeGreaterThan(0);
    expect(f.ratedUnsatisfied).toBeGreaterThan(0);
    expect(f.pendingOverdue).toBeGreaterThanOrEqual(2);
    expect(f.qd766Ratio).toBeLessThan(f.onTimeRate ?? 0);

    const { resolveScopeUnits } = await import("@/features/index/server/index-figures");
    const { listSubtreeUnitIds } = await import("@/features/units/server/unit-queries");
    const scope = await resolveScopeUnits(await listSubtreeUnitIds([province]));
    const perUnit = await scopeDossierFigures(scope, YEAR, now);
    const rates = [...perUnit.values()].flatMap((u) => (u.onTimeRate === null ? [] : [u.onTimeRate]));
    expect(rates.some((r) => r < 98.5)).toBe(true);
    expect(rates.filter((r) => r >= 99).length).toBeGreaterThan(rates.length / 2);
    expect(perUnit.get(province)?.returned).toBe(f.returned);
  });

  it("gives most late dossiers an apology letter, numbered per unit and year from 1", async () => {
    const [late] = await rows(`
      SELECT count(*) AS n, sum(apologized) AS letters FROM dossiers WHERE timeliness = 'late'`);
    expect(Number(late?.letters)).toBeGreaterThan(0.7 * Number(late?.n));
    // Some late dossiers still wait for a letter (the list staff work from).
    expect(Number(late?.letters)).toBeLessThan(Number(late?.n));
    const letters = await rows(`
      SELECT a.unit_id, a.year, a.number, a.reason, a.previous_due_at, a.new_due_at, d.due_at, d.new_due_at AS dossier_new
      FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id ORDER BY a.unit_id, a.year, a.number`);
    expect(letters.length).toBeGreaterThan(20);
    const byUnitYear = new Map<string, number[]>();
    for (const l of letters) {
      const key = `${l.unit_id}:${l.year}`;
      byUnitYear.set(key, [...(byUnitYear.get(key) ?? []), Number(l.number)]);
      expect(Number(l.new_due_at)).toBeGreaterThan(Number(l.previous_due_at));
      expect(Number(l.previous_due_at)).toBe(Number(l.due_at));
      expect(Number(l.dossier_new)).toBe(Number(l.new_due_at));
      expect(String(l.reason)).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
    for (const numbers of byUnitYear.values()) {
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    }
  });

  it("answers some dossiers through their receipts, once each, marking 'Không hài lòng'", async () => {
    const receipts = await rows(`
      SELECT r.id, r.channel, r.unit_id, r.procedure_id, r.submitted_at, r.flagged, d.unit_id AS dossier_unit,
        d.procedure_id AS dossier_procedure, d.returned_at, d.rated_unsatisfied,
        (SELECT a.value FROM answers a WHERE a.response_id = r.id AND a.item_key = 'quick') AS quick
      FROM responses r JOIN dossiers d ON d.id = r.dossier_id`);
    expect(receipts.length).toBeGreaterThan(100);
    for (const r of receipts) {
      expect(r.channel).toBe("receipt");
      expect(r.unit_id).toBe(r.dossier_unit);
      expect(r.procedure_id).toBe(r.dossier_procedure);
      expect(Number(r.submitted_at)).toBeGreaterThan(Number(r.returned_at));
      expect(Number(r.rated_unsatisfied)).toBe(Number(r.quick) === 1 && Number(r.flagged) === 0 ? 1 : 0);
    }
    expect(receipts.some((r) => Number(r.rated_unsatisfied) === 1)).toBe(true);
    const [{ n } = { n: 0 }] = await rows("SELECT count(*) AS n FROM responses WHERE channel = 'receipt'");
    expect(Number(n)).toBe(receipts.length);
    // Only answers of receipts mark a dossier.
    const [marked] = await rows("SELECT count(*) AS n FROM dossiers WHERE rated_unsatisfied = 1");
    expect(Number(marked?.n)).toBe(receipts.filter((r) => Number(r.rated_unsatisfied) === 1).length);
  });

  it("keeps the daily counts and the rollups equal to a recount of the raw dossiers", async () => {
    const [diff] = await rows(`
      SELECT
        (SELECT count(*) FROM dossiers) AS raw_received, (SELECT sum(received) FROM dossier_daily_counts) AS received,
        (SELECT count(*) FROM dossiers WHERE status = 'returned') AS raw_returned,
        (SELECT sum(returned) FROM dossier_daily_counts) AS returned,
        (SELECT count(*) FROM dossiers WHERE timeliness = 'late') AS raw_late, (SELECT sum(late) FROM dossier_daily_counts) AS late`);
    expect(Number(diff?.received)).toBe(Number(diff?.raw_received));
    expect(Number(diff?.returned)).toBe(Number(diff?.raw_returned));
    expect(Number(diff?.late)).toBe(Number(diff?.raw_late));
  });

  it("has officers at the counters, codes on the dossiers, one tied to the commune manager", async () => {
    const officers = await rows("SELECT unit_id, code, name, user_id FROM officers");
    const perUnit = new Map<number, number>();
    for (const o of officers) perUnit.set(Number(o.unit_id), (perUnit.get(Number(o.unit_id)) ?? 0) + 1);
    for (const n of perUnit.values()) {
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
    const [unknown] = await rows(`
      SELECT count(*) AS n FROM dossiers d WHERE NOT EXISTS
        (SELECT 1 FROM officers o WHERE o.unit_id = d.unit_id AND o.code = d.received_by)`);
    expect(Number(unknown?.n)).toBe(0);
    const tied = await rows(`
      SELECT o.code, u.email FROM officers o JOIN user u ON u.id = o.user_id`);
    expect(tied).toEqual([{ code: "CB-PAH-01", email: "quanly.anhoa@anhoa.demo" }]);
    const evaluating = await rows("SELECT slug FROM units WHERE officer_evaluation = 1 ORDER BY slug");
    expect(evaluating.length).toBeGreaterThanOrEqual(2);
    expect(evaluating.length).toBeLessThanOrEqual(3);
  });
});

describe("the demo API key", () => {
  it("authenticates as the Hòn Ngọc centre, whose figures are all zero", async () => {
    const { DEMO_API_KEY } = await import("./dossiers");
    const { keyActor } = await import("@/features/dossiers/server/dossiers");
    const { figuresForKey } = await import("@/features/dossiers/server/figures");
    const honNgoc = await unitIdOf("dac-khu-hon-ngoc-tthcc");
    const actor = await keyActor(DEMO_API_KEY);
    expect(actor?.unitId).toBe(honNgoc);
    expect(await keyActor("hl_demo_HonNgoc-MotCua-2025")).toBeNull();
    const [stored] = await rows("SELECT prefix, key_hash FROM api_keys WHERE unit_id = ?", [honNgoc]);
    expect(stored?.prefix).toBe("demo");
    expect(stored?.key_hash).not.toContain("HonNgoc");
    if (!actor) return;
    const outcome = await figuresForKey(actor, YEAR);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject({
      unitId: honNgoc,
      received: 0,
      returned: 0,
      early: 0,
      onTime: 0,
      late: 0,
      pendingOverdue: 0,
      withApology: 0,
      complained: 0,
      ratedUnsatisfied: 0,
      onTimeRate: null,
      qd766Ratio: null,
    });
  });
});
