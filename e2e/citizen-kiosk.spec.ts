import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/env";
import {
  KioskScreen,
  kioskResponsesSince,
  maxResponseId,
  registerKioskDevice,
  secondsUntilQuestion,
} from "./support/kiosk";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";
import { decodePng, tempFile } from "./support/qr";

const E2E_BASE = `http://localhost:${E2E_PORT}`;

// Runs with JavaScript on (answers go through the device's queue) and off (plain forms, meta refresh).

test("a tap stores one kiosk answer for the device's counter, then the screen returns to the question", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // A device registered with the defaults: the question is back within 5 s.
  const device = await registerKioskDevice();
  const kiosk = new KioskScreen(page);
  await kiosk.activate(device);
  await expect(page.getByText("Quầy 1 — Hộ tịch, chứng thực")).toBeVisible();
  const before = await maxResponseId();

  await kiosk.tap("Hài lòng");
  const thanksShown = Date.now();
  await expect.poll(() => kioskResponsesSince(before)).toHaveLength(1);
  const [row] = await kioskResponsesSince(before);
  expect(row).toMatchObject({
    channel: "kiosk",
    counter_id: device.counterId,
    unit_id: device.unitId,
    value: 2,
  });

  // The thank-you screen says when it goes (countdown with script, meta refresh without) and stays for the
  // default 5 s, then the question is back by itself (without script, 5 s after the thank-you page loaded,
  // plus the question page's own load).
  await expect(kiosk.thanks()).toBeVisible();
  await expect(kiosk.countdown()).toHaveText(/^Quay lại sau [1-5] giây$/);
  const elapsed = await secondsUntilQuestion(kiosk, thanksShown, 10);
  expect(elapsed).toBeGreaterThanOrEqual(4);
  expect(elapsed).toBeLessThanOrEqual(5.5);
  await expect(kiosk.thanks()).toBeHidden();
  expect(await kioskResponsesSince(before)).toHaveLength(1);
});

test("'Đánh giá tiếp' brings the question back at once, for the next citizen", async ({ page }) => {
  const kiosk = new KioskScreen(page);
  await kiosk.activate(await registerKioskDevice(60));
  const before = await maxResponseId();
  await kiosk.tap("Rất hài lòng");
  await expect(kiosk.countdown()).toHaveText(/^Quay lại sau (60|59|58) giây$/);
  const tapped = Date.now();
  await kiosk.next().click();
  await expect(kiosk.question()).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - tapped).toBeLessThan(2_000);
  await expect(kiosk.thanks()).toBeHidden();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect.poll(() => kioskResponsesSince(before)).toHaveLength(1);

  // The next citizen's tap is stored as an answer of its own.
  await kiosk.tap("Không hài lòng");
  await expect(kiosk.countdown()).toHaveText(/^Quay lại sau \d+ giây$/);
  await kiosk.next().click();
  await expect(kiosk.question()).toBeVisible({ timeout: 2_000 });
  await expect
    .poll(() => kioskResponsesSince(before).then((rows) => rows.map((r) => r.value)))
    .toEqual([3, 1]);
});

test.describe("on a 360 px screen", () => {
  test.use(PHONE);

  test("the question and the thank-you with its follow-up fit and keep their way on; the question passes axe", async ({
    page,
  }) => {
    const kiosk = new KioskScreen(page);
    await kiosk.activate(await registerKioskDevice(60));
    await expectFitsPhone(page, "kiosk question");
    await expectNoAxeViolations(page);
    // axe on the thank-you: with JavaScript in kiosk.spec.ts; without, its meta refresh (the kiosk's reset)
    // is what axe's meta-refresh rule reports.
    await kiosk.tap("Không hài lòng");
    await expect(kiosk.countdown()).toHaveText(/^Quay lại sau \d+ giây$/);
    await expect(kiosk.next()).toBeVisible();
    await expectFitsPhone(page, "kiosk thank-you with its follow-up");
  });
});

test("after 'Không hài lòng' the kiosk stores the elements and the comment with the answer", async ({
  page,
}) => {
  const device = await registerKioskDevice(30);
  const kiosk = new KioskScreen(page);
  await kiosk.activate(device);
  const before = await maxResponseId();

  await kiosk.tap("Không hài lòng");
  await page.getByRole("checkbox", { name: "Công chức trực tiếp giải quyết công việc" }).check();
  await page.getByRole("checkbox", { name: "Thủ tục hành chính", exact: true }).check();
  await page.getByLabel("Góp ý thêm (không bắt buộc)").fill("Phải chờ quá lâu");
  await page.getByRole("button", { name: "Gửi", exact: true }).click();
  await expect(page.getByText("Góp ý của Ông/Bà đã được ghi nhận.")).toBeVisible();

  await expect
    .poll(async () => (await kioskResponsesSince(before))[0]?.reasons ?? null)
    .toBe(JSON.stringify(["II", "III"]));
  const rows = await kioskResponsesSince(before);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ channel: "kiosk", value: 1, comment: "Phải chờ quá lâu" });

  // The comment is a feedback item: its reference, due date and a code to follow it on a phone.
  const receipt = page.getByTestId("kiosk-receipt");
  await expect(receipt).toContainText(/Số phản ánh: [2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
  await expect(receipt).toContainText(/chậm nhất ngày \d{2}\/\d{2}\/\d{4}/);
  const png = tempFile("kiosk-receipt.png");
  await receipt.locator("img.kiosk-qr").screenshot({ path: png });
  const [tracking] = decodePng(png);
  expect(tracking).toMatch(new RegExp(`^${E2E_BASE}/vi/theo-doi/[A-Za-z0-9_-]{43}$`));
  const status = await page.context().newPage();
  await status.goto(tracking ?? "");
  await expect(status.getByTestId("tracking-status")).toHaveText("Đã tiếp nhận");
  await expect(status.getByTestId("tracking-reference")).toHaveText(
    /([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec((await receipt.textContent()) ?? "")?.[1] ?? "none",
  );
  await status.close();
});

test("a browser that is not an activated kiosk gets a clear notice, and a bad activation link a 404", async ({
  page,
}) => {
  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { level: 1, name: "Thiết bị chưa được kích hoạt" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hài lòng", exact: true })).toHaveCount(0);

  const res = await page.goto("/kiosk/kich-hoat/khong-phai-ma-that-0123456789abcdef");
  expect(res?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "Đường dẫn kích hoạt không dùng được" }),
  ).toBeVisible();
});
