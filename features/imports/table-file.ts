/**
 * Reading a spreadsheet someone exported — CSV (UTF-8 with or without BOM, UTF-16 with BOM; `,`, `;` or tab
 * separated, as Excel in Vietnam writes it) or the first sheet of an XLSX — into a header and rows of text
 * cells. Shared by the imports (procedures, dossiers); each maps the headers to its own columns.
 */
import { CsvError } from "csv-parse";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase, PhraseValues } from "@/i18n/phrase";

export interface Table {
  header: string[];
  /** rowNumber as the user sees it: the sheet's row, the header being row 1. */
  rows: Array<{ rowNumber: number; cells: string[] }>;
}

/** What makes a file unreadable as a table, said as a phrase of `imports.problems`. */
export interface TableProblem {
  problem: Phrase;
}

/** Built without the catalogue itself: scripts and tests read files without saying anything. */
export function problemPhrase(key: MessageKey & `imports.problems.${string}`, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

/** UTF-8 (BOM optional) or UTF-16 with BOM (Excel's "Unicode Text"); null when the bytes are not valid text. */
export function decodeText(data: Uint8Array): string | null {
  const encoding =
    data[0] === 0xff && data[1] === 0xfe
      ? "utf-16le"
      : data[0] === 0xfe && data[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

/** The rows of a CSV file; `isKnownHeader` picks the separator that finds the most known headers. */
export function readCsvTable(
  data: Uint8Array,
  isKnownHeader: (cell: string) => boolean,
): Table | TableProblem {
  const text = decodeText(data);
  if (text === null) return { problem: problemPhrase("imports.problems.csvEncoding") };
  try {
    const records: string[][] = parseCsv(text, {
      delimiter: detectDelimiter(text, isKnownHeader),
      relax_column_count: true,
      relax_quotes: true,
    });
    const [header = [], ...rows] = records;
    return { header, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
  } catch (error) {
    return {
      problem:
        error instanceof CsvError && typeof error.lines === "number"
          ? problemPhrase("imports.problems.csvSyntaxNear", { line: error.lines })
          : problemPhrase("imports.problems.csvSyntax"),
    };
  }
}

const delimiters = [",", ";", "\t"] as const;

/** The delimiter that splits the first line into the most known headers (headers themselves contain commas). */
function detectDelimiter(text: string, isKnownHeader: (cell: string) => boolean): string {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, 1)[0] ?? "";
  const scored = delimiters.map((delimiter) => {
    try {
      const cells: string[] =
        parseCsv(firstLine, { delimiter, relax_column_count: true, relax_quotes: true })[0] ?? [];
      return { delimiter, score: cells.filter(isKnownHeader).length * 1000 + cells.length };
    } catch {
      return { delimiter, score: 0 };
    }
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0]?.delimiter ?? ",";
}

export interface XlsxOptions {
  /** More data rows than this: the file is refused as a whole (`tooManyRows` names the limit). */
  maxRows: number;
  tooManyRows: Phrase;
  /** A cell's text; `column` is its 0-based index. Default `cellText`. */
  cellText?: (value: ExcelJS.CellValue, column: number, header: readonly string[]) => string;
}

/** The first sheet of an XLSX workbook; formulas give their cached result, errors their code. */
export async function readXlsxTable(data: Uint8Array, options: XlsxOptions): Promise<Table | TableProblem> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type, structurally an ArrayBuffer.
    await workbook.xlsx.load(data.slice().buffer);
  } catch {
    return { problem: problemPhrase("imports.problems.xlsxUnreadable") };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problem: problemPhrase("imports.problems.xlsxNoSheet") };
  if (sheet.actualRowCount > options.maxRows + 1) return { problem: options.tooManyRows };
  const text = options.cellText ?? ((value: ExcelJS.CellValue) => cellText(value));
  const header = rowCells(sheet.getRow(1), (value) => cellText(value));
  const rows: Table["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: rowCells(row, (value, i) => text(value, i, header)) });
  });
  return { header, rows };
}

function rowCells(row: ExcelJS.Row, text: (value: ExcelJS.CellValue, index: number) => string): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const index = columnNumber - 1;
    cells[index] = text(cell.value, index);
  });
  return Array.from({ length: cells.length }, (_, i) => cells[i] ?? "");
}

/** A cell as text: dates as their day (YYYY-MM-DD), formulas as their result, rich text as its text. */
export function cellText(value: ExcelJS.CellValue, date = (d: Date) => d.toISOString().slice(0, 10)): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : date(value);
  if (typeof value !== "object") return "";
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return cellText(value.text, date);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null, date);
  if ("error" in value) return String(value.error);
  return "";
}
