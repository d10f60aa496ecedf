import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDay } from "@/lib/time";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { planDays } from "../scale-plan";
import type { ScaleMarker } from "./scale";

// The generator's small run: a national-shaped tree and responses whose aggregates equal a recomputation.

const OPTIONS = { responses: 2000, units: 40, months: 12, seed: 7, dossiers: 60_000 };
const TODAY = "2026-06-15";

let testDb: TestDatabase;
let marker: ScaleMarker;

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { generateScaleData } = await import("./scale");
  marker = await generateScaleData(testDb.client, testDb.db, OPTIONS, TODAY, () => {});
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await testDb.client.execute(sql)).rows as unknown as Array<Record<string, unknown>>;
}

describe("generate-scale, small run", () => {
  it("writes the requested units as one root, provinces, and departments and communes below them", async () => {
    expect(await testDb.count("units")).toBe(OPTIONS.units);
    const kinds = await rows(`
      SELECT u.kind, p.kind AS parentKind, count(*) AS n FROM units u LEFT JOIN units p ON p.id = u.parent_id
      GROUP BY 1, 2 ORDER BY 1`);
    const byKind = new Map(kinds.map((k) => [`${k.kind}<${k.parentKind}`, Number(k.n)]));
    expect(byKind.get("ministry_unit<null")).toBe(1);
    expect(byKind.get("province<ministry_unit")).toBeGreaterThanOrEqual(1);
    expect(byKind.get("commune<province")).toBeGreaterThan(byKind.get("department<province") ?? 0);
    expect(await testDb.count("counters")).toBeGreaterThan(0);
    // Every unit and every counter has its short link.
    expect(await testDb.count("short_links")).toBe(OPTIONS.units + (await testDb.count("counters")));
  });

  it("writes the responses over the months ending today, mostly quick, some flagged", async () => {
    expect(await testDb.count("responses")).toBe(OPTIONS.responses);
    expect(marker.answers).toBe(await testDb.count("answers"));
    const days = planDays(TODAY, OPTIONS.months);
    const all = await rows(
      "SELECT r.submitted_at, r.local_day, i.key, r.flagged FROM responses r JOIN instruments i ON i.id = r.instrument_id",
    );
    for (const r of all) expect(localDay(Number(r.submitted_at))).toBe(r.local_day);
    const localDays = all.map((r) => String(r.local_day)).sort();
    expect((localDays[0] ?? "") >= (days[0] ?? "")).toBe(true);
    expect((localDays.at(-1) ?? "") <= TODAY).toBe(true);
    expect(new Set(localDays.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(OPTIONS.months);
    const service = all.filter((r) => r.key === "service").length;
    expect(service / all.length).toBeGreaterThan(0.05);
    expect(service / all.length).toBeLessThan(0.15);
    expect(all.some((r) => Number(r.flagged) === 1)).toBe(true);
  });

  it("builds daily aggregates equal to a recomputation from raw answers, and puts the indexes back", async () => {
    const { diffDailyAnswerCounts, diffMonthlyAnswerCounts } = await import(
      "@/features/index/server/aggregates"
    );
    expect(await testDb.count("daily_answer_counts")).toBeGreaterThan(0);
    expect(await diffDailyAnswerCounts(testDb.db)).toEqual([]);
    expect(await testDb.count("monthly_answer_counts")).toBeGreaterThan(0);
    expect(await diffMonthlyAnswerCounts(testDb.db)).toEqual([]);
    const [total] = await rows(`
      SELECT (SELECT sum(count) FROM daily_answer_counts) AS aggregated,
        (SELECT count(*) FROM answers WHERE value IS NOT NULL) AS raw`);
    expect(Number(total?.aggregated)).toBe(Number(total?.raw));
    const indexes = (await rows("SELECT name FROM sqlite_master WHERE type = 'index'")).map((r) => r.name);
    const triggers = (
      await rows("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'daily_answer_counts'")
    ).map((r) => r.name);
    // Three keep the monthly counts, four the subtree rollups, four their channel facets (which the
    // generator rebuilds too, with the procedure and counter facets) and three mark settled days changed.
    expect(triggers).toHaveLength(14);
    expect(await testDb.count("rollup_facet_daily_counts")).toBeGreaterThan(0);
    const { diffRollups, rollupsValid } = await import("@/features/index/server/rollups");
    expect(await rollupsValid(testDb.db)).toBe(true);
    expect(await diffRollups(testDb.db)).toEqual([]);
    expect(indexes).toEqual(
      expect.arrayContaining(["responses_unit_day_idx", "responses_idempotency_key_unique"]),
    );
    expect((await rows("PRAGMA journal_mode"))[0]?.journal_mode).toBe("wal");
  });

  it("gives the engine the same figures from the aggregates as from raw rows", async () => {
    const { getFigures, listFigureInstruments, resolveScopeUnits, getIndexSettings } = await import(
      "@/features/index/server/index-figures"
    );
    const ids = (await rows("SELECT id FROM units")).map((r) => Number(r.id));
    const scope = await resolveScopeUnits(ids);
    const [config, instruments] = await Promise.all([getIndexSettings(), listFigureInstruments()]);
    const range = { from: planDays(TODAY, OPTIONS.months)[0] ?? TODAY, to: TODAY };
    const figures = (await getFigures(scope, range, {}, config, instruments)).get(1);
    expect(figures?.quick.n).toBeGreaterThan(1000);
    // Recomputed from raw answers of unflagged responses, every unit pooled under the root.
    const raw = await rows(`
      SELECT a.item_key AS item, a.value, count(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id
      WHERE r.flagged = 0 AND a.value IS NOT NULL GROUP BY 1, 2`);
    const distribution = (item: string, size: number) =>
      Array.from({ length: size }, (_, i) =>
        Number(raw.find((r) => r.item === item && Number(r.value) === i + 1)?.n ?? 0),
      );
    expect(figures?.quick.distribution).toEqual(distribution("quick", 3));
    const service = figures?.instruments.find((i) => i.key === "service");
    const items = service?.elements.flatMap((e) => e.items) ?? [];
    expect(items).toHaveLength(19);
    for (const item of items) expect(item.figure.distribution).toEqual(distribution(item.key, 5));
  });
});

describe("generate-scale, dossiers", () => {
  it("keeps the period's dossiers as daily counts per unit, with a few open ones as raw rows", async () => {
    const [totals] = await rows(`
      SELECT sum(received) AS received, sum(returned) AS returned, sum(early) AS early, sum(on_time) AS onTime,
        sum(late) AS late, sum(with_apology) AS withApology, sum(bad) AS bad, min(day) AS first, max(day) AS last
      FROM dossier_daily_counts`);
    const active = (await rows("SELECT count(*) AS n FROM units WHERE kind IN ('commune', 'department')"))[0];
    const open = await testDb.count("dossiers");
    expect(open).toBe(Number(active?.n) * 8);
    expect(marker.openDossiers).toBe(open);
    // The open dossiers' triggers add to those rows, or start one on a day without planned dossiers.
    const dayRows = await testDb.count("dossier_daily_counts");
    expect(dayRows).toBeGreaterThanOrEqual(marker.dossierDays ?? 0);
    expect(dayRows).toBeLessThanOrEqual((marker.dossierDays ?? 0) + open);
    expect(marker.dossierDays).toBeGreaterThan(300 * Number(active?.n));
    // Stochastic rounding: the planned total, give or take a little, plus the open dossiers' intake.
    expect(Math.abs(Number(totals?.received) - open - OPTIONS.dossiers)).toBeLessThan(
      OPTIONS.dossiers * 0.02,
    );
    expect(Number(totals?.returned)).toBe(
      Number(totals?.early) + Number(totals?.onTime) + Number(totals?.late),
    );
    expect(Number(totals?.withApology)).toBeLessThanOrEqual(Number(totals?.late));
    expect(Number(totals?.bad)).toBeGreaterThanOrEqual(Number(totals?.late));
    const onTime = (Number(totals?.early) + Number(totals?.onTime)) / Number(totals?.returned);
    expect(onTime).toBeGreaterThan(0.98);
    expect(onTime).toBeLessThan(0.999);
    const days = planDays(TODAY, OPTIONS.months);
    expect(String(totals?.first) >= (days[0] ?? "")).toBe(true);
    expect(String(totals?.last)).toBe(TODAY);
  });

  it("gives the same dossier figures from the rollups as from the per-unit counts, overdue ones included", async () => {
    const { subtreeDossierFigures, scopeDossierFigures } = await import("@/features/dossiers/server/figures");
    const { resolveScopeUnits } = await import("@/features/index/server/index-figures");
    const now = new Date(`${TODAY}T18:00:00+07:00`);
    const range = { from: "2025-06-20", to: TODAY };
    const root = await subtreeDossierFigures(1, range, now);
    expect(root).toEqual(await subtreeDossierFigures(1, range, now, { rollups: false }));
    expect(root.received).toBeGreaterThan(OPTIONS.dossiers * 0.9);
    expect(root.pendingOverdue).toBeGreaterThan(0);
    expect(root.pendingOverdue).toBeLessThan(await testDb.count("dossiers"));
    const scope = await resolveScopeUnits((await rows("SELECT id FROM units")).map((r) => Number(r.id)));
    const fast = await scopeDossierFigures(scope, range, now);
    expect(Object.fromEntries(fast)).toEqual(
      Object.fromEntries(await scopeDossierFigures(scope, range, now, { rollups: false })),
    );
    expect(fast.get(1)).toEqual(root);
  });
});

describe("raw-responses export stream", () => {
  it.each([
    ["unit by unit", undefined],
    ["along the table in id order", 1],
  ])(
    "streams every response of a unit's subtree and period once, in small pages: %s",
    async (_, walkFromUnits) => {
      const { responsesCsvStream } = await import("@/features/index/server/responses-csv");
      const [province] = await rows("SELECT id FROM units WHERE kind = 'province' ORDER BY id LIMIT 1");
      const subtree = (
        await rows(`SELECT id FROM units WHERE id = ${province?.id} OR parent_id = ${province?.id}`)
      ).map((r) => Number(r.id));
      const range = { from: "2026-01-01", to: "2026-03-31" };
      const stream = responsesCsvStream({
        unitIds: subtree,
        range,
        includeComments: false,
        pageSize: 7,
        walkFromUnits,
      });
      let text = "";
      let chunks = 0;
      const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
      const reader = stream.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        text += decoder.decode(next.value, { stream: true });
        chunks += 1;
      }
      expect(text.startsWith("\uFEFF")).toBe(true);
      const records = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
      const expected = await rows(`
      SELECT id FROM responses WHERE unit_id IN (${subtree.join(",")})
        AND local_day BETWEEN '${range.from}' AND '${range.to}' ORDER BY id`);
      expect(records.map((r) => Number(r["Mã phiếu"])).sort((a, b) => a - b)).toEqual(
        expected.map((r) => Number(r.id)),
      );
      expect(chunks).toBeGreaterThanOrEqual(Math.ceil(expected.length / 7));
      expect(Object.keys(records[0] ?? {})).not.toContain("Góp ý");
      for (const r of records)
        expect((r["Ngày"] ?? "") >= range.from && (r["Ngày"] ?? "") <= range.to).toBe(true);
    },
  );
});
