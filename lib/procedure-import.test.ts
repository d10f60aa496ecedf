import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  buildTemplate,
  detectFormat,
  type ImportFormat,
  type ImportRow,
  MAX_IMPORT_ROWS,
  parseImportFile,
  validateRecords,
} from "./procedure-import";
import { type ProcedureRecord, recordColumns, recordKeys } from "./procedure-record";

const columnOf = (key: string) => recordColumns.findIndex((c) => c.key === key) + 1;

const knownFields = new Set(["HT", "DD"]);
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
    expect(detectFormat("thu-tuc.CSV")).toBe("csv");
    expect(detectFormat("Danh mục TTHC.xlsx")).toBe("xlsx");
    expect(detectFormat("export.json")).toBe("json");
    expect(detectFormat("cu.xls")).toBeNull();
    expect(detectFormat("csv")).toBeNull();
  });
});

describe("templates", () => {
  it.each<ImportFormat>(["csv", "xlsx", "json"])(
    "%s template parses and validates to one procedure",
    async (format) => {
      const parsed = await parseImportFile(await buildTemplate(format), format);
      expect(parsed.issues).toEqual([]);
      const { valid, issues } = validateRecords(parsed.rows, knownFields);
      expect(issues).toEqual([]);
      expect(valid).toHaveLength(1);
      expect(valid[0]).toMatchObject({
        rowNumber: format === "json" ? 1 : 2,
        code: "1.001193",
        fieldCode: "HT",
      });
      expect(valid[0]?.content.steps).toHaveLength(4);
      expect(valid[0]?.content.channels.map((c) => c.kind)).toEqual(["in_person", "online", "post"]);
    },
  );

  it("starts the CSV template with a UTF-8 BOM for Excel", async () => {
    const bytes = await buildTemplate("csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Mã TTHC,Mã lĩnh vực,Cấp thực hiện");
  });
});

describe("CSV", () => {
  it("reports every error with its row and column", async () => {
    const good = await templateRecord();
    const file = csvOf([
      good,
      { ...good, code: "x", steps: "" },
      { ...good, code: "1.000002", level: "Cấp huyện", onlineTimeLimit: "", onlineLevel: "" },
      {
        ...good,
        code: "1.000003",
        components: "Tờ khai | 01 bản | KHONG-CO",
        legalBasis: "Luật | Luật | 32/01/2020",
      },
      { ...good, code: "1.000004", fieldCode: "XX" },
      { ...good, code: "1.001193" },
      { ...good, code: "1.000005", name: "", conditions: " " },
    ]);
    const parsed = await parseImportFile(file, "csv");
    expect(parsed.issues).toEqual([]);
    const { valid, issues } = validateRecords(parsed.rows, knownFields);
    expect(valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(pairs(issues)).toEqual([
      [3, "code"],
      [3, "steps"],
      [4, "level"],
      [4, "onlineLevel"],
      [4, "onlineTimeLimit"],
      [5, "components"],
      [5, "legalBasis"],
      [6, "fieldCode"],
      [7, "code"],
      [8, "name"],
      [8, "conditions"],
    ]);
    expect(issues.find((i) => i.rowNumber === 7)?.message).toBe('Mã TTHC: mã "1.001193" trùng với dòng 2');
    expect(issues.find((i) => i.rowNumber === 3 && i.column === "steps")).toEqual({
      rowNumber: 3,
      column: "steps",
      header: "Trình tự thực hiện",
      message: "Trình tự thực hiện: cần ít nhất một bước",
    });
  });

  it("reads semicolon-separated files with loose headers and multi-line cells", async () => {
    const text = [
      "ma tthc;MÃ LĨNH VỰC;Tên thủ tục hành chính;Phí, lệ phí;trình tự  thực hiện;Trực tiếp - thời hạn giải quyết;inPersonFee",
      '1.000001;ht;Cấp bản sao trích lục hộ tịch;"8.000 đồng/bản; miễn cho hộ nghèo";"1. Nộp tờ khai',
      "",
      'Bước 2: Nhận kết quả";"Trong ngày";Không',
      "",
      ";;;;;;",
    ].join("\r\n");
    const { rows, issues } = await parseImportFile(encode(`\uFEFF${text}`), "csv");
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowNumber).toBe(2);
    expect(rows[0]?.record).toMatchObject({
      code: "1.000001",
      fieldCode: "ht",
      fees: "8.000 đồng/bản; miễn cho hộ nghèo",
      steps: "1. Nộp tờ khai\r\n\r\nBước 2: Nhận kết quả",
      inPersonTimeLimit: "Trong ngày",
    });
    const { issues: rowIssues } = validateRecords(rows, knownFields);
    expect(rowIssues.map((i) => i.column)).not.toContain("steps");
  });

  it("reports unknown and missing columns", async () => {
    const unknown = await parseImportFile(
      encode("Mã TTHC,Tên thủ tục hành chính,Ghi chú nội bộ\n1.000001,A,x\n"),
      "csv",
    );
    expect(unknown.issues).toEqual([
      {
        rowNumber: 1,
        column: null,
        header: "Ghi chú nội bộ",
        message: expect.stringContaining('"Ghi chú nội bộ"'),
      },
    ]);
    expect(unknown.rows).toHaveLength(1);
    const missing = await parseImportFile(encode("Tên thủ tục hành chính,Mã lĩnh vực\nA,HT\n"), "csv");
    expect(missing.rows).toEqual([]);
    expect(pairs(missing.issues)).toEqual([[null, "code"]]);
  });

  it("rejects files that are not UTF-8, malformed or too long", async () => {
    const ansi = Uint8Array.from([0x4d, 0xe3, 0x20, 0x54, 0x54, 0x48, 0x43, 0x0a, 0xf0, 0x0a]);
    const notUtf8 = await parseImportFile(ansi, "csv");
    expect(notUtf8.issues[0]?.message).toContain("UTF-8");
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
    expect(tooLong.issues[0]?.message).toContain(String(MAX_IMPORT_ROWS));
    const empty = await parseImportFile(encode("Mã TTHC,Tên thủ tục hành chính\n"), "csv");
    expect(pairs(empty.issues)).toEqual([[null, null]]);
  });

  it("parses and validates 2,000 rows quickly", async () => {
    const good = await templateRecord();
    const records = Array.from({ length: 2000 }, (_, i) => ({
      ...good,
      code: `1.${String(i).padStart(6, "0")}`,
    }));
    const file = csvOf(records);
    const started = performance.now();
    const parsed = await parseImportFile(file, "csv");
    const { valid, issues } = validateRecords(parsed.rows, knownFields);
    const elapsed = performance.now() - started;
    console.log(
      `2,000-row CSV (${(file.byteLength / 1024).toFixed(0)} KB) parsed and validated in ${elapsed.toFixed(0)} ms`,
    );
    expect(issues).toEqual([]);
    expect(valid).toHaveLength(2000);
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
    row.getCell(columnOf("implementingAgency")).value = {
      text: "Ủy ban nhân dân cấp xã",
      hyperlink: "https://example.gov.vn",
    };
    row.getCell(columnOf("fees")).value = { formula: '"Không"', result: "Không" };
    row.getCell(columnOf("conditions")).value = new Date(Date.UTC(2025, 6, 1));
    sheet.addRow([]);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());

    const { rows, issues } = await parseImportFile(data, "xlsx");
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.record).toMatchObject({
      code: "1.014390",
      name: "Đăng ký khai sinh",
      implementingAgency: "Ủy ban nhân dân cấp xã",
      fees: "Không",
      conditions: "2025-07-01",
    });
    expect(validateRecords(rows, knownFields).valid).toHaveLength(1);
  });

  it("reports a corrupted workbook instead of throwing", async () => {
    const template = await buildTemplate("xlsx");
    const corrupted = template.slice(0, Math.floor(template.length / 2));
    for (const data of [corrupted, encode("not a zip file")]) {
      const result = await parseImportFile(data, "xlsx");
      expect(result.rows).toEqual([]);
      expect(pairs(result.issues)).toEqual([[null, null]]);
    }
  });
});

