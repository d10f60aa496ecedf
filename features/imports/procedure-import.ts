import ExcelJS from "exceljs";
import Papa from "papaparse";
import {
  asCurrentContent,
  CONTENT_VERSION,
  type ProcedureContent,
  procedureContentSchema,
} from "@/features/catalog/procedure-content";
import {
  contentToRecord,
  emptyRecord,
  headerOf,
  type ProcedureRecord,
  type ReadRecord,
  type RecordKey,
  readRecord,
  recordColumns,
  recordKeys,
} from "@/features/catalog/procedure-record";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase, PhraseValues } from "@/i18n/phrase";
import { normalizeForSearch } from "@/lib/search-text";
import { cellText, decodeText, readCsvTable, readXlsxTable, type Table } from "./table-file";

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = "csv" | "xlsx" | "json";

/** rowNumber as the user sees it: CSV/XLSX the sheet row (header = row 1), JSON the array index + 1. */
export interface ImportRow {
  rowNumber: number;
  record: ProcedureRecord;
}

/** A problem to show the user: its row, column, item (line) and text when known, and what is wrong. */
export interface ImportIssue {
  rowNumber: number | null;
  column: RecordKey | null;
  /** The column's header as the file writes it. */
  header: string | null;
  item?: number | null;
  text?: string | null;
  /** A phrase naming its column as `{column}` when it has one (said by `sayIssue`, issue-text.ts). */
  message: Phrase;
}

/** An issue as the staff member reads it: its message in their language. */
export type ShownIssue = Omit<ImportIssue, "message"> & { message: string };

/**
 * A phrase of a problem of the file. Built without the catalogue itself: this module is also loaded by
 * scripts and tests that read files without saying anything.
 */
