import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";

async function search(page: import("@playwright/test").Page, q: string, extra = "") {
  await page.goto(`/search?q=${encodeURIComponent(q)}${extra}`);
  return page.locator("ol.plist > li");
}

test("finds procedures without diacritics and in any case", async ({ page }) => {
  for (const q of ["dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh", "dang ky khai"]) {
    const hits = await search(page, q);
    await expect(hits.first(), q).toContainText("Đăng ký khai sinh");
  }
  await expectNoAxeViolations(page);
});

test("finds a procedure by its code, ranked first", async ({ page }) => {
  const hits = await search(page, "mau.ht.01");
  await expect(hits.first()).toContainText("MAU.HT.01");
});

test("finds procedures by field", async ({ page }) => {
  const rs = await testDb.execute(
    "SELECT p.code FROM procedures p JOIN fields f ON f.id = p.field_id WHERE f.name = 'Chứng thực' AND p.is_sample = 1",
  );
  const codes = rs.rows.map((r) => String(r.code));
  expect(codes.length).toBeGreaterThanOrEqual(3);
  const hits = await search(page, "chung thuc");
  await expect(hits.first()).toContainText("· Chứng thực");
  const texts = (await hits.allTextContents()).join("\n");
  for (const code of codes) expect(texts).toContain(code);
});

test("searching from a unit page stays within that unit", async ({ page }) => {
  await page.goto("/vi/don-vi/so-tu-phap");
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("ly lich tu phap");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/search\?q=ly\+lich\+tu\+phap&unit=so-tu-phap$/);
  const hits = page.locator("ol.plist > li");
  await expect(hits.first()).toBeVisible();
  for (const href of await hits.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toContain("/don-vi/so-tu-phap/");
  }
});

test("nonsense and FTS syntax give an empty result, not an error", async ({ page }) => {
  for (const q of ['"unbalanced', "NEAR(a b)", "*", "zzzzqqq", "a OR b AND"]) {
    const res = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(res?.status(), q).toBe(200);
    // The page says so: no hit listed, the count reads 0 for the query as typed, no error page.
    await expect(page.getByRole("heading", { level: 1 }), q).toHaveText("Tìm thủ tục hành chính");
    await expect(page.getByRole("status"), q).toHaveText(`0 kết quả cho “${q}”`);
    await expect(page.locator("ol.plist > li"), q).toHaveCount(0);
    await expect(page.getByLabel("Tìm thủ tục theo tên hoặc mã"), q).toHaveValue(q);
  }
});
