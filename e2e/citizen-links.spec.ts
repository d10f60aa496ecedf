import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { compareVi } from "../lib/collate";
import { procedureLink, scalar, testDb, unitLinkCode } from "./support/db";
import { DISCLOSURE_LABELS } from "./support/disclosure";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";

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
  // The rating at the bottom, and (issue #15) at the top in the summary.
  await expect(page.getByRole("link", { name: "Đánh giá sự hài lòng", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đã làm thủ tục này? Đánh giá sự hài lòng" })).toBeVisible();
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

// ---------------------------------------------------------------- issue #15: a commune's own link

/** Procedures a unit receives (active, not abolished). */
const received = (slug: string) =>
  scalar(
    `SELECT count(*) FROM unit_procedures up JOIN units u ON u.id = up.unit_id
     JOIN procedures p ON p.id = up.procedure_id
     WHERE u.slug = ? AND up.active = 1 AND p.status <> 'abolished'`,
    [slug],
  );

test.describe("on a 360 px phone", () => {
  test.use(PHONE);

  test("a commune's own link leads straight to the procedures its citizens use, at its service centre", async ({
    page,
  }) => {
    const centre = "Trung tâm Phục vụ hành chính công phường An Hòa";
    const count = await received("phuong-an-hoa-tthcc");
    expect(count).toBeGreaterThan(0);
    await page.goto(`/q/${await unitLinkCode("phuong-an-hoa")}`);
    expect(new URL(page.url()).pathname).toBe("/vi/don-vi/phuong-an-hoa");
    const section = page.getByTestId("received-at");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(
      `Thủ tục hành chính tiếp nhận tại ${centre} (${count} thủ tục)`,
    );
    await expect(page.getByText("(0 thủ tục)")).toHaveCount(0);
    await expect(page.getByText(/bên dưới/)).toHaveCount(0);
    const items = section.locator("ul.plist > li");
    await expect(items).toHaveCount(count);
    for (const href of await items.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/vi\/don-vi\/phuong-an-hoa-tthcc\/thu-tuc\//);
    }
    // Fields, and the procedures in each, in Vietnamese order.
    const fields = (await section.locator("h3").allTextContents()).map((t) =>
      t.replace(/\s*\(\d+ thủ tục\)$/, ""),
    );
    expect(fields.length).toBeGreaterThan(1);
    expect(fields).toEqual([...fields].sort(compareVi));
    await expect(
      section.getByRole("link", { name: "Xem địa chỉ, giờ làm việc và quầy tiếp nhận" }),
    ).toHaveAttribute("href", "/vi/don-vi/phuong-an-hoa-tthcc");
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    // Its search looks in the centre.
    await section.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("khai sinh");
    await section.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/\/search\?q=khai\+sinh&unit=phuong-an-hoa-tthcc$/);
    await expect(page.getByTestId("search-scope")).toContainText(centre);
    await expect(page.locator("ol.plist > li").first()).toContainText("khai sinh");
  });

  test("in English, the commune's page names its centre in English", async ({ page }) => {
    await page.goto("/en/don-vi/phuong-an-hoa");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("received-at").getByRole("heading", { level: 2 })).toHaveText(
      `Procedures handled at Public Administration Service Centre, An Hòa Ward (${await received("phuong-an-hoa-tthcc")} procedures)`,
    );
    await expect(page.getByText("Thủ tục hành chính tiếp nhận")).toHaveCount(0);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });

  test("a unit whose several units receive applications lists them with their counts", async ({ page }) => {
    await page.goto("/vi/don-vi/tinh-an-hoa");
    const receivers = page.getByTestId("receivers");
    await expect(receivers.getByRole("heading", { level: 2, name: "Nơi tiếp nhận hồ sơ" })).toBeVisible();
    const centre = receivers
      .getByRole("listitem")
      .filter({ hasText: "Trung tâm Phục vụ hành chính công tỉnh An Hòa" });
    await expect(centre).toContainText(`(${await received("trung-tam-phuc-vu-hcc-tinh")} thủ tục)`);
    await expect(page.getByText("(0 thủ tục)")).toHaveCount(0);
    const names = await receivers.locator("li a").allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort(compareVi));
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });
});
