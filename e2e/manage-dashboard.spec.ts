import { expect, type Page, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import { lastDays, localDay } from "../lib/time";
import { scalar, testDb } from "./support/db";
import { DOSSIER_YEAR, EXPECTED_2019, insertDossiers2019 } from "./support/dossiers";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

/** Independent recomputation from raw responses and answers (no aggregates, no app code). */
async function rawDistribution(
  unitSlug: string,
  from: string,
  to: string,
  options: { itemKey?: string; levels?: number; extra?: string; args?: Array<string | number> } = {},
): Promise<number[]> {
  const { itemKey = "quick", levels = 3, extra = "", args = [] } = options;
  const rs = await testDb.execute({
    sql: `WITH RECURSIVE sub(id) AS (
            SELECT id FROM units WHERE slug = ?
            UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
          SELECT a.value, count(*) AS n
          FROM answers a JOIN responses r ON r.id = a.response_id
          WHERE a.item_key = ? AND a.value IS NOT NULL AND r.flagged = 0 AND r.local_day BETWEEN ? AND ?
            AND r.unit_id IN (SELECT id FROM sub) ${extra}
          GROUP BY a.value`,
    args: [unitSlug, itemKey, from, to, ...args],
  });
  return Array.from({ length: levels }, (_, i) =>
    Number(rs.rows.find((r) => Number(r.value) === i + 1)?.n ?? 0),
  );
}

function expected(dist: number[]): { n: number; text: string } {
  const n = dist.reduce((a, b) => a + b, 0);
  const satisfied = dist.slice(-2).reduce((a, b) => a + b, 0);
  const text = n >= 30 ? ((100 * satisfied) / n).toFixed(2).replace(".", ",") : "chưa đủ lượt đánh giá";
  return { n, text };
}

const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);
const unitsTable = (page: Page) => page.locator('table[data-table="units"]');

async function expectUnitRow(page: Page, slug: string, figure: { n: number; text: string }) {
  const row = unitsTable(page).locator(`tr[data-unit="${slug}"]`);
  await expect(row.locator('[data-col="n"]')).toHaveText(String(figure.n));
  await expect(row.locator('[data-col="index"]')).toHaveText(figure.text);
}

const { from, to } = lastDays(30);
const LAST_30_VI = (title: string) =>
  new RegExp(`^${title} · 30 ngày qua \\(\\d{2}/\\d{2}/\\d{4} – \\d{2}/\\d{2}/\\d{4}\\)$`);