function phrase(key: MessageKey & `imports.problems.${string}`, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

type ParseResult = { rows: ImportRow[]; issues: ImportIssue[] };

export function detectFormat(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === "csv" || extension === "xlsx" || extension === "json" ? extension : null;
}

export async function parseImportFile(data: Uint8Array, format: ImportFormat): Promise<ParseResult> {
  if (data.byteLength > MAX_IMPORT_BYTES) {
    return failed(phrase("imports.problems.tooBig", { mb: MAX_IMPORT_BYTES / 1024 / 1024 }));
  }
  try {
    const result = format === "json" ? parseJson(data) : await parseTable(data, format);
    return checkSize(result);
  } catch {
    // Readers report bad input as issues; this only guards against a library failing in an unexpected way.
    return failed(phrase("imports.problems.unreadable"));
  }
}

function failed(message: Phrase): ParseResult {
  return { rows: [], issues: [fileIssue(message)] };
}

function fileIssue(message: Phrase): ImportIssue {
  return { rowNumber: null, column: null, header: null, message };
}

function checkSize(result: ParseResult): ParseResult {
  if (result.rows.length > MAX_IMPORT_ROWS) {
    return failed(
      phrase("imports.problems.tooManyRows", { count: result.rows.length, max: MAX_IMPORT_ROWS }),
    );
  }
  if (result.rows.length === 0 && result.issues.length === 0) {
    return failed(phrase("imports.problems.noProcedures"));
  }
  return result;
}

// ——— headers ———

/** Letters and digits only, no diacritics, so "Trực tiếp - thời hạn  giải quyết*" still finds its column. */
function foldHeader(raw: string): string {
  return normalizeForSearch(raw).replace(/[^a-z0-9]/g, "");
}

const columnByHeader = new Map<string, RecordKey>(
  recordColumns.flatMap((column) =>
    [column.key, column.header, ...(column.aliases ?? [])].map(
      (name) => [foldHeader(name), column.key] as const,
    ),
  ),
);

function lookupColumn(raw: string): RecordKey | null {
  return columnByHeader.get(foldHeader(raw)) ?? null;
}

function mapHeader(header: readonly string[]): { columns: Array<RecordKey | null>; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const seen = new Set<RecordKey>();
  const columns = header.map((raw) => {
    const text = raw.trim();
    if (text === "") return null;
    const key = lookupColumn(text);
    if (key === null) issues.push(unknownColumnIssue(1, text));
    else if (seen.has(key)) {
      issues.push({
        rowNumber: 1,
        column: key,
        header: text,
        message: phrase("imports.problems.duplicateColumn", { header: text }),
      });
      return null;
    }
    if (key !== null) seen.add(key);
    return key;
  });
  return { columns, issues: [...issues, ...missingColumnIssues(seen)] };
}

function unknownColumnIssue(rowNumber: number, header: string): ImportIssue {
  return {
    rowNumber,
    column: null,
    header,
    message: phrase("imports.problems.unknownColumn", { header }),
  };
}

const requiredColumns: readonly RecordKey[] = ["name"];

function missingColumnIssues(present: ReadonlySet<RecordKey>): ImportIssue[] {
  return requiredColumns
    .filter((key) => !present.has(key))
    .map((key) => ({
      rowNumber: null,
      column: key,
      header: headerOf(key),
      message: phrase("imports.problems.missingColumn", { header: headerOf(key) }),
    }));
}

// ——— CSV and XLSX ———

async function parseTable(data: Uint8Array, format: "csv" | "xlsx"): Promise<ParseResult> {
  const table = format === "csv" ? readCsv(data) : await readXlsx(data);
  if ("message" in table) return { rows: [], issues: [table] };
  const { columns, issues } = mapHeader(table.header);
  if (issues.some((issue) => issue.rowNumber === null)) return { rows: [], issues };
  const rows: ImportRow[] = [];
  for (const row of table.rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    const { record, stray } = cellsToRecord(row.cells, columns, table.header);
    rows.push({ rowNumber: row.rowNumber, record });
    if (stray) issues.push(strayCellIssue(row.rowNumber));
  }
  return { rows, issues };
}

function isBlank(record: ProcedureRecord): boolean {
  return recordKeys.every((key) => record[key].trim() === "");
}

function cellsToRecord(
  cells: readonly string[],
  columns: ReadonlyArray<RecordKey | null>,
  header: readonly string[],
): { record: ProcedureRecord; stray: boolean } {
  const record = emptyRecord();
  let stray = false;
  cells.forEach((cell, i) => {
    const key = columns[i];
    if (key) record[key] = cell.normalize("NFC");
    // Cells under an unknown header were already reported once, at the header.
    else if (cell.trim() !== "" && (header[i] ?? "").trim() === "") stray = true;
  });
  return { record, stray };
}

function strayCellIssue(rowNumber: number): ImportIssue {
  return {
    rowNumber,
    column: null,
    header: null,
    message: phrase("imports.problems.strayCell"),
  };
}

function readCsv(data: Uint8Array): Table | ImportIssue {
  const table = readCsvTable(data, (cell) => lookupColumn(cell) !== null);
  return "problem" in table ? fileIssue(table.problem) : table;
}

async function readXlsx(data: Uint8Array): Promise<Table | ImportIssue> {
  const table = await readXlsxTable(data, {
    maxRows: MAX_IMPORT_ROWS,
    tooManyRows: phrase("imports.problems.xlsxTooManyRows", { max: MAX_IMPORT_ROWS }),
    cellText: (value, column, header) =>
      lookupColumn(header[column] ?? "") === "code" ? codeCellText(value) : cellText(value),
  });
  return "problem" in table ? fileIssue(table.problem) : table;
}

/**
 * Excel turns a national code typed into a General cell, "1.014390", into the number 1.01439.
 * National codes have six decimals, so restore them rather than import a wrong code.
 */
function codeCellText(value: ExcelJS.CellValue): string {
  if (typeof value !== "number" || value < 1 || value >= 10) return cellText(value);
  const sixDecimals = value.toFixed(6);
  return Number(sixDecimals) === value ? sixDecimals : String(value);
}

// ——— JSON ———

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(data: Uint8Array): ParseResult {
  const text = decodeText(data);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? "");
  } catch {
    return failed(phrase("imports.problems.jsonInvalid"));
  }
  if (!Array.isArray(parsed)) return failed(phrase("imports.problems.jsonNotArray"));
  const result: ParseResult = { rows: [], issues: [] };
  const reportedKeys = new Set<string>();
  parsed.forEach((item: unknown, i) => {
    const rowNumber = i + 1;
    if (!isObject(item)) {
      result.issues.push({ ...fileIssue(phrase("imports.problems.jsonNotObject")), rowNumber });
    } else {
      const { record, issues } =
        "content" in item ? nestedToRecord(item, rowNumber) : flatToRecord(item, rowNumber);
      if (!isBlank(record)) result.rows.push({ rowNumber, record });
      result.issues.push(...issues.filter((issue) => firstTime(reportedKeys, issue)));
    }
  });
  return result;
}

