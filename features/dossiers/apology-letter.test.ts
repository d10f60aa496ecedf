import { describe, expect, it } from "vitest";
import { type ApologyLetterData, apologyLetter, apologyNumber, letterNumber } from "./apology-letter";

const centre = {
  name: "Trung tâm Phục vụ hành chính công phường An Hòa",
  kind: "commune_service_center",
} as const;
const ward = { name: "Phường An Hòa", nameEn: "An Hoa Ward", kind: "commune" } as const;
const province = { name: "Tỉnh An Hòa", nameEn: "An Hoa Province", kind: "province" } as const;

const data: ApologyLetterData = {
  chain: [centre, ward, province],
  number: 12,
  dossierCode: "H12.21-261206-0001",
  procedureName: "Đăng ký khai sinh",
  // 23:30 on 30 November in Vietnam is still 30 November there (16:30 UTC).
  receivedAt: new Date("2026-11-30T16:30:00Z"),
  previousDueAt: new Date("2026-12-04T17:00:00+07:00"),
  newDueAt: new Date("2026-12-10T23:59:59.999+07:00"),
  reason: "Chờ kết quả xác minh của cơ quan khác.",
  // 18:00 UTC on 5 December is 6 December in Vietnam.
  issuedAt: new Date("2026-12-05T18:00:00Z"),
  addressee: null,
};

const text = (doc: ReturnType<typeof apologyLetter>) =>
  [
    doc.issuer.parent,
    doc.issuer.unit,
    doc.issuer.number,
    doc.placeDate,
    doc.kind,
    ...doc.blocks.map((b) =>
      b.type === "paragraph"
        ? b.text
        : b.type === "fields"
          ? b.items.map((i) => i.join(": ")).join("\n")
          : "",
    ),
    ...(doc.recipients?.lines ?? []),
    ...doc.signature.role,
  ].join("\n");

describe("the apology letter's number", () => {
  it("is the unit's yearly sequence in the PXL series, with the unit's abbreviation on the letter", () => {
    expect(apologyNumber(12)).toBe("12/PXL");
    expect(letterNumber(12, centre)).toBe("12/PXL-TTPVHCC");
    expect(letterNumber(3, ward)).toBe("3/PXL-UBND");
  });
});

describe("the apology letter (Mẫu số 04, Thông tư 03/2025/TT-VPCP)", () => {
  it("in Vietnamese: header, number, local dates, the dossier, the reason, the apology and the new date", () => {
    const doc = apologyLetter(data, "vi");
    expect(doc.lang).toBe("vi");
    expect(doc.issuer).toEqual({
      parent: "PHƯỜNG AN HÒA",
      unit: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG AN HÒA",
      number: "Số: 12/PXL-TTPVHCC",
    });
    expect(doc.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.placeDate).toBe("An Hòa, ngày 06 tháng 12 năm 2026");
    expect(doc.kind).toBe("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
    const body = text(doc);
    expect(body).toContain("Mẫu số 04, Phụ lục I, Thông tư số 03/2025/TT-VPCP");
    expect(body).toContain("Kính gửi: Ông/Bà ……");
    expect(body).toContain(
      "Ngày 30/11/2026, Trung tâm Phục vụ hành chính công phường An Hòa tiếp nhận hồ sơ",
    );
    expect(body).toContain("Mã hồ sơ: H12.21-261206-0001");
    expect(body).toContain("Thủ tục: Đăng ký khai sinh");
    expect(body).toContain("Hẹn trả kết quả: 04/12/2026");
    expect(body).toContain("Lý do: Chờ kết quả xác minh của cơ quan khác.");
    expect(body).toContain("xin lỗi Ông/Bà");
    expect(body).toContain("vào ngày 10/12/2026");
    expect(doc.recipients?.lines).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(doc.signature).toEqual({
      role: ["THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"],
      hint: "(Ký, ghi rõ họ tên)",
      name: null,
    });
    expect(doc.title).toBe("Văn bản xin lỗi 12/PXL-TTPVHCC hồ sơ H12.21-261206-0001");
  });

  it("names the addressee typed for the file, and leaves blanks for what it does not know", () => {
    const doc = apologyLetter(
      { ...data, addressee: "  Nguyễn Thị Hoa ", procedureName: null, previousDueAt: null },
      "vi",
    );
    const body = text(doc);
    expect(body).toContain("Kính gửi: Ông/Bà Nguyễn Thị Hoa");
    expect(body).toContain("Thủ tục: ……");
    expect(body).toContain("Hẹn trả kết quả: ……");
  });

  it("in English, with the same number and dates, for a staff member who reads English", () => {
    const doc = apologyLetter(data, "en");
    expect(doc.issuer.number).toBe("No.: 12/PXL-TTPVHCC");
    expect(doc.issuer.parent).toBe("AN HOA WARD");
    expect(doc.nation).toBe("SOCIALIST REPUBLIC OF VIET NAM");
    expect(doc.placeDate).toBe("An Hoa, 6 December 2026");
    const body = text(doc);
    expect(body).toContain("On 2026-11-30");
    expect(body).toContain("Dossier code: H12.21-261206-0001");
    expect(body).toContain("apologises to you");
    expect(body).toContain("on 2026-12-10");
    expect(body).not.toMatch(/xin lỗi|Kính gửi/);
  });

  it("needs its issuing unit", () => {
    expect(() => apologyLetter({ ...data, chain: [] }, "vi")).toThrow();
  });
});
