import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { appRoutes, segmentsOf } from "./support/app-routes";
import { procedureLink, scalar, unitLinkCode } from "./support/db";
import { nameOfficer, officerDossiers, turnOnOfficerEvaluation } from "./support/officers";
import { COMMUNE_MANAGER, Dashboard } from "./support/pages";

// Per-officer figures, officer codes and names are for the unit's administrators and the officer only:
// with per-officer evaluation on, dossiers carrying officer codes and receipts answered, no public route
// — every page and route handler of the build outside the managers' area, in Vietnamese and English —
// shows an officer's code or name.

const UNIT = "phuong-an-hoa-tthcc";
const tag = randomUUID().slice(0, 6).toUpperCase();
const RECEIVER = { code: `CBTN-${tag}`, name: `Trịnh Thị Tiếpnhận ${tag}` };
const RETURNER = { code: `CBTKQ-${tag}`, name: `Lương Văn Trảkết ${tag}` };
const SECRETS = [RECEIVER.code, RECEIVER.name, RETURNER.code, RETURNER.name];

/** The route files outside the managers' area, as written under app/ (what the crawl must cover). */
function publicRouteFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "(manage)" ? [] : publicRouteFiles(path);
    return /^(page\.tsx|route\.ts)$/.test(e.name) ? [relative("app", path)] : [];
  });
}

function expectNoOfficer(body: string, what: string) {
  for (const secret of SECRETS) expect(body, `${what} shows "${secret}"`).not.toContain(secret);
}

test.describe.configure({ timeout: 240_000 });

test("no public page, board or feed shows an officer's code, name or figures", async ({ page, request }) => {
  // Dossiers received by one officer and returned by another, their receipts answered (one left open).
  const { tokens, publicAnswers } = await officerDossiers(request, UNIT, [
    { receivedBy: RECEIVER.code, returnedBy: RETURNER.code, quick: 3 },
    { receivedBy: RECEIVER.code, returnedBy: RETURNER.code, quick: 1 },
    { receivedBy: RECEIVER.code, returnedBy: RECEIVER.code, quick: 2 },
    { receivedBy: RECEIVER.code },
  ]);
  await turnOnOfficerEvaluation(UNIT);
  await nameOfficer(UNIT, RECEIVER.code, RECEIVER.name);
  await nameOfficer(UNIT, RETURNER.code, RETURNER.name);
  for (const body of publicAnswers) expectNoOfficer(body, "a receipt answer's response");

  // The control: the unit's administrator does see both officers, so the checks below can fail.
  const unitId = await scalar("SELECT id FROM units WHERE slug = ?", [UNIT]);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const own = await (await page.request.get(`/quan-ly/can-bo?don-vi=${unitId}`)).text();
  for (const secret of SECRETS) expect(own, `the administrator's page shows ${secret}`).toContain(secret);

  const routes = appRoutes().filter((r) => !r.source.includes(`${join("app", "(manage)")}/`));
  // Every route file outside the managers' area is in the build's list the crawl walks.
  const crawled = new Set(routes.map((r) => relative("app", r.source)));
  expect(publicRouteFiles().filter((file) => !crawled.has(file))).toEqual([]);

  const [link, proc] = await Promise.all([unitLinkCode(UNIT), procedureLink(`u.slug = '${UNIT}'`)]);
  const values: Record<string, string[]> = {
    "/lang": ["vi", "en"],
    "don-vi/slug": [UNIT, "phuong-an-hoa"],
    "thu-tuc/code": [proc.procedureCode],
    "lich-su/version": ["1"],
    "q/code": [link],
    "danh-gia/code": [link],
    "bieu-mau/procedure": [proc.procedureCode],
    "bien-nhan/token": tokens,
    "r/token": tokens,
  };
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const queries: Record<string, string[]> = {
    "/[lang]/cong-khai": ["", `?ky=thang&thang=${month}`, `?ky=nam&nam=${month.slice(0, 4)}`],
    "/cong-khai": ["", `?ky=thang&thang=${month}`],
    "/api/v1/public/index": [
      "",
      `?from=${month}-01&to=${today}`,
      `?unit=${unitId}&from=${month}-01&to=${today}`,
    ],
    "/[lang]/tim-kiem": ["?q=khai+sinh"],
  };

  const urls = new Set<string>();
  for (const route of routes.filter((r) => r.methods.includes("GET"))) {
    const segments = segmentsOf(route.pattern);
    let paths = [""];
    segments.forEach((seg, i) => {
      const options =
        seg.param === null ? [seg.text] : (values[`${segments[i - 1]?.text ?? ""}/${seg.param}`] ?? ["x"]);
      paths = paths.flatMap((p) => options.map((o) => `${p}/${o}`));
    });
    for (const path of paths) for (const q of queries[route.pattern] ?? [""]) urls.add(`${path || "/"}${q}`);
  }
  expect(urls.size).toBeGreaterThan(40);
  for (const url of urls) {
    for (const lang of ["vi", "en"]) {
      const res = await request.get(url, { headers: { "accept-language": lang } });
      expect(res.status(), url).toBeLessThan(500);
      expectNoOfficer(await res.text(), `${url} (${lang})`);
    }
  }
});
