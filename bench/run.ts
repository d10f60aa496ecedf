/**
 * `npm run bench`: one run against a throwaway database and the production server.
 * 1. procedure page throughput, Next.js vs a plain node:http server sending the same bytes;
 * 2. survey submissions under load, checked exactly-once against the database;
 * 3. raw libSQL insert rate as the baseline;
 * 4. the weight of each citizen page in Chromium (bench/page-weight.ts).
 * With `--scale` (or BENCH_SCALE=1), then the national-scale section (bench/scale.ts, also `npm run
 * bench:scale`): whole-country overview and ranking against a raw recomputation, and the 1 M-response
 * export. It is opt-in because a first run generates its database (minutes); later runs reuse it.
 * Missed targets print FAIL but exit 0; only errors exit non-zero.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { type AppServer, prepareDatabase, raiseLimitsForLoad, startAppServer } from "./app-server";
import { fmt1, fmtInt, fmtKb, fmtMs, log, mark, table } from "./format";
import { benchImport, IMPORT_TARGETS, type ImportResult } from "./import";
import { benchPage, PAGE_TARGETS, type PageResult } from "./page";
import { benchPageWeight, PAGE_WEIGHT_TARGETS, type PageWeight, pageWeightReport } from "./page-weight";
import { benchPosters, POSTER_TARGETS, type PosterResult } from "./posters";
import { benchRawInsert, type RawInsertResult } from "./raw-insert";
import { benchSubmissions, SUBMISSION_TARGETS, type SubmissionResult } from "./submissions";
import { summaryReport, summaryRows } from "./summary";

const APP_PORT = 3200;
const PLAIN_PORT = 3201;
const DATABASE_URL = "file:./data/bench.db";
const RAW_DATABASE_URL = "file:./data/bench-raw.db";
const RESULTS_DIR = "bench-results";

// Relative paths (database, scripts, results) are from the repository root, wherever npm runs us from.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

let server: AppServer | null = null;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the server`);
    server?.kill();
    process.exit(130);
  });
}
process.on("exit", () => server?.kill());

function pageReport(p: PageResult): string {
  const rows = [
    ["requests/s (mean)", fmtInt(p.app.requestsPerSecond), fmtInt(p.plain.requestsPerSecond)],
    ["latency p50", fmtMs(p.app.latencyP50Ms), fmtMs(p.plain.latencyP50Ms)],
    ["latency p99", fmtMs(p.app.latencyP99Ms), fmtMs(p.plain.latencyP99Ms)],
    ["requests (total)", fmtInt(p.app.totalRequests), fmtInt(p.plain.totalRequests)],
    ["non-2xx", fmtInt(p.app.non2xx), fmtInt(p.plain.non2xx)],
    ["errors / timeouts", `${p.app.errors} / ${p.app.timeouts}`, `${p.plain.errors} / ${p.plain.timeouts}`],
  ];
  const targets = [
    ["app / plain", `${fmt1(p.ratio * 100)} %`, ""],
    [
      `target ≥ ${fmtInt(PAGE_TARGETS.requestsPerSecond)} req/s`,
      fmtInt(p.app.requestsPerSecond),
      mark(p.app.requestsPerSecond >= PAGE_TARGETS.requestsPerSecond),
    ],
    [
      `target ≥ ${PAGE_TARGETS.shareOfPlain * 100} % of plain`,
      `${fmt1(p.ratio * 100)} %`,
      mark(p.ratio >= PAGE_TARGETS.shareOfPlain),
    ],
    ["HTML size, raw", fmtKb(p.htmlBytes), ""],
    [
      `HTML size, gzip (target ≤ ${PAGE_TARGETS.gzipBytes / 1024} KB)`,
      fmtKb(p.gzipBytes),
      mark(p.gzipBytes <= PAGE_TARGETS.gzipBytes),
    ],
  ];
  return [
    `Procedure page  GET ${p.path}`,
    `  (${p.app.connections} connections, ${p.app.durationSeconds} s each; response ${p.contentType}, content-encoding ${p.contentEncoding ?? "none"}, cache-control ${p.cacheControl ?? "none"})`,
    table(rows, ["", "app (Next.js)", "plain node:http"]),
    "",
    table(targets, ["", "value", "target"]),
    "  Note: autocannon decodes every response body to a string, so with a 40 KB non-ASCII page the plain",
    "  figure is bounded by the load generator's own thread rather than by node:http (same for both runs).",
  ].join("\n");
}

function submissionReport(s: SubmissionResult, raw: RawInsertResult): string {
  const l = s.load;
  const rows = [
    [
      "submissions/s (mean)",
      fmtInt(l.requestsPerSecond),
      mark(l.requestsPerSecond >= SUBMISSION_TARGETS.perSecond),
    ],
    ["latency p50", fmtMs(l.latencyP50Ms), ""],
    ["latency p99", fmtMs(l.latencyP99Ms), mark(l.latencyP99Ms < SUBMISSION_TARGETS.p99Ms)],
    ["non-2xx", fmtInt(l.non2xx), ""],
    ["errors / timeouts", `${l.errors} / ${l.timeouts}`, ""],
    ["acknowledged (201)", fmtInt(s.acknowledged), ""],
    ["stored (rows with run prefix)", fmtInt(s.stored), ""],
    ["stored, 201 not received (in flight at stop)", fmtInt(s.storedUnacknowledged), ""],
    ["lost (acknowledged − stored)", fmtInt(s.lost), mark(s.lost === 0)],
    ["duplicated (rows sharing a key)", fmtInt(s.duplicated), mark(s.duplicated === 0)],
  ];
  const baseline = [
    ["autocommit, 1 row per transaction", `${fmtInt(raw.autocommit.perSecond)} rows/s`],
    ["  latency p50 / p99", `${fmtMs(raw.autocommit.p50Ms)} / ${fmtMs(raw.autocommit.p99Ms)}`],
    ["batched, 1,000 rows per transaction", `${fmtInt(raw.batched.perSecond)} rows/s`],
    [
      `app submissions ÷ raw autocommit (target ≥ ${SUBMISSION_TARGETS.shareOfAutocommit * 100} %)`,
      `${fmt1((l.requestsPerSecond / raw.autocommit.perSecond) * 100)} %`,
    ],
  ];
  return [
    `Survey submissions  POST /api/v1/responses  (link ${s.link}, instrument quick, channel kiosk, keys ${s.keyPrefix}…)`,
    `  (${l.connections} connections, ${l.durationSeconds} s; targets ≥ ${fmtInt(SUBMISSION_TARGETS.perSecond)}/s, p99 < ${SUBMISSION_TARGETS.p99Ms} ms, 0 lost, 0 duplicated)`,
    table(rows, ["", "value", "target"]),
    "",
    `Baseline: raw libSQL inserts into a scratch table (${raw.databaseUrl}, WAL, ${fmt1(raw.autocommit.seconds)} s per loop)`,
    table(baseline),
  ].join("\n");
}

function importReport(r: ImportResult): string {
  const total = (r.parseValidateMs + r.commitMs) / 1000;
  return [
    `Procedure import  ${fmtInt(r.procedures)} procedures, CSV ${fmtKb(r.fileBytes)} (target < ${IMPORT_TARGETS.totalSeconds} s)`,
    table(
      [
        ["check (parse, validate, plan)", fmtMs(r.parseValidateMs), ""],
        ["commit (one transaction)", fmtMs(r.commitMs), ""],
        [
          "total",
          `${fmt1(total)} s`,
          mark(total < IMPORT_TARGETS.totalSeconds && r.created === r.procedures),
        ],
        ["created", fmtInt(r.created), ""],
        ["re-import of the same file", fmtMs(r.reimportMs), ""],
        [
          "  unchanged (no new versions)",
          fmtInt(r.reimportUnchanged),
          mark(r.reimportUnchanged === r.procedures),
        ],
      ],
      ["", "value", "target"],
    ),
  ].join("\n");
}

function posterReport(r: PosterResult): string {
  return [
    `Poster PDF  procedure sheet, ${fmtInt(r.cards)} cards (target < ${POSTER_TARGETS.seconds} s)`,
    table(
      [
        ["render", fmtMs(r.renderMs), mark(r.renderMs < POSTER_TARGETS.seconds * 1000)],
        ["pages", fmtInt(r.pages), ""],
        ["PDF size", fmtKb(r.pdfBytes), ""],
        ["heap used after", `${fmt1(r.heapUsedMb)} MB`, ""],
      ],
      ["", "value", "target"],
    ),
  ].join("\n");
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(RESULTS_DIR, { recursive: true });
  await prepareDatabase(DATABASE_URL);
  await raiseLimitsForLoad(DATABASE_URL);
  server = await startAppServer(APP_PORT, DATABASE_URL, join(RESULTS_DIR, "server.log"));

  const db = createClient({ url: DATABASE_URL });
  let page: PageResult;
  let submissions: SubmissionResult;
  let pageWeight: PageWeight[];
  try {
    page = await benchPage(server.baseUrl, db, PLAIN_PORT);
    submissions = await benchSubmissions(server.baseUrl, db);
    // Citizen page weight (bench/page-weight.ts): Chromium, cold cache, JavaScript on.
    pageWeight = await benchPageWeight(server.baseUrl, db);
  } finally {
    db.close();
    await server.stop();
    server = null;
    log("server stopped");
  }
  const raw = await benchRawInsert(RAW_DATABASE_URL);
  const imported = await benchImport(DATABASE_URL);
  const posterPdf = await benchPosters();

  const summary = summaryRows({
    page: {
      appPerSecond: page.app.requestsPerSecond,
      plainPerSecond: page.plain.requestsPerSecond,
      gzipBytes: page.gzipBytes,
    },
    pageTargets: PAGE_TARGETS,
    submissions: {
      perSecond: submissions.load.requestsPerSecond,
      p50Ms: submissions.load.latencyP50Ms,
      p99Ms: submissions.load.latencyP99Ms,
      lost: submissions.lost,
      duplicated: submissions.duplicated,
    },
    submissionTargets: SUBMISSION_TARGETS,
    raw: {
      autocommitPerSecond: raw.autocommit.perSecond,
      autocommitP99Ms: raw.autocommit.p99Ms,
      batchedPerSecond: raw.batched.perSecond,
    },
    import: {
      procedures: imported.procedures,
      seconds: (imported.parseValidateMs + imported.commitMs) / 1000,
      created: imported.created,
    },
    importTargets: IMPORT_TARGETS,
    posters: { renderMs: posterPdf.renderMs },
    posterTargets: POSTER_TARGETS,
    pageWeights: pageWeight,
    pageWeightTargets: PAGE_WEIGHT_TARGETS,
  });
  const results = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    page: {
      ...page,
      targets: {
        requestsPerSecond: {
          target: PAGE_TARGETS.requestsPerSecond,
          pass: page.app.requestsPerSecond >= PAGE_TARGETS.requestsPerSecond,
        },
        shareOfPlain: { target: PAGE_TARGETS.shareOfPlain, pass: page.ratio >= PAGE_TARGETS.shareOfPlain },
        gzipBytes: { target: PAGE_TARGETS.gzipBytes, pass: page.gzipBytes <= PAGE_TARGETS.gzipBytes },
      },
    },
    submissions: {
      ...submissions,
      targets: {
        perSecond: {
          target: SUBMISSION_TARGETS.perSecond,
          pass: submissions.load.requestsPerSecond >= SUBMISSION_TARGETS.perSecond,
        },
        p99Ms: {
          target: SUBMISSION_TARGETS.p99Ms,
          pass: submissions.load.latencyP99Ms < SUBMISSION_TARGETS.p99Ms,
        },
        shareOfAutocommit: {
          target: SUBMISSION_TARGETS.shareOfAutocommit,
          pass:
            submissions.load.requestsPerSecond / raw.autocommit.perSecond >=
            SUBMISSION_TARGETS.shareOfAutocommit,
        },
        lost: { target: 0, pass: submissions.lost === 0 },
        duplicated: { target: 0, pass: submissions.duplicated === 0 },
      },
    },
    rawInsert: raw,
    pageWeight,
    import: imported,
    posters: posterPdf,
    summary,
    elapsedSeconds: (Date.now() - started) / 1000,
  };
  const jsonFile = join(RESULTS_DIR, "latest.json");
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);

  const rule = "═".repeat(100);
  console.log(
    [
      "",
      rule,
      `Hài Lòng benchmark — ${results.at} — ${results.machine.cpus} × ${results.machine.cpu}, Node ${process.version}`,
      rule,
      pageReport(page),
      "",
      pageWeightReport(pageWeight),
      "",
      submissionReport(submissions, raw),
      "",
      importReport(imported),
      "",
      posterReport(posterPdf),
      "",
      summaryReport(summary),
      rule,
      `Total ${fmt1(results.elapsedSeconds)} s. Figures written to ${jsonFile}; server log in ${RESULTS_DIR}/server.log.`,
      "",
    ].join("\n"),
  );
  const argv = process.argv.slice(2);
  if (argv.includes("--scale") || process.env.BENCH_SCALE === "1") {
    // Its own process: its own database client, and a clean baseline for the export's memory.
    const scaleArgs = argv.filter((a) => a !== "--scale");
    const run = spawnSync("npx", ["tsx", "--conditions=react-server", "bench/scale.ts", ...scaleArgs], {
      stdio: "inherit",
    });
    if (run.status !== 0) throw new Error(`bench/scale.ts failed (${run.signal ?? `exit ${run.status}`})`);
  } else {
    console.log(
      "National-scale section skipped: `npm run bench -- --scale` or `npm run bench:scale` runs it.\n",
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    server?.kill();
    process.exit(1);
  },
);
