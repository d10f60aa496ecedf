import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONTENT_VERSION,
  contentFromV1,
  type ProcedureContent,
  procedureContentSchema,
} from "./procedure-content";
import {
  contentToRecord,
  emptyRecord,
  ITEM_MAX,
  isNationalCode,
  localCodeFor,
  normalizeProcedureCode,
  type ProcedureRecord,
  readRecord,
  recordColumns,
  recordKeys,
} from "./procedure-record";

const record = (values: Partial<ProcedureRecord>): ProcedureRecord => ({ ...emptyRecord(), ...values });

const residence: ProcedureRecord = record({
  code: "1.004194",
  field: "Đăng ký, quản lý cư trú",
  level: "Cấp xã",
  name: "Đăng ký thường trú",
  steps:
    "Bước 1: Công dân chuẩn bị hồ sơ.\nBước 2: Nộp hồ sơ:\n+ Trực tiếp tại Công an cấp xã;\n+ Trực tuyến.",
  dossier:
    "a) Trường hợp 1:\n- Tờ khai (Mẫu CT01);\nb) Trường hợp 2:\n- Giấy tờ chứng minh.\nSố lượng hồ sơ: 01 bộ.",
  fees: "- 20.000 đồng/lần đăng ký;\n- Trực tuyến: 10.000 đồng/lần đăng ký.",
  legalBasis: "- Luật Cư trú số 68/2020/QH14;\n- Luật Dược ngày 06 tháng 4 năm 2016.",
  onlineLevel: "Một phần",
  onlineTimeLimit: "07 ngày làm việc",
  announcementNumber: "1234/QĐ-UBND",
  announcementDate: "20/11/2025",
});

