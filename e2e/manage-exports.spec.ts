import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { localDay } from "../lib/time";
import { scalar } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";
import { monthBefore, monthEnd, rawQuickFigure } from "./support/raw-figures";

const month = monthBefore(localDay(new Date()).slice(0, 7));
/** English words of the interface that a Vietnamese page must not show. */
const ENGLISH_UI_WORDS =
  /\b(the|and|of|from|with|index|report|pooled|mean|month|unit|units|answers?|method|print|quick|service|level|share|change|prepared|target|interval|score|trend|no\.|partial)\b/i;
const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);
const exportCount = () => scalar("SELECT count(*) FROM audit_log WHERE action = 'export.figures'");

async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("exports").getByRole("link", { name: linkName }).click(),
  ]);
  return readFile(await file.path());
}

/** The dashboard's text of a number ("80,00", "chưa đủ lượt đánh giá", "—") as the export writes it. */
const asExported = (text: string) => (text === "—" ? "" : text.replace(",", "."));

test("the overview's CSV has the dashboard table's rows and numbers", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly?ky=thang&thang=${month}`);
  const before = await exportCount();
  const bytes = await download(page, "Tải CSV");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = parseCsv(bytes.toString("utf8").slice(1)) as string[][];
  expect(header?.slice(0, 2)).toEqual(["Đơn vị", "Số lượt (n)"]);
  const indexColumn = header?.indexOf("Tỷ lệ hài lòng (%)") ?? -1;
  const rows = page.locator('table[data-table="units"] tbody tr');
  const count = await rows.count();
  expect(records).toHaveLength(count);
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const record = records[i] ?? [];
    await expect(row.locator("th")).toHaveText(record[0] ?? "");
    await expect(row.locator('[data-col="n"]')).toHaveText(record[1] ?? "");
    expect(record[indexColumn]).toBe(
      asExported((await row.locator('[data-col="index"]').textContent()) ?? ""),
    );
  }
  const province = records.find((r) => r[0] === "Tỉnh An Hòa") ?? [];
  const raw = await rawQuickFigure("tinh-an-hoa", `${month}-01`, monthEnd(month));
  expect([province[1], province[indexColumn]]).toEqual([String(raw.n), raw.index]);
  expect(await exportCount()).toBe(before + 1);
});

test("a drill-down's Excel file has the unit and its ranking as the dashboard shows them", async ({
  page,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const province = await unitId("tinh-an-hoa");
  await page.goto(`/quan-ly/chi-so/${province}?ky=thang&thang=${month}&pham-vi=tat-ca&sap-xep=n`);
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, structurally an ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(await download(page, "Tải Excel")).buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet("Chỉ số");
  if (!sheet) throw new Error("no sheet Chỉ số");
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (name: string) => headers.indexOf(name) + 1;
  expect(headers[0]).toBe("Hạng");
  expect(sheet.getRow(2).getCell(col("Đơn vị")).value).toBe("Tỉnh An Hòa");
  const headline = page.getByTestId("headline");
  expect(String(sheet.getRow(2).getCell(col("Số lượt (n)")).value)).toBe(
    await headline.locator('[data-value="quick-n"]').textContent(),
  );
  const ranking = page.locator('table[data-table="ranking"] tbody tr');
  const count = await ranking.count();
  expect(sheet.rowCount).toBe(count + 2);
  for (let i = 0; i < count; i++) {
    const row = ranking.nth(i);
    const cells = sheet.getRow(i + 3);
    await expect(row.locator("th")).toHaveText(String(cells.getCell(col("Đơn vị")).value));
    const rank = cells.getCell(col("Hạng")).value;
    await expect(row.locator('[data-col="rank"]')).toHaveText(rank === null ? "—" : String(rank));
    await expect(row.locator('[data-col="n"]')).toHaveText(String(cells.getCell(col("Số lượt (n)")).value));
    const index = cells.getCell(col("Tỷ lệ hài lòng (%)")).value;
    const text =
      typeof index === "number" ? index.toFixed(2).replace(".", ",") : index === null ? "—" : String(index);
    await expect(row.locator('[data-col="index"]')).toHaveText(text);
  }
  // The notes name each figure: the quick figure is a satisfaction rate, never "theo cấu trúc SIPAS".
  const notes = workbook.getWorksheet("Ghi chú");
  expect([notes?.getRow(1).getCell(1).value, notes?.getRow(1).getCell(2).value]).toEqual([
    "Cột “Tỷ lệ hài lòng (%)”",
    "Tỷ lệ hài lòng (đánh giá nhanh)",
  ]);
  expect(notes?.getRow(2).getCell(2).value).toBe("Chỉ số hài lòng (theo cấu trúc SIPAS)");
  expect(String(notes?.getRow(1).getCell(2).value)).not.toContain("theo cấu trúc SIPAS");
});

test("exports and reports outside the manager's scope are 404; without a session 401", async ({
  page,
  request,
}) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const own = await unitId("phuong-an-hoa");
  const other = await unitId("xa-tan-phu");
  const province = await unitId("tinh-an-hoa");
  const api = page.context().request;
  expect((await api.get(`/quan-ly/xuat/chi-so?dinh-dang=csv&don-vi=${own}`)).status()).toBe(200);
  for (const id of [other, province]) {
    expect((await api.get(`/quan-ly/xuat/chi-so?dinh-dang=xlsx&don-vi=${id}`)).status()).toBe(404);
    expect((await page.goto(`/quan-ly/bao-cao?thang=${month}&don-vi=${id}`))?.status()).toBe(404);
  }
  expect((await api.get("/quan-ly/xuat/chi-so?dinh-dang=pdf")).status()).toBe(400);
  const scoped = parseCsv(
    (await (await api.get("/quan-ly/xuat/chi-so?dinh-dang=csv")).text()).slice(1),
  ) as string[][];
  expect(scoped.slice(1).map((r) => r[0])).toEqual([
    "Phường An Hòa",
    "Trung tâm Phục vụ hành chính công phường An Hòa",
  ]);
  // The request fixture shares no cookie with the signed-in page.
  expect((await request.get(`/quan-ly/xuat/chi-so?dinh-dang=csv&don-vi=${own}`)).status()).toBe(401);
});

test("the monthly report shows the unit's and children's figures, trend and method, and passes axe", async ({
  page,
}) => {
  test.slow();
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const commune = await unitId("phuong-an-hoa");
  await page.goto(`/quan-ly/bao-cao?thang=${month}&don-vi=${commune}`);
  // Laid out as an administrative report (Nghị định 30/2020/NĐ-CP): header, then "BÁO CÁO" and its subject.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `BÁO CÁO Kết quả đánh giá sự hài lòng của người dân, tổ chức tháng ${month.slice(5)}/${month.slice(0, 4)}`,
  );
  const header = page.getByTestId("report-header");
  await expect(header).toContainText("TỈNH AN HÒA");
  await expect(header).toContainText("PHƯỜNG AN HÒA");
  await expect(header).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(header).toContainText("Độc lập - Tự do - Hạnh phúc");
  await expect(page.getByTestId("report-number")).toHaveText("Số: ……/BC-UBND");
  const [y, m, d] = localDay(new Date()).split("-");
  await expect(page.getByTestId("report-date")).toHaveText(
    `An Hòa, ngày ${d} tháng ${Number(m) < 3 ? m : Number(m)} năm ${y}`,
  );
  await expect(page.getByTestId("report-signature")).toContainText("Nơi nhận:");
  await expect(page.getByTestId("report-partial")).toHaveCount(0);
  // No English word of the interface in the Vietnamese report.
  const text = (await page.locator("main").allInnerTexts())
    .join("\n")
    .replaceAll("Wilson", "")
    .replaceAll("SIPAS", "");
  expect(text).not.toMatch(ENGLISH_UI_WORDS);
  await expect(page.getByTestId("report-unit")).toHaveText("Phường An Hòa");
  // The quick figure is a satisfaction rate; "theo cấu trúc SIPAS" names only the five-element index.
  await expect(page.getByText("Tỷ lệ hài lòng (đánh giá nhanh)").first()).toBeVisible();
  expect(await page.locator("body").textContent()).not.toContain("theo cấu trúc SIPAS");
  for (const slug of ["phuong-an-hoa", "phuong-an-hoa-tthcc"]) {
    const raw = await rawQuickFigure(slug, `${month}-01`, monthEnd(month));
    const row = page.locator(`table[data-table="units"] tr[data-unit="${slug}"]`);
    await expect(row.locator('[data-col="n"]')).toHaveText(String(raw.n));
    await expect(row.locator('[data-col="index"]')).toHaveText(raw.indexVi);
  }
  const trend = page.locator('table[data-table="report-trend"] tbody tr');
  await expect(trend).toHaveCount(12);
  await expect(trend.last()).toHaveAttribute("data-month", month);
  await expect(page.locator('[data-table="elements-service"]')).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phương pháp tính", exact: true })).toBeVisible();
  await expect(page.getByText("Wilson").first()).toBeVisible();
  await expect(page.getByTestId("prepared")).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Quản lý" })).toBeHidden();
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("report-header")).toBeVisible();
  await expect(page.getByTestId("report-number")).toBeVisible();
});

test("the report of the month under way says its figures stop today, and so does its trend", async ({
  page,
}) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const today = localDay(new Date());
  const [y, m, d] = today.split("-");
  await page.goto(`/quan-ly/bao-cao?thang=${today.slice(0, 7)}&don-vi=${await unitId("phuong-an-hoa")}`);
  await expect(page.getByTestId("report-partial")).toHaveText(
    `Tháng ${m}/${y} chưa kết thúc: số liệu tính đến hết ngày ${d}/${m}/${y}, chưa phải số liệu cả tháng.`,
  );
  const trend = page.locator('table[data-table="report-trend"] tbody tr');
  await expect(trend.last().locator("th")).toHaveText(`${m}/${y} (đến ngày ${d}/${m}/${y})`);
  await expect(trend.nth(10).locator("th")).toHaveText(/^\d{2}\/\d{4}$/);
});

test("a manager who chose English downloads files in English", async ({ page, baseURL }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);
  await page.goto(`/quan-ly?ky=thang&thang=${month}`);
  const [header, ...records] = parseCsv(
    (await download(page, "Download CSV")).toString("utf8").slice(1),
  ) as string[][];
  expect(header?.slice(0, 2)).toEqual(["Unit", "Answers (n)"]);
  expect(header).toContain("Satisfaction rate (%)");
  expect(header?.join(" ")).not.toMatch(/[ạàáảãăâđêôơưệốờ]/i);
  const raw = await rawQuickFigure("tinh-an-hoa", `${month}-01`, monthEnd(month));
  const province = records.find((r) => r[0] === "Tỉnh An Hòa") ?? [];
  expect([province[1], province[header?.indexOf("Satisfaction rate (%)") ?? -1]]).toEqual([
    String(raw.n),
    raw.index,
  ]);

  const provinceId = await unitId("tinh-an-hoa");
  await page.goto(`/quan-ly/chi-so/${provinceId}?ky=thang&thang=${month}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await download(page, "Download Excel")).buffer as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["Index", "Notes"]);
  expect(workbook.getWorksheet("Notes")?.getRow(1).getCell(2).value).toBe("Satisfaction rate (quick rating)");
  const raw2 = await page.context().request.get(`/quan-ly/xuat/phieu?dinh-dang=csv&don-vi=${provinceId}`);
  expect((await raw2.text()).slice(1).split("\n")[0]).toMatch(/^Response id,Submitted at/);
});
