/**
 * `npm run bench:scale [-- --responses 10000000]` (also the last part of `npm run bench -- --scale`).
 * On the national-scale database (db:scale; data/scale.db), in this process, with the same functions the
 * pages call:
 *  (a) the whole-country overview (`loadDashboard` of every unit: figures of every subtree for the
 *      default 30 days and the previous 30, the 12-month trend, filter options);
 *  (b) the ranking of every commune (the drill-down of the root with "all units below", then `rankUnits`);
 *  (c) baseline: the same figures recomputed from raw responses ⨝ answers with SQL GROUP BY;
 *  (d) the raw-responses CSV export of ~1 M responses through the route's stream, with RSS and heap
 *      sampled against the RSS before it;
 *  (e) dossier figures (on-time rate, QĐ 766 ratio): one province's subtree for a year, the ranking of
 *      every commune of the country for a year, the country's open overdue dossiers — from the rollups,
 *      and the same from the per-unit daily counts (checked equal).
 * An existing data/scale.db is reused whatever its size unless --responses asks for another; without
 * one, 2 M responses are generated (10 M takes far longer than a bench run here: see docs/PERFORMANCE.md).
 *  (h) the dashboard filtered by channel, field, procedure and counter, and under the mean rollup, over one
 *      province and the whole country, through the kept counts and with the rollups set aside (checked
 *      equal): bench/scale-filters.ts.
 * The process runs as of 18:00 on the data's last day (bench/clock.ts): that day's answers are read on every
 * request, the days before are settled and kept after a first read, which each row also shows ("first").
 * Flags: --responses N, --dossiers N, --db FILE, --runs N, --baseline-runs N,
 * --only export|figures|dossiers|filters (figures includes dossiers and filters), --skip-raw (no (c)), --page (the overview's whole
 * page in Chromium against the production server on the scale database, built for it when stale, port 3260:
 * bench/scale-page.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { runAsOf } from "./clock.mjs";
import { fmt1, fmtInt, fmtKb, fmtMs, log, mark, table } from "./format";
import { benchFilters, FILTER_TARGET_MS, type FilterResult, filtersReport } from "./scale-filters";
import { benchOverviewPage, PAGE_TARGET_MS } from "./scale-page";
import { strip, type Timing, timeRuns } from "./timing";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const dbFlag = process.argv.indexOf("--db");
const FILE = (dbFlag >= 0 ? process.argv[dbFlag + 1] : undefined) ?? "data/scale.db";
const DEFAULT_RESPONSES = 2_000_000;
const EXPORT_ROWS = 1_000_000;
export const SCALE_TARGETS = { overviewMs: 200, rankingMs: 200, exportSeconds: 30, dossiersMs: 200 } as const;
function countFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
/** Timed runs after one warm-up (fewer with --runs / --baseline-runs: at 10 M a run takes seconds). */
const RUNS = countFlag("--runs", 5);
const BASELINE_RUNS = countFlag("--baseline-runs", 2);
const SKIP_RAW = process.argv.includes("--skip-raw");

async function existingMarker(): Promise<{ responses: number } | null> {
  const { readScaleMarker } = await import("@/features/demo/server/scale");
  const client = createClient({ url: `file:${FILE}` });
  try {
    return await readScaleMarker(client);
  } catch {
    return null;
  } finally {
    client.close();
  }
}

async function prepare(argv: readonly string[]) {
  const { ensureScaleDatabase, parseGenerateArgs } = await import("../scripts/generate-scale");
  const asked = argv.includes("--responses");
  const existing = asked ? null : await existingMarker();
  const args = parseGenerateArgs([
    ...argv,
    ...(asked ? [] : ["--responses", String(existing?.responses ?? DEFAULT_RESPONSES)]),
    ...(argv.includes("--db") ? [] : ["--db", FILE]),
  ]);
  await ensureScaleDatabase(args, (line) => log(line));
  process.env.DATABASE_URL = `file:${FILE}`;
  const { readScaleMarker } = await import("@/features/demo/server/scale");
  const { getClient } = await import("../db/client");
  const marker = await readScaleMarker(getClient());
  if (!marker) throw new Error(`${FILE} has no scale marker`);
  return marker;
}

/** The most recent days (ending `today`) that hold about `rows` responses. */
async function exportPeriod(
  today: string,
  rows: number,
): Promise<{ from: string; to: string; rows: number }> {
  const { getClient } = await import("../db/client");
  const rs = await getClient().execute({
    sql: "SELECT local_day AS day, count(*) AS n FROM responses WHERE local_day <= ? GROUP BY 1 ORDER BY 1 DESC",
    args: [today],
  });
  let total = 0;
  let from = today;
  for (const r of rs.rows) {
    total += Number(r.n);
    from = String(r.day);
    if (total >= rows) break;
  }
  return { from, to: today, rows: total };
}

