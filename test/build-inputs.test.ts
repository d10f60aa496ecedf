import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  BUILD_DATABASE_FILE,
  buildStaleBecause,
  isBuildInput,
  otherDatabaseBecause,
  SERVER_BUNDLE,
  staleBecause,
} from "@/scripts/build-inputs";

// `npm start` (scripts/prepare.ts --build) rebuilds when anything the build reads changed since the last
// build — the root files Next.js reads by convention as much as the source folders.

describe("isBuildInput", () => {
  it("counts the sources, the root files Next.js reads and the modules lib/ imports from server/", () => {
    for (const path of [
      "app/(citizen)/q/[code]/page.tsx",
      "components/citizen-header.tsx",
      "lib/time.ts",
      "db/schema/survey.ts",
      "db/migrations/0000_init.sql",
      "public/favicon.ico",
      "instrumentation.ts",
      "proxy.ts",
      "tsconfig.json",
      "next.config.mjs",
      "package.json",
      "package-lock.json",
      "server/client-address.mjs",
      ".env.local",
      // A new top-level module counts without being listed.
      "middleware.ts",
      "styles/site.css",
    ]) {
      expect(isBuildInput(path), path).toBe(true);
    }
  });

  it("leaves out generated output, data, tests, docs and other tools' files", () => {
    for (const path of [
      ".next/BUILD_ID",
      "node_modules/next/package.json",
      "data/hailong.db",
      "e2e/kiosk.spec.ts",
      "test/answer-ledger.ts",
      "lib/time.test.ts",
      "components/x.test.tsx",
      "README.md",
      "docs/OPERATIONS.md",
      "scripts/prepare.ts",
      "bench/run.ts",
      "tsconfig.tsbuildinfo",
      "next-env.d.ts",
      "server.mjs",
      "biome.json",
      "vitest.config.ts",
      "playwright.config.ts",
      "test-results/x/trace.zip",
    ]) {
      expect(isBuildInput(path), path).toBe(false);
    }
  });
});

describe("staleBecause", () => {
  const built = 1_000_000;
  it("is stale without a build", () => {
    expect(staleBecause(null, [])).toBe("no build yet");
  });
  it("is stale when instrumentation.ts or tsconfig.json changed after the build", () => {
    for (const path of ["instrumentation.ts", "tsconfig.json"]) {
      expect(
        staleBecause(built, [
          { path: "app/page.tsx", mtimeMs: built - 10 },
          { path, mtimeMs: built + 1 },
        ]),
      ).toBe(`${path} changed since the build`);
    }
  });
  it("is fresh when every input is older than the build, whatever changed outside them", () => {
    expect(
      staleBecause(built, [
        { path: "app/page.tsx", mtimeMs: built - 10 },
        { path: "instrumentation.ts", mtimeMs: built - 1 },
        { path: "e2e/kiosk.spec.ts", mtimeMs: built + 5000 },
        { path: "lib/time.test.ts", mtimeMs: built + 5000 },
        { path: "README.md", mtimeMs: built + 5000 },
      ]),
    ).toBeNull();
  });
});

describe("buildStaleBecause on a checkout", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);
  function file(path: string, seconds: number): void {
    const full = join(root, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, "x");
    utimesSync(full, at(seconds), at(seconds));
  }
  /** A whole build: Next.js's and the server's bundle (`npm run build`). */
  function built(seconds: number): void {
    file(".next/BUILD_ID", seconds);
    file(SERVER_BUNDLE, seconds);
  }
  /** Every directory dated too, so only the files decide. */
  function dateDirectories(seconds: number): void {
    for (const dir of ["app", "lib", "e2e", ".next"]) utimesSync(join(root, dir), at(seconds), at(seconds));
  }

  it("rebuilds after a change to instrumentation.ts or tsconfig.json, not after one to a test", () => {
    root = mkdtempSync(join(tmpdir(), "hailong-build-inputs-"));
    file("app/page.tsx", 0);
    file("lib/time.ts", 0);
    file("instrumentation.ts", 0);
    file("tsconfig.json", 0);
    file("e2e/kiosk.spec.ts", 0);
    built(100);
    dateDirectories(0);
    expect(buildStaleBecause(root)).toBeNull();

    file("e2e/kiosk.spec.ts", 200);
    file("lib/time.test.ts", 200);
    dateDirectories(0);
    expect(buildStaleBecause(root)).toBeNull();

    file("instrumentation.ts", 300);
    expect(buildStaleBecause(root)).toBe("instrumentation.ts changed since the build");
    built(400);
    expect(buildStaleBecause(root)).toBeNull();
    file("tsconfig.json", 500);
    expect(buildStaleBecause(root)).toBe("tsconfig.json changed since the build");

    // `next build` alone leaves no bundle for server.mjs's fast path.
    rmSync(join(root, SERVER_BUNDLE));
    expect(buildStaleBecause(root)).toBe("a build without the server's bundle");
    rmSync(join(root, ".next"), { recursive: true });
    expect(buildStaleBecause(root)).toBe("no build yet");
  });

  it("a build made for another database is stale for this one (its prerendered pages are that database's)", () => {
    file("app/page.tsx", 100);
    file("lib/time.ts", 100);
    file("e2e/kiosk.spec.ts", 100);
    built(200);
    dateDirectories(0);
    // A build that does not say which database it was made for (`next build` alone) is rebuilt.
    expect(buildStaleBecause(root, "file:./data/hailong.db")).toBe("built for an unknown database");
    // Without a database to serve, only the sources decide.
    expect(buildStaleBecause(root)).toBeNull();
    writeFileSync(join(root, ".next", BUILD_DATABASE_FILE), "file:./data/e2e.db");
    expect(buildStaleBecause(root, "file:./data/e2e.db")).toBeNull();
    expect(buildStaleBecause(root, "file:./data/hailong.db")).toBe(
      "built for another database (file:./data/e2e.db)",
    );
    expect(otherDatabaseBecause("file:x.db\n", "file:x.db")).toBeNull();
  });
});
