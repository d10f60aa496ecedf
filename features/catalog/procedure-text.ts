import { normalizeForSearch } from "@/lib/search-text";
import { type Block, markerOf, normalizeText, parseStructuredText } from "./structured-text";

/**
 * How the sections of a published procedure are read: steps ("Bước 1", "Bước 2" …), the dossier grouped
 * by case ("Trường hợp …:") with its notes and number of sets, agencies by role, legal-basis citations and
 * form references. Every reading keeps the text as published; structure is only found, never invented.
 */

// ---------------------------------------------------------------- steps

export interface Step {
  /** "Bước 1:" (or "- Bước 2.") exactly as published, or null when the source does not name its steps. */
  label: string | null;
  blocks: Block[];
}

const STEP = /^((?:[-–+*•]\s*)?b(?:ư|u)(?:ớ|o)c\s*\d{1,3}\s*[:.)\-–]?)\s*/iu;

/**
 * Steps named "Bước N" are split at each name (sub-points stay inside their step); text without step names
 * is one step per top-level block, numbered by the page.
 */
export function parseSteps(text: string): Step[] {
  const lines = normalizeText(text).split("\n");
  if (!lines.some((line) => STEP.test(line))) {
    return parseStructuredText(text).map((block) => ({ label: null, blocks: [block] }));
  }
  const steps: Array<{ label: string | null; lines: string[] }> = [];
  for (const line of lines) {
    const match = STEP.exec(line);
    if (match?.[1]) steps.push({ label: match[1], lines: [line.slice(match[0].length)] });
    else if (steps.length === 0) steps.push({ label: null, lines: [line] });
    else steps.at(-1)?.lines.push(line);
  }
  return steps.map((s) => ({ label: s.label, blocks: parseStructuredText(s.lines.join("\n")) }));
}

// ---------------------------------------------------------------- dossier

export interface DossierCase {
  /** "Trường hợp …" as published (marker and final colon kept), or null for text before the first case. */
  heading: string | null;
  blocks: Block[];
}

export interface Dossier {
  cases: DossierCase[];
  /** "Số lượng hồ sơ: 01 bộ" as published, when the section states it. */
  sets: string | null;
}

const CASE = /^trường hợp(?=\s).*:$/iu;
const SETS = /^số lượng hồ sơ(?=[\s:]|$)/iu;

/** A case heading: a line, marked or not, starting with "Trường hợp" and ending with a colon. */
function isCaseHeading(line: string): boolean {
  const rest = markerOf(line)?.rest ?? line;
  return CASE.test(rest.trim());
}

export function parseDossier(text: string): Dossier {
  const cases: Array<{ heading: string | null; lines: string[] }> = [];
  let sets: string | null = null;
  for (const line of normalizeText(text).split("\n")) {
    const bare = markerOf(line)?.rest ?? line;
    if (sets === null && SETS.test(bare)) {
      sets = line;
      continue;
    }
    if (isCaseHeading(line)) cases.push({ heading: line, lines: [] });
    else if (cases.length === 0) cases.push({ heading: null, lines: [line] });
    else cases.at(-1)?.lines.push(line);
  }
  return {
    cases: cases
      .map((c) => ({ heading: c.heading, blocks: parseStructuredText(c.lines.join("\n")) }))
      .filter((c) => c.heading !== null || c.blocks.length > 0),
    sets,
  };
}

// ---------------------------------------------------------------- agencies

export const agencyRoles = [
  "deciding",
  "delegated",
  "performing",
  "coordinating",
  "receiving",
  "other",
] as const;
export type AgencyRole = (typeof agencyRoles)[number];

export interface Agency {
  role: AgencyRole;
  /** The role as published ("Cơ quan có thẩm quyền quyết định"). */
  label: string;
  text: string;
}

const ROLE_PATTERNS: ReadonlyArray<[AgencyRole, RegExp]> = [
  ["deciding", /^co quan (co tham quyen|ra quyet dinh|quyet dinh)/],
  ["delegated", /^co quan (duoc uy quyen|duoc phan cap)/],
  ["performing", /^co quan (truc tiep )?(thuc hien|giai quyet)/],
  ["coordinating", /^co quan phoi hop/],
  ["receiving", /^(co quan|noi) tiep nhan/],
  ["other", /^co quan /],
];

