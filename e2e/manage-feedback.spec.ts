import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";
import { publicHolidaysAround } from "@/features/feedback/holidays";
import { dueAtFor, workingCalendar } from "@/features/feedback/working-days";
import { scalar, testDb, unitLinkCode } from "./support/db";
import {
  COMMUNE_MANAGER,
  Dashboard,
  expectNoAxeViolations,
  PROVINCE_ADMIN,
  QuickSurvey,
} from "./support/pages";

const UNIT = "phuong-an-hoa-tthcc";
const OTHER_UNIT = "xa-tan-phu";
const DAY_MS = 86_400_000;

/**
 * A feedback item written straight into the database, as the survey would, `daysAgo` days old: due at the
 * end of its tenth working day.
 */
async function insertFeedback(unitSlug: string, body: string, daysAgo = 0): Promise<number> {
  const at = Date.now() - daysAgo * DAY_MS;
  const calendar = workingCalendar({ holidays: publicHolidaysAround(new Date(at).getUTCFullYear()) });
  const dueAt = dueAtFor(new Date(at), 10, calendar).getTime();
  const rs = await testDb.execute({
    sql: `INSERT INTO feedback (unit_id, body, status, created_at, updated_at, due_at)
          VALUES ((SELECT id FROM units WHERE slug = ?), ?, 'new', ?, ?, ?) RETURNING id`,
    args: [unitSlug, body, at, at, dueAt],
  });
  return Number(rs.rows[0]?.id);
}

async function feedbackRow(id: number) {
  const rs = await testDb.execute({
    sql: "SELECT status, assignee_id, reply, replied_at FROM feedback WHERE id = ?",
    args: [id],
  });
  return rs.rows[0];
}

async function userId(email: string): Promise<string> {
  const rs = await testDb.execute({ sql: "SELECT id FROM user WHERE email = ?", args: [email] });
  return String(rs.rows[0]?.id);
}

/** Open items of the commune manager's subtree (Phường An Hòa and below). */
const openInCommune = () =>
  scalar(`
    WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE slug = 'phuong-an-hoa'
      UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT count(*) FROM feedback WHERE status IN ('new', 'assigned') AND unit_id IN (SELECT id FROM sub)`);

const status = (page: Page) => page.getByTestId("feedback-status");

