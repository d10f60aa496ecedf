import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSurveyScript, PATH_FILE, SCRIPT_FILE } from "./survey-script";

const root = join(import.meta.dirname, "..");

describe("the survey pages' own script", () => {
  let built: Awaited<ReturnType<typeof buildSurveyScript>>;
  beforeAll(async () => {
    built = await buildSurveyScript(root);
  });

  it("is up to date with its sources (run `npm run build:survey-script`)", () => {
    expect(readFileSync(join(root, SCRIPT_FILE), "utf8")).toBe(built.script);
    expect(readFileSync(join(root, PATH_FILE), "utf8")).toBe(built.pathModule);
  });

  it("bundles the shared rules in one scope, with no module syntax left, and stays small", () => {
    expect(built.script).toMatch(/function flushQueue\d*\(/);
    expect(built.script).toMatch(/function answersOf\d*\(/);
    expect(built.script).not.toMatch(/^\s*(import|export)\b/m);
    expect(() => new Function(built.script)).not.toThrow();
    expect(built.script.length).toBeLessThan(12_000);
  });
});
