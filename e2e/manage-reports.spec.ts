import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { localDay } from "../lib/time";
import { scalar, testDb } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { lastFullQuarter, quarterOf } from "./support/report-periods";
import { createTestUser } from "./support/users";

// The periodic report pack: the demo province's quarterly report downloaded from its unit page as DOCX,
// PDF and XLSX, holding the administrative header, the period and the units below; scope and errors.

const today = localDay(new Date());
const quarter = lastFullQuarter(today);
const quarterWords = `quý ${["I", "II", "III", "IV"][quarter.part - 1]} năm ${quarter.year}`;
const dir = mkdtempSync(join(tmpdir(), "hl-report-"));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);
const reportCount = () => scalar("SELECT count(*) FROM audit_log WHERE action = 'export.report'");

async function childNames(parent: number): Promise<string[]> {
  const rs = await testDb.execute({
    sql: "SELECT name FROM units WHERE parent_id = ? AND valid_to IS NULL ORDER BY name",
    args: [parent],
  });
  return rs.rows.map((r) => String(r.name));
}

/** Chooses a format in the unit page's "Báo cáo định kỳ" form and downloads the file it gives. */
async function downloadFrom(page: Page, format: string): Promise<{ bytes: Buffer; name: string }> {
  const form = page.getByTestId("report-pack");
  await form.getByLabel("Định dạng").selectOption(format);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Tải báo cáo" }).click(),
  ]);
  return { bytes: readFileSync(await file.path()), name: file.suggestedFilename() };
}

function pdfText(bytes: Buffer): string {
  const file = join(dir, `r-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).normalize("NFC");
}

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<[^>]+>/g, "").normalize("NFC");
}

async function timedGet(api: APIRequestContext, url: string) {
  const started = performance.now();
  const response = await api.get(url);
  const body = await response.body();
  return { response, body, ms: Math.round(performance.now() - started) };
}

test("the demo province's quarterly report downloads from its unit page as DOCX, PDF and XLSX", async ({
  page,
}) => {
  const province = await unitId("tinh-an-hoa");
  const children = await childNames(province);
  expect(children.length).toBeGreaterThan(1);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/chi-so/${province}`);
  const form = page.getByTestId("report-pack");
  await expect(form.getByRole("heading", { name: "Báo cáo định kỳ" })).toBeVisible();
  // The last full quarter is chosen; the current one is offered and marked as under way.
  await expect(form.getByLabel("Kỳ báo cáo")).toHaveValue(quarter.key);
  const current = quarterOf(today).key;
  await expect(form.locator(`option[value="${current}"]`)).toContainText("(đang diễn ra)");
  const before = await reportCount();

  const docx = await downloadFrom(page, "docx");
  expect(docx.name).toBe(`Báo-cáo-${quarterWords.replaceAll(" ", "-")}-Tỉnh-An-Hòa.docx`);
  const words = await docxText(docx.bytes);
  const pdf = pdfText((await downloadFrom(page, "pdf")).bytes);
  for (const text of [words, pdf]) {
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "TỈNH AN HÒA",
      "Số: ……/BC-UBND",
      "BÁO CÁO",
      quarterWords,
      "I. KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG",
      "Tỷ lệ hài lòng (đánh giá nhanh)",
      "Chỉ số hài lòng (theo cấu trúc SIPAS)",
      "II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH",
      "Tỷ lệ giải quyết đúng và trước hạn",
      "Tỷ lệ hài lòng theo Quyết định 766/QĐ-TTg",
      "III. TIẾP NHẬN VÀ TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ",
      "IV. KẾT QUẢ CỦA CÁC ĐƠN VỊ TRỰC THUỘC",
      "Nơi nhận:",
      "NGƯỜI LẬP BÁO CÁO",
    ]) {
      expect(text).toContain(s);
    }
  }
  // Every unit directly below the province has its row (the PDF may wrap a long name over two lines).
  for (const name of children) expect(words).toContain(name);
  expect(pdf).toContain(children[0]?.split(" ").slice(0, 3).join(" ") ?? "");

  const xlsx = await downloadFrom(page, "xlsx");
  expect(xlsx.name.endsWith(".xlsx")).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet("Đơn vị trực thuộc");
  if (!sheet) throw new Error("no sheet Đơn vị trực thuộc");
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers).toContain("Tỷ lệ giải quyết đúng hạn (%)");
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
  expect(rows).toHaveLength(children.length + 1);
  expect(new Set(rows)).toEqual(new Set([...children, "Cộng: Tỉnh An Hòa"]));
  expect(workbook.getWorksheet("Hồ sơ")?.getRow(7).getCell(1).value).toBe(
    "Tỷ lệ giải quyết đúng và trước hạn",
  );
  expect(await reportCount()).toBe(before + 3);
});

