import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSurveyScript, PATH_FILE, SCRIPT_FILE } from "./survey-script";

const root = join(import.meta.dirname, "..");

describe("the survey pages' own script", () => {
  const built = buildSurveyScript(root);

  it("is up to date with its sources (run `npm run build:survey-script`)", () => {
    expect(readFileSync(join(root, SCRIPT_FILE), "utf8")).toBe(built.script);
    expect(readFileSync(join(root, PATH_FILE), "utf8")).toBe(built.pathModule);
  });

  it("joins the shared rules in one scope, with no module syntax left, and stays small", () => {
    expect(built.script).toContain("function flushQueue(");
    expect(built.script).toContain("function answersOf(");
    expect(built.script).not.toMatch(/^\s*(import|export)\b/m);
    expect(() => new Function(built.script)).not.toThrow();
    expect(built.script.length).toBeLessThan(12_000);
  });
});
