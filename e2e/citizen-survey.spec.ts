import { expect, test } from "@playwright/test";
import { responseCount, scalar, testDb, unitLinkCode } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, QuickSurvey } from "./support/pages";

const UNIT = "phuong-an-hoa-tthcc";

test("the quick survey passes axe", async ({ page }) => {
  await new QuickSurvey(page).open(await unitLinkCode(UNIT));
  await expect(page.getByRole("group", { name: /Ông\/Bà có hài lòng/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("one tap stores one response, counted in the manager's index", async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.signIn(COMMUNE_MANAGER);
  await expect(page.getByRole("heading", { name: /Tỷ lệ hài lòng \(đánh giá nhanh\)/ })).toBeVisible();
  const before = await dashboard.count(UNIT);
  const rowsBefore = await responseCount();

  const survey = new QuickSurvey(page);
  await survey.open(await unitLinkCode(UNIT));
  await survey.answer("Hài lòng");
  expect(await responseCount()).toBe(rowsBefore + 1);
  const last = await testDb.execute(
    "SELECT r.channel, a.item_key, a.value FROM responses r JOIN answers a ON a.response_id = r.id ORDER BY r.id DESC LIMIT 1",
  );
  expect(last.rows[0]).toMatchObject({ channel: "web", item_key: "quick", value: 2 });

  expect(await dashboard.count(UNIT)).toBe(before + 1);
});

test("reloading the thank-you page or re-posting the form does not count twice", async ({ page }) => {
  const survey = new QuickSurvey(page);
  await survey.open(await unitLinkCode(UNIT));
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  await survey.answer("Rất hài lòng");
  const rows = await responseCount();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  // Back to the question: the form is shown again, nothing is posted again.
  await page.goBack({ waitUntil: "load" });
  await expect(page.getByRole("button", { name: "Rất hài lòng", exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const replay = await page.request.post("/api/v1/responses", {
    form: { link: await unitLinkCode(UNIT), idempotencyKey: key, value: "3", channel: "web", lang: "vi" },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(303);
  expect(await responseCount()).toBe(rows);
  expect(await scalar("SELECT count(*) FROM responses WHERE idempotency_key = ?", [key])).toBe(1);
});

test("'Không hài lòng' asks what went wrong and stores reasons and comment", async ({ page }) => {
  const survey = new QuickSurvey(page);
  await survey.open(await unitLinkCode(UNIT));
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  await survey.answer("Không hài lòng");
  await expectNoAxeViolations(page);
  await page.getByLabel("Công chức trực tiếp giải quyết công việc").check();
  await page.getByLabel("Kết quả giải quyết").check();
  await page.getByLabel("Góp ý thêm (không bắt buộc)").fill("Phải chờ <b>lâu</b>; DROP TABLE responses;");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page).toHaveURL(/[?&]xong=1$/);
  await expect(page.getByRole("status")).toContainText("đã được ghi nhận");
  const row = await testDb.execute({
    sql: "SELECT reasons, comment FROM responses WHERE idempotency_key = ?",
    args: [key],
  });
  expect(row.rows[0]).toMatchObject({
    reasons: JSON.stringify(["III", "IV"]),
    comment: "Phải chờ <b>lâu</b>; DROP TABLE responses;",
  });
});

test("the full questionnaire stores answered items, skips the rest, and passes axe", async ({ page }) => {
  const code = await unitLinkCode(UNIT);
  await page.goto(`/vi/danh-gia/${code}/day-du`);
  await expect(page.getByText("Phần 5/5")).toBeVisible();
  await expect(page.getByRole("group")).toHaveCount(19);
  await expectNoAxeViolations(page);
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  const item = (text: string) => page.getByRole("group", { name: text });
  await item("Nơi làm việc sạch sẽ, ngăn nắp").getByLabel("Rất hài lòng", { exact: true }).check();
  await item("Công chức có thái độ lịch sự, tôn trọng").getByLabel("Bình thường", { exact: true }).check();
  await item("Kết quả được trả đúng hạn").getByLabel("Không ý kiến", { exact: true }).check();
  await page.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  const rows = await testDb.execute({
    sql: `SELECT a.item_key, a.value, i.key AS instrument FROM responses r JOIN answers a ON a.response_id = r.id
          JOIN instruments i ON i.id = r.instrument_id WHERE r.idempotency_key = ? ORDER BY a.item_key`,
    args: [key],
  });
  expect(rows.rows.map((r) => [r.instrument, r.item_key, r.value])).toEqual([
    ["service", "I.3", 5],
    ["service", "III.1", 3],
    ["service", "IV.1", null],
  ]);
  // No invitation to the full questionnaire after answering it.
  await expect(page.getByRole("link", { name: "Trả lời phiếu đầy đủ" })).toHaveCount(0);
});

test("after a quick answer the citizen is invited to the full questionnaire", async ({ page }) => {
  const survey = new QuickSurvey(page);
  await survey.open(await unitLinkCode(UNIT));
  await survey.answer("Rất hài lòng");
  await page.getByRole("link", { name: "Trả lời phiếu đầy đủ" }).click();
  await expect(page.getByRole("heading", { name: /Phiếu khảo sát sự hài lòng/ })).toBeVisible();
});

test("a reply request needs consent; nothing typed is lost; with consent it reaches the unit's inbox", async ({
  page,
}) => {
  const survey = new QuickSurvey(page);
  await survey.open(await unitLinkCode(UNIT));
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  await survey.answer("Không hài lòng");
  const comment = `Hẹn trả kết quả nhưng chưa có (${Date.now()})`;
  await page.getByLabel("Góp ý thêm (không bắt buộc)").fill(comment);
  await page.getByLabel("Tôi muốn cơ quan trả lời góp ý này").check();
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cần đồng ý cho phép liên hệ" })).toBeVisible();
  await expect(page.getByLabel("Góp ý thêm (không bắt buộc)")).toHaveValue(comment);
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("0912 345 678");
  expect(await scalar("SELECT count(*) FROM feedback WHERE body = ?", [comment])).toBe(0);

  await page.getByLabel(/Tôi đồng ý để cơ quan dùng thông tin liên hệ/).check();
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page).toHaveURL(/[?&]xong=1$/);
  await expect(page.getByRole("status")).toContainText("đã được ghi nhận");
  const fb = await testDb.execute({
    sql: `SELECT f.contact_phone, f.consent_at IS NOT NULL AS consented, f.status FROM feedback f
          JOIN responses r ON r.id = f.response_id WHERE r.idempotency_key = ?`,
    args: [key],
  });
  expect(fb.rows[0]).toMatchObject({ contact_phone: "0912 345 678", consented: 1, status: "new" });
});
