import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { crashAllApps, extraPort, seededDatabase, startApp } from "./support/app-process";
import { scalar, testDb } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { createTestUser } from "./support/users";

const SESSION_COOKIE = "better-auth.session_token";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

const formAlert = (page: Page) => page.locator("main form [role=alert]");

async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

test("repeated wrong passwords lock the account for a while, even with the right password; failures are audited", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const user = await createTestUser({ role: "unit_admin", unitSlug: "phuong-an-hoa" });
  const wrong = "sai-mat-khau-123";
  for (let i = 1; i <= 5; i++) {
    // Forged forwarding headers make no new client: without TRUST_PROXY the server ignores them.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });
    await signInWith(page, user.email, `${wrong}-${i}`);
    await expect(formAlert(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await signInWith(page, user.email, `${wrong}-6`);
  await expect(formAlert(page)).toContainText("Vui lòng thử lại sau 15 phút");

  // The right password is refused too until the window has passed.
  await signInWith(page, user.email, user.password);
  await expect(formAlert(page)).toContainText("thử lại sau");
  await expect(page).toHaveURL(/\/dang-nhap$/);
  expect(await scalar("SELECT count(*) FROM session WHERE user_id = ?", [user.id])).toBe(0);

  const audit = await testDb.execute({
    sql: "SELECT action, details FROM audit_log WHERE user_id = ? ORDER BY id",
    args: [user.id],
  });
  expect(audit.rows.map((r) => r.action)).toEqual([
    ...Array(5).fill("sign_in.failure"),
    "sign_in.throttled",
    "sign_in.throttled",
  ]);
  for (const row of audit.rows) {
    expect(String(row.details)).toContain(user.email);
    expect(String(row.details)).not.toContain(wrong);
    expect(String(row.details)).not.toContain(user.password);
    // The client is its keyed hash, never an address.
    expect(JSON.parse(String(row.details)).client).toMatch(/^[0-9a-f]{32}$/);
    expect(String(row.details)).not.toMatch(/127\.0\.0\.1|::1|203\.0\.113|198\.51\.100/);
  }

  // The HTTP endpoint of better-auth is no way around the lock.
  const direct = await page.request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(direct.status()).toBe(429);
  // Its answer has a stable code and speaks the language the client asks for.
  const english = await page.request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { origin: new URL(page.url()).origin, "accept-language": "en-GB,en;q=0.9" },
  });
  expect(english.status()).toBe(429);
  const answer = await english.json();
  expect(answer.code).toBe("SIGN_IN_THROTTLED");
  expect(answer.message).toMatch(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);
  // The staff member's chosen language, not the browser's, on the sign-in form.
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: page.url() }]);
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);
  await page.context().clearCookies({ name: "hl_lang" });

  // Once the window has passed (moved back in time here), the right password works again.
  await page.setExtraHTTPHeaders({});
  await testDb.execute({
    sql: "UPDATE rate_counters SET window_start = window_start - 16 * 60000 WHERE key LIKE 'sign-in:%'",
  });
  await signInWith(page, user.email, user.password);
  await expect(page).toHaveURL(/\/quan-ly$/);
});

