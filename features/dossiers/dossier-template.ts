/**
 * The dossier import's template: the Vietnamese headers of the file format (the same in every language)
 * and example rows; notes in the staff member's language. Pure: no I/O.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type DossierColumn, dossierColumnKeys, dossierColumns } from "./dossier-import";

/** Example rows (sample data): one returned on time, one late with an apology letter. */
const exampleRows: ReadonlyArray<Record<DossierColumn, string>> = [
  {
    code: "000.23.45.H12-261125-0001",
    procedureCode: "1.001193",
    receivedAt: "25/11/2026 08:30",
    dueAt: "26/11/2026 17:00",
    channel: "Trực tiếp",
    receivedBy: "CB-012",
    status: "Đã trả kết quả",
    returnedAt: "26/11/2026 09:15",
    returnedBy: "CB-012",
    complained: "Không",
    newDueAt: "",
    apologyReason: "",
  },
  {
    code: "000.23.45.H12-261125-0002",
    procedureCode: "1.001193",
    receivedAt: "25/11/2026 09:00",
    dueAt: "27/11/2026 17:00",
    channel: "Trực tuyến",
    receivedBy: "CB-012",
    status: "Đang xử lý",
    returnedAt: "",
    returnedBy: "",
    complained: "Không",
    newDueAt: "02/12/2026 17:00",
    apologyReason: "Cần xác minh thêm thông tin với cơ quan liên quan.",
  },
];

/** What explains the XLSX template in the staff member's language: the sheet's name and a note per column. */
export interface DossierTemplateTexts {
  sheet: string;
  hint: (key: DossierColumn) => string;
}

/** The import template: Vietnamese headers (the file format, the same in every language) and two example rows. */
export async function buildDossierTemplate(
  format: "csv" | "xlsx",
  texts?: DossierTemplateTexts,
  rows: ReadonlyArray<Record<DossierColumn, string>> = exampleRows,
): Promise<Uint8Array> {
  if (format === "csv") {
    const csv = Papa.unparse(
      [dossierColumns.map((c) => c.header), ...rows.map((r) => dossierColumnKeys.map((key) => r[key]))],
      { newline: "\r\n" },
    );
    // Without a BOM Excel reads the file in the ANSI code page and garbles Vietnamese.
    return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(texts?.sheet ?? "Hồ sơ", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = dossierColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === "apologyReason" ? 48 : c.key === "code" ? 28 : 18,
    // Text format keeps codes and dates as typed.
    style: { numFmt: "@" },
  }));
  for (const row of rows) sheet.addRow(row);
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  if (texts) {
    dossierColumns.forEach((c, i) => {
      headerRow.getCell(i + 1).note = texts.hint(c.key);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
