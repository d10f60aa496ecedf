import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { responseCount, unitLinkCode } from "./support/db";

const UNIT = "phuong-an-hoa-tthcc";

test("GET /api/health answers ok", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
});

test("a JSON submission replayed 10 times stores one row", async ({ request }) => {
  const link = await unitLinkCode(UNIT);
  const body = {
    link,
    idempotencyKey: randomUUID(),
    instrument: "quick",
    answers: { quick: 3 },
    channel: "kiosk",
  };
  const before = await responseCount();
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++)
    statuses.push((await request.post("/api/v1/responses", { data: body })).status());
  expect(statuses).toEqual([201, ...Array(9).fill(200)]);
  expect(await responseCount()).toBe(before + 1);
});

test("bad submissions get a clear 4xx naming the field and write nothing", async ({ request }) => {
  const link = await unitLinkCode(UNIT);
  const valid = { link, idempotencyKey: randomUUID(), instrument: "quick", answers: { quick: 2 } };
  const before = await responseCount();
  const cases: Array<{ data: unknown; status: number; field?: string }> = [
    { data: { ...valid, answers: { quick: 7 } }, status: 400, field: "answers.quick" },
    { data: { ...valid, answers: { quick: "3" } }, status: 400, field: "answers.quick" },
    { data: { ...valid, answers: { quick: true } }, status: 400, field: "answers.quick" },
    { data: { ...valid, answers: { nope: 1 } }, status: 400, field: "answers.nope" },
    { data: { ...valid, answers: {} }, status: 400, field: "answers" },
    { data: { ...valid, link: "ZZZZZZ" }, status: 404, field: "link" },
    { data: { ...valid, link: "<script>" }, status: 400, field: "link" },
    { data: { ...valid, idempotencyKey: "x" }, status: 400, field: "idempotencyKey" },
    { data: { ...valid, extra: 1 }, status: 400 },
    { data: [1, 2, 3], status: 400 },
  ];
  for (const c of cases) {
    const res = await request.post("/api/v1/responses", { data: c.data as object });
    expect(res.status(), JSON.stringify(c.data)).toBe(c.status);
    const json = await res.json();
    expect(json.error.message).toMatch(/[àáảãạăâđêôơư]/i);
    if (c.field) expect(Object.keys(json.error.fields)).toContain(c.field);
  }
  const malformed = await request.post("/api/v1/responses", {
    headers: { "content-type": "application/json" },
    data: "{not json",
  });
  expect(malformed.status()).toBe(400);
  expect(await responseCount()).toBe(before);
});

test("API errors keep their code and speak the language of Accept-Language (Vietnamese by default)", async ({
  request,
}) => {
  const body = { link: "ZZZZZZ", idempotencyKey: randomUUID(), instrument: "quick", answers: { quick: 2 } };
  const vi = await (await request.post("/api/v1/responses", { data: body })).json();
  expect(vi.error).toEqual({
    code: "unknown_link",
    message: "Không tìm thấy mã QR này.",
    fields: { link: "Mã QR không tồn tại." },
  });
  const en = await (
    await request.post("/api/v1/responses", {
      data: body,
      headers: { "accept-language": "en-GB,en;q=0.9,vi;q=0.5" },
    })
  ).json();
  expect(en.error).toEqual({
    code: "unknown_link",
    message: "This QR code does not exist.",
    fields: { link: "This QR code does not exist." },
  });
  const unknownField = await (
    await request.post("/api/v1/responses", {
      data: { ...body, extra: 1 },
      headers: { "accept-language": "en" },
    })
  ).json();
  expect(unknownField.error.code).toBe("invalid_submission");
  expect(unknownField.error.message).toBe("The submission is not valid.");
  expect(unknownField.error.fields.extra).toBe("This field is not accepted.");
  const dossier = await request.post("/api/v1/dossiers", {
    data: { code: "X" },
    headers: { authorization: "Bearer hl_nope_nope", "accept-language": "en" },
  });
  expect(dossier.status()).toBe(401);
  expect((await dossier.json()).error).toMatchObject({
    code: "unauthorized",
    message: "The API key is not valid or has been revoked.",
  });
});

test("a malformed form post gets a 400 page in Vietnamese and writes nothing", async ({ request }) => {
  const before = await responseCount();
  const res = await request.post("/api/v1/responses", {
    form: { link: await unitLinkCode(UNIT), idempotencyKey: randomUUID(), value: "9" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(400);
  expect(res.headers()["content-type"]).toContain("text/html");
  const html = await res.text();
  expect(html).toContain("Chưa ghi nhận được đánh giá");
  expect(html).toContain("value");
  expect(await responseCount()).toBe(before);
});

test("an oversized body is refused with 413 and writes nothing", async ({ request }) => {
  const before = await responseCount();
  const res = await request.post("/api/v1/responses", {
    data: {
      link: await unitLinkCode(UNIT),
      idempotencyKey: randomUUID(),
      instrument: "quick",
      answers: { quick: 3 },
      comment: "x".repeat(1_000_000),
    },
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).error.code).toBe("payload_too_large");
  expect(await responseCount()).toBe(before);
});
