import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import JSZip from "jszip";
import { newApiKey } from "@/lib/secrets";
import { addDays, formatDate, localDay } from "@/lib/time";
import { scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations } from "./support/pages";
import { createTestUser } from "./support/users";

/**
 * Apology letters for late dossiers: dossiers registered through the API with a key of Phường An Hòa are
 * listed at risk or late on /quan-ly/ho-so; the commune manager writes the letter with JavaScript on and
 * off, downloads its PDF and DOCX and finds the code, the new date and the apology in them; a viewer sees
 * the lists but writes nothing; a manager of another commune gets 404.
 */

const run = Date.now().toString(36).toUpperCase();
const code = (n: string) => `E2E-XL-${run}-${n}`;
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const dir = mkdtempSync(join(tmpdir(), "hl-e2e-letter-"));
let apiKey = "";

async function register(request: APIRequestContext, body: Record<string, unknown>): Promise<void> {
  const res = await request.post("/api/v1/dossiers", {
    headers: { authorization: `Bearer ${apiKey}` },
    data: body,
  });
  expect(res.status(), await res.text()).toBe(201);
}

const dossierId = (c: string) => scalar("SELECT id FROM dossiers WHERE code = ?", [c]);

test.beforeAll(async ({ request }) => {
  const key = newApiKey();
  apiKey = key.key;
  await testDb.execute({
    sql: `INSERT INTO api_keys (unit_id, name, scope, prefix, key_hash)
          VALUES ((SELECT id FROM units WHERE slug = 'phuong-an-hoa'), 'Thử văn bản xin lỗi', 'dossiers', ?, ?)`,
    args: [key.prefix, key.hash],
  });
  await register(request, { code: code("SAP-TRE"), receivedAt: hours(-26), dueAt: hours(2) });
  await register(request, { code: code("TRE-1"), receivedAt: hours(-72), dueAt: hours(-1) });
  await register(request, { code: code("TRE-2"), receivedAt: hours(-72), dueAt: hours(-2) });
  await register(request, {
    code: code("DA-TRA-TRE"),
    receivedAt: hours(-96),
    dueAt: hours(-48),
    returnedAt: hours(-24),
  });
  // One with a letter already, recorded by the unit's software (the viewer's and the stranger's tests).
  await register(request, { code: code("CO-THU"), receivedAt: hours(-72), dueAt: hours(-3) });
  const res = await request.patch(`/api/v1/dossiers/${code("CO-THU")}`, {
    headers: { authorization: `Bearer ${apiKey}` },
    data: { newDueAt: hours(72), apologyReason: "Chờ xác minh." },
  });
  expect(res.status(), await res.text()).toBe(200);
});

/** The dossier with a letter and its letter's id. */
async function letterOf(c: string): Promise<{ id: number; letter: number }> {
  const id = await dossierId(c);
  const letter = await scalar("SELECT id FROM dossier_apologies WHERE dossier_id = ?", [id]);
  expect(letter).toBeGreaterThan(0);
  return { id, letter };
}

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The confirmation of a letter just written, with its files. */
const issuedNotice = (page: Page) => page.getByRole("status").filter({ hasText: "Đã lập văn bản số" });
const errorSummary = (page: Page) => page.locator(".error-summary");

const row = (page: Page, list: string, c: string) =>
  page.getByTestId(list).locator(`tr[data-dossier="${c}"]`);

async function download(page: Page, scope: Locator, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return readFileSync(await file.path());
}