/** Unknown JSON keys usually repeat on every object; say so once. */
function firstTime(reported: Set<string>, issue: ImportIssue): boolean {
  if (issue.column !== null || issue.header === null) return true;
  if (reported.has(issue.header)) return false;
  reported.add(issue.header);
  return true;
}

function flatToRecord(
  item: JsonObject,
  rowNumber: number,
): { record: ProcedureRecord; issues: ImportIssue[] } {
  const record = emptyRecord();
  const issues: ImportIssue[] = [];
  for (const [name, value] of Object.entries(item)) {
    const key = lookupColumn(name);
    const text = key === null ? null : jsonCellText(value);
    if (key === null) issues.push(unknownColumnIssue(rowNumber, name));
    else if (text === null) {
      issues.push({
        rowNumber,
        column: key,
        header: headerOf(key),
        message: phrase("imports.problems.jsonNotString"),
      });
    } else record[key] = text.normalize("NFC");
  }
  return { record, issues };
}

function jsonCellText(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // A list of strings is accepted for multi-line columns such as steps.
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("\n");
  return null;
}

const nestedKeys = new Set([
  "code",
  "field",
  "fieldCode",
  "content",
  "announcementNumber",
  "announcementDate",
]);

/**
 * `{ code, field, content }` as the JSON template and exports write it (content of either version); read
 * through the same record as every other format, so it gives the same version.
 */
function nestedToRecord(
  item: JsonObject,
  rowNumber: number,
): { record: ProcedureRecord; issues: ImportIssue[] } {
  const issues: ImportIssue[] = Object.keys(item)
    .filter((key) => !nestedKeys.has(key))
    .map((key) => unknownColumnIssue(rowNumber, key));
  const raw = isObject(item.content) ? item.content : {};
  const content = raw.v === CONTENT_VERSION ? procedureContentSchema.safeParse(raw) : undefined;
  let record: ProcedureRecord;
  if (content?.success) {
    record = contentToRecord(text(item.code), text(item.field ?? item.fieldCode), content.data);
  } else if (raw.v === undefined && typeof raw.name === "string") {
    try {
      record = contentToRecord(text(item.code), text(item.field ?? item.fieldCode), asCurrentContent(raw));
    } catch {
      record = emptyRecord();
    }
  } else {
    record = emptyRecord();
    record.code = text(item.code);
    issues.push({
      rowNumber,
      column: "name",
      header: "content",
      message: phrase("imports.problems.jsonBadContent"),
    });
  }
  record.announcementNumber = text(item.announcementNumber);
  record.announcementDate = text(item.announcementDate);
  return { record, issues };
}

function text(value: unknown): string {
  if (typeof value === "string") return value.normalize("NFC");
  return typeof value === "number" ? String(value) : "";
}

// ——— templates ———

