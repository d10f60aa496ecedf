import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { languages } from "./locales";
import { messages } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The names of a message's ICU arguments (`{count, plural, …}`, `{name}`), not its plural branches' text. */
function argumentsOf(message: string): string[] {
  const found = [
    ...message.matchAll(/(zero|one|two|few|many|other|=\d+)?\s*\{\s*([A-Za-z_]\w*)\s*(?=[,}])/g),
  ];
  return [...new Set(found.filter((m) => !m[1]).map((m) => m[2] ?? ""))].sort();
}

describe("the message catalogue", () => {
  const vi = leaves(messages.vi as unknown as Tree);
  const en = leaves(messages.en as unknown as Tree);

  it("has the same keys in Vietnamese and English", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    expect(vi.size).toBeGreaterThan(10);
  });

  it("gives every message the same arguments in both languages, and no empty message", () => {
    for (const [key, message] of vi) {
      expect(message.trim(), key).not.toBe("");
      expect(argumentsOf(en.get(key) ?? ""), key).toEqual(argumentsOf(message));
    }
  });

  it("compiles and renders every message in both languages", () => {
    for (const lang of languages) {
      const errors: string[] = [];
      const t = createTranslator({
        locale: lang,
        messages: messages[lang],
        timeZone: "Asia/Ho_Chi_Minh",
        onError: (error) => errors.push(error.message),
      }) as unknown as (key: string, values?: Record<string, unknown>) => string;
      for (const [key, message] of lang === "vi" ? vi : en) {
        const values = Object.fromEntries(argumentsOf(message).map((name) => [name, 2]));
        const said = t(key, values);
        expect(said, `${lang} ${key}`).not.toBe(key);
      }
      expect(errors, lang).toEqual([]);
    }
  });

  it("keeps English out of Vietnamese messages' combined form (no “Tiếng Việt / English”)", () => {
    for (const [key, message] of vi) {
      expect(message, key).not.toMatch(/[à-ỹ][^/]*\s\/\s[A-Z][a-z]+/);
    }
  });
});
