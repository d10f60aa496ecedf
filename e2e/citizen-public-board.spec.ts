import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { localDay } from "../lib/time";
import { scalar, unitLinkCode } from "./support/db";
import { DOSSIER_YEAR, EXPECTED_2019, insertDossiers2019, OFFICER_CODE } from "./support/dossiers";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";
import { type ExpectedFigure, monthBefore, monthEnd, rawQuickFigure } from "./support/raw-figures";

const month = monthBefore(localDay(new Date()).slice(0, 7));
const lastMonth = { from: `${month}-01`, to: monthEnd(month) };
/** A pooled parent of a pooled parent, a pooled commune, its centre and another commune's centre. */
const SLUGS = ["tinh-an-hoa", "phuong-an-hoa", "phuong-an-hoa-tthcc", "xa-phu-my-tthcc"];

const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);
const boardRow = (page: Page, slug: string) =>
  page.locator(`table[data-table="public-board"] tr[data-unit="${slug}"]`);

async function expectBoardRow(page: Page, slug: string, figure: ExpectedFigure) {
  await expect(boardRow(page, slug).locator('[data-col="n"]')).toHaveText(String(figure.n));
  await expect(boardRow(page, slug).locator('[data-col="index"]')).toHaveText(figure.indexVi);
}

interface FeedFigure {
  n: number;
  index: number | null;
  indexText: string;
  enoughSamples: boolean;
  wilson: { low: number; high: number } | null;
  distribution: Array<{ level: number; label: { vi: string }; count: number }>;
}

interface Feed {
  label: { vi: string; en: string };
  unit: { id: number; slug: string };
  period: { from: string; to: string };
  minN: number;
  rollup: string;
  figure: FeedFigure;
  children: Array<{ unit: { slug: string }; figure: FeedFigure }>;
  trend: Array<{ month: string; figure: FeedFigure }>;
}

test("the board shows, for last month, the figures recomputed from raw answers, pooled over subtrees", async ({
  page,
}) => {
  test.slow(); // axe over every unit's table takes a while on a busy machine
  await page.goto("/vi/cong-khai");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công khai chỉ số hài lòng");
  // The board's figure is the quick one: a satisfaction rate, never "theo cấu trúc SIPAS" (the five-element index).
  await expect(page.getByText("Tỷ lệ hài lòng (đánh giá nhanh)").first()).toBeVisible();
  expect(await page.locator("body").textContent()).not.toContain("theo cấu trúc SIPAS");
  await expect(page.getByTestId("period")).toHaveText(`Tháng ${month.slice(5)}/${month.slice(0, 4)}`);
  const figures = await Promise.all(SLUGS.map((slug) => rawQuickFigure(slug, lastMonth.from, lastMonth.to)));
  expect(figures[0]?.n).toBeGreaterThan(figures[1]?.n ?? 0);
  expect(figures[0]?.n).toBeGreaterThanOrEqual(30);
  for (const [i, slug] of SLUGS.entries()) await expectBoardRow(page, slug, figures[i] as ExpectedFigure);
  // The 12-month trend as a table: last month's row and the oldest one, recomputed.
  const trend = page.locator('details[data-trend-unit="tinh-an-hoa"]');
  await expect(trend.locator(`tr[data-month="${month}"] [data-col="n"]`)).toHaveText(String(figures[0]?.n));
  const oldest = monthBefore(month, 11);
  const old = await rawQuickFigure("tinh-an-hoa", `${oldest}-01`, monthEnd(oldest));
  await expect(trend.locator(`tr[data-month="${oldest}"] [data-col="index"]`)).toHaveText(old.indexVi);
  await expect(trend.locator("tbody tr")).toHaveCount(12);
  await expect(boardRow(page, "tinh-an-hoa").getByRole("img")).toHaveAttribute("aria-label", /→/);
  await expectNoAxeViolations(page);
});

