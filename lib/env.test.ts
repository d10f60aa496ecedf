import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseFile, parseEnv } from "./env";

const secret = () => randomBytes(32).toString("base64url");

describe("environment", () => {
  it("refuses a database that is not a local file, or a replica, without AUTH_SECRET, naming the variable", () => {
    for (const source of [
      { DATABASE_URL: "libsql://hailong-org.turso.io" },
      { DATABASE_URL: "https://sqld.example.vn:8080", NODE_ENV: "production", DEMO_DATA: "0" },
      { DATABASE_URL: "file:./data/replica.db", DATABASE_SYNC_URL: "libsql://hailong-org.turso.io" },
    ]) {
      expect(() => parseEnv(source)).toThrow(/AUTH_SECRET: bắt buộc .* \/ required when the database/);
    }
  });

  it("accepts a remote database with a secret, and a local file without one (its secret is generated)", () => {
    const value = secret();
    expect(parseEnv({ DATABASE_URL: "libsql://hailong-org.turso.io", AUTH_SECRET: value }).AUTH_SECRET).toBe(
      value,
    );
    for (const DEMO_DATA of ["0", "1"]) {
      expect(parseEnv({ NODE_ENV: "production", DEMO_DATA }).AUTH_SECRET).toBeUndefined();
    }
    expect(parseEnv({}).NODE_ENV).toBe("development");
  });

  it("lets `next build` run without the deployment's secret", () => {
    const previous = process.env.NEXT_PHASE;
    process.env.NEXT_PHASE = "phase-production-build";
    try {
      expect(parseEnv({ DATABASE_URL: "libsql://hailong-org.turso.io" }).AUTH_SECRET).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env.NEXT_PHASE;
      else process.env.NEXT_PHASE = previous;
    }
  });

  it("names every bad variable at once", () => {
    expect(() =>
      parseEnv({ AUTH_SECRET: "short", PUBLIC_BASE_URL: "not a url", METRICS_TOKEN: "x" }),
    ).toThrow(/AUTH_SECRET[\s\S]*PUBLIC_BASE_URL|PUBLIC_BASE_URL[\s\S]*AUTH_SECRET/);
  });

  it("sizes the kept answer counts from COUNTS_CACHE_MB, 0 keeping none, and refuses nonsense", () => {
    expect(parseEnv({}).COUNTS_CACHE_MB).toBe(256);
    expect(parseEnv({ COUNTS_CACHE_MB: "0" }).COUNTS_CACHE_MB).toBe(0);
    for (const bad of ["-1", "lots", "1.5"]) {
      expect(() => parseEnv({ COUNTS_CACHE_MB: bad })).toThrow(/COUNTS_CACHE_MB/);
    }
  });

  it("reads the path of a file database", () => {
    expect(databaseFile("file:./data/hailong.db")).toBe("./data/hailong.db");
    expect(databaseFile("file:/srv/hailong/db.sqlite?mode=rwc")).toBe("/srv/hailong/db.sqlite");
    expect(databaseFile("libsql://x.turso.io")).toBeNull();
    expect(databaseFile(":memory:")).toBeNull();
  });

  it("`npm start` on a remote database without AUTH_SECRET stops at start-up with the message", () => {
    const { AUTH_SECRET: _unset, ...inherited } = process.env;
    const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts"], {
      env: {
        ...inherited,
        NODE_ENV: "production",
        DEMO_DATA: "0",
        DATABASE_URL: "libsql://never-opened.invalid",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Cấu hình không hợp lệ / Invalid configuration");
    expect(run.stderr).toContain("AUTH_SECRET: bắt buộc");
  }, 90_000);
});
