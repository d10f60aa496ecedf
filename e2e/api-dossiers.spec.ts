import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { scalar } from "./support/db";
import { QuickSurvey } from "./support/pages";

// The acceptance, through HTTP with the documented demo key (docs/api.md): the one-stop software
// of Hòn Ngọc's centre registers ten dossiers due tomorrow, returns 7 before the due day, 1 on it and 2
// after; one is complained about and a citizen answers one receipt "Không hài lòng" → the figures; then
// every call again, and nothing changes.

const DEMO_KEY = "hl_demo_HonNgoc-MotCua-2026";
const auth = { authorization: `Bearer ${DEMO_KEY}` };

const localDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(
    Date.now() + offsetDays * 86_400_000,
  );
const at = (offsetDays: number, time: string) => `${localDay(offsetDays)}T${time}:00+07:00`;

async function figures(request: APIRequestContext) {
  const res = await request.get(`/api/v1/dossiers/figures?from=${localDay(0)}&to=${localDay(3)}`, {
    headers: auth,
  });
  expect(res.status()).toBe(200);
  return res.json();
}

test("the demo key's dossiers: 10 registered, returned 7 early, 1 on time, 2 late → 80.00 on time, QĐ 766 60.00; repeating changes nothing", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const run = randomUUID().slice(0, 6).toUpperCase();
  const codes = Array.from({ length: 10 }, (_, i) => `HN-${run}-${String(i + 1).padStart(3, "0")}`);
  const before = await figures(request);
  expect(before).toMatchObject({
    returned: 0,
    early: 0,
    onTime: 0,
    late: 0,
    onTimeRate: null,
    qd766Ratio: null,
  });

  const register = (code: string) =>
    request.post("/api/v1/dossiers", {
      headers: auth,
      data: {
        code,
        receivedAt: at(0, "08:00"),
        dueAt: at(1, "17:00"),
        channel: "in_person",
        receivedBy: "CB-HN-01",
      },
    });
  const surveyUrls: string[] = [];
  for (const code of codes) {
    const res = await register(code);
    expect(res.status()).toBe(201);
    surveyUrls.push((await res.json()).surveyUrl);
  }
  const patch = (code: string, data: Record<string, unknown>) =>
    request.patch(`/api/v1/dossiers/${encodeURIComponent(code)}`, { headers: auth, data });
  const calls: Array<[string, Record<string, unknown>]> = [
    ...codes.slice(0, 7).map((c): [string, Record<string, unknown>] => [c, { returnedAt: at(0, "16:00") }]),
    [codes[7] ?? "", { status: "returned", returnedAt: at(1, "16:30"), returnedBy: "CB-HN-02" }],
    ...codes.slice(8).map((c): [string, Record<string, unknown>] => [c, { returnedAt: at(2, "09:00") }]),
    [codes[0] ?? "", { complained: true }],
  ];
  for (const [code, data] of calls) expect((await patch(code, data)).status()).toBe(200);

  // A citizen answers the receipt of an on-time dossier "Không hài lòng".
  await page.goto(surveyUrls[1] ?? "");
  await new QuickSurvey(page).answer("Không hài lòng");

  const expected = {
    returned: 10,
    early: 7,
    onTime: 1,
    late: 2,
    onTimeRate: 80,
    complained: 1,
    ratedUnsatisfied: 1,
    qd766Ratio: 60,
  };
  expect(await figures(request)).toMatchObject(expected);
  expect(
    await scalar(
      "SELECT count(*) FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE u.slug = ? AND d.code LIKE ?",
      ["dac-khu-hon-ngoc-tthcc", `HN-${run}-%`],
    ),
  ).toBe(10);

  // Every call again: the same answers, the same figures, no new audit entry.
  const audits = await scalar("SELECT count(*) FROM audit_log");
  for (const [i, code] of codes.entries()) {
    const again = await register(code);
    expect(again.status()).toBe(200);
    expect((await again.json()).surveyUrl).toBe(surveyUrls[i]);
  }
  for (const [code, data] of calls) expect((await patch(code, data)).status()).toBe(200);
  await page.goto(surveyUrls[1] ?? "");
  await expect(page.getByRole("heading", { name: "Đã ghi nhận đánh giá" })).toBeVisible();
  expect(await figures(request)).toMatchObject(expected);
  expect(await scalar("SELECT count(*) FROM audit_log")).toBe(audits);
});

test("bad input names the field in the request's language, with the right status", async ({ request }) => {
  const en = { ...auth, "accept-language": "en" };
  const bad = await request.post("/api/v1/dossiers", {
    headers: en,
    data: { code: "X", receivedAt: "yesterday" },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields.receivedAt).toMatch(/ISO 8601/);
  const vi = await request.patch("/api/v1/dossiers/KHONG-CO", { headers: auth, data: { complained: true } });
  expect(vi.status()).toBe(404);
  expect((await vi.json()).error.message).toMatch(/Không có hồ sơ/);
  const wrongType = await request.patch("/api/v1/dossiers/KHONG-CO", {
    headers: en,
    data: { complained: "true" },
  });
  expect(wrongType.status()).toBe(400);
  expect(Object.keys((await wrongType.json()).error.fields)).toEqual(["complained"]);
  const period = await request.get("/api/v1/dossiers/figures?from=2026-12-31&to=2026-01-01", { headers: en });
  expect(period.status()).toBe(400);
  expect(Object.keys((await period.json()).error.fields)).toEqual(["to"]);
  const province = await scalar("SELECT id FROM units WHERE parent_id IS NULL AND valid_to IS NULL LIMIT 1");
  const outside = await request.get(
    `/api/v1/dossiers/figures?from=2026-01-01&to=2026-12-31&unit=${province}`,
    {
      headers: en,
    },
  );
  expect(outside.status()).toBe(404);
  const noKey = await request.get("/api/v1/dossiers/figures?from=2026-01-01&to=2026-12-31");
  expect(noKey.status()).toBe(401);
  expect(noKey.headers()["www-authenticate"]).toContain("Bearer");
});
