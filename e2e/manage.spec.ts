import { expect, test } from "@playwright/test";
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
  await expect(page.getByRole("heading", { name: /Chỉ số hài lòng/ })).toBeVisible();
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