/**
 * Agencies by role when every line names one ("Cơ quan có thẩm quyền quyết định: …"); an empty list when
 * the section is plain text (the page then shows it as published).
 */
export function parseAgencies(text: string): Agency[] {
  const lines = normalizeText(text)
    .split("\n")
    .filter((line) => line !== "");
  const agencies: Agency[] = [];
  for (const line of lines) {
    const bare = markerOf(line)?.rest ?? line;
    const colon = bare.indexOf(":");
    const label = colon > 0 ? bare.slice(0, colon).trim() : "";
    const role = ROLE_PATTERNS.find(([, pattern]) => pattern.test(normalizeForSearch(label)))?.[0];
    if (!role) return [];
    agencies.push({ role, label, text: bare.slice(colon + 1).trim() });
  }
  return agencies;
}

// ---------------------------------------------------------------- legal basis

export interface Citation {
  /** The citation as published, marker removed. */
  text: string;
  /** "60/2014/QH13", when the citation gives one. */
  number: string | null;
  /** ISO date, when the citation gives a valid one. */
  issuedOn: string | null;
}

const NUMBER = /(?:số|so)[:\s]+(\d{1,5}\/(?:\d{4}\/)?[0-9A-ZĐ]+(?:-[0-9A-ZĐ]+)*)/iu;
const BARE_NUMBER = /\b(\d{1,5}\/\d{4}\/[0-9A-ZĐ]+(?:-[0-9A-ZĐ]+)*)/u;
const WORD_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const SLASH_DATE = /ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

/** One citation per line (list markers dropped); number and date read when present, never required. */
export function parseCitations(text: string): Citation[] {
  return normalizeText(text)
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const bare = (markerOf(line)?.rest ?? line).replace(/[;.]$/u, "").trim();
      const number = NUMBER.exec(bare)?.[1] ?? BARE_NUMBER.exec(bare)?.[1] ?? null;
      const date = WORD_DATE.exec(bare) ?? SLASH_DATE.exec(bare);
      const issuedOn = date ? isoDate(Number(date[3]), Number(date[2]), Number(date[1])) : null;
      return { text: bare, number, issuedOn };
    });
}

export function isoDate(year: number, month: number, day: number): string | null {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth || year < 1900 || year > 2100) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------- forms

export interface FormRef {
  /** Key of the form's file: given ("TK-KS | Tờ khai …"), read from "Mẫu CT01", or by position ("M2"). */
  code: string;
  name: string;
  /** The line's list marker as published ("-", "a)"), if any. */
  marker: string | null;
}

const FORM_CODE = /[Mm]ẫu(?:\s+số)?\s+((?:[0-9A-Z][0-9A-Z.\-/]*)?[0-9A-Z])\b/u;
/** "Không", "Không có": a section that says there is nothing. */
export function saysNone(text: string): boolean {
  return /^khong( co)?\.?$/.test(normalizeForSearch(normalizeText(text)).replace(/[.;]/g, "").trim());
}

/** One form per line; a line "CODE | name" names its code, otherwise it is read from "Mẫu …" or numbered. */
export function parseFormRefs(text: string): FormRef[] {
  if (saysNone(text)) return [];
  const seen = new Set<string>();
  return normalizeText(text)
    .split("\n")
    .filter((line) => line !== "")
    .map((line, i) => {
      const bar = /^([^|]{1,40}?)\s*\|\s*(.+)$/u.exec(line);
      const marked = bar ? null : markerOf(line);
      const name = bar?.[2]?.trim() ?? (marked?.rest ?? line).trim();
      const given = bar?.[1]?.trim();
      let code = (given ?? FORM_CODE.exec(name)?.[1] ?? `M${i + 1}`).toUpperCase();
      if (seen.has(code)) code = `${code}-${i + 1}`;
      seen.add(code);
      return { code, name, marker: marked?.marker ?? null };
    });
}
