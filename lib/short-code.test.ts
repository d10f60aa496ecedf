import { describe, expect, it } from "vitest";
import { normalizeShortCode, randomShortCode, SHORT_CODE_ALPHABET } from "./short-code";

describe("short codes", () => {
  it("normalizes case and whitespace", () => {
    expect(normalizeShortCode(" ab2cd3 ")).toBe("AB2CD3");
  });
  it("rejects characters that are easy to misread or unsafe", () => {
    for (const bad of ["AB0CD3", "ABICD3", "../etc", "", "A", "AB CD3", "ĐĂNGKÝ"]) {
      expect(normalizeShortCode(bad)).toBeNull();
    }
  });
  it("generates codes from the alphabet only", () => {
    for (let i = 0; i < 200; i++) {
      const code = randomShortCode();
      expect(code).toHaveLength(6);
      expect([...code].every((c) => SHORT_CODE_ALPHABET.includes(c))).toBe(true);
      expect(normalizeShortCode(code)).toBe(code);
    }
  });
});
