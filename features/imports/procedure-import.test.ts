import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { contentFromV1 } from "@/features/catalog/procedure-content";
import {
  contentToRecord,
  type ProcedureRecord,
  recordColumns,
  recordKeys,
} from "@/features/catalog/procedure-record";
import { sayIssue } from "./issue-text";
import {
  buildTemplate,
  detectFormat,
  type ImportFormat,
  MAX_IMPORT_ROWS,
  parseImportFile,
  validateRecords,
  writeRecords,
} from "./procedure-import";

const columnOf = (key: string) => recordColumns.findIndex((c) => c.key === key) + 1;

const knownFields = [
  { code: "HT", name: "Hộ tịch" },
  { code: "DD", name: "Đất đai" },
];
const encode = (text: string) => new TextEncoder().encode(text);

async function templateRecord(): Promise<ProcedureRecord> {
  const { rows } = await parseImportFile(await buildTemplate("csv"), "csv");
  const record = rows[0]?.record;
  if (!record) throw new Error("template has no example row");
  return record;
}

function csvOf(records: ProcedureRecord[], delimiter = ","): Uint8Array {
  const header = recordColumns.map((column) => column.header);
  return encode(
    Papa.unparse([header, ...records.map((r) => recordKeys.map((key) => r[key]))], { delimiter }),
  );
}

function pairs(issues: Array<{ rowNumber: number | null; column: string | null }>) {
  return issues.map((issue) => [issue.rowNumber, issue.column]);
}

describe("detectFormat", () => {
  it("reads the extension", () => {
    expect(detectFormat("danh-muc.CSV")).toBe("csv");
    expect(detectFormat("a.b.xlsx")).toBe("xlsx");
    expect(detectFormat("x.json")).toBe("json");
    expect(detectFormat("x.xls")).toBeNull();
    expect(detectFormat("csv")).toBeNull();
  });
});