test("a session cookie replayed after sign-out is refused", async ({ page, browser }) => {
  const user = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  await new Dashboard(page).signIn(user.email);
  const cookie = await sessionCookie(page.context());
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  expect(cookie.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000 + 60_000);

  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  expect(await scalar("SELECT count(*) FROM session WHERE user_id = ?", [user.id])).toBe(0);

  // Another browser presents the old cookie, as a thief who copied it would.
  const replay = await browser.newContext();
  await replay.addCookies([cookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/quan-ly");
  await expect(replayPage).toHaveURL(/\/dang-nhap$/);
  const pdf = await replay.request.get("/quan-ly/nhap/mau?dinh-dang=csv", { maxRedirects: 0 });
  expect(pdf.status()).toBe(401);
  await replay.close();
});

test("an expired session sends the manager back to sign-in", async ({ page }) => {
  const user = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  await new Dashboard(page).signIn(user.email);
  const created = await testDb.execute({
    sql: "SELECT created_at, expires_at FROM session WHERE user_id = ?",
    args: [user.id],
  });
  // Absolute expiry: 8 hours after sign-in (both instants are taken a few milliseconds apart)…
  const row = created.rows[0];
  expect(Math.abs(Number(row?.expires_at) - Number(row?.created_at) - 8 * 3600_000)).toBeLessThan(1000);
  // …which activity does not push back.
  await page.goto("/quan-ly/thu-tuc");
  expect(await scalar("SELECT expires_at FROM session WHERE user_id = ?", [user.id])).toBe(
    Number(row?.expires_at),
  );

  await testDb.execute({
    sql: "UPDATE session SET expires_at = ? WHERE user_id = ?",
    args: [Date.now() - 1000, user.id],
  });
  await page.goto("/quan-ly/thu-tuc");
  await expect(page).toHaveURL(/\/dang-nhap$/);
});

test.describe("behind a trusted proxy (TRUST_PROXY=1)", () => {
  test.afterEach(async () => {
    await crashAllApps();
  });

  test("a stranger at one address cannot lock the account for its owner at another", async () => {
    test.setTimeout(180_000);
    const user = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
    // A copy of the e2e database, served by an instance that reads the client from X-Forwarded-For.
    const app = await startApp(extraPort(8), await seededDatabase("proxy"), { TRUST_PROXY: "1" });
    const signIn = (password: string, client: string) =>
      fetch(`${app.baseUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: app.baseUrl.replace("127.0.0.1", "localhost"),
          "x-forwarded-for": client,
        },
        body: JSON.stringify({ email: user.email, password }),
      }).then((res) => res.status);
    for (let i = 0; i < 5; i++) expect(await signIn(`sai-mat-khau-${i}`, "198.51.100.66")).toBe(401);
    expect(await signIn(user.password, "198.51.100.66")).toBe(429);
    expect(await signIn(user.password, "203.0.113.10")).toBe(200);
  });
});

test("a password change through /api/auth/change-password ends the other sessions and is audited", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const user = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  const here = await browser.newContext();
  const there = await browser.newContext();
  const herePage = await here.newPage();
  const therePage = await there.newPage();
  await new Dashboard(herePage).signIn(user.email);
  await new Dashboard(therePage).signIn(user.email);
  expect(await scalar("SELECT count(*) FROM session WHERE user_id = ?", [user.id])).toBe(2);

  const changed = "Mat-khau-qua-api-2026";
  const res = await here.request.post("/api/auth/change-password", {
    data: { currentPassword: user.password, newPassword: changed },
    headers: { origin: new URL(baseURL ?? "").origin },
  });
  expect(res.status()).toBe(200);
  expect(await scalar("SELECT count(*) FROM session WHERE user_id = ?", [user.id])).toBe(1);
  const audit = await testDb.execute({
    sql: "SELECT details FROM audit_log WHERE action = 'password.change' AND user_id = ?",
    args: [user.id],
  });
  expect(audit.rows.map((r) => JSON.parse(String(r.details)))).toEqual([{ otherSessionsRevoked: 1 }]);

  await therePage.goto("/quan-ly");
  await expect(therePage).toHaveURL(/\/dang-nhap$/);
  await herePage.goto("/quan-ly");
  await expect(herePage).toHaveURL(/\/quan-ly$/);
  await here.close();
  await there.close();
});

test("a demo database says so on every page, citizen and manage; a real one does not", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const banner = 'data-testid="demo-banner"';
  for (const path of ["/vi", "/en", "/vi/cong-khai", "/search?q=khai+sinh", "/dang-nhap"]) {
    expect(await (await request.get(path)).text(), path).toContain(banner);
  }
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  for (const path of ["/quan-ly", "/quan-ly/nguoi-dung", "/quan-ly/thiet-bi"]) {
    await page.goto(path);
    await expect(page.getByTestId("demo-banner"), path).toContainText("Dữ liệu mẫu");
  }
  // Without the demo's marker (a real deployment) the banner goes, within the settings cache's 10 s.
  const marker = await testDb.execute("SELECT value FROM settings WHERE key = 'seed.demo'");
  await testDb.execute("DELETE FROM settings WHERE key = 'seed.demo'");
  try {
    await expect
      .poll(async () => (await (await request.get("/vi")).text()).includes(banner), { timeout: 30_000 })
      .toBe(false);
  } finally {
    await testDb.execute({
      sql: "INSERT INTO settings (key, value) VALUES ('seed.demo', ?)",
      args: [String(marker.rows[0]?.value)],
    });
  }
});
