import { expect, type Locator, type Page, test } from "@playwright/test";
import { responseCount, unitLinkCode } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";

// The survey pages on a 360 px phone, in both languages; the project runs them with JavaScript on and off.
test.use(PHONE);

const UNIT = "phuong-an-hoa-tthcc";

const WORDS = {
  vi: {
    scale: [
      "Rất không hài lòng",
      "Không hài lòng",
      "Bình thường",
      "Hài lòng",
      "Rất hài lòng",
      "Không ý kiến",
    ],
    lead: "Mức độ hài lòng của Ông/Bà với nội dung:",
    submit: "Gửi phiếu khảo sát",
    notSent: "Phiếu chưa được gửi.",
    answerOne: "Vui lòng trả lời ít nhất một câu hỏi.",
    dissatisfied: "Không hài lòng",
    reply: "Tôi muốn cơ quan trả lời góp ý này",
    phone: "Số điện thoại",
    consent: /Tôi đồng ý để cơ quan dùng thông tin liên hệ/,
    send: "Gửi góp ý",
    phoneInvalid: "Số điện thoại không hợp lệ.",
    consentNeeded: "Cần đồng ý cho phép liên hệ để được trả lời.",
    other: "Please",
  },
  en: {
    scale: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied", "No opinion"],
    lead: "How satisfied are you with this?",
    submit: "Send the questionnaire",
    notSent: "Your questionnaire has not been sent.",
    answerOne: "Please answer at least one question.",
    dissatisfied: "Not satisfied",
    reply: "I would like a reply to this comment",
    phone: "Phone number",
    consent: /I agree that my contact details are used only/,
    send: "Send comment",
    phoneInvalid: "The phone number is not valid.",
    consentNeeded: "Your consent to be contacted is needed for a reply.",
    other: "Vui lòng",
  },
} as const;

/** Heights and widths as the phone lays them out. */
const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not laid out");
  return b;
};

/** Whether a text sits on one line (a label broken mid-phrase takes two). */
const oneLine = (locator: Locator) =>
  locator.evaluate((el) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    return new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size === 1;
  });

async function openFull(page: Page, lang: "vi" | "en") {
  const path = `/${lang}/danh-gia/${await unitLinkCode(UNIT)}/day-du`;
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  return path;
}

for (const lang of ["vi", "en"] as const) {
  const w = WORDS[lang];

  test(`${lang}: the full questionnaire reads in one column in the scale's order, with big rows`, async ({
    page,
  }) => {
    await openFull(page, lang);
    const first = page.locator("fieldset.item").first();
    await expect(first.locator("legend")).toContainText(w.lead);
    const rows = first.locator("label.option");
    await expect(rows).toHaveText([...w.scale]);
    const left = (await box(rows.first())).x;
    for (const row of await rows.all()) {
      const b = await box(row);
      expect(b.height).toBeGreaterThanOrEqual(48);
      expect(b.x).toBe(left);
      const radio = await box(row.locator("input"));
      expect(Math.min(radio.width, radio.height)).toBeGreaterThanOrEqual(24);
      expect(await oneLine(row.locator("span"))).toBe(true);
    }
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });

  test(`${lang}: the quick question keeps rows of at least 48 px`, async ({ page }) => {
    await page.goto(`/${lang}/danh-gia/${await unitLinkCode(UNIT)}`);
    const buttons = page.locator(".choices button");
    await expect(buttons).toHaveCount(3);
    for (const button of await buttons.all()) expect((await box(button)).height).toBeGreaterThanOrEqual(48);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });

  test(`${lang}: an empty questionnaire stays on its page with the error in its language`, async ({
    page,
  }) => {
    const path = await openFull(page, lang);
    const before = await responseCount();
    // "Không ý kiến" alone is no answer; it is still selected afterwards.
    const skipped = page.locator("fieldset.item").nth(2).getByLabel(w.scale[5], { exact: true });
    await skipped.check();
    await page.getByRole("button", { name: w.submit }).click();
    const summary = page.getByRole("alert").filter({ hasText: w.notSent });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: w.answerOne })).toBeVisible();
    await expect(summary).not.toContainText(w.other);
    await expect(summary).not.toContainText("answers");
    expect(new URL(page.url()).pathname).toBe(path);
    // With JavaScript the page never left; without, the post came back to it.
    const script = test.info().project.use.javaScriptEnabled !== false;
    expect(new URL(page.url()).search).toBe(script ? "" : "?loi=1&a%3AI.3=0");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator(".site")).toBeVisible();
    await expect(skipped).toBeChecked();
    expect(await responseCount()).toBe(before);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);

    // The summary leads to the first question, not under the progress bar.
    await summary.getByRole("link", { name: w.answerOne }).click();
    const firstRadio = page.locator("fieldset.item").first().locator("input").first();
    await expect(firstRadio).toBeInViewport();
    const bar = page.locator(".progress");
    if (await bar.isVisible()) {
      expect((await box(firstRadio)).y).toBeGreaterThanOrEqual((await box(bar)).y + (await box(bar)).height);
    }
  });

  test(`${lang}: the follow-up asks for contact details only when a reply is wanted, in its language`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/danh-gia/${await unitLinkCode(UNIT)}`);
    await page.getByRole("button", { name: w.dissatisfied, exact: true }).click();
    const reply = page.getByLabel(w.reply);
    await expect(reply).toBeVisible();
    await expect(page.getByLabel(w.phone)).toBeHidden();
    await expect(page.getByLabel(w.consent)).toBeHidden();
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);

    await reply.check();
    await expect(page.getByLabel(w.phone)).toBeVisible();
    await expect(page.getByLabel(w.consent)).toBeVisible();
    for (const checkbox of await page.locator('input[type="checkbox"]').all()) {
      const b = await box(checkbox);
      expect(
        Math.min(b.width, b.height),
        (await checkbox.getAttribute("name")) ?? undefined,
      ).toBeGreaterThanOrEqual(24);
    }
    await expectFitsPhone(page);

    await page.getByLabel(w.phone).fill("abc");
    await page.getByRole("button", { name: w.send }).click();
    const summary = page.getByRole("alert").filter({ hasText: w.consentNeeded });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(w.phoneInvalid);
    await expect(summary).not.toContainText(w.other);
    await expect(page.getByLabel(w.phone)).toHaveValue("abc");
    await expect(page.getByLabel(w.reply)).toBeChecked();
    await expectFitsPhone(page);
  });
}
