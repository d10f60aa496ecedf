import { expect, type Page, test } from "@playwright/test";
import { scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations } from "./support/pages";
import { createTestUser } from "./support/users";

async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

const shownOnce = (page: Page) => page.getByTestId("shown-once-password");

async function auditActions(entityId: string): Promise<string[]> {
  const rs = await testDb.execute({
    sql: "SELECT action FROM audit_log WHERE (entity_id = ? OR json_extract(details, '$.userId') = ?) AND action NOT LIKE 'sign_in%' ORDER BY id",
    args: [entityId, entityId],
  });
  return rs.rows.map((r) => String(r.action));
}

test("the commune manager creates an account with a generated password shown once, grants and revokes roles", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.getByRole("link", { name: "Người dùng" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/nguoi-dung$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dùng và vai trò");
  // Only the commune's staff; nobody of the province.
  await expect(page.locator(`tr[data-user="${COMMUNE_MANAGER}"]`)).toBeVisible();
  await expect(page.locator('tr[data-user="admin@anhoa.demo"]')).toHaveCount(0);
  // A unit administrator cannot make a system administrator, nor act outside the commune.
  await expect(page.getByLabel("Vai trò", { exact: true }).locator("option")).toHaveText([
    "Xem báo cáo đơn vị",
    "Quản trị đơn vị",
  ]);
  await expect(page.getByLabel("Đơn vị", { exact: true }).locator("option")).toHaveCount(2);
  await expectNoAxeViolations(page);

  const email = `can.bo.${Date.now()}@anhoa.demo`;
  await page.getByLabel("Họ và tên", { exact: true }).fill("Cán bộ Một Cửa");
  await page.getByLabel("Email").fill("khong-phai-email");
  await page.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByText("Email không hợp lệ.").first()).toBeVisible();
  await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue("Cán bộ Một Cửa");

  await page.getByLabel("Email").fill(email);
  await page
    .getByLabel("Đơn vị", { exact: true })
    .selectOption({ label: "Trung tâm Phục vụ hành chính công phường An Hòa" });
  await page.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`Đã tạo tài khoản ${email}`);
  const password = (await shownOnce(page).textContent()) ?? "";
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  const userId = String(
    (await testDb.execute({ sql: "SELECT id FROM user WHERE email = ?", args: [email] })).rows[0]?.id,
  );
  // Stored as a scrypt hash (salt:key in hex), never in clear.
  const hash = String(
    (await testDb.execute({ sql: "SELECT password FROM account WHERE user_id = ?", args: [userId] })).rows[0]
      ?.password,
  );
  expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  expect(await auditActions(userId)).toEqual(["user.create", "role.grant"]);
  expect(await scalar("SELECT count(*) FROM audit_log WHERE details LIKE ?", [`%${password}%`])).toBe(0);

  // The new user signs in with the password shown once, and must choose their own before anything else.
  const newcomer = await browser.newContext();
  const newcomerPage = await newcomer.newPage();
  await new Dashboard(newcomerPage).signIn(email, password);
  await expect(newcomerPage).toHaveURL(/\/dang-nhap\/doi-mat-khau$/, { timeout: 30_000 });
  await expectNoAxeViolations(newcomerPage);
  await newcomerPage.goto("/quan-ly/thu-tuc");
  await expect(newcomerPage).toHaveURL(/\/dang-nhap\/doi-mat-khau$/);
  expect((await newcomer.request.get("/quan-ly/nhap/mau?dinh-dang=csv", { maxRedirects: 0 })).status()).toBe(
    401,
  );
  const own = "Mat-khau-rieng-cua-toi";
  await newcomerPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(password);
  await newcomerPage.getByLabel("Mật khẩu mới", { exact: true }).fill(own);
  await newcomerPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(own);
  await newcomerPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  // Then the manage area opens, on the service centre only.
  await expect(newcomerPage).toHaveURL(/\/quan-ly$/);
  await expect(newcomerPage.locator('table[data-table="units"] tbody tr')).toHaveCount(1);
  await expect(newcomerPage.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
  await newcomer.close();

  // Grant a second role, then revoke it.
  await page.goto("/quan-ly/nguoi-dung");
  await page.locator(`tr[data-user="${email}"]`).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cán bộ Một Cửa");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Phường An Hòa" });
  await page.getByLabel("Vai trò", { exact: true }).selectOption("unit_admin");
  await page.getByRole("button", { name: "Giao vai trò", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã giao vai trò" })).toBeVisible();
  await page.reload();
  const revoke = page.getByRole("button", { name: "Gỡ vai trò Quản trị đơn vị tại Phường An Hòa" });
  await revoke.click();
  // The row, and its form with it, goes away.
  await expect(revoke).toHaveCount(0);
  expect(await scalar("SELECT count(*) FROM role_assignments WHERE user_id = ?", [userId])).toBe(1);
  expect(await auditActions(userId)).toEqual([
    "user.create",
    "role.grant",
    "password.change",
    "role.grant",
    "role.revoke",
  ]);
});

