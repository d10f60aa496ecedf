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
  await expect(page.getByRole("heading", { name: /Chỉ số hài lòng/ })).toBeVisible();
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
  await page.goBack();
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
