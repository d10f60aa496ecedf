import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { type AppRoute, appRoutes, segmentsOf } from "./support/app-routes";
import { procedureLink, unitLinkCode } from "./support/db";
import { type RawResponse, rawRequest, trickle, uploadUntilAnswered } from "./support/raw-http";

// Hostile input on every public route, without a browser: random path segments, query strings, form
// bodies and JSON must end in a clear answer (< 500) and never show a stack trace; oversized bodies are
// refused early; clients that send slowly neither starve others nor keep their connection for ever.

const UNIT = "phuong-an-hoa-tthcc";
const MB = 1024 * 1024;
const STACK_TRACE =
  /\n\s+at \S+ \(?\S+:\d+:\d+\)?|node_modules\/|webpack-internal:|turbopack:\/\/|\/\.next\/server\//;

function expectClearAnswer(res: RawResponse, what: string): void {
  expect(res.status, what).toBeGreaterThanOrEqual(200);
  expect(res.status, what).toBeLessThan(500);
  expect(res.body, what).not.toMatch(STACK_TRACE);
  // Every answer of the app carries its headers (Node's own 400 for an unparsable request has none).
  if (res.headers["x-request-id"]) expect(res.headers["x-content-type-options"], what).toBe("nosniff");
}

/** Lone surrogates become U+FFFD, so any string can be percent-encoded. */
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8");
const encoded = (s: string) => encodeURIComponent(wellFormed(s));

const nasty = fc.constantFrom(
  "..",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "%00",
  "%ff%fe",
  "%c0%af",
  "%E0%A4%A",
  "%",
  "%%",
  encoded("<script>alert(1)</script>"),
  encoded("' OR 1=1 --"),
  encoded("Đăng ký khai sinh"),
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "99999999999999999999",
  "1e309",
  "x".repeat(4000),
);
/** A path segment or query value as a client might send it: encoded text, raw junk or known-bad values. */
const segment = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }).map(encoded),
  fc.stringMatching(/^[%A-Za-z0-9._~!$&'()*+,;=:@-]{1,30}$/),
  nasty,
);
const queryString = fc
  .array(fc.tuple(fc.oneof(segment, fc.constantFrom("q", "size", "k", "_rsc", "lang", "page")), segment), {
    maxLength: 4,
  })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

test.describe.configure({ timeout: 120_000 });

/** The app's routes (from the build's route manifest) with the methods each answers. */
const ROUTES = appRoutes();

test("the routes under test are the build's own", () => {
  const patterns = ROUTES.map((r) => r.pattern);
  // A sanity check of the manifest read, not the list: any route added later is walked too.
  // (/search is a rewrite to /{vi|en}/tim-kiem: the page's route is the latter.)
  for (const known of [
    "/q/[code]",
    "/[lang]/tim-kiem",
    "/[lang]/don-vi/[slug]/thu-tuc/[code]",
    "/api/v1/responses",
  ]) {
    expect(patterns).toContain(known);
  }
  expect(patterns.length).toBeGreaterThanOrEqual(50);
  expect(ROUTES.find((r) => r.pattern === "/api/v1/responses")?.methods).toEqual(["POST"]);
});

/**
 * A valid value for each parameter the fuzz can reach deeper through, by the static segment before it and
 * its name; a parameter without one is always fuzzed.
 */
async function knownParameters(): Promise<
  (previous: string | undefined, param: string) => string | undefined
> {
  const unitLink = await unitLinkCode(UNIT);
  const proc = await procedureLink(`u.slug = '${UNIT}'`);
  const known: Record<string, string> = {
    "/lang": "vi",
    "don-vi/slug": proc.slug,
    "thu-tuc/code": proc.procedureCode,
    "lich-su/version": "1",
    "q/code": unitLink,
    "danh-gia/code": unitLink,
    "bieu-mau/procedure": proc.procedureCode,
  };
  return (previous, param) => known[`${previous ?? ""}/${param}`];
}

/**
 * Requests for a route: every parameter valid and a hostile query string, then each parameter in turn
 * hostile with the others valid (so the fuzz reaches past the first lookup).
 */
function routeVariants(
  route: AppRoute,
  known: (previous: string | undefined, param: string) => string | undefined,
): Array<{ label: string; path: (s: string, q: string) => string }> {
  const segments = segmentsOf(route.pattern);
  const fill = (fuzzed: number | null, s: string) =>
    `/${segments
      .map((seg, i) => {
        if (seg.param === null) return seg.text;
        if (i === fuzzed) return s;
        return known(segments[i - 1]?.text, seg.param) ?? s;
      })
      .join("/")}`;
  return [
    { label: `${route.pattern}?…`, path: (s, q) => `${fill(null, s)}?${q}` },
    ...segments.flatMap((seg, i) =>
      seg.param === null
        ? []
        : [
            {
              label: `${route.pattern} with [${seg.param}] hostile`,
              path: (s: string, q: string) => `${fill(i, s)}?${q}`,
            },
          ],
    ),
  ];
}

test("random path segments and query strings on every GET route answer < 500 without a stack trace", async () => {
  const known = await knownParameters();
  const unitLink = await unitLinkCode(UNIT);
  const variants = ROUTES.filter((r) => r.methods.includes("GET")).flatMap((r) => routeVariants(r, known));
  // Query parameters the file tree cannot tell about, and an upper-case prefix.
  const extras: Array<{ label: string; path: (s: string, q: string) => string }> = [
    { label: "/Q/<code>", path: (s) => `/Q/${s}` },
    { label: "qr.png?size=", path: (s) => `/q/${unitLink}/qr.png?size=${s}` },
    { label: "search?q=", path: (s, q) => `/search?q=${s}&${q}` },
    { label: "cam-on?t=", path: (s) => `/en/danh-gia/${unitLink}/cam-on?t=${s}` },
    { label: "cam-on?t=1.x.y", path: (s) => `/en/danh-gia/${unitLink}/cam-on?t=1.${s}.${s}` },
  ];
  for (const { label, path: pathOf } of [...variants, ...extras]) {
    await fc.assert(
      fc.asyncProperty(segment, queryString, async (s, q) => {
        const path = pathOf(s, q);
        expectClearAnswer(await rawRequest("GET", path), `GET ${path} (${label})`);
      }),
      { numRuns: 3 },
    );
  }
});

test("an address too long for the headers gets a clear 414 page; one just under the limit is still redirected", async () => {
  // Next.js echoes a redirected address twice (Location and Refresh): past 8 KB a client could no longer
  // read the answer ("Header overflow"), so the server refuses such addresses itself.
  const long = `/quan-ly/chi-so/..?q=${"x".repeat(7000)}`;
  const refused = await rawRequest("GET", long);
  expect(refused.status).toBe(414);
  expect(refused.body).toContain("Đường dẫn quá dài");
  expect(refused.body).toContain('<html lang="vi">');
  const english = await rawRequest("GET", `/en/tim-kiem?q=${"x".repeat(7000)}`);
  expect(english.status).toBe(414);
  expect(english.body).toContain("Address too long");
  const justUnder = await rawRequest("GET", `/quan-ly/chi-so/..?q=${"x".repeat(6000)}`);
  expect(justUnder.status).toBe(308);
  expect(justUnder.headers.location?.length).toBeGreaterThan(6000);
});

const contentTypes = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "text/plain",
  "application/xml",
);
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        link: fc.oneof(segment, fc.constant("V2DVCP")),
        idempotencyKey: fc.oneof(fc.uuid(), segment),
        instrument: fc.constantFrom("quick", "service", "__proto__", ""),
        answers: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
        channel: fc.oneof(fc.constantFrom("poster", "kiosk", "web", "receipt"), fc.string()),
        comment: fc.string({ maxLength: 3000 }),
        reasons: fc.array(fc.string({ maxLength: 4 })),
        receipt: segment,
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const formBody = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          "link",
          "value",
          "idempotencyKey",
          "instrument",
          "lang",
          "reasons",
          "comment",
          "a:I.1",
          "website",
        ),
        segment,
      ),
      segment,
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

