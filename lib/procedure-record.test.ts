import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ProcedureContent, procedureContentSchema, procedureLevels } from "./procedure-content";
import {
  contentToRecord,
  emptyRecord,
  normalizeProcedureCode,
  type ProcedureRecord,
  recordColumns,
  recordKeys,
  recordToContent,
} from "./procedure-record";

const birthRegistration: ProcedureContent = {
  name: "Đăng ký khai sinh",
  level: "commune",
  steps: [
    "Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận một cửa.",
    "Công chức tư pháp - hộ tịch kiểm tra hồ sơ.",
    "1. Trả kết quả.",
  ],
  channels: [
    { kind: "in_person", timeLimit: "Ngay trong ngày", fee: "Không" },
    { kind: "online", timeLimit: "Ngay trong ngày", fee: "Không", onlineLevel: "full" },
  ],
  components: [
    { name: "Tờ khai đăng ký khai sinh", copies: "01 bản chính", formCode: "TK-KS" },
    { name: "Giấy chứng sinh", copies: "01 bản chính", note: "Hoặc giấy tờ thay thế | văn bản xác nhận" },
    { name: "Giấy tờ tùy thân", copies: "01 bản chụp kèm bản chính để đối chiếu" },
  ],
  timeLimit: "Ngay trong ngày tiếp nhận hồ sơ",
  applicants: "Cá nhân",
  implementingAgency: "Ủy ban nhân dân cấp xã",
  result: "Giấy khai sinh",
  fees: "Miễn lệ phí đăng ký khai sinh đúng hạn",
  forms: [{ code: "TK-KS", name: "Tờ khai đăng ký khai sinh (Thông tư 04/2024/TT-BTP)" }],
  conditions: "Không",
  legalBasis: [
    { number: "Luật Hộ tịch số 60/2014/QH13", title: "Luật Hộ tịch", issuedOn: "2014-11-20" },
    { number: "123/2015/NĐ-CP", title: "Nghị định quy định chi tiết Luật Hộ tịch \\ hướng dẫn" },
  ],
};

function validRecord(overrides: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return { ...contentToRecord("1.001193", "HT", birthRegistration), ...overrides };
}

