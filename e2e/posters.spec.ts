import { expect, test } from "@playwright/test";
import { builtActions, callAction } from "./support/actions";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { decodePdf, decodePng, type PdfWord, pdfPages, pdfWords, tempFile } from "./support/qr";

const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const UNIT = "phuong-an-hoa-tthcc";

/** A decoded QR must be the short URL of a known link and lead to the right page. */
async function expectResolves(request: import("@playwright/test").APIRequestContext, text: string) {
  expect(text.startsWith(`${BASE.toUpperCase()}/Q/`)).toBe(true);
  const res = await request.get(text, { maxRedirects: 0 });
  expect(res.status(), text).toBe(307);
  return res.headers().location ?? "";
}

/** A4 in points, as pdfinfo reports it. */
const A4 = { width: 595.28, height: 841.89 };

/**
 * The print view printed to PDF by the browser (A4, its own @page): every sheet on a page of its own, the
 * same pages as the PDF, the same words at the same places (within 6 pt: the browser may draw the text in
 * another font, at the PDF's measured widths), and every QR code decoding from it too.
 */
async function expectPrintViewLikePdf(page: import("@playwright/test").Page, posterId: number) {
  const pdf = await (await page.request.get(`/quan-ly/to-niem-yet/${posterId}/pdf`)).body();
  await page.goto(`/quan-ly/to-niem-yet/${posterId}/in`);
  await page.emulateMedia({ media: "print" });
  // The sheets' own font (Noto Sans, served beside the view) is loaded before printing.
  expect(
    await page.evaluate(async () => (await document.fonts.ready).check("16px 'Hai Long Noto Sans'")),
  ).toBe(true);
  const printed = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  const [fromPdf, fromPrint] = [pdfPages(pdf), pdfPages(printed)];
  expect(fromPrint.pages).toBe(fromPdf.pages);
  expect(fromPrint.width).toBeCloseTo(A4.width, 0);
  expect(fromPrint.height).toBeCloseTo(A4.height, 0);
  expect(await page.locator("section.sheet").count()).toBe(fromPdf.pages);

  const [expected, got] = [pdfWords(pdf), pdfWords(printed)];
  const key = (w: PdfWord) => `${w.page} ${w.word}`;
  expect(got.map(key).sort()).toEqual(expected.map(key).sort());
  for (const word of expected) {
    const near = got.some(
      (w) => key(w) === key(word) && Math.abs(w.x - word.x) < 6 && Math.abs(w.y - word.y) < 6,
    );
    expect(near, `"${word.word}" on page ${word.page} at ${word.x.toFixed(1)}, ${word.y.toFixed(1)}`).toBe(
      true,
    );
  }
  expect(decodePdf(printed).map((codes) => codes.sort())).toEqual(
    decodePdf(pdf).map((codes) => codes.sort()),
  );
  return decodePdf(pdf).flat();
}

async function unitId(slug: string): Promise<number> {
  return scalar("SELECT id FROM units WHERE slug = ?", [slug]);
}

