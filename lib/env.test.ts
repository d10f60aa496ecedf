import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const SECRET = "a-production-secret-of-more-than-32-characters";

describe("environment", () => {
  it("refuses a production configuration without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DEMO_DATA: "0" })).toThrow(
      /AUTH_SECRET: .*required in production/,
    );
  });

  it("accepts production with a secret, and the demo (DEMO_DATA=1) without one", () => {
    expect(parseEnv({ NODE_ENV: "production", DEMO_DATA: "0", AUTH_SECRET: SECRET }).AUTH_SECRET).toBe(
      SECRET,
    );
    expect(parseEnv({ NODE_ENV: "production", DEMO_DATA: "1" }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({}).NODE_ENV).toBe("development");
  });

  it("names every bad variable at once", () => {
    expect(() =>
      parseEnv({ AUTH_SECRET: "short", PUBLIC_BASE_URL: "not a url", METRICS_TOKEN: "x" }),
    ).toThrow(/AUTH_SECRET[\s\S]*PUBLIC_BASE_URL|PUBLIC_BASE_URL[\s\S]*AUTH_SECRET/);
  });

  it("`npm start` stops at start-up with the message when a production secret is missing", () => {
    const { AUTH_SECRET: _unset, ...inherited } = process.env;
    const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts"], {
      env: {
        ...inherited,
        NODE_ENV: "production",
        DEMO_DATA: "0",
        DATABASE_URL: "file:./data/vitest-never-opened.db",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Cấu hình không hợp lệ / Invalid configuration");
    expect(run.stderr).toContain("AUTH_SECRET");
  }, 90_000);
});
