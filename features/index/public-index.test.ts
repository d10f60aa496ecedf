import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import { zodFieldErrors } from "@/lib/http";
import { periodLabel } from "./dashboard-params";
import type { Figure } from "./index-engine";
import {
  boardParams,
  boardPeriod,
  chosenPeriod,
  feedQuerySchema,
  feedRange,
  lastFullMonth,
  periodChoice,
  publicFigure,
  recentPeriods,
} from "./public-index";
import { summarize } from "./satisfaction-index";

const TODAY = "2026-11-30";

const figure = (dist: number[], minN = 30): Figure => ({ ...summarize(dist, minN), rollup: "pooled" });

describe("board period", () => {
  it("names each offered period with one chooser value and reads it back; junk is the latest month", () => {
    const offered = recentPeriods(TODAY);
    const values = offered.map(periodChoice);
    expect(new Set(values).size).toBe(offered.length);
    expect(values.slice(0, 1)).toEqual(["ky=thang&thang=2026-10"]);
    for (const [i, value] of values.entries()) {
      expect(chosenPeriod(value, TODAY)).toMatchObject({ from: offered[i]?.from, to: offered[i]?.to });
    }
    for (const junk of ["", "%%%", "ky=thang&thang=2026-13", "thang=2026-10&ky=tuan"]) {
      expect(chosenPeriod(junk, TODAY)).toMatchObject({ kind: "thang", from: "2026-10-01" });
    }
  });

  it("defaults to the latest full month, also for an invalid month", () => {
    expect(lastFullMonth("2026-01-05")).toBe("2025-12");
    for (const params of [{}, { ky: "thang", thang: "2026-13" }, { ky: "tuy-chon", tu: "2026-01-01" }]) {
      expect(boardPeriod(params, TODAY)).toMatchObject({
        kind: "thang",
        from: "2026-10-01",
        to: "2026-10-31",
      });
    }
  });

  it("reads quarters and years, and writes them back", () => {
    const quarter = boardPeriod({ ky: "quy", nam: "2026", quy: "3" }, TODAY);
    expect([quarter.from, quarter.to]).toEqual(["2026-07-01", "2026-09-30"]);
    expect(boardParams(quarter)).toEqual({ ky: "quy", nam: "2026", quy: "3" });
    const year = boardPeriod({ ky: "nam", nam: "2025" }, TODAY);
    expect([year.from, year.to]).toEqual(["2025-01-01", "2025-12-31"]);
    expect(boardParams(year)).toEqual({ ky: "nam", nam: "2025" });
    expect(boardParams(boardPeriod({}, TODAY))).toEqual({ ky: "thang", thang: "2026-10" });
    expect([periodLabel(quarter, "vi"), periodLabel(quarter, "en")]).toEqual(["Quý 3/2026", "Q3 2026"]);
    expect(periodLabel(boardPeriod({}, TODAY), "en")).toBe("October 2026");
  });

  it("offers six months, four quarters and three years, all finished or current", () => {
    const offered = recentPeriods(TODAY);
    expect(offered.map((p) => p.kind)).toEqual([
      ...Array(6).fill("thang"),
      ...Array(4).fill("quy"),
      ...Array(3).fill("nam"),
    ]);
    expect(offered[0]?.from).toBe("2026-10-01");
    expect(offered.filter((p) => p.kind === "quy").map((p) => p.from)).toEqual([
      "2026-10-01",
      "2026-07-01",
      "2026-04-01",
      "2026-01-01",
    ]);
  });
});

describe("feed query", () => {
  const errors = (input: Record<string, string>) => {
    const parsed = feedQuerySchema.safeParse(input);
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };

  it("accepts a unit with both days or neither", () => {
    const q = feedQuerySchema.parse({ unit: "12", from: "2026-01-01", to: "2026-12-31", extra: "x" });
    expect(feedRange(q, TODAY)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(feedRange(feedQuerySchema.parse({ unit: "3" }), TODAY)).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
    });
  });

  it("names the bad field with a key of the catalogue, said in Vietnamese or English", () => {
    expect(Object.keys(errors({}))).toEqual(["unit"]);
    expect(Object.keys(errors({ unit: "0" }))).toEqual(["unit"]);
    expect(Object.keys(errors({ unit: "abc" }))).toEqual(["unit"]);
    expect(Object.keys(errors({ unit: "1", from: "2026-02-30", to: "2026-03-01" }))).toEqual(["from"]);
    expect(Object.keys(errors({ unit: "1", from: "2026-03-01" }))).toEqual(["to"]);
    expect(Object.keys(errors({ unit: "1", from: "01/01/2026", to: "2026-99-99" }))).toEqual(["from", "to"]);
    const after = errors({ unit: "1", from: "2026-03-02", to: "2026-03-01" }).from;
    expect(after).toEqual({ key: "index.feed.errors.fromAfterTo" });
    expect(say("vi", { key: "index.feed.errors.fromAfterTo", values: { field: "from" } })).toMatch(
      /from.*sau/,
    );
    expect(say("en", { key: "index.feed.errors.fromAfterTo", values: { field: "from" } })).toBe(
      "from is after to",
    );
    expect(errors({ unit: "1", from: "2025-01-01", to: "2026-01-02" }).to).toEqual({
      key: "index.feed.errors.tooLong",
    });
    expect(errors({ unit: "1", from: "2025-01-01", to: "2025-12-31" })).toEqual({});
    expect(errors({ unit: "1", from: "2024-01-01", to: "2024-12-31" })).toEqual({});
  });
});

describe("publicFigure", () => {
  it("publishes the index with two decimals, the interval and labelled levels", () => {
    const published = publicFigure(figure([10, 3, 37]));
    expect(published).toMatchObject({
      n: 50,
      satisfied: 40,
      index: 80,
      indexText: "80.00",
      enoughSamples: true,
    });
    expect(published.wilson?.low.toFixed(2)).toBe("66.96");
    expect(published.distribution.map((d) => [d.level, d.label.vi, d.count])).toEqual([
      [1, "Không hài lòng", 10],
      [2, "Hài lòng", 3],
      [3, "Rất hài lòng", 37],
    ]);
  });

  it("publishes no index or interval below the minimum n", () => {
    const published = publicFigure(figure([3, 1, 4]));
    expect(published).toMatchObject({
      n: 8,
      satisfied: 5,
      index: null,
      indexText: "chưa đủ lượt đánh giá",
      wilson: null,
    });
    expect(published.enoughSamples).toBe(false);
    expect(publicFigure(figure([0, 0, 0])).indexText).toBe("chưa đủ lượt đánh giá");
  });
});
