import { CsvError } from "csv-parse";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { ProcedureContent } from "./procedure-content";
import {
  emptyRecord,
  headerOf,
  type LooseContent,
  looseContentToRecord,
  normalizeProcedureCode,
  type ProcedureRecord,
  type RecordErrors,
  type RecordKey,
  recordColumns,
  recordKeys,
  recordToContent,
} from "./procedure-record";
import { normalizeForSearch } from "./search-text";

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = "csv" | "xlsx" | "json";

/** rowNumber as the user sees it: CSV/XLSX the sheet row (header = row 1), JSON the array index + 1. */
export interface ImportRow {
  rowNumber: number;
  record: ProcedureRecord;
}

/** A problem to show the user; messages are Vietnamese. */
export interface ImportIssue {
  rowNumber: number | null;
  column: RecordKey | null;
  header: string | null;
  message: string;
}

type ParseResult = { rows: ImportRow[]; issues: ImportIssue[] };
interface Table {
  header: string[];
  rows: Array<{ rowNumber: number; cells: string[] }>;
}

export function detectFormat(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === "csv" || extension === "xlsx" || extension === "json" ? extension : null;
}

export async function parseImportFile(data: Uint8Array, format: ImportFormat): Promise<ParseResult> {
  if (data.byteLength > MAX_IMPORT_BYTES) {
    return failed(`Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  try {
    const result = format === "json" ? parseJson(data) : await parseTable(data, format);
    return checkSize(result);
  } catch {
    // Readers report bad input as issues; this only guards against a library failing in an unexpected way.
    return failed("Không đọc được tệp. Hãy kiểm tra lại tệp hoặc dùng tệp mẫu.");
  }
}

function failed(message: string): ParseResult {
  return { rows: [], issues: [fileIssue(message)] };
}

function fileIssue(message: string): ImportIssue {
  return { rowNumber: null, column: null, header: null, message };
}

function checkSize(result: ParseResult): ParseResult {
  if (result.rows.length > MAX_IMPORT_ROWS) {
    return failed(
      `Tệp có ${result.rows.length} thủ tục, vượt quá giới hạn ${MAX_IMPORT_ROWS} thủ tục mỗi lần nhập. Hãy chia nhỏ tệp.`,
    );
  }
  if (result.rows.length === 0 && result.issues.length === 0) {
    return failed("Tệp không có thủ tục nào (ngoài dòng tiêu đề).");
  }
  return result;
}

// ——— headers ———

/** Letters and digits only, no diacritics, so "Trực tiếp - thời hạn  giải quyết*" still finds its column. */
function foldHeader(raw: string): string {
  return normalizeForSearch(raw).replace(/[^a-z0-9]/g, "");
}

const columnByHeader = new Map<string, RecordKey>(
  recordColumns.flatMap((column) => [
    [foldHeader(column.key), column.key],
    [foldHeader(column.header), column.key],
  ]),
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
        message: `Cột "${text}" bị lặp; chỉ dùng cột đầu tiên.`,
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
    message: `Cột "${header}" không có trong mẫu nhập nên bị bỏ qua. Hãy dùng tên cột như trong tệp mẫu.`,
  };
}

const requiredColumns: readonly RecordKey[] = ["code", "name"];

function missingColumnIssues(present: ReadonlySet<RecordKey>): ImportIssue[] {
  return requiredColumns
    .filter((key) => !present.has(key))
    .map((key) => ({
      rowNumber: null,
      column: key,
      header: headerOf(key),
      message: `Thiếu cột bắt buộc "${headerOf(key)}" ở dòng tiêu đề (dòng 1).`,
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
    message: "Có dữ liệu ở cột không có tiêu đề; dữ liệu này bị bỏ qua.",
  };
}

function readCsv(data: Uint8Array): Table | ImportIssue {
  const text = decodeText(data);
  if (text === null) {
    return fileIssue(
      'Tệp CSV không đúng mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel hãy lưu bằng "CSV UTF-8 (Comma delimited)", hoặc dùng tệp .xlsx.',
    );
  }
  try {
    const records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
    });
    const [header = [], ...rows] = records;
    return { header, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
  } catch (error) {
    const line =
      error instanceof CsvError && typeof error.lines === "number" ? ` (gần dòng ${error.lines})` : "";
    return fileIssue(`Tệp CSV bị lỗi định dạng${line}, thường do thiếu dấu ngoặc kép đóng một ô.`);
  }
}

/** UTF-8 (BOM optional) or UTF-16 with BOM (Excel's "Unicode Text"); null when the bytes are not valid text. */
function decodeText(data: Uint8Array): string | null {
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

const delimiters = [",", ";", "\t"] as const;

/** The delimiter that splits the first line into the most known headers (headers themselves contain commas). */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const scored = delimiters.map((delimiter) => ({ delimiter, score: headerScore(firstLine, delimiter) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]?.delimiter ?? ",";
}

function headerScore(line: string, delimiter: string): number {
  try {
    const cells = parseCsv(line, { delimiter, relax_column_count: true, relax_quotes: true })[0] ?? [];
    const known = cells.filter((cell) => lookupColumn(cell) !== null).length;
    return known * 1000 + cells.length;
  } catch {
    return 0;
  }
}

async function readXlsx(data: Uint8Array): Promise<Table | ImportIssue> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type, structurally an ArrayBuffer.
    await workbook.xlsx.load(data.slice().buffer);
  } catch {
    return fileIssue("Không đọc được tệp Excel. Hãy lưu lại dưới dạng .xlsx (Excel Workbook) rồi thử lại.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileIssue("Tệp Excel không có trang tính nào.");
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    return fileIssue(
      `Tệp có hơn ${MAX_IMPORT_ROWS} thủ tục, vượt quá giới hạn mỗi lần nhập. Hãy chia nhỏ tệp.`,
    );
  }
  const header = rowCells(sheet.getRow(1), () => false);
  const codeIndex = header.findIndex((cell) => lookupColumn(cell) === "code");
  const rows: Table["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: rowCells(row, (i) => i === codeIndex) });
  });
  return { header, rows };
}

function rowCells(row: ExcelJS.Row, isCodeColumn: (index: number) => boolean): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const index = columnNumber - 1;
    cells[index] = isCodeColumn(index) ? codeCellText(cell.value) : cellText(cell.value);
  });
  return Array.from({ length: cells.length }, (_, i) => cells[i] ?? "");
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return cellText(value.text);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  if ("error" in value) return value.error;
  return "";
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
    return failed("Tệp JSON không hợp lệ (sai cú pháp hoặc không phải mã UTF-8).");
  }
  if (!Array.isArray(parsed)) return failed("Tệp JSON phải là một mảng các thủ tục: [ {...}, {...} ].");
  const result: ParseResult = { rows: [], issues: [] };
  const reportedKeys = new Set<string>();
  parsed.forEach((item: unknown, i) => {
    const rowNumber = i + 1;
    if (!isObject(item)) {
      result.issues.push({ ...fileIssue("Mỗi phần tử của mảng phải là một đối tượng {...}."), rowNumber });
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
        message: `${headerOf(key)}: phải là chuỗi ký tự.`,
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

const nestedKeys = new Set(["code", "fieldCode", "content"]);

function nestedToRecord(
  item: JsonObject,
  rowNumber: number,
): { record: ProcedureRecord; issues: ImportIssue[] } {
  const content = isObject(item.content) ? coerceContent(item.content) : coerceContent({});
  const record = looseContentToRecord(text(item.code), text(item.fieldCode), content);
  const unknownKeys = Object.keys(item).filter((key) => !nestedKeys.has(key));
  return { record, issues: unknownKeys.map((key) => unknownColumnIssue(rowNumber, key)) };
}

/** Best effort: wrong types become empty values, so validation reports them per column like any other import. */
function coerceContent(content: JsonObject): LooseContent {
  return {
    name: text(content.name),
    level: text(content.level),
    steps: list(content.steps).map(text),
    channels: objects(content.channels).map((c) => ({
      kind: text(c.kind),
      timeLimit: text(c.timeLimit),
      fee: text(c.fee),
      onlineLevel: text(c.onlineLevel),
      description: text(c.description),
    })),
    components: objects(content.components).map((c) => ({
      name: text(c.name),
      copies: text(c.copies),
      formCode: text(c.formCode),
      note: text(c.note),
    })),
    timeLimit: text(content.timeLimit),
    applicants: text(content.applicants),
    implementingAgency: text(content.implementingAgency),
    result: text(content.result),
    fees: text(content.fees),
    forms: objects(content.forms).map((f) => ({ code: text(f.code), name: text(f.name) })),
    conditions: text(content.conditions),
    legalBasis: objects(content.legalBasis).map((l) => ({
      number: text(l.number),
      title: text(l.title),
      issuedOn: text(l.issuedOn),
    })),
  };
}

function text(value: unknown): string {
  if (typeof value === "string") return value.normalize("NFC");
  return typeof value === "number" ? String(value) : "";
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function objects(value: unknown): JsonObject[] {
  return list(value).map((item) => (isObject(item) ? item : {}));
}

// ——— templates ———

const exampleRecord: ProcedureRecord = {
  code: "1.001193",
  fieldCode: "HT",
  level: "Cấp xã",
  name: "Thủ tục đăng ký khai sinh",
  steps: [
    "Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận một cửa của Ủy ban nhân dân cấp xã, qua bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "Bước 2: Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn người yêu cầu bổ sung, hoàn thiện.",
    "Bước 3: Công chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ hộ tịch; Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.",
    "Bước 4: Trả kết quả cho người có yêu cầu.",
  ].join("\n"),
  inPersonTimeLimit:
    "Ngay trong ngày tiếp nhận hồ sơ; nếu nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
  inPersonFee: "Miễn lệ phí",
  inPersonDescription: "Nộp tại Bộ phận một cửa của Ủy ban nhân dân cấp xã",
  onlineLevel: "Toàn trình",
  onlineTimeLimit: "Ngay trong ngày tiếp nhận hồ sơ",
  onlineFee: "Miễn lệ phí",
  onlineDescription: "Nộp trên Cổng Dịch vụ công quốc gia",
  postTimeLimit: "Ngay trong ngày tiếp nhận hồ sơ",
  postFee: "Miễn lệ phí; người yêu cầu trả cước dịch vụ bưu chính",
  postDescription: "",
  components: [
    "Tờ khai đăng ký khai sinh | 01 bản chính | TK-KS",
    "Giấy chứng sinh hoặc giấy tờ thay thế giấy chứng sinh | 01 bản chính",
  ].join("\n"),
  timeLimit: "Ngay trong ngày tiếp nhận hồ sơ",
  applicants: "Cá nhân (cha, mẹ, ông, bà hoặc người thân thích khác của trẻ em)",
  implementingAgency: "Ủy ban nhân dân cấp xã",
  result: "Giấy khai sinh (bản chính)",
  fees: "Miễn lệ phí đăng ký khai sinh đúng hạn",
  forms: "TK-KS | Tờ khai đăng ký khai sinh (Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP)",
  conditions: "Không",
  legalBasis: [
    "Luật Hộ tịch số 60/2014/QH13 | Luật Hộ tịch | 20/11/2014",
    "Nghị định số 123/2015/NĐ-CP | Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch | 15/11/2015",
  ].join("\n"),
};

export async function buildTemplate(format: ImportFormat): Promise<Uint8Array> {
  if (format === "json") return new TextEncoder().encode(`${JSON.stringify([exampleJson()], null, 2)}\n`);
  if (format === "csv") return csvTemplate();
  return xlsxTemplate();
}

function exampleJson(): { code: string; fieldCode: string; content: ProcedureContent } {
  const result = recordToContent(exampleRecord);
  if (!result.ok) throw new Error(`Invalid template example: ${JSON.stringify(result.errors)}`);
  return { code: result.code, fieldCode: result.fieldCode, content: result.content };
}

function csvTemplate(): Uint8Array {
  const csv = `${Papa.unparse(
    [recordColumns.map((column) => column.header), recordKeys.map((key) => exampleRecord[key])],
    { newline: "\r\n" },
  )}\r\n`;
  // Without a BOM Excel reads the file in the ANSI code page and garbles Vietnamese.
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

const wideColumns: ReadonlySet<RecordKey> = new Set(["steps", "components", "forms", "legalBasis"]);

async function xlsxTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Thủ tục", { views: [{ state: "frozen", ySplit: 1 }] });
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
  recordColumns.forEach((column, i) => {
    headerRow.getCell(i + 1).note = column.hint;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ——— validation ———

type ValidRow = { rowNumber: number; code: string; fieldCode: string; content: ProcedureContent };

export function validateRecords(
  rows: ImportRow[],
  knownFieldCodes: ReadonlySet<string>,
): { valid: ValidRow[]; issues: ImportIssue[] } {
  const known = new Set([...knownFieldCodes].map((code) => code.toUpperCase()));
  const firstRowByCode = new Map<string, number>();
  const valid: ValidRow[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const result = recordToContent(row.record);
    const errors: RecordErrors = result.ok ? {} : { ...result.errors };
    checkFieldCode(row.record, known, errors);
    checkDuplicate(row, firstRowByCode, errors);
    const rowIssues = recordKeys.flatMap((key) => {
      const message = errors[key];
      return message === undefined
        ? []
        : [{ rowNumber: row.rowNumber, column: key, header: headerOf(key), message }];
    });
    issues.push(...rowIssues);
    if (result.ok && rowIssues.length === 0) {
      valid.push({
        rowNumber: row.rowNumber,
        code: result.code,
        fieldCode: result.fieldCode,
        content: result.content,
      });
    }
  }
  return { valid, issues };
}

function checkFieldCode(record: ProcedureRecord, known: ReadonlySet<string>, errors: RecordErrors): void {
  const fieldCode = record.fieldCode.trim().toUpperCase();
  if (errors.fieldCode !== undefined || known.has(fieldCode)) return;
  errors.fieldCode = `${headerOf("fieldCode")}: không có lĩnh vực mã "${fieldCode}" trong hệ thống`;
}

function checkDuplicate(row: ImportRow, firstRowByCode: Map<string, number>, errors: RecordErrors): void {
  const code = normalizeProcedureCode(row.record.code);
  if (code === null) return;
  const first = firstRowByCode.get(code);
  if (first === undefined) firstRowByCode.set(code, row.rowNumber);
  else errors.code ??= `${headerOf("code")}: mã "${code}" trùng với dòng ${first}`;
}