function errorsOf(record: ProcedureRecord) {
  const result = recordToContent(record);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("recordColumns", () => {
  it("follows recordKeys with distinct headers", () => {
    expect(recordColumns.map((column) => column.key)).toEqual([...recordKeys]);
    expect(new Set(recordColumns.map((column) => column.header)).size).toBe(recordKeys.length);
    expect(Object.keys(emptyRecord())).toEqual([...recordKeys]);
  });
});

describe("normalizeProcedureCode", () => {
  it("accepts national and local codes", () => {
    expect(normalizeProcedureCode(" 1.014390 ")).toBe("1.014390");
    expect(normalizeProcedureCode("1.014466.h12")).toBe("1.014466.H12");
    expect(normalizeProcedureCode("MAU.HT.01")).toBe("MAU.HT.01");
  });
  it("rejects malformed codes", () => {
    for (const raw of ["", "1.", ".014390", "1 014390", "thủ tục", "A".repeat(41)]) {
      expect(normalizeProcedureCode(raw)).toBeNull();
    }
  });
});

describe("contentToRecord / recordToContent", () => {
  it("round-trips a realistic procedure", () => {
    const record = contentToRecord("1.001193", "HT", birthRegistration);
    expect(record.steps.split("\n")[0]).toBe("1. Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận một cửa.");
    expect(record.legalBasis).toContain("| 20/11/2014");
    expect(recordToContent(record)).toStrictEqual({
      ok: true,
      code: "1.001193",
      fieldCode: "HT",
      content: birthRegistration,
    });
  });

  it("round-trips any valid content it can express", () => {
    fc.assert(
      fc.property(codeArb, fieldCodeArb, contentArb, (code, fieldCode, content) => {
        expect(recordToContent(contentToRecord(code, fieldCode, content))).toStrictEqual({
          ok: true,
          code,
          fieldCode,
          content,
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("recordToContent parsing", () => {
  it("reads Vietnamese labels, user numbering and dd/mm/yyyy dates", () => {
    const result = recordToContent(
      validRecord({
        code: " 1.001193.h12 ",
        fieldCode: " ht ",
        level: "  cap  XA ",
        steps:
          "\n1. Nộp hồ sơ\n\n  Bước 2 : Tiếp nhận  \n3) Trả kết quả\n- Lưu hồ sơ\n3.5 triệu đồng tạm ứng\n",
        onlineLevel: "Một phần",
        legalBasis: "Luật số 1 | Luật A | 1/7/2025\nLuật số 2 | Luật B | 2024-02-29",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toBe("1.001193.H12");
    expect(result.fieldCode).toBe("HT");
    expect(result.content.level).toBe("commune");
    expect(result.content.steps).toEqual([
      "Nộp hồ sơ",
      "Tiếp nhận",
      "Trả kết quả",
      "Lưu hồ sơ",
      "3.5 triệu đồng tạm ứng",
    ]);
    expect(result.content.channels[1]).toEqual({
      kind: "online",
      timeLimit: "Ngay trong ngày",
      fee: "Không",
      onlineLevel: "partial",
    });
    expect(result.content.legalBasis.map((l) => l.issuedOn)).toEqual(["2025-07-01", "2024-02-29"]);
  });

  it("accepts every level spelling", () => {
    const cases: Record<string, string> = {
      central: "central",
      "Cấp Trung ương": "central",
      "cap tinh": "province",
      "CẤP XÃ": "commune",
      "Nhiều cấp": "multi",
      multi: "multi",
    };
    for (const [raw, level] of Object.entries(cases)) {
      const result = recordToContent(validRecord({ level: raw }));
      expect(result.ok && result.content.level).toBe(level);
    }
  });

  it("names the column in Vietnamese", () => {
    expect(errorsOf(validRecord({ steps: " \n\n" }))).toEqual({
      steps: "Trình tự thực hiện: cần ít nhất một bước",
    });
    expect(errorsOf(validRecord({ code: "x" })).code).toMatch(/^Mã TTHC: "x" không hợp lệ/);
    expect(errorsOf(validRecord({ level: "Cấp huyện" })).level).toMatch(/^Cấp thực hiện: /);
    expect(errorsOf(validRecord({ conditions: "" })).conditions).toContain('"Không"');
  });

  it("requires both cells of a channel that exists", () => {
    const errors = errorsOf(validRecord({ postFee: "Không", onlineTimeLimit: "", onlineLevel: "" }));
    expect(Object.keys(errors).sort()).toEqual(["onlineLevel", "onlineTimeLimit", "postTimeLimit"]);
  });

  it("requires at least one channel", () => {
    const noChannel = Object.fromEntries(
      recordKeys.filter((key) => /^(inPerson|online|post)/.test(key)).map((key) => [key, ""]),
    );
    expect(Object.keys(errorsOf(validRecord(noChannel)))).toEqual(["inPersonTimeLimit"]);
  });

  it("checks list lines", () => {
    const errors = errorsOf(
      validRecord({
        components: "Tờ khai | 01 bản | TK-KS\nGiấy chứng sinh\nẢnh | 02 ảnh | ANH",
        forms: "TK-KS | Tờ khai\nTK-KS | Tờ khai khác",
        legalBasis: "Luật Hộ tịch | Luật | 31/02/2014",
      }),
    );
    expect(errors).toEqual({
      components:
        'Thành phần, số lượng hồ sơ: mục 2: cần ghi theo dạng "tên giấy tờ | số lượng | mã mẫu (nếu có)"',
      forms: 'Tên mẫu đơn, mẫu tờ khai: mục 2: mã mẫu "TK-KS" bị trùng',
      legalBasis: 'Căn cứ pháp lý: mục 1: ngày ban hành "31/02/2014" không hợp lệ (dd/mm/yyyy)',
    });
    expect(errorsOf(validRecord({ components: "Ảnh | 02 ảnh | ANH" })).components).toBe(
      'Thành phần, số lượng hồ sơ: mục 1: mã mẫu "ANH" không có trong cột "Tên mẫu đơn, mẫu tờ khai"',
    );
  });

  it("maps schema limits back to the right column", () => {
    const errors = errorsOf(
      validRecord({
        name: "a".repeat(501),
        postTimeLimit: "15 ngày",
        postFee: "b".repeat(501),
        components: `Tờ khai | ${"c".repeat(201)}`,
        steps: Array.from({ length: 51 }, (_, i) => `Bước ${i + 1}: làm`).join("\n"),
      }),
    );
    expect(errors).toEqual({
      name: "Tên thủ tục hành chính: quá dài (tối đa 500 ký tự)",
      postFee: "Bưu chính – Phí, lệ phí: quá dài (tối đa 500 ký tự)",
      components: "Thành phần, số lượng hồ sơ: mục 1, số lượng: quá dài (tối đa 200 ký tự)",
      steps: "Trình tự thực hiện: tối đa 50 mục",
    });
  });

  it("keeps bars and backslashes inside list values", () => {
    const result = recordToContent(
      validRecord({ forms: "A\\|B | Mẫu \\| số 1 \\\\ bản C:\\mau", components: "Tờ khai | 01 | A|B" }),
    );
    expect(result.ok).toBe(false);
    const escaped = recordToContent(
      validRecord({ forms: "A\\|B | Mẫu \\| 1 C:\\mau", components: "Tờ khai | 01 | A\\|B" }),
    );
    expect(escaped.ok && escaped.content.forms).toEqual([{ code: "A|B", name: "Mẫu | 1 C:\\mau" }]);
  });
});

// ——— arbitraries for valid content the record can express ———

const units = [
  "a",
  "Z",
  "ư",
  "Ớ",
  "đ",
  "u\u031b",
  "7",
  " ",
  ".",
  ":",
  ")",
  "-",
  "|",
  "\\",
  "Bước 1: ",
  "1. ",
];
const lineArb = fc
  .string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const textArb = fc
  .string({ unit: fc.constantFrom(...units, "\n"), minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const codeArb = fc.stringMatching(/^[0-9A-Z][0-9A-Z.\-_]{2,39}$/);
const fieldCodeArb = fc.stringMatching(/^[A-Z0-9_-]{1,20}$/);
const isoDateArb = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

const channelsArb = fc
  .tuple(
    fc.subarray(["in_person", "online", "post"] as const, { minLength: 1 }),
    fc.constantFrom("full", "partial" as const),
  )
  .chain(([kinds, onlineLevel]) =>
    fc
      .tuple(
        ...kinds.map((kind) => fc.record({ timeLimit: textArb, fee: textArb }).map((c) => ({ kind, ...c }))),
      )
      .map((channels) => channels.map((c) => (c.kind === "online" ? { ...c, onlineLevel } : c))),
  );

const formsArb = fc.uniqueArray(fc.record({ code: lineArb, name: lineArb }), {
  maxLength: 4,
  selector: (form) => form.code,
});

function componentArb(formCodes: string[]) {
  const formCode =
    formCodes.length === 0
      ? fc.constant(undefined)
      : fc.option(fc.constantFrom(...formCodes), { nil: undefined });
  return fc
    .record({ name: lineArb, copies: lineArb, formCode, note: fc.option(lineArb, { nil: undefined }) })
    .map(({ name, copies, formCode, note }) => ({
      name,
      copies,
      ...optional("formCode", formCode),
      ...optional("note", note),
    }));
}

const legalBasisArb = fc
  .record({ number: lineArb, title: lineArb, issuedOn: fc.option(isoDateArb, { nil: undefined }) })
  .map(({ number, title, issuedOn }) => ({ number, title, ...optional("issuedOn", issuedOn) }));

const contentArb: fc.Arbitrary<ProcedureContent> = formsArb
  .chain((forms) =>
    fc.record({
      name: textArb,
      level: fc.constantFrom(...procedureLevels),
      steps: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
      channels: channelsArb,
      components: fc.array(componentArb(forms.map((f) => f.code)), { minLength: 1, maxLength: 4 }),
      timeLimit: textArb,
      applicants: textArb,
      implementingAgency: textArb,
      result: textArb,
      fees: textArb,
      forms: fc.constant(forms),
      conditions: textArb,
      legalBasis: fc.array(legalBasisArb, { minLength: 1, maxLength: 3 }),
    }),
  )
  .map((content) => procedureContentSchema.parse(content));
