import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDay } from "@/lib/time";
import { logStatements, ROLLUP_READ } from "@/test/statement-log";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import type { DayRange, FigureFilters } from "../dashboard-params";
import { planRollups } from "./rollups";

// The subtree rollups must give exactly the figures of pooling every unit's own counts, for any period and
// filter they serve, after the seed, after live answers (triggers), and across a change of the unit tree.

let testDb: TestDatabase;
const TODAY = localDay(new Date());

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  const { rebuildDailyAnswerCounts } = await import("./aggregates");
  await seedDemo(testDb.db);
  await rebuildDailyAnswerCounts(testDb.db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

async function setValid(valid: boolean): Promise<void> {
  await testDb.client.execute(`UPDATE rollup_state SET valid = ${valid ? 1 : 0} WHERE id = 1`);
}

/** The current roots, their whole scope, the index settings and the instruments. */
async function wholeScope() {
  const q = await import("./index-figures");
  const { listSubtreeUnitIds } = await import("@/features/units/server/unit-queries");
  const roots = (
    await testDb.client.execute("SELECT id FROM units WHERE parent_id IS NULL AND valid_to IS NULL")
  ).rows.map((r) => Number(r.id));
  const scope = await q.resolveScopeUnits(await listSubtreeUnitIds(roots));
  const [settings, instruments] = await Promise.all([q.getIndexSettings(), q.listFigureInstruments()]);
  return { q, roots, scope, settings, instruments };
}

/** One quick answer on `day` (today's arrives now; an earlier day's, as a late write). */
async function insertQuickAnswer(a: {
  unitId: number;
  counterId: number | null;
  day: string;
  key: string;
  value: number;
}): Promise<void> {
  const { insertResponse } = await import("@/features/survey/server/response-queries");
  const quickId = Number(
    (await testDb.client.execute("SELECT id FROM instruments WHERE key = 'quick' AND status = 'published'"))
      .rows[0]?.id,
  );
  await insertResponse({
    instrumentId: quickId,
    unitId: a.unitId,
    counterId: a.counterId,
    procedureId: null,
    shortLinkCode: null,
    dossierId: null,
    channel: "web",
    submittedAt: a.day === TODAY ? new Date() : new Date(`${a.day}T03:00:00Z`),
    localDay: a.day,
    idempotencyKey: a.key,
    answers: [{ itemKey: "quick", value: a.value }],
    reasons: null,
    comment: null,
    flagReason: null,
    velocityChecks: [],
    surge: null,
    deviceHash: null,
  });
}

/** Figures of every current unit over `range` and the roots' 12-month trend, as JSON. */
async function figuresJson(
  {
    q,
    roots,
    scope,
    instruments,
  }: Pick<Awaited<ReturnType<typeof wholeScope>>, "q" | "roots" | "scope" | "instruments">,
  range: DayRange,
  filters: FigureFilters,
  config: Awaited<ReturnType<typeof wholeScope>>["settings"],
): Promise<string> {
  const { trendMonths } = await import("../dashboard-params");
  const current = await q.getFigures(scope, range, filters, config, instruments);
  const months = await q.getMonthlyFigures(scope, roots, trendMonths(TODAY), filters, config, instruments);
  return JSON.stringify({
    units: scope.units.map((u) => [u.id, current.get(u.id)]),
    months: months.map((m) => [m.month, roots.map((id) => m.figures.get(id))]),
  });
}

/**
 * Figures of every current unit, and the monthly trend of the roots, as JSON: through the rollups or not;
 * with the number of statements that read the rollup tables on the way.
 */
async function figures(
  range: DayRange,
  filters: FigureFilters,
  useRollups: boolean,
  rollup: "pooled" | "mean" = "pooled",
): Promise<{ json: string; rollupReads: number }> {
  const { q, roots, scope, settings, instruments } = await wholeScope();
  const config = { ...settings, rollup };
  const { forgetSettledCounts } = await import("./settled-counts");
  const compute = async () => {
    const log = logStatements(testDb.client);
    try {
      return {
        json: await figuresJson({ q, roots, scope, instruments }, range, filters, config),
        rollupReads: log.statements().filter((s) => ROLLUP_READ.test(s)).length,
      };
    } finally {
      log.restore();
    }
  };
  await setValid(useRollups);
  try {
    // Read through the rollups from scratch; then again, the settled days' counts kept from the first read.
    forgetSettledCounts();
    const first = await compute();
    if (useRollups) {
      const again = await compute();
      expect(again.json, "the same figures from the kept counts of settled days").toBe(first.json);
      expect(again.rollupReads).toBeLessThanOrEqual(first.rollupReads);
    }
    return first;
  } finally {
    await setValid(true);
  }
}

const RANGES: Array<[string, DayRange]> = [
  ["last 30 days", { from: addDays(TODAY, -29), to: TODAY }],
  [
    "a whole month",
    { from: `${addDays(TODAY, -40).slice(0, 7)}-01`, to: addDays(`${TODAY.slice(0, 7)}-01`, -1) },
  ],
  ["across months", { from: addDays(TODAY, -75), to: addDays(TODAY, -20) }],
  ["a year", { from: addDays(TODAY, -364), to: TODAY }],
  ["before any answer", { from: "2001-01-01", to: "2001-03-31" }],
  ["into the future", { from: addDays(TODAY, -10), to: addDays(TODAY, 40) }],
  ["wholly in the future", { from: addDays(TODAY, 5), to: addDays(TODAY, 90) }],
];
const FILTERS: Array<[string, FigureFilters]> = [
  ["no filter", {}],
  ["flagged included", { includeFlagged: true }],
  ["service questionnaire", { instrumentKey: "service" }],
];

/**
 * The filters the facet rollups serve, with values the data holds (the busiest procedure, its field, the
 * busiest counter): compared with the raw rows (procedure, field, counter) or the per-unit counts (channel).
 */
async function facetFilters(): Promise<Array<[string, FigureFilters]>> {
  const one = async (query: string) => Number((await testDb.client.execute(query)).rows[0]?.id);
  const procedureId = await one(
    "SELECT procedure_id AS id FROM responses WHERE procedure_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  const fieldId = await one(`SELECT field_id AS id FROM procedures WHERE id = ${procedureId}`);
  const counterId = await one(
    "SELECT counter_id AS id FROM responses WHERE counter_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  return [
    ["channel", { channel: "poster" }],
    ["channel, flagged included", { channel: "web", includeFlagged: true }],
    ["procedure", { procedureId }],
    ["field", { fieldId }],
    ["counter", { counterId }],
    ["counter, service questionnaire", { counterId, instrumentKey: "service" }],
  ];
}

async function expectSameFigures(): Promise<void> {
  for (const [label, range] of RANGES) {
    for (const [filterLabel, filters, rollup] of [
      ...[...FILTERS, ...(await facetFilters())].map(([l, f]) => [l, f, "pooled"] as const),
      // The mean rollup: each node's own counts taken from the pooled ones.
      ...[...FILTERS, ...(await facetFilters())].map(([l, f]) => [`${l}, mean rollup`, f, "mean"] as const),
    ]) {
      const viaRollups = await figures(range, filters, true, rollup);
      const pooledHere = await figures(range, filters, false, rollup);
      // Each side took its own path: the figures and the monthly trend (two reads) through the rollups,
      // or never near them.
      expect(
        viaRollups.rollupReads,
        `${label}, ${filterLabel}: read through the rollups`,
      ).toBeGreaterThanOrEqual(2);
      expect(pooledHere.rollupReads, `${label}, ${filterLabel}: pooled without them`).toBe(0);
      expect(viaRollups.json, `${label}, ${filterLabel}`).toBe(pooledHere.json);
    }
  }
}

describe("subtree rollups", () => {
  it("are built with the seed and equal the daily counts pooled again", async () => {
    const { rollupsValid, diffRollups } = await import("./rollups");
    expect(await rollupsValid(testDb.db)).toBe(true);
    expect(await testDb.count("rollup_daily_counts")).toBeGreaterThan(0);
    expect(await diffRollups(testDb.db)).toEqual([]);
  });

  it("are told apart from a recount when any kept table differs, naming it", async () => {
    const { diffRollups } = await import("./rollups");
    const tables: Array<[string, string, string]> = [
      ["daily", "rollup_daily_counts", "c1"],
      ["monthly", "rollup_monthly_counts", "c1"],
      ["facets daily", "rollup_facet_daily_counts", "c1"],
      ["facets monthly", "rollup_facet_monthly_counts", "c1"],
      ["unit facets", "facet_daily_counts", "c1"],
      ["dossiers monthly", "rollup_dossier_monthly_counts", "received"],
      ["dossiers daily", "rollup_dossier_daily_counts", "received"],
    ];
    for (const [label, table, column] of tables) {
      // A changed count, written past the triggers (as a bug or a hand edit would), then put back.
      const [row] = (
        await testDb.client.execute(`SELECT rowid AS id FROM ${table} WHERE ${column} > 0 LIMIT 1`)
      ).rows;
      expect(row, table).toBeDefined();
      const triggers = (
        await testDb.client.execute({
          sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
          args: [table],
        })
      ).rows;
      for (const t of triggers) await testDb.client.execute(`DROP TRIGGER "${String(t.name)}"`);
      try {
        await testDb.client.execute(
          `UPDATE ${table} SET ${column} = ${column} + 1 WHERE rowid = ${Number(row?.id)}`,
        );
        const found = (await diffRollups(testDb.db)).map((d) => String(d.rollup));
        expect(found, table).toContain(`${label} (missing or different)`);
        expect(found, table).toContain(`${label} (extra or different)`);
        await testDb.client.execute(
          `UPDATE ${table} SET ${column} = ${column} - 1 WHERE rowid = ${Number(row?.id)}`,
        );
      } finally {
        for (const t of triggers) await testDb.client.execute(String(t.sql));
      }
    }
    expect(await diffRollups(testDb.db)).toEqual([]);
  });

  it("give the same figures as pooling every unit's own counts (periods, filters, monthly trend)", async () => {
    const sample = JSON.parse(
      (await figures(RANGES[0]?.[1] ?? { from: TODAY, to: TODAY }, {}, true)).json,
    ) as {
      units: Array<[number, { quick: { n: number } }]>;
    };
    // The comparison means something: the demo has answers in the period.
    expect(sample.units.some(([, f]) => f.quick.n > 0)).toBe(true);
    await expectSameFigures();
  });

  it("stay equal through live answers, flagged ones, and answers of a merged unit", async () => {
    const { insertResponse } = await import("@/features/survey/server/response-queries");
    const { diffRollups } = await import("./rollups");
    const units = (await testDb.client.execute("SELECT id FROM units")).rows.map((r) => Number(r.id));
    const merged = (await testDb.client.execute("SELECT predecessor_id AS id FROM unit_lineage")).rows.map(
      (r) => Number(r.id),
    );
    expect(merged.length).toBeGreaterThan(0);
    const instruments = (
      await testDb.client.execute("SELECT id, key FROM instruments WHERE status = 'published'")
    ).rows;
    const quick = Number(instruments.find((i) => i.key === "quick")?.id);
    const service = Number(instruments.find((i) => i.key === "service")?.id);
    const serviceItems = ["I.1", "II.2", "III.1", "IV.3", "V.1"];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const procedures = (await testDb.client.execute("SELECT id FROM procedures")).rows.map((r) =>
      Number(r.id),
    );
    const counters = (await testDb.client.execute("SELECT id, unit_id FROM counters")).rows.map((r) => ({
      id: Number(r.id),
      unitId: Number(r.unit_id),
    }));
    const writes = Array.from({ length: 240 }, (_, i) => {
      const isService = random() < 0.2;
      const day = addDays(TODAY, -Math.floor(random() * 70));
      const counter = random() < 0.5 ? pick(counters) : null;
      return insertResponse({
        instrumentId: isService ? service : quick,
        unitId: counter?.unitId ?? (i % 12 === 0 ? pick(merged) : pick(units)),
        counterId: counter?.id ?? null,
        procedureId: random() < 0.6 ? pick(procedures) : null,
        shortLinkCode: null,
        dossierId: null,
        channel: pick(["poster", "web"] as const),
        submittedAt: new Date(`${day}T03:00:00Z`),
        localDay: day,
        idempotencyKey: `rollup-test-${i}`,
        answers: isService
          ? serviceItems.map((itemKey) => ({
              itemKey,
              value: random() < 0.1 ? null : 1 + Math.floor(random() * 5),
            }))
          : [{ itemKey: "quick", value: 1 + Math.floor(random() * 3) }],
        reasons: null,
        comment: null,
        flagReason: random() < 0.1 ? "honeypot" : null,
        velocityChecks: [],
        surge: null,
        deviceHash: null,
      });
    });
    await Promise.all(writes);
    expect(await diffRollups(testDb.db)).toEqual([]);
    await expectSameFigures();
    // A response flagged later, and another cleared (as a surge's burst does): its facets move with it.
    await testDb.client.execute(
      "UPDATE responses SET flagged = 1 - flagged WHERE id IN (SELECT response_id FROM answers WHERE value IS NOT NULL ORDER BY response_id DESC LIMIT 7)",
    );
    const moved = await diffRollups(testDb.db);
    expect(moved.filter((d) => String(d.rollup).startsWith("daily"))).toEqual([]);
    expect(moved.filter((d) => /facets/.test(String(d.rollup)))).toEqual([]);
    const kinds = async (table: string) =>
      (
        await testDb.client.execute(`SELECT DISTINCT substr(facet, 1, 1) AS kind FROM ${table} ORDER BY 1`)
      ).rows.map((r) => String(r.kind));
    expect(await kinds("rollup_facet_daily_counts")).toEqual(["k"]);
    expect(await kinds("rollup_facet_monthly_counts")).toEqual(["k", "p"]);
    expect(await kinds("facet_daily_counts")).toEqual(["p", "q"]);
  });

  it("keep the counts of settled days until one of those days changes, whoever changes it", async () => {
    const { settledState, forgetSettledCounts } = await import("./settled-counts");
    const { q, roots, scope, settings, instruments } = await wholeScope();
    const [root] = roots;
    if (root === undefined) throw new Error("no root unit");
    const config = { ...settings, rollup: "pooled" as const };
    const settledDay = addDays(TODAY, -5);
    const range = { from: addDays(TODAY, -60), to: addDays(TODAY, -2) };
    const read = async () => {
      const log = logStatements(testDb.client);
      try {
        const figures = await q.getFigures(scope, range, {}, config, instruments, { full: [root] });
        return {
          quick: figures.get(root)?.quick,
          reads: log.statements().filter((s) => ROLLUP_READ.test(s)),
        };
      } finally {
        log.restore();
      }
    };
    forgetSettledCounts();
    const first = await read();
    expect(first.reads.length).toBeGreaterThan(0);
    // Every day of the range is settled (the first read of the day moved the mark up to yesterday).
    const state = await settledState(TODAY);
    expect(state.through).toBe(addDays(TODAY, -1));
    const again = await read();
    expect(again.reads, "the second read takes the settled days from memory").toEqual([]);
    expect(again.quick).toEqual(first.quick);

    // A late change to a settled day — here one more satisfied answer, as a burst's release writes it —
    // bumps the version in the database, so every instance reads the days again.
    await testDb.client.execute({
      sql: `UPDATE daily_answer_counts SET count = count + 1 WHERE rowid = (
              SELECT d.rowid FROM daily_answer_counts d JOIN instruments i ON i.id = d.instrument_id
              WHERE d.day = ? AND d.flagged = 0 AND d.item_key = 'quick' AND d.value = 3 AND i.key = 'quick' LIMIT 1)`,
      args: [settledDay],
    });
    expect((await settledState(TODAY)).version).toBeGreaterThan(state.version);
    const after = await read();
    expect(after.reads.length).toBeGreaterThan(0);
    expect(after.quick?.n).toBe((first.quick?.n ?? 0) + 1);
    expect(after.quick?.satisfied).toBe((first.quick?.satisfied ?? 0) + 1);
    await testDb.client.execute({
      sql: `UPDATE daily_answer_counts SET count = count - 1 WHERE rowid = (
              SELECT d.rowid FROM daily_answer_counts d JOIN instruments i ON i.id = d.instrument_id
              WHERE d.day = ? AND d.flagged = 0 AND d.item_key = 'quick' AND d.value = 3 AND i.key = 'quick' LIMIT 1)`,
      args: [settledDay],
    });
    expect((await read()).quick).toEqual(first.quick);

    // Today's answers are not settled: they change no version and are read on every request.
    const version = (await settledState(TODAY)).version;
    await insertQuickAnswer({ unitId: root, counterId: null, day: TODAY, key: "settled-today-1", value: 3 });
    expect((await settledState(TODAY)).version).toBe(version);
    const withToday = await q.getFigures(scope, { from: range.from, to: TODAY }, {}, config, instruments, {
      full: [root],
    });
    await setValid(false);
    try {
      const pooledHere = await q.getFigures(scope, { from: range.from, to: TODAY }, {}, config, instruments, {
        full: [root],
      });
      expect(withToday.get(root)?.quick).toEqual(pooledHere.get(root)?.quick);
    } finally {
      await setValid(true);
    }
  });

  it("follow every late change to a settled day with counts kept: a burst's decision, a late answer, a rebuild of the aggregates", async () => {
    const { forgetSettledCounts } = await import("./settled-counts");
    const { q, roots, scope, settings, instruments } = await wholeScope();
    const settledDay = addDays(TODAY, -6);
    const range = { from: addDays(TODAY, -45), to: addDays(TODAY, -1) };
    const cases: Array<[string, FigureFilters, "pooled" | "mean"]> = [
      ["no filter", {}, "pooled"],
      ["no filter, mean rollup", {}, "mean"],
      ["channel", { channel: "web" }, "pooled"],
      ...(await facetFilters())
        .filter(([label]) => label === "procedure" || label === "counter")
        .map(([label, filters]) => [label, filters, "mean"] as [string, FigureFilters, "mean"]),
    ];
    const read = async (filters: FigureFilters, rollup: "pooled" | "mean") => {
      return figuresJson({ q, roots, scope, instruments }, range, filters, { ...settings, rollup });
    };
    /** Through the kept counts (never forgotten here), then recounted without the rollups: the same. */
    const expectFresh = async (step: string) => {
      for (const [label, filters, rollup] of cases) {
        const kept = await read(filters, rollup);
        await setValid(false);
        try {
          expect(kept, `${step}: ${label}`).toBe(await read(filters, rollup));
        } finally {
          await setValid(true);
        }
      }
    };
    forgetSettledCounts();
    await expectFresh("kept");
    const before = await read({}, "pooled");

    // A burst of the settled day, counted so far, rejected by a manager: its answers leave the figures.
    const burstUnit = Number(
      (
        await testDb.client.execute({
          sql: `SELECT unit_id AS id FROM responses WHERE local_day = ? AND flagged = 0 AND burst_id IS NULL
                GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
          args: [settledDay],
        })
      ).rows[0]?.id,
    );
    const now = Date.now();
    const burstId = Number(
      (
        await testDb.client.execute({
          sql: `INSERT INTO bursts (unit_id, window_minutes, threshold, baseline, started_at, last_at, open_until, held, status)
                VALUES (?, 10, 5, 0, ?, ?, 0, 0, 'confirmed') RETURNING id`,
          args: [burstUnit, now, now],
        })
      ).rows[0]?.id,
    );
    const held = await testDb.client.execute({
      sql: `UPDATE responses SET burst_id = ? WHERE unit_id = ? AND local_day = ? AND flagged = 0 AND burst_id IS NULL
            RETURNING id`,
      args: [burstId, burstUnit, settledDay],
    });
    expect(held.rows.length).toBeGreaterThan(0);
    const managerId = String((await testDb.client.execute("SELECT id FROM user LIMIT 1")).rows[0]?.id);
    const { writeBurstDecision } = await import("@/features/survey/server/burst-queries");
    const decide = (status: "confirmed" | "rejected", decision: "confirmed" | "rejected") =>
      testDb.db.transaction((tx) =>
        writeBurstDecision(
          tx as unknown as Parameters<typeof writeBurstDecision>[0],
          () => {},
          { id: burstId, unitId: burstUnit, status, held: held.rows.length },
          decision,
          managerId,
        ),
      );
    expect(await decide("confirmed", "rejected")).toBe(true);
    expect(await read({}, "pooled"), "the rejected burst left the figures").not.toBe(before);
    await expectFresh("burst rejected");
    expect(await decide("rejected", "confirmed")).toBe(true);
    expect(await read({}, "pooled")).toBe(before);
    await expectFresh("burst confirmed again");
    const settledBefore = (await testDb.client.execute("SELECT settled_through AS d FROM rollup_state"))
      .rows[0]?.d;
    expect(String(settledBefore) >= settledDay, "the day is settled").toBe(true);

    // A late answer on the settled day (a response written after the day was settled).
    const counter = (await testDb.client.execute("SELECT id, unit_id FROM counters LIMIT 1")).rows[0];
    await insertQuickAnswer({
      unitId: Number(counter?.unit_id),
      counterId: Number(counter?.id),
      day: settledDay,
      key: "settled-late-1",
      value: 1,
    });
    const withLate = await read({}, "pooled");
    expect(withLate, "the late answer is in the figures").not.toBe(before);
    await expectFresh("late answer");

    // Raw answers of the settled day repaired, then `npm run db:aggregates` (its triggers set aside).
    await testDb.client.execute({
      sql: `UPDATE answers SET value = 4 - value WHERE item_key = 'quick' AND value IS NOT NULL AND response_id IN
              (SELECT id FROM responses WHERE local_day = ? AND flagged = 0)`,
      args: [settledDay],
    });
    const { rebuildDailyAnswerCounts } = await import("./aggregates");
    await rebuildDailyAnswerCounts(testDb.db);
    expect(await read({}, "pooled"), "the repaired answers are in the figures").not.toBe(withLate);
    await expectFresh("aggregates rebuilt");
  }, 120_000);

  it("give the same quick figures to reads of the quick figure alone (rankings, the public board's trend)", async () => {
    const { q, roots, scope, settings, instruments } = await wholeScope();
    const { trendMonths } = await import("../dashboard-params");
    const ids = scope.units.map((u) => u.id);
    for (const rollup of ["pooled", "mean"] as const) {
      const config = { ...settings, rollup };
      const read = async () => {
        const current = await q.getFigures(
          scope,
          { from: addDays(TODAY, -40), to: TODAY },
          {},
          config,
          instruments,
          {
            full: roots,
            quickOnly: ids.filter((id) => !roots.includes(id)),
          },
        );
        const months = await q.getMonthlyFigures(scope, ids, trendMonths(TODAY), {}, config, instruments, {
          quickOnly: true,
        });
        return JSON.stringify({
          current: ids.map((id) => current.get(id)?.quick),
          months: months.map((m) => ids.map((id) => m.figures.get(id)?.quick)),
        });
      };
      const viaRollups = await read();
      await setValid(false);
      try {
        expect(viaRollups, rollup).toBe(await read());
      } finally {
        await setValid(true);
      }
      expect(viaRollups).toContain('"n":');
    }
  });

  it("give the same figures when the database refuses to record settled days (nothing is kept then)", async () => {
    const { settledState } = await import("./settled-counts");
    await testDb.client.execute("UPDATE rollup_state SET settled_through = '' WHERE id = 1");
    await testDb.client.execute(`CREATE TRIGGER refuse_settling BEFORE UPDATE OF settled_through ON rollup_state
      BEGIN SELECT RAISE(ABORT, 'read-only'); END`);
    try {
      const range = { from: addDays(TODAY, -45), to: TODAY };
      const viaRollups = await figures(range, {}, true);
      expect((await settledState(TODAY)).through).toBe("");
      expect(viaRollups.json).toBe((await figures(range, {}, false)).json);
    } finally {
      await testDb.client.execute("DROP TRIGGER refuse_settling");
    }
  });

  it("are marked stale by a change to the unit tree, and rebuilt before use", async () => {
    const { rollupsValid, ensureRollups, diffRollups } = await import("./rollups");
    const parent = Number(
      (
        await testDb.client.execute(
          "SELECT id FROM units WHERE parent_id IS NOT NULL AND valid_to IS NULL LIMIT 1",
        )
      ).rows[0]?.id,
    );
    await testDb.client.execute({
      sql: `INSERT INTO units (slug, name, kind, level, parent_id, valid_from)
            SELECT 'don-vi-moi-rollup', 'Đơn vị mới', kind, level, ?, '2026-01-01' FROM units WHERE id = ?`,
      args: [parent, parent],
    });
    expect(await rollupsValid(testDb.db)).toBe(false);
    expect(await ensureRollups(testDb.db)).toBe(true);
    expect(await rollupsValid(testDb.db)).toBe(true);
    expect(await diffRollups(testDb.db)).toEqual([]);
    await expectSameFigures();
  });
});

describe("planRollups", () => {
  it("counts a unit's answers for itself and every current ancestor; merged and abolished units report up", () => {
    const units = [
      { id: 1, parentId: null, validTo: null },
      { id: 2, parentId: 1, validTo: null },
      { id: 3, parentId: 2, validTo: null },
      { id: 4, parentId: 2, validTo: "2025-12-31" }, // merged into 3
      { id: 5, parentId: 2, validTo: "2025-06-30" }, // abolished: counts for its parent 2
      { id: 6, parentId: 1, validTo: null },
    ];
    const plan = planRollups(units, [{ successorId: 3, predecessorId: 4 }]);
    const pathsOf = (id: number) =>
      plan.paths
        .filter(([unit]) => unit === id)
        .map(([, node]) => node)
        .sort();
    expect(pathsOf(1)).toEqual([1]);
    expect(pathsOf(3)).toEqual([1, 2, 3]);
    expect(pathsOf(4)).toEqual([1, 2, 3]);
    expect(pathsOf(5)).toEqual([1, 2]);
    expect(pathsOf(6)).toEqual([1, 6]);
    expect([...plan.nodes].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 4],
      [2, 2],
      [3, 1],
      [6, 1],
    ]);
  });
});