describe("templates", () => {
  it.each(["csv", "xlsx", "json"] as ImportFormat[])("the %s template imports cleanly", async (format) => {
    const { rows, issues } = await parseImportFile(await buildTemplate(format), format);
    expect(issues).toEqual([]);
    const checked = validateRecords(rows, knownFields);
    expect(checked.issues).toEqual([]);
    expect(checked.valid).toHaveLength(1);
    expect(checked.valid[0]?.content.steps.split("\n")[0]).toMatch(/^Bước 1: /);
  });

  it("starts the CSV template with a UTF-8 BOM for Excel", async () => {
    const bytes = await buildTemplate("csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("one canonical form", () => {
  it("the same procedure in CSV, XLSX and JSON gives the same content", async () => {
    const good = await templateRecord();
    const contents = [];
    for (const format of ["csv", "xlsx", "json"] as ImportFormat[]) {
      const { rows, issues } = await parseImportFile(await writeRecords([good], format), format);
      expect(issues).toEqual([]);
      const checked = validateRecords(rows, knownFields);
      expect(checked.issues).toEqual([]);
      contents.push(checked.valid[0]?.content);
    }
    expect(contents[1]).toEqual(contents[0]);
    expect(contents[2]).toEqual(contents[0]);
  });
});

describe("CSV", () => {
  it("reports every error of every row, column and item", async () => {
    const good = await templateRecord();
    const rows = [
      good,
      { ...good, code: "abc def", name: "", dossier: "- a;\n- b\u0000;\n- c\u0001;\n- d\u0002;" },
      {
        ...good,
        code: "1.000009",
        legalBasis: "- Nghị định ngày 30 tháng 2 năm 2025",
        announcementNumber: "12/QĐ",
        announcementDate: "30/02/2025",
      },
    ];
    const parsed = await parseImportFile(csvOf(rows), "csv");
    expect(parsed.issues).toEqual([]);
    const { valid, issues } = validateRecords(parsed.rows, knownFields);
    expect(valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(issues.map((i) => [i.rowNumber, i.column, i.item ?? null])).toEqual(
      expect.arrayContaining([
        [3, "code", null],
        [3, "name", null],
        [3, "dossier", 2],
        [3, "dossier", 3],
        [3, "dossier", 4],
        [4, "announcementDate", null],
      ]),
    );
    const dossier = issues.filter((i) => i.column === "dossier");
    expect(dossier.map((i) => i.text)).toEqual(["- b�;", "- c�;", "- d�;"]);
    expect(dossier[0] && sayIssue("vi", dossier[0])).toBe(
      "Thành phần, số lượng hồ sơ, dòng 2: có ký tự không hợp lệ (ký tự điều khiển)",
    );
    expect(dossier[0] && sayIssue("en", dossier[0])).toBe(
      "Dossier components and copies, line 2: contains an invalid character (a control character)",
    );
  });

  it("reads semicolon-separated files with loose headers and multi-line cells", async () => {
    const text = [
      "ma tthc;LĨNH VỰC;Tên thủ tục hành chính;Phí, lệ phí;trình tự  thực hiện;Trực tiếp - thời hạn giải quyết;inPersonFee",
      '1.000001;hộ tịch;Cấp bản sao trích lục hộ tịch;"- 8.000 đồng/bản;\n- miễn cho hộ nghèo";"Bước 1. Nộp tờ khai',
      "",
      'Bước 2: Nhận kết quả";"Trong ngày";Không',
      "",
      ";;;;;;",
    ].join("\r\n");
    const { rows, issues } = await parseImportFile(encode(`\uFEFF${text}`), "csv");
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    const checked = validateRecords(rows, knownFields);
    expect(checked.issues).toEqual([]);
    expect(checked.valid[0]).toMatchObject({ code: "1.000001", field: { kind: "known", code: "HT" } });
    expect(checked.valid[0]?.content.fees).toBe("- 8.000 đồng/bản;\n- miễn cho hộ nghèo");
    expect(checked.valid[0]?.content.steps).toBe("Bước 1. Nộp tờ khai\n\nBước 2: Nhận kết quả");
  });

  it("reads the headers of the first template (Mã lĩnh vực, Thành phần hồ sơ) and reports unknown ones", async () => {
    const unknown = await parseImportFile(
      encode(
        "Mã TTHC,Tên thủ tục hành chính,Mã lĩnh vực,Thành phần hồ sơ,Ghi chú nội bộ\n1.000001,A,HT,- Tờ khai,x\n",
      ),
      "csv",
    );
    expect(unknown.issues).toEqual([
      {
        rowNumber: 1,
        column: null,
        header: "Ghi chú nội bộ",
        message: { key: "imports.problems.unknownColumn", values: { header: "Ghi chú nội bộ" } },
      },
    ]);
    expect(unknown.rows[0]?.record).toMatchObject({ field: "HT", dossier: "- Tờ khai" });
    const missing = await parseImportFile(encode("Mã TTHC,Lĩnh vực\n1.000001,HT\n"), "csv");
    expect(missing.rows).toEqual([]);
    expect(pairs(missing.issues)).toEqual([[null, "name"]]);
  });

  it("rejects files that are not UTF-8, malformed or too long", async () => {
    const ansi = Uint8Array.from([0x4d, 0xe3, 0x20, 0x54, 0x54, 0x48, 0x43, 0x0a, 0xf0, 0x0a]);
    const [notUtf8] = (await parseImportFile(ansi, "csv")).issues;
    expect(notUtf8 && sayIssue("vi", notUtf8)).toContain("UTF-8");
    const unclosed = await parseImportFile(encode('Mã TTHC,Tên thủ tục hành chính\n1.000001,"Tên\n'), "csv");
    expect(pairs(unclosed.issues)).toEqual([[null, null]]);
    const lines = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `1.${String(i).padStart(6, "0")},Tên`,
    );
    const tooLong = await parseImportFile(
      encode(["Mã TTHC,Tên thủ tục hành chính", ...lines].join("\n")),
      "csv",
    );
    expect(tooLong.rows).toEqual([]);
    expect(tooLong.issues[0]?.message.values?.max).toBe(MAX_IMPORT_ROWS);
    expect(tooLong.issues[0] && sayIssue("vi", tooLong.issues[0])).toContain(
      MAX_IMPORT_ROWS.toLocaleString("vi-VN"),
    );
    const empty = await parseImportFile(encode("Mã TTHC,Tên thủ tục hành chính\n"), "csv");
    expect(pairs(empty.issues)).toEqual([[null, null]]);
  });

  it("loads a list-only decision: names and codes, to complete later", async () => {
    const parsed = await parseImportFile(
      encode(
        "Mã TTHC,Tên thủ tục hành chính,Lĩnh vực,Cấp thực hiện\n1.012345,Thủ tục A,Hộ tịch,Cấp xã\n,Thủ tục B,Bảo trợ xã hội,\n",
      ),
      "csv",
    );
    const checked = validateRecords(parsed.rows, knownFields);
    expect(checked.issues).toEqual([]);
    expect(checked.valid.map((v) => [v.code.startsWith("DP.") ? "local" : v.code, v.content.steps])).toEqual([
      ["1.012345", ""],
      ["local", ""],
    ]);
    expect(checked.newFields).toEqual([{ name: "Bảo trợ xã hội", rows: [3] }]);
  });
});

describe("XLSX", () => {
  it("reads rich text, numbers, formulas, hyperlinks and dates", async () => {
    const good = await templateRecord();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục");
    sheet.addRow(recordColumns.map((column) => column.header));
    sheet.addRow(recordKeys.map((key) => good[key]));
    const row = sheet.getRow(2);
    row.getCell(columnOf("code")).value = 1.01439;
    row.getCell(columnOf("name")).value = {
      richText: [{ text: "Đăng ký " }, { text: "khai sinh", font: { bold: true } }],
    };
    row.getCell(columnOf("agencies")).value = {
      text: "Ủy ban nhân dân cấp xã",
      hyperlink: "https://example.gov.vn",
    };
    row.getCell(columnOf("fees")).value = { formula: '"Không"', result: "Không" };
    row.getCell(columnOf("conditions")).value = new Date(Date.UTC(2025, 6, 1));
    sheet.addRow([]);
    const { rows, issues } = await parseImportFile(new Uint8Array(await workbook.xlsx.writeBuffer()), "xlsx");
    expect(issues).toEqual([]);
    expect(rows[0]?.record).toMatchObject({
      code: "1.014390",
      name: "Đăng ký khai sinh",
      agencies: "Ủy ban nhân dân cấp xã",
      fees: "Không",
      conditions: "2025-07-01",
    });
    expect(validateRecords(rows, knownFields).valid).toHaveLength(1);
  });

  it("reports a corrupted workbook instead of throwing", async () => {
    const template = await buildTemplate("xlsx");
    for (const data of [template.slice(0, Math.floor(template.length / 2)), encode("not a zip file")]) {
      const result = await parseImportFile(data, "xlsx");
      expect(result.rows).toEqual([]);
      expect(pairs(result.issues)).toEqual([[null, null]]);
    }
  });
});

describe("JSON", () => {
  it("accepts flat records (lines as arrays too) and nested content of either version alike", async () => {
    const good = await templateRecord();
    const flat = JSON.parse(new TextDecoder().decode(await buildTemplate("json")))[0];
    const v1 = {
      name: "Đăng ký kết hôn",
      level: "commune",
      steps: ["Nộp hồ sơ", "Nhận kết quả"],
      channels: [{ kind: "in_person", timeLimit: "Trong ngày", fee: "Miễn" }],
      components: [{ name: "Tờ khai", copies: "01 bản chính" }],
      timeLimit: "Trong ngày",
      applicants: "Cá nhân",
      implementingAgency: "UBND cấp xã",
      result: "Giấy chứng nhận kết hôn",
      fees: "Miễn",
      forms: [],
      conditions: "Không",
      legalBasis: [{ number: "Luật Hộ tịch số 60/2014/QH13", title: "Luật Hộ tịch" }],
    };
    const v2 = contentFromV1(v1 as Parameters<typeof contentFromV1>[0]);
    const arrays = { ...flat, code: "1.000002", steps: good.steps.split("\n") };
    const { rows, issues } = await parseImportFile(
      encode(
        JSON.stringify([
          flat,
          {},
          arrays,
          { code: "1.000003", field: "HT", content: v1 },
          { code: "1.000004", field: "HT", content: v2 },
        ]),
      ),
      "json",
    );
    expect(issues).toEqual([]);
    const result = validateRecords(rows, knownFields);
    expect(result.issues).toEqual([]);
    expect(result.valid.map((v) => v.code)).toEqual(["1.001193", "1.000002", "1.000003", "1.000004"]);
    expect(result.valid[1]?.content).toEqual({ ...result.valid[0]?.content });
    expect(result.valid[2]?.content).toEqual(result.valid[3]?.content);
    expect(result.valid[3]?.content).toEqual(v2);
  });

  it("reports invalid JSON and content of an unknown shape", async () => {
    expect(pairs((await parseImportFile(encode("[{"), "json")).issues)).toEqual([[null, null]]);
    expect(pairs((await parseImportFile(encode('{"a":1}'), "json")).issues)).toEqual([[null, null]]);
    const odd = await parseImportFile(encode('[{"code":"1.000001","content":{"v":2,"name":5}}]'), "json");
    expect(pairs(odd.issues)).toEqual([[1, "name"]]);
  });
});

describe("validateRecords", () => {
  it("matches fields by code or name, offers the unknown ones, and names duplicates", async () => {
    const good = await templateRecord();
    const rows = [
      { rowNumber: 2, record: { ...good, field: "hộ tịch" } },
      { rowNumber: 3, record: { ...good, code: "1.000010", field: "Phòng, chống tệ nạn xã hội" } },
      { rowNumber: 4, record: { ...good, code: "1.000011", field: "phòng chống tệ nạn xã hội" } },
      { rowNumber: 5, record: { ...good } },
      {
        rowNumber: 6,
        record: contentToRecord("", "DD", { ...contentFromV1({ ...v1Sample, name: "Thủ tục không mã" }) }),
      },
      {
        rowNumber: 7,
        record: contentToRecord("", "DD", { ...contentFromV1({ ...v1Sample, name: "Thủ tục không mã" }) }),
      },
    ];
    const { valid, issues, newFields } = validateRecords(rows, knownFields);
    expect(valid.map((v) => [v.rowNumber, v.field])).toEqual([
      [2, { kind: "known", code: "HT" }],
      [3, { kind: "new", name: "Phòng, chống tệ nạn xã hội" }],
      [4, { kind: "new", name: "Phòng, chống tệ nạn xã hội" }],
      [6, { kind: "known", code: "DD" }],
    ]);
    expect(newFields).toEqual([{ name: "Phòng, chống tệ nạn xã hội", rows: [3, 4] }]);
    expect(issues.map((i) => [i.rowNumber, i.column])).toEqual([
      [5, "code"],
      [7, "code"],
    ]);
    expect(issues[1] && sayIssue("vi", issues[1])).toContain("dòng 6");
  });
});

const v1Sample = {
  name: "Mẫu",
  level: "province" as const,
  steps: ["Nộp hồ sơ."],
  channels: [],
  components: [{ name: "Đơn", copies: "01 bản" }],
  timeLimit: "05 ngày",
  applicants: "Tổ chức",
  implementingAgency: "Sở",
  result: "Giấy phép",
  fees: "Không",
  forms: [],
  conditions: "Không",
  legalBasis: [{ number: "Luật X", title: "Luật X" }],
};
