import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readOrCreateSecretFile, SECRET_FILE_SUFFIX, secretFileFor } from "./secret-file";

const created: string[] = [];

/** A throwaway database path under data/ (never opened here: only its secret file is written). */
function throwawayDatabase(): string {
  const file = `data/vitest-secret-${randomBytes(6).toString("hex")}.db`;
  created.push(file);
  return file;
}

afterAll(() => {
  for (const file of created) {
    for (const suffix of ["", SECRET_FILE_SUFFIX]) rmSync(`${file}${suffix}`, { force: true });
  }
});

/** `authSecret()` in a fresh process started on `databaseFile` without AUTH_SECRET, as a server start does. */
function secretOfFreshProcess(databaseFile: string, extra: Record<string, string> = {}): Promise<string> {
  const { AUTH_SECRET: _unset, NEXT_PHASE: _phase, ...inherited } = process.env;
  const child = spawn(
    "npx",
    ["tsx", "-e", 'import("./lib/env.ts").then((m) => process.stdout.write(m.authSecret()))'],
    { env: { ...inherited, DATABASE_URL: `file:./${databaseFile}`, NODE_ENV: "production", ...extra } },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describe("the auth secret of an embedded database", () => {
  it("is generated on first start, kept beside the database (0600), and read back on the next start", async () => {
    const [a, b] = [throwawayDatabase(), throwawayDatabase()];
    const [secretA, secretB] = await Promise.all([secretOfFreshProcess(a), secretOfFreshProcess(b)]);
    expect(secretA.length).toBeGreaterThanOrEqual(32);
    expect(secretA).not.toBe(secretB);
    for (const [file, secret] of [
      [a, secretA],
      [b, secretB],
    ] as const) {
      expect(readFileSync(secretFileFor(file), "utf8").trim()).toBe(secret);
      expect(statSync(secretFileFor(file)).mode & 0o777).toBe(0o600);
    }
    expect(await secretOfFreshProcess(a)).toBe(secretA);
  }, 120_000);

  it("is the same for every instance starting together on one file", async () => {
    const file = throwawayDatabase();
    const secrets = await Promise.all(Array.from({ length: 4 }, () => secretOfFreshProcess(file)));
    expect(new Set(secrets).size).toBe(1);
    expect(readFileSync(secretFileFor(file), "utf8").trim()).toBe(secrets[0]);
  }, 120_000);

  it("is not created by `next build`", async () => {
    const file = throwawayDatabase();
    const secret = await secretOfFreshProcess(file, { NEXT_PHASE: "phase-production-build" });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(secretFileFor(file))).toBe(false);
  }, 60_000);

  it("races to one file in-process too, and refuses a damaged one", () => {
    const file = secretFileFor(throwawayDatabase());
    const first = readOrCreateSecretFile(file);
    expect(readOrCreateSecretFile(file)).toBe(first);
    writeFileSync(file, "short\n");
    expect(() => readOrCreateSecretFile(file)).toThrow(/bị hỏng .* damaged/);
  });
});
