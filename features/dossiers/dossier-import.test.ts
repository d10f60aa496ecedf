import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readChannel, readFlag, readInstant, readStatus } from "./dossier-cells";
import {
  type DossierImportIssue,
  detectDossierFormat,
  MAX_DOSSIER_IMPORT_ROWS,
  readDossierFile,
} from "./dossier-import";
import { buildDossierTemplate } from "./dossier-template";

const utf8 = (text: string) => new TextEncoder().encode(text);
const keys = (issues: DossierImportIssue[]) =>
  issues.map((i) => [i.rowNumber, i.column, typeof i.message === "string" ? i.message : i.message.key]);

describe("cells as Vietnamese exports write them", () => {
  it("reads dates and times in Vietnam's time; a day alone starts it, or ends it for appointments", () => {
    expect(readInstant("25/11/2026", false)).toBe("2026-11-25T00:00:00+07:00");
    expect(readInstant("25/11/2026", true)).toBe("2026-11-25T23:59:59+07:00");
    expect(readInstant("5/1/2026 8:30", false)).toBe("2026-01-05T08:30:00+07:00");
    expect(readInstant("08:30 ngày 25/11/2026", false)).toBe("2026-11-25T08:30:00+07:00");
    expect(readInstant("25-11-2026 14h15", false)).toBe("2026-11-25T14:15:00+07:00");
    expect(readInstant("25.11.2026 16:45:10", true)).toBe("2026-11-25T16:45:10+07:00");
    expect(readInstant("2026-11-25", true)).toBe("2026-11-25T23:59:59+07:00");
    expect(readInstant("2026-11-25T08:30:00Z", false)).toBe("2026-11-25T08:30:00Z");
    expect(readInstant("2026-11-25 08:30", false)).toBe("2026-11-25T08:30:00+07:00");
    for (const bad of ["31/02/2026", "25/13/2026", "25/11/26", "hôm qua", "25/11/2026 25:00", "46000", ""]) {
      expect(readInstant(bad, false), bad).toBeNull();
    }
  });

  it("reads channels, statuses and yes/no in Vietnamese words or the API's codes", () => {
    expect(["Trực tiếp", "TRỰC TUYẾN", "Bưu chính công ích", "online", "truc tiep"].map(readChannel)).toEqual(
      ["in_person", "online", "postal", "online", "in_person"],
    );
    expect(readChannel("Qua mạng")).toBeNull();
    expect(
      ["Đã tiếp nhận", "Đang xử lý", "Đã trả kết quả", "Đã rút", "Từ chối", "returned"].map(readStatus),
    ).toEqual(["received", "processing", "returned", "withdrawn", "rejected", "returned"]);
    expect(readStatus("Xong")).toBeNull();
    expect(["Có", "không", "x", "0"].map(readFlag)).toEqual([true, false, true, false]);
    expect(readFlag("Chưa rõ")).toBeNull();
  });
});

const exportRows = [
  "000.23.45.H12-261125-0001;1.001193;25/11/2026 08:30;26/11/2026 17:00;Trực tiếp;CB-012;Đã trả kết quả;26/11/2026 09:15;CB-012;Không;;",
  "000.23.45.H12-261125-0002;1.001193;25/11/2026 09:00;27/11/2026;Trực tuyến;CB-012;Đang xử lý;;;;02/12/2026 17:00;Chờ xác minh",
];
const semicolonHeader =
  "Mã hồ sơ;Mã thủ tục;Ngày tiếp nhận;Hẹn trả;Hình thức;Cán bộ tiếp nhận;Trạng thái;Ngày trả;Cán bộ trả;Bị phản ánh;Hẹn lại;Lý do xin lỗi";