async function benchExport(rootId: number, period: { from: string; to: string }) {
  const { exportUnitIds, responsesCsvStream } = await import("@/features/index/server/responses-csv");
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 25);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const unitIds = await exportUnitIds([rootId]);
  const reader = responsesCsvStream({ unitIds, range: period, includeComments: true }).getReader();
  let bytes = 0;
  let lines = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
    // Native search: a byte-by-byte JS loop over 140 MB would add seconds to the figure measured.
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  clearInterval(sampler);
  const mb = (n: number) => n / 1024 / 1024;
  return {
    ...period,
    units: unitIds.length,
    records: lines - 1,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rowsPerSecond: (lines - 1) / seconds,
    csvMb: mb(bytes),
    rssBeforeMb: mb(before.rss),
    rssPeakMb: mb(peakRss),
    heapBeforeMb: mb(before.heapUsed),
    heapPeakMb: mb(peakHeap),
  };
}

type ExportResult = Awaited<ReturnType<typeof benchExport>> & { expected: number };

function exportReport(exported: ExportResult): string {
  return [
    `Raw-responses export (CSV stream)  whole country ${exported.from} – ${exported.to}, ${fmtInt(exported.units)} units (target < ${SCALE_TARGETS.exportSeconds} s)`,
    table(
      [
        ["records", fmtInt(exported.records), mark(exported.records === exported.expected)],
        ["time", `${fmt1(exported.seconds)} s`, mark(exported.seconds < SCALE_TARGETS.exportSeconds)],
        ["rows/s", fmtInt(exported.rowsPerSecond), ""],
        ["CPU time", `${fmt1(exported.cpuSeconds)} s`, ""],
        ["CSV size", `${fmt1(exported.csvMb)} MB`, ""],
        [
          "RSS before → peak (sampled every 25 ms)",
          `${fmt1(exported.rssBeforeMb)} → ${fmt1(exported.rssPeakMb)} MB (+${fmt1(exported.rssPeakMb - exported.rssBeforeMb)})`,
          "",
        ],
        ["heap used before → peak", `${fmt1(exported.heapBeforeMb)} → ${fmt1(exported.heapPeakMb)} MB`, ""],
      ],
      ["", "value", "target"],
    ),
  ].join("\n");
}

/** (a), (b) and (c): the dashboard's figures for the whole country, and the same from raw rows. */
async function benchFigures(today: string, rootId: number, all: readonly number[]) {
  const { loadDashboard } = await import("@/features/index/server/dashboard");
  const { overviewSelection, unitPageSelection } = await import("@/features/index/figure-selection");
  const { rankUnits } = await import("@/features/index/index-ranking");
  const { indexChange } = await import("@/features/index/index-engine");
  const { addDays } = await import("../lib/time");
  const { trendMonths } = await import("@/features/index/dashboard-params");
  const { recomputeFromRaw } = await import("./scale-baseline");
  const { getIndexSettings, listFigureInstruments } = await import("@/features/index/server/index-figures");

  // The default period (last 30 days), ending the day the data ends rather than today.
  const params = { ky: "tuy-chon", tu: addDays(today, -29), den: today };
  log(`scale: overview of ${fmtInt(all.length)} units ×${RUNS}…`);
  // As the pages call it: the overview lists the top two levels of a large scope (figures of those units,
  // the trend of the root); the ranking page has the root and its children in full and every other unit's
  // quick figure.
  const { forgetSettledCounts } = await import("@/features/index/server/settled-counts");
  const overview = await timeRuns(
    RUNS,
    () => loadDashboard(all, params, undefined, overviewSelection),
    forgetSettledCounts,
  );
  // The same 30 days but across two months: more days read from the daily table.
  const offMonth = { ky: "tuy-chon", tu: addDays(today, -44), den: addDays(today, -15) };
  log(`scale: overview over ${offMonth.tu} – ${offMonth.den} ×${RUNS}…`);
  const overviewOffMonth = await timeRuns(
    RUNS,
    () => loadDashboard(all, offMonth, undefined, overviewSelection),
    forgetSettledCounts,
  );
  log("scale: ranking of all communes…");
  const ranking = await timeRuns(
    RUNS,
    async () => {
      const data = await loadDashboard(
        all,
        { ...params, "pham-vi": "tat-ca" },
        [rootId],
        unitPageSelection(rootId, true),
      );
      return rankUnits(
        data.scope.units
          .filter((u) => u.kind === "commune")
          .flatMap((u) => {
            const f = data.current.get(u.id);
            if (!f) return [];
            const change = indexChange(f.quick, data.previous.get(u.id)?.quick);
            const { index, n, enoughSamples } = f.quick;
            return [{ id: u.id, name: u.name, index, n, enoughSamples, change }];
          }),
      );
    },
    forgetSettledCounts,
  );
  const data = overview.result;
  const [config, instruments] = await Promise.all([getIndexSettings(), listFigureInstruments()]);
  // --skip-raw: minutes at 10 M (4 min a run here); the filters' baselines (h) are measured apart.
  if (!SKIP_RAW) log(`scale: baseline (raw GROUP BY) ×${BASELINE_RUNS}…`);
  const baseline = SKIP_RAW
    ? undefined
    : await timeRuns(BASELINE_RUNS, () =>
        recomputeFromRaw(data.scope, data.query.period, trendMonths(today), config, instruments),
      );
  const same =
    baseline &&
    JSON.stringify(baseline.result.current.get(rootId)) === JSON.stringify(data.current.get(rootId)) &&
    JSON.stringify(baseline.result.months.map((m) => m.figures)) ===
      JSON.stringify(data.months.map((m) => m.figures.get(rootId))) &&
    [...data.current].every(([id, f]) => baseline.result.current.get(id)?.quick.n === f.quick.n);
  return {
    params,
    offMonth,
    communes: ranking.result.length,
    overview: strip(overview),
    overviewOffMonth: strip(overviewOffMonth),
    ranking: strip(ranking),
    baseline: baseline && strip(baseline),
    sameFigures: same,
  };
}