describe("JSON", () => {
  it("accepts flat records and nested content alike", async () => {
    const good = await templateRecord();
    const nested = JSON.parse(new TextDecoder().decode(await buildTemplate("json")))[0];
    const flat = { ...good, code: "1.000002", steps: ["Nộp hồ sơ", "Nhận kết quả"] };
    const { rows, issues } = await parseImportFile(
      encode(JSON.stringify([nested, {}, flat, { code: " ", content: {} }])),
      "json",
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3]);
    const result = validateRecords(rows, knownFields);
    expect(result.issues).toEqual([]);
    expect(result.valid.map((v) => v.code)).toEqual(["1.001193", "1.000002"]);
    expect(result.valid[0]?.content).toEqual(nested.content);
    expect(result.valid[1]?.content.steps).toEqual(["Nộp hồ sơ", "Nhận kết quả"]);
  });

  it("validates nested content column by column", async () => {
    const nested = JSON.parse(new TextDecoder().decode(await buildTemplate("json")))[0];
    const broken = {
      ...nested,
      extra: 1,
      content: { ...nested.content, level: "district", steps: "Nộp hồ sơ" },
    };
    const { rows, issues } = await parseImportFile(encode(JSON.stringify([broken, broken])), "json");
    expect(pairs(issues)).toEqual([[1, null]]);
    expect(issues[0]?.header).toBe("extra");
    expect(pairs(validateRecords(rows, knownFields).issues)).toEqual([
      [1, "level"],
      [1, "steps"],
      [2, "code"],
      [2, "level"],
      [2, "steps"],
    ]);
  });

  it("reports invalid JSON", async () => {
    for (const text of ["{not json", '{"code": "1.000001"}', "[1]"]) {
      const { rows, issues } = await parseImportFile(encode(text), "json");
      expect(rows).toEqual([]);
      expect(issues).toHaveLength(1);
    }
  });
});

describe("validateRecords", () => {
  it("flags unknown fields and duplicate codes", async () => {
    const good = await templateRecord();
    const rows: ImportRow[] = [
      { rowNumber: 2, record: good },
      { rowNumber: 3, record: { ...good, code: " 1.001193 ", fieldCode: "dd" } },
      { rowNumber: 4, record: { ...good, code: "1.000009", fieldCode: "QH" } },
    ];
    const { valid, issues } = validateRecords(rows, knownFields);
    expect(valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(issues.map((i) => [i.rowNumber, i.column, i.message])).toEqual([
      [3, "code", 'Mã TTHC: mã "1.001193" trùng với dòng 2'],
      [4, "fieldCode", 'Mã lĩnh vực: không có lĩnh vực mã "QH" trong hệ thống'],
    ]);
  });
});
