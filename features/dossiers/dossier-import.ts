/**
 * A dossier export (CSV or XLSX) read into what the dossier use cases take: per row, the registration and
 * any apology letter, with every problem named by row and column. Whether a row registers, updates or
 * changes nothing — and the rules of the timeline — are the use cases' (server/dossier-import.ts runs
 * them). Pure: no I/O.
 */
import type { z } from "zod";
import { cellText, readCsvTable, readXlsxTable, type Table } from "@/features/imports/table-file";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase, PhraseValues, Text } from "@/i18n/phrase";
import type { ActionState } from "@/lib/action";
import {
  type RegisterDossierInput,
  registerDossierInput,
  type UpdateDossierInput,
  updateDossierInput,
} from "./api";
import { excelDateText, foldWords, readChannel, readFlag, readInstant, readStatus } from "./dossier-cells";

export const MAX_DOSSIER_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * Rows of one import: the dry run and the commit each put every row through the use cases in one write
 * transaction (a few milliseconds a row), which holds the database's write lock meanwhile.
 */
export const MAX_DOSSIER_IMPORT_ROWS = 5000;

type Kind = "text" | "start" | "end" | "channel" | "status" | "flag";

/** The columns of the file: the API's field names as keys, the Vietnamese headers of the template. */
export const dossierColumns = [
  { key: "code", header: "Mã hồ sơ", kind: "text", aliases: ["Số hồ sơ", "Mã biên nhận", "Số biên nhận"] },
  { key: "procedureCode", header: "Mã thủ tục", kind: "text", aliases: ["Mã TTHC", "Procedure code"] },
  {
    key: "receivedAt",
    header: "Ngày tiếp nhận",
    kind: "start",
    aliases: ["Ngày nhận", "Thời gian tiếp nhận", "Received at"],
  },
  {
    key: "dueAt",
    header: "Hẹn trả",
    kind: "end",
    aliases: ["Ngày hẹn trả", "Hẹn trả kết quả", "Hạn giải quyết", "Due at"],
  },
  { key: "channel", header: "Hình thức", kind: "channel", aliases: ["Hình thức nộp", "Kênh nộp"] },
  { key: "receivedBy", header: "Cán bộ tiếp nhận", kind: "text", aliases: ["Received by"] },
  { key: "status", header: "Trạng thái", kind: "status", aliases: ["Tình trạng"] },
  { key: "returnedAt", header: "Ngày trả", kind: "start", aliases: ["Ngày trả kết quả", "Returned at"] },
  { key: "returnedBy", header: "Cán bộ trả", kind: "text", aliases: ["Cán bộ trả kết quả", "Returned by"] },
  { key: "complained", header: "Bị phản ánh", kind: "flag", aliases: ["Có phản ánh", "Phản ánh"] },
  { key: "newDueAt", header: "Hẹn lại", kind: "end", aliases: ["Ngày hẹn lại", "Hẹn trả mới", "New due at"] },
  {
    key: "apologyReason",
    header: "Lý do xin lỗi",
    kind: "text",
    aliases: ["Lý do chậm", "Lý do hẹn lại", "Apology reason"],
  },
] as const satisfies ReadonlyArray<{ key: string; header: string; kind: Kind; aliases: readonly string[] }>;

export type DossierColumn = (typeof dossierColumns)[number]["key"];
export const dossierColumnKeys: readonly DossierColumn[] = dossierColumns.map((c) => c.key);

export function dossierHeaderOf(key: DossierColumn): string {
  return dossierColumns.find((c) => c.key === key)?.header ?? key;
}

const columnByHeader = new Map<string, (typeof dossierColumns)[number]>(
  dossierColumns.flatMap((c) => [c.key, c.header, ...c.aliases].map((name) => [foldWords(name), c] as const)),
);

function lookupColumn(raw: string) {
  return columnByHeader.get(foldWords(raw)) ?? null;
}

/** A problem to show: its row (as in the file) and column when known, and what is wrong. */
export interface DossierImportIssue {
  rowNumber: number | null;
  column: DossierColumn | null;
  /** The column's header as the file writes it. */
  header: string | null;
  text?: string | null;
  /** A phrase of the catalogue (or, shown to the staff member, a string in their language). */
  message: Text;
}

/** What a row of the file does: registers a new dossier, updates a stored one, or changes nothing. */
export type DossierImportAction = "create" | "update" | "unchanged";