/** An example row, as a province's decision writes a procedure (sample text, not an official record). */
const exampleRecord: ProcedureRecord = {
  ...emptyRecord(),
  code: "1.001193",
  field: "Hộ tịch",
  level: "Cấp xã",
  name: "Thủ tục đăng ký khai sinh",
  steps: [
    "Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận một cửa của Ủy ban nhân dân cấp xã.",
    "Bước 2: Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra hồ sơ:",
    "+ Trường hợp hồ sơ đầy đủ, hợp lệ thì tiếp nhận;",
    "+ Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn người yêu cầu bổ sung, hoàn thiện.",
    "Bước 3: Trả kết quả cho người có yêu cầu.",
  ].join("\n"),
  inPersonTimeLimit:
    "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.",
  inPersonFee: "Miễn lệ phí.",
  inPersonDescription: "Nộp tại Bộ phận một cửa của Ủy ban nhân dân cấp xã.",
  onlineLevel: "Toàn trình",
  onlineTimeLimit: "Ngay trong ngày tiếp nhận hồ sơ.",
  onlineFee: "Miễn lệ phí.",
  onlineDescription: "Nộp trên Cổng Dịch vụ công quốc gia.",
  dossier: [
    "a) Giấy tờ phải nộp:",
    "- Tờ khai đăng ký khai sinh theo mẫu;",
    "- Giấy chứng sinh hoặc giấy tờ thay thế giấy chứng sinh.",
    "b) Giấy tờ phải xuất trình:",
    "- Giấy tờ tùy thân của người đi đăng ký khai sinh.",
    "Số lượng hồ sơ: 01 bộ.",
  ].join("\n"),
  timeLimit: "Ngay trong ngày tiếp nhận hồ sơ.",
  applicants: "Cá nhân.",
  agencies: "Ủy ban nhân dân cấp xã.",
  result: "Giấy khai sinh (bản chính).",
  fees: "Miễn lệ phí.",
  forms: "TK-KS | Tờ khai đăng ký khai sinh (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
  conditions: "Không.",
  legalBasis: [
    "- Luật Hộ tịch số 60/2014/QH13 ngày 20 tháng 11 năm 2014;",
    "- Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ.",
  ].join("\n"),
  announcementNumber: "",
  announcementDate: "",
};

/** What explains the XLSX template to the staff member, in their language: the sheet's name, a note per column. */
export interface TemplateTexts {
  sheet: string;
  hint: (key: RecordKey) => string;
}

/**
 * The import template. Its column names are the file format (the same in every language); only what
 * explains them — the notes of the XLSX headers, the sheet's name — is given in the staff member's language.
 */
export async function buildTemplate(format: ImportFormat, texts?: TemplateTexts): Promise<Uint8Array> {
  if (format === "json") return new TextEncoder().encode(`${JSON.stringify([exampleJson()], null, 2)}\n`);
  if (format === "csv") return csvTemplate();
  return xlsxTemplate(texts);
}

/** One key per column, each value the column's text: the simplest JSON a script or a person can write. */
function exampleJson(): Record<string, string> {
  return Object.fromEntries(
    recordKeys.filter((key) => exampleRecord[key] !== "").map((key) => [key, exampleRecord[key]]),
  );
}