function figuresReport(f: Awaited<ReturnType<typeof benchFigures>>, load: number[]): string {
  const ratio = (t: Timing) => (f.baseline ? `${fmt1(f.baseline.medianMs / t.medianMs)} ×` : "—");
  const row = (label: string, t: Timing, target: string) => [
    label,
    fmtMs(t.firstMs),
    fmtMs(t.medianMs),
    fmtMs(t.p95Ms),
    fmtMs(t.cpuMedianMs),
    ratio(t),
    target,
  ];
  const pass = (t: Timing) => mark(t.medianMs < SCALE_TARGETS.overviewMs);
  return [
    `  (server time in process, median / p95 of ${RUNS} runs after a first one with nothing kept in memory ("first"); baseline ${BASELINE_RUNS} runs; targets < ${SCALE_TARGETS.overviewMs} ms;`,
    "   the clock set to the data's last day, 18:00: that day's answers read live, the days before kept once read;",
    `   load average at start ${load.map((l) => l.toFixed(1)).join(" / ")} on ${cpus().length} CPUs: wall times include waiting for a CPU, CPU times do not)`,
    table(
      [
        row(`(a) overview, whole country, ${f.params.tu} – ${f.params.den}`, f.overview, pass(f.overview)),
        row(
          `    same, 30 days across two months (${f.offMonth.tu} – ${f.offMonth.den})`,
          f.overviewOffMonth,
          pass(f.overviewOffMonth),
        ),
        row(
          `(b) ranking, ${fmtInt(f.communes)} communes (target at p95)`,
          f.ranking,
          mark(f.ranking.p95Ms < SCALE_TARGETS.rankingMs),
        ),
        ...(f.baseline
          ? [
              row(
                "(c) baseline: (a) recomputed from raw rows, GROUP BY",
                f.baseline,
                f.sameFigures ? "same figures" : "DIFFERENT",
              ),
            ]
          : [["(c) baseline: skipped (--skip-raw)", "", "", "", "", "", ""]]),
      ],
      ["", "first", "median", "p95", "CPU median", "baseline ÷", "target"],
    ),
  ].join("\n");
}

