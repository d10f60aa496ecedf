/** The dashboard's table as a file: CSV (UTF-8 with BOM, for Excel) or XLSX with real numbers. */

import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import type { Cell, FigureTable } from "./figure-table";

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportContentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function csvCell(cell: Cell): string {
  if (cell === null) return "";
  return typeof cell === "number" && !Number.isInteger(cell) ? cell.toFixed(2) : String(cell);
}

/** Numbers with a decimal point and two decimals; the BOM makes Excel read the file as UTF-8. */
export function figureTableCsv(table: FigureTable): Uint8Array {
  const decimals = new Set(table.decimalColumns);
  const rows = table.rows.map((row) =>
    row.map((cell, i) => (typeof cell === "number" && decimals.has(i) ? cell.toFixed(2) : csvCell(cell))),
  );
  const csv = `${Papa.unparse([table.headers, ...rows], { newline: "\r\n" })}\r\n`;
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

/**
 * Sheet "Chỉ số" (English: "Index") holds the table (header in row 1); sheet "Ghi chú" ("Notes") the
 * period, scope and rules; sheet names in the manager's language.
 */
export async function figureTableXlsx(
  table: FigureTable,
  notes: ReadonlyArray<readonly [string, string]>,
  lang: Lang = "vi",
): Promise<Uint8Array> {
  return tablesXlsx([{ name: translator(lang)("index.files.indexSheet"), table }], notes, lang);
}

/**
 * Several tables, one sheet each (header in row 1, frozen; numbers as numbers, two decimals in the
 * decimal columns), then the notes' sheet; sheet names in the manager's language.
 */
export async function tablesXlsx(
  sheets: ReadonlyArray<{ name: string; table: FigureTable }>,
  notes: ReadonlyArray<readonly [string, string]>,
  lang: Lang = "vi",
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    const decimals = new Set(table.decimalColumns);
    sheet.columns = table.headers.map((header, i) => ({
      header,
      width: i === table.unitColumn ? 48 : 16,
      style: decimals.has(i) ? { numFmt: "0.00" } : {},
    }));
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  }
  const about = workbook.addWorksheet(translator(lang)("index.files.notesSheet"));
  about.columns = [{ width: 28 }, { width: 100 }];
  for (const [key, value] of notes) about.addRow([key, value]);
  about.getColumn(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