test("a citizen's comment reaches the commune inbox; the manager assigns, replies, closes and reopens it", async ({
  page,
  browser,
}) => {
  // The whole life of one item, with two axe runs, on a busy 2-core machine.
  test.setTimeout(90_000);
  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  const survey = new QuickSurvey(citizenPage);
  await survey.open(await unitLinkCode(UNIT));
  await survey.answer("Không hài lòng");
  const comment = `Chờ hơn hai giờ mới được tiếp nhận hồ sơ (${Date.now()})`;
  await citizenPage.getByLabel("Công chức trực tiếp giải quyết công việc").check();
  await citizenPage.getByLabel("Góp ý thêm (không bắt buộc)").fill(comment);
  await citizenPage.getByLabel("Tôi muốn cơ quan trả lời góp ý này").check();
  await citizenPage.getByLabel("Số điện thoại").fill("0912 345 678");
  await citizenPage.getByLabel(/Tôi đồng ý để cơ quan dùng thông tin liên hệ/).check();
  await citizenPage.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(citizenPage).toHaveURL(/[?&]xong=1$/);
  await citizen.close();
  const id = await scalar("SELECT id FROM feedback WHERE body = ?", [comment]);
  expect(id).toBeGreaterThan(0);

  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const open = await openInCommune();
  expect(open).toBeGreaterThan(0);
  await expect(page.getByTestId("feedback-open-count")).toHaveText(`${open} đang mở`);
  await page.getByRole("link", { name: /Phản ánh, kiến nghị/ }).click();
  await expect(page).toHaveURL(/\/quan-ly\/phan-anh$/);
  const row = page.locator(`tr[data-feedback="${id}"]`);
  await expect(row).toContainText("Trung tâm Phục vụ hành chính công phường An Hòa");
  await expect(row).toContainText("Mới");
  await expect(row).toContainText("0 ngày");
  await expect(row).not.toContainText("Quá hạn");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: comment }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Phản ánh số ${id}`);
  await expect(page.getByText(comment)).toBeVisible();
  await expect(page.getByTestId("feedback-rating")).toHaveText("Không hài lòng");
  await expect(page.getByText("Công chức trực tiếp giải quyết công việc")).toBeVisible();
  await expect(page.getByText("0912 345 678")).toBeVisible();
  await expect(page.getByRole("note")).toContainText("để trả lời phản ánh này");
  await expectNoAxeViolations(page);

  const managerId = await userId(COMMUNE_MANAGER);
  await page.getByRole("button", { name: "Nhận xử lý (giao cho tôi)" }).click();
  await expect(status(page)).toHaveText("Đã giao xử lý");
  expect(await feedbackRow(id)).toMatchObject({ status: "assigned", assignee_id: managerId });

  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByText("Vui lòng nhập nội dung trả lời").first()).toBeVisible();
  expect(await feedbackRow(id)).toMatchObject({ status: "assigned", reply: null });

  const reply = "Trung tâm đã bố trí thêm một quầy tiếp nhận vào buổi sáng. Xin cảm ơn Ông/Bà.";
  await page.getByLabel("Nội dung trả lời", { exact: true }).fill(reply);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(status(page)).toHaveText("Đã trả lời");
  await expect(page.getByTestId("feedback-reply")).toHaveText(reply);
  const answered = await feedbackRow(id);
  expect(answered).toMatchObject({ status: "answered", reply });
  expect(Number(answered?.replied_at)).toBeGreaterThan(Date.now() - 60_000);

  await page.getByRole("button", { name: "Đóng phản ánh" }).click();
  await expect(status(page)).toHaveText("Đã đóng");
  expect(await feedbackRow(id)).toMatchObject({ status: "closed" });
  await expect(page.getByRole("button", { name: "Gửi trả lời" })).toHaveCount(0);

  await page.getByRole("button", { name: "Mở lại phản ánh" }).click();
  await expect(status(page)).toHaveText("Đã giao xử lý");
  expect(await feedbackRow(id)).toMatchObject({ status: "assigned", assignee_id: managerId });

  const audit = await testDb.execute({
    sql: "SELECT action, user_id, details FROM audit_log WHERE entity = 'feedback' AND entity_id = ? ORDER BY id",
    args: [String(id)],
  });
  expect(audit.rows.map((r) => r.action)).toEqual([
    "feedback.assign",
    "feedback.reply",
    "feedback.close",
    "feedback.reopen",
  ]);
  expect(new Set(audit.rows.map((r) => r.user_id))).toEqual(new Set([managerId]));
  expect(JSON.parse(String(audit.rows[2]?.details))).toMatchObject({ from: "answered", to: "closed" });
  const history = page.getByTestId("feedback-history");
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).toContainText("Giao xử lý cho Quản lý phường An Hòa");
});

test("an unanswered item closes only with a reason; invalid transitions are refused", async ({ page }) => {
  const id = await insertFeedback(UNIT, `Phản ánh trùng lặp (${Date.now()})`);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  // A second tab keeps the form as it was before the item was closed.
  const stale = await page.context().newPage();
  await stale.goto(`/quan-ly/phan-anh/${id}`);
  await page.goto(`/quan-ly/phan-anh/${id}`);
  await page.getByRole("button", { name: "Đóng phản ánh" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cần ghi lý do đóng" })).toBeVisible();
  expect(await feedbackRow(id)).toMatchObject({ status: "new" });
  await page.getByLabel("Lý do đóng", { exact: true }).fill("Trùng với phản ánh đã trả lời");
  await page.getByRole("button", { name: "Đóng phản ánh" }).click();
  await expect(status(page)).toHaveText("Đã đóng");
  expect(await feedbackRow(id)).toMatchObject({ status: "closed" });
  await expect(page.getByTestId("feedback-history")).toContainText("Trùng với phản ánh đã trả lời");
  await stale.getByLabel("Nội dung trả lời", { exact: true }).fill("Trả lời muộn");
  await stale.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "đã được trả lời hoặc đã đóng" })).toBeVisible();
  expect(await feedbackRow(id)).toMatchObject({ status: "closed", reply: null });
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE entity = 'feedback' AND entity_id = ?", [String(id)]),
  ).toBe(1);
});

test("another unit's feedback is not listed, its URL is a 404 and a forged action is refused", async ({
  page,
  browser,
}) => {
  const marker = `Phản ánh của xã Tân Phú (${Date.now()})`;
  const foreign = await insertFeedback(OTHER_UNIT, marker);
  const own = await insertFeedback(UNIT, `Phản ánh trong phạm vi (${Date.now()})`);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);

  await page.goto(`/quan-ly/phan-anh?q=${encodeURIComponent(marker)}`);
  await expect(page.getByRole("status")).toHaveText("Không có phản ánh nào phù hợp.");
  const otherUnitId = await scalar("SELECT id FROM units WHERE slug = ?", [OTHER_UNIT]);
  await page.goto(`/quan-ly/phan-anh?don-vi=${otherUnitId}`);
  await expect(page.locator("tr[data-feedback]")).toHaveCount(0);
  await page.goto("/quan-ly/phan-anh");
  await expect(page.locator(`tr[data-feedback="${own}"]`)).toBeVisible();
  await expect(page.locator(`tr[data-feedback="${foreign}"]`)).toHaveCount(0);

  const response = await page.goto(`/quan-ly/phan-anh/${foreign}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  expect((await page.request.get(`/quan-ly/phan-anh/${foreign}`)).status()).toBe(404);

  // Tamper with the item id in a form of an item in scope.
  await page.goto(`/quan-ly/phan-anh/${own}`);
  const takeIt = page.locator("form").filter({ has: page.getByRole("button", { name: "Nhận xử lý" }) });
  await takeIt.locator('input[name="id"]').evaluate((input, v) => {
    (input as HTMLInputElement).value = v;
  }, String(foreign));
  await takeIt.getByRole("button").click();
  await expect(takeIt.getByRole("alert")).toContainText("Không tìm thấy phản ánh trong phạm vi của bạn");

  expect(await feedbackRow(foreign)).toMatchObject({ status: "new", assignee_id: null });
  expect(await feedbackRow(own)).toMatchObject({ status: "new", assignee_id: null });
  expect(
    await scalar("SELECT count(*) FROM audit_log WHERE entity = 'feedback' AND entity_id = ?", [
      String(foreign),
    ]),
  ).toBe(0);

  // The province administrator, whose scope covers the commune, does see it.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await new Dashboard(adminPage).signIn(PROVINCE_ADMIN);
  expect((await adminPage.goto(`/quan-ly/phan-anh/${foreign}`))?.status()).toBe(200);
  await expect(adminPage.getByText(marker)).toBeVisible();
  await admin.close();
});

