import { z } from "zod";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase } from "@/i18n/phrase";
import type { RecordKey } from "./procedure-record";

/**
 * The lists of a procedure that staff edit as rows, one input per part of an item (the name of a
 * document, its number of copies, its form's code…), kept as the published text the content model holds:
 * each row is one line of the section. A line "- …" is an item of the list (its marker not typed);
 * any other line (a "Trường hợp …:" heading, "Số lượng hồ sơ: 01 bộ", a "+" point) stays as written.
 * Reading a text into rows and writing the rows back gives the same text, so saving a procedure nobody
 * changed writes nothing.
 */

export const rowListKeys = ["dossier", "fees", "forms", "legalBasis"] as const satisfies readonly RecordKey[];
export type RowListKey = (typeof rowListKeys)[number];

export const rowColumns = {
  dossier: ["name", "copies", "formCode"],
  fees: ["name", "amount"],
  forms: ["code", "name"],
  legalBasis: ["name"],
} as const satisfies Record<RowListKey, readonly string[]>;
export type RowColumn<K extends RowListKey = RowListKey> = (typeof rowColumns)[K][number];

/** "item": a point of the list ("- " before it); "text": a line kept as written. */
export type RowKind = "item" | "text";
export type Row = { kind: RowKind; cells: Record<string, string> };

/** Rows a list may have; a section longer than that is pasted as text in an import. */
export const MAX_ROWS = 300;
/** Blank rows offered after the last one (more with "Thêm dòng", also without JavaScript). */
export const SPARE_ROWS = 2;

const ITEM = "- ";

function blankCells(list: RowListKey): Record<string, string> {
  return Object.fromEntries(rowColumns[list].map((c) => [c, ""]));
}

export function blankRow(list: RowListKey): Row {
  return { kind: "item", cells: blankCells(list) };
}

/** An item's parts written as one line's text (without its marker). */
function join(list: RowListKey, cells: Record<string, string>): string {
  const name = cells.name ?? "";
  switch (list) {
    case "dossier":
      return `${name}${cells.formCode ? ` (mẫu ${cells.formCode})` : ""}${cells.copies ? `: ${cells.copies}` : ""}`;
    case "fees":
      return `${name}${cells.amount ? `: ${cells.amount}` : ""}`;
    case "forms":
      return cells.code ? `${cells.code} | ${name}` : name;
    case "legalBasis":
      return name;
  }
}

const splitters: Record<RowListKey, RegExp | null> = {
  dossier: /^(?<name>.+?)(?: \(mẫu (?<formCode>[^()]+)\))?(?:: (?<copies>.+))?$/u,
  fees: /^(?<name>.+?)(?:: (?<amount>.+))?$/u,
  forms: /^(?<code>[^|]{1,40}?) \| (?<name>.+)$/u,
  legalBasis: null,
};

/** A line's text as the list's parts; the whole text as the name when the parts would not give it back. */
function split(list: RowListKey, text: string): Record<string, string> {
  const cells = { ...blankCells(list), name: text };
  const groups = splitters[list]?.exec(text)?.groups;
  if (!groups) return cells;
  const parts = { ...blankCells(list) };
  for (const [key, value] of Object.entries(groups)) parts[key] = value ?? "";
  return join(list, parts) === text ? parts : cells;
}

/** The rows of a section's text, one per line. */
export function rowsFromText(list: RowListKey, text: string): Row[] {
  if (text === "") return [];
  return text
    .split("\n")
    .map((line) =>
      line.startsWith(ITEM)
        ? { kind: "item", cells: split(list, line.slice(ITEM.length)) }
        : { kind: "text", cells: split(list, line) },
    );
}

function isBlank(row: Row): boolean {
  return Object.values(row.cells).every((v) => v.trim() === "");
}

