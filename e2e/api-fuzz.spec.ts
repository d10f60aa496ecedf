import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { type OpenApiValidator, openApiValidator } from "@/test/openapi-validator";
import { type Call, contractUnit, createApiKey, send } from "./support/openapi";
import { fuzzedValue, hostile, schemaArbitrary } from "./support/schema-arbitrary";

// Requests generated from /api/openapi.json for every operation — values the schemas allow, spoiled ones,
// hostile ones, odd path segments, bad or missing keys — must never end in a 5xx, and every answer must
// be one the document describes for the operation (status, content type, body). Deterministic and bounded.

type Json = Record<string, unknown>;

const SEED = 17;
const RUNS = 80;
const BUDGET_MS = 60_000;

test.describe.configure({ timeout: 120_000 });

interface Operation {
  method: string;
  path: string;
  operation: Json;
  parameters: Json[];
}

/** A value as a client would put it in an address: objects as JSON. */
const text = (value: unknown) =>
  typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
/** Lone surrogates become U+FFFD, so any string can be percent-encoded. */
const encoded = (value: unknown) => encodeURIComponent(Buffer.from(text(value), "utf8").toString("utf8"));

function operationsOf(document: Json): Operation[] {
  const paths = document.paths as Record<string, Record<string, Json>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    ["get", "post", "patch"].flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const parameters = [
        ...((item.parameters as unknown as Json[] | undefined) ?? []),
        ...((operation.parameters as Json[]) ?? []),
      ];
      return [{ method: method.toUpperCase(), path, operation, parameters }];
    }),
  );
}

/** Requests for one operation. */
function requests(
  op: Operation,
  document: Json,
  key: string,
  known: Record<string, string[]>,
): fc.Arbitrary<Call> {
  /** A value of a parameter: often one that exists (a registered code, the key's unit). */
  const value = (p: Json, others: fc.Arbitrary<unknown>) => {
    const existing = known[String(p.name)] ?? [];
    return existing.length > 0
      ? fc.oneof({ arbitrary: fc.constantFrom(...existing), weight: 3 }, others)
      : others;
  };
  const path = fc.record(
    Object.fromEntries(
      op.parameters
        .filter((p) => p.in === "path")
        .map((p) => [
          String(p.name),
          // Odd characters, and codes no dossier can have (documented: 308, 405).
          value(
            p,
            fc.oneof(
              schemaArbitrary(p.schema as Json, document),
              fc.constantFrom("..", ".", "%", "a/b", "figures", " ", "", "x".repeat(300), "Hồ sơ #1?", "-1"),
              hostile,
            ),
          ).map(text),
        ]),
    ),
  );
  const query = fc.tuple(
    fc.record(
      Object.fromEntries(
        op.parameters
          .filter((p) => p.in === "query")
          .map((p) => [
            String(p.name),
            value(p, fc.oneof(schemaArbitrary(p.schema as Json, document), hostile)),
          ]),
      ),
      { requiredKeys: [] },
    ),
    fc.option(fc.tuple(fc.constantFrom("x", "unit", "__proto__", "from"), hostile), { nil: undefined }),
  );
  const secured = Array.isArray(op.operation.security);
  const authorization = secured
    ? fc.oneof(
        { arbitrary: fc.constant(`Bearer ${key}`), weight: 6 },
        fc.constantFrom(
          undefined,
          "Bearer hl_nope_nope",
          "Bearer ",
          "Basic eA==",
          `Bearer ${"x".repeat(300)}`,
        ),
      )
    : fc.constant(undefined);
  const content = (op.operation.requestBody as { content: Record<string, Json> } | undefined)?.content;
  const media = content?.["application/json"];
  const jsonSchema = media?.schema as Json | undefined;
  // The document's own examples, as schema-driven clients use them, dated 2018 (see schema-arbitrary.ts).
  const shown = Object.values((media?.examples as Record<string, { value: unknown }> | undefined) ?? {}).map(
    (e) => JSON.parse(JSON.stringify(e.value).replaceAll('"2026-', '"2018-')) as unknown,
  );
  const json = (value: unknown) => ({ type: "application/json", data: JSON.stringify(value) });
  const body: fc.Arbitrary<{ type?: string; data?: string }> = jsonSchema
    ? fc.oneof(
        { arbitrary: fuzzedValue(jsonSchema, document).map(json), weight: 6 },
        ...(shown.length > 0 ? [{ arbitrary: fc.constantFrom(...shown).map(json), weight: 3 }] : []),
        fc.record({
          type: fc.constantFrom(
            "application/json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/xml",
          ),
          data: fc.oneof(
            fc.constantFrom("{", "[1,2", "null", "", "a=1&b=2", "<x/>"),
            fc.string({ maxLength: 50 }),
          ),
        }),
      )
    : fc.constant({});
  const lang = fc.constantFrom(undefined, "en", "vi", "en-GB,en;q=0.9", "xx;q=abc");
  return fc.tuple(path, query, authorization, body, lang).map(([pathValues, [q, extra], auth, b, accept]) => {
    let url = op.path;
    for (const [name, value] of Object.entries(pathValues)) url = url.replace(`{${name}}`, encoded(value));
    const pairs = Object.entries(q).map(([k, v]) => `${encoded(k)}=${encoded(v)}`);
    if (extra) pairs.push(`${encoded(extra[0])}=${encoded(extra[1])}`);
    if (pairs.length > 0) url += `?${pairs.join("&")}`;
    const headers: Record<string, string> = {};
    if (auth) headers.authorization = auth;
    if (accept) headers["accept-language"] = accept;
    if (b.type) headers["content-type"] = b.type;
    return { method: op.method, url, headers, body: b.data };
  });
}

