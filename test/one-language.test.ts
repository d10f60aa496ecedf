import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/i18n/phrase";

// One language per screen (docs/I18N.md): the product's text lives in messages/<lang>/*.json. These checks
// keep code from growing its own copies again: no phrase written in both languages at once
// ("Tổng quan / Overview"), and no component choosing its text with `lang === "vi" ? … : …`.

const root = join(import.meta.dirname, "..");
const SCANNED = ["app", "components", "features", "lib", "server"];
// Demo and fixture data are content, not interface text; start-up errors of a misconfigured server are
// for the operator's console, before the app (and a reader's language) exists.
const SKIPPED = /(^|\/)(features\/demo|node_modules)(\/|$)|\.test\.tsx?$|^lib\/(env|secret-file)\.ts$/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(root, path);
    if (SKIPPED.test(rel)) continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Code without its comments, so a comment may quote a phrase. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const COMBINED = /[À-ỹ][^"'`\n<>{}]{0,80}\s\/\s[A-Za-z][a-z]+/u;
// A ternary on the language whose branch is text: a string with a space or a Vietnamese letter, or an
// element with text in it (choosing an address, a language code or a date's order is not text).
const CHOOSING =
  /lang\s*===\s*"(vi|en)"\s*\?\s*(["'`](?!<)[^"'`]*[\sÀ-ỹ]|\(?\s*<[a-z]+[^>]*[^/]>[^<{]*[A-Za-zÀ-ỹ])/u;

const TEXT_AS_MESSAGE = /(error|message):\s*["'`][^"'`]*[À-ỹ]/u;

describe("one language system", () => {
  const files = SCANNED.flatMap((dir) => sources(join(root, dir)));
  const code = files.map((file) => ({
    file: relative(root, file),
    lines: withoutComments(readFileSync(file, "utf8")).split("\n"),
  }));
  /** Every line of code (comments aside) that matches, with its file. */
  const linesMatching = (pattern: RegExp) =>
    code.flatMap(({ file, lines }) =>
      lines.filter((line) => pattern.test(line)).map((line) => `${file}: ${line.trim()}`),
    );

  it("scans the code", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("writes no phrase in Vietnamese and English at once", () => {
    expect(linesMatching(COMBINED)).toEqual([]);
  });

  it("lets no code choose its text by language (the catalogue does)", () => {
    expect(linesMatching(CHOOSING)).toEqual([]);
  });

  it("gives schemas and results catalogue keys, not Vietnamese text", () => {
    expect(linesMatching(TEXT_AS_MESSAGE)).toEqual([]);
  });

  it("names only keys the catalogue has (schemas' messages are plain strings, not checked by the types)", () => {
    const KEY_AS_MESSAGE = /(?:error|message):\s*"([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)"/g;
    const named = code.flatMap(({ file, lines }) =>
      lines.flatMap((line) => [...line.matchAll(KEY_AS_MESSAGE)].map((m) => ({ file, key: m[1] ?? "" }))),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter(({ key }) => !isMessageKey(key))).toEqual([]);
  });

  it("finds what it looks for (each pattern on a planted line)", () => {
    expect(COMBINED.test('label: "Tổng quan / Overview"')).toBe(true);
    expect(CHOOSING.test('{lang === "vi" ? "Tìm kiếm" : "Search"}')).toBe(true);
    expect(CHOOSING.test('const other = lang === "vi" ? "en" : "vi";')).toBe(false);
    expect(TEXT_AS_MESSAGE.test('z.string().min(1, { error: "Vui lòng nhập tên" })')).toBe(true);
    expect(TEXT_AS_MESSAGE.test('z.string().min(1, { error: "staff.errors.nameRequired" })')).toBe(false);
  });
});
