import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// better-auth as configured for the app (lib/auth/auth.ts) on a throwaway database: sign-in throttling by
// account and client, no raw address anywhere, password changes through any path, disabled endpoints.

let testDb: TestDatabase;
let auth: typeof import("./auth").auth;
let createStaffAccount: typeof import("@/features/staff/server/staff").createStaffAccount;
const CONSOLE = { console: "test" };
const PASSWORD = `mat-khau-${randomUUID().slice(0, 8)}`;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  testDb = await openTestDatabase();
  const identity = await import("@/lib/client-identity");
  identity.trustClientAddressHeader(true);
  ({ auth } = await import("./auth"));
  ({ createStaffAccount } = await import("@/features/staff/server/staff"));
  await testDb.client.execute(
    "INSERT INTO units (slug, name, kind, level, valid_from) VALUES ('tinh-thu', 'Tỉnh Thử', 'province', 'province', '2025-07-01')",
  );
}, 60_000);

afterAll(async () => {
  (await import("@/lib/client-identity")).trustClientAddressHeader(false);
  await testDb?.close();
});

/** An account whose own password is set (no change pending), as after a first sign-in. */
async function account(): Promise<{ id: string; email: string }> {
  const email = `can.bo.${randomUUID().slice(0, 8)}@thu.vn`;
  const outcome = await createStaffAccount(CONSOLE, {
    name: "Cán bộ thử",
    email,
    password: PASSWORD,
    passwordGenerated: false,
    unitId: 1,
    role: "unit_viewer",
  });
  if (!outcome.ok) throw new Error("no account");
  const created = outcome.value;
  await testDb.client.execute({
    sql: "UPDATE user SET must_change_password = 0 WHERE id = ?",
    args: [created.userId],
  });
  return { id: created.userId, email };
}

const from = (address: string) => new Headers({ "x-hailong-client-address": address });

/** Signs in through `auth.api` (as the sign-in server action does): the HTTP status and the session cookie. */
async function signIn(email: string, password: string, address: string) {
  try {
    const res = await auth.api.signInEmail({
      body: { email, password },
      headers: from(address),
      returnHeaders: true,
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { status: 200, cookie };
  } catch (error) {
    return { status: (error as { statusCode?: number }).statusCode ?? 500, cookie: "" };
  }
}

async function rows(sql: string, args: Array<string | number> = []) {
  return (await testDb.client.execute({ sql, args })).rows;
}

describe("sign-in throttling", () => {
  it("a stranger's failures at one address lock that pair only, never the owner at another", async () => {
    const owner = await account();
    for (let i = 0; i < 5; i++) {
      expect((await signIn(owner.email, `sai-${i}-mat-khau`, "198.51.100.9")).status).toBe(401);
    }
    // The stranger's address is locked for this account, even with the right password…
    expect((await signIn(owner.email, PASSWORD, "198.51.100.9")).status).toBe(429);
    // …and hammering it does not add up to an account lock.
    for (let i = 0; i < 60; i++) {
      expect((await signIn(owner.email, `sai-${i}-nua`, "198.51.100.9")).status).toBe(429);
    }
    expect((await signIn(owner.email, PASSWORD, "203.0.113.5")).status).toBe(200);
  });

  it("an IPv6 client cannot escape its lock by moving within its /64", async () => {
    const owner = await account();
    for (let i = 0; i < 5; i++) {
      expect((await signIn(owner.email, `sai-${i}-mat-khau`, `2001:db8:1:2::${i + 1}`)).status).toBe(401);
    }
    expect((await signIn(owner.email, PASSWORD, "2001:db8:1:2::ffff")).status).toBe(429);
  });

  it("the per-account ceiling holds across addresses", async () => {
    const owner = await account();
    for (let i = 0; i < 50; i++) {
      expect(
        (await signIn(owner.email, "sai-mat-khau-phan-tan", `10.1.${Math.floor(i / 200)}.${i}`)).status,
      ).toBe(401);
    }
    expect((await signIn(owner.email, PASSWORD, "203.0.113.77")).status).toBe(429);
  }, 120_000);

  it("audits success, failure and refusal with the client's hash, never its address or a password", async () => {
    const owner = await account();
    await signIn(owner.email, "sai-mat-khau-1", "192.0.2.44");
    await signIn(owner.email, PASSWORD, "192.0.2.44");
    const audit = await rows("SELECT action, details FROM audit_log WHERE user_id = ? ORDER BY id", [
      owner.id,
    ]);
    expect(audit.map((r) => r.action)).toEqual(["sign_in.failure", "sign_in"]);
    for (const row of audit) {
      const details = String(row.details);
      expect(details).not.toContain("192.0.2.44");
      expect(details).not.toContain(PASSWORD);
      expect(JSON.parse(details).client).toMatch(/^[0-9a-f]{32}$/);
    }
    const throttled = await rows("SELECT details FROM audit_log WHERE action = 'sign_in.throttled'");
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.map((r) => String(r.details)).join(" ")).not.toMatch(/198\.51\.100\.9|2001:db8/);
  });

  it("stores no raw address: sessions have none, counters and better-auth's limiter hold hashes", async () => {
    const owner = await account();
    const res = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: ORIGIN,
          "x-hailong-client-address": "192.0.2.55",
        },
        body: JSON.stringify({ email: owner.email, password: PASSWORD }),
      }),
    );
    expect(res.status).toBe(200);
    expect(await rows("SELECT ip_address FROM session WHERE user_id = ?", [owner.id])).toEqual([
      expect.objectContaining({ ip_address: null }),
    ]);
    const keys = [
      ...(await rows("SELECT key FROM rate_limit")).map((r) => String(r.key)),
      ...(await rows("SELECT key FROM rate_counters")).map((r) => String(r.key)),
    ];
    expect(keys.some((k) => k.startsWith("auth:") && k.endsWith("|/sign-in/email"))).toBe(true);
    expect(keys.join(" ")).not.toMatch(/\d+\.\d+\.\d+\.\d+|2001:db8|@thu\.vn/);
    const all = await rows("SELECT group_concat(coalesce(ip_address, '')) AS a FROM session");
    expect(String(all[0]?.a)).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });
});