test("random JSON and form bodies on every POST route handler answer < 500 without a stack trace", async () => {
  // Not /api/auth/*: better-auth validates its own input, and fuzzing sign-in would trip its per-client
  // sign-in rate limit (5 a minute) that the following specs' sign-ins need.
  const known = await knownParameters();
  const routes = ROUTES.filter(
    (r) => r.kind === "route" && r.methods.includes("POST") && !r.pattern.startsWith("/api/auth/"),
  ).map((r) => routeVariants(r, known)[0]?.path("x", "").replace(/\?$/, "") ?? r.pattern);
  for (const path of ["/api/v1/responses", "/kiosk/tra-loi", "/kiosk/gop-y", "/api/v1/dossiers"]) {
    expect(routes).toContain(path);
  }
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(
        fc.constant(route),
        contentTypes,
        fc.oneof(jsonBody, formBody),
        fc.option(fc.constantFrom("Bearer hl_nope", "Bearer ", "Basic eA==", `Bearer ${"x".repeat(2000)}`)),
        async (path, contentType, body, authorization) => {
          const headers: Record<string, string> = { "content-type": contentType };
          if (authorization) headers.authorization = authorization;
          const res = await rawRequest("POST", path, { headers, body });
          expectClearAnswer(res, `POST ${path} (${contentType}) ${body.slice(0, 200)}`);
        },
      ),
      { numRuns: 40 },
    );
  }
});