test("the overview's figures equal a recomputation from raw answers, pooled over subtrees", async ({
  page,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const province = expected(await rawDistribution("tinh-an-hoa", from, to));
  const commune = expected(await rawDistribution("phuong-an-hoa", from, to));
  const centre = expected(await rawDistribution("phuong-an-hoa-tthcc", from, to));
  expect(province.n).toBeGreaterThan(commune.n);
  await expectUnitRow(page, "tinh-an-hoa", province);
  await expectUnitRow(page, "phuong-an-hoa", commune);
  await expectUnitRow(page, "phuong-an-hoa-tthcc", centre);
  await expectUnitRow(page, "xa-phu-my-tthcc", expected(await rawDistribution("xa-phu-my-tthcc", from, to)));
  const headline = page.getByTestId("headline");
  await expect(headline.locator('[data-value="quick-n"]')).toHaveText(String(province.n));
  await expect(headline.locator('[data-value="quick-index"]')).toHaveText(`${province.text}%`);
  await expect(headline.locator('[data-value="target"]')).toContainText("95");
  await expectNoAxeViolations(page);
});

test("a drill-down shows the subtree's figures, elements and monthly trend as recomputed", async ({
  page,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await unitsTable(page).locator('tr[data-unit="tinh-an-hoa"] a').click();
  await expect(page).toHaveURL(new RegExp(`/quan-ly/chi-so/${await unitId("tinh-an-hoa")}$`));
  // The heading names the unit, then the period shown (the default: the last 30 days).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAST_30_VI("Tỉnh An Hòa"));
  const province = expected(await rawDistribution("tinh-an-hoa", from, to));
  await expect(page.getByTestId("headline").locator('[data-value="quick-n"]')).toHaveText(String(province.n));
  const item = expected(await rawDistribution("tinh-an-hoa", from, to, { itemKey: "I.1", levels: 5 }));
  const itemRow = page.locator('[data-table="elements-service"] tr[data-item="I.1"]');
  await expect(itemRow.locator('[data-col="index"]')).toHaveText(item.text);
  const month = localDay(new Date()).slice(0, 7);
  const monthly = expected(await rawDistribution("tinh-an-hoa", `${month}-01`, `${month}-31`));
  await expect(page.locator(`[data-table="trend"] tr[data-month="${month}"] td`).first()).toHaveText(
    String(monthly.n),
  );

  await unitsTable(page).locator('tr[data-unit="phuong-an-hoa"] a').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAST_30_VI("Phường An Hòa"));
  const commune = expected(await rawDistribution("phuong-an-hoa", from, to));
  await expect(page.getByTestId("headline").locator('[data-value="quick-n"]')).toHaveText(String(commune.n));
  await expectUnitRow(
    page,
    "phuong-an-hoa-tthcc",
    expected(await rawDistribution("phuong-an-hoa-tthcc", from, to)),
  );
  await expect(page.getByRole("navigation", { name: "Đường dẫn", exact: true })).toContainText("Tỉnh An Hòa");
  await expectNoAxeViolations(page);
});

test("filters change the figures: channel from the aggregates, counter from raw rows", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const all = expected(await rawDistribution("tinh-an-hoa", from, to));
  await page.getByLabel("Kênh", { exact: true }).selectOption("kiosk");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(/kenh=kiosk/);
  const kiosk = expected(
    await rawDistribution("tinh-an-hoa", from, to, { extra: "AND r.channel = ?", args: ["kiosk"] }),
  );
  expect(kiosk.n).toBeLessThan(all.n);
  await expectUnitRow(page, "tinh-an-hoa", kiosk);
  await expect(page.getByLabel("Kênh", { exact: true })).toHaveValue("kiosk");

  const counterId = await scalar(
    "SELECT c.id FROM counters c JOIN units u ON u.id = c.unit_id WHERE u.slug = 'phuong-an-hoa-tthcc' ORDER BY c.number LIMIT 1",
  );
  await page.goto(`/quan-ly?ky=nam&nam=${to.slice(0, 4)}&quay=${counterId}`);
  const year = { from: `${to.slice(0, 4)}-01-01`, to: `${to.slice(0, 4)}-12-31` };
  const counter = expected(
    await rawDistribution("phuong-an-hoa-tthcc", year.from, year.to, {
      extra: "AND r.counter_id = ?",
      args: [counterId],
    }),
  );
  const centreYear = expected(await rawDistribution("phuong-an-hoa-tthcc", year.from, year.to));
  expect(counter.n).toBeGreaterThan(0);
  expect(counter.n).toBeLessThan(centreYear.n);
  await expectUnitRow(page, "phuong-an-hoa-tthcc", counter);
  await expectUnitRow(page, "phuong-binh-minh-tthcc", { n: 0, text: "—" });
});

function parseIndex(text: string | null): number {
  return Number((text ?? "").replace(",", "."));
}

