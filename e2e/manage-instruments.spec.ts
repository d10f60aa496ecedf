import { expect, test } from "@playwright/test";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

const UNIT = "phuong-hoa-lac-tthcc";
const UNIT_NAME = "Trung tâm Phục vụ hành chính công phường Hòa Lạc";

async function instrumentVersion(key: string, version: number) {
  const rs = await testDb.execute({
    sql: "SELECT id, status FROM instruments WHERE key = ? AND version = ?",
    args: [key, version],
  });
  return { id: Number(rs.rows[0]?.id), status: String(rs.rows[0]?.status) };
}

test.afterAll(async () => {
  await testDb.execute({
    sql: "UPDATE units SET survey_instrument_key = NULL WHERE slug = ?",
    args: [UNIT],
  });
});

test("a unit's own questionnaire: draft, publish, used by its QR, versioned, published versions immutable", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const key = `tiep-don-${Date.now().toString(36)}`;
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/phieu-khao-sat");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tạo phiếu khảo sát riêng của đơn vị" }).click();

  // A mistake in the text is named, and nothing typed is lost.
  await page.getByLabel("Đơn vị sở hữu phiếu").selectOption({ label: UNIT_NAME });
  await page.getByLabel("Mã phiếu (không đổi giữa các phiên bản)").fill(key);
  await page.getByLabel("Phiếu đầy đủ: nhiều câu hỏi theo yếu tố").check();
  await page.getByLabel(/^5 mức/).check();
  await page.getByLabel("Tên phiếu", { exact: true }).fill("Phiếu khảo sát tiếp đón");
  const text = page.getByLabel("Nội dung phiếu đầy đủ");
  await text.fill("- Câu hỏi không thuộc yếu tố nào");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.locator(".error-summary")).toContainText("Dòng 1: câu hỏi phải nằm dưới một yếu tố");
  await expect(page.getByLabel("Tên phiếu", { exact: true })).toHaveValue("Phiếu khảo sát tiếp đón");
  await expectNoAxeViolations(page);

  await text.fill(
    "# Tiếp đón | Reception\n- Được hướng dẫn ngay khi đến | Guided on arrival\n- Chờ không quá lâu",
  );
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByRole("heading", { name: "Phiếu khảo sát tiếp đón" })).toBeVisible();
  await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Xuất bản phiên bản này" }).click();
  await expect(page.getByRole("status")).toContainText("Đã xuất bản");
  const v1 = await instrumentVersion(key, 1);
  expect(v1.status).toBe("published");

  // The unit chooses it for its posters and kiosks.
  await page.goto("/quan-ly/phieu-khao-sat");
  const choice = page.getByLabel(`Phiếu khảo sát của ${UNIT_NAME}`);
  await choice.selectOption({ label: `Phiếu khảo sát tiếp đón (${key}, phiên bản 1)` });
  await choice.locator("xpath=..").getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu phiếu khảo sát của đơn vị.")).toBeVisible();
  expect(
    await scalar("SELECT count(*) FROM units WHERE slug = ? AND survey_instrument_key = ?", [UNIT, key]),
  ).toBe(1);

  // A citizen scanning the unit's QR now answers that questionnaire; the response records version 1.
  const citizen = await (await browser.newContext({ baseURL })).newPage();
  const link = await unitLinkCode(UNIT);
  await citizen.goto(`/vi/danh-gia/${link}`);
  await expect(citizen.getByRole("heading", { name: "Phiếu khảo sát tiếp đón" })).toBeVisible();
  const idempotencyKey = await citizen.locator('input[name="idempotencyKey"]').inputValue();
  await citizen
    .getByRole("group", { name: "Được hướng dẫn ngay khi đến" })
    .getByLabel("Rất hài lòng", { exact: true })
    .check();
  await citizen.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await expect(citizen.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  const stored = await testDb.execute({
    sql: `SELECT r.instrument_id, a.item_key, a.value FROM responses r JOIN answers a ON a.response_id = r.id
          WHERE r.idempotency_key = ?`,
    args: [idempotencyKey],
  });
  expect(stored.rows.map((r) => [Number(r.instrument_id), r.item_key, r.value])).toEqual([[v1.id, "I.1", 5]]);

  // A published version cannot be edited in place, not even in the database.
  await expect(
    testDb.execute({ sql: "UPDATE instruments SET definition = '{}' WHERE id = ?", args: [v1.id] }),
  ).rejects.toThrow(/immutable/);

  // A new version replaces it; new responses record version 2, the old one is kept (retired).
  const stale = await citizen.context().newPage();
  await stale.goto(`/vi/danh-gia/${link}`);
  const staleKey = await stale.locator('input[name="idempotencyKey"]').inputValue();
  await page.goto(`/quan-ly/phieu-khao-sat/${v1.id}`);
  await page.getByRole("link", { name: "Tạo phiên bản mới từ phiên bản này" }).click();
  await expect(page.getByLabel("Mã phiếu (không đổi giữa các phiên bản)")).toHaveValue(key);
  await text.fill(`${await text.inputValue()}\n- Nơi chờ có đủ ghế ngồi`);
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await page.getByRole("button", { name: "Xuất bản phiên bản này" }).click();
  await expect(page.getByRole("status")).toContainText("Đã xuất bản");
  const v2 = await instrumentVersion(key, 2);
  expect(v2.status).toBe("published");
  expect((await instrumentVersion(key, 1)).status).toBe("retired");

  // A form opened before the new version was published is still answered as it was shown.
  await stale
    .getByRole("group", { name: "Chờ không quá lâu" })
    .getByLabel("Bình thường", { exact: true })
    .check();
  await stale.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await expect(stale.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  expect(await scalar("SELECT instrument_id FROM responses WHERE idempotency_key = ?", [staleKey])).toBe(
    v1.id,
  );

  await citizen.goto(`/vi/danh-gia/${link}`);
  await expect(citizen.getByRole("group", { name: "Nơi chờ có đủ ghế ngồi" })).toBeVisible();
  const key2 = await citizen.locator('input[name="idempotencyKey"]').inputValue();
  await citizen
    .getByRole("group", { name: "Nơi chờ có đủ ghế ngồi" })
    .getByLabel("Hài lòng", { exact: true })
    .check();
  await citizen.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await expect(citizen.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  expect(await scalar("SELECT instrument_id FROM responses WHERE idempotency_key = ?", [key2])).toBe(v2.id);
  await citizen.close();
});

test("the commune manager cannot open or publish another unit's questionnaire", async ({ page }) => {
  const other = await testDb.execute({
    sql: `INSERT INTO instruments (key, version, unit_id, status, definition)
          SELECT ?, 1, id, 'draft', json(?) FROM units WHERE slug = 'xa-tan-phu' RETURNING id`,
    args: [
      `khac-${Date.now().toString(36)}`,
      JSON.stringify({
        kind: "quick",
        title: { vi: "Phiếu xã khác", en: "Other" },
        scale: [
          { value: 1, label: { vi: "Không hài lòng", en: "No" } },
          { value: 2, label: { vi: "Hài lòng", en: "Yes" } },
          { value: 3, label: { vi: "Rất hài lòng", en: "Very" } },
        ],
        question: { vi: "Câu hỏi?", en: "Question?" },
        elements: [],
      }),
    ],
  });
  const id = Number(other.rows[0]?.id);
  await new Dashboard(page).signIn("quanly.anhoa@anhoa.demo");
  const response = await page.goto(`/quan-ly/phieu-khao-sat/${id}`);
  expect(response?.status()).toBe(404);
  const edit = await page.goto(`/quan-ly/phieu-khao-sat/moi?tu=${id}`);
  expect(edit?.status()).toBe(404);
  await page.goto("/quan-ly/phieu-khao-sat");
  await expect(page.getByText("Phiếu xã khác")).toHaveCount(0);
});