test("single codes as SVG and PNG decode to the link's short URL", async ({ page, request }) => {
  const code = await unitLinkCode(UNIT);
  const svg = await request.get(`/q/${code.toLowerCase()}/qr.svg`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(svg.headers()["cache-control"]).toContain("public");
  await page.setViewportSize({ width: 400, height: 400 });
  await page.setContent(`<body style="margin:0;background:#fff">${await svg.text()}</body>`);
  await page.locator("svg").evaluate((el) => el.setAttribute("style", "width:300px;height:300px"));
  const shot = tempFile("svg.png");
  await page.locator("svg").screenshot({ path: shot });
  const [fromSvg] = decodePng(shot);
  expect(fromSvg).toBe(`${BASE.toUpperCase()}/Q/${code}`);
  expect(await expectResolves(request, fromSvg ?? "")).toBe(`/vi/don-vi/${UNIT}`);

  const png = await request.get(`/q/${code}/qr.png?size=300`);
  expect(png.headers()["content-type"]).toBe("image/png");
  const file = tempFile("code.png");
  (await import("node:fs")).writeFileSync(file, await png.body());
  expect(decodePng(file)).toEqual([`${BASE.toUpperCase()}/Q/${code}`]);
});

test("bad QR requests are refused clearly", async ({ request }) => {
  const code = await unitLinkCode(UNIT);
  for (const size of ["10", "99999", "abc", "-5", "300.5"]) {
    const res = await request.get(`/q/${code}/qr.png?size=${size}`);
    expect(res.status(), size).toBe(400);
    expect((await res.json()).error.message).toContain("Kích thước");
  }
  expect((await request.get("/q/ZZZZZZ/qr.svg")).status()).toBe(404);
  expect((await request.get("/q/ZZZZZZ/qr.png")).status()).toBe(404);
});

test("a procedure sheet for a whole unit: every code in the PDF scans and opens its procedure", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dashboard = new Dashboard(page);
  await dashboard.signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/to-niem-yet/moi?unit=${await unitId(UNIT)}&kind=procedure_sheet`);
  await page.getByLabel(/Chọn tất cả/).check();
  await page.getByRole("button", { name: "Tạo tờ niêm yết" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/to-niem-yet\/\d+$/);
  const posterId = Number(page.url().split("/").pop());

  const expected = await testDb.execute({
    sql: `SELECT l.code, p.code AS procedure_code FROM short_links l
          JOIN unit_procedures up ON up.id = l.unit_procedure_id JOIN units u ON u.id = up.unit_id
          JOIN procedures p ON p.id = up.procedure_id WHERE u.slug = ? AND p.status <> 'abolished'`,
    args: [UNIT],
  });
  expect(await scalar("SELECT count(*) FROM poster_items WHERE poster_id = ?", [posterId])).toBe(
    expected.rows.length,
  );

  const pdf = await page.request.get(`/quan-ly/to-niem-yet/${posterId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const decoded = decodePdf(await pdf.body()).flat();
  const byCode = new Map(expected.rows.map((r) => [String(r.code), String(r.procedure_code)]));
  expect(decoded.sort()).toEqual([...byCode.keys()].map((c) => `${BASE.toUpperCase()}/Q/${c}`).sort());
  for (const text of decoded) {
    const code = text.split("/").pop() ?? "";
    expect(await expectResolves(page.request, text)).toBe(`/vi/don-vi/${UNIT}/thu-tuc/${byCode.get(code)}`);
  }

  // The print view: the PDF's pages, words and codes; and each sheet's screenshot decodes by itself.
  expect((await expectPrintViewLikePdf(page, posterId)).sort()).toEqual(decoded.sort());
  const fromScreens: string[] = [];
  for (const [index, sheet] of (await page.locator("section.sheet").all()).entries()) {
    const shot = tempFile(`sheet-${index}.png`);
    await sheet.screenshot({ path: shot });
    fromScreens.push(...decodePng(shot));
  }
  expect(fromScreens.sort()).toEqual(decoded.sort());
});

test("a counter poster prints as HTML whose two codes scan", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/to-niem-yet/moi?unit=${await unitId(UNIT)}&kind=counter_a4`);
  await page.getByLabel(/Quầy 1/).check();
  await page.getByRole("button", { name: "Tạo tờ niêm yết" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/to-niem-yet\/\d+$/);
  await page.getByRole("link", { name: "Xem bản in (HTML)" }).click();
  await page.emulateMedia({ media: "print" });
  const shot = tempFile("counter.png");
  await page.locator("section.sheet").first().screenshot({ path: shot });
  const decoded = decodePng(shot);
  expect(decoded).toHaveLength(2);
  const targets = await Promise.all(decoded.map((t) => expectResolves(page.request, t)));
  expect(targets).toContain(`/vi/don-vi/${UNIT}`);
  expect(targets.some((t) => t.startsWith("/vi/danh-gia/"))).toBe(true);

  // The two codes say what they are for, in big letters; the PDF and the print view are the same sheet.
  const sheet = page.locator("section.sheet").first();
  await expect(sheet.getByText("TRA CỨU THỦ TỤC", { exact: true })).toBeVisible();
  await expect(sheet.getByText("ĐÁNH GIÁ HÀI LÒNG", { exact: true })).toBeVisible();
  const posterId = Number(new URL(page.url()).pathname.split("/")[3]);
  const fromPdf = await expectPrintViewLikePdf(page, posterId);
  expect(fromPdf.sort()).toEqual([...decoded].sort());
});

test("an empty selection or another unit is refused and writes nothing", async ({ page }) => {
  const before = await scalar("SELECT count(*) FROM posters");
  await new Dashboard(page).signIn("quanly.anhoa@anhoa.demo");
  await page.goto(`/quan-ly/to-niem-yet/moi?unit=${await unitId(UNIT)}&kind=procedure_sheet`);
  await page.getByRole("button", { name: "Tạo tờ niêm yết" }).click();
  await expect(page.getByText("Chọn ít nhất một thủ tục").first()).toBeVisible();
  await page.goto(
    `/quan-ly/to-niem-yet/moi?unit=${await unitId("phuong-binh-minh-tthcc")}&kind=procedure_sheet`,
  );
  await expect(page.getByText("ngoài phạm vi quản lý")).toBeVisible();
  await page.goto("/quan-ly/to-niem-yet/moi?unit=abc&kind=nope");
  await expect(page.getByText("không hợp lệ")).toBeVisible();
  expect(await scalar("SELECT count(*) FROM posters")).toBe(before);
});

test("a unit with no procedure offers no empty selection, says why, and cannot make such a poster", async ({
  page,
  baseURL,
}) => {
  const empty = await unitId("phuong-an-hoa");
  expect(await scalar("SELECT count(*) FROM unit_procedures WHERE unit_id = ? AND active = 1", [empty])).toBe(
    0,
  );
  const before = await scalar("SELECT count(*) FROM posters");
  await new Dashboard(page).signIn("quanly.anhoa@anhoa.demo");
  for (const kind of ["procedure_sheet", "field_poster"]) {
    await page.goto(`/quan-ly/to-niem-yet/moi?unit=${empty}&kind=${kind}`);
    await expect(page.getByTestId("no-procedures")).toHaveText(
      "Đơn vị này chưa có thủ tục hành chính nào đang áp dụng, nên chưa có mã QR thủ tục hay lĩnh vực nào để in.",
    );
    await expect(page.getByText(/Chọn tất cả/)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Tạo tờ niêm yết" })).toHaveCount(0);
  }
  // What it can print instead: a poster with its survey code only, honestly named.
  await page.getByRole("link", { name: "Tờ đánh giá sự hài lòng (A4)" }).click();
  await expect(page).toHaveURL(/kind=survey_poster/);
  await expect(page.getByRole("button", { name: "Tạo tờ niêm yết" })).toBeVisible();

  // A forged call is refused by the server too, naming the field, and writes nothing.
  const action = builtActions().get("app/(manage)/quan-ly/to-niem-yet/actions.ts#createPosterAction");
  if (!action) throw new Error("createPosterAction is not in the build");
  for (const [kind, field, message] of [
    ["procedure_sheet", "all", "Thủ tục: đơn vị này chưa có thủ tục nào đang áp dụng để in."],
    ["field_poster", "fields", "Lĩnh vực: đơn vị này chưa có thủ tục nào đang áp dụng"],
  ] as const) {
    const res = await callAction(page.request, baseURL ?? BASE, action, {
      unitId: String(empty),
      kind,
      [field]: "1",
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain(message);
  }
  expect(await scalar("SELECT count(*) FROM posters")).toBe(before);
});

test("a poster whose procedure was amended after printing is listed as 'cần in lại'", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const target = await testDb.execute(`
    SELECT p.code FROM unit_procedures up JOIN units u ON u.id = up.unit_id JOIN procedures p ON p.id = up.procedure_id
    WHERE u.slug = 'xa-dong-son-tthcc' AND p.status = 'in_force' ORDER BY p.code DESC LIMIT 1`);
  const code = String(target.rows[0]?.code);
  await page.goto(`/quan-ly/to-niem-yet/moi?unit=${await unitId("xa-dong-son-tthcc")}&kind=procedure_sheet`);
  await page.getByRole("checkbox", { name: new RegExp(code.replace(/\./g, "\\.")) }).check();
  await page.getByRole("button", { name: "Tạo tờ niêm yết" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/to-niem-yet\/\d+$/);
  const posterId = page.url().split("/").pop();
  await page.goto("/quan-ly/to-niem-yet");
  await expect(page.locator(`[data-testid="stale-posters"] [data-poster="${posterId}"]`)).toHaveCount(0);

  await page.goto(`/quan-ly/thu-tuc/${code}`);
  await page.getByLabel("Khoản phí, lệ phí, dòng 1", { exact: true }).fill(`Lệ phí sửa đổi ${Date.now()}`);
  await page.getByLabel(/^Ngày có hiệu lực/).fill("2026-12-01");
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();

  await page.goto("/quan-ly/to-niem-yet");
  await expect(page.locator(`[data-testid="stale-posters"] [data-poster="${posterId}"]`)).toContainText(
    "1 thủ tục đã thay đổi",
  );
});