test("the ranking sorts by GET parameter and lists units below the minimum n last, unranked", async ({
  page,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const province = await unitId("tinh-an-hoa");
  await page.goto(`/quan-ly/chi-so/${province}?pham-vi=tat-ca`);
  const ranking = page.locator('table[data-table="ranking"] tbody tr');
  const ranked = ranking.filter({ has: page.locator('[data-col="rank"]', { hasNotText: "—" }) });
  const byIndex = (await ranked.locator('[data-col="index"]').allTextContents()).map(parseIndex);
  expect(byIndex.length).toBeGreaterThan(3);
  expect(byIndex).toEqual([...byIndex].sort((a, b) => b - a));
  const unranked = await ranking.filter({ has: page.locator('[data-col="rank"]', { hasText: "—" }) }).count();
  const texts = await ranking.locator('[data-col="index"]').allTextContents();
  expect(texts.slice(byIndex.length).every((t) => t === "chưa đủ lượt đánh giá" || t === "—")).toBe(true);
  expect(texts.length).toBe(byIndex.length + unranked);

  // The data has units below the minimum n (the demo's departments get about 15 answers a month): they
  // are listed, all of them after every ranked unit, unranked, "chưa đủ lượt đánh giá", in name order.
  const minN = await settingMinN();
  const rows = await rankingRows(page);
  const below = rows.filter((r) => r.n < minN);
  expect(below.length, `units with n < ${minN}`).toBeGreaterThan(0);
  expect(rows.slice(-below.length)).toEqual(below);
  expect(unranked).toBe(below.length);
  for (const r of below) {
    expect(r.rank, r.slug).toBe("—");
    expect(r.index, r.slug).toBe(r.n === 0 ? "—" : "chưa đủ lượt đánh giá");
  }
  for (const r of rows.slice(0, -below.length)) {
    expect(r.n, r.slug).toBeGreaterThanOrEqual(minN);
    expect(r.rank, r.slug).toMatch(/^\d+$/);
  }
  expect(below.map((r) => r.name)).toEqual(below.map((r) => r.name).sort(new Intl.Collator("vi").compare));
  // The n shown is the raw count of the unit's answers in the period (last 30 days), not an artefact.
  const leaf = below.find((r) => !rows.some((other) => other.slug.startsWith(`${r.slug}-`))) ?? below[0];
  const raw = await rawDistribution(leaf?.slug ?? "", from, to);
  expect(
    raw.reduce((a, b) => a + b, 0),
    leaf?.slug,
  ).toBe(leaf?.n);

  await page.getByRole("link", { name: /^Số lượt \(n\)/ }).click();
  await expect(page).toHaveURL(/sap-xep=n/);
  const byN = (await ranked.locator('[data-col="n"]').allTextContents()).map(Number);
  expect(byN).toEqual([...byN].sort((a, b) => b - a));
  await page.goto(`/quan-ly/chi-so/${province}?pham-vi=tat-ca&sap-xep=n&chieu=tang`);
  const ascending = (await ranked.locator('[data-col="n"]').allTextContents()).map(Number);
  expect(ascending).toEqual([...byN].sort((a, b) => a - b));
  // Smallest n first, yet the units below the minimum stay last.
  const ascendingRows = await rankingRows(page);
  expect(ascendingRows.slice(-below.length).map((r) => r.slug)).toEqual(below.map((r) => r.slug));
  expect(ascendingRows[0]?.n).toBeGreaterThanOrEqual(minN);
});

/** The minimum n in force: the `index.minN` setting, 30 when unset (lib/index-settings.ts). */
async function settingMinN(): Promise<number> {
  const rs = await testDb.execute("SELECT value FROM settings WHERE key = 'index.minN'");
  const value = rs.rows[0]?.value;
  return value === undefined || value === null ? 30 : Number(JSON.parse(String(value)));
}

/** Every row of the ranking table as shown. */
async function rankingRows(page: Page) {
  const rows = await page.locator('table[data-table="ranking"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      slug: tr.getAttribute("data-rank-unit") ?? "",
      rank: tr.querySelector('[data-col="rank"]')?.textContent ?? "",
      name: tr.querySelector("th")?.textContent ?? "",
      index: tr.querySelector('[data-col="index"]')?.textContent ?? "",
      n: Number(tr.querySelector('[data-col="n"]')?.textContent),
    })),
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