test("unexpected methods and a random Next-Action header answer < 500 on every route", async () => {
  // Not /api/auth/*, for the sign-in rate limit (above).
  const known = await knownParameters();
  const paths = ROUTES.filter((r) => !r.pattern.startsWith("/api/auth/")).map(
    (r) => routeVariants(r, known)[0]?.path("x", "").replace(/\?$/, "") ?? r.pattern,
  );
  const unitLink = await unitLinkCode(UNIT);
  for (const path of [
    "/api/v1/responses",
    "/api/health",
    "/kiosk/tra-loi",
    `/vi/danh-gia/${unitLink}`,
    "/vi/tim-kiem",
    "/vi",
  ]) {
    expect(paths).toContain(path);
  }
  for (const route of paths) {
    await fc.assert(
      fc.asyncProperty(
        fc.constant(route),
        fc.constantFrom("PUT", "PATCH", "DELETE", "OPTIONS", "POST"),
        fc.option(fc.stringMatching(/^[0-9a-f]{1,42}$/)),
        async (path, method, action) => {
          const headers: Record<string, string> = { "content-type": "text/plain" };
          if (action) headers["next-action"] = action;
          expectClearAnswer(
            await rawRequest(method, path, { headers, body: "x" }),
            `${method} ${path} ${action}`,
          );
        },
      ),
      { numRuns: 3 },
    );
  }
});

test("a 30 MB body is refused with 413 before it is read, with and without Content-Length", async () => {
  for (const declareLength of [true, false]) {
    const res = await uploadUntilAnswered("/api/v1/responses", 30 * MB, {
      declareLength,
      contentType: "application/json",
    });
    expect(res.status, `Content-Length declared: ${declareLength}`).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe("payload_too_large");
    // Refused after at most a few megabytes: the server stops reading at its 1 MB limit.
    expect(res.sentBytes, `Content-Length declared: ${declareLength}`).toBeLessThan(8 * MB);
  }
  const form = await uploadUntilAnswered("/kiosk/gop-y", 30 * MB, {
    declareLength: false,
    contentType: "application/x-www-form-urlencoded",
  });
  expect(form.status).toBe(413);
  expect(form.sentBytes).toBeLessThan(8 * MB);
  const manage = await uploadUntilAnswered("/quan-ly/nhap", 30 * MB, {
    declareLength: true,
    contentType: "multipart/form-data; boundary=x",
  });
  expect(manage.status).toBe(413);
  expect(manage.body).toContain("Dữ liệu gửi lên quá lớn");
});

test("slow clients neither starve others nor keep their connection", async () => {
  // The server's deadlines (server.mjs; the e2e server runs with this environment): headers within 10 s,
  // the whole request within 60 s, sockets checked every 2 s.
  const headersTimeout = Number(process.env.HEADERS_TIMEOUT_MS ?? 10_000);
  const requestTimeout = Number(process.env.REQUEST_TIMEOUT_MS ?? 60_000);
  test.setTimeout(requestTimeout + 60_000);
  // 20 clients trickle a body at 1 byte/s, 5 more never finish their headers.
  const slowBodies = Array.from({ length: 20 }, () =>
    trickle(
      "POST /api/v1/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{",
    ),
  );
  const slowHeaders = Array.from({ length: 5 }, () =>
    trickle("GET /vi HTTP/1.1\r\nHost: localhost\r\nX-Slow: "),
  );
  /** Lifetime of the connection in ms, or -1 if it is still open after `ms`. */
  const lifetime = (c: { closed: Promise<number> }, ms: number) =>
    Promise.race([c.closed, new Promise<number>((r) => setTimeout(() => r(-1), ms))]);
  try {
    const proc = await procedureLink(`u.slug = '${UNIT}'`);
    const othersServed = async (when: string) => {
      for (const path of [
        "/api/health/live",
        "/api/health",
        `/vi/don-vi/${proc.slug}/thu-tuc/${proc.procedureCode}`,
      ]) {
        const started = Date.now();
        const res = await rawRequest("GET", path);
        expect(res.status, `${path} ${when}`).toBe(200);
        expect(Date.now() - started, `${path} ${when}`).toBeLessThan(3_000);
      }
    };
    await othersServed("with 25 slow clients connected");
    const bodiesDone = Promise.all(slowBodies.map((c) => lifetime(c, requestTimeout + 15_000)));
    // Headers are due within 10 s (checked every 2 s): the server drops those connections itself.
    const lifetimes = await Promise.all(slowHeaders.map((c) => lifetime(c, headersTimeout + 10_000)));
    for (const ms of lifetimes) {
      expect(ms).toBeGreaterThan(headersTimeout - 1_000);
      expect(ms).toBeLessThan(headersTimeout + 6_000);
    }
    await othersServed("with 20 slow bodies still arriving");
    // A whole request is due within 60 s: the slow bodies are answered 408 and dropped then, not later.
    const bodyLifetimes = await bodiesDone;
    for (const [i, ms] of bodyLifetimes.entries()) {
      expect(ms, `slow body ${i}`).toBeGreaterThan(requestTimeout - 1_000);
      expect(ms, `slow body ${i}`).toBeLessThan(requestTimeout + 6_000);
      expect(slowBodies[i]?.received(), `slow body ${i}`).toMatch(/^HTTP\/1\.1 408 /);
    }
  } finally {
    for (const c of [...slowBodies, ...slowHeaders]) c.socket.destroy();
  }
});
