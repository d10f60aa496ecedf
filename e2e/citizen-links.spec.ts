import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { procedureLink, scalar, testDb, unitLinkCode } from "./support/db";
import { DISCLOSURE_LABELS } from "./support/disclosure";
import { expectNoAxeViolations } from "./support/pages";

/** The demo codes docs/DEMO.md documents: rows like "| `/q/ABC234` | phuong-an-hoa-tthcc | … |". */
function documentedCodes(): Array<{ code: string; slug: string }> {
  const readme = readFileSync("docs/DEMO.md", "utf8");
  return [...readme.matchAll(/^\|\s*`\/q\/([A-Z0-9]+)`\s*\|\s*([a-z0-9-]+)\s*\|/gm)].map((m) => ({
    code: m[1] ?? "",
    slug: m[2] ?? "",
  }));
}

test("every short link code documented in docs/DEMO.md opens its unit", async ({ page }) => {
  const codes = documentedCodes();
  expect(codes.length).toBeGreaterThanOrEqual(20);
  for (const { code, slug } of codes) {
    expect(await unitLinkCode(slug)).toBe(code);
    const response = await page.goto(`/q/${code}`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/vi/don-vi/${slug}`);
  }
});

test("codes are case-insensitive and a scan is counted", async ({ page }) => {
  const code = await unitLinkCode("phuong-an-hoa-tthcc");
  const before = await scalar("SELECT coalesce(sum(count), 0) FROM scan_counts WHERE code = ?", [code]);
  await page.goto(`/q/${code.toLowerCase()}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Trung tâm Phục vụ hành chính công phường An Hòa",
  );
  expect(await scalar("SELECT coalesce(sum(count), 0) FROM scan_counts WHERE code = ?", [code])).toBe(
    before + 1,
  );
});

test("a unit page lists its procedures by field and passes axe", async ({ page }) => {
  await page.goto(`/q/${await unitLinkCode("phuong-an-hoa-tthcc")}`);
  await expect(page.getByRole("heading", { name: /Thủ tục hành chính thực hiện tại đây/ })).toBeVisible();
  const offered = await scalar(
    "SELECT count(*) FROM unit_procedures up JOIN units u ON u.id = up.unit_id WHERE u.slug = 'phuong-an-hoa-tthcc'",
  );
  expect(offered).toBeGreaterThanOrEqual(26);
  await expect(page.locator("ul.plist > li")).toHaveCount(offered);
  await expectNoAxeViolations(page);
});

test("a procedure link opens its disclosure with all 12 fields", async ({ page }) => {
  const link = await procedureLink("p.status = 'in_force' AND u.slug = 'xa-tan-phu-tthcc'");
  await page.goto(`/q/${link.code}`);
  expect(new URL(page.url()).pathname).toBe(`/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
  for (const label of DISCLOSURE_LABELS) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Đánh giá sự hài lòng" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an abolished procedure's old link says so and points to its replacement", async ({ page }) => {
  const link = await procedureLink("p.status = 'abolished'");
  const response = await page.goto(`/q/${link.code}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Đã bãi bỏ").first()).toBeVisible();
  const replacement = await testDb.execute(
    "SELECT r.code FROM procedures p JOIN procedures r ON r.id = p.replaced_by_id WHERE p.status = 'abolished'",
  );
  const replacementCode = String(replacement.rows[0]?.code);
  await page.locator(`.notice a[href$="/thu-tuc/${replacementCode}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/thu-tuc/${replacementCode.replace(/\./g, "\\.")}$`));
  await expect(page.getByText("Đang có hiệu lực").first()).toBeVisible();
});

test("an unknown code gets a helpful 404 with a working search box", async ({ page }) => {
  const response = await page.goto("/q/ZZZZZZ");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("dang ky khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/search\?q=dang\+ky\+khai\+sinh/);
  await expect(page.getByRole("link", { name: /Đăng ký khai sinh/ }).first()).toBeVisible();
});

test("malformed codes are a 404, never a crash", async ({ page }) => {
  for (const path of ["/q/..%2F..%2Fetc", `/q/${"A".repeat(300)}`, "/q/ĐĂNG"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a URL with malformed percent-encoding is a clear 400, not a 500", async ({ request }) => {
  for (const path of ["/q/%E0%A4%A", "/vi/don-vi/%ZZ", "/search%"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain("Đường dẫn không hợp lệ");
  }
});

test("the English version is an English document and switches back", async ({ page }) => {
  await page.goto("/en/don-vi/phuong-an-hoa-tthcc");
  await expect(page.getByRole("heading", { name: /Procedures handled here/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Chuyển sang tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/don-vi\/phuong-an-hoa-tthcc$/);
});

test("a unit's page lists abolished procedures in their own section, never among those it receives", async ({
  page,
}) => {
  const { slug, procedureCode } = await procedureLink("p.status = 'abolished' AND up.active = 1");
  await page.goto(`/vi/don-vi/${slug}`);
  const offered = page.locator("section[aria-labelledby='procedures-heading']");
  const abolished = page.locator("section[aria-labelledby='abolished-heading']");
  await expect(abolished.getByRole("heading", { level: 2, name: /Thủ tục đã bãi bỏ/ })).toBeVisible();
  await expect(abolished.locator(`a[href$="/thu-tuc/${procedureCode}"]`)).toHaveCount(1);
  await expect(abolished.getByText("Đã bãi bỏ").first()).toBeVisible();
  await expect(offered.locator(`a[href$="/thu-tuc/${procedureCode}"]`)).toHaveCount(0);
  // The count in the heading is of the procedures received here.
  const received = await offered.locator("ul.plist > li").count();
  await expect(offered.getByRole("heading", { level: 2 })).toContainText(`(${received} thủ tục)`);
  await expectNoAxeViolations(page);
});
