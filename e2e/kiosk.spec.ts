import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { responseCount, scalar, testDb, unitLinkCode } from "./support/db";
import {
  KIOSK_UNIT,
  KioskScreen,
  kioskResponsesSince,
  maxResponseId,
  registerKioskDevice,
  settle,
} from "./support/kiosk";
import { Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

const QUEUE_KEY = "hl_kiosk_queue";

const counterNo2 = (unitSlug: string) =>
  scalar("SELECT c.id FROM counters c JOIN units u ON u.id = c.unit_id WHERE u.slug = ? AND c.number = '2'", [
    unitSlug,
  ]);

test("a unit administrator registers a kiosk; its taps count as the device's and the screen resets", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.getByRole("link", { name: "Thiết bị kiosk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thiết bị kiosk đánh giá" })).toBeVisible();
  const unitName = String(
    (await testDb.execute({ sql: "SELECT name FROM units WHERE slug = ?", args: [KIOSK_UNIT] })).rows[0]
      ?.name,
  );
  const name = `Máy tính bảng ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Đơn vị").selectOption({ label: unitName });
  await page.getByLabel("Tên thiết bị").fill(name);
  // The form proposes the default of 5 s; this device gets 10.
  await expect(page.getByLabel("Thời gian quay lại câu hỏi (giây)")).toHaveValue("5");
  await page.getByLabel("Thời gian quay lại câu hỏi (giây)").fill("10");
  // Every commune centre has a "Quầy 2": one of another unit is refused, and what was chosen is kept.
  await page
    .getByLabel("Quầy (không bắt buộc)")
    .selectOption(String(await counterNo2("phuong-binh-minh-tthcc")));
  await page.getByRole("button", { name: "Đăng ký thiết bị" }).click();
  const counterError = "Quầy này không thuộc đơn vị đã chọn.";
  // Beside the field, and in the error summary as a link to it.
  await expect(page.locator("#counterId-error")).toHaveText(counterError);
  await expect(page.getByRole("alert").getByRole("link", { name: counterError })).toHaveAttribute(
    "href",
    "#counterId",
  );
  await expect(page.getByLabel("Đơn vị")).toHaveValue(
    String(await scalar("SELECT id FROM units WHERE slug = ?", [KIOSK_UNIT])),
  );
  await expect(page.getByLabel("Tên thiết bị")).toHaveValue(name);
  expect(await scalar("SELECT count(*) FROM devices WHERE name = ?", [name])).toBe(0);

  await page.getByLabel("Quầy (không bắt buộc)").selectOption(String(await counterNo2(KIOSK_UNIT)));
  await page.getByRole("button", { name: "Đăng ký thiết bị" }).click();
  const link = page.getByTestId("device-activation-link");
  await expect(link).toHaveText(/\/kiosk\/kich-hoat\/[A-Za-z0-9_-]{32}$/);
  const activationUrl = String(await link.getAttribute("href"));
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("10 giây");

  const device = (
    await testDb.execute({
      sql: "SELECT id, unit_id, counter_id, reset_seconds, token_hash FROM devices WHERE name = ?",
      args: [name],
    })
  ).rows[0];
  expect(device).toMatchObject({ reset_seconds: 10 });
  expect(String(device?.token_hash)).not.toContain(activationUrl.split("/").pop() ?? "-");
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE action = 'device.create' AND entity_id = ?", [
      String(device?.id),
    ]),
  ).toBe(1);

  // The token is shown once: reloading the page does not show it again.
  await page.reload();
  await expect(page.getByTestId("device-activation-link")).toHaveCount(0);

  const kiosk = new KioskScreen(page);
  // The kiosk's countdown runs on the page's timers: a fake clock moves them on, so the test need not wait.
  await page.clock.install();
  await page.goto(activationUrl);
  await expect(kiosk.question()).toBeVisible();
  // The link worked once: the device holds a token of its own now, and the link holds nothing.
  const activated = (
    await testDb.execute({
      sql: "SELECT token_hash, activation_token_hash, activated_at FROM devices WHERE id = ?",
      args: [Number(device?.id)],
    })
  ).rows[0];
  expect(activated?.activation_token_hash).toBeNull();
  expect(activated?.activated_at).not.toBeNull();
  expect(activated?.token_hash).not.toBe(device?.token_hash);
  await expect(page.getByText("Quầy 2 — Đất đai, xây dựng, môi trường")).toBeVisible();
  await expect(page.getByRole("main")).toHaveAttribute("data-reset-seconds", "10");
  const cookie = (await page.context().cookies()).find((c) => c.name === "hl_kiosk");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  const before = await maxResponseId();
  await kiosk.tap("Rất hài lòng");
  await expect.poll(() => kioskResponsesSince(before)).toHaveLength(1);
  expect((await kioskResponsesSince(before))[0]).toMatchObject({
    channel: "kiosk",
    counter_id: device?.counter_id,
    unit_id: device?.unit_id,
    value: 3,
  });
  // A touch on the thank-you screen restarts the countdown: 6 s after the answer, then 12 s after it (past
  // the 10 s of the first countdown) the thanks are still there; 10 s after the touch the question is back.
  await expect(kiosk.countdown()).toHaveText("Quay lại sau 10 giây");
  await page.clock.runFor(6_000);
  await settle(page);
  await expect(kiosk.thanks()).toBeVisible();
  await expect(kiosk.countdown()).toHaveText("Quay lại sau 4 giây");
  // (Nothing is awaited between the touch and the clock's next step: real time flows into the fake clock.)
  await page.getByRole("heading", { level: 1, name: "Cảm ơn Ông/Bà!" }).click();
  await page.clock.runFor(6_000);
  await settle(page);
  await expect(kiosk.thanks()).toBeVisible();
  await expect(kiosk.question()).toBeHidden();
  await page.clock.runFor(3_900);
  await settle(page);
  await expect(kiosk.thanks()).toBeVisible();
  await page.clock.runFor(100);
  await expect(kiosk.question()).toBeVisible();
  await expect(kiosk.thanks()).toBeHidden();
});

test("the kiosk screen passes axe, on the question and on the follow-up", async ({ page }) => {
  const kiosk = new KioskScreen(page);
  await kiosk.activate(await registerKioskDevice(60));
  await expectNoAxeViolations(page);
  await kiosk.tap("Không hài lòng");
  await expect(page.getByRole("checkbox")).toHaveCount(5);
  await expectNoAxeViolations(page);
});

test("offline, answers wait on the device and arrive exactly once when the network is back", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const kiosk = new KioskScreen(page);
  const device = await registerKioskDevice(10);
  // Shorter than the form allows, to keep the test short.
  await testDb.execute({ sql: "UPDATE devices SET reset_seconds = 2 WHERE id = ?", args: [device.id] });
  await kiosk.activate(device);
  await expect(page.getByRole("main")).toHaveAttribute("data-reset-seconds", "2");
  const before = await maxResponseId();
  const total = await responseCount();

  // Every attempt to send while offline, and whether it failed or reached the server.
  const attempts: Array<"failed" | "answered"> = [];
  const isAnswer = (url: string) => new URL(url).pathname === "/api/v1/responses";
  page.on("requestfailed", (r) => isAnswer(r.url()) && attempts.push("failed"));
  page.on("requestfinished", (r) => isAnswer(r.url()) && attempts.push("answered"));
  await context.setOffline(true);
  for (const label of ["Rất hài lòng", "Hài lòng", "Rất hài lòng"] as const) {
    await kiosk.tap(label);
    await expect(kiosk.question()).toBeVisible();
  }
  await expect(kiosk.waiting()).toHaveText("3 đánh giá đang chờ gửi");
  const saved = await page.evaluate((key) => localStorage.getItem(key), QUEUE_KEY);
  const queued: Array<{ id: string; body: Record<string, unknown> }> = JSON.parse(saved ?? "[]");
  expect(queued.map((q) => q.body.answers)).toEqual([{ quick: 3 }, { quick: 2 }, { quick: 3 }]);
  // The device tried to send each answer as it was given; every attempt failed and nothing was stored.
  await expect.poll(() => attempts.length).toBeGreaterThanOrEqual(3);
  expect(
    attempts.every((a) => a === "failed"),
    attempts.join(", "),
  ).toBe(true);
  expect(await responseCount()).toBe(total);
  page.removeAllListeners("requestfailed");
  page.removeAllListeners("requestfinished");

  await context.setOffline(false);
  await expect.poll(() => kioskResponsesSince(before).then((rows) => rows.length)).toBe(3);
  await expect(kiosk.waiting()).toHaveText("");
  const rows = await kioskResponsesSince(before);
  expect(rows.map((r) => r.idempotency_key)).toEqual(queued.map((q) => q.id));
  expect(rows.map((r) => r.value)).toEqual([3, 2, 3]);

  // The same queue sent again — restored on the device, and posted directly — stores nothing new.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    QUEUE_KEY,
    saved ?? "[]",
  ] as const);
  await page.reload();
  await expect(kiosk.waiting()).toHaveAttribute("data-waiting", "0");
  for (const q of queued) {
    const res = await page.request.post("/api/v1/responses", { data: q.body });
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ duplicate: true });
  }
  expect(await kioskResponsesSince(before)).toHaveLength(3);
  expect(await responseCount()).toBe(total + 3);
});

test("a kiosk may only file answers under links of its own unit", async ({ page }) => {
  await new KioskScreen(page).activate(await registerKioskDevice(30));
  const before = await responseCount();
  const res = await page.request.post("/api/v1/responses", {
    data: {
      link: await unitLinkCode("phuong-binh-minh-tthcc"),
      idempotencyKey: randomUUID(),
      instrument: "quick",
      answers: { quick: 3 },
      channel: "kiosk",
    },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("kiosk_wrong_unit");
  expect(await responseCount()).toBe(before);
});

test("a revoked device's page no longer works, and its queued answers are refused", async ({ page }) => {
  const device = await registerKioskDevice(30);
  const kiosk = new KioskScreen(page);
  await kiosk.activate(device);

  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/thiet-bi");
  await page.getByRole("button", { name: `Thu hồi thiết bị ${device.name}` }).click();
  await expect(page.getByRole("status")).toHaveText("Đã thu hồi thiết bị.");
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE action = 'device.revoke' AND entity_id = ?", [
      String(device.id),
    ]),
  ).toBe(1);

  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { level: 1, name: "Thiết bị chưa được kích hoạt" })).toBeVisible();
  expect((await page.goto(device.activationPath))?.status()).toBe(404);
  const before = await responseCount();
  const res = await page.request.post("/api/v1/responses", {
    data: {
      link: await unitLinkCode(KIOSK_UNIT),
      idempotencyKey: randomUUID(),
      instrument: "quick",
      answers: { quick: 3 },
      channel: "kiosk",
    },
  });
  expect(res.status()).toBe(403);
  expect(await responseCount()).toBe(before);
});

test("a screen left open after revocation drops its answer and shows the activation notice", async ({
  page,
}) => {
  const device = await registerKioskDevice(30);
  const kiosk = new KioskScreen(page);
  await kiosk.activate(device);
  await testDb.execute({
    sql: "UPDATE devices SET revoked_at = unixepoch() * 1000 WHERE id = ?",
    args: [device.id],
  });
  const before = await responseCount();
  await page.getByRole("button", { name: "Hài lòng", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thiết bị chưa được kích hoạt" })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), QUEUE_KEY)).toBe("[]");
  expect(await responseCount()).toBe(before);
});

test("an activation link works once; an administrator can issue a new one, which retires the old tablet", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const device = await registerKioskDevice(30);
  const url = new URL(device.activationPath, baseURL).toString();
  // Two tablets open the same link at once: exactly one becomes the kiosk.
  const [a, b] = await Promise.all([
    fetch(url, { redirect: "manual" }).then((r) => r.status),
    fetch(url, { redirect: "manual" }).then((r) => r.status),
  ]);
  expect([a, b].sort()).toEqual([303, 404]);
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE action = 'device.activate' AND entity_id = ?", [
      String(device.id),
    ]),
  ).toBe(1);

  // Opened again later, the link says it was used and asks for a new one.
  const res = await page.goto(device.activationPath);
  expect(res?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "Đường dẫn kích hoạt không dùng được" }),
  ).toBeVisible();
  await expect(page.getByText("chỉ dùng được một lần").first()).toBeVisible();
  await expect(page.getByText("tạo đường dẫn kích hoạt mới").first()).toBeVisible();
  // A link checker's HEAD uses nothing up.
  expect((await page.request.head(device.activationPath, { maxRedirects: 0 })).status()).toBe(405);

  // A tablet activated with a fresh device; then the administrator issues a new link for it.
  const fresh = await registerKioskDevice(30);
  const tablet = await browser.newContext();
  const tabletPage = await tablet.newPage();
  const kiosk = new KioskScreen(tabletPage);
  await kiosk.activate(fresh);

  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/thiet-bi");
  const row = page.locator(`tr[data-device="${fresh.id}"]`);
  await expect(row).toContainText("Đã kích hoạt ngày");
  await row.getByRole("button", { name: `Tạo đường dẫn kích hoạt mới cho thiết bị ${fresh.name}` }).click();
  const link = row.getByTestId("device-activation-link");
  await expect(link).toHaveText(/\/kiosk\/kich-hoat\/[A-Za-z0-9_-]{32}$/);
  const newLink = String(await link.getAttribute("href"));
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE action = 'device.reissue' AND entity_id = ?", [
      String(fresh.id),
    ]),
  ).toBe(1);

  // The old tablet stops counting as the kiosk; the new link makes another one, once.
  await tabletPage.goto("/kiosk");
  await expect(
    tabletPage.getByRole("heading", { level: 1, name: "Thiết bị chưa được kích hoạt" }),
  ).toBeVisible();
  await tabletPage.goto(new URL(newLink).pathname);
  await expect(kiosk.question()).toBeVisible();
  expect((await page.goto(new URL(newLink).pathname))?.status()).toBe(404);
  await tablet.close();
});
