import { setTimeout as sleep } from "node:timers/promises";
import { type Client, createClient } from "@libsql/client";
import { type Browser, expect, test } from "@playwright/test";
import { builtActions, callAction } from "./support/actions";
import { type AppProcess, crashAllApps, extraPort, seededDatabase, startApp } from "./support/app-process";
import { procedureLink } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";

// One cache for all instances (docs/OPERATIONS.md#scaling-out): two production servers on one database
// file. Instance B has a page or the public feed in its caches; a staff edit made through instance A must
// show on B within 2 s of A acknowledging it — not after B's day-long ISR lifetime or five-minute feed cache.

const BOUND_MS = 2000;
const BINH_MINH = "p.status = 'in_force' AND u.slug = 'phuong-binh-minh-tthcc'";

let a: AppProcess;
let b: AppProcess;
let db: Client;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const file = await seededDatabase("multi-cache");
  db = createClient({ url: `file:${file}`, timeout: 5000 });
  // One secret for both, as for any set of instances: a session made on A is valid on B.
  const env = { AUTH_SECRET: "e2e-multi-instance-secret-0123456789abcdef" };
  a = await startApp(extraPort(1), file, env);
  b = await startApp(extraPort(2), file, env);
});

test.afterAll(async () => {
  await crashAllApps();
  db?.close();
});

/** A browser signed in as the province administrator on instance A (its own origin, as a person would). */
async function staffOnA(browser: Browser) {
  const origin = `http://localhost:${extraPort(1)}`;
  const context = await browser.newContext({ baseURL: origin, locale: "vi-VN" });
  const page = await context.newPage();
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  return { context, page, origin };
}

async function get(app: AppProcess, path: string): Promise<{ text: string; cache: string | null }> {
  const res = await fetch(`${app.baseUrl}${path}`, { headers: { "accept-encoding": "identity" } });
  expect(res.status, path).toBe(200);
  return { text: await res.text(), cache: res.headers.get("x-nextjs-cache") };
}

/** Serves B's cached page until the cache holds it (HIT): the old text is what B would keep serving. */
async function warm(app: AppProcess, path: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const page = await get(app, path);
    if (page.cache === "HIT") return page.text;
    await sleep(100);
  }
  throw new Error(`${path} never came from the cache`);
}

/** Polls B until `expected` shows; returns how long after `since` it did (fails after 10 s). */
async function shownAfter(app: AppProcess, path: string, expected: string, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    if ((await get(app, path)).text.includes(expected)) return Date.now() - since;
    await sleep(50);
  }
  throw new Error(`${expected} not shown on ${path} within 10 s`);
}

test("a procedure edited on one instance shows on the other's cached page within 2 s", async ({
  browser,
}) => {
  const link = await procedureLink(BINH_MINH);
  const path = `/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`;
  const newLimit = `06 ngày làm việc (hai máy chủ ${Date.now()})`;
  const before = await warm(b, path);
  expect(before).not.toContain(newLimit);

  const { context, page } = await staffOnA(browser);
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await page.getByLabel("Thời hạn giải quyết", { exact: true }).fill(newLimit);
  await page.getByLabel(/^Ngày có hiệu lực/).fill("2026-01-01");
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  const acknowledged = Date.now();
  // B had it cached (a HIT above); a second look right now would still be the old page without the signal.
  const elapsed = await shownAfter(b, path, newLimit, acknowledged);
  console.log(`  procedure page on B: ${elapsed} ms after A acknowledged the edit`);
  expect(elapsed).toBeLessThan(BOUND_MS);
  // And on the deciding instance at once.
  expect((await get(a, path)).text).toContain(newLimit);
  await context.close();
});

