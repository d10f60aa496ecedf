import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import {
  defaultReportPeriod,
  parseReportPeriod,
  recentReportPeriods,
  reportPeriod,
  reportPeriodOf,
  reportPeriodState,
  reportPeriodTitle,
} from "./report-period";

describe("report periods", () => {
  it("turn a month, quarter, half and year into local day ranges with the period before", () => {
    expect(reportPeriod("month", 2026, 2)).toMatchObject({
      key: "thang-2026-02",
      from: "2026-02-01",
      to: "2026-02-28",
      previous: { from: "2026-01-01", to: "2026-01-31" },
    });
    expect(reportPeriod("month", 2026, 1).previous).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(reportPeriod("quarter", 2026, 4)).toMatchObject({
      key: "quy-2026-4",
      from: "2026-10-01",
      to: "2026-12-31",
      previous: { from: "2026-07-01", to: "2026-09-30" },
    });
    expect(reportPeriod("quarter", 2026, 1).previous).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(reportPeriod("half", 2026, 1)).toMatchObject({
      key: "6-thang-2026-1",
      from: "2026-01-01",
      to: "2026-06-30",
      previous: { from: "2025-07-01", to: "2025-12-31" },
    });
    expect(reportPeriod("year", 2024)).toMatchObject({
      key: "nam-2024",
      from: "2024-01-01",
      to: "2024-12-31",
      previous: { from: "2023-01-01", to: "2023-12-31" },
    });
    expect(reportPeriod("month", 2028, 2).to).toBe("2028-02-29");
    expect(() => reportPeriod("quarter", 2026, 5)).toThrow(RangeError);
  });

  it("find the period of a day", () => {
    expect(reportPeriodOf("quarter", "2026-12-06").key).toBe("quy-2026-4");
    expect(reportPeriodOf("half", "2026-07-01").key).toBe("6-thang-2026-2");
    expect(reportPeriodOf("month", "2026-12-06").key).toBe("thang-2026-12");
  });

  it("say the title words administrative reports use, in one language", () => {
    expect(reportPeriodTitle(reportPeriod("month", 2026, 11), "vi")).toBe("tháng 11 năm 2026");
    expect(reportPeriodTitle(reportPeriod("quarter", 2026, 4), "vi")).toBe("quý IV năm 2026");
    expect(reportPeriodTitle(reportPeriod("quarter", 2026, 2), "vi")).toBe("quý II năm 2026");
    expect(reportPeriodTitle(reportPeriod("half", 2026, 1), "vi")).toBe("6 tháng đầu năm 2026");
    expect(reportPeriodTitle(reportPeriod("half", 2026, 2), "vi")).toBe("6 tháng cuối năm 2026");
    expect(reportPeriodTitle(reportPeriod("year", 2026), "vi")).toBe("năm 2026");
    expect(reportPeriodTitle(reportPeriod("month", 2026, 11), "en")).toBe("November 2026");
    expect(reportPeriodTitle(reportPeriod("quarter", 2026, 4), "en")).toBe("the fourth quarter of 2026");
    expect(reportPeriodTitle(reportPeriod("half", 2026, 1), "en")).toBe("the first half of 2026");
  });

  it("parse the address's key and refuse bad or future periods, naming the parameter", () => {
    const today = "2026-12-06";
    for (const key of ["thang-2026-11", "quy-2026-4", "6-thang-2026-2", "nam-2026", "nam-2025"]) {
      const parsed = parseReportPeriod(key, today);
      expect(parsed.ok && parsed.period.key).toBe(key);
    }
    expect(parseReportPeriod("thang-2026-1", today)).toMatchObject({
      ok: true,
      period: { key: "thang-2026-01" },
    });
    for (const bad of [
      "",
      "quy-2026",
      "quy-2026-5",
      "thang-2026-13",
      "thang-2026-0",
      "6-thang-2026-3",
      "tuan-2026-1",
    ]) {
      const parsed = parseReportPeriod(bad, today);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(say("vi", parsed.problem)).toMatch(/^ky: kỳ báo cáo không hợp lệ/);
    }
    const future = parseReportPeriod("quy-2027-1", today);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(say("en", future.problem)).toBe("ky: the report period has not begun.");
  });

  it("mark the current period as partial through today", () => {
    const today = "2026-12-06";
    expect(reportPeriodState(reportPeriod("quarter", 2026, 4), today)).toEqual({
      state: "partial",
      through: "2026-12-06",
    });
    expect(reportPeriodState(reportPeriod("quarter", 2026, 3), today)).toEqual({ state: "complete" });
  });

  it("offer the latest periods of each kind, the current one first, and default to the last full quarter", () => {
    const choices = recentReportPeriods("2026-12-06", { month: 3, quarter: 2, half: 2, year: 2 });
    expect(choices.map((c) => [c.kind, c.periods.map((p) => p.key)])).toEqual([
      ["month", ["thang-2026-12", "thang-2026-11", "thang-2026-10"]],
      ["quarter", ["quy-2026-4", "quy-2026-3"]],
      ["half", ["6-thang-2026-2", "6-thang-2026-1"]],
      ["year", ["nam-2026", "nam-2025"]],
    ]);
    expect(defaultReportPeriod("2026-12-06").key).toBe("quy-2026-3");
    expect(defaultReportPeriod("2026-02-10").key).toBe("quy-2025-4");
  });
});
