import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

/**
 * The import direction (docs/ARCHITECTURE.md, `.dependency-cruiser.cjs`) is checked by the very command
 * `npm test` runs: a module planted on the wrong side of a rule fails it, and the list of known violations
 * (code not yet moved into its feature) holds only violations that still exist, so it can only shrink.
 */

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;

async function lintImports(extra: string[] = []): Promise<{ code: number; output: string }> {
  const command = `${scripts["lint:imports"]} ${extra.join(" ")}`.trim().replace(/^depcruise /, "");
  try {
    const { stdout, stderr } = await run(join(root, "node_modules/.bin/depcruise"), command.split(/\s+/), {
      cwd: root,
      // The JSON report of the whole tree is over execFile's 1 MB default: a cut report is no report.
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const planted: string[] = [];
function plant(path: string, text: string): void {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  planted.push(full);
}

afterEach(() => {
  for (const path of planted.splice(0)) rmSync(join(path, ".."), { recursive: true, force: true });
});

describe("the import rule run by npm test", () => {
  it("passes on the tree as committed", async () => {
    const { code, output } = await lintImports();
    expect(output).toContain("no dependency violations found");
    expect(code).toBe(0);
  });

  it("fails on a route that imports the database", async () => {
    plant("app/__planted__/route-helper.ts", 'export { getDb } from "@/db/client";\n');
    const { code, output } = await lintImports();
    expect(code).not.toBe(0);
    expect(output).toMatch(/routes-not-database: app\/__planted__\/route-helper\.ts → db\/client\.ts/);
  });

  it("fails on infrastructure that imports a feature and on a component that imports a route", async () => {
    plant("db/__planted__/up.ts", 'export * from "@/features/__planted__/model";\n');
    plant("features/__planted__/model.ts", "export const answer = 42;\n");
    plant("components/__planted__/widget.tsx", 'export { DemoBanner } from "@/app/demo-banner";\n');
    const { code, output } = await lintImports();
    expect(code).not.toBe(0);
    expect(output).toContain("database-is-infrastructure: db/__planted__/up.ts");
    expect(output).toContain("components-not-routes: components/__planted__/widget.tsx");
  });

  it("fails on the message catalogue's code importing anything above it", async () => {
    plant("i18n/__planted__/words.ts", 'export { env } from "@/lib/env";\n');
    const { code, output } = await lintImports();
    expect(code).not.toBe(0);
    expect(output).toContain("i18n-is-the-floor: i18n/__planted__/words.ts → lib/env.ts");
  });

  it("fails on a cycle", async () => {
    plant("lib/__planted__/a.ts", 'import { b } from "./b";\nexport const a = () => b();\n');
    plant("lib/__planted__/b.ts", 'import { a } from "./a";\nexport const b = (): unknown => a;\n');
    const { code, output } = await lintImports();
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-circular: lib\/__planted__\/[ab]\.ts/);
  });

  it("lists as known only violations that still exist", async () => {
    const known = JSON.parse(
      readFileSync(join(root, ".dependency-cruiser-known-violations.json"), "utf8"),
    ) as Array<{ from: string; to: string; rule: { name: string } }>;
    const { output } = await lintImports(["--no-ignore-known", "--output-type", "json"]);
    const found = (
      JSON.parse(output) as {
        summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> };
      }
    ).summary.violations;
    const key = (v: { from: string; to: string; rule: { name: string } }) =>
      `${v.rule.name} ${v.from} → ${v.to}`;
    const current = new Set(found.map(key));
    expect(known.map(key).filter((k) => !current.has(k))).toEqual([]);
  });
});
