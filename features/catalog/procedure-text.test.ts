import { describe, expect, it } from "vitest";
import {
  parseAgencies,
  parseCitations,
  parseDossier,
  parseFormRefs,
  parseSteps,
  saysNone,
} from "./procedure-text";

describe("steps", () => {
  it("splits at each 'Bước N', keeping sub-points inside their step and the label as published", () => {
    const steps = parseSteps(
      "Bước 1: Chuẩn bị hồ sơ.\nBước 2: Nộp hồ sơ:\n+ Trực tiếp;\n+ Qua bưu chính.\nBước 3. Nhận kết quả.",
    );
    expect(steps.map((s) => s.label)).toEqual(["Bước 1:", "Bước 2:", "Bước 3."]);
    expect(parseSteps("- Bước 1: Chuẩn bị.\n- Bước 2: Nộp.").map((s) => s.label)).toEqual([
      "- Bước 1:",
      "- Bước 2:",
    ]);
    expect(steps[1]?.blocks.map((b) => b.type)).toEqual(["paragraph", "list"]);
  });

  it("numbers nothing itself when the source has no step names: one step per block", () => {
    expect(parseSteps("Nộp hồ sơ.\nNhận kết quả.").map((s) => s.label)).toEqual([null, null]);
  });
});

describe("dossier", () => {
  it("groups items by case, with notes, and reads the number of sets", () => {
    const dossier = parseDossier(
      [
        "a) Trường hợp đăng ký thường trú tại chỗ ở của mình:",
        "- Tờ khai thay đổi thông tin cư trú (Mẫu CT01);",
        "- Giấy tờ chứng minh chỗ ở hợp pháp.",
        "b) Trường hợp đăng ký thường trú tại nơi thuê:",
        "- Tờ khai (Mẫu CT01);",
        "* Lưu ý: Người đăng ký không phải xuất trình giấy tờ đã có trong Cơ sở dữ liệu.",
        "- Số lượng hồ sơ: 01 bộ.",
      ].join("\n"),
    );
    expect(dossier.sets).toBe("- Số lượng hồ sơ: 01 bộ.");
    expect(dossier.cases.map((c) => c.heading)).toEqual([
      "a) Trường hợp đăng ký thường trú tại chỗ ở của mình:",
      "b) Trường hợp đăng ký thường trú tại nơi thuê:",
    ]);
    expect(dossier.cases[1]?.blocks.length).toBe(2);
  });

  it("is one untitled case when the source has none", () => {
    const dossier = parseDossier("- Đơn đề nghị;\n- Bản sao giấy tờ tùy thân.\nSố lượng hồ sơ: 01 (bộ)");
    expect(dossier.cases.map((c) => c.heading)).toEqual([null]);
    expect(dossier.sets).toBe("Số lượng hồ sơ: 01 (bộ)");
  });
});

describe("agencies", () => {
  it("reads roles when every line names one", () => {
    const agencies = parseAgencies(
      "a) Cơ quan có thẩm quyền quyết định: Sở Y tế.\nb) Cơ quan trực tiếp thực hiện: Phòng Nghiệp vụ Dược.\nc) Cơ quan phối hợp: Không.",
    );
    expect(agencies.map((a) => [a.role, a.text])).toEqual([
      ["deciding", "Sở Y tế."],
      ["performing", "Phòng Nghiệp vụ Dược."],
      ["coordinating", "Không."],
    ]);
    expect(parseAgencies("Ủy ban nhân dân cấp xã.")).toEqual([]);
  });
});

describe("legal basis", () => {
  it("keeps each citation as published; number and date only when present", () => {
    const citations = parseCitations(
      "- Luật Dược ngày 06 tháng 4 năm 2016;\n- Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ;\n- Thông tư 02/2018/TT-BYT.",
    );
    expect(citations).toEqual([
      { text: "Luật Dược ngày 06 tháng 4 năm 2016", number: null, issuedOn: "2016-04-06" },
      {
        text: "Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ",
        number: "54/2017/NĐ-CP",
        issuedOn: "2017-05-08",
      },
      { text: "Thông tư 02/2018/TT-BYT", number: "02/2018/TT-BYT", issuedOn: null },
    ]);
    expect(parseCitations("Quyết định ngày 31 tháng 2 năm 2025")[0]?.issuedOn).toBeNull();
  });
});

describe("forms", () => {
  it("takes a given code, reads 'Mẫu …', or numbers the form", () => {
    expect(
      parseFormRefs(
        "TK-KS | Tờ khai đăng ký khai sinh\n- Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA)\nĐơn đề nghị",
      ),
    ).toEqual([
      { code: "TK-KS", name: "Tờ khai đăng ký khai sinh", marker: null },
      {
        code: "CT01",
        name: "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA)",
        marker: "-",
      },
      { code: "M3", name: "Đơn đề nghị", marker: null },
    ]);
    expect(parseFormRefs("Không.")).toEqual([]);
    expect(saysNone("Không có")).toBe(true);
    expect(parseFormRefs("Mẫu đơn, mẫu tờ khai theo quy định")[0]?.code).toBe("M1");
  });
});
