import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForSearch, toFtsQuery } from "./search-text";

describe("search text", () => {
  it("folds Vietnamese diacritics, đ and case", () => {
    expect(normalizeForSearch("Đăng ký khai sinh")).toBe("dang ky khai sinh");
    expect(normalizeForSearch("CHỨNG THỰC BẢN SAO")).toBe("chung thuc ban sao");
    expect(normalizeForSearch("Hộ tịch")).toBe(normalizeForSearch("ho tich"));
  });
  it("builds prefix queries and splits codes like the index does", () => {
    expect(toFtsQuery("dang ky khai sinh")).toBe('"dang"* "ky"* "khai"* "sinh"*');
    expect(toFtsQuery("1.001193")).toBe('"1"* "001193"*');
    expect(toFtsQuery(" ,.;")).toBeNull();
  });
  it("never lets FTS syntax through", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = toFtsQuery(s);
        if (q === null) return;
        expect(q).toMatch(/^("[\p{L}\p{N}]+"\* ?)+$/u);
      }),
    );
  });
});
