import { expect, test } from "@playwright/test";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";

const UNIT = "xa-thanh-loi-tthcc";

test("one device over the velocity limit is flagged, not dropped, and managers see it", async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await unitLinkCode(UNIT);
  const prefix = `velo-${Date.now().toString(36)}-`;
  // The phone opens the survey page, which gives it its device cookie (before it answers anything).
  await page.goto(`/vi/danh-gia/${link}`);
  const given = (await page.context().cookies()).find((c) => c.name === "hl_dev");
  expect(given?.httpOnly).toBe(true);
  // Form posts, as a phone without JavaScript sends them; the context keeps the device cookie.
  for (let i = 1; i <= 6; i++) {
    const res = await page.request.post("/api/v1/responses", {
      form: { link, idempotencyKey: `${prefix}${String(i).padStart(12, "0")}`, value: "3", lang: "vi" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
  }
  const cookies = await page.context().cookies();
  const device = cookies.find((c) => c.name === "hl_dev");
  expect(device?.value).toBe(given?.value);
  expect(device?.httpOnly).toBe(true);
  expect(device?.sameSite).toBe("Lax");

  const rows = await testDb.execute({
    sql: "SELECT flagged, flag_reason, device_hash FROM responses WHERE idempotency_key LIKE ? ORDER BY id",
    args: [`${prefix}%`],
  });
  expect(rows.rows.map((r) => [Number(r.flagged), r.flag_reason])).toEqual([
    [0, null],
    [0, null],
    [0, null],
    [0, null],
    [0, null],
    [1, "velocity_device"],
  ]);
  // Only a rotating hash of the device is stored, never the cookie itself (and never nothing).
  const hashes = new Set(rows.rows.map((r) => r.device_hash));
  expect(hashes.size).toBe(1);
  const [hash] = [...hashes];
  expect(hash).toMatch(/^[0-9a-f]{32}$/);
  expect(device?.value).not.toContain(String(hash));
  expect(device?.value.split(".")[0]).not.toBe(hash);

  // Replaying an already stored submission never counts towards the limit again.
  const replay = await page.request.post("/api/v1/responses", {
    data: {
      link,
      idempotencyKey: `${prefix}${String(1).padStart(12, "0")}`,
      instrument: "quick",
      answers: { quick: 3 },
    },
  });
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toEqual({ id: expect.any(Number), duplicate: true });

  // A different phone is not affected.
  const other = await browser.newContext({ baseURL });
  const fresh = await other.request.post("/api/v1/responses", {
    data: { link, idempotencyKey: `${prefix}other-000001`, instrument: "quick", answers: { quick: 2 } },
  });
  expect(fresh.status()).toBe(201);
  expect(
    await scalar("SELECT flagged FROM responses WHERE idempotency_key = ?", [`${prefix}other-000001`]),
  ).toBe(0);
  await other.close();

  // The flagged response is kept out of the aggregates' unflagged counts and listed for managers.
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/phieu-gan-co");
  await expect(page.getByRole("heading", { name: "Đánh giá bất thường", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phiếu bị gắn cờ" })).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Một thiết bị gửi quá nhiều phiếu" })
      .filter({ hasText: link })
      .first(),
  ).toBeVisible();
});
