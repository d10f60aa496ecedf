import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * When `npm start` (scripts/prepare.ts --build) must run `next build`: when any file the build reads is
 * newer than the last build. What the build reads is everything in the checkout but what is known not to
 * be (a new top-level file such as `instrumentation.ts` or `proxy.ts`, `tsconfig.json`, the lockfile,
 * `server/` that lib/ imports, `.env*` all count without being listed), so a source the build starts to
 * read is never missed; the exclusions are only there so that editing tests or docs does not rebuild.
 */

/** Top-level entries the build never reads: generated output, data, tooling, tests, docs, scripts. */
const NOT_READ_AT_TOP = new Set([
  ".git",
  ".next",
  ".ci",
  "node_modules",
  "data",
  "docs",
  "e2e",
  "test",
  "test-results",
  "playwright-report",
  "bench",
  "bench-results",
  "scripts",
  "coverage",
  // Written by `tsc` and `next build` themselves.
  "tsconfig.tsbuildinfo",
  "next-env.d.ts",
  // Run by Node in front of Next.js, not built (server/, which lib/ imports, is read by the build).
  "server.mjs",
  // Configuration of tools other than Next.js.
  "biome.json",
  "vitest.config.ts",
  "playwright.config.ts",
  "drizzle.config.ts",
  ".dependency-cruiser.cjs",
  ".dependency-cruiser-known-violations.json",
  ".gitignore",
]);

/** Whether the build reads this path (relative to the project root, `/`-separated). Pure. */
export function isBuildInput(path: string): boolean {
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  const top = parts[0];
  if (top === undefined || NOT_READ_AT_TOP.has(top)) return false;
  const name = parts.at(-1) ?? "";
  // Unit tests beside the code and Markdown are not part of the app.
  return !/\.test\.tsx?$/.test(name) && !name.endsWith(".md");
}

export interface InputTime {
  path: string;
  mtimeMs: number;
}

/**
 * Whether the build is stale: no build yet (`builtAtMs` null), or an input changed at or after it was
 * built. Returns the newest such input as the reason. Pure.
 */
export function staleBecause(builtAtMs: number | null, inputs: Iterable<InputTime>): string | null {
  let newest: InputTime | null = null;
  for (const input of inputs) {
    if (!isBuildInput(input.path)) continue;
    if (newest === null || input.mtimeMs > newest.mtimeMs) newest = input;
  }
  if (builtAtMs === null) return "no build yet";
  if (newest !== null && newest.mtimeMs >= builtAtMs) return `${newest.path} changed since the build`;
  return null;
}

/**
 * Modification times of every build input under `root` (directories too: a deleted file changes its
 * directory's time). Skips excluded entries without descending into them.
 */
export function inputTimes(root: string): InputTime[] {
  const times: InputTime[] = [];
  const visit = (relative: string) => {
    if (relative !== "" && !isBuildInput(relative)) return;
    const full = relative === "" ? root : join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (relative !== "") times.push({ path: relative, mtimeMs: stat.mtimeMs });
    if (stat.isDirectory()) {
      for (const name of readdirSync(full)) visit(relative === "" ? name : `${relative}/${name}`);
    }
  };
  visit("");
  return times;
}

/**
 * The database a build was made against (`.next/hailong-database`): its citizens' pages are prerendered
 * from that database and cached beside the build, so a build made for another database (the tests'
 * throwaway one, say) would serve that database's pages. Written after each build by scripts/prepare.ts.
 */
export const BUILD_DATABASE_FILE = "hailong-database";

/**
 * Why a build made against `builtFor` cannot serve `databaseUrl` (null: it can); a build that does not
 * say (made by `next build` alone) may hold any database's pages. Pure.
 */
export function otherDatabaseBecause(builtFor: string | null, databaseUrl: string): string | null {
  if (builtFor === null) return "built for an unknown database";
  if (builtFor.trim() === databaseUrl) return null;
  return `built for another database (${builtFor.trim()})`;
}

/** What scripts/bundle-server.mjs writes after `next build` for server.mjs (the submission fast path). */
export const SERVER_BUNDLE = join(".next", "hailong", "fast-submissions.mjs");

/**
 * `staleBecause` for the checkout at `root` and its `.next/BUILD_ID` (a build without the server's bundle,
 * by `next build` alone, is no build), then the database it was built for.
 */
export function buildStaleBecause(root: string, databaseUrl?: string): string | null {
  const buildId = join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && !existsSync(join(root, SERVER_BUNDLE)))
    return "a build without the server's bundle";
  const stale = staleBecause(existsSync(buildId) ? statSync(buildId).mtimeMs : null, inputTimes(root));
  if (stale !== null || databaseUrl === undefined) return stale;
  const marker = join(root, ".next", BUILD_DATABASE_FILE);
  return otherDatabaseBecause(existsSync(marker) ? readFileSync(marker, "utf8") : null, databaseUrl);
}