/** The PDF's and the DOCX's text hold the dossier's code, the new date, the apology and the addressee. */
async function expectLetterFiles(page: Page, dossier: string, newDay: string, addressee: string) {
  const issued = issuedNotice(page);
  const pdf = await download(page, issued, "Tải PDF");
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const file = join(dir, `${dossier}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).normalize("NFC");
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain(dossier);
  expect(flat).toContain(formatDate(newDay, "vi"));
  expect(flat).toContain("xin lỗi");
  expect(flat).toContain(addressee);
  expect(flat).toContain("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");

  const docx = await download(page, issued, "Tải DOCX");
  const zip = await JSZip.loadAsync(docx);
  const words = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
  for (const s of [dossier, formatDate(newDay, "vi"), "xin lỗi", addressee]) expect(words).toContain(s);
}

test("the commune manager sees dossiers at risk and late, writes a letter and downloads it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page
    .getByRole("navigation", { name: "Quản lý" })
    .getByRole("link", { name: "Hồ sơ", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ trễ hẹn và văn bản xin lỗi");
  await expect(row(page, "dossiers-at-risk", code("SAP-TRE"))).toBeVisible();
  await expect(row(page, "dossiers-late", code("TRE-1"))).toBeVisible();
  await expect(row(page, "dossiers-late", code("DA-TRA-TRE"))).toContainText("Đã trả, trễ hẹn");
  await expect(row(page, "dossiers-late", code("SAP-TRE"))).toHaveCount(0);
  await expectNoAxeViolations(page);

  await row(page, "dossiers-late", code("TRE-1")).getByRole("link", { name: "Lập văn bản xin lỗi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${code("TRE-1")}`);
  await expectNoAxeViolations(page);

  // A new date not after the appointment is refused at the field; what was typed stays.
  const today = localDay(new Date());
  await page.getByLabel("Ngày hẹn trả kết quả mới").fill(addDays(today, -1));
  await page.getByLabel("Lý do chậm trả kết quả").fill("Chờ kết quả xác minh của cơ quan khác.");
  await page.getByLabel("Kính gửi Ông/Bà (không bắt buộc)").fill("Nguyễn Thị Hoa");
  await page.getByRole("button", { name: "Lập văn bản xin lỗi" }).click();
  await expect(errorSummary(page)).toContainText("Ngày hẹn mới phải sau ngày hẹn hiện tại.");
  await expect(page.getByLabel("Lý do chậm trả kết quả")).toHaveValue(
    "Chờ kết quả xác minh của cơ quan khác.",
  );
  await expect(page.getByLabel("Kính gửi Ông/Bà (không bắt buộc)")).toHaveValue("Nguyễn Thị Hoa");

  const newDay = addDays(today, 3);
  await page.getByLabel("Ngày hẹn trả kết quả mới").fill(newDay);
  await page.getByRole("button", { name: "Lập văn bản xin lỗi" }).click();
  await expect(issuedNotice(page)).toContainText(/Đã lập văn bản số \d+\/PXL-UBND/);
  // The name typed is offered for the file, never stored.
  await expect(issuedNotice(page).getByLabel("Kính gửi Ông/Bà (không bắt buộc)")).toHaveValue(
    "Nguyễn Thị Hoa",
  );
  await expectLetterFiles(page, code("TRE-1"), newDay, "Nguyễn Thị Hoa");
  expect(await scalar("SELECT count(*) FROM dossier_apologies WHERE reason LIKE '%Nguyễn Thị Hoa%'")).toBe(0);
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE action = 'dossier.apologize' AND entity_id = ?", [
      code("TRE-1"),
    ]),
  ).toBe(1);

  // The dossier leaves the late list; its letter is listed.
  await page.goto("/quan-ly/ho-so");
  await expect(row(page, "dossiers-late", code("TRE-1"))).toHaveCount(0);
  await expect(page.getByTestId("apology-letters")).toContainText(code("TRE-1"));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the letter is written by a plain form post and its files downloaded", async ({ page }) => {
    test.setTimeout(120_000);
    await new Dashboard(page).signIn(COMMUNE_MANAGER);
    await page.goto(`/quan-ly/ho-so/${await dossierId(code("DA-TRA-TRE"))}`);
    await expect(page.getByText("Hồ sơ này chưa có văn bản xin lỗi.")).toBeVisible();

    // Nothing filled in: each field says what is missing.
    await page.getByRole("button", { name: "Lập văn bản xin lỗi" }).click();
    await expect(errorSummary(page)).toContainText("Chọn ngày hẹn trả kết quả mới.");
    await expect(errorSummary(page)).toContainText("Ghi lý do chậm trả kết quả cho phiếu xin lỗi.");

    const newDay = addDays(localDay(new Date()), 2);
    await page.getByLabel("Ngày hẹn trả kết quả mới").fill(newDay);
    await page.getByLabel("Lý do chậm trả kết quả").fill("Hệ thống một cửa gián đoạn.");
    await page.getByRole("button", { name: "Lập văn bản xin lỗi" }).click();
    await expect(issuedNotice(page)).toContainText(/Đã lập văn bản số \d+\/PXL-UBND/);
    await expectLetterFiles(page, code("DA-TRA-TRE"), newDay, "Ông/Bà");

    await page.goto(`/quan-ly/ho-so/${await dossierId(code("DA-TRA-TRE"))}`);
    // Reloaded, the page lists the letter (axe is run on these pages with JavaScript, above).
    await expect(page.getByTestId("dossier-letter")).toHaveCount(1);
  });
});

