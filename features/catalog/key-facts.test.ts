import { describe, expect, it } from "vitest";
import { excerpt, keyFacts } from "./key-facts";
import { CONTENT_VERSION, type ProcedureContent } from "./procedure-content";

const empty: ProcedureContent = {
  v: CONTENT_VERSION,
  name: "Đăng ký khai sinh",
  level: "commune",
  steps: "",
  channels: [],
  channelsText: "",
  dossier: "",
  timeLimit: "",
  applicants: "",
  agencies: "",
  result: "",
  fees: "",
  forms: "",
  conditions: "",
  legalBasis: "",
  receptionHours: "",
  anywhereInProvince: false,
};

const none = { localTimeLimit: null, localFee: null };

describe("keyFacts", () => {
  it("states nothing the content does not", () => {
    expect(keyFacts(empty, none)).toEqual({
      timeLimit: null,
      fee: null,
      localFee: false,
      feeByChannel: false,
      documents: null,
      sets: null,
      channels: [],
    });
  });

  it("reads time limit, fee, documents, sets and channels", () => {
    const facts = keyFacts(
      {
        ...empty,
        timeLimit:
          "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\nTrường hợp cần xác minh: thêm 05 ngày.",
        fees: "Miễn lệ phí.",
        dossier: "- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh\nSố lượng hồ sơ: 01 bộ",
        channels: [
          { kind: "in_person", timeLimit: "", fee: "", description: "", onlineLevel: null },
          { kind: "online", timeLimit: "", fee: "", description: "", onlineLevel: "full" },
        ],
      },
      none,
    );
    expect(facts.timeLimit).toEqual({
      text: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
      local: false,
    });
    expect(facts.fee).toBe("Miễn lệ phí.");
    expect(facts.documents).toEqual({ items: 2 });
    expect(facts.sets).toBe("Số lượng hồ sơ: 01 bộ");
    expect(facts.channels).toEqual([
      { kind: "in_person", onlineLevel: null },
      { kind: "online", onlineLevel: "full" },
    ]);
  });

  it("counts cases when the dossier depends on the case", () => {
    const dossier = "Trường hợp trong nước:\n- Tờ khai\nTrường hợp ở nước ngoài:\n- Tờ khai\n- Hộ chiếu";
    expect(keyFacts({ ...empty, dossier }, none).documents).toEqual({ cases: 2 });
  });

  it("shows a unit's shorter limit, never one that is not shorter", () => {
    const content = { ...empty, timeLimit: "Ngay trong ngày tiếp nhận hồ sơ." };
    expect(
      keyFacts(content, { ...none, localTimeLimit: "Rút ngắn: trong 01 ngày làm việc" }).timeLimit,
    ).toEqual({
      text: "Ngay trong ngày tiếp nhận hồ sơ.",
      local: false,
    });
    const longer = { ...empty, timeLimit: "05 ngày làm việc" };
    expect(keyFacts(longer, { ...none, localTimeLimit: "Rút ngắn: 03 ngày làm việc" }).timeLimit).toEqual({
      text: "Rút ngắn: 03 ngày làm việc",
      local: true,
    });
  });

  it("takes the fee of the channels when they agree, and says so when they differ", () => {
    const ch = (fee: string) => ({
      kind: "in_person" as const,
      timeLimit: "",
      fee,
      description: "",
      onlineLevel: null,
    });
    expect(keyFacts({ ...empty, channels: [ch("Không")] }, none).fee).toBe("Không");
    const differ = keyFacts(
      { ...empty, channels: [ch("10.000 đồng"), { ...ch("5.000 đồng"), kind: "online" }] },
      none,
    );
    expect(differ).toMatchObject({ fee: null, feeByChannel: true });
    expect(keyFacts({ ...empty, fees: "Không" }, { ...none, localFee: "Miễn phí tại đơn vị" })).toMatchObject(
      {
        fee: "Miễn phí tại đơn vị",
        localFee: true,
      },
    );
  });

  it("cuts a long first line at a word", () => {
    const long = `${"Không quá mười ngày làm việc ".repeat(10)}kết thúc`;
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