test("a report of the unit alone, bad parameters named in the staff member's language, timings", async ({
  page,
}) => {
  const province = await unitId("tinh-an-hoa");
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const api = page.context().request;
  const base = `/quan-ly/bao-cao/tai?don-vi=${province}&ky=${quarter.key}`;
  for (const format of ["docx", "pdf", "xlsx"]) {
    const { response, ms } = await timedGet(api, `${base}&dinh-dang=${format}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="Bao-cao-/);
    test.info().annotations.push({ type: "timing", description: `${format}: ${ms} ms` });
    expect(ms).toBeLessThan(10_000);
  }
  const own = await timedGet(api, `${base}&pham-vi=don-vi&dinh-dang=docx`);
  const words = await docxText(own.body);
  expect(words).toContain("Phạm vi báo cáo: riêng Tỉnh An Hòa, không gồm các đơn vị trực thuộc.");
  for (const name of await childNames(province)) expect(words).not.toContain(name);

  for (const [query, message] of [
    [`don-vi=${province}&ky=quy-2026-5&dinh-dang=pdf`, /^ky: kỳ báo cáo không hợp lệ/],
    [`don-vi=${province}&ky=nam-2999&dinh-dang=pdf`, /^ky: kỳ báo cáo chưa bắt đầu/],
    [`don-vi=${province}&ky=${quarter.key}&dinh-dang=odt`, /^dinh-dang: phải là docx, pdf hoặc xlsx/],
    [`don-vi=${province}&ky=${quarter.key}&dinh-dang=pdf&pham-vi=ca-nuoc`, /^pham-vi: /],
    [`don-vi=abc&ky=${quarter.key}&dinh-dang=pdf`, /^don-vi: /],
    [`ky=${quarter.key}&dinh-dang=pdf`, /^don-vi: /],
  ] as const) {
    const response = await api.get(`/quan-ly/bao-cao/tai?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.text()).toMatch(message);
  }
  // The staff member's language is the one they chose (the language cookie), for errors as for reports.
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: page.url() }]);
  const english = await api.get(`/quan-ly/bao-cao/tai?don-vi=${province}&ky=quy-2026-9&dinh-dang=pdf`);
  expect(english.status()).toBe(400);
  expect(await english.text()).toMatch(/^ky: not a report period/);
  const report = await docxText(await (await api.get(`${base}&dinh-dang=docx`)).body());
  expect(report).toContain("I. SATISFACTION RESULTS");
  expect(report).not.toContain("Tỷ lệ hài lòng");
});

test("a viewer of a commune downloads its report but the province's is not found", async ({ page }) => {
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  await new Dashboard(page).signIn(viewer.email);
  const api = page.context().request;
  const url = (unit: number) => `/quan-ly/bao-cao/tai?don-vi=${unit}&ky=${quarter.key}&dinh-dang=pdf`;
  const own = await api.get(url(await unitId("phuong-an-hoa")));
  expect(own.status()).toBe(200);
  expect(pdfText(await own.body())).toContain("PHƯỜNG AN HÒA");
  for (const slug of ["tinh-an-hoa", "xa-tan-phu"]) {
    const response = await api.get(url(await unitId(slug)));
    expect(response.status()).toBe(404);
    expect(response.headers()["content-disposition"]).toBeUndefined();
  }
});

test("the report page's form downloads without JavaScript", async ({ page, browser }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: test.info().project.use.baseURL,
  });
  const plain = await context.newPage();
  await plain.goto("/quan-ly/bao-cao");
  const form = plain.getByTestId("report-pack");
  await form.getByLabel("Định dạng").selectOption("xlsx");
  const [file] = await Promise.all([
    plain.waitForEvent("download"),
    form.getByRole("button", { name: "Tải báo cáo" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^Báo-cáo-quý-.*\.xlsx$/);
  await context.close();
});
