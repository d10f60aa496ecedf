import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import { reviewHref, reviewPeriod, windowLength } from "./abnormal-answers";

describe("abnormal answers review", () => {
  it("names windows as managers say them", () => {
    const said = (lang: "vi" | "en") =>
      [10, 60, 90, 1440, 2880].map((minutes) => {
        const { unit, count } = windowLength(minutes);
        return say(lang, { key: `bursts.window.${unit}`, values: { count } });
      });
    expect(said("vi")).toEqual(["10 phút", "1 giờ", "90 phút", "1 ngày", "2 ngày"]);
    expect(said("en")).toEqual(["10 minutes", "1 hour", "90 minutes", "1 day", "2 days"]);
  });

  it("takes the dashboard's period when it is valid, else the last 30 days", () => {
    const now = new Date("2026-12-06T03:00:00Z");
    expect(reviewPeriod({ tu: "2026-11-01", den: "2026-11-30" }, now)).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
    });
    const fallback = { from: "2026-11-07", to: "2026-12-06" };
    for (const bad of [
      { tu: "2026-11-30", den: "2026-11-01" },
      { tu: "2026-13-01", den: "2026-13-02" },
      { tu: "2024-01-01", den: "2026-01-01" },
      { tu: ["2026-11-01"], den: "2026-11-30" },
      {},
    ]) {
      expect(reviewPeriod(bad, now)).toEqual(fallback);
    }
    expect(reviewHref({ from: "2026-11-01", to: "2026-11-30" })).toBe(
      "/quan-ly/phieu-gan-co?tu=2026-11-01&den=2026-11-30",
    );
  });
});
