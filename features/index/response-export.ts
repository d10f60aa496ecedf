/**
 * The raw-responses export: one CSV record per response. The 19 items of the shipped service
 * questionnaire each have a column (I.1 … V.3, the level 1–5 or empty); answers to items of any other
 * instrument go into one compact column ("K1=4; K2=5"). Pure.
 */
import Papa from "papaparse";
import { serviceElements } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { addDays } from "@/lib/time";
import type { DayRange } from "./dashboard-params";

/** One response as read for the export (answers in item-key order). */
export interface ExportResponse {
  id: number;
  submittedAt: number;
  localDay: string;
  unitId: number;
  unitName: string;
  counter: string | null;
  procedureCode: string | null;
  channel: string;
  instrumentKey: string;
  instrumentVersion: number;
  flagged: boolean;
  flagReason: string | null;
  reasons: string | null;
  comment: string | null;
  answers: ReadonlyArray<{ itemKey: string; value: number | null }>;
}

export interface ExportOptions {
  /** Comment text only for managers allowed to read comments; never contact data or device hashes. */
  includeComments: boolean;
  /** The headers' language: the manager's (Vietnamese unless given). */
  lang?: Lang;
}

export const SERVICE_ITEM_KEYS: readonly string[] = serviceElements.flatMap((e) => e.items.map((i) => i.key));
const SERVICE_ITEMS = new Set(SERVICE_ITEM_KEYS);
const QUICK_ITEM = "quick";

/** The header row in the manager's language; the items' columns keep their keys (I.1 … V.3). */
export function exportHeader(options: ExportOptions): string[] {
  const t = translator(options.lang ?? "vi");
  return [
    t("index.files.responses.id"),
    t("index.files.responses.submittedAt"),
    t("index.files.responses.localDay"),
    t("index.files.responses.unitId"),
    t("index.files.responses.unit"),
    t("index.files.responses.counter"),
    t("index.files.responses.procedureCode"),
    t("index.files.responses.channel"),
    t("index.files.responses.instrument"),
    t("index.files.responses.version"),
    t("index.files.responses.flagged"),
    t("index.files.responses.flagReason"),
    t("index.files.responses.quick"),
    t("index.files.responses.elementsNotSatisfied"),
    ...SERVICE_ITEM_KEYS,
    t("index.files.responses.otherAnswers"),
    ...(options.includeComments ? [t("index.files.responses.comment")] : []),
  ];
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * An instant as local time in Vietnam, "2026-11-20T14:05:33+07:00". Asia/Ho_Chi_Minh has kept UTC+7
 * without daylight saving since 1975, so a fixed offset is exact and far cheaper than Intl per row.
 */
export function vietnamTime(at: number): string {
  return `${new Date(at + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

function reasonsText(reasons: string | null): string {
  if (!reasons) return "";
  try {
    const parsed: unknown = JSON.parse(reasons);
    return Array.isArray(parsed) ? parsed.map(String).join("; ") : "";
  } catch {
    return "";
  }
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

export function exportRecord(row: ExportResponse, options: ExportOptions): string[] {
  const items = new Map<string, number | null>();
  const others: string[] = [];
  let quick: number | null = null;
  for (const a of row.answers) {
    if (a.itemKey === QUICK_ITEM) quick = a.value;
    else if (SERVICE_ITEMS.has(a.itemKey) && row.instrumentKey === "service") items.set(a.itemKey, a.value);
    else others.push(`${a.itemKey}=${text(a.value)}`);
  }
  return [
    String(row.id),
    vietnamTime(row.submittedAt),
    row.localDay,
    String(row.unitId),
    row.unitName,
    row.counter ?? "",
    row.procedureCode ?? "",
    row.channel,
    row.instrumentKey,
    String(row.instrumentVersion),
    row.flagged ? "1" : "0",
    row.flagReason ?? "",
    text(quick),
    reasonsText(row.reasons),
    ...SERVICE_ITEM_KEYS.map((key) => text(items.get(key))),
    others.join("; "),
    ...(options.includeComments ? [row.comment ?? ""] : []),
  ];
}

/**
 * CSV text of some records, each ending with a newline. Fields that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return: citizens' comments are free text) get a leading
 * apostrophe, so opening the export in Excel never runs one.
 */
export function csvLines(records: readonly string[][]): string {
  return `${Papa.unparse(records as string[][], { newline: "\n", escapeFormulae: true })}\n`;
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/**
 * The export's day range from `tu` / `den` (YYYY-MM-DD, inclusive, local days). Either may be left out:
 * `den` defaults to today and `tu` to 29 days before `den` (the dashboard's default 30 days).
 */
export function parseExportRange(from: string | null, to: string | null, today: string): DayRange | null {
  const end = to?.trim() || today;
  const start = from?.trim() || addDays(end, -29);
  if (!isDay(start) || !isDay(end) || start > end) return null;
  return { from: start, to: end };
}
