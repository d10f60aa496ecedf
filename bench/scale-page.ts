/**
 * `npm run bench:scale -- --page`: the overview's whole page (/quan-ly, the national administrator, every
 * unit of the country) in Chromium against the production server on the scale database — built for it
 * when needed (scripts/prepare.ts --build, a few minutes), on port 3260 — the second and later visits,
 * time to the page's load event, median / p95; and where that time goes, from each run's navigation timing:
 * the server's first byte, the rest of the document, and the browser's part up to the end of the load event.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { log } from "./format";
import { percentile, type Timing, timeRuns } from "./timing";

export const PAGE_TARGET_MS = 300;
const PORT = process.env.BENCH_PAGE_PORT ?? "3260";

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** One visit's navigation timing, in ms from navigation start (and the document's size). */
interface Visit {
  firstByte: number;
  documentEnd: number;
  loadEnd: number;
  htmlBytes: number;
}

/** Medians of the timed visits: where a visit's time goes. */
export interface VisitBreakdown {
  firstByteMs: number;
  /** The browser's part: the document's last byte to the end of the load event (parse, scripts, layout). */
  browserMs: number;
  loadEndMs: number;
  htmlBytes: number;
}

function breakdown(visits: readonly Visit[]): VisitBreakdown {
  const median = (values: number[]) =>
    percentile(
      values.sort((a, b) => a - b),
      50,
    );
  return {
    firstByteMs: median(visits.map((v) => v.firstByte)),
    browserMs: median(visits.map((v) => v.loadEnd - v.documentEnd)),
    loadEndMs: median(visits.map((v) => v.loadEnd)),
    htmlBytes: median(visits.map((v) => v.htmlBytes)),
  };
}

export async function benchOverviewPage(
  file: string,
  runs: number,
  asOf: string,
): Promise<Timing & { path: string; visits: VisitBreakdown }> {
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  log(`scale: production build for ${file} (when stale) and migrations…`);
  const prepared = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts", "--build"], {
    env,
    stdio: "inherit",
  });
  if (prepared.status !== 0) throw new Error("scripts/prepare.ts --build failed");
  // The server runs as of the data's last day, as the in-process benches do (bench/clock.mjs).
  const server = spawn("node", ["server.mjs", PORT], {
    env: {
      ...env,
      BENCH_AS_OF: asOf,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ./bench/clock.mjs`.trim(),
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    await waitForServer(`${base}/dang-nhap`, server);
    const { SCALE_ADMIN_EMAIL } = await import("@/features/demo/server/scale");
    const { DEMO_PASSWORD } = await import("@/features/demo/unit-data");
    const page = await browser.newPage({ baseURL: base });
    await page.goto("/dang-nhap");
    await page.getByLabel("Email").fill(SCALE_ADMIN_EMAIL);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL(/\/quan-ly$/, { timeout: 120_000 });
    log(`scale: the overview page in Chromium ×${runs} (after a first visit)…`);
    // timeRuns' warm-up is the first visit; each timed run is a later one, to the load event.
    const visits: Visit[] = [];
    const timing = await timeRuns(runs, async () => {
      await page.goto("/quan-ly", { waitUntil: "load", timeout: 120_000 });
      const visit = await page.evaluate((): Visit => {
        const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
        if (!entry) throw new Error("no navigation timing");
        return {
          firstByte: entry.responseStart - entry.startTime,
          documentEnd: entry.responseEnd - entry.startTime,
          loadEnd: entry.loadEventEnd - entry.startTime,
          htmlBytes: entry.decodedBodySize,
        };
      });
      visits.push(visit);
    });
    return { ...timing, path: "/quan-ly", visits: breakdown(visits.slice(1)) };
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}