test("a unit's local difference and a renamed field reach the other instance's pages within 2 s", async ({
  browser,
}) => {
  const { context, page, origin } = await staffOnA(browser);
  const actions = builtActions();
  const action = (name: string) => {
    const found = actions.get(name);
    if (!found) throw new Error(`no built action ${name}`);
    return found;
  };
  const link = await procedureLink(BINH_MINH);
  const procedurePath = `/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`;
  const rs = await db.execute({
    sql: `SELECT up.id AS up, f.id AS field, f.name AS name FROM unit_procedures up
          JOIN units u ON u.id = up.unit_id JOIN procedures p ON p.id = up.procedure_id
          JOIN fields f ON f.id = p.field_id WHERE u.slug = ? AND p.code = ?`,
    args: [link.slug, link.procedureCode],
  });
  const row = rs.rows[0];
  if (!row) throw new Error("no unit procedure");

  // A local difference: the procedure's page at this unit.
  const notes = `Nhận hồ sơ cả sáng thứ Bảy (${Date.now()})`;
  await warm(b, procedurePath);
  const saved = await callAction(
    page.request,
    origin,
    action("app/(manage)/quan-ly/thu-tuc/actions.ts#saveOverrideAction"),
    { unitProcedureId: String(row.up), localTimeLimit: "", localFee: "", localPlace: "", localNotes: notes },
  );
  expect(saved.status).toBe(200);
  const stored = await db.execute({
    sql: "SELECT local_notes FROM unit_procedures WHERE id = ?",
    args: [row.up ?? 0],
  });
  expect(stored.rows[0]?.local_notes).toBe(notes);
  const overrideMs = await shownAfter(b, procedurePath, notes, Date.now());
  console.log(`  local difference on B: ${overrideMs} ms`);
  expect(overrideMs).toBeLessThan(BOUND_MS);

  // A renamed field: the unit's page lists its procedures under their fields.
  const unitPath = `/vi/don-vi/${link.slug}`;
  const fieldName = `${String(row.name)} (đổi tên ${Date.now()})`;
  expect(await warm(b, unitPath)).toContain(String(row.name));
  const renamed = await callAction(
    page.request,
    origin,
    action("app/(manage)/quan-ly/linh-vuc/actions.ts#renameFieldAction"),
    { id: String(row.field), name: fieldName, nameEn: "" },
  );
  expect(renamed.status).toBe(200);
  const fieldMs = await shownAfter(b, unitPath, fieldName, Date.now());
  console.log(`  renamed field on B: ${fieldMs} ms`);
  expect(fieldMs).toBeLessThan(BOUND_MS);
  await context.close();
});

test("the public feed an instance keeps is rebuilt within 2 s of a decision on the other", async ({
  browser,
}) => {
  const unit = await db.execute("SELECT id, name FROM units WHERE slug = 'phuong-an-hoa'");
  const unitId = Number(unit.rows[0]?.id);
  const feedPath = `/api/v1/public/index?unit=${unitId}`;
  const oldName = String(unit.rows[0]?.name);
  expect((await get(b, feedPath)).text).toContain(oldName);

  // A change no signal announces (written straight into the file): B keeps serving the feed it built.
  const newName = `${oldName} (tên mới ${Date.now()})`;
  await db.execute({ sql: "UPDATE units SET name = ? WHERE id = ?", args: [newName, unitId] });
  await sleep(600);
  expect((await get(b, feedPath)).text).not.toContain(newName);

  // A held burst decided on A changes what counts: every instance publishes its figures afresh.
  const now = Date.now();
  const burst = await db.execute({
    sql: `INSERT INTO bursts (unit_id, window_minutes, threshold, baseline, started_at, last_at, open_until, held, status)
          VALUES (?, 10, 5, 0, ?, ?, 0, 0, 'pending') RETURNING id`,
    args: [unitId, now - 60_000, now - 30_000],
  });
  const { context, page, origin } = await staffOnA(browser);
  const decided = await callAction(
    page.request,
    origin,
    builtActions().get("app/(manage)/quan-ly/phieu-gan-co/actions.ts#decideBurstAction") ??
      (() => {
        throw new Error("no decideBurstAction");
      })(),
    { id: String(burst.rows[0]?.id), decision: "rejected" },
  );
  expect(decided.status).toBe(200);
  const feedMs = await shownAfter(b, feedPath, newName, Date.now());
  console.log(`  public feed on B: ${feedMs} ms`);
  expect(feedMs).toBeLessThan(BOUND_MS);
  await context.close();
});
