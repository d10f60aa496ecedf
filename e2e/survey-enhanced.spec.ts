import { expect, type Locator, type Page, test } from "@playwright/test";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { PHONE } from "./support/phone";

// With JavaScript: progress, a gentle move on after a tap, and answers kept through a lost network
// (the JS-off flows are in citizen-survey and citizen-survey-phone).
const UNIT = "phuong-an-hoa-tthcc";

/** The answer just given is on screen, below the sticky progress bar (not covered by it). */
async function expectUncovered(page: Page, row: Locator) {
  await expect
    .poll(async () => {
      const bar = await page.locator(".progress").boundingBox();
      const box = await row.boundingBox();
      return Boolean(
        bar && box && box.y >= bar.y + bar.height && box.y + box.height <= PHONE.viewport.height,
      );
    })
    .toBe(true);
}

test.describe("on a phone", () => {
  test.use(PHONE);

  test("a tap keeps the answer in sight, shows the next item and counts progress; the keyboard keeps its place", async ({
    page,
  }) => {
    await page.goto(`/vi/danh-gia/${await unitLinkCode(UNIT)}/day-du`);
    const progress = page.locator(".progress");
    await expect(progress).toContainText("Đã trả lời 0/19 câu");

    const items = page.locator("fieldset.item");
    const first = items
      .nth(0)
      .locator("label")
      .filter({ hasText: /^Rất hài lòng$/ });
    await first.click();
    await expect(progress).toContainText("Đã trả lời 1/19 câu");
    await expectUncovered(page, first);
    await expect(items.nth(1).locator("legend")).toBeInViewport();

    // The top row of the next item: the page may not move it away.
    const second = items
      .nth(1)
      .locator("label")
      .filter({ hasText: /^Rất không hài lòng$/ });
    await second.click();
    await expect(progress).toContainText("Đã trả lời 2/19 câu");
    await expectUncovered(page, second);
    await expect(items.nth(2).locator("legend")).toBeInViewport();

    // Arrow keys move within a radio group: the answer changes, focus and scroll stay on that item.
    const third = items.nth(2);
    await third.getByLabel("Hài lòng", { exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(third.getByLabel("Rất hài lòng", { exact: true })).toBeChecked();
    await expect(third.getByLabel("Rất hài lòng", { exact: true })).toBeFocused();
    await expect(progress).toContainText("Đã trả lời 3/19 câu");
    await expect(third.getByLabel("Rất hài lòng", { exact: true })).toBeInViewport();
  });

  test("a quick tap with the network gone is kept on the phone and stored once when it returns", async ({
    page,
    context,
  }) => {
    const code = await unitLinkCode(UNIT);
    await page.goto(`/vi/danh-gia/${code}`);
    const url = page.url();
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();
    const stored = () => scalar("SELECT count(*) FROM responses WHERE idempotency_key = ?", [key]);

    await context.setOffline(true);
    await page.getByRole("button", { name: "Hài lòng", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "sẽ tự gửi khi có mạng" })).toBeVisible();
    expect(page.url()).toBe(url);
    await expect(page.getByRole("button", { name: "Hài lòng", exact: true })).toBeHidden();
    expect(await stored()).toBe(0);

    await context.setOffline(false);
    await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
    expect(await stored()).toBe(1);
    const answer = await testDb.execute({
      sql: "SELECT a.item_key, a.value FROM responses r JOIN answers a ON a.response_id = r.id WHERE r.idempotency_key = ?",
      args: [key],
    });
    expect(answer.rows.map((r) => [r.item_key, r.value])).toEqual([["quick", 2]]);

    // Nothing waits any more: opening a survey page again sends nothing.
    await page.goto(`/vi/danh-gia/${code}`);
    expect(await page.evaluate(() => localStorage.getItem("hl_survey_outbox"))).toBe("[]");
    expect(await stored()).toBe(1);
  });

  test("a questionnaire sent with the network gone is sent, once, by the next survey page opened", async ({
    page,
    context,
  }) => {
    const code = await unitLinkCode(UNIT);
    await page.goto(`/en/danh-gia/${code}/day-du`);
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();
    const stored = () => scalar("SELECT count(*) FROM responses WHERE idempotency_key = ?", [key]);
    await page
      .getByRole("group", { name: "The office is clean and orderly" })
      .getByLabel("Very satisfied", { exact: true })
      .check();

    await context.setOffline(true);
    await page.getByRole("button", { name: "Send the questionnaire" }).click();
    await expect(page.getByRole("status").filter({ hasText: "saved on this phone" })).toBeVisible();
    await page.close();
    await context.setOffline(false);
    expect(await stored()).toBe(0);

    const later = await context.newPage();
    await later.goto(`/vi/danh-gia/${code}`);
    await expect.poll(stored).toBe(1);
    const answer = await testDb.execute({
      sql: "SELECT a.item_key, a.value FROM responses r JOIN answers a ON a.response_id = r.id WHERE r.idempotency_key = ?",
      args: [key],
    });
    expect(answer.rows.map((r) => [r.item_key, r.value])).toEqual([["I.3", 5]]);
    await expect.poll(() => later.evaluate(() => localStorage.getItem("hl_survey_outbox"))).toBe("[]");
    await later.reload();
    expect(await stored()).toBe(1);
  });
});
