import { describe, expect, it } from "vitest";
import {
  activeFilters,
  dashboardHeading,
  type FilterNames,
  periodFilter,
  periodHeading,
} from "./dashboard-heading";
import { parseDashboardQuery } from "./dashboard-params";

const TODAY = "2026-12-06";
const names: FilterNames = {
  instruments: [{ key: "service", title: { vi: "Phiếu đầy đủ", en: "Full questionnaire" } }],
  fields: [{ id: 3, name: "Hộ tịch" }],
  procedures: [{ id: 9, code: "1.001193", name: "Đăng ký khai sinh" }],
  counters: [{ id: 4, label: "Quầy 1 — Hộ tịch" }],
};

describe("the dashboard's heading", () => {
  it("names the unit, the period and every active filter", () => {
    const query = parseDashboardQuery(
      { ky: "quy", quy: "3", nam: "2026", kenh: "kiosk", "linh-vuc": "3" },
      TODAY,
    );
    expect(dashboardHeading("Phường An Hòa", query, names, TODAY, "vi")).toBe(
      "Phường An Hòa · Quý 3/2026 · Kênh: Máy tại quầy · Lĩnh vực: Hộ tịch",
    );
    expect(dashboardHeading("An Hoa Ward", query, names, TODAY, "en")).toBe(
      "An Hoa Ward · Q3 2026 · Channel: Counter kiosk · Field: Hộ tịch",
    );
  });

  it("marks a period that is not over", () => {
    const month = parseDashboardQuery({ ky: "thang", thang: "2026-12" }, TODAY).period;
    expect(periodHeading(month, TODAY, "vi")).toBe("Tháng 12/2026 (đến ngày 06/12/2026)");
    expect(periodHeading(month, TODAY, "en")).toBe("December 2026 (partial, to 2026-12-06)");
    const quarter = parseDashboardQuery({ ky: "quy" }, TODAY).period;
    expect(periodHeading(quarter, TODAY, "vi")).toBe("Quý 4/2026 (đến ngày 06/12/2026)");
    const november = parseDashboardQuery({ ky: "thang", thang: "2026-11" }, TODAY).period;
    expect(periodHeading(november, TODAY, "vi")).toBe("Tháng 11/2026");
    // The last 30 days already say they end today.
    const last30 = parseDashboardQuery({}, TODAY).period;
    expect(periodHeading(last30, TODAY, "vi")).toBe("30 ngày qua (07/11/2026 – 06/12/2026)");
  });

  it("gives each filter a link without it, keeping the others", () => {
    const query = parseDashboardQuery(
      { ky: "nam", nam: "2026", phieu: "service", "thu-tuc": "9", quay: "4", "sap-xep": "n" },
      TODAY,
    );
    const filters = activeFilters(query, names, "/quan-ly", "vi");
    expect(filters.map((f) => [f.param, f.text])).toEqual([
      ["phieu", "Phiếu: Phiếu đầy đủ"],
      ["thu-tuc", "Thủ tục: 1.001193"],
      ["quay", "Quầy: Quầy 1 — Hộ tịch"],
    ]);
    expect(filters[1]?.clearHref).toBe("/quan-ly?ky=nam&nam=2026&phieu=service&quay=4&sap-xep=n");
    expect(periodFilter(query, TODAY, "/quan-ly", "vi")).toEqual({
      param: "ky",
      text: "Năm 2026 (đến ngày 06/12/2026)",
      clearHref: "/quan-ly?phieu=service&thu-tuc=9&quay=4&sap-xep=n",
    });
  });

  it("has nothing to remove on the default view; an id it cannot name is shown as an id", () => {
    expect(periodFilter(parseDashboardQuery({}, TODAY), TODAY, "/quan-ly", "vi")).toBeUndefined();
    const query = parseDashboardQuery({ "linh-vuc": "77" }, TODAY);
    expect(activeFilters(query, names, "/quan-ly", "vi").map((f) => f.text)).toEqual(["Lĩnh vực: #77"]);
  });
});