test("an administrator's password reset ends the user's sessions; the user then changes their password", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const user = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa-tthcc" });
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await new Dashboard(userPage).signIn(user.email, user.password);
  await expect(userPage).toHaveURL(/\/quan-ly$/);

  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.goto(`/quan-ly/nguoi-dung/${user.id}`);
  await page.getByLabel("Mật khẩu tạm thời", { exact: true }).fill("ngan");
  await page.getByRole("button", { name: "Đặt lại mật khẩu", exact: true }).click();
  await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự").first()).toBeVisible();
  await page.getByRole("button", { name: "Đặt lại mật khẩu", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("các phiên đăng nhập của người này đã bị đóng");
  const temporary = (await shownOnce(page).textContent()) ?? "";
  expect(temporary.length).toBe(16);
  expect(await auditActions(user.id)).toContain("password.reset");

  // The user's open session is gone; the old password no longer works, the temporary one does.
  await userPage.goto("/quan-ly");
  await expect(userPage).toHaveURL(/\/dang-nhap$/);
  await signInWith(userPage, user.email, user.password);
  await expect(userPage.locator("main form [role=alert]")).toContainText("Email hoặc mật khẩu không đúng");
  // The temporary password signs in, to the password change and nowhere else.
  await new Dashboard(userPage).signIn(user.email, temporary);
  await expect(userPage).toHaveURL(/\/dang-nhap\/doi-mat-khau$/, { timeout: 30_000 });

  // A second browser of the same user, signed in too: the password change will end its session.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWith(otherPage, user.email, temporary);
  await expect(otherPage).toHaveURL(/\/dang-nhap\/doi-mat-khau$/, { timeout: 30_000 });

  // The user picks their own password.
  await expectNoAxeViolations(userPage);
  await userPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporary);
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill(temporary);
  await userPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(temporary);
  await userPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expect(userPage.getByText("Mật khẩu mới phải khác mật khẩu hiện tại").first()).toBeVisible();
  const fresh = "Mat-khau-rieng-2026";
  await userPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporary);
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill(fresh);
  await userPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(`${fresh}x`);
  await userPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expect(userPage.getByText("Hai lần nhập mật khẩu mới không khớp").first()).toBeVisible();
  await userPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill("khong-dung-mat-khau");
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill(fresh);
  await userPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(fresh);
  await userPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expect(userPage.getByText("Mật khẩu hiện tại không đúng").first()).toBeVisible();
  await userPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporary);
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill(fresh);
  await userPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(fresh);
  await userPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  // Done: on to the manage area, still signed in here; the other browser's session has ended.
  await expect(userPage).toHaveURL(/\/quan-ly$/);
  expect(await auditActions(user.id)).toContain("password.change");
  await otherPage.goto("/quan-ly");
  await expect(otherPage).toHaveURL(/\/dang-nhap$/);
  await other.close();

  // Later changes are made on the account page, which stays put and says so.
  await userPage.getByRole("link", { name: /Cán bộ thử/ }).click();
  await expect(userPage).toHaveURL(/\/quan-ly\/tai-khoan$/);
  await expectNoAxeViolations(userPage);
  const later = `${fresh}-sau`;
  await userPage.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(fresh);
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill(later);
  await userPage.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(later);
  await userPage.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expect(userPage.getByRole("status")).toContainText("Đã đổi mật khẩu");
  await userPage.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await new Dashboard(userPage).signIn(user.email, later);
  await expect(userPage).toHaveURL(/\/quan-ly$/);
  await userContext.close();
});
