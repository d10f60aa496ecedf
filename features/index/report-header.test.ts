import { describe, expect, it } from "vitest";
import { translator } from "@/i18n/phrase";
import { dateLineParts, type HeaderUnit, headerName, reportPlace, unitAbbreviation } from "./report-header";

const province: HeaderUnit = { name: "Tỉnh An Hòa", nameEn: "An Hoa Province", kind: "province" };
const ward: HeaderUnit = { name: "Phường An Hòa", nameEn: "An Hoa Ward", kind: "commune" };
const centre: HeaderUnit = {
  name: "Trung tâm Phục vụ hành chính công phường An Hòa",
  nameEn: "Public Administration Service Centre, An Hoa Ward",
  kind: "commune_service_center",
};
const education: HeaderUnit = {
  name: "Sở Giáo dục và Đào tạo tỉnh An Hòa",
  nameEn: "Department of Education and Training, An Hoa Province",
  kind: "department",
};

describe("the report's administrative header", () => {
  it("abbreviates the issuing unit after BC-", () => {
    expect([province, ward, centre, education].map(unitAbbreviation)).toEqual([
      "UBND",
      "UBND",
      "TTPVHCC",
      "SGDĐT",
    ]);
    expect(unitAbbreviation({ name: "Sở Tư pháp tỉnh An Hòa", kind: "department" })).toBe("STP");
    expect(
      unitAbbreviation({
        name: "Trung tâm Phục vụ hành chính công tỉnh An Hòa",
        kind: "province_service_center",
      }),
    ).toBe("TTPVHCC");
  });

  it("is issued at the nearest place: the commune for its centre, the province for a department", () => {
    expect(reportPlace([centre, ward, province], "vi")).toBe("An Hòa");
    expect(reportPlace([centre, ward, province], "en")).toBe("An Hoa");
    expect(reportPlace([{ name: "Xã Đông Sơn", nameEn: "Dong Son Commune", kind: "commune" }], "vi")).toBe(
      "Đông Sơn",
    );
    expect(reportPlace([education, province], "vi")).toBe("An Hòa");
  });

  it("writes names in capitals and the date as Nghị định 30 does (a 0 before days under 10, months 1 and 2)", () => {
    expect(headerName(centre, "vi")).toBe("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG AN HÒA");
    expect(headerName(ward, "en")).toBe("AN HOA WARD");
    const line = (day: string, lang: "vi" | "en") =>
      translator(lang)("index.report.header.dateLine", { place: "An Hòa", ...dateLineParts(day) });
    expect(line("2026-12-06", "vi")).toBe("An Hòa, ngày 06 tháng 12 năm 2026");
    expect(line("2026-02-15", "vi")).toBe("An Hòa, ngày 15 tháng 02 năm 2026");
    expect(line("2026-03-01", "vi")).toBe("An Hòa, ngày 01 tháng 3 năm 2026");
    expect(line("2026-12-06", "en")).toBe("An Hòa, 6 December 2026");
    expect(translator("en")("index.report.header.number", { abbr: "UBND" })).toBe("No.: ……/BC-UBND");
  });
});
