import { describe, expect, it } from "vitest";
import { rtfDocument } from "./rtf";

describe("rtfDocument", () => {
  it("escapes Vietnamese letters and RTF control characters", () => {
    const doc = rtfDocument("Tờ khai", ["a{b}\\c", "Đ"]);
    expect(doc.startsWith("{\\rtf1")).toBe(true);
    expect(doc).toContain("T\\u7901?");
    expect(doc).toContain("a\\{b\\}\\\\c");
    expect(doc).toContain("\\u272?");
    expect([...doc].every((c) => c.charCodeAt(0) < 128)).toBe(true);
  });
});
