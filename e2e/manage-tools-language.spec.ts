import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * The Vietnamese phrases of the managers' tools (and of the manage shell) that must not show on an English
 * screen: those without arguments, long enough not to be a word of a unit's name. The posters' kinds are
 * left out: they are part of the posters' recorded titles, which are data.
 */
const VIETNAMESE = ["posters", "devices", "apiKeys", "instruments", "bursts", "manage"]
  .flatMap((ns) => leaves(JSON.parse(readFileSync(`messages/vi/${ns}.json`, "utf8")) as Tree, `${ns}.`))
  .filter(([key, text]) => !key.startsWith("posters.kinds.") && !text.includes("{") && text.length >= 12)
  .map(([, text]) => text);

/** The page's own words: its text without table cells and options, which hold data (names, titles). */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll("td, option, [data-poster], script, style")) el.remove();
    return body.textContent ?? "";
  });
}

async function expectEnglish(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  const text = await uiText(page);
  expect(VIETNAMESE.length).toBeGreaterThan(50);
  for (const phrase of VIETNAMESE) expect(text, `${path}: “${phrase}”`).not.toContain(phrase);
}

test("a manager who chose English sees the tools in English", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.context().addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);

  await expectEnglish(page, "/quan-ly/to-niem-yet", "QR code posters");
  await expect(page).toHaveTitle(/QR posters/);
  await expect(page.getByLabel("Kind")).toContainText("Counter poster (A4)");
  await expect(page.getByRole("heading", { name: /^To reprint \(\d+\)$/ })).toBeVisible();

  await expectEnglish(page, "/quan-ly/thiet-bi", "Survey kiosk devices");
  // A form's refusal comes back in English too.
  await page.getByLabel("Device name").fill("");
  await page.getByRole("button", { name: "Register device" }).click();
  await expect(page.locator(".error-summary")).toContainText("Please correct the errors below.");
  await expect(page.locator("#name-error")).toHaveText(
    "Give the device a name (for example: Counter 1 tablet).",
  );

  await expectEnglish(page, "/quan-ly/khoa-api", "API keys for the one-stop-shop software");
  await expect(page.getByText("Authorization: Bearer <key>")).toBeVisible();

  await expectEnglish(page, "/quan-ly/phieu-khao-sat", "Questionnaires");
  await expect(page.getByRole("cell", { name: "In use", exact: true }).first()).toBeVisible();
  await page.getByRole("link", { name: "Create the unit's own questionnaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The unit's own questionnaire" })).toBeVisible();
  await expect(page.getByLabel("Quick survey: one question, one tap")).toBeVisible();

  await expectEnglish(page, "/quan-ly/phieu-gan-co", "Abnormal answers");
  await expect(page.getByRole("heading", { name: "Flagged answers" })).toBeVisible();
});