test("a quarter and a year through GET parameters, and the English board", async ({ page }) => {
  test.slow();
  // The quarter before the current one: finished, so no answer of today (other tests add some) is in it.
  const thisMonth = localDay(new Date()).slice(0, 7);
  const quarterStart = monthBefore(thisMonth, ((Number(thisMonth.slice(5)) - 1) % 3) + 3);
  const quarter = Math.floor((Number(quarterStart.slice(5)) - 1) / 3) + 1;
  const year = quarterStart.slice(0, 4);
  await page.goto(`/vi/cong-khai?ky=quy&nam=${year}&quy=${quarter}`);
  await expect(page.getByTestId("period")).toHaveText(`Quý ${quarter}/${year}`);
  const quarterEnd = monthEnd(monthBefore(quarterStart, -2));
  for (const slug of ["tinh-an-hoa", "phuong-an-hoa"]) {
    await expectBoardRow(page, slug, await rawQuickFigure(slug, `${quarterStart}-01`, quarterEnd));
  }
  const previousYear = String(Number(localDay(new Date()).slice(0, 4)) - 1);
  // The other periods are one select and a button (a GET form); the address keeps the readable parameters.
  await page.getByLabel("Chọn kỳ khác").selectOption({ label: `Năm ${previousYear}` });
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`ky=nam&nam=${previousYear}`));
  await expectBoardRow(
    page,
    "tinh-an-hoa",
    await rawQuickFigure("tinh-an-hoa", `${previousYear}-01-01`, `${previousYear}-12-31`),
  );

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/cong-khai\\?ky=nam&nam=${previousYear}`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Satisfaction index board");
  await expect(page.getByTestId("period")).toHaveText(`Year ${previousYear}`);
  // Everything but the units' names (proper names, Vietnamese when a unit has no English name) is English.
  const interfaceText = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll("tbody th, summary, h2[id^='root-']")) element.remove();
    return copy.textContent ?? "";
  });
  expect(interfaceText).toContain("not enough answers yet");
  expect(interfaceText).not.toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
  const figure = await rawQuickFigure("xa-phu-my-tthcc", `${previousYear}-01-01`, `${previousYear}-12-31`);
  await expect(boardRow(page, "xa-phu-my-tthcc").locator('[data-col="n"]')).toHaveText(String(figure.n));
  await expectNoAxeViolations(page);

  const short = await page.goto("/cong-khai?ky=nam&nam=2025");
  expect(short?.url()).toMatch(/\/vi\/cong-khai\?ky=nam&nam=2025$/);
});

test("each unit's on-time rate with its n beside the quick figure, on the board and in the feed, never per officer", async ({
  page,
  request,
}) => {
  await insertDossiers2019();
  await page.goto(`/vi/cong-khai?ky=nam&nam=${DOSSIER_YEAR}`);
  await expect(page.getByTestId("period")).toHaveText(`Năm ${DOSSIER_YEAR}`);
  for (const [slug, e] of Object.entries(EXPECTED_2019)) {
    await expect(boardRow(page, slug).locator('[data-col="on-time"]'), slug).toHaveText(
      `${e.onTime} (${e.onTimeN} hồ sơ)`,
    );
  }
  await expect(boardRow(page, "phuong-binh-minh-tthcc").locator('[data-col="on-time"]')).toHaveText(
    "chưa có hồ sơ",
  );
  await expect(page.locator('table[data-table="public-board"] thead').first()).toContainText(
    "Tỷ lệ giải quyết đúng hạn (%)",
  );
  expect(await page.content()).not.toContain(OFFICER_CODE);
  await expectNoAxeViolations(page);

  await page.goto(`/en/cong-khai?ky=nam&nam=${DOSSIER_YEAR}`);
  await expect(boardRow(page, "tinh-an-hoa").locator('[data-col="on-time"]')).toHaveText(
    "84.62 (13 dossiers)",
  );
  await expect(boardRow(page, "phuong-binh-minh-tthcc").locator('[data-col="on-time"]')).toHaveText(
    "no dossiers yet",
  );

  // The feed adds the dossier figures per unit (two decimals, with their n); its other fields are as before.
  const province = await unitId("tinh-an-hoa");
  const res = await request.get(
    `/api/v1/public/index?unit=${province}&from=${DOSSIER_YEAR}-01-01&to=${DOSSIER_YEAR}-12-31`,
  );
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).not.toContain(OFFICER_CODE);
  const feed = JSON.parse(text) as Omit<Feed, "children"> & FeedDossiers & { children: FeedDossiers[] };
  expect([feed.onTimeRate, feed.onTimeN, feed.qd766Ratio, feed.qd766N]).toEqual([84.62, 13, 69.23, 13]);
  expect(feed.figure.n).toBe(0);
  const commune = feed.children.find((c) => c.unit.slug === "phuong-an-hoa");
  expect(commune && [commune.onTimeRate, commune.onTimeN, commune.qd766Ratio, commune.qd766N]).toEqual([
    80, 10, 60, 10,
  ]);
  const without = feed.children.find((c) => c.unit.slug === "phuong-binh-minh");
  expect(without && [without.onTimeRate, without.onTimeN, without.qd766Ratio, without.qd766N]).toEqual([
    null,
    0,
    null,
    0,
  ]);
});

interface FeedDossiers {
  unit: { slug: string };
  onTimeRate: number | null;
  onTimeN: number;
  qd766Ratio: number | null;
  qd766N: number;
}

test.describe("on a 360 px phone", () => {
  test.use(PHONE);
  test("the board with on-time rates fits the screen", async ({ page }) => {
    await insertDossiers2019();
    await page.goto(`/vi/cong-khai?ky=nam&nam=${DOSSIER_YEAR}`);
    await expectFitsPhone(page);
    const cell = boardRow(page, "phuong-an-hoa-tthcc").locator('[data-col="on-time"]');
    await expect(cell).toBeVisible();
    const box = await cell.boundingBox();
    expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  });

  const words = {
    vi: { method: "Cách tính", trends: "Diễn biến 12 tháng theo đơn vị", other: "Chọn kỳ khác", show: "Xem" },
    en: { method: "Method", trends: "12-month trend per unit", other: "Other periods", show: "Show" },
  } as const;
  for (const lang of ["vi", "en"] as const) {
    test(`the ${lang} board fits the screen: each unit's name beside its figure, the method wrapped, short`, async ({
      page,
    }) => {
      test.slow();
      await page.goto(`/${lang}/cong-khai`);
      await expectFitsPhone(page);
      // With small units (a special zone, a department), whose figure is usually below the minimum.
      const slugs = [...SLUGS, "dac-khu-hon-ngoc", "so-tu-phap"];
      const figures = await Promise.all(
        slugs.map((slug) => rawQuickFigure(slug, lastMonth.from, lastMonth.to)),
      );
      for (const [i, slug] of slugs.entries()) {
        const row = boardRow(page, slug);
        const name = await row.locator("th").boundingBox();
        const index = row.locator('[data-col="index"]');
        await expect(index).toBeVisible();
        const raw = figures[i] as ExpectedFigure;
        const english = raw.index.includes(".") ? raw.index : "not enough answers yet";
        await expect(index).toHaveText(lang === "vi" ? raw.indexVi : english);
        const box = await index.boundingBox();
        if (!name || !box) throw new Error(`${slug}: no box`);
        // A figure sits on its name's line, to its right; the not-enough phrase right under the name.
        if (english.includes("."))
          expect(box.y < name.y + name.height && box.x >= name.x + name.width - 1).toBe(true);
        else expect(box.y >= name.y + name.height - 1 && box.y < name.y + name.height + 8).toBe(true);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      const figure = figures[0] as ExpectedFigure;
      await expect(boardRow(page, "tinh-an-hoa").locator('[data-col="interval"]')).toBeVisible();
      await expect(boardRow(page, "tinh-an-hoa").locator('[data-col="n"]')).toHaveText(String(figure.n));
      // Far shorter than the 7,300 px of the table it replaces. Since issue 17 a card also carries the unit's
      // on-time rate (a line of its own when the unit has dossiers: about 5,200 px when every unit has some).
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(5600);

      await page.getByText(words[lang].method, { exact: true }).click();
      await expect(page.locator(".board-method p")).toBeVisible();
      await page.getByText(words[lang].trends, { exact: true }).click();
      await page.locator('details[data-trend-unit="tinh-an-hoa"] > summary').click();
      await expect(page.locator('details[data-trend-unit="tinh-an-hoa"] tbody tr')).toHaveCount(12);
      await expect(page.locator('details[data-trend-unit="tinh-an-hoa"] table')).toBeVisible();
      await expectFitsPhone(page, `/${lang}/cong-khai with the method and a unit's 12 months open`);
      await expectNoAxeViolations(page);

      const previousYear = String(Number(localDay(new Date()).slice(0, 4)) - 1);
      const yearLabel = `${lang === "vi" ? "Năm" : "Year"} ${previousYear}`;
      await page.getByLabel(words[lang].other).selectOption({ label: yearLabel });
      await page.getByRole("button", { name: words[lang].show, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/cong-khai\\?ky=nam&nam=${previousYear}$`));
      await expect(page.getByTestId("period")).toHaveText(yearLabel);
      await expect(page.getByLabel(words[lang].other).locator("option:checked")).toHaveText(yearLabel);
      await expectFitsPhone(page);
    });
  }
});

test("the JSON feed gives the unit's and its children's figures and trend as recomputed", async ({
  request,
}) => {
  for (const slug of ["tinh-an-hoa", "phuong-an-hoa"]) {
    const res = await request.get(
      `/api/v1/public/index?unit=${await unitId(slug)}&from=${lastMonth.from}&to=${lastMonth.to}`,
    );
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("public, max-age=300");
    const feed = (await res.json()) as Feed;
    const raw = await rawQuickFigure(slug, lastMonth.from, lastMonth.to);
    expect(feed.label).toEqual({
      vi: "Tỷ lệ hài lòng (đánh giá nhanh)",
      en: "Satisfaction rate (quick rating)",
    });
    expect([feed.unit.slug, feed.period, feed.minN, feed.rollup]).toEqual([slug, lastMonth, 30, "pooled"]);
    expect([feed.figure.n, feed.figure.indexText]).toEqual([raw.n, raw.index]);
    expect(feed.figure.index?.toFixed(2)).toBe(raw.index);
    if (raw.n >= 30) expect(feed.figure.wilson?.low).toBeLessThan(feed.figure.index ?? 0);
    expect(feed.figure.distribution.map((d) => d.label.vi)).toEqual([
      "Không hài lòng",
      "Hài lòng",
      "Rất hài lòng",
    ]);
    expect(feed.figure.distribution.reduce((s, d) => s + d.count, 0)).toBe(raw.n);
    expect(feed.children.length).toBeGreaterThan(0);
    for (const child of feed.children) {
      const expected = await rawQuickFigure(child.unit.slug, lastMonth.from, lastMonth.to);
      expect([child.unit.slug, child.figure.n, child.figure.indexText]).toEqual([
        child.unit.slug,
        expected.n,
        expected.index,
      ]);
      if (!expected.index.includes("."))
        expect([child.figure.index, child.figure.wilson]).toEqual([null, null]);
    }
    expect(feed.trend).toHaveLength(12);
    expect(feed.trend.at(-1)).toMatchObject({ month, figure: { n: raw.n, indexText: raw.index } });
  }
  const defaults = (await (
    await request.get(`/api/v1/public/index?unit=${await unitId("xa-phu-my")}`)
  ).json()) as Feed;
  expect(defaults.period).toEqual(lastMonth);
  expect(defaults.figure.n).toBe((await rawQuickFigure("xa-phu-my", lastMonth.from, lastMonth.to)).n);
});

test("bad feed parameters get a 400 naming the field; an unknown unit a 404", async ({ request }) => {
  const id = await unitId("phuong-an-hoa");
  const cases: Array<[string, string]> = [
    ["", "unit"],
    ["unit=abc", "unit"],
    [`unit=${id}&from=2026-02-30&to=2026-03-31`, "from"],
    [`unit=${id}&from=2026-03-02&to=2026-03-01`, "from"],
    [`unit=${id}&from=2025-01-01&to=2026-06-30`, "to"],
    [`unit=${id}&from=2026-01-01`, "to"],
    [`unit=${id}&from=01/01/2026&to=2026-01-31`, "from"],
  ];
  for (const [query, field] of cases) {
    const res = await request.get(`/api/v1/public/index?${query}`);
    expect(res.status(), query).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fields), query).toEqual([field]);
    expect(body.error.message).toContain(field);
    // Vietnamese unless the request prefers English.
    expect(body.error.fields[field]).toMatch(/^\w+: .*[ạàáảãăâđêôơư]/i);
    expect(body.error.fields[field]).not.toContain(" / ");
    const english = await (
      await request.get(`/api/v1/public/index?${query}`, { headers: { "accept-language": "en-GB,en;q=0.9" } })
    ).json();
    expect(english.error.message).toBe(`Invalid parameter: ${field}`);
    expect(english.error.fields[field]).toMatch(new RegExp(`^${field}\\b`));
    expect(english.error.fields[field]).not.toMatch(/[ạàáảãăâđêôơư]/i);
  }
  const missing = await request.get("/api/v1/public/index?unit=999999");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.fields).toHaveProperty("unit");
});

test("comments never reach the board or the feed", async ({ page, request }) => {
  const comment = `Góp ý riêng tư ${randomUUID()}`;
  const stored = await request.post("/api/v1/responses", {
    data: {
      link: await unitLinkCode("phuong-an-hoa-tthcc"),
      idempotencyKey: randomUUID(),
      instrument: "quick",
      answers: { quick: 1 },
      channel: "web",
      comment,
    },
  });
  expect(stored.status()).toBe(201);
  expect(await scalar("SELECT count(*) FROM responses WHERE comment = ?", [comment])).toBe(1);
  const today = localDay(new Date());
  const seeded = "Phải chờ lâu, nên bố trí thêm quầy vào buổi sáng.";
  expect(await scalar("SELECT count(*) FROM responses WHERE comment = ?", [seeded])).toBeGreaterThan(0);
  for (const path of [
    "/vi/cong-khai",
    `/vi/cong-khai?ky=thang&thang=${today.slice(0, 7)}`,
    "/en/cong-khai?ky=nam",
  ]) {
    await page.goto(path);
    await expect(boardRow(page, "phuong-an-hoa-tthcc")).toHaveCount(1);
    const html = await page.content();
    expect(html).not.toContain(comment);
    expect(html).not.toContain(seeded);
  }
  const feed = await request.get(
    `/api/v1/public/index?unit=${await unitId("phuong-an-hoa")}&from=${today.slice(0, 8)}01&to=${today}`,
  );
  const text = await feed.text();
  expect(text).toContain('"n":');
  expect(text).not.toContain(comment);
});