test("an item open longer than the due period is marked overdue and can be filtered", async ({ page }) => {
  // Ten working days are at most about four calendar weeks, even across Tết: five weeks are overdue.
  const old = await insertFeedback(UNIT, `Chưa ai trả lời sau năm tuần (${Date.now()})`, 35);
  const recent = await insertFeedback(UNIT, `Mới gửi hôm kia (${Date.now()})`, 2);
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.goto("/quan-ly/phan-anh");
  const oldRow = page.locator(`tr[data-feedback="${old}"]`);
  await expect(oldRow).toContainText("35 ngày");
  await expect(oldRow.locator(".tag")).toHaveText("Quá hạn");
  await expect(page.locator(`tr[data-feedback="${recent}"]`)).toContainText("2 ngày");
  await expect(page.locator(`tr[data-feedback="${recent}"]`)).not.toContainText("Quá hạn");
  // Oldest open item first: the 35-day-old item comes before the 2-day-old one.
  const order = await page
    .locator("tr[data-feedback]")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-feedback")));
  expect(order.indexOf(String(old))).toBeLessThan(order.indexOf(String(recent)));

  await page.getByLabel("Chỉ phản ánh quá hạn", { exact: true }).check();
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/[?&]qua-han=1/);
  await expect(oldRow).toBeVisible();
  await expect(page.locator(`tr[data-feedback="${recent}"]`)).toHaveCount(0);
  const overdue = await page.locator("tr[data-feedback]").count();
  await expect(page.getByTestId("overdue-count")).toHaveText(String(overdue));

  await page.goto(`/quan-ly/phan-anh/${old}`);
  await expect(status(page)).toContainText("Quá hạn");
});

test("a unit viewer reads the inbox but is offered no action", async ({ page }) => {
  const email = `xem.${Date.now()}@anhoa.demo`;
  const id = randomUUID();
  await testDb.execute({
    sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
    args: [id, "Cán bộ xem", email],
  });
  await testDb.execute({
    sql: "INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES (?, ?, 'credential', ?, ?)",
    args: [randomUUID(), id, id, await hashPassword(DEMO_PASSWORD)],
  });
  await testDb.execute({
    sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, (SELECT id FROM units WHERE slug = 'phuong-an-hoa'), 'unit_viewer')",
    args: [id],
  });
  const item = await insertFeedback(UNIT, `Phản ánh để cán bộ xem (${Date.now()})`);
  await new Dashboard(page).signIn(email);
  await page.goto("/quan-ly/phan-anh");
  await expect(page.locator(`tr[data-feedback="${item}"]`)).toBeVisible();
  await page.goto(`/quan-ly/phan-anh/${item}`);
  await expect(page.getByText("Bạn chỉ có quyền xem phản ánh của đơn vị này")).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
});