/** (e) the dossier figures: a province for a year, every commune ranked, the overdue count; and the naive reads. */
async function benchDossiers(today: string, all: readonly number[]) {
  const { subtreeDossierFigures, scopeDossierFigures } = await import("@/features/dossiers/server/figures");
  const { countOpenOverdue } = await import("@/features/dossiers/server/dossier-queries");
  const { resolveScopeUnits } = await import("@/features/index/server/index-figures");
  const { addDays } = await import("../lib/time");
  const { getClient } = await import("../db/client");
  const [province] = (
    await getClient().execute("SELECT id FROM units WHERE kind = 'province' ORDER BY id LIMIT 1")
  ).rows;
  const provinceId = Number(province?.id);
  // A year ending the day the data ends: eleven whole months and two partial ones.
  const year = { from: addDays(today, -364), to: today };
  const now = new Date(`${today}T18:00:00+07:00`);
  log(`scale: dossier figures of province ${provinceId}, ${year.from} – ${year.to} ×${RUNS}…`);
  const provinceFigures = await timeRuns(RUNS, () => subtreeDossierFigures(provinceId, year, now));
  const rank = async (rollups: boolean) => {
    const scope = await resolveScopeUnits(all);
    const figures = await scopeDossierFigures(scope, year, now, { rollups });
    return scope.units
      .filter((u) => u.kind === "commune")
      .map((u) => ({ id: u.id, ...figures.get(u.id) }))
      .sort(
        (a, b) =>
          (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
          (b.qd766Ratio ?? -1) - (a.qd766Ratio ?? -1) ||
          a.id - b.id,
      );
  };
  log(`scale: on-time ranking of every commune ×${RUNS}…`);
  const ranking = await timeRuns(RUNS, () => rank(true));
  log(`scale: open overdue dossiers of the country ×${RUNS}…`);
  const scope = await resolveScopeUnits(all);
  const overdue = await timeRuns(RUNS, () => countOpenOverdue(scope.countedIds, today, now));
  log(`scale: dossier figures from the per-unit daily counts ×${BASELINE_RUNS}…`);
  const naiveProvince = await timeRuns(BASELINE_RUNS, () =>
    subtreeDossierFigures(provinceId, year, now, { rollups: false }),
  );
  const naiveRanking = await timeRuns(BASELINE_RUNS, () => rank(false));
  const strip = ({ result: _, ...t }: Timing & { result: unknown }) => t;
  return {
    year,
    provinceId,
    communes: ranking.result.length,
    returned: provinceFigures.result.returned,
    onTimeRate: provinceFigures.result.onTimeRate,
    overdueCount: overdue.result,
    province: strip(provinceFigures),
    ranking: strip(ranking),
    overdue: strip(overdue),
    naiveProvince: strip(naiveProvince),
    naiveRanking: strip(naiveRanking),
    sameFigures:
      JSON.stringify(naiveProvince.result) === JSON.stringify(provinceFigures.result) &&
      JSON.stringify(naiveRanking.result) === JSON.stringify(ranking.result),
  };
}

function dossiersReport(d: Awaited<ReturnType<typeof benchDossiers>>): string {
  const pass = (t: Timing) => mark(t.medianMs < SCALE_TARGETS.dossiersMs);
  const row = (label: string, t: Timing, target: string) => [
    label,
    fmtMs(t.firstMs),
    fmtMs(t.medianMs),
    fmtMs(t.p95Ms),
    fmtMs(t.cpuMedianMs),
    target,
  ];
  return [
    `Dossier figures (on-time rate, QĐ 766), ${d.year.from} – ${d.year.to} (targets < ${SCALE_TARGETS.dossiersMs} ms; median / p95 of ${RUNS} runs)`,
    table(
      [
        row(
          `(e) province ${d.provinceId}: ${fmtInt(d.returned)} returned, on time ${fmt1(d.onTimeRate ?? 0)} %`,
          d.province,
          pass(d.province),
        ),
        row(`(f) on-time / QĐ 766 ranking of ${fmtInt(d.communes)} communes`, d.ranking, pass(d.ranking)),
        row(
          `(g) open overdue dossiers, whole country: ${fmtInt(d.overdueCount)}`,
          d.overdue,
          pass(d.overdue),
        ),
        row(
          "    (e) from the per-unit daily counts",
          d.naiveProvince,
          d.sameFigures ? "same figures" : "DIFFERENT",
        ),
        row(
          "    (f) from the per-unit daily counts",
          d.naiveRanking,
          d.sameFigures ? "same figures" : "DIFFERENT",
        ),
      ],
      ["", "median", "p95", "CPU median", "target"],
    ),
  ].join("\n");
}

async function main(argv: readonly string[]): Promise<void> {
  const only = argv[argv.indexOf("--only") + 1];
  const marker = await prepare(argv);
  const startedAt = new Date().toISOString();
  runAsOf(marker.today);
  const load = loadavg();
  const { listSubtreeUnitIds } = await import("@/features/units/server/unit-queries");
  const rootId = 1;
  const all = await listSubtreeUnitIds([rootId]);

  // The export first, while the process is fresh: its RSS baseline is not the figures' leftovers.
  let exported: ExportResult | undefined;
  if (!argv.includes("--only") || only === "export") {
    const period = await exportPeriod(marker.today, Math.min(EXPORT_ROWS, marker.responses));
    log(`scale: export of ${fmtInt(period.rows)} responses (${period.from} – ${period.to})…`);
    exported = { ...(await benchExport(rootId, period)), expected: period.rows };
  }
  const figures =
    !argv.includes("--only") || only === "figures"
      ? await benchFigures(marker.today, rootId, all)
      : undefined;
  const dossiers =
    !argv.includes("--only") || only === "dossiers" || only === "figures"
      ? await benchDossiers(marker.today, all)
      : undefined;
  let filters: FilterResult[] | undefined;
  if (!argv.includes("--only") || only === "filters" || only === "figures") {
    const [province] = (
      await (
        await import("../db/client")
      )
        .getClient()
        .execute("SELECT id FROM units WHERE kind = 'province' ORDER BY id LIMIT 1")
    ).rows;
    const provinceIds = await listSubtreeUnitIds([Number(province?.id)]);
    filters = await benchFilters(
      marker.today,
      [
        { name: `province ${Number(province?.id)}`, unitIds: provinceIds },
        { name: "whole country", unitIds: all },
      ],
      RUNS,
      BASELINE_RUNS,
    );
  }

  const page = argv.includes("--page") ? await benchOverviewPage(FILE, RUNS, marker.today) : undefined;
  const results = {
    at: startedAt,
    clock: `${marker.today}T18:00:00+07:00`,
    database: { file: FILE, ...marker },
    ...(figures && {
      figures: {
        ...figures,
        pass: {
          overview: figures.overview.medianMs < SCALE_TARGETS.overviewMs,
          ranking: figures.ranking.p95Ms < SCALE_TARGETS.rankingMs,
        },
      },
    }),
    ...(dossiers && {
      dossiers: {
        ...dossiers,
        pass: {
          province: dossiers.province.medianMs < SCALE_TARGETS.dossiersMs,
          ranking: dossiers.ranking.medianMs < SCALE_TARGETS.dossiersMs,
          overdue: dossiers.overdue.medianMs < SCALE_TARGETS.dossiersMs,
        },
      },
    }),
    ...(filters && {
      filters: filters.map((f) => ({
        ...f,
        pass: f.kept.medianMs < FILTER_TARGET_MS && f.same,
      })),
    }),
    ...(page && {
      overviewPage: {
        medianMs: page.medianMs,
        p95Ms: page.p95Ms,
        runs: page.runs,
        visits: page.visits,
        loadAverage: load,
        pass: page.medianMs < PAGE_TARGET_MS,
      },
    }),
    ...(exported && {
      export: {
        ...exported,
        pass: exported.seconds < SCALE_TARGETS.exportSeconds && exported.records === exported.expected,
      },
    }),
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/scale.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    [
      "",
      `National scale  ${FILE}: ${fmtInt(marker.responses)} responses (${fmtInt(marker.answers)} answers), ${fmtInt(marker.dossiers ?? 0)} dossiers (${fmtInt(marker.dossierDays ?? 0)} daily counts, ${fmtInt(marker.openDossiers ?? 0)} open as rows), ${fmtInt(all.length)} units, ${marker.months} months ending ${marker.today}`,
      ...(figures ? [figuresReport(figures, load), ""] : []),
      ...(dossiers ? [dossiersReport(dossiers), ""] : []),
      ...(filters ? [filtersReport(filters, RUNS), ""] : []),
      ...(page
        ? [
            `Overview page ${page.path} in Chromium, production server, second and later visits: median ${fmtMs(page.medianMs)}, p95 ${fmtMs(page.p95Ms)} of ${page.runs} (target < ${PAGE_TARGET_MS} ms) ${mark(page.medianMs < PAGE_TARGET_MS)}`,
            `  medians of the navigation timing: server's first byte ${fmtMs(page.visits.firstByteMs)}, the browser's part (document's end to the load event's end) ${fmtMs(page.visits.browserMs)}, load event's end ${fmtMs(page.visits.loadEndMs)}; HTML ${fmtKb(page.visits.htmlBytes)}; load average at start ${load.map((l) => l.toFixed(1)).join(" / ")}`,
            "",
          ]
        : []),
      ...(exported ? [exportReport(exported)] : []),
      "  Figures written to bench-results/scale.json.",
      "",
    ].join("\n"),
  );
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `[bench] scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