describe("password changes through any path", () => {
  it("/api/auth/change-password called directly ends the other sessions and is audited", async () => {
    const owner = await account();
    const here = await signIn(owner.email, PASSWORD, "192.0.2.10");
    await signIn(owner.email, PASSWORD, "192.0.2.11");
    await signIn(owner.email, PASSWORD, "192.0.2.12");
    expect(await rows("SELECT id FROM session WHERE user_id = ?", [owner.id])).toHaveLength(3);
    const changed = `${PASSWORD}-moi`;
    const res = await auth.handler(
      new Request(`${ORIGIN}/api/auth/change-password`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie: here.cookie },
        body: JSON.stringify({ currentPassword: PASSWORD, newPassword: changed }),
      }),
    );
    expect(res.status).toBe(200);
    const left = await rows("SELECT token FROM session WHERE user_id = ?", [owner.id]);
    expect(left).toHaveLength(1);
    expect(here.cookie).toContain(String(left[0]?.token));
    const audit = await rows(
      "SELECT details FROM audit_log WHERE user_id = ? AND action = 'password.change'",
      [owner.id],
    );
    expect(audit.map((r) => JSON.parse(String(r.details)))).toEqual([{ otherSessionsRevoked: 2 }]);
    expect((await signIn(owner.email, changed, "192.0.2.10")).status).toBe(200);
  });

  it("with revokeOtherSessions better-auth's new session is the one kept", async () => {
    const owner = await account();
    const here = await signIn(owner.email, PASSWORD, "192.0.2.20");
    await signIn(owner.email, PASSWORD, "192.0.2.21");
    const result = await auth.api.changePassword({
      body: { currentPassword: PASSWORD, newPassword: `${PASSWORD}-2`, revokeOtherSessions: true },
      headers: new Headers({ cookie: here.cookie }),
    });
    const left = await rows("SELECT token FROM session WHERE user_id = ?", [owner.id]);
    expect(left.map((r) => r.token)).toEqual([result.token]);
  });

  it("a temporary password must be changed first, and cannot be 'changed' to itself", async () => {
    const email = `moi.${randomUUID().slice(0, 8)}@thu.vn`;
    const outcome = await createStaffAccount(CONSOLE, {
      name: "Cán bộ mới",
      email,
      password: PASSWORD,
      passwordGenerated: true,
      unitId: 1,
      role: "unit_viewer",
    });
    const created = outcome.ok ? outcome.value : undefined;
    const here = await signIn(email, PASSWORD, "192.0.2.30");
    const session = () => auth.api.getSession({ headers: new Headers({ cookie: here.cookie }) });
    expect((await session())?.user.mustChangePassword).toBe(true);
    await expect(
      auth.api.changePassword({
        body: { currentPassword: PASSWORD, newPassword: PASSWORD },
        headers: new Headers({ cookie: here.cookie }),
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect((await session())?.user.mustChangePassword).toBe(true);
    await auth.api.changePassword({
      body: { currentPassword: PASSWORD, newPassword: `${PASSWORD}-rieng` },
      headers: new Headers({ cookie: here.cookie }),
    });
    expect((await session())?.user.mustChangePassword).toBe(false);
    expect(
      await rows("SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id", [created?.userId ?? ""]),
    ).toEqual([
      expect.objectContaining({ action: "user.create" }),
      expect.objectContaining({ action: "sign_in" }),
      expect.objectContaining({ action: "password.change" }),
    ]);
  });

  it("an administrator's reset ends every session, lifts the account's locks and marks the password temporary", async () => {
    const { resetStaffPassword } = await import("@/features/staff/server/staff");
    const owner = await account();
    await signIn(owner.email, PASSWORD, "192.0.2.40");
    for (let i = 0; i < 6; i++) await signIn(owner.email, `sai-${i}-mat-khau`, "192.0.2.41");
    expect((await signIn(owner.email, PASSWORD, "192.0.2.41")).status).toBe(429);
    await resetStaffPassword(CONSOLE, {
      userId: owner.id,
      password: "Tam-thoi-123456",
      passwordGenerated: false,
    });
    expect(await rows("SELECT id FROM session WHERE user_id = ?", [owner.id])).toHaveLength(0);
    expect(await rows("SELECT must_change_password AS m FROM user WHERE id = ?", [owner.id])).toEqual([
      expect.objectContaining({ m: 1 }),
    ]);
    expect((await signIn(owner.email, "Tam-thoi-123456", "192.0.2.41")).status).toBe(200);
  });
});

describe("better-auth endpoints", () => {
  it("every endpoint is either one the app uses or disabled", async () => {
    const { ALLOWED_AUTH_PATHS, DISABLED_AUTH_PATHS, isAllowedAuthPath } = await import("../endpoints");
    const paths = Object.values(auth.api)
      .map((endpoint) => (endpoint as { path?: string }).path)
      .filter((p): p is string => typeof p === "string");
    for (const path of paths) {
      const allowed = (ALLOWED_AUTH_PATHS as readonly string[]).includes(path);
      const disabled = DISABLED_AUTH_PATHS.includes(path);
      // Paths with a parameter cannot be listed in disabledPaths: the route handler refuses them.
      expect(
        allowed || disabled || (path.includes(":") && !isAllowedAuthPath(`/api/auth${path}`)),
        path,
      ).toBe(true);
    }
    expect(isAllowedAuthPath("/api/auth/callback/google")).toBe(false);
    expect(isAllowedAuthPath("/api/auth/reset-password/abc")).toBe(false);
    expect(isAllowedAuthPath("/api/auth/sign-in/email/")).toBe(false);
    expect(isAllowedAuthPath("/api/auth/get-session")).toBe(true);
  });

  it("answers 404 for the e-mail change, verification and sign-up endpoints", async () => {
    for (const path of ["/change-email", "/verify-email?token=x", "/sign-up/email", "/update-user"]) {
      const res = await auth.handler(
        new Request(`${ORIGIN}/api/auth${path}`, {
          method: path.startsWith("/verify") ? "GET" : "POST",
          headers: { "content-type": "application/json", origin: ORIGIN },
          body: path.startsWith("/verify") ? undefined : "{}",
        }),
      );
      expect(res.status, path).toBe(404);
    }
  });
});