/** The section's text of the rows; blank items (spare rows) are left out, a blank text row is a blank line. */
export function textFromRows(list: RowListKey, rows: readonly Row[]): string {
  return rows
    .filter((row) => row.kind === "text" || !isBlank(row))
    .map((row) => {
      const cells = Object.fromEntries(Object.entries(row.cells).map(([k, v]) => [k, v.trim()]));
      const text = join(list, cells);
      return row.kind === "item" ? `${ITEM}${text}` : text;
    })
    .join("\n")
    .trim();
}

// ---------------------------------------------------------------- form fields

/** The form field of one cell (also its input's id, which an error's link points at). */
export function cellName(list: RowListKey, index: number, column: string): string {
  return `${list}-${index}-${column}`;
}
export const kindName = (list: RowListKey, index: number) => `${list}-${index}-kind`;
export const countName = (list: RowListKey) => `${list}-rows`;
/** The submit buttons that change rows instead of saving: `add:dossier`, `up:forms:2`, `remove:fees:0`. */
export const ROW_INTENT = "rowIntent";

type FormValues = Readonly<Record<string, string | undefined>>;

/** The rows of a list as a form posted them (nothing parsed yet: the schema checks them). */
export function rowsFromForm(list: RowListKey, values: FormValues): Array<Record<string, string>> {
  const count = Math.min(Number.parseInt(values[countName(list)] ?? "0", 10) || 0, MAX_ROWS + 1);
  return Array.from({ length: count }, (_, i) => {
    const row: Record<string, string> = { kind: values[kindName(list, i)] ?? "item" };
    for (const column of rowColumns[list]) row[column] = values[cellName(list, i, column)] ?? "";
    return row;
  });
}

/** The rows as form values: what a form echoes back after an error or a change of rows. */
export function rowsToValues(list: RowListKey, rows: readonly Row[]): Record<string, string> {
  const values: Record<string, string> = { [countName(list)]: String(rows.length) };
  rows.forEach((row, i) => {
    values[kindName(list, i)] = row.kind;
    for (const column of rowColumns[list]) values[cellName(list, i, column)] = row.cells[column] ?? "";
  });
  return values;
}

/** The form's values with a list's rows replaced (the old rows' fields dropped). */
export function withRows(values: FormValues, list: RowListKey, rows: readonly Row[]): Record<string, string> {
  const kept = Object.entries(values).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith(`${list}-`),
  );
  return { ...Object.fromEntries(kept), ...rowsToValues(list, rows) };
}

/** The rows a form shows: those it was sent back with, else the text's, with blank rows to fill. */
export function rowsToShow(list: RowListKey, values: FormValues | undefined, text: string): Row[] {
  if (values?.[countName(list)] !== undefined) {
    return rowsFromForm(list, values).map(({ kind, ...cells }) => ({
      kind: kind === "text" ? "text" : "item",
      cells,
    }));
  }
  const rows = rowsFromText(list, text);
  return [...rows, ...Array.from({ length: SPARE_ROWS }, () => blankRow(list))];
}

// ---------------------------------------------------------------- changing rows

const intentPattern = /^(add|up|down|remove):(dossier|fees|forms|legalBasis)(?::(\d{1,4}))?$/;

/** A change of rows asked by a button; null for anything else (saving). */
export function parseRowIntent(
  raw: string | undefined,
): { op: "add" | "up" | "down" | "remove"; list: RowListKey; index: number } | null {
  const match = intentPattern.exec(raw ?? "");
  if (!match) return null;
  return {
    op: match[1] as "add" | "up" | "down" | "remove",
    list: match[2] as RowListKey,
    index: Number(match[3] ?? 0),
  };
}