export function countDossierActions(
  actions: Iterable<DossierImportAction>,
): Record<DossierImportAction, number> {
  const counts: Record<DossierImportAction, number> = { create: 0, update: 0, unchanged: 0 };
  for (const a of actions) counts[a]++;
  return counts;
}

/** What the check of a file found: every problem, or what the import would do and the job to commit. */
export interface DossierImportPreview {
  fileName: string;
  issues: DossierImportIssue[];
  jobId?: string;
  counts?: Record<DossierImportAction, number>;
  /** Headers of the file's columns the import does not use. */
  ignored?: string[];
  /** The first rows and what each does (a long file shows its beginning). */
  rows?: Array<{ rowNumber: number; code: string; action: DossierImportAction }>;
  total?: number;
}

/** The import form's state: the check's preview, or the commit's counts. */
export type DossierImportState = ActionState & {
  preview?: DossierImportPreview;
  committed?: Record<DossierImportAction, number>;
};

/** A row ready for the use cases: the registration (without its unit) and the apology letter it asks for. */
export interface DossierImportRow {
  rowNumber: number;
  code: string;
  register: Omit<RegisterDossierInput, "unitId">;
  letter?: Pick<UpdateDossierInput, "newDueAt" | "apologyReason">;
}

/** Built without the catalogue: scripts and tests read files without saying anything. */
function problem(key: MessageKey & `imports.${string}`, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

function fileIssue(message: Phrase): DossierImportIssue {
  return { rowNumber: null, column: null, header: null, message };
}

export function detectDossierFormat(fileName: string): "csv" | "xlsx" | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === "csv" || extension === "xlsx" ? extension : null;
}

export interface DossierFileResult {
  rows: DossierImportRow[];
  issues: DossierImportIssue[];
  /**
   * Headers of columns the import does not use (the software's other columns: the applicant, the
   * address…): left out, and named in the preview so that a misspelt header is seen.
   */
  ignored?: string[];
}

/** Reads a whole file: every row valid, or every problem of every row and column. Never throws. */
export async function readDossierFile(data: Uint8Array, format: "csv" | "xlsx"): Promise<DossierFileResult> {
  if (data.byteLength > MAX_DOSSIER_IMPORT_BYTES) {
    return failed(problem("imports.problems.tooBig", { mb: MAX_DOSSIER_IMPORT_BYTES / 1024 / 1024 }));
  }
  try {
    const table =
      format === "csv"
        ? readCsvTable(data, (cell) => lookupColumn(cell) !== null)
        : await readXlsxTable(data, {
            maxRows: MAX_DOSSIER_IMPORT_ROWS,
            tooManyRows: problem("imports.dossiers.problems.tooManyRows", { max: MAX_DOSSIER_IMPORT_ROWS }),
            cellText: (value) => cellText(value, excelDateText),
          });
    if ("problem" in table) return failed(table.problem);
    return readTable(table);
  } catch {
    // Readers report bad input as issues; this only guards against a library failing unexpectedly.
    return failed(problem("imports.problems.unreadable"));
  }
}

function failed(message: Phrase): DossierFileResult {
  return { rows: [], issues: [fileIssue(message)] };
}

function readTable(table: Table): DossierFileResult {
  const issues: DossierImportIssue[] = [];
  const ignored: string[] = [];
  const seen = new Set<DossierColumn>();
  const columns = table.header.map((raw) => {
    const text = raw.replace(/^\uFEFF/, "").trim();
    if (text === "") return null;
    const column = lookupColumn(text);
    if (column === null) {
      ignored.push(text);
      return null;
    }
    if (seen.has(column.key)) {
      issues.push({
        rowNumber: 1,
        column: column.key,
        header: text,
        message: problem("imports.problems.duplicateColumn", { header: text }),
      });
      return null;
    }
    seen.add(column.key);
    return column;
  });
  for (const key of ["code", "receivedAt"] as const) {
    if (!seen.has(key)) {
      const header = dossierHeaderOf(key);
      issues.push({
        rowNumber: null,
        column: key,
        header,
        message: problem("imports.problems.missingColumn", { header }),
      });
    }
  }
  if (issues.some((i) => i.rowNumber === null)) return { rows: [], issues };
  const data = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (data.length === 0) return failed(problem("imports.problems.noRows"));
  if (data.length > MAX_DOSSIER_IMPORT_ROWS) {
    return failed(problem("imports.dossiers.problems.tooManyRows", { max: MAX_DOSSIER_IMPORT_ROWS }));
  }
  const rows: DossierImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of data) {
    const read = readRow(rowNumber, cells, columns);
    issues.push(...read.issues);
    if (!read.row) continue;
    const first = firstRowOf.get(read.row.code);
    if (first !== undefined) {
      issues.push({
        rowNumber,
        column: "code",
        header: dossierHeaderOf("code"),
        text: read.row.code,
        message: problem("imports.dossiers.problems.duplicateCode", { first }),
      });
    } else {
      firstRowOf.set(read.row.code, rowNumber);
      rows.push(read.row);
    }
  }
  return { rows: issues.length > 0 ? [] : rows, issues, ignored };
}

