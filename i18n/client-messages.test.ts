import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";
import { messages } from "./messages";

const root = join(import.meta.dirname, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the catalogue sent to managers' client components", () => {
  it("holds every part a client component reads", () => {
    const read = new Set<string>();
    for (const file of ["app", "components", "features"].flatMap((d) => files(join(root, d)))) {
      const text = readFileSync(file, "utf8");
      const client =
        /^["']use client["']/m.test(text) || relative(root, file) === "components/form/field.tsx";
      if (!client) continue;
      for (const m of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) read.add(m[1] ?? "");
      expect(text, relative(root, file)).not.toMatch(/useTranslations\(\s*\)/);
    }
    expect(read.size).toBeGreaterThan(5);
    const covered = (ns: string) => CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));
    expect([...read].filter((ns) => !covered(ns))).toEqual([]);
  });

  it("carries those parts, in both languages, and nothing else", () => {
    for (const lang of ["vi", "en"] as const) {
      const picked = clientMessages(lang) as Record<string, unknown>;
      expect(Object.keys(picked).sort()).toEqual(
        [...new Set(CLIENT_NAMESPACES.map((n) => n.split(".")[0]))].sort(),
      );
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages[lang]).length / 2);
    }
    expect((clientMessages("en") as { common: { form: { unit: string } } }).common.form.unit).toBe("Unit");
  });
});
