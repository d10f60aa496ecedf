/**
 * `npm run soak [-- --minutes 10 --connections 16 --port 3205]`: mixed load on loopback against the
 * production server on a throwaway database — citizen pages, submissions, kiosk replays, the dashboard
 * and an export — then the exactly-once check of every acknowledged answer. Prints throughput, p50/p99
 * per route, 5xx (target 0), server memory over time and lost answers (target 0); exits 1 when either
 * target is missed.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import {
  AnswerLedger,
  aggregateDifferences,
  checkLedger,
  integrityCheck,
  submitQuickAnswer,
} from "@/test/answer-ledger";
import { type AppServer, prepareDatabase, raiseLimitsForLoad, startAppServer } from "./app-server";
import { fmt1, fmtInt, log, mark, table } from "./format";
import { type Mix, type RouteStats, signIn, soakMix } from "./soak-mix";
import { percentile } from "./timing";

const DATABASE_URL = "file:./data/bench-soak.db";
const RESULTS_DIR = "bench-results";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const { values: flags } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3205" },
  },
});
const minutes = Number(flags.minutes);
const connections = Number(flags.connections);
const port = Number(flags.port);
if (!(minutes > 0) || !(connections >= 1) || !Number.isInteger(port)) {
  console.error("usage: npm run soak -- [--minutes 10] [--connections 16] [--port 3205]");
  process.exit(2);
}

let server: AppServer | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server?.kill();
    process.exit(130);
  });
}
process.on("exit", () => server?.kill());

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function routeRows(stats: readonly RouteStats[], seconds: number): string[][] {
  return stats.map((s) => {
    const sorted = [...s.latenciesMs].sort((a, b) => a - b);
    const fivexx = [...s.statuses].filter(([code]) => code >= 500).reduce((n, [, c]) => n + c, 0);
    const other = [...s.statuses]
      .filter(([code]) => code < 200 || (code >= 400 && code < 500))
      .map(([code, c]) => `${code}×${c}`)
      .join(" ");
    return [
      s.name,
      fmtInt(sorted.length),
      fmt1(sorted.length / seconds),
      fmt1(percentile(sorted, 50)),
      fmt1(percentile(sorted, 99)),
      fmt1(sorted.at(-1) ?? 0),
      fmtInt(fivexx),
      `${s.networkErrors}${other ? ` · ${other}` : ""}`,
    ];
  });
}

async function main(): Promise<number> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await prepareDatabase(DATABASE_URL);
  await raiseLimitsForLoad(DATABASE_URL);
  server = await startAppServer(port, DATABASE_URL, join(RESULTS_DIR, "soak-server.log"));
  const db = createClient({ url: DATABASE_URL, timeout: 5000 });
  const ledger = new AnswerLedger("soak");
  const cookie = await signIn(server.baseUrl, `http://localhost:${port}`);
  const mix: Mix = await soakMix(server.baseUrl, db, cookie, ledger);
  log(`export: ${mix.exportNote}`);

  const durationMs = minutes * 60_000;
  const sampleEveryMs = Math.max(10_000, Math.min(60_000, durationMs / 10));
  const memory: Array<{ atS: number; rssMb: number }> = [{ atS: 0, rssMb: rssMb(server.pid) }];
  const started = Date.now();
  const deadline = started + durationMs;
  let lastCount = 0;
  const sampler = setInterval(() => {
    const total = mix.totalRequests();
    const at = Math.round((Date.now() - started) / 1000);
    memory.push({ atS: at, rssMb: rssMb(server?.pid ?? 0) });
    log(
      `${at} s: ${fmt1((total - lastCount) / (sampleEveryMs / 1000))} req/s, 5xx ${mix.total5xx()}, ` +
        `acknowledged ${ledger.acknowledged.size}, server RSS ${fmt1(memory.at(-1)?.rssMb ?? 0)} MB`,
    );
    lastCount = total;
  }, sampleEveryMs);
  log(`soak: ${connections} connections for ${minutes} min against ${server.baseUrl}`);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await mix.step();
    }),
  );
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  memory.push({ atS: Math.round(seconds), rssMb: rssMb(server.pid) });

  // Every answer the server acknowledged, replayed or not, must be stored exactly once.
  for (const key of [...ledger.inDoubt]) {
    const outcome = await submitQuickAnswer(server.baseUrl, mix.link, key);
    if (outcome.kind === "stored") ledger.acknowledge(key, outcome.id);
  }
  const check = await checkLedger(db, ledger);
  const integrity = await integrityCheck(db);
  const aggregateDiffs = await aggregateDifferences(db);
  db.close();
  await server.stop();
  server = null;

  const stats = mix.routes();
  const total = stats.reduce((n, s) => n + s.latenciesMs.length, 0);
  const fivexx = mix.total5xx();
  const lost = check.lost.length + check.changedIds.length + ledger.conflicts.length;
  const rule = "═".repeat(100);
  console.log(
    [
      "",
      rule,
      `Hài Lòng soak — ${new Date().toISOString()} — ${fmt1(seconds / 60)} min, ${connections} connections, port ${port}`,
      rule,
      table(routeRows(stats, seconds), [
        "route",
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "5xx",
        "net errors · 4xx",
      ]),
      "",
      `Server memory (RSS, MB) over time: ${memory.map((m) => `${m.atS}s ${fmt1(m.rssMb)}`).join(" · ")}`,
      `Export: ${mix.exportNote}`,
      `Kiosk replays answered with another id: ${mix.replayMismatches()}`,
      `Answers: acknowledged ${fmtInt(check.acknowledged)}, stored ${fmtInt(check.stored)}, duplicated ${check.duplicated.length}, ` +
        `stored without acknowledgement ${check.storedUnacknowledged}, integrity_check ${integrity}, aggregate differences ${aggregateDiffs}`,
      rule,
      `Throughput: ${fmtInt(total)} requests in ${fmt1(seconds)} s = ${fmt1(total / seconds)} req/s`,
      `5xx: ${fivexx} (target 0) ${mark(fivexx === 0)}`,
      `Lost answers: ${lost} (target 0) ${mark(lost === 0 && check.duplicated.length === 0 && integrity === "ok" && aggregateDiffs === 0 && mix.replayMismatches() === 0)}`,
    ].join("\n"),
  );
  const ok =
    fivexx === 0 &&
    lost === 0 &&
    check.duplicated.length === 0 &&
    integrity === "ok" &&
    aggregateDiffs === 0 &&
    mix.replayMismatches() === 0;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `[soak] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    server?.kill();
    process.exit(1);
  },
);
