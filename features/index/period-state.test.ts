import { describe, expect, it } from "vitest";
import { localDay } from "@/lib/time";
import { parseDashboardQuery } from "./dashboard-params";
import { monthState, partialThrough, periodState } from "./period-state";

describe("periodState: whether a period is over, on local days", () => {
  it("a month six days in is partial, through today; the month before is complete", () => {
    expect(monthState("2026-12", "2026-12-06")).toEqual({ state: "partial", through: "2026-12-06" });
    expect(monthState("2026-11", "2026-12-06")).toEqual({ state: "complete" });
    expect(monthState("2027-01", "2026-12-06")).toEqual({ state: "future" });
  });

  it("its first and its last day are partial: the day is not over", () => {
    expect(monthState("2026-12", "2026-12-01").state).toBe("partial");
    expect(monthState("2026-12", "2026-12-31").state).toBe("partial");
    expect(monthState("2026-02", "2026-02-28").state).toBe("partial");
    expect(monthState("2026-02", "2026-03-01").state).toBe("complete");
  });

  it("quarters, years and custom ranges follow the same rule", () => {
    const today = "2026-12-06";
    const q4 = parseDashboardQuery({ ky: "quy", quy: "4", nam: "2026" }, today).period;
    const q3 = parseDashboardQuery({ ky: "quy", quy: "3", nam: "2026" }, today).period;
    const year = parseDashboardQuery({ ky: "nam", nam: "2025" }, today).period;
    const custom = parseDashboardQuery({ ky: "tuy-chon", tu: "2026-11-20", den: "2026-12-20" }, today).period;
    expect([q4, q3, year, custom].map((p) => partialThrough(p, today))).toEqual([
      today,
      undefined,
      undefined,
      today,
    ]);
    expect(periodState({ from: "2026-12-07", to: "2026-12-31" }, today).state).toBe("future");
  });

  it("the day is Vietnam's: 17:30 UTC on 30 November is already 1 December in Hanoi", () => {
    const today = localDay(new Date("2026-11-30T17:30:00Z"));
    expect(today).toBe("2026-12-01");
    expect(monthState("2026-11", today).state).toBe("complete");
    expect(monthState("2026-12", today).state).toBe("partial");
  });
});