describe("columns", () => {
  it("follow recordKeys with distinct headers and aliases", () => {
    expect(recordColumns.map((c) => c.key)).toEqual([...recordKeys]);
    const names = recordColumns.flatMap((c) => [c.header, ...(c.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("codes", () => {
  it("tells national codes from local ones", () => {
    expect(normalizeProcedureCode(" 1.004222 ")).toBe("1.004222");
    expect(isNationalCode("3.000527.H61")).toBe(true);
    expect(isNationalCode("1.004222")).toBe(true);
    expect(isNationalCode("MAU.HT.01")).toBe(false);
    expect(normalizeProcedureCode("1,004222")).toBeNull();
  });

  it("gives a procedure without a code a stable local one from its name", () => {
    const a = localCodeFor("Cấp phép thi công nút giao đấu nối vào đường tỉnh");
    expect(a).toMatch(/^DP\.[2-9A-Z]{8}$/);
    expect(localCodeFor("  Cấp phép thi công nút giao  đấu nối vào đường tỉnh ")).toBe(a);
    expect(localCodeFor("Cấp phép khác")).not.toBe(a);
    const read = readRecord(
      record({ name: "Cấp phép thi công nút giao đấu nối vào đường tỉnh", field: "Đường bộ" }),
    );
    expect(read.ok && read.read).toMatchObject({ code: a, hasNationalCode: false });
  });
});

describe("readRecord", () => {
  it("keeps every section's text as published, line breaks and markers included", () => {
    const read = readRecord(residence);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const c = read.read.content;
    expect(c.steps).toBe(residence.steps);
    expect(c.dossier).toBe(residence.dossier);
    expect(c.fees).toBe(residence.fees);
    expect(c.level).toBe("commune");
    expect(c.channels).toEqual([
      { kind: "online", timeLimit: "07 ngày làm việc", fee: "", description: "", onlineLevel: "partial" },
    ]);
    expect(read.read.announcement).toEqual({ number: "1234/QĐ-UBND", issuedOn: "2025-11-20" });
    expect(procedureContentSchema.safeParse(c).success).toBe(true);
  });

  it("does not invent what the source does not state", () => {
    const read = readRecord(record({ code: "2.001234", name: "Thủ tục chỉ có tên", field: "Dược" }));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.read.content).toMatchObject({ level: null, steps: "", channels: [], dossier: "", fees: "" });
    expect(read.read.announcement).toBeNull();
  });

  it("reports every problem, with its column, line and text", () => {
    const read = readRecord(
      record({
        code: "1,004",
        level: "Cấp huyện cũ",
        onlineLevel: "Mức độ 2",
        dossier: `- Tờ khai;\n- Giấy\u0000 tờ;\n- ${"x".repeat(ITEM_MAX + 1)}\n- Bản sao\u0007;`,
        legalBasis: "Luật A | Luật A | 31/02/2025",
        announcementDate: "31/02/2025",
        anywhereInProvince: "có lẽ",
      }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const found = read.issues.map((i) => [i.column, i.item]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["name", null],
        ["field", null],
        ["code", null],
        ["level", null],
        ["onlineLevel", null],
        ["dossier", 2],
        ["dossier", 3],
        ["dossier", 4],
        ["legalBasis", 1],
        ["announcementDate", null],
        ["anywhereInProvince", null],
      ]),
    );
    const dossierIssues = read.issues.filter((i) => i.column === "dossier");
    expect(dossierIssues).toHaveLength(3);
    expect(dossierIssues[0]?.text).toContain("Giấy");
  });

  it("keeps a link to the procedure's page on the national portal, and refuses one that would not resolve", () => {
    const page =
      "https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7200";
    const read = readRecord({ ...residence, portalUrl: page });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.read.portalUrl).toBe(page);
    const none = readRecord(residence);
    expect(none.ok && none.read.portalUrl).toBeNull();
    const built = readRecord({
      ...residence,
      portalUrl:
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004194",
    });
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.issues.map((i) => [i.column, i.message.key])).toEqual([
        ["portalUrl", "catalog.record.issues.portalUrlInvalid"],
      ]);
    }
    expect(contentToRecord("1.004194", "Cư trú", contentFromV1Empty(), null, true, page).portalUrl).toBe(
      page,
    );
  });

  it("refuses a 2 MB cell with a clear message, not by failing", () => {
    const read = readRecord(
      record({ name: "Thủ tục", field: "HT", conditions: "a".repeat(2 * 1024 * 1024) }),
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]).toMatchObject({ column: "conditions", item: null });
  });

  it("reads the old template's 'a | b | c' lines as published text", () => {
    const read = readRecord(
      record({
        name: "Khai sinh",
        field: "HT",
        dossier: "Tờ khai | 01 bản chính | TK-KS",
        legalBasis: "Luật Hộ tịch số 60/2014/QH13 | Luật Hộ tịch | 20/11/2014",
      }),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.read.content.dossier).toBe("- Tờ khai (mẫu TK-KS): 01 bản chính");
    expect(read.read.content.legalBasis).toBe(
      "- Luật Hộ tịch số 60/2014/QH13: Luật Hộ tịch (ngày 20/11/2014)",
    );
  });
});

describe("one canonical form", () => {
  const text = fc.stringMatching(/^[a-zA-Zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệ0-9 ,.;:()/+\-\n]{0,200}$/);
  const contentArb: fc.Arbitrary<ProcedureContent> = fc.record({
    v: fc.constant(CONTENT_VERSION),
    name: fc.stringMatching(/^[A-ZĐ][a-zđà-ỹ ]{2,60}[a-z]$/),
    level: fc.constantFrom("central", "province", "commune", "multi", null),
    steps: text,
    channels: fc.uniqueArray(
      fc.record({
        kind: fc.constantFrom("in_person", "online", "post"),
        timeLimit: text,
        fee: text,
        description: text,
        onlineLevel: fc.constant(null),
      }),
      { selector: (c) => c.kind, maxLength: 3 },
    ),
    channelsText: text,
    dossier: text,
    timeLimit: text,
    applicants: text,
    agencies: text,
    result: text,
    fees: text,
    forms: text,
    conditions: text,
    legalBasis: text.filter((t) => !t.includes(" | ")),
    receptionHours: text,
    anywhereInProvince: fc.boolean(),
  }) as fc.Arbitrary<ProcedureContent>;

  it("content → record → content gives the same content (after the one normalization)", () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const first = readRecord(contentToRecord("1.000001", "HT", content));
        if (!first.ok) return true; // e.g. a channel left with only empty cells is not a channel
        const again = readRecord(contentToRecord("1.000001", "HT", first.read.content));
        expect(again.ok && again.read.content).toEqual(first.read.content);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("upgrades content of the first version without losing any of it", () => {
    const v2 = contentFromV1({
      name: "Đăng ký khai sinh",
      level: "commune",
      steps: ["Nộp hồ sơ.", "Nhận kết quả."],
      channels: [{ kind: "in_person", timeLimit: "Trong ngày", fee: "Miễn", description: "Tại UBND" }],
      components: [{ name: "Tờ khai", copies: "01 bản chính", formCode: "TK-KS", note: "theo mẫu" }],
      timeLimit: "Trong ngày",
      applicants: "Cá nhân",
      implementingAgency: "UBND cấp xã",
      result: "Giấy khai sinh",
      fees: "Miễn",
      forms: [{ code: "TK-KS", name: "Tờ khai đăng ký khai sinh" }],
      conditions: "Không",
      legalBasis: [{ number: "Luật Hộ tịch số 60/2014/QH13", title: "Luật Hộ tịch", issuedOn: "2014-11-20" }],
    });
    expect(procedureContentSchema.safeParse(v2).success).toBe(true);
    expect(v2.steps).toBe("Nộp hồ sơ.\nNhận kết quả.");
    expect(v2.dossier).toBe("- Tờ khai (mẫu TK-KS): 01 bản chính. theo mẫu");
    expect(v2.forms).toBe("TK-KS | Tờ khai đăng ký khai sinh");
    expect(v2.agencies).toBe("UBND cấp xã");
    expect(v2.legalBasis).toBe("- Luật Hộ tịch số 60/2014/QH13: Luật Hộ tịch (ngày 20/11/2014)");
    expect(v2.channels[0]).toMatchObject({ description: "Tại UBND", onlineLevel: null });
  });
});

function contentFromV1Empty(): ProcedureContent {
  const read = readRecord(record({ code: "1.004194", name: "Đăng ký thường trú", field: "Cư trú" }));
  if (!read.ok) throw new Error("fixture");
  return read.read.content;
}