describe("reading an export", () => {
  it("reads a `;` CSV with a BOM, as Excel in Vietnam saves it", async () => {
    const file = utf8(`\uFEFF${[semicolonHeader, ...exportRows].join("\r\n")}\r\n`);
    const { rows, issues } = await readDossierFile(file, "csv");
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        code: "000.23.45.H12-261125-0001",
        register: {
          code: "000.23.45.H12-261125-0001",
          procedureCode: "1.001193",
          receivedAt: "2026-11-25T08:30:00+07:00",
          dueAt: "2026-11-26T17:00:00+07:00",
          channel: "in_person",
          receivedBy: "CB-012",
          status: "returned",
          returnedAt: "2026-11-26T09:15:00+07:00",
          returnedBy: "CB-012",
          complained: false,
        },
        letter: undefined,
      },
      {
        rowNumber: 3,
        code: "000.23.45.H12-261125-0002",
        register: {
          code: "000.23.45.H12-261125-0002",
          procedureCode: "1.001193",
          receivedAt: "2026-11-25T09:00:00+07:00",
          dueAt: "2026-11-27T23:59:59+07:00",
          channel: "online",
          receivedBy: "CB-012",
          status: "processing",
        },
        letter: { newDueAt: "2026-12-02T17:00:00+07:00", apologyReason: "Chờ xác minh" },
      },
    ]);
  });

  it("reads a `,` CSV without a BOM, with English column names, the same", async () => {
    const english =
      "code,procedureCode,receivedAt,dueAt,channel,receivedBy,status,returnedAt,returnedBy,complained,newDueAt,apologyReason";
    const withBom = await readDossierFile(
      utf8(`\uFEFF${[semicolonHeader, ...exportRows].join("\r\n")}`),
      "csv",
    );
    const plain = await readDossierFile(
      utf8([english, ...exportRows.map((r) => r.replaceAll(";", ","))].join("\n")),
      "csv",
    );
    expect(plain).toEqual(withBom);
  });

  it("reads the templates back: CSV and XLSX give the same rows", async () => {
    const csv = await readDossierFile(await buildDossierTemplate("csv"), "csv");
    const xlsx = await readDossierFile(await buildDossierTemplate("xlsx"), "xlsx");
    expect(csv.issues).toEqual([]);
    expect(csv.rows).toHaveLength(2);
    expect(xlsx).toEqual(csv);
  });

  it("reads Excel date cells as the time they show, formulas as their result", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hồ sơ");
    sheet.addRow(["Mã hồ sơ", "Ngày tiếp nhận", "Hẹn trả", "Trạng thái", "Cán bộ tiếp nhận"]);
    sheet.addRow([
      "HS-1",
      new Date(Date.UTC(2026, 10, 25, 8, 30)),
      new Date(Date.UTC(2026, 10, 26)),
      { formula: 'IF(1=1,"Đang xử lý","")', result: "Đang xử lý" },
      { richText: [{ text: "CB-" }, { text: "07" }] },
    ]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { rows, issues } = await readDossierFile(file, "xlsx");
    expect(issues).toEqual([]);
    expect(rows[0]?.register).toMatchObject({
      receivedAt: "2026-11-25T08:30:00+07:00",
      dueAt: "2026-11-26T23:59:59+07:00",
      status: "processing",
      receivedBy: "CB-07",
    });
  });

  it("names every bad cell by its row and column, and reads no row of a file with errors", async () => {
    const file = utf8(
      [
        "Mã hồ sơ,Ngày tiếp nhận,Hình thức,Trạng thái,Bị phản ánh,Hẹn lại,Ghi chú",
        "HS-1,25/11/2026,Trực tiếp,,,,",
        ",25/11/2026,,,,,",
        "HS-3,hôm qua,Qua mạng,Xong,Chưa rõ,,",
        "HS-4,25/11/2026,,,,30/02/2027,",
        "HS-1,26/11/2026,,,,,",
      ].join("\n"),
    );
    const { rows, issues, ignored } = await readDossierFile(file, "csv");
    expect(rows).toEqual([]);
    expect(ignored).toEqual(["Ghi chú"]);
    expect(keys(issues)).toEqual([
      [3, "code", "dossiers.errors.codeRequired"],
      [4, "receivedAt", "imports.dossiers.problems.date"],
      [4, "channel", "imports.dossiers.problems.channel"],
      [4, "status", "imports.dossiers.problems.status"],
      [4, "complained", "imports.dossiers.problems.flag"],
      [5, "newDueAt", "imports.dossiers.problems.date"],
      [6, "code", "imports.dossiers.problems.duplicateCode"],
    ]);
    expect(issues[2]).toMatchObject({ header: "Hình thức", text: "Qua mạng" });
  });

  it("asks for the required columns", async () => {
    const { issues } = await readDossierFile(utf8("Mã thủ tục;Hẹn trả\n1.001193;25/11/2026\n"), "csv");
    expect(keys(issues)).toEqual([
      [null, "code", "imports.problems.missingColumn"],
      [null, "receivedAt", "imports.problems.missingColumn"],
    ]);
  });

  it("refuses too many rows and files that are too big, with a clear message", async () => {
    const lines = Array.from({ length: MAX_DOSSIER_IMPORT_ROWS + 1 }, (_, i) => `HS-${i},25/11/2026`);
    const many = await readDossierFile(utf8(["Mã hồ sơ,Ngày tiếp nhận", ...lines].join("\n")), "csv");
    expect(keys(many.issues)).toEqual([[null, null, "imports.dossiers.problems.tooManyRows"]]);
    const big = await readDossierFile(new Uint8Array(6 * 1024 * 1024), "csv");
    expect(keys(big.issues)).toEqual([[null, null, "imports.problems.tooBig"]]);
  });

  it("answers every hostile file with issues, never a throw", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("x");
    sheet.addRow(["Mã hồ sơ", "Ngày tiếp nhận", "Hẹn trả"]);
    sheet.addRow([
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { formula: "NOW()" },
      new Date(Number.NaN),
    ]);
    sheet.addRow([{ hyperlink: "javascript:alert(1)", text: "=cmd|' /C calc'!A0" }, 45000, true]);
    const hostile: Array<[Uint8Array, "csv" | "xlsx"]> = [
      [new Uint8Array(await workbook.xlsx.writeBuffer()), "xlsx"],
      [utf8("PK\u0003\u0004 not really a zip"), "xlsx"],
      [new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), "csv"],
      [new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]), "csv"],
      [utf8('Mã hồ sơ,Ngày tiếp nhận\n"HS-1,25/11/2026\n'), "csv"],
      [utf8("Mã hồ sơ,Ngày tiếp nhận\n__proto__,25/11/2026\nconstructor,x\n"), "csv"],
      [utf8(`Mã hồ sơ,Ngày tiếp nhận\n${"x".repeat(5000)},25/11/2026\n`), "csv"],
      [utf8(""), "csv"],
      [utf8("\uFEFF"), "xlsx"],
      [utf8("Mã hồ sơ,Ngày tiếp nhận\n"), "csv"],
      [Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), "csv"],
      [Uint8Array.from({ length: 4096 }, (_, i) => (i * 104729) % 256), "xlsx"],
    ];
    for (const [bytes, format] of hostile) {
      const result = await readDossierFile(bytes, format);
      expect(result.rows.length + result.issues.length, `${format} ${bytes.length}`).toBeGreaterThan(0);
      if (result.issues.length > 0) expect(result.rows).toEqual([]);
    }
  });

  it("knows its formats by the file's name", () => {
    expect(["a.CSV", "b.xlsx", "c.json", "d"].map(detectDossierFormat)).toEqual(["csv", "xlsx", null, null]);
  });
});
