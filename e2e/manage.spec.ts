import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";
import { lastDays } from "../lib/time";
import { testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

test("the manage area requires sign-in", async ({ page }) => {
  await page.goto("/quan-ly");
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await expectNoAxeViolations(page);
});

test("a wrong password is refused with a clear message and the email kept", async ({ page }) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER, "wrong-password-123");
  await expect(page.getByRole("alert").filter({ hasText: "Email hoặc mật khẩu không đúng" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(COMMUNE_MANAGER);
  await expect(page).toHaveURL(/\/dang-nhap$/);
});

test("the commune manager sees only their subtree", async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.signIn(COMMUNE_MANAGER);
  await expect(page.getByRole("heading", { name: /Tỷ lệ hài lòng \(đánh giá nhanh\)/ })).toBeVisible();
  await expect(dashboard.row("phuong-an-hoa")).toBeVisible();
  await expect(dashboard.row("phuong-an-hoa-tthcc")).toBeVisible();
  await expect(page.locator('table[data-table="units"] tbody tr')).toHaveCount(2);
  await expect(dashboard.row("tinh-an-hoa")).toHaveCount(0);
  await expect(dashboard.row("phuong-binh-minh")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await page.goto("/quan-ly");
  await expect(page).toHaveURL(/\/dang-nhap$/);
});

test("the province administrator sees the whole province, with figures recomputed from raw answers", async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.signIn(PROVINCE_ADMIN);
  await expect(dashboard.row("tinh-an-hoa")).toBeVisible();
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(1 + 1 + 7 + 24);
  const { from, to } = lastDays(30);
  const raw = await testDb.execute({
    sql: `SELECT a.value, count(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id
          WHERE a.item_key = 'quick' AND r.flagged = 0 AND r.local_day BETWEEN ? AND ? GROUP BY a.value`,
    args: [from, to],
  });
  const dist = [1, 2, 3].map((v) => Number(raw.rows.find((r) => Number(r.value) === v)?.n ?? 0));
  const n = dist.reduce((a, b) => a + b, 0);
  const index = (100 * ((dist[1] ?? 0) + (dist[2] ?? 0))) / n;
  const row = dashboard.row("tinh-an-hoa");
  expect(Number(await row.locator('[data-col="n"]').textContent())).toBe(n);
  await expect(row.locator('[data-col="index"]')).toHaveText(index.toFixed(2).replace(".", ","));
});

// ---------------------------------------------------------------- the staff member's language

/** Letters only Vietnamese uses (English UI text has none of them). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** What the page says itself — headings, labels, buttons, table headers, notes — without its data. */
async function uiTextLeftInVietnamese(page: Page): Promise<string[]> {
  const data = await testDb.execute("SELECT name FROM units UNION SELECT name FROM user");
  const names = [...data.rows.map((r) => String(r.name)), "Hài Lòng"].sort((a, b) => b.length - a.length);
  const texts = await page
    .locator(
      "h1, h2, h3, th, label, dt, legend, option, button:not([lang]), [role=status], [role=alert], .hint, .field-error, p.muted, nav a, .notice",
    )
    .allInnerTexts();
  texts.push(await page.title());
  return texts
    .map((text) => names.reduce((left, name) => left.split(name).join(""), text))
    .filter((text) => VIETNAMESE.test(text));
}

async function expectEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await uiTextLeftInVietnamese(page), page.url()).toEqual([]);
}

test("a staff member who chose English reads the sign-in, account, staff and feedback pages in English", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const feedback = await testDb.execute({
    sql: `INSERT INTO feedback (unit_id, body, status, created_at, updated_at)
          VALUES ((SELECT id FROM units WHERE slug = 'phuong-an-hoa-tthcc'), ?, 'new', ?, ?) RETURNING id`,
    args: [`Feedback read in English (${Date.now()})`, Date.now(), Date.now()],
  });
  const itemId = Number(feedback.rows[0]?.id);
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);
  await page.goto("/dang-nhap");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expectEnglish(page);
  await page.getByLabel("Email").fill(COMMUNE_MANAGER);
  await page.getByLabel("Password", { exact: true }).fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Wrong email or password.");
  await expectEnglish(page);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/quan-ly$/, { timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/quan-ly/tai-khoan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await page.getByRole("button", { name: "Change password", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Please correct the errors below.");
  await expect(page.locator("main [role=alert]")).toContainText("Enter your current password.");
  await expectEnglish(page);

  await page.goto("/quan-ly/nguoi-dung");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users and roles");
  await expect(page.getByLabel("Role", { exact: true }).locator("option")).toHaveText([
    "Unit viewer",
    "Unit administrator",
  ]);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toContainText("This email address is not valid.");
  await expect(page.locator("main [role=alert]")).toContainText("Enter a name.");
  await expectNoAxeViolations(page);
  await expectEnglish(page);
  await page.locator(`tr[data-user="${COMMUNE_MANAGER}"]`).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Roles", exact: true })).toBeVisible();
  await expectEnglish(page);

  await page.goto("/quan-ly/phan-anh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback inbox");
  await expect(page.locator(`tr[data-feedback="${itemId}"]`)).toContainText("New");
  await expect(page.locator(`tr[data-feedback="${itemId}"]`)).toContainText("0 days");
  await expectEnglish(page);
  await page.goto(`/quan-ly/phan-anh/${itemId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Feedback item ${itemId}`);
  await page.getByRole("button", { name: "Send reply", exact: true }).click();
  await expect(page.getByText("Enter a reply.").first()).toBeVisible();
  await expectEnglish(page);
  await page.getByRole("button", { name: "Close item", exact: true }).click();
  await expect(
    page.locator("main [role=alert]").filter({ hasText: "give a reason for closing it" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Take it (assign to me)", exact: true }).click();
  await expect(page.getByTestId("feedback-status")).toHaveText("Assigned");
  await expect(page.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();
  await expect(page.getByTestId("feedback-history")).toContainText("Assigned to");
  await expectNoAxeViolations(page);
  await expectEnglish(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch works on sign-in and in the header, keeps the page and the choice", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto("/dang-nhap");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");

    // Signing in (a form post without script) keeps the choice.
    await page.getByLabel("Email").fill(COMMUNE_MANAGER);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/quan-ly$/, { timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // Back to Vietnamese from the header, on the same page with its filters.
    await page.goto("/quan-ly/phan-anh?trang-thai=open");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feedback inbox");
    await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/quan-ly\/phan-anh\?trang-thai=open$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phản ánh, kiến nghị");

    // The choice holds on the next pages…
    await page.goto("/quan-ly/nguoi-dung");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dùng và vai trò");
    // …and so does English, chosen again here.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/quan-ly\/nguoi-dung$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users and roles");
    await page.goto("/quan-ly/tai-khoan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