test("the commune manager sees only their subtree; another unit's page is a 404", async ({ page }) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await expect(unitsTable(page).locator("tbody tr")).toHaveCount(2);
  await expect(unitsTable(page).locator('tr[data-unit="tinh-an-hoa"]')).toHaveCount(0);
  const own = await page.goto(`/quan-ly/chi-so/${await unitId("phuong-an-hoa")}`);
  expect(own?.status()).toBe(200);
  const other = await page.goto(`/quan-ly/chi-so/${await unitId("xa-tan-phu")}`);
  expect(other?.status()).toBe(404);
  const province = await page.goto(`/quan-ly/chi-so/${await unitId("tinh-an-hoa")}`);
  expect(province?.status()).toBe(404);
  await expect(page.getByText("Tỉnh An Hòa")).toHaveCount(0);
});

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * The text of the page's main content without its data — unit, procedure and field names (proper names,
 * Vietnamese in both languages), the manager's name and the official decision's number — so what is left
 * is the interface's own text.
 */
async function interfaceText(page: Page, names: string[] = []): Promise<string> {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    const data =
      "option, tbody th, h1, nav a, nav span[aria-current], h2[id^='root-'], [data-testid='report-unit'], [data-testid='comments'], [data-proper-name]";
    for (const element of copy.querySelectorAll(data)) element.remove();
    return copy.textContent ?? "";
  });
  return [...names, "QĐ-TTg"].reduce((rest, name) => rest.replaceAll(name, ""), text);
}

