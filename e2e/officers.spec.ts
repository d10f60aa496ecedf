import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { scalar } from "./support/db";
import { officerDossiers } from "./support/officers";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations } from "./support/pages";
import { createTestUser } from "./support/users";

// The one-stop officers page: the unit's administrator turns ratings per officer on, names a code seen on
// dossiers and links it to a staff account; that officer — a viewer — sees only their own figures; the
// unit's other viewers see none.

const UNIT = "phuong-an-hoa-tthcc";
const tag = randomUUID().slice(0, 6).toUpperCase();
const RECEIVER = `CBA-${tag}`;
const RETURNER = `CBB-${tag}`;

test.describe.configure({ timeout: 180_000 });

test("an administrator sees every officer; the linked officer only their own; a viewer nothing", async ({
  browser,
  request,
}) => {
  await officerDossiers(request, UNIT, [
    { receivedBy: RECEIVER, returnedBy: RETURNER, quick: 3 },
    { receivedBy: RECEIVER, returnedBy: RETURNER, quick: 1 },
    { receivedBy: RECEIVER },
  ]);
  const unitId = await scalar("SELECT id FROM units WHERE slug = ?", [UNIT]);
  const officer = await createTestUser({ role: "unit_viewer", unitSlug: UNIT, name: `Cán bộ ${tag}` });
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: UNIT });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new Dashboard(admin).signIn(COMMUNE_MANAGER);
  await admin.goto(`/quan-ly/can-bo?don-vi=${unitId}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Cán bộ một cửa" })).toBeVisible();
  if ((await scalar("SELECT officer_evaluation FROM units WHERE id = ?", [unitId])) === 1) {
    await admin.getByRole("button", { name: "Tắt đánh giá theo cán bộ" }).click();
    await expect(admin.getByText("Đã tắt đánh giá theo cán bộ.")).toBeVisible();
  }
  // Off: no figures per officer, and the page says how to turn them on.
  await expect(admin.getByTestId("officer-evaluation")).toContainText("Đang tắt");
  await expect(admin.getByTestId("officer-figures")).toHaveCount(0);
  await admin.getByRole("button", { name: "Bật đánh giá theo cán bộ" }).click();
  await expect(admin.getByText("Đã bật đánh giá theo cán bộ.")).toBeVisible();
  expect(await scalar("SELECT officer_evaluation FROM units WHERE id = ?", [unitId])).toBe(1);

  const figures = admin.getByTestId("officer-figures");
  const receiverRow = figures.locator(`tr[data-code="${RECEIVER}"]`);
  const returnerRow = figures.locator(`tr[data-code="${RETURNER}"]`);
  // Both ratings count for both officers; below the minimum n the rate is not shown.
  await expect(receiverRow.locator("td").nth(1)).toHaveText("2");
  await expect(returnerRow.locator("td").nth(1)).toHaveText("2");
  await expect(receiverRow.getByTestId("satisfied-rate")).toHaveText("chưa đủ lượt đánh giá");
  await expect(receiverRow.locator("td").nth(4)).toHaveText("3");
  await expect(admin.getByTestId("unmapped-codes")).toContainText(RETURNER);
  await expectNoAxeViolations(admin);

  // Name the returning officer's code and link it to the officer's account.
  await admin.getByRole("link", { name: `Đặt tên cho mã ${RETURNER}` }).click();
  await expect(admin.getByRole("heading", { name: `Sửa mã ${RETURNER}` })).toBeVisible();
  await admin.getByLabel("Họ và tên").fill(`Nguyễn Văn ${tag}`);
  await admin.getByLabel("Tài khoản của cán bộ").selectOption(officer.id);
  await admin.getByRole("button", { name: "Lưu" }).click();
  await expect(admin.getByText("Đã lưu mã cán bộ.")).toBeVisible();
  await expect(admin.getByTestId("officer-codes")).toContainText(officer.email);
  expect(
    await scalar("SELECT count(*) FROM officers WHERE unit_id = ? AND code = ? AND user_id = ?", [
      unitId,
      RETURNER,
      officer.id,
    ]),
  ).toBe(1);
  expect(await scalar("SELECT count(*) FROM audit_log WHERE action = 'officer.save'")).toBeGreaterThan(0);
  await adminContext.close();

  // The officer, a viewer of the unit, sees their own figures only.
  const officerContext = await browser.newContext();
  const own = await officerContext.newPage();
  await new Dashboard(own).signIn(officer.email);
  await own.goto("/quan-ly/tai-khoan");
  await own.getByRole("link", { name: "Kết quả đánh giá của tôi" }).click();
  await expect(own.getByRole("heading", { level: 1, name: "Kết quả đánh giá của tôi" })).toBeVisible();
  const mine = own.getByTestId("officer-figures");
  await expect(mine.locator(`tr[data-code="${RETURNER}"]`)).toContainText(`Nguyễn Văn ${tag}`);
  await expect(mine).not.toContainText(RECEIVER);
  await expectNoAxeViolations(own);
  expect((await own.request.get(`/quan-ly/can-bo?don-vi=${unitId}`)).status()).toBe(404);
  await officerContext.close();

  // Another viewer of the unit: no page of the unit's officers, and no figures of their own.
  const viewerContext = await browser.newContext();
  const other = await viewerContext.newPage();
  await new Dashboard(other).signIn(viewer.email);
  expect((await other.request.get(`/quan-ly/can-bo?don-vi=${unitId}`)).status()).toBe(404);
  await other.goto("/quan-ly/can-bo/cua-toi");
  await expect(other.getByTestId("no-officer-code")).toBeVisible();
  expect(await other.content()).not.toContain(RETURNER);
  // In English, as the staff member's language choice says.
  await viewerContext.addCookies([{ name: "hl_lang", value: "en", url: other.url() }]);
  await other.reload();
  await expect(other.getByRole("heading", { level: 1, name: "My ratings" })).toBeVisible();
  await expect(other.getByTestId("no-officer-code")).toContainText("not linked to any officer code");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await viewerContext.close();
});
