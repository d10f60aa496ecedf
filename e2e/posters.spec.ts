import { expect, test } from "@playwright/test";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { decodePdf, decodePng, tempFile } from "./support/qr";

const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const UNIT = "phuong-an-hoa-tthcc";

/** A decoded QR must be the short URL of a known link and lead to the right page. */
async function expectResolves(request: import("@playwright/test").APIRequestContext, text: string) {
  expect(text.startsWith(`${BASE.toUpperCase()}/Q/`)).toBe(true);
  const res = await request.get(text, { maxRedirects: 0 });
  expect(res.status(), text).toBe(307);
  return res.headers().location ?? "";
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