test("a manager who chose English reads the dashboards and the report in English only", async ({
  page,
  baseURL,
}) => {
  test.slow();
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);
  const province = expected(await rawDistribution("tinh-an-hoa", from, to));

  await page.goto("/quan-ly");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^Satisfaction rate \(quick rating\) — Overview · Last 30 days \(/,
  );
  await expect(page.getByTestId("period")).toHaveText(
    /^Last 30 days \(\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}\)$/,
  );
  const headline = page.getByTestId("headline");
  await expect(headline.locator('[data-value="quick-index"]')).toHaveText(
    `${province.text.replace(",", ".")}%`,
  );
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeVisible();
  await expect(page.getByLabel("Channel", { exact: true })).toBeVisible();
  expect(await interfaceText(page)).not.toMatch(VIETNAMESE);

  const id = await unitId("tinh-an-hoa");
  await page.goto(`/quan-ly/chi-so/${id}?pham-vi=tat-ca`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Breadcrumb", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ranking" })).toBeVisible();
  const ranking = page.locator('table[data-table="ranking"] tbody tr [data-col="index"]');
  expect(await ranking.allTextContents()).toContain("not enough answers yet");
  expect(await interfaceText(page)).not.toMatch(VIETNAMESE);

  await page.goto(`/quan-ly/bao-cao?don-vi=${id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^REPORT Satisfaction of citizens and organisations, \d{2}\/\d{4}$/,
  );
  const header = page.getByTestId("report-header");
  await expect(header).toContainText("SOCIALIST REPUBLIC OF VIET NAM");
  await expect(header).toContainText("Independence - Freedom - Happiness");
  await expect(page.getByTestId("report-number")).toHaveText("No.: ……/BC-UBND");
  await expect(page.getByTestId("report-date")).toHaveText(/^An Hoa, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(page.getByRole("heading", { name: "Method" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print the report" })).toBeVisible();
  const manager = (await page.locator("header a[href='/quan-ly/tai-khoan']").textContent()) ?? "";
  expect(await interfaceText(page, [manager])).not.toMatch(VIETNAMESE);
});

/** The period inputs on screen: the kind of period is always there, the others by kind. */
async function visiblePeriodInputs(page: Page): Promise<string[]> {
  const labels = ["Xem theo", "Tháng", "Quý", "Năm", "Từ ngày", "Đến ngày"];
  const shown: string[] = [];
  for (const label of labels) {
    if (await page.getByLabel(label, { exact: true }).isVisible()) shown.push(label);
  }
  return shown;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the period control shows only the inputs of the chosen kind and needs no script", async ({
    page,
  }) => {
    await new Dashboard(page).signIn(PROVINCE_ADMIN);
    const kind = page.getByLabel("Xem theo", { exact: true });
    await expect(kind).toHaveValue("30-ngay");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo"]);
    await kind.selectOption("thang");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo", "Tháng"]);
    await kind.selectOption("tuy-chon");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo", "Từ ngày", "Đến ngày"]);
    await kind.selectOption("nam");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo", "Năm"]);
    await kind.selectOption("quy");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo", "Quý", "Năm"]);
    const year = Number(localDay(new Date()).slice(0, 4)) - 1;
    await page.getByLabel("Quý", { exact: true }).selectOption("2");
    await page.getByLabel("Năm", { exact: true }).selectOption(String(year));
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/ky=quy/);
    await expect(page.getByTestId("period")).toHaveText(`Quý 2/${year}`);
    // The page comes back with the same choice, and again only its inputs.
    await expect(kind).toHaveValue("quy");
    expect(await visiblePeriodInputs(page)).toEqual(["Xem theo", "Quý", "Năm"]);
  });
});

test("the heading names the period and every filter; each can be dropped, or all at once", async ({
  page,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const year = Number(localDay(new Date()).slice(0, 4)) - 1;
  const commune = await unitId("phuong-an-hoa");
  await page.goto(`/quan-ly/chi-so/${commune}?ky=quy&quy=4&nam=${year}&kenh=kiosk`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(`Phường An Hòa · Quý 4/${year} · Kênh: Máy tại quầy`);
  const active = page.getByTestId("active-filters");
  await expect(active.getByRole("link", { name: "Bỏ “Kênh: Máy tại quầy”" })).toBeVisible();
  await active.getByRole("link", { name: "Bỏ “Kênh: Máy tại quầy”" }).click();
  await expect(page).not.toHaveURL(/kenh=/);
  await expect(heading).toHaveText(`Phường An Hòa · Quý 4/${year}`);
  await expect(page.getByLabel("Kênh", { exact: true })).toHaveValue("");

  await page.goto(`/quan-ly?ky=nam&nam=${year}&kenh=receipt`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `· Năm ${year} · Kênh: Giấy hẹn trả kết quả (đã xác minh hồ sơ)`,
  );
  await page.getByTestId("active-filters").getByRole("link", { name: "Bỏ tất cả bộ lọc" }).click();
  await expect(page).toHaveURL(/\/quan-ly$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/ · 30 ngày qua \(/);
  await expect(page.getByTestId("active-filters")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

/** The boxes of the target lines' labels in the trend chart. */
async function targetLabelBoxes(page: Page) {
  const labels = page.locator("svg .recharts-label").filter({ hasText: "Mục tiêu" });
  await expect(labels).toHaveCount(2);
  return Promise.all((await labels.all()).map(async (l) => (await l.boundingBox()) ?? undefined));
}

test("the month not over yet is marked as partial, and the target labels never overlap", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const today = localDay(new Date());
  const month = today.slice(0, 7);
  const [y, m, d] = today.split("-");
  await page.goto(`/quan-ly?ky=thang&thang=${month}`);
  await expect(page.getByTestId("period")).toHaveText(`Tháng ${m}/${y} (đến ngày ${d}/${m}/${y})`);
  await expect(page.getByTestId("partial-note")).toContainText(`Tháng ${m}/${y} chưa kết thúc`);
  const trend = page.locator('[data-table="trend"]').first();
  await expect(trend.locator(`tr[data-month="${month}"] th`)).toHaveText(
    `${m}/${y} (đến ngày ${d}/${m}/${y})`,
  );
  const before = localDay(new Date(Date.now() - (Number(d) + 1) * 86_400_000)).slice(0, 7);
  await expect(trend.locator(`tr[data-month="${before}"] th`)).toHaveText(
    `${before.slice(5)}/${before.slice(0, 4)}`,
  );
  // The chart, below the filters, is drawn only when scrolled near (recharts loads for it then).
  const chart = page.getByRole("img", { name: /^Biểu đồ tỷ lệ hài lòng/ }).first();
  await expect(chart).toBeAttached();
  await expect(chart.locator(".recharts-line")).toHaveCount(0);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-line").first()).toBeVisible();
  // Drawn apart: the solid line stops at the last full month, a dashed series carries the partial one.
  await expect(
    chart.locator(".recharts-legend-item").filter({ hasText: "(tháng chưa kết thúc)" }).first(),
  ).toBeVisible();

  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const [a, b] = await targetLabelBoxes(page);
    expect(a && b, `labels drawn at ${width} px`).toBeTruthy();
    if (!a || !b) continue;
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart, `target labels overlap at ${width} px: ${JSON.stringify([a, b])}`).toBe(true);
    // Both inside the chart.
    const box = await chart.boundingBox();
    for (const label of [a, b]) {
      expect(label.x).toBeGreaterThanOrEqual(box?.x ?? 0);
      expect(label.x + label.width).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 1);
    }
  }
});

test("beside satisfaction: each unit's on-time rate and QĐ 766 ratio with n, sortable, in the files too", async ({
  page,
}) => {
  await insertDossiers2019();
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly?ky=nam&nam=${DOSSIER_YEAR}`);
  for (const [slug, e] of Object.entries(EXPECTED_2019)) {
    const row = unitsTable(page).locator(`tr[data-unit="${slug}"]`);
    await expect(row.locator('[data-col="on-time"]'), slug).toHaveText(e.onTime);
    await expect(row.locator('[data-col="on-time-n"]'), slug).toHaveText(String(e.onTimeN));
    await expect(row.locator('[data-col="qd766"]'), slug).toHaveText(e.qd766);
    await expect(row.locator('[data-col="qd766-n"]'), slug).toHaveText(String(e.qd766N));
  }
  // The counts behind the on-time rate on hover; a unit without dossiers: a dash and why, never 0 %.
  await expect(
    unitsTable(page).locator('tr[data-unit="phuong-an-hoa-tthcc"] [data-col="on-time"]'),
  ).toHaveAttribute("title", "Trước hạn 7 · Đúng hạn 1 · Quá hạn 2");
  const empty = unitsTable(page).locator('tr[data-unit="phuong-binh-minh-tthcc"]');
  await expect(empty.locator('[data-col="on-time"]')).toHaveText("— chưa có hồ sơ");
  await expect(empty.locator('[data-col="qd766"]')).toHaveText("— chưa có hồ sơ");
  await expect(empty.locator('[data-col="on-time-n"]')).toHaveText("0");

  // The province's headline cards: both figures, their n and the counts they are made of.
  const onTime = page.getByTestId("headline").first().getByTestId("on-time-rate");
  await expect(onTime.locator('[data-value="on-time-rate"]')).toHaveText("84,62%");
  const facts = async (section: typeof onTime, keys: string[]) =>
    Promise.all(keys.map((k) => section.locator(`[data-value="${k}"]`).textContent()));
  // Open dossiers overdue at the period's end are a backlog: also those received before the year (other
  // specs leave some in earlier years), so their number is read from the database.
  const backlog = await scalar(
    `SELECT count(*) FROM dossiers WHERE status IN ('received', 'processing')
       AND received_day <= ? AND due_at < ?`,
    [`${DOSSIER_YEAR}-12-31`, Date.parse(`${Number(DOSSIER_YEAR) + 1}-01-01T00:00:00+07:00`)],
  );
  expect(backlog).toBeGreaterThanOrEqual(1);
  expect(
    await facts(onTime, ["on-time-n", "early", "on-time", "late", "with-apology", "pending-overdue"]),
  ).toEqual(["13", "10", "1", "2", "1", String(backlog)]);
  const qd766 = page.getByTestId("headline").first().getByTestId("qd766-ratio");
  await expect(qd766.getByRole("heading")).toHaveText("Tỷ lệ hài lòng theo hồ sơ (QĐ 766/QĐ-TTg)");
  await expect(qd766.locator('[data-value="qd766-ratio"]')).toHaveText("69,23%");
  expect(await facts(qd766, ["qd766-n", "late", "complained", "rated-unsatisfied"])).toEqual([
    "13",
    "2",
    "1",
    "1",
  ]);
  await expectNoAxeViolations(page);

  // The ranking sorts by either figure, units without dossiers last; its rank stays the quick index's.
  const province = await unitId("tinh-an-hoa");
  await page.goto(`/quan-ly/chi-so/${province}?ky=nam&nam=${DOSSIER_YEAR}&pham-vi=tat-ca`);
  await page.getByRole("link", { name: /^Tỷ lệ giải quyết đúng hạn \(%\)/ }).click();
  await expect(page).toHaveURL(/sap-xep=onTimeRate/);
  const sorted = page.locator('table[data-table="ranking"] th[aria-sort]');
  await expect(sorted).toContainText("Tỷ lệ giải quyết đúng hạn (%) ▼");
  const ranking = page.locator('table[data-table="ranking"] tbody tr');
  const onTimeTexts = await ranking.locator('[data-col="on-time"]').allTextContents();
  const shown = onTimeTexts.filter((t) => !t.startsWith("—")).map(parseIndex);
  expect(shown).toEqual([100, 100, 80, 80]);
  expect(onTimeTexts.slice(shown.length).every((t) => t === "— chưa có hồ sơ")).toBe(true);
  expect(await ranking.first().getAttribute("data-rank-unit")).toMatch(/^xa-phu-my/);
  await page.getByRole("link", { name: /^Tỷ lệ hài lòng theo hồ sơ, QĐ 766 \(%\)/ }).click();
  await expect(page).toHaveURL(/sap-xep=qd766Ratio/);
  await expect(sorted).toContainText("QĐ 766 (%) ▼");
  await page.getByRole("link", { name: /^Tỷ lệ hài lòng theo hồ sơ, QĐ 766 \(%\)/ }).click();
  await expect(page).toHaveURL(/chieu=tang/);
  await expect(page).toHaveURL(/sap-xep=qd766Ratio/);
  await expect(sorted).toContainText("QĐ 766 (%) ▲");
  const ascending = (await ranking.locator('[data-col="qd766"]').allTextContents()).filter(
    (t) => !t.startsWith("—"),
  );
  expect(ascending.map(parseIndex)).toEqual([60, 60, 100, 100]);

  // The figures' file carries both, with their n and counts, as on screen.
  const csv = await page.request.get(`/quan-ly/xuat/chi-so?dinh-dang=csv&ky=nam&nam=${DOSSIER_YEAR}`);
  expect(csv.status()).toBe(200);
  const [header = [], ...records] = parseCsv((await csv.text()).replace(/^\uFEFF/, "")) as string[][];
  const provinceRow = records.find((r) => r[0] === "Tỉnh An Hòa") ?? [];
  const cell = (name: string) => provinceRow[header.indexOf(name)];
  expect([
    cell("Tỷ lệ giải quyết đúng hạn (%)"),
    cell("n (hồ sơ trả kết quả có hẹn)"),
    cell("Trước hạn"),
    cell("Đúng hạn"),
    cell("Quá hạn"),
    cell("Tỷ lệ hài lòng theo hồ sơ, QĐ 766 (%)"),
    cell("n (hồ sơ đã trả kết quả)"),
  ]).toEqual(["84.62", "13", "10", "1", "2", "69.23", "13"]);
});