/** Adds blank rows, moves a row up or down, or removes it; everything else typed stays as it was. */
export function changeRows(
  list: RowListKey,
  rows: readonly Row[],
  op: "add" | "up" | "down" | "remove",
  index: number,
): Row[] {
  const out = [...rows];
  if (op === "add") {
    const room = Math.max(0, MAX_ROWS - out.length);
    return [...out, ...Array.from({ length: Math.min(3, room) }, () => blankRow(list))];
  }
  if (index < 0 || index >= out.length) return out;
  if (op === "remove") {
    out.splice(index, 1);
    return out;
  }
  const other = op === "up" ? index - 1 : index + 1;
  const a = out[index];
  const b = out[other];
  if (a === undefined || b === undefined) return out;
  out[index] = b;
  out[other] = a;
  return out;
}

// ---------------------------------------------------------------- validation

type IssueKey = MessageKey & `catalog.rows.issues.${string}`;

/** A problem of a row, `{list}` left to name (the caller says it in the reader's language). */
export interface RowIssue {
  list: RowListKey;
  /** 0-based, as the form's fields are named. */
  index: number;
  column: string;
  message: Phrase;
}

const cell = z
  .string()
  .max(50_000, { error: "catalog.rows.issues.tooLong" satisfies IssueKey })
  .transform((s) => s.replace(/\s+/g, " ").trim());

function rowSchema(list: RowListKey) {
  const shape: Record<string, typeof cell> = {};
  for (const column of rowColumns[list]) shape[column] = cell;
  return z.object({ kind: z.enum(["item", "text"]).catch("item"), ...shape });
}

/** A row's own rules: a name with its other parts, no characters that would change how it reads back. */
function rowRules(list: RowListKey, row: Record<string, string>): Array<[string, IssueKey]> {
  const issues: Array<[string, IssueKey]> = [];
  const others = rowColumns[list].filter((c) => c !== "name").some((c) => (row[c] ?? "") !== "");
  if ((row.name ?? "") === "" && others) issues.push(["name", `catalog.rows.issues.${list}NameRequired`]);
  if (list === "dossier" && /[()]/.test(row.formCode ?? ""))
    issues.push(["formCode", "catalog.rows.issues.formCodeBrackets"]);
  if (list === "forms" && /\|/.test(row.code ?? "")) issues.push(["code", "catalog.rows.issues.formCodeBar"]);
  if (list === "forms" && (row.code ?? "").length > 40)
    issues.push(["code", "catalog.rows.issues.formCodeLong"]);
  return issues;
}

const listsSchema = z.object(
  Object.fromEntries(
    rowListKeys.map((list) => [
      list,
      z.array(rowSchema(list)).max(MAX_ROWS, { error: "catalog.rows.issues.tooMany" satisfies IssueKey }),
    ]),
  ) as Record<RowListKey, z.ZodArray<ReturnType<typeof rowSchema>>>,
);

/**
 * Reads and checks every list of a posted form: the section texts to save, or every problem of every row
 * (each names its list, row and part).
 */
export function readRowLists(
  values: FormValues,
): { ok: true; texts: Record<RowListKey, string> } | { ok: false; issues: RowIssue[] } {
  const input = Object.fromEntries(rowListKeys.map((list) => [list, rowsFromForm(list, values)]));
  const parsed = listsSchema.safeParse(input);
  const issues: RowIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [list, index, column] = issue.path;
      issues.push({
        list: list as RowListKey,
        index: typeof index === "number" ? index : 0,
        column: typeof column === "string" ? column : "name",
        message: { key: issue.message as IssueKey, values: { row: (Number(index) || 0) + 1 } },
      });
    }
    return { ok: false, issues };
  }
  const texts = {} as Record<RowListKey, string>;
  for (const list of rowListKeys) {
    const rows = parsed.data[list] as Array<Record<string, string> & { kind: RowKind }>;
    rows.forEach((row, index) => {
      for (const [column, key] of rowRules(list, row))
        issues.push({ list, index, column, message: { key, values: { row: index + 1 } } });
    });
    texts[list] = textFromRows(
      list,
      rows.map(({ kind, ...cells }) => ({ kind, cells })),
    );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, texts };
}