let validator: OpenApiValidator;
let document: Json;
let key: string;
const known: Record<string, string[]> = { code: [] };

test.beforeAll(async ({ request }) => {
  document = await (await request.get("/api/openapi.json")).json();
  validator = openApiValidator(document);
  const unit = await contractUnit();
  known.unit = [String(unit.id)];
  key = await createApiKey(unit.id, "Thử ngẫu nhiên API");
  for (const code of ["FUZZ-1", "FUZZ-2"]) {
    const res = await request.post("/api/v1/dossiers", {
      headers: { authorization: `Bearer ${key}` },
      data: { code, receivedAt: "2018-06-01T08:00:00+07:00", dueAt: "2018-06-05T17:00:00+07:00" },
    });
    expect(res.status()).toBeLessThan(300);
    known.code?.push(code);
  }
});

test("requests generated from the document never get a 5xx or an answer it does not describe", async ({
  request,
}) => {
  const started = Date.now();
  const ops = operationsOf(document);
  expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(
    expect.arrayContaining([
      "POST /api/v1/responses",
      "POST /api/v1/dossiers",
      "GET /api/v1/dossiers/{code}",
      "PATCH /api/v1/dossiers/{code}",
      "GET /api/v1/dossiers/figures",
      "GET /api/v1/public/index",
    ]),
  );
  /** Per operation: each status seen, with the first request that got it. */
  const seen = new Map<string, Map<number, string>>();
  for (const op of ops) {
    const statuses = new Map<number, string>();
    seen.set(`${op.method} ${op.path}`, statuses);
    await fc.assert(
      fc.asyncProperty(requests(op, document, key, known), async (call) => {
        const answer = await send(request, call);
        const what = `${call.method} ${call.url} ${JSON.stringify(call.headers)} ${String(call.body ?? "").slice(0, 300)} → ${answer.status} ${answer.body.slice(0, 300)}`;
        if (!statuses.has(answer.status)) statuses.set(answer.status, what);
        expect(answer.status, what).toBeLessThan(500);
        expect(validator.check(op.method, op.path, answer), what).toEqual([]);
      }),
      { seed: SEED, numRuns: op.path.startsWith("/api/health") ? 3 : RUNS, endOnFailure: true },
    );
  }
  // The generator reaches past validation: successes and refusals on every dossier operation.
  for (const name of [
    "POST /api/v1/dossiers",
    "PATCH /api/v1/dossiers/{code}",
    "GET /api/v1/dossiers/figures",
  ]) {
    const found = seen.get(name) ?? new Map<number, string>();
    const statuses = [...found.keys()];
    expect(
      statuses.some((s) => s < 300),
      `${name}:\n${[...found.values()].join("\n")}`,
    ).toBe(true);
    expect(statuses, name).toEqual(expect.arrayContaining([400, 401]));
  }
  expect(Date.now() - started).toBeLessThan(BUDGET_MS);
});
