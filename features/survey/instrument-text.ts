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
  | { ok: false; error: string };

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const MAX_TEXT = 500;

function bilingual(text: string): { vi: string; en: string } {
  const [vi = "", en = ""] = text.split(" | ").map((s) => s.trim());
  return { vi, en: en || vi };
}

export function parseElementsText(text: string): ParsedElements {
  const elements: InstrumentDefinition["elements"] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    const where = `Dòng ${i + 1}`;
    if (line === "") continue;
    const body = line.slice(1).trim();
    if (line.startsWith("#") || line.startsWith("-")) {
      const label = bilingual(body);
      if (!label.vi) return { ok: false, error: `${where}: thiếu nội dung / line ${i + 1} is empty` };
      if (label.vi.length > MAX_TEXT || label.en.length > MAX_TEXT) {
        return { ok: false, error: `${where}: tối đa ${MAX_TEXT} ký tự / line ${i + 1} is too long` };
      }
      if (line.startsWith("#")) {
        const key = ROMAN[elements.length];
        if (!key)
          return { ok: false, error: `Tối đa ${ROMAN.length} yếu tố / at most ${ROMAN.length} elements` };
        elements.push({ key, title: label, items: [] });
      } else {
        const element = elements.at(-1);
        if (!element) {
          return {
            ok: false,
            error: `${where}: câu hỏi phải nằm dưới một yếu tố (dòng bắt đầu bằng #) / line ${i + 1}: put items under an element`,
          };
        }
        if (element.items.length >= 20) {
          return {
            ok: false,
            error: `${where}: tối đa 20 câu hỏi mỗi yếu tố / at most 20 items per element`,
          };
        }
        element.items.push({ key: `${element.key}.${element.items.length + 1}`, text: label });
      }
    } else {
      return {
        ok: false,
        error: `${where}: bắt đầu bằng # (yếu tố) hoặc - (câu hỏi) / line ${i + 1}: start with # or -`,
      };
    }
  }
  if (elements.length === 0) {
    return { ok: false, error: "Cần ít nhất một yếu tố có câu hỏi / add at least one element with items" };
  }
  const empty = elements.find((e) => e.items.length === 0);
  if (empty) {
    return { ok: false, error: `Yếu tố “${empty.title.vi}” chưa có câu hỏi / element has no items` };
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
