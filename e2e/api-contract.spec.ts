import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { type Answer, type OpenApiValidator, openApiValidator } from "@/test/openapi-validator";
import { testDb, unitLinkCode } from "./support/db";
import { type Call, contractUnit, createApiKey, send } from "./support/openapi";

// Every operation of /api/openapi.json, called for real on the production server: each answer — success
// and error — must have a documented status and content type, and a body its schema allows.

const SURVEY_UNIT = "phuong-an-hoa-tthcc";
const run = randomUUID().slice(0, 8);

let validator: OpenApiValidator;
let key: string;
let unit: { id: number; link: string };

test.beforeAll(async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(res.headers()["cache-control"]).toMatch(/public/);
  const document = await res.json();
  expect(document.openapi).toBe("3.1.0");
  validator = openApiValidator(document);
  unit = await contractUnit();
  key = await createApiKey(unit.id, `Hợp đồng API ${run}`);
});

/** Sends `call` as the operation `method template` and checks the answer against the document. */
async function contract(
  request: Parameters<typeof send>[0],
  template: string,
  call: Call,
  status: number,
): Promise<Answer & { json: () => unknown }> {
  const answer = await send(request, call);
  const what = `${call.method} ${call.url} → ${answer.status} ${answer.body.slice(0, 300)}`;
  expect(answer.status, what).toBe(status);
  expect(validator.check(call.method, template, answer), what).toEqual([]);
  return { ...answer, json: () => JSON.parse(answer.body) };
}

const bearer = () => ({ authorization: `Bearer ${key}` });

test("the served document refuses answers it does not describe", async ({ request }) => {
  const answer = await send(request, { method: "GET", url: "/api/v1/public/index?unit=999999999" });
  expect(answer.status).toBe(404);
  expect(validator.check("GET", "/api/v1/public/index", answer)).toEqual([]);
  const tampered = JSON.stringify({ error: { ...JSON.parse(answer.body).error, stack: "at x" } });
  expect(validator.check("GET", "/api/v1/public/index", { ...answer, body: tampered })).not.toEqual([]);
  expect(validator.check("GET", "/api/v1/public/index", { ...answer, status: 500 })).not.toEqual([]);
});

test("POST /api/v1/responses: JSON and form answers, replays and every refusal match the document", async ({
  request,
}) => {
  const T = "/api/v1/responses";
  const link = await unitLinkCode(SURVEY_UNIT);
  const body = {
    link,
    idempotencyKey: `contract-${randomUUID()}`,
    instrument: "quick",
    answers: { quick: 3 },
  };
  const created = await contract(request, T, { method: "POST", url: T, body }, 201);
  expect(created.json()).toMatchObject({ duplicate: false });
  expect(await contract(request, T, { method: "POST", url: T, body }, 200).then((a) => a.json())).toEqual({
    ...(created.json() as object),
    duplicate: true,
  });
  const en = { "accept-language": "en" };
  const invalid = await contract(
    request,
    T,
    { method: "POST", url: T, headers: en, body: { ...body, answers: { quick: 7 } } },
    400,
  );
  expect(invalid.json()).toMatchObject({ error: { code: "invalid_submission" } });
  expect(Object.keys((invalid.json() as { error: { fields: object } }).error.fields)).toEqual([
    "answers.quick",
  ]);
  await contract(request, T, { method: "POST", url: T, body: { ...body, link: "ZZZZZZ" } }, 404);
  await contract(
    request,
    T,
    { method: "POST", url: T, headers: { "content-type": "application/json" }, body: "{nope" },
    400,
  );
  await contract(
    request,
    T,
    { method: "POST", url: T, headers: { "content-type": "text/plain" }, body: "x" },
    415,
  );
  await contract(
    request,
    T,
    { method: "POST", url: T, body: { ...body, comment: "x".repeat(40 * 1024) } },
    413,
  );
  const form = new URLSearchParams({
    link,
    idempotencyKey: `contract-${randomUUID()}`,
    value: "3",
    lang: "vi",
  });
  const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
  const posted = await contract(
    request,
    T,
    { method: "POST", url: T, headers: formHeaders, body: form.toString() },
    303,
  );
  expect(posted.body).toBe("");
  form.set("idempotencyKey", `contract-${randomUUID()}`);
  const scripted = await contract(
    request,
    T,
    {
      method: "POST",
      url: T,
      headers: { ...formHeaders, accept: "application/json" },
      body: form.toString(),
    },
    201,
  );
  expect((scripted.json() as { next: string }).next).toMatch(/^\/vi\/danh-gia\/[A-Z0-9]+\/cam-on\?t=/);
  form.set("value", "9");
  await contract(request, T, { method: "POST", url: T, headers: formHeaders, body: form.toString() }, 400);
});

