import { type Browser, expect, type Page, test } from "@playwright/test";
import { procedureLink, unitLinkCode } from "./support/db";

// Citizens' pages work without JavaScript, so they ship none of the framework's: the server removes its
// scripts (server/lean-pages.mjs); the survey pages carry their own small one (public/js/survey.js). Each page, loaded in Chromium with a cold cache and JavaScript ON,
// fetches ≤ 30 KB in all (HTML, CSS, images, fonts, scripts) and runs no framework script — and still works:
// its content shows and its links and forms lead on, with JavaScript on and off (the no-js project).

const UNIT = "phuong-an-hoa-tthcc";
const MAX_BYTES = 30 * 1024;
/** The app's own small scripts (public/js) are allowed; nothing else. */
const OWN_SCRIPT = /^\/js\/[\w.-]+\.js$/;

interface Weight {
  bytes: number;
  requests: number;
  scripts: string[];
}

/** Every byte a cold page load transfers (headers and bodies, as Chromium counts them on the wire). */
async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({
    javaScriptEnabled: true,
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const weight: Weight = { bytes: 0, requests: 0, scripts: [] };
    cdp.on("Network.requestWillBeSent", () => {
      weight.requests++;
    });
    cdp.on("Network.responseReceived", (e) => {
      if (e.type === "Script") weight.scripts.push(new URL(e.response.url).pathname);
    });
    cdp.on("Network.loadingFinished", (e) => {
      weight.bytes += e.encodedDataLength;
    });
    const res = await page.goto(url, { waitUntil: "networkidle" });
    expect(res?.status(), url).toBeLessThan(500);
    // Nothing of the framework's runtime in the document: no script element, preload or RSC payload.
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : `inline: ${s.text.slice(0, 60)}`)),
    );
    expect(
      scripts.filter((s) => !OWN_SCRIPT.test(s)),
      url,
    ).toEqual([]);
    // The app's own scripts are cached for a year (their address changes with their content).
    for (const s of await page
      .locator("script[src]")
      .evaluateAll((e) => e.map((x) => (x as HTMLScriptElement).src))) {
      const res = await page.request.get(s);
      expect(res.headers()["cache-control"], s).toBe("public, max-age=31536000, immutable");
    }
    expect(
      await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count(),
      url,
    ).toBe(0);
    expect(await page.evaluate(() => "__next_f" in window || "next" in window), url).toBe(false);
    return weight;
  } finally {
    await context.close();
  }
}

async function expectLean(browser: Browser, url: string): Promise<void> {
  const weight = await weigh(browser, url);
  test.info().annotations.push({
    type: "page weight",
    description: `${url}: ${weight.bytes} B in ${weight.requests} requests`,
  });
  expect(
    weight.scripts.filter((s) => !OWN_SCRIPT.test(s)),
    url,
  ).toEqual([]);
  expect(weight.bytes, url).toBeLessThanOrEqual(MAX_BYTES);
}

/** The page works: its heading shows, and the header's language link leads to the same page in English. */
async function expectWorks(page: Page, url: string, heading: string | RegExp): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/en(\/|$)|[?&]lang=en/);
}

test("content pages (home, unit, procedure, history, search, board) carry no framework script and weigh ≤ 30 KB", async ({
  browser,
  page,
}) => {
  const proc = await procedureLink(`u.slug = '${UNIT}'`);
  const procedure = `/vi/don-vi/${proc.slug}/thu-tuc/${proc.procedureCode}`;
  const pages: Array<[string, string | RegExp]> = [
    ["/vi", "Công khai thủ tục hành chính và đánh giá sự hài lòng"],
    [`/vi/don-vi/${UNIT}`, "Trung tâm Phục vụ hành chính công phường An Hòa"],
    [procedure, /.+/],
    [`${procedure}/lich-su`, "Lịch sử phiên bản"],
    ["/search?q=khai+sinh", "Tìm thủ tục hành chính"],
    ["/vi/cong-khai", "Công khai chỉ số hài lòng"],
  ];
  for (const [url, heading] of pages) {
    await expectLean(browser, url);
    await expectWorks(page, url, heading);
  }
  // Links and forms lead on without the client router: unit → procedure, and a search typed in the box.
  await page.goto(`/vi/don-vi/${UNIT}`);
  await page.locator(`a[href="${procedure}"]`).first().click();
  await expect(page).toHaveURL(procedure);
  await page.goto("/search");
  await page.getByRole("searchbox").first().fill("khai sinh");
  await page.getByRole("searchbox").first().press("Enter");
  await expect(page).toHaveURL(/q=khai\+sinh/);
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh" }).first()).toBeVisible();
  // A page that does not exist: the server's own 404, no script either.
  await expectLean(browser, "/vi/don-vi/khong-co-don-vi-nay");
});

test("the survey pages carry only their own small script and weigh ≤ 30 KB", async ({ browser, page }) => {
  const code = await unitLinkCode(UNIT);
  await expectLean(browser, `/vi/danh-gia/${code}`);
  await expectLean(browser, `/en/danh-gia/${code}/day-du`);
  // The full questionnaire works: an answer and a send lead to the thank-you page (posted by the script with
  // JavaScript, by the form without).
  await page.goto(`/vi/danh-gia/${code}/day-du`);
  await page
    .getByRole("group", { name: "Nơi làm việc sạch sẽ, ngăn nắp" })
    .getByLabel("Rất hài lòng", { exact: true })
    .check();
  await page.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
});

test("the thank-you page, its follow-up form and the feedback status page carry no framework script", async ({
  browser,
  page,
}) => {
  await page.goto(`/vi/danh-gia/${await unitLinkCode(UNIT)}`);
  await page.getByRole("button", { name: "Không hài lòng", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  const thanks = page.url();
  expect(thanks).toContain("/cam-on?t=");
  await expectLean(browser, thanks);
  // The follow-up form posts as a plain form, in the js project as in the no-js one.
  await page.getByLabel("Góp ý thêm (không bắt buộc)").fill("Chờ lâu quá, kiểm tra trang nhẹ.");
  await page.getByLabel("Tôi muốn cơ quan trả lời góp ý này").check();
  await page.getByLabel("Email", { exact: true }).fill("nguoidan@example.vn");
  await page.getByLabel(/Tôi đồng ý để cơ quan dùng thông tin liên hệ/).check();
  await page.getByRole("button", { name: "Gửi góp ý", exact: true }).click();
  const receipt = page.getByTestId("feedback-receipt");
  await expect(receipt).toContainText(/Số phản ánh: [2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
  await expectLean(browser, page.url());
  await receipt.getByRole("link", { name: /Theo dõi/ }).click();
  await expect(page).toHaveURL(/\/vi\/theo-doi\//);
  await expect(page.getByTestId("tracking-status")).toHaveText("Đã tiếp nhận");
  await expectLean(browser, page.url());
});
