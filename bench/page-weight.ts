/**
 * Citizen page weight: each citizen page loaded in Chromium with a cold cache and JavaScript on, as a phone
 * on a slow link gets it — every byte transferred (headers and bodies, as Chromium counts them on the wire),
 * the scripts' share of it and the number of requests. No page carries the framework's script
 * (server/lean-pages.mjs); the survey pages carry their own small one (public/js/survey.js).
 */
import type { Client } from "@libsql/client";
import { chromium, type Page } from "@playwright/test";
import { fmtInt, fmtKb, log, mark, table } from "./format";

export const PAGE_WEIGHT_TARGETS = { bytes: 30 * 1024 } as const;

export interface PageWeight {
  page: string;
  path: string;
  status: number;
  /** Everything transferred: HTML, CSS, scripts, images, fonts (encoded, with headers). */
  bytes: number;
  scriptBytes: number;
  requests: number;
  scripts: number;
}

interface Paths {
  unit: string;
  procedure: string;
  survey: string;
}

async function pickPaths(db: Client): Promise<Paths> {
  const rs = await db.execute(
    `SELECT u.slug, p.code, l.code AS link FROM unit_procedures up JOIN units u ON u.id = up.unit_id
     JOIN procedures p ON p.id = up.procedure_id JOIN short_links l ON l.unit_id = u.id AND l.kind = 'unit'
     WHERE p.status = 'in_force' ORDER BY up.id LIMIT 1`,
  );
  const row = rs.rows[0];
  if (!row) throw new Error("no in-force procedure at a unit with a short link: was the demo seeded?");
  const unit = `/vi/don-vi/${encodeURIComponent(String(row.slug))}`;
  return {
    unit,
    procedure: `${unit}/thu-tuc/${encodeURIComponent(String(row.code))}`,
    survey: `/vi/danh-gia/${encodeURIComponent(String(row.link))}`,
  };
}

/** One cold load of `url` in a fresh context; counts what the network layer transferred. */
async function weigh(page: Page, url: string): Promise<Omit<PageWeight, "page" | "path">> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map<string, string>();
  const result = { status: 0, bytes: 0, scriptBytes: 0, requests: 0, scripts: 0 };
  cdp.on("Network.requestWillBeSent", () => {
    result.requests++;
  });
  cdp.on("Network.responseReceived", (e) => {
    types.set(e.requestId, e.type);
    if (e.type === "Script") result.scripts++;
  });
  cdp.on("Network.loadingFinished", (e) => {
    result.bytes += e.encodedDataLength;
    if (types.get(e.requestId) === "Script") result.scriptBytes += e.encodedDataLength;
  });
  const res = await page.goto(url, { waitUntil: "networkidle" });
  result.status = res?.status() ?? 0;
  await cdp.detach();
  return result;
}

/** The thank-you page of a fresh "not satisfied" answer (the one with the follow-up form). */
async function thankYouPath(page: Page, baseUrl: string, survey: string): Promise<string> {
  await page.goto(`${baseUrl}${survey}`);
  await page.locator('button[name="value"]').last().click();
  await page.waitForURL(/\/cam-on\?t=/);
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

export async function benchPageWeight(baseUrl: string, db: Client): Promise<PageWeight[]> {
  const paths = await pickPaths(db);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const setup = await browser.newPage();
    const thanks = await thankYouPath(setup, baseUrl, paths.survey);
    await setup.close();
    const pages: Array<[string, string]> = [
      ["procedure", paths.procedure],
      ["unit", paths.unit],
      ["search", "/search?q=khai+sinh"],
      ["public board", "/vi/cong-khai"],
      ["thank-you", thanks],
      ["quick survey", paths.survey],
      ["questionnaire", `${paths.survey}/day-du`],
    ];
    const weights: PageWeight[] = [];
    for (const [name, path] of pages) {
      const context = await browser.newContext({ javaScriptEnabled: true });
      try {
        const weight = await weigh(await context.newPage(), `${baseUrl}${path}`);
        weights.push({ page: name, path, ...weight });
        log(`page weight ${name}: ${fmtInt(weight.bytes)} B in ${weight.requests} requests`);
      } finally {
        await context.close();
      }
    }
    return weights;
  } finally {
    await browser.close();
  }
}

export function pageWeightReport(weights: readonly PageWeight[]): string {
  return [
    `Citizen page weight  (Chromium, cold cache, JavaScript on; target ≤ ${PAGE_WEIGHT_TARGETS.bytes / 1024} KB transferred, no framework script)`,
    table(
      weights.map((w) => [
        w.page,
        fmtKb(w.bytes),
        `${fmtKb(w.scriptBytes)} in ${w.scripts}`,
        fmtInt(w.requests),
        mark(w.status === 200 && w.bytes <= PAGE_WEIGHT_TARGETS.bytes),
      ]),
      ["", "transferred", "scripts", "requests", "target"],
    ),
  ].join("\n");
}