const kindProblem: Record<Exclude<Kind, "text">, Phrase> = {
  start: problem("imports.dossiers.problems.date"),
  end: problem("imports.dossiers.problems.date"),
  channel: problem("imports.dossiers.problems.channel"),
  status: problem("imports.dossiers.problems.status"),
  flag: problem("imports.dossiers.problems.flag"),
};

function readCell(kind: Kind, text: string): string | boolean | null {
  switch (kind) {
    case "text":
      return text;
    case "start":
    case "end":
      return readInstant(text, kind === "end");
    case "channel":
      return readChannel(text);
    case "status":
      return readStatus(text);
    case "flag":
      return readFlag(text);
  }
}

function readRow(
  rowNumber: number,
  cells: readonly string[],
  columns: ReadonlyArray<(typeof dossierColumns)[number] | null>,
): { row?: DossierImportRow; issues: DossierImportIssue[] } {
  const issues: DossierImportIssue[] = [];
  const values: Partial<Record<DossierColumn, string | boolean>> = {};
  const texts: Partial<Record<DossierColumn, string>> = {};
  columns.forEach((column, i) => {
    const text = (cells[i] ?? "").normalize("NFC").trim();
    if (!column || text === "") return;
    texts[column.key] = text;
    const value = readCell(column.kind, text);
    if (value === null && column.kind !== "text") {
      issues.push({
        rowNumber,
        column: column.key,
        header: column.header,
        text,
        message: kindProblem[column.kind],
      });
    } else if (value !== null) values[column.key] = value;
  });
  const issueOf = (key: string, message: string): DossierImportIssue => {
    const column = dossierColumnKeys.includes(key as DossierColumn) ? (key as DossierColumn) : null;
    return {
      rowNumber,
      column,
      header: column ? dossierHeaderOf(column) : null,
      text: column ? (texts[column] ?? null) : null,
      message: schemaProblem(message),
    };
  };
  const { newDueAt, apologyReason, ...rest } = values;
  const register = registerDossierInput.safeParse(rest);
  if (!register.success) issues.push(...zodIssues(register.error, issueOf, issues));
  let letter: DossierImportRow["letter"];
  if (newDueAt !== undefined || apologyReason !== undefined) {
    const parsed = updateDossierInput.safeParse({ newDueAt, apologyReason });
    if (!parsed.success) issues.push(...zodIssues(parsed.error, issueOf, issues));
    // Both or neither: the use case names the one missing.
    else letter = parsed.data;
  }
  if (issues.length > 0 || !register.success) return { issues };
  const { unitId: _unit, ...registration } = register.data;
  return { row: { rowNumber, code: registration.code, register: registration, letter }, issues };
}

function zodIssues(
  error: z.ZodError,
  issueOf: (key: string, message: string) => DossierImportIssue,
  /** Issues of the cells already found: a column is named once. */
  already: readonly DossierImportIssue[],
): DossierImportIssue[] {
  const seen = new Set<string>(already.map((i) => i.column ?? ""));
  return error.issues.flatMap((issue) => {
    const key = String(issue.path[0] ?? "");
    if (seen.has(key)) return [];
    seen.add(key);
    return [issueOf(key, issue.message)];
  });
}

/** A schema's message (a catalogue key) as a phrase; zod's own wording becomes the generic "not valid". */
function schemaProblem(message: string): Phrase {
  return /^dossiers\.errors\.\w+$/.test(message)
    ? { key: message as MessageKey }
    : { key: "common.form.invalidValue" };
}