test("the dossier API, from registration to figures, answers as documented (the issue's example)", async ({
  request,
}) => {
  const codes = Array.from({ length: 10 }, (_, i) => `HĐ-${run}-${i + 1}`);
  const received = "2017-03-04T08:00:00+07:00";
  const due = "2017-03-05T17:00:00+07:00";
  const POST = "/api/v1/dossiers";
  const ONE = "/api/v1/dossiers/{code}";
  const url = (code: string, query = "") => `/api/v1/dossiers/${encodeURIComponent(code)}${query}`;
  let surveyUrl = "";
  for (const code of codes) {
    const registration = {
      code,
      receivedAt: received,
      dueAt: due,
      channel: "trực tiếp",
      receivedBy: "CB-01",
    };
    const answer = await contract(
      request,
      POST,
      { method: "POST", url: POST, headers: bearer(), body: registration },
      201,
    );
    const dossier = answer.json() as { surveyUrl: string; qrSvg: string; channel: string };
    expect(new URL(dossier.surveyUrl).pathname).toMatch(/^\/r\/[A-Za-z0-9_-]{16,}$/);
    expect(dossier.qrSvg).toContain("<svg");
    expect(dossier.channel).toBe("in_person");
    if (code === codes[0]) surveyUrl = dossier.surveyUrl;
    // Idempotent: the same registration again, nothing new.
    await contract(request, POST, { method: "POST", url: POST, headers: bearer(), body: registration }, 200);
  }
  const first = codes[0] ?? "";
  const conflict = await contract(
    request,
    POST,
    {
      method: "POST",
      url: POST,
      headers: bearer(),
      body: { code: first, receivedAt: "2017-03-04T09:00:00+07:00" },
    },
    409,
  );
  expect(Object.keys((conflict.json() as { error: { fields: object } }).error.fields)).toEqual([
    "receivedAt",
  ]);
  await contract(
    request,
    POST,
    { method: "POST", url: POST, body: { code: first, receivedAt: received } },
    401,
  );
  await contract(
    request,
    POST,
    { method: "POST", url: POST, headers: { authorization: "Bearer hl_nope_nope_nope" }, body: {} },
    401,
  );
  await contract(request, POST, { method: "POST", url: POST, headers: bearer(), body: { code: first } }, 400);
  await contract(
    request,
    POST,
    { method: "POST", url: POST, headers: { ...bearer(), "content-type": "text/csv" }, body: "code\nX" },
    415,
  );
  await contract(
    request,
    POST,
    {
      method: "POST",
      url: POST,
      headers: bearer(),
      body: { code: first, receivedAt: received, x: "y".repeat(20_000) },
    },
    413,
  );

  // 7 returned the day before the due day, 1 on it, 2 after.
  const returns = [
    ...Array(7).fill("2017-03-04T16:00:00+07:00"),
    "2017-03-05T10:00:00+07:00",
    "2017-03-06T09:00:00+07:00",
    "2017-03-07T09:00:00+07:00",
  ];
  for (const [i, code] of codes.entries()) {
    const patch = { status: "returned", returnedAt: returns[i], returnedBy: "CB-02" };
    const answer = await contract(
      request,
      ONE,
      { method: "PATCH", url: url(code), headers: bearer(), body: patch },
      200,
    );
    expect((answer.json() as { timeliness: string }).timeliness).toBe(
      i < 7 ? "early" : i === 7 ? "on_time" : "late",
    );
    // Repeating it changes nothing.
    await contract(request, ONE, { method: "PATCH", url: url(code), headers: bearer(), body: patch }, 200);
  }
  await contract(
    request,
    ONE,
    { method: "PATCH", url: url(codes[1] ?? ""), headers: bearer(), body: { complained: true } },
    200,
  );
  // The first dossier's receipt answered "Không hài lòng" (the quick question's lowest level).
  const receipt = surveyUrl.split("/").pop() ?? "";
  await contract(
    request,
    "/api/v1/responses",
    {
      method: "POST",
      url: "/api/v1/responses",
      body: {
        link: unit.link,
        idempotencyKey: `contract-${randomUUID()}`,
        instrument: "quick",
        answers: { quick: 1 },
        channel: "receipt",
        receipt,
      },
    },
    201,
  );

  const read = await contract(
    request,
    ONE,
    { method: "GET", url: url(first, `?unit=${unit.id}`), headers: bearer() },
    200,
  );
  expect(read.json()).toMatchObject({
    code: first,
    status: "returned",
    ratedUnsatisfied: true,
    apologies: [],
  });
  await contract(request, ONE, { method: "GET", url: url(`nope-${run}`), headers: bearer() }, 404);
  await contract(request, ONE, { method: "GET", url: url(first, "?unit=abc"), headers: bearer() }, 400);
  await contract(request, ONE, { method: "GET", url: url(first) }, 401);
  await contract(request, ONE, { method: "PATCH", url: url(first), headers: bearer(), body: {} }, 400);
  await contract(
    request,
    ONE,
    { method: "PATCH", url: url(first), headers: bearer(), body: { status: "done" } },
    400,
  );
  await contract(
    request,
    ONE,
    { method: "PATCH", url: url(`nope-${run}`), headers: bearer(), body: { complained: true } },
    404,
  );
  await contract(
    request,
    ONE,
    { method: "PATCH", url: url(first), headers: { ...bearer(), "content-type": "text/plain" }, body: "x" },
    415,
  );

  // Codes an address cannot carry: refused at registration, and their addresses lead elsewhere.
  for (const code of [".", "..", "figures"]) {
    const refused = await contract(
      request,
      POST,
      { method: "POST", url: POST, headers: bearer(), body: { code, receivedAt: received } },
      400,
    );
    expect(Object.keys((refused.json() as { error: { fields: object } }).error.fields)).toEqual(["code"]);
  }
  await contract(request, ONE, { method: "GET", url: "/api/v1/dossiers/%2E%2E", headers: bearer() }, 308);
  await contract(
    request,
    ONE,
    { method: "PATCH", url: "/api/v1/dossiers/figures", headers: bearer(), body: { complained: true } },
    405,
  );

  const FIGURES = "/api/v1/dossiers/figures";
  const march = `${FIGURES}?from=2017-03-01&to=2017-03-31&unit=${unit.id}`;
  const figures = await contract(request, FIGURES, { method: "GET", url: march, headers: bearer() }, 200);
  expect(figures.json()).toMatchObject({
    received: 10,
    returned: 10,
    early: 7,
    onTime: 1,
    late: 2,
    onTimeRate: 80,
    complained: 1,
    ratedUnsatisfied: 1,
    qd766Ratio: 60,
  });
  await contract(
    request,
    FIGURES,
    { method: "GET", url: `${FIGURES}?from=2017-03-31&to=2017-03-01`, headers: bearer() },
    400,
  );
  await contract(request, FIGURES, { method: "GET", url: `${FIGURES}?from=hôm-qua`, headers: bearer() }, 400);
  await contract(request, FIGURES, { method: "GET", url: march }, 401);

  // An apology letter on a dossier of another month: the letter is on the dossier.
  const late = `HĐ-${run}-tre`;
  await contract(
    request,
    POST,
    {
      method: "POST",
      url: POST,
      headers: bearer(),
      body: { code: late, receivedAt: "2017-04-01T08:00:00+07:00", dueAt: "2017-04-03T17:00:00+07:00" },
    },
    201,
  );
  const apology = {
    newDueAt: "2017-04-08T17:00:00+07:00",
    apologyReason: "Cần xác minh thêm hồ sơ đất đai.",
  };
  const letter = await contract(
    request,
    ONE,
    { method: "PATCH", url: url(late), headers: bearer(), body: apology },
    200,
  );
  expect((letter.json() as { apologies: Array<{ number: string }> }).apologies).toEqual([
    expect.objectContaining({ number: expect.stringMatching(/^\d+\/PXL$/), reason: apology.apologyReason }),
  ]);
  const again = await contract(
    request,
    ONE,
    { method: "PATCH", url: url(late), headers: bearer(), body: apology },
    200,
  );
  expect((again.json() as { apologies: unknown[] }).apologies).toHaveLength(1);
  const rows = await testDb.execute({
    sql: "SELECT count(*) AS n FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = ?",
    args: [late],
  });
  expect(Number(rows.rows[0]?.n)).toBe(1);
});

