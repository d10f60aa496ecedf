import { expect, type Page, test } from "@playwright/test";
import { unitLinkCode } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";

// A citizen who asks for a reply keeps a reference, the date the unit must answer by and a private page to
// follow it — with JavaScript on and off, in Vietnamese and English, on a 360 px phone.

const UNIT = "phuong-an-hoa-tthcc";
test.use(PHONE);

const text = {
  vi: {
    unhappy: "Không hài lòng",
    comment: "Góp ý thêm (không bắt buộc)",
    wantsReply: "Tôi muốn cơ quan trả lời góp ý này",
    email: "Email",
    consent: /Tôi đồng ý để cơ quan dùng thông tin liên hệ/,
    send: "Gửi góp ý",
    reference: /Số phản ánh: ([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/,
    track: /Theo dõi/,
    received: "Đã tiếp nhận",
  },
  en: {
    unhappy: "Not satisfied",
    comment: "Comment (optional)",
    wantsReply: "I would like a reply to this comment",
    email: "Email",
    consent: /I agree/,
    send: "Send comment",
    reference: /Reference: ([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/,
    track: /Track/,
    received: "Received",
  },
} as const;

async function askForReply(page: Page, lang: "vi" | "en", comment: string) {
  const t = text[lang];
  await page.goto(`/${lang}/danh-gia/${await unitLinkCode(UNIT)}`);
  await page.locator('button[name="value"]').last().click();
  await page.getByLabel(t.comment).fill(comment);
  await page.getByLabel(t.wantsReply).check();
  await page.getByLabel(t.email, { exact: true }).fill("nguoidan@example.vn");
  await page.getByLabel(t.consent).check();
  await page.getByRole("button", { name: t.send, exact: true }).click();
  const receipt = page.getByTestId("feedback-receipt");
  await expect(receipt).toContainText(t.reference);
  const reference = t.reference.exec((await receipt.textContent()) ?? "")?.[1];
  const link = receipt.getByRole("link", { name: t.track });
  return { reference, href: (await link.getAttribute("href")) ?? "", link };
}

for (const lang of ["vi", "en"] as const) {
  test(`after asking for a reply the citizen keeps a reference and a private status page (${lang})`, async ({
    page,
  }) => {
    const comment = `Chờ quá lâu ở quầy 2 (${Date.now()})`;
    const { reference, href, link } = await askForReply(page, lang, comment);
    expect(href).toMatch(new RegExp(`^/${lang}/theo-doi/[A-Za-z0-9_-]{43}$`));
    await expectFitsPhone(page, "thank-you with the feedback receipt");
    await expectNoAxeViolations(page);

    // The link leads to the status page; the page as a document is private and tells no one where it was.
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const res = await page.goto(href);
    const headers = res?.headers() ?? {};
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["cache-control"]).toMatch(/no-store/);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByTestId("tracking-reference")).toHaveText(reference ?? "none");
    await expect(page.getByTestId("tracking-status")).toHaveText(text[lang].received);
    // Nothing of the citizen's: neither the comment nor the contact details.
    const body = (await page.locator("body").textContent()) ?? "";
    expect(body).not.toContain(comment);
    expect(body).not.toContain("nguoidan@example.vn");
    await expectFitsPhone(page, "status page");
    await expectNoAxeViolations(page);
  });
}

test("a malformed e-mail address is refused on the form, naming the field and keeping what was typed", async ({
  page,
}) => {
  const t = text.vi;
  await page.goto(`/vi/danh-gia/${await unitLinkCode(UNIT)}`);
  await page.locator('button[name="value"]').last().click();
  await page.getByLabel(t.comment).fill("Thiếu ghế ngồi chờ");
  await page.getByLabel(t.wantsReply).check();
  await page.getByLabel(t.email, { exact: true }).fill("nguoidan@");
  await page.getByLabel(t.consent).check();
  await page.getByRole("button", { name: t.send, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email không hợp lệ." })).toBeVisible();
  await expect(page.getByLabel(t.email, { exact: true })).toHaveValue("nguoidan@");
  await expect(page.getByLabel(t.comment)).toHaveValue("Thiếu ghế ngồi chờ");
  await expect(page.getByTestId("feedback-receipt")).toHaveCount(0);
});

test("a status page exists only for its own token", async ({ page }) => {
  expect((await page.goto("/vi/theo-doi/khong-phai-ma"))?.status()).toBe(404);
  expect((await page.goto(`/vi/theo-doi/${"A".repeat(43)}`))?.status()).toBe(404);
  expect((await page.goto(`/en/theo-doi/${"b".repeat(43)}`))?.status()).toBe(404);
});
