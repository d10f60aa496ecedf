import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// `npm run admin:create` on an empty database, end to end: the root unit and the system administrator are
// made, the password printed once must be changed before anything else, and the demo seed then refuses
// to run into that database.

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

function adminCreate(...args: string[]) {
  const { AUTH_SECRET: _unset, ...inherited } = process.env;
  return spawnSync("npm", ["run", "-s", "admin:create", "--", ...args], {
    env: { ...inherited, DATABASE_URL: testDb.url, NODE_ENV: "production", DEMO_DATA: "0" },
    encoding: "utf8",
    timeout: 90_000,
  });
}

describe("npm run admin:create", () => {
  let password = "";
  const email = "quantri@tinh-thu.gov.vn";

  it("asks for the root unit's name on a database without units", () => {
    const run = adminCreate("--email", email);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--unit-name");
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 120_000);

  it("creates the root unit and a system administrator on it, printing a generated password once", async () => {
    const run = adminCreate(
      "--email",
      email.toUpperCase(),
      "--name",
      "Nguyễn Văn Quản",
      "--unit-name",
      "Tỉnh Thử Nghiệm",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    password = /^ {2}([A-Za-z0-9]{16})$/m.exec(run.stdout)?.[1] ?? "";
    expect(password).toHaveLength(16);
    const roles = await testDb.client.execute(
      `SELECT u.email, u.must_change_password AS m, r.role, un.slug, un.parent_id
       FROM user u JOIN role_assignments r ON r.user_id = u.id JOIN units un ON un.id = r.unit_id`,
    );
    expect(roles.rows).toEqual([
      expect.objectContaining({
        email,
        m: 1,
        role: "system_admin",
        slug: "tinh-thu-nghiem",
        parent_id: null,
      }),
    ]);
    const audit = await testDb.client.execute("SELECT action, details FROM audit_log ORDER BY id");
    expect(audit.rows.map((r) => r.action)).toEqual(["unit.create", "user.create", "role.grant"]);
    expect(audit.rows.map((r) => String(r.details)).join(" ")).not.toContain(password);
    expect(await testDb.count("short_links")).toBe(1);
  }, 120_000);

  it("refuses a second account with the same e-mail unless asked to reset its password", () => {
    const run = adminCreate("--email", email);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--reset-password");
  }, 120_000);

  it("the account signs in, but must change its password before anything else", async () => {
    const { auth } = await import("@/features/access/server/auth");
    const signedIn = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const headers = new Headers({ cookie });
    expect((await auth.api.getSession({ headers }))?.user.mustChangePassword).toBe(true);
    await auth.api.changePassword({
      body: { currentPassword: password, newPassword: "Mat-khau-cua-toi-2026" },
      headers,
    });
    expect((await auth.api.getSession({ headers }))?.user.mustChangePassword).toBe(false);
  });

  it("the demo seed refuses to run into that database", async () => {
    const { seedIfEmpty } = await import("@/features/demo/server/run");
    const lines: string[] = [];
    expect(await seedIfEmpty((line) => lines.push(line))).toBe("refused");
    expect(lines.join(" ")).toContain("Từ chối nạp dữ liệu mẫu");
    expect(await testDb.count("units")).toBe(1);
    expect(await testDb.count("user")).toBe(1);
  });

  it("--reset-password gives the administrator a new temporary password and ends their sessions", async () => {
    const run = adminCreate("--email", email, "--reset-password");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}[A-Za-z0-9]{16}$/m);
    const rows = await testDb.client.execute(
      "SELECT (SELECT count(*) FROM session) AS sessions, (SELECT must_change_password FROM user) AS m",
    );
    expect(rows.rows[0]).toMatchObject({ sessions: 0, m: 1 });
  }, 120_000);
});