test("the public feed and the health checks answer as documented", async ({ request }) => {
  const T = "/api/v1/public/index";
  const feed = await contract(request, T, { method: "GET", url: `${T}?unit=${unit.id}` }, 200);
  expect(feed.json()).toMatchObject({ unit: { id: unit.id }, question: "quick" });
  const parent = await testDb.execute(
    "SELECT id FROM units WHERE parent_id IS NULL AND valid_to IS NULL LIMIT 1",
  );
  const root = Number(parent.rows[0]?.id);
  const province = await contract(
    request,
    T,
    { method: "GET", url: `${T}?unit=${root}&from=2026-01-01&to=2026-06-30` },
    200,
  );
  expect((province.json() as { children: unknown[] }).children.length).toBeGreaterThan(0);
  for (const query of [
    "",
    "?unit=abc",
    `?unit=${root}&from=2026-01-01`,
    `?unit=${root}&from=2026-02-30&to=2026-03-01`,
  ]) {
    await contract(request, T, { method: "GET", url: `${T}${query}` }, 400);
  }
  await contract(request, T, { method: "GET", url: `${T}?unit=999999999` }, 404);
  for (const path of ["/api/health", "/api/health/ready", "/api/health/live"]) {
    await contract(request, path, { method: "GET", url: path }, 200);
  }
});