test("a viewer sees the lists and the letters but cannot write one", async ({ page }) => {
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  await new Dashboard(page).signIn(viewer.email);
  await page.goto("/quan-ly/ho-so");
  const late = row(page, "dossiers-late", code("TRE-2"));
  await expect(late).toBeVisible();
  await expect(late.getByRole("link", { name: "Lập văn bản xin lỗi" })).toHaveCount(0);
  await late.getByRole("link", { name: "Xem hồ sơ" }).click();
  await expect(page.getByTestId("letter-read-only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lập văn bản xin lỗi" })).toHaveCount(0);
  // The letters of the unit's dossiers are theirs to read and print.
  const { id, letter } = await letterOf(code("CO-THU"));
  const res = await page.request.get(`/quan-ly/ho-so/${id}/xin-loi/${letter}/pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
});

test("a manager of another commune gets 404 for the dossier and its letter", async ({ page }) => {
  const other = await createTestUser({ role: "unit_admin", unitSlug: "xa-tan-phu" });
  await new Dashboard(page).signIn(other.email);
  await page.goto("/quan-ly/ho-so");
  await expect(page.locator(`tr[data-dossier="${code("TRE-2")}"]`)).toHaveCount(0);
  const { id, letter } = await letterOf(code("CO-THU"));
  expect((await page.goto(`/quan-ly/ho-so/${id}`))?.status()).toBe(404);
  for (const format of ["pdf", "docx"]) {
    const res = await page.request.get(`/quan-ly/ho-so/${id}/xin-loi/${letter}/${format}`);
    expect(res.status()).toBe(404);
  }
});

test("a staff member who chose English reads the pages in English and may ask for the letter in English", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);
  await page.goto("/quan-ly/ho-so");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Late dossiers and apology letters");
  await expect(page.getByRole("heading", { name: "Late, without an apology letter" })).toBeVisible();
  await expect(page.getByText("Hồ sơ trễ hẹn")).toHaveCount(0);

  const { id } = await letterOf(code("CO-THU"));
  await page.goto(`/quan-ly/ho-so/${id}`);
  await expect(page.getByRole("heading", { name: "Apology letters", exact: true })).toBeVisible();
  const files = page.getByTestId("dossier-letter");
  // The official letter is Vietnamese unless English is chosen for the file.
  await expect(files.getByLabel("Language of the letter")).toHaveValue("vi");
  await files.getByLabel("Language of the letter").selectOption("en");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    files.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const path = join(dir, "english.pdf");
  writeFileSync(path, readFileSync(await file.path()));
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(code("CO-THU"));
  expect(text).toContain("apologises to you");
  expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
});
