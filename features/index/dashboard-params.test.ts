import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import {
  addMonths,
  dashboardHref,
  needsRawRows,
  parseDashboardQuery,
  periodLabel,
  trendMonths,
} from "./dashboard-params";

const TODAY = "2026-05-17";

describe("parseDashboardQuery", () => {
  it("defaults to the last 30 days, compared with the 30 days before", () => {
    const { period, filters, sort, direction, problem } = parseDashboardQuery({}, TODAY);
    expect(period).toMatchObject({ kind: "30-ngay", from: "2026-04-18", to: TODAY });
    expect(period.previous).toEqual({ from: "2026-03-19", to: "2026-04-17" });
    expect(filters).toEqual({});
    expect([sort, direction, problem]).toEqual(["index", "desc", undefined]);
  });

  it("month, quarter and year periods with the period before", () => {
    const month = parseDashboardQuery({ ky: "thang", thang: "2026-03" }, TODAY).period;
    expect(month).toMatchObject({ from: "2026-03-01", to: "2026-03-31" });
    expect([periodLabel(month, "vi"), periodLabel(month, "en")]).toEqual(["Tháng 03/2026", "March 2026"]);
    expect(month.previous).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    const quarter = parseDashboardQuery({ ky: "quy", quy: "1", nam: "2026" }, TODAY).period;
    expect(quarter).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect([periodLabel(quarter, "vi"), periodLabel(quarter, "en")]).toEqual(["Quý 1/2026", "Q1 2026"]);
    expect(quarter.previous).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodLabel(parseDashboardQuery({ ky: "quy" }, TODAY).period, "vi")).toBe("Quý 2/2026");
    const year = parseDashboardQuery({ ky: "nam", nam: "2025" }, TODAY).period;
    expect([year.from, year.to, year.previous.from]).toEqual(["2025-01-01", "2025-12-31", "2024-01-01"]);
  });

  it("a custom range is compared with the same number of days before it; an invalid one falls back", () => {
    const custom = parseDashboardQuery({ ky: "tuy-chon", tu: "2026-02-10", den: "2026-02-19" }, TODAY).period;
    expect(custom.previous).toEqual({ from: "2026-01-31", to: "2026-02-09" });
    const bad = parseDashboardQuery({ ky: "tuy-chon", tu: "2026-02-30", den: "2026-02-19" }, TODAY);
    expect(bad.period.kind).toBe("30-ngay");
    expect(bad.problem && say("vi", bad.problem)).toMatch(/không hợp lệ/);
    expect(bad.problem && say("en", bad.problem)).toMatch(/not valid/);
  });

  it("keeps valid filters and sort, drops the rest", () => {
    const q = parseDashboardQuery(
      {
        kenh: "kiosk",
        phieu: "service",
        "linh-vuc": "3",
        "thu-tuc": "x",
        quay: "0",
        "sap-xep": "n",
        chieu: "tang",
      },
      TODAY,
    );
    expect(q.filters).toEqual({ channel: "kiosk", instrumentKey: "service", fieldId: 3 });
    expect([q.sort, q.direction]).toEqual(["n", "asc"]);
    expect(parseDashboardQuery({ kenh: "fax", "sap-xep": "name" }, TODAY).filters.channel).toBeUndefined();
    expect(needsRawRows(q.filters)).toBe(true);
    expect(needsRawRows({ channel: "kiosk" })).toBe(false);
  });
});

describe("links and months", () => {
  it("dashboardHref keeps parameters, replaces some and drops empty ones", () => {
    expect(
      dashboardHref("/quan-ly", { kenh: "web", "sap-xep": "n" }, { "sap-xep": "change", kenh: "" }),
    ).toBe("/quan-ly?sap-xep=change");
    expect(dashboardHref("/quan-ly", {})).toBe("/quan-ly");
  });

  it("twelve months ending with the period's month", () => {
    const { months, from, to } = trendMonths("2026-02-14");
    expect(months).toHaveLength(12);
    expect([months[0], months[11], from, to]).toEqual(["2025-03", "2026-02", "2025-03-01", "2026-02-28"]);
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });
});
