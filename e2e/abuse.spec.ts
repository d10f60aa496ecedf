import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Client, createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";
import { type AppProcess, extraPort, seededDatabase, startApp } from "./support/app-process";
import { PROVINCE_ADMIN } from "./support/pages";

/**
 * Ballot stuffing as an attacker's script does it, against a production server of its own on a copy of
 * the seeded database, with the shipped limits (the shared e2e server raises them) and one proxy trusted
 * (TRUST_PROXY=1), so each request can claim its own client address in X-Forwarded-For.
 */
test.describe.configure({ mode: "serial" });

const UNIT = "phuong-binh-minh";
let app: AppProcess;
let db: Client;
let file: string;
let unitId: number;
let attacked: string;
let quiet: string;
/** Another commune's link, for the single-client flood. */
let flooded: string;

const SIGN_IN_ADDRESS = "203.0.113.199";
const attackerAddress = (i: number) => `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  file = await seededDatabase("abuse");
  db = createClient({ url: `file:${file}`, timeout: 5000 });
  // The shipped limits: drop what the shared e2e server raised.
  await db.execute("DELETE FROM settings WHERE key IN ('survey.velocity', 'survey.surge')");
  unitId = Number(
    (await db.execute({ sql: "SELECT id FROM units WHERE slug = ?", args: [UNIT] })).rows[0]?.id,
  );
  const unitLink = async (slug: string) =>
    String(
      (
        await db.execute({
          sql: "SELECT l.code FROM short_links l JOIN units u ON u.id = l.unit_id WHERE u.slug = ? AND l.kind = 'unit'",
          args: [slug],
        })
      ).rows[0]?.code,
    );
  attacked = await unitLink(UNIT);
  // Genuine answers at the ward's service centre, which the ward's figures include.
  quiet = await unitLink(`${UNIT}-tthcc`);
  flooded = await unitLink("phuong-hoa-lac");
  app = await startApp(extraPort(6), file, { TRUST_PROXY: "1" });
});

test.afterAll(async () => {
  await app?.stop();
  db?.close();
});

async function answer(link: string, value: number, forwardedFor?: string) {
  const res = await fetch(`${app.baseUrl}/api/v1/responses`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({
      link,
      idempotencyKey: `abuse-${randomUUID()}`,
      instrument: "quick",
      answers: { quick: value },
    }),
  });
  // Limits flag or hold; they never refuse what a citizen sends.
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

async function flags(ids: readonly number[]) {
  const rs = await db.execute(
    `SELECT flagged, flag_reason AS reason FROM responses WHERE id IN (${ids.join(",")}) ORDER BY id`,
  );
  return rs.rows.map((r) => ({ flagged: Number(r.flagged) === 1, reason: r.reason }));
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** The unit's published quick index of the day, as the public feed gives it. */
async function dayIndex(): Promise<{ n: number; index: number | null }> {
  const res = await fetch(`${app.baseUrl}/api/v1/public/index?unit=${unitId}&from=${today()}&to=${today()}`);
  expect(res.status).toBe(200);
  const { figure } = (await res.json()) as { figure: { n: number; satisfied: number } };
  return { n: figure.n, index: figure.n === 0 ? null : (100 * figure.satisfied) / figure.n };
}

/** The same figure recounted from raw rows, without any aggregate or app code. */
async function rawDayIndex(): Promise<{ n: number; index: number | null }> {
  const rs = await db.execute({
    sql: `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
          SELECT count(*) AS n, sum(a.value >= 2) AS satisfied
          FROM answers a JOIN responses r ON r.id = a.response_id
          WHERE a.item_key = 'quick' AND a.value IS NOT NULL AND r.flagged = 0 AND r.local_day = ?
            AND r.unit_id IN (SELECT id FROM sub)`,
    args: [unitId, today()],
  });
  const n = Number(rs.rows[0]?.n ?? 0);
  return { n, index: n === 0 ? null : (100 * Number(rs.rows[0]?.satisfied ?? 0)) / n };
}

test("200 cookieless 'Không hài lòng' from one client in 20 s: at most 10 counted; another client a second later is counted", async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  const ids: number[] = [];
  for (let i = 0; i < 200; i++) ids.push(await answer(flooded, 1));
  expect(Date.now() - started).toBeLessThan(20_000);
  const stored = await flags(ids);
  expect(stored.length).toBe(200);
  expect(stored.filter((f) => !f.flagged).length).toBeLessThanOrEqual(10);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const other = await answer(flooded, 3, "192.0.2.77");
  expect(await flags([other])).toEqual([{ flagged: false, reason: null }]);
});

test("600 answers from 300 addresses on one link in 2 minutes: held, the day's index unmoved, managers warned; confirmed, they count and every figure is a recount", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A few genuine citizens on the unit's other link first.
  for (let i = 0; i < 20; i++) await answer(quiet, i % 5 === 0 ? 1 : 3, `100.64.20.${i + 1}`);
  const before = await dayIndex();
  expect(before).toEqual(await rawDayIndex());

  const started = Date.now();
  const ids: number[] = [];
  for (let i = 0; i < 600; i++) ids.push(await answer(attacked, 1, attackerAddress(Math.floor(i / 2))));
  expect(Date.now() - started).toBeLessThan(120_000);
  const stored = await flags(ids);
  const held = stored.filter((f) => f.reason === "surge").length;
  expect(held / ids.length).toBeGreaterThanOrEqual(0.95);
  const during = await dayIndex();
  expect(Math.abs((during.index ?? 0) - (before.index ?? 0))).toBeLessThanOrEqual(5);

  // The manager area says so, on the unit's page, and leads to the burst.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": SIGN_IN_ADDRESS } });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/dang-nhap`);
  await page.getByLabel("Email").fill(PROVINCE_ADMIN);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/quan-ly$/, { timeout: 30_000 });
  await page.goto(`${app.baseUrl}/quan-ly/chi-so/${unitId}`);
  // Receipt-verified and open answers can be read apart.
  await expect(
    page.getByTestId("channel-links").getByRole("link", { name: /Giấy hẹn trả kết quả/ }),
  ).toHaveAttribute("href", /kenh=receipt/);
  const notice = page.getByTestId("abnormal-notice");
  await expect(notice).toContainText(
    `${held.toLocaleString("vi-VN")} lượt đánh giá bất thường đang chờ xem xét`,
  );
  await notice.getByRole("link", { name: "Xem và quyết định" }).click();
  await expect(page.getByRole("heading", { name: "Đánh giá bất thường", level: 1 })).toBeVisible();
  await page.getByRole("row").filter({ hasText: attacked }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đợt tăng đột biến");
  await expect(page.getByRole("row", { name: /Không hài lòng/ })).toContainText(String(held));
  await page.getByRole("button", { name: /Xác nhận là đánh giá thật/ }).click();
  await expect(page.getByText("Đã xác nhận: các lượt đánh giá của đợt này được tính")).toBeVisible();
  await context.close();

  const confirmed = await dayIndex();
  expect(confirmed).toEqual(await rawDayIndex());
  expect(confirmed.n).toBeGreaterThanOrEqual(during.n + held);
  const audit = await db.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'burst.confirm'");
  expect(Number(audit.rows[0]?.n)).toBe(1);
  const verify = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/aggregates.ts", "--verify"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  expect(verify.status, verify.stdout + verify.stderr).toBe(0);
});

test("no raw client address in any table or log line", async () => {
  const addresses = [SIGN_IN_ADDRESS, "192.0.2.77", attackerAddress(0), attackerAddress(299), "127.0.0.1"];
  const tables = await db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  for (const row of tables.rows) {
    const name = String(row.name);
    if (name.includes("_fts")) continue;
    const rs = await db.execute(`SELECT * FROM "${name}"`);
    const text = JSON.stringify(rs.rows);
    for (const address of addresses) expect(text.includes(address), `${address} in ${name}`).toBe(false);
  }
  const log = readFileSync(app.logFile, "utf8");
  expect(log.length).toBeGreaterThan(0);
  for (const address of addresses) expect(log.includes(address), `${address} in the log`).toBe(false);
});
