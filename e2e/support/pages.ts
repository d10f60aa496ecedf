import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";

export const PROVINCE_ADMIN = "admin@anhoa.demo";
export const COMMUNE_MANAGER = "quanly.anhoa@anhoa.demo";

/**
 * axe checks the page as the user has it. With JavaScript off, axe cannot run in that page (it needs the
 * page's timers, which do not run there), so the DOM as rendered without JavaScript — `page.content()`,
 * no script having run, <noscript> content shown — is served again at the same URL, with every script
 * removed and a CSP of `script-src 'none'`, to a JavaScript-enabled page of the same device, and axe runs
 * there: what is checked is the no-JavaScript rendering, not the page re-rendered with script.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { disableRules?: string[] } = {},
): Promise<void> {
  const use = test.info().project.use;
  const builder = (p: Page) => new AxeBuilder({ page: p }).disableRules(options.disableRules ?? []);
  if (use.javaScriptEnabled !== false) {
    expectNoViolations(await builder(page).analyze());
    return;
  }
  const url = page.url();
  const html = withoutScripts(await page.content());
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to check the page in");
  const context = await browser.newContext({
    javaScriptEnabled: true,
    viewport: use.viewport,
    userAgent: use.userAgent,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    locale: use.locale,
  });
  try {
    const target = await context.newPage();
    // The document itself from the no-JS page; its style sheets, images and fonts from the server.
    await target.route(
      (u) => u.href === url,
      (route) =>
        route.fulfill({
          status: 200,
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-security-policy": "script-src 'none'",
          },
          body: html,
        }),
    );
    await target.route(/\.m?js(\?|$)/, (route) => route.abort());
    await target.goto(url);
    // Nothing of the app's script is in the page checked.
    expect(await target.locator("script").count()).toBe(0);
    expectNoViolations(await builder(target).analyze());
  } finally {
    await context.close();
  }
}

/** The serialized DOM of a page with scripting off, as it renders: no scripts, <noscript> content shown. */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, "")
    .replace(/<noscript\b[^>]*>/gi, '<div data-noscript="">')
    .replace(/<\/noscript>/gi, "</div>");
}

function expectNoViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>): void {
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export class QuickSurvey {
  constructor(private readonly page: Page) {}

  async open(linkCode: string, lang: "vi" | "en" = "vi") {
    await this.page.goto(`/${lang}/danh-gia/${linkCode}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async answer(label: "Rất hài lòng" | "Hài lòng" | "Không hài lòng") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  }
}

export class Dashboard {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.goto("/dang-nhap");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Mật khẩu", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    // Password hashing (scrypt) is slow by design; on a loaded machine sign-in can take a while.
    if (password === DEMO_PASSWORD) await expect(this.page).toHaveURL(/\/quan-ly$/, { timeout: 30_000 });
  }

  row(unitSlug: string) {
    return this.page.locator(`tr[data-unit="${unitSlug}"]`);
  }

  async count(unitSlug: string): Promise<number> {
    await this.page.goto("/quan-ly");
    return Number(await this.row(unitSlug).locator('[data-col="n"]').textContent());
  }
}