function csvTemplate(): Uint8Array {
  const csv = `${Papa.unparse(
    [recordColumns.map((column) => column.header), recordKeys.map((key) => exampleRecord[key])],
    { newline: "\r\n" },
  )}\r\n`;
  // Without a BOM Excel reads the file in the ANSI code page and garbles Vietnamese.
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

/** The sheet's name in files written for machines (exports, fixtures) and in the template by default. */
const SHEET = "Thủ tục";

const wideColumns: ReadonlySet<RecordKey> = new Set([
  "steps",
  "dossier",
  "channelsText",
  "forms",
  "legalBasis",
  "fees",
  "agencies",
]);

async function xlsxTemplate(texts: TemplateTexts | undefined): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(texts?.sheet ?? SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = recordColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: wideColumns.has(column.key) ? 60 : column.key === "name" ? 40 : 24,
    // Text format keeps codes like "1.014390" from becoming numbers.
    style: { numFmt: "@", alignment: { wrapText: true, vertical: "top" } },
  }));
  sheet.addRow(exampleRecord);
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  if (texts) {
    recordColumns.forEach((column, i) => {
      headerRow.getCell(i + 1).note = texts.hint(column.key);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes records in a format the import reads back to the same content (exports, fixtures in three formats). */
export async function writeRecords(
  records: readonly ProcedureRecord[],
  format: ImportFormat,
): Promise<Uint8Array> {
  if (format === "json") {
    const rows = records.map((r) =>
      Object.fromEntries(recordKeys.filter((key) => r[key] !== "").map((key) => [key, r[key]])),
    );
    return new TextEncoder().encode(`${JSON.stringify(rows, null, 2)}\n`);
  }
  if (format === "csv") {
    const csv = `${Papa.unparse(
      [recordColumns.map((column) => column.header), ...records.map((r) => recordKeys.map((key) => r[key]))],
      { newline: "\r\n" },
    )}\r\n`;
    return new TextEncoder().encode(`\uFEFF${csv}`);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.columns = recordColumns.map((column) => ({
    header: column.header,
    key: column.key,
    style: { numFmt: "@" },
  }));
  for (const r of records) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ——— validation ———

export interface KnownField {
  code: string;
  name: string;
}

/** The field a row names: one of the catalogue's (by code or name), or a new one to create. */
export type FieldRef = { kind: "known"; code: string } | { kind: "new"; name: string };

export interface ValidRow extends Omit<ReadRecord, "field"> {
  rowNumber: number;
  field: FieldRef;
}

export interface Validation {
  valid: ValidRow[];
  issues: ImportIssue[];
  /** Fields the file names that the catalogue does not have, with the rows naming them. */
  newFields: Array<{ name: string; rows: number[] }>;
}

function foldName(raw: string): string {
  return normalizeForSearch(raw)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function matchField(raw: string, known: readonly KnownField[]): FieldRef {
  const folded = foldName(raw);
  const match = known.find((f) => foldName(f.code) === folded || foldName(f.name) === folded);
  return match ? { kind: "known", code: match.code } : { kind: "new", name: raw.trim() };
}

/** Every row read; every problem of every row, column and item reported; duplicates named. */
export function validateRecords(rows: readonly ImportRow[], known: readonly KnownField[]): Validation {
  const firstRowByCode = new Map<string, number>();
  const valid: ValidRow[] = [];
  const issues: ImportIssue[] = [];
  const newFields = new Map<string, { name: string; rows: number[] }>();
  for (const row of rows) {
    const result = readRecord(row.record);
    if (!result.ok) {
      issues.push(
        ...result.issues.map((issue) => ({
          rowNumber: row.rowNumber,
          column: issue.column,
          header: headerOf(issue.column),
          item: issue.item,
          text: issue.text,
          message: issue.message,
        })),
      );
      continue;
    }
    const { field, ...read } = result.read;
    const first = firstRowByCode.get(read.code);
    if (first !== undefined) {
      issues.push({
        rowNumber: row.rowNumber,
        column: "code",
        header: headerOf("code"),
        text: read.code,
        message: read.hasNationalCode
          ? phrase("imports.problems.duplicateCode", { code: read.code, first })
          : phrase("imports.problems.duplicateName", { first }),
      });
      continue;
    }
    firstRowByCode.set(read.code, row.rowNumber);
    const ref = matchField(field, known);
    if (ref.kind === "new") {
      const key = foldName(ref.name);
      const entry = newFields.get(key) ?? { name: ref.name, rows: [] };
      entry.rows.push(row.rowNumber);
      newFields.set(key, entry);
      valid.push({ rowNumber: row.rowNumber, ...read, field: { kind: "new", name: entry.name } });
    } else valid.push({ rowNumber: row.rowNumber, ...read, field: ref });
  }
  return { valid, issues, newFields: [...newFields.values()] };
}

export type { ProcedureContent };
