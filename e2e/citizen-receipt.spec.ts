import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { responseCount, scalar, unitLinkCode } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, QuickSurvey } from "./support/pages";

const UNIT = "phuong-an-hoa-tthcc";

test("a receipt link is answered once; the second attempt shows 'Đã ghi nhận đánh giá' and writes nothing", async ({
  page,
}) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.goto("/quan-ly/khoa-api");
  await page.getByLabel("Đơn vị").selectOption({ label: "Trung tâm Phục vụ hành chính công phường An Hòa" });
  const keyName = `Một cửa ${Date.now()}`;
  await page.getByLabel("Tên khóa (hệ thống sử dụng)").fill(keyName);
  await page.getByRole("button", { name: "Tạo khóa API" }).click();
  const key = (await page.getByTestId("new-api-key").textContent()) ?? "";
  expect(key).toMatch(/^hl_[0-9a-f]{8}_/);
  expect(await scalar("SELECT count(*) FROM api_keys WHERE key_hash = ?", [key])).toBe(0); // stored hashed

  const api = page.request;
  const post = (data: unknown, auth = `Bearer ${key}`) =>
    api.post("/api/v1/dossiers", { data: data as object, headers: { authorization: auth } });
  const code = `HS-${randomUUID().slice(0, 8)}`;
  expect(
    (await post({ code, receivedAt: "2026-11-20T08:00:00+07:00" }, "Bearer hl_nope_nope")).status(),
  ).toBe(401);
  const bad = await post({ code, receivedAt: "hôm qua" });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields)).toContain("receivedAt");
  const created = await post({ code, procedureCode: "MAU.HT.01", receivedAt: "2026-11-20T08:00:00+07:00" });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body.surveyUrl).toMatch(/\/r\/[A-Za-z0-9_-]{16,}$/);
  expect(body.qrSvg).toContain("<svg");
  // The same registration again is answered with the same dossier and link; other content is a conflict.
  const again = await post({ code, receivedAt: "2026-11-20T08:00:00+07:00" });
  expect(again.status()).toBe(200);
  expect((await again.json()).surveyUrl).toBe(body.surveyUrl);
  const conflict = await post({ code, receivedAt: "2026-11-21T08:00:00+07:00" });
  expect(conflict.status()).toBe(409);
  expect(Object.keys((await conflict.json()).error.fields)).toEqual(["receivedAt"]);

  const before = await responseCount();
  await page.goto(body.surveyUrl);
  await expectNoAxeViolations(page);
  await new QuickSurvey(page).answer("Hài lòng");
  expect(await responseCount()).toBe(before + 1);
  expect(
    await scalar(
      "SELECT count(*) FROM responses r JOIN dossiers d ON d.id = r.dossier_id WHERE d.code = ? AND r.channel = 'receipt'",
      [code],
    ),
  ).toBe(1);

  await page.goto(body.surveyUrl);
  await expect(page.getByRole("heading", { name: "Đã ghi nhận đánh giá" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hài lòng", exact: true })).toHaveCount(0);
  const token = String(body.surveyUrl).split("/").pop() ?? "";
  const replay = await api.post("/api/v1/responses", {
    form: {
      link: await unitLinkCode(UNIT),
      idempotencyKey: randomUUID(),
      value: "1",
      receipt: token,
      lang: "vi",
    },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(303);
  expect(replay.headers().location).toBe(`/vi/bien-nhan/${token}`);
  expect(await responseCount()).toBe(before + 1);

  await page.goto("/quan-ly/khoa-api");
  await page.getByRole("button", { name: `Thu hồi khóa ${keyName}` }).click();
  await expect(page.getByRole("button", { name: `Thu hồi khóa ${keyName}` })).toHaveCount(0);
  expect((await post({ code: `${code}-2`, receivedAt: "2026-11-20T08:00:00+07:00" })).status()).toBe(401);
});
