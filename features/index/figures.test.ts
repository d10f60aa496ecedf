import { describe, expect, it } from "vitest";
import {
  changeText,
  figureColumns,
  formatIndex,
  indexCell,
  indexLabel,
  indexText,
  intervalText,
  notEnoughAnswers,
  percentText,
  publishedIndex,
  publishedIndexText,
  rulesText,
  serviceIndexLabel,
} from "./figures";

describe("formatIndex", () => {
  it("formats per locale with two decimals", () => {
    expect(formatIndex(80, "vi")).toBe("80,00");
    expect(formatIndex(80, "en")).toBe("80.00");
    expect(formatIndex(100, "vi")).toBe("100,00");
    expect(formatIndex(200 / 3, "vi")).toBe("66,67");
  });

  it("shows a dash for null", () => {
    expect(formatIndex(null, "vi")).toBe("—");
    expect(formatIndex(null, "en")).toBe("—");
  });

  it("rejects non-finite values when formatting", () => {
    expect(() => formatIndex(Number.NaN, "en")).toThrow(RangeError);
  });
});

describe("the display rule", () => {
  const enough = { index: 80, enoughSamples: true };
  const below = { index: 62.5, enoughSamples: false };
  const none = { index: null, enoughSamples: false };

  it("publishes an index only at or above the minimum n", () => {
    expect([publishedIndex(enough), publishedIndex(below), publishedIndex(none)]).toEqual([80, null, null]);
    expect(publishedIndex(undefined)).toBeNull();
  });

  it("writes the not-enough phrase instead of a number below the minimum n, everywhere", () => {
    expect(indexText(below.index, below.enoughSamples)).toBe("chưa đủ lượt đánh giá");
    expect(indexText(below.index, below.enoughSamples, "en")).toBe(notEnoughAnswers("en"));
    expect(publishedIndexText(below, "vi")).toBe("chưa đủ lượt đánh giá");
    expect(indexCell(below.index, below.enoughSamples)).toBe("chưa đủ lượt đánh giá");
    expect(intervalText({ low: 30.57, high: 86.32 }, below.enoughSamples)).toBe("—");
  });

  it("tells a figure without answers apart on managers' pages and in files, not on public ones", () => {
    expect(indexText(none.index, none.enoughSamples)).toBe("—");
    expect(indexCell(none.index, none.enoughSamples)).toBeNull();
    expect(publishedIndexText(none, "vi")).toBe("chưa đủ lượt đánh giá");
    expect(publishedIndexText(undefined, "en")).toBe(notEnoughAnswers("en"));
  });

  it("writes a shown index in the page's language, in files as a rounded number", () => {
    expect(indexText(200 / 3, true)).toBe("66,67");
    expect(indexText(200 / 3, true, "vi", "%")).toBe("66,67%");
    expect(publishedIndexText({ index: 200 / 3, enoughSamples: true }, "en")).toBe("66.67");
    expect(publishedIndexText({ index: 200 / 3, enoughSamples: true }, "vi", "en")).toBe("66.67");
    expect(indexCell(200 / 3, true)).toBe(66.67);
    expect(percentText(95)).toBe("95,00%");
    expect(intervalText({ low: 66.96, high: 88.76 }, true, "en")).toBe("66.96 – 88.76");
  });
});

describe("phrases of the index", () => {
  it("says a change and the rules in the reader's language", () => {
    expect(changeText(1.234, "vi")).toBe("+1,23 điểm");
    expect(changeText(-1.234, "en")).toBe("−1.23 points");
    expect(changeText(null, "en")).toBe("—");
    expect(rulesText({ rollup: "pooled", minN: 30 }, "vi")).toContain("Dưới 30 lượt trả lời");
    expect(rulesText({ rollup: "mean", minN: 30 }, "en")).toContain("Under 30 answers");
  });

  it("names the quick figure a satisfaction rate and keeps the SIPAS structure for the five-element index", () => {
    expect(indexLabel("vi")).toBe("Tỷ lệ hài lòng (đánh giá nhanh)");
    expect(indexLabel("en")).toBe("Satisfaction rate (quick rating)");
    expect(figureColumns("vi").index).toBe("Tỷ lệ hài lòng (%)");
    for (const lang of ["vi", "en"] as const) {
      expect(`${indexLabel(lang)} ${figureColumns(lang).index}`).not.toMatch(/SIPAS/);
    }
    expect(serviceIndexLabel("vi")).toBe("Chỉ số hài lòng (theo cấu trúc SIPAS)");
    expect(serviceIndexLabel("en")).toBe("Satisfaction index (SIPAS structure)");
  });
});
