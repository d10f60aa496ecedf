import { randomBytes, randomUUID } from "node:crypto";
import { type AddressInfo, createServer, type Socket } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { type AppProcess, crashAllApps, extraPort, startApp, throwawayDatabase } from "./support/app-process";
import { procedureLink, unitLinkCode } from "./support/db";
import { registerKioskDevice } from "./support/kiosk";
import { Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { rawRequest } from "./support/raw-http";

const UNIT = "phuong-an-hoa-tthcc";
const EVIL = "http://evil.example";

function scriptSrc(csp: string | undefined): string {
  return (csp ?? "").split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
}

test("pages carry the security headers and a CSP without 'unsafe-inline' scripts", async ({ request }) => {
  const proc = await procedureLink(`u.slug = '${UNIT}'`);
  // Citizens' content pages carry no inline script at all (server/lean-pages.mjs): no hash is allowed.
  for (const [path, scripts] of [
    [`/vi/don-vi/${proc.slug}/thu-tuc/${proc.procedureCode}`, /^\s*script-src 'self'$/],
    ["/search?q=khai+sinh", /^\s*script-src 'self'$/],
    ["/dang-nhap", /^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(scriptSrc(h["content-security-policy"]), path).toMatch(scripts);
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    // Served over http here: no HSTS (it is sent only when PUBLIC_BASE_URL is https).
    expect(h["strict-transport-security"], path).toBeUndefined();
  }
  const svg = await request.get(`/q/${await unitLinkCode(UNIT)}/qr.svg`);
  expect(svg.headers()["content-security-policy"]).toContain("default-src 'none'");
  const receipt = await request.get("/vi/bien-nhan/khong-ton-tai-0000000000000000");
  expect(receipt.headers()["referrer-policy"]).toBe("no-referrer");
});

/** Console errors and CSP violations of a page (Chromium reports a refused script as a console error). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    // The app has no favicon; the browser's 404 for it is no script problem.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) {
      problems.push(`${page.url()}: ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  return problems;
}

async function expectHydrated(page: Page): Promise<void> {
  // The inline RSC scripts ran (a blocked one leaves `__next_f` undefined) and the app started.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const w = window as unknown as { __next_f?: unknown; next?: { router?: unknown } };
          return Array.isArray(w.__next_f) && w.next?.router !== undefined;
        }),
      { message: page.url() },
    )
    .toBe(true);
}

/** A citizens' content page: no script at all (server/lean-pages.mjs), so nothing for the CSP to refuse. */
async function expectNoScript(page: Page): Promise<void> {
  expect(await page.locator("script").count(), page.url()).toBe(0);
  expect(await page.evaluate(() => "__next_f" in window), page.url()).toBe(false);
}

test("citizen pages, the survey and the kiosk run their scripts with no CSP violation", async ({ page }) => {
  const problems = watchConsole(page);
  const proc = await procedureLink(`u.slug = '${UNIT}'`);
  const link = await unitLinkCode(UNIT);
  for (const path of [
    "/vi",
    `/q/${link}`,
    `/vi/don-vi/${proc.slug}/thu-tuc/${proc.procedureCode}`,
    "/search?q=chung+thuc",
  ]) {
    await page.goto(path);
    await expectNoScript(page);
  }
  // The survey pages run their own small script only (public/js/survey.js, allowed as 'self').
  await page.goto(`/vi/danh-gia/${link}/day-du`);
  await expect(page.locator(".progress")).toContainText("Đã trả lời 0/19 câu");
  expect(
    await page
      .locator("script")
      .evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname)),
  ).toEqual(["/js/survey.js"]);
  await page.goto(`/vi/danh-gia/${link}`);
  await page.getByRole("button", { name: "Không hài lòng", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Cảm ơn Ông/Bà đã đánh giá!" })).toBeVisible();
  await expectNoScript(page);

  const device = await registerKioskDevice(10);
  await page.goto(device.activationPath);
  await expect(page).toHaveURL(/\/kiosk$/);
  await expectHydrated(page);
  expect(problems).toEqual([]);
});

test("manage pages (dashboard, catalogue, posters) run their scripts with no CSP violation", async ({
  page,
}) => {
  const problems = watchConsole(page);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  for (const path of ["/quan-ly", "/quan-ly/thu-tuc", "/quan-ly/to-niem-yet/moi", "/quan-ly/phan-anh"]) {
    await page.goto(path);
    await expectHydrated(page);
  }
  expect(problems).toEqual([]);
});

test("state-changing route handlers refuse cross-site requests with a clear 403", async ({
  request,
  baseURL,
}) => {
  const form = { "content-type": "application/x-www-form-urlencoded" };
  for (const [path, headers] of [
    ["/kiosk/tra-loi", { ...form, origin: EVIL }],
    ["/kiosk/gop-y", { ...form, "sec-fetch-site": "cross-site" }],
    ["/quan-ly/thiet-bi/thu-hoi", { ...form, origin: EVIL }],
    ["/quan-ly/khoa-api/thu-hoi", { ...form, origin: "null" }],
  ] as const) {
    const res = await request.post(path, { headers, data: "id=1&value=2" });
    expect(res.status(), path).toBe(403);
    expect(await res.text(), path).toContain("Yêu cầu từ trang web khác bị từ chối");
  }
  // Same origin passes the guard (and meets the next check: no kiosk cookie → back to /kiosk).
  const same = await request.post("/kiosk/tra-loi", {
    headers: { ...form, origin: new URL(baseURL ?? "").origin, "sec-fetch-site": "same-origin" },
    data: "value=2",
    maxRedirects: 0,
  });
  expect(same.status()).not.toBe(403);
  // better-auth checks the Origin of cookie-carrying requests itself (trustedOrigins = PUBLIC_BASE_URL).
  const signIn = await request.post("/api/auth/sign-in/email", {
    headers: { origin: EVIL, cookie: "a=b" },
    data: { email: PROVINCE_ADMIN, password: "HaiLong@2026" },
  });
  expect(signIn.status()).toBe(403);
});

test("the public submission API is callable cross-site (kiosks, apps): it grants no privilege", async ({
  request,
}) => {
  const link = await unitLinkCode(UNIT);
  const res = await request.post("/api/v1/responses", {
    headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    data: { link, idempotencyKey: randomUUID(), instrument: "quick", answers: { quick: 3 } },
  });
  expect(res.status()).toBe(201);
});

test("every response carries a request id: a well-formed incoming one is echoed, anything else replaced", async () => {
  const mine = `test-${randomUUID()}`;
  expect(
    (await rawRequest("GET", "/api/health/live", { headers: { "x-request-id": mine } })).headers[
      "x-request-id"
    ],
  ).toBe(mine);
  const replaced = await rawRequest("GET", "/vi", { headers: { "x-request-id": "bad id; with spaces" } });
  expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const notFound = await rawRequest("GET", "/khong-co-trang-nay");
  expect(notFound.status).toBe(404);
  expect(notFound.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("health: live without the database, ready with it", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "live" });
  for (const path of ["/api/health/ready", "/api/health"]) {
    const ready = await request.get(path);
    expect(ready.status(), path).toBe(200);
    expect(await ready.json(), path).toEqual({ status: "ok" });
  }

  // A server of its own whose database is gone: its libSQL server accepts connections and drops every
  // one. It is live, and says it is not ready, again and again.
  const dropped: Socket[] = [];
  const deadDatabase = createServer((socket) => {
    dropped.push(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => deadDatabase.listen(0, "127.0.0.1", resolve));
  const { port } = deadDatabase.address() as AddressInfo;
  let app: AppProcess | undefined;
  try {
    app = await startApp(
      extraPort(5),
      throwawayDatabase("no-database"),
      { DATABASE_URL: `http://127.0.0.1:${port}`, AUTH_SECRET: randomBytes(32).toString("base64url") },
      { healthPath: "/api/health/live" },
    );
    for (let round = 0; round < 3; round++) {
      const started = Date.now();
      const alive = await fetch(`${app.baseUrl}/api/health/live`);
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ status: "live" });
      expect(Date.now() - started, "liveness does not wait for the database").toBeLessThan(2_000);
      for (const path of ["/api/health/ready", "/api/health"]) {
        const ready = await fetch(`${app.baseUrl}${path}`);
        expect(ready.status, path).toBe(503);
        expect(await ready.json(), path).toEqual({ status: "unavailable" });
      }
    }
    // Readiness did reach for the database, and found none; liveness answered all the same.
    expect(dropped.length).toBeGreaterThan(0);
  } finally {
    await app?.stop();
    // A server that never became live (startApp gave up or the test timed out) is killed all the same.
    await crashAllApps();
    deadDatabase.close();
  }
});

test("metrics: Prometheus text with request counts, latencies and submissions; not through a proxy", async ({
  request,
}) => {
  const submissions = async () => {
    const text = await (await request.get("/api/metrics")).text();
    const line = text
      .split("\n")
      .find((l) => l.startsWith('survey_submissions_total{channel="web",result="new"}'));
    return Number(line?.split(" ")[1] ?? 0);
  };
  const before = await submissions();
  const link = await unitLinkCode(UNIT);
  const body = {
    link,
    idempotencyKey: randomUUID(),
    instrument: "quick",
    answers: { quick: 2 },
    channel: "web",
  };
  expect((await request.post("/api/v1/responses", { data: body })).status()).toBe(201);
  expect((await request.post("/api/v1/responses", { data: body })).status()).toBe(200);
  expect(await submissions()).toBe(before + 1);

  const res = await request.get("/api/metrics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const text = await res.text();
  expect(text).toMatch(
    /^http_requests_total\{method="POST",route="api_responses",status_class="2xx"\} \d+$/m,
  );
  expect(text).toMatch(
    /^http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\w+",status_class="2xx"\} \d+$/m,
  );
  expect(text).toMatch(/^survey_submissions_total\{channel="web",result="duplicate"\} \d+$/m);
  // Raw paths never become labels.
  expect(text).not.toContain(link);

  const proxied = await request.get("/api/metrics", { headers: { "x-forwarded-for": "203.0.113.7" } });
  expect(proxied.status()).toBe(403);
});
