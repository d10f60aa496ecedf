import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import { elementsToText, parseElementsText } from "./instrument-text";
import { instrumentDefinitionSchema, serviceInstrument } from "./instruments";

describe("questionnaire text", () => {
  it("numbers elements and items as the national questionnaire does", () => {
    const parsed = parseElementsText(
      "# Tiếp cận | Access\n- Biển chỉ dẫn rõ ràng | Clear signs\n- Sạch sẽ\n\n# Công chức\n- Lịch sự | Polite",
    );
    expect(parsed).toEqual({
      ok: true,
      elements: [
        {
          key: "I",
          title: { vi: "Tiếp cận", en: "Access" },
          items: [
            { key: "I.1", text: { vi: "Biển chỉ dẫn rõ ràng", en: "Clear signs" } },
            { key: "I.2", text: { vi: "Sạch sẽ", en: "Sạch sẽ" } },
          ],
        },
        {
          key: "II",
          title: { vi: "Công chức", en: "Công chức" },
          items: [{ key: "II.1", text: { vi: "Lịch sự", en: "Polite" } }],
        },
      ],
    });
  });

  it("round-trips the national questionnaire", () => {
    const parsed = parseElementsText(elementsToText(serviceInstrument.elements));
    expect(parsed.ok && parsed.elements).toEqual(serviceInstrument.elements);
    if (!parsed.ok) return;
    expect(
      instrumentDefinitionSchema.safeParse({ ...serviceInstrument, elements: parsed.elements }).success,
    ).toBe(true);
  });

  it.each([
    ["", /^Cần ít nhất một yếu tố có câu hỏi\.$/],
    ["- Câu hỏi không có yếu tố", /Dòng 1: câu hỏi phải nằm dưới một yếu tố/],
    ["# Yếu tố\nCâu không có dấu", /Dòng 2: bắt đầu bằng #/],
    ["# Yếu tố trống\n# Yếu tố hai\n- Câu", /Yếu tố “Yếu tố trống” chưa có câu hỏi/],
    ["# Yếu tố\n- ", /Dòng 2: thiếu nội dung/],
    [`# Yếu tố\n- ${"x".repeat(501)}`, /Dòng 2: tối đa 500 ký tự/],
  ])("refuses %j with a message naming the line", (text, message) => {
    const parsed = parseElementsText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(say("vi", parsed.error)).toMatch(message);
  });

  it("says its mistakes in English too", () => {
    const parsed = parseElementsText("# Element\nNo mark");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(say("en", parsed.error)).toBe("Line 2: start with # (an element) or - (a question).");
    }
  });
});
