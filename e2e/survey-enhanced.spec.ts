import { expect, test } from "@playwright/test";
import { unitLinkCode } from "./support/db";

// With JavaScript: progress and tap-to-advance on the full questionnaire (the JS-off flow is in citizen-survey).
test("a tap moves on to the next item and counts progress; the keyboard keeps its place", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto(`/vi/danh-gia/${await unitLinkCode("phuong-an-hoa-tthcc")}/day-du`);
  const progress = page.locator(".progress");
  await expect(progress).toContainText("Đã trả lời 0/19 câu");

  const items = page.locator("fieldset.item");
  await items.nth(0).getByText("Rất hài lòng", { exact: true }).click();
  await expect(progress).toContainText("Đã trả lời 1/19 câu");
  await expect(items.nth(1)).toBeInViewport({ ratio: 0.9 });

  await items.nth(1).getByText("Hài lòng", { exact: true }).click();
  await expect(items.nth(2)).toBeInViewport({ ratio: 0.9 });
  await expect(progress).toContainText("Đã trả lời 2/19 câu");

  // Arrow keys move within a radio group: the answer changes, focus and scroll stay on that item.
  const third = items.nth(2);
  await third.getByLabel("Rất hài lòng", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(third.getByLabel("Hài lòng", { exact: true })).toBeChecked();
  await expect(third.getByLabel("Hài lòng", { exact: true })).toBeFocused();
  await expect(progress).toContainText("Đã trả lời 3/19 câu");
  await expect(third).toBeInViewport();
});
