import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";

export const PROVINCE_ADMIN = "admin@anhoa.demo";
export const COMMUNE_MANAGER = "quanly.anhoa@anhoa.demo";

/**
 * axe runs inside the page, so with JavaScript off it checks the same server-rendered URL in a
 * JavaScript-enabled context (the HTML is identical: citizen pages need no client script).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const jsOff = test.info().project.use.javaScriptEnabled === false;
  const context = jsOff ? await page.context().browser()?.newContext({ javaScriptEnabled: true }) : undefined;
  const target = context ? await context.newPage() : page;
  if (context) await target.goto(page.url());
  const results = await new AxeBuilder({ page: target }).analyze();
  await context?.close();
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
    await this.page.getByLabel("Mật khẩu / Password").fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập / Sign in" }).click();
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
