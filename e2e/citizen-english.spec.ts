import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { procedureLink, unitLinkCode } from "./support/db";

const UNIT = "phuong-an-hoa-tthcc";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : leaves(value)));
}

/**
 * The Vietnamese UI phrases of the citizens' pages (their catalogue), each as its longest fixed piece (ICU
 * arguments cut out): none of them may show on an English page. Short ones ("Email", "Cấp xã") are left
 * out: they may be words of the official content, which stays Vietnamese.
 */
const VIETNAMESE_UI = ["common", "citizen", "disclosure", "survey", "errors"]
  .flatMap((area) => leaves(JSON.parse(readFileSync(`messages/vi/${area}.json`, "utf8")) as Tree))
  .map(
    (message) =>
      message
        .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
        .map((piece) => piece.trim())
        .sort((a, b) => b.length - a.length)[0] ?? "",
  )
  .filter((piece) => piece.length >= 12 && /[À-ỹ]/.test(piece) && piece !== "Tiếng Việt");

async function expectEnglish(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The official content and proper names (units, procedures) stay Vietnamese: only the UI is checked.
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not the scripts' payload
  const text = await page.locator("body").innerText();
  for (const phrase of VIETNAMESE_UI) expect(text, `${path}: “${phrase}”`).not.toContain(phrase);
}

test("the main citizens' pages in English show English only, in an English document", async ({ page }) => {
  await expectEnglish(page, "/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Public disclosure of administrative procedures and satisfaction feedback",
  );
  await expect(page.getByRole("link", { name: "Chuyển sang tiếng Việt" })).toHaveAttribute("lang", "vi");

  await expectEnglish(page, `/en/don-vi/${UNIT}`);
  await expect(page.getByRole("heading", { name: /Procedures handled here/ })).toBeVisible();
  await expect(page.getByLabel("Find a procedure by name or code")).toBeVisible();

  const amended = await procedureLink("p.status = 'amended'");
  const procedure = `/en/don-vi/${amended.slug}/thu-tuc/${amended.procedureCode}`;
  await expectEnglish(page, procedure);
  await expect(page.getByTestId("official-in-vietnamese")).toContainText("published in Vietnamese");
  for (const label of ["Steps", "How to apply", "Legal basis", "Publication"]) {
    await expect(page.getByRole("heading", { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Amended (in force)")).toBeVisible();

  await expectEnglish(page, `${procedure}/lich-su`);
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Version 1" })).toBeVisible();
  await expectEnglish(page, `${procedure}/lich-su/1`);
  await expect(page.getByText(/This is version 1, no longer in force since/)).toBeVisible();

  await expectEnglish(page, "/search?q=khai+sinh&lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find an administrative procedure");
  await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “khai sinh”$/);

  const code = await unitLinkCode(UNIT);
  await expectEnglish(page, `/en/danh-gia/${code}`);
  await expect(
    page.getByText("Anonymous: we do not collect your name, phone number or IP address."),
  ).toBeVisible();
  await expectEnglish(page, `/en/danh-gia/${code}/day-du`);
  await expect(page.getByText("Part 1 of 5")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send the questionnaire" })).toBeVisible();

  await page.goto(`/en/danh-gia/${code}`);
  await page.getByRole("button", { name: "Not satisfied", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your feedback!" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Comment (optional)")).toBeVisible();
  await expectEnglish(page, page.url().replace(/^https?:\/\/[^/]+/, ""));

  // The counter tablet without an activated device says so in English.
  await expectEnglish(page, "/kiosk?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This device is not activated");
});

test("an unknown unit or procedure is a readable 404 in the address's language, also without JavaScript", async ({
  page,
}) => {
  for (const [path, lang, heading, search] of [
    ["/vi/don-vi/khong-ton-tai", "vi", "Không tìm thấy trang", "Tìm thủ tục theo tên hoặc mã"],
    ["/en/don-vi/khong-ton-tai/thu-tuc/KHONG.CO", "en", "Page not found", "Find a procedure by name or code"],
    [`/en/don-vi/${UNIT}/thu-tuc/KHONG.CO`, "en", "Page not found", "Find a procedure by name or code"],
  ] as const) {
    // Twice: the second answer may come from Next's cache (written without writeHead), the first not.
    for (let i = 0; i < 2; i++) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
      await expect(page.getByLabel(search), path).toBeVisible();
    }
  }
  await page.goto("/en/don-vi/khong-ton-tai");
  await page.getByLabel("Find a procedure by name or code").fill("khai sinh");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=khai\+sinh&lang=en/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
