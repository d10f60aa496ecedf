import { type Phrase, phrase } from "@/i18n/phrase";
import type { InstrumentDefinition } from "./instruments";

/**
 * The plain-text form staff use to write a questionnaire: one element per "#" line, one item per "-"
 * line, English after " | " (optional: Vietnamese is used when it is missing).
 *
 *   # Tiếp cận dịch vụ | Access to the service
 *   - Nơi làm việc có biển chỉ dẫn rõ ràng | The office has clear signs
 *
 * Element keys are Roman numerals (I, II, …) and item keys "I.1", "I.2", … in order, as in the national
 * questionnaire.
 */
export type ParsedElements =
  | { ok: true; elements: InstrumentDefinition["elements"] }
  | { ok: false; error: Phrase };

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const MAX_TEXT = 500;
const MAX_ITEMS = 20;

function bilingual(text: string): { vi: string; en: string } {
  const [vi = "", en = ""] = text.split(" | ").map((s) => s.trim());
  return { vi, en: en || vi };
}

export function parseElementsText(text: string): ParsedElements {
  const elements: InstrumentDefinition["elements"] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    const lineNo = i + 1;
    if (line === "") continue;
    const body = line.slice(1).trim();
    if (line.startsWith("#") || line.startsWith("-")) {
      const label = bilingual(body);
      if (!label.vi)
        return { ok: false, error: phrase("instruments.errors.text.emptyLine", { line: lineNo }) };
      if (label.vi.length > MAX_TEXT || label.en.length > MAX_TEXT) {
        return {
          ok: false,
          error: phrase("instruments.errors.text.lineTooLong", { line: lineNo, max: MAX_TEXT }),
        };
      }
      if (line.startsWith("#")) {
        const key = ROMAN[elements.length];
        if (!key) {
          return {
            ok: false,
            error: phrase("instruments.errors.text.tooManyElements", { max: ROMAN.length }),
          };
        }
        elements.push({ key, title: label, items: [] });
      } else {
        const element = elements.at(-1);
        if (!element) {
          return { ok: false, error: phrase("instruments.errors.text.itemOutsideElement", { line: lineNo }) };
        }
        if (element.items.length >= MAX_ITEMS) {
          return {
            ok: false,
            error: phrase("instruments.errors.text.tooManyItems", { line: lineNo, max: MAX_ITEMS }),
          };
        }
        element.items.push({ key: `${element.key}.${element.items.length + 1}`, text: label });
      }
    } else {
      return { ok: false, error: phrase("instruments.errors.text.badLine", { line: lineNo }) };
    }
  }
  if (elements.length === 0) {
    return { ok: false, error: phrase("instruments.errors.text.noElements") };
  }
  const empty = elements.find((e) => e.items.length === 0);
  if (empty) {
    return {
      ok: false,
      error: phrase("instruments.errors.text.elementWithoutItems", { element: empty.title.vi }),
    };
  }
  return { ok: true, elements };
}

/** The text form of a definition's elements, to start a new version from it. */
export function elementsToText(elements: InstrumentDefinition["elements"]): string {
  const label = (l: { vi: string; en: string }) => (l.en && l.en !== l.vi ? `${l.vi} | ${l.en}` : l.vi);
  return elements
    .map((e) => [`# ${label(e.title)}`, ...e.items.map((i) => `- ${label(i.text)}`)].join("\n"))
    .join("\n\n");
}
