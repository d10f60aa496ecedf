import { describe, expect, it } from "vitest";
import { portalProcedureUrl } from "./national-portal";

describe("portalProcedureUrl", () => {
  it("keeps a procedure page of the portal, by its numeric id", () => {
    const page =
      "https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7200";
    expect(portalProcedureUrl(page)).toBe(page);
    expect(
      portalProcedureUrl(
        " https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=406886 ",
      ),
    ).toContain("ma_thu_tuc=406886");
  });

  it("refuses what would not open the procedure on the portal", () => {
    for (const bad of [
      null,
      "",
      "not a url",
      "http://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7200",
      "https://dichvucong.gov.vn.example.com/p?ma_thu_tuc=7200",
      "https://evil.com/?ma_thu_tuc=7200&x=dichvucong.gov.vn",
      "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004222",
      "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html",
      "javascript:alert(1)//dichvucong.gov.vn?ma_thu_tuc=1",
    ]) {
      expect(portalProcedureUrl(bad), String(bad)).toBeNull();
    }
  });
});
