import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";

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

// ---------------------------------------------------------------- issue #15: the unit's context, no result

test.describe("on a 360 px phone", () => {
  test.use(PHONE);

  test("a search from a unit keeps the unit: says where, leads back, and widens to all units", async ({
    page,
  }) => {
    await page.goto("/vi/don-vi/so-tu-phap");
    await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("ly lich");
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    const scope = page.getByTestId("search-scope");
    await expect(scope).toContainText("Đang tìm trong: Sở Tư pháp tỉnh An Hòa");
    await expect(page.locator("ol.plist > li").first()).toBeVisible();
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    await scope.getByRole("link", { name: "Tìm ở tất cả đơn vị" }).click();
    await expect(page).toHaveURL(/\/search\?q=ly\+lich$/);
    await expect(page.getByTestId("search-scope")).toHaveCount(0);
    // Procedures offered at several units list them.
    await expect(page.getByText("Thực hiện tại:").first()).toBeVisible();
    await page.goBack();
    await page.getByTestId("search-scope").getByRole("link", { name: "← Quay lại trang đơn vị" }).click();
    await expect(page).toHaveURL(/\/vi\/don-vi\/so-tu-phap$/);
  });

  test("no result within a unit suggests what to try, the unit's procedures and the other units", async ({
    page,
  }) => {
    // Birth registration is a commune procedure: the Department of Justice does not receive it.
    await page.goto("/search?q=khai%20sinh&unit=so-tu-phap");
    await expect(page.getByRole("status")).toHaveText("0 kết quả cho “khai sinh”");
    const tips = page.getByTestId("search-tips");
    await expect(tips.getByRole("heading", { name: "Gợi ý" })).toBeVisible();
    await expect(tips).toContainText("Kiểm tra lại chính tả.");
    await expect(tips).toContainText("Không cần gõ dấu");
    await expect(
      tips.getByRole("link", { name: "Xem tất cả thủ tục của Sở Tư pháp tỉnh An Hòa, theo lĩnh vực" }),
    ).toHaveAttribute("href", "/vi/don-vi/so-tu-phap");
    // What is typed stays in the box, and so does the unit.
    await expect(page.getByLabel("Tìm thủ tục theo tên hoặc mã")).toHaveValue("khai sinh");
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    await tips.getByRole("link", { name: "Đơn vị khác có thủ tục phù hợp: tìm ở tất cả đơn vị" }).click();
    await expect(page).toHaveURL(/\/search\?q=khai\+sinh$/);
    await expect(page.locator("ol.plist > li").first()).toContainText("khai sinh");
  });

  test("no result anywhere suggests browsing the units, and no match elsewhere is promised", async ({
    page,
  }) => {
    await page.goto("/search?q=zzzzqqq&unit=so-tu-phap");
    const tips = page.getByTestId("search-tips");
    await expect(tips).toBeVisible();
    await expect(tips.getByText(/Đơn vị khác có thủ tục phù hợp/)).toHaveCount(0);
    await page.goto("/search?q=zzzzqqq");
    await expect(
      page
        .getByTestId("search-tips")
        .getByRole("link", { name: "Xem danh sách đơn vị và thủ tục của từng đơn vị" }),
    ).toHaveAttribute("href", "/vi");
  });

  test("in English, with the unit named in English", async ({ page }) => {
    await page.goto("/search?q=zzzzqqq&unit=so-tu-phap&lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("search-scope")).toContainText(
      "Searching in: Department of Justice, An Hoa Province",
    );
    await expect(page.getByRole("status")).toHaveText("0 results for “zzzzqqq”");
    const tips = page.getByTestId("search-tips");
    await expect(tips.getByRole("heading", { name: "Suggestions" })).toBeVisible();
    await expect(
      tips.getByRole("link", {
        name: "See all of Department of Justice, An Hoa Province's procedures, by field",
      }),
    ).toHaveAttribute("href", "/en/don-vi/so-tu-phap");
    await expect(page.getByText("Gợi ý")).toHaveCount(0);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    await page.getByTestId("search-scope").getByRole("link", { name: "Search all units" }).click();
    await expect(page).toHaveURL(/\/search\?q=zzzzqqq&lang=en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
