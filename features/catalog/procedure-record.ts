import { createHash } from "node:crypto";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase, PhraseValues } from "@/i18n/phrase";
import { normalizeForSearch } from "@/lib/search-text";
import { portalProcedureUrl } from "./national-portal";
import {
  type ChannelKind,
  CONTENT_VERSION,
  channelKinds,
  NAME_MAX,
  normalizeContent,
  type OnlineLevel,
  type ProcedureChannel,
  type ProcedureContent,
  type ProcedureLevel,
  SECTION_MAX,
  type TextSection,
  textSections,
} from "./procedure-content";
import { isoDate } from "./procedure-text";
import { normalizeText } from "./structured-text";

/**
 * The flat, all-text form of one procedure shared by the staff edit form and file imports (CSV, XLSX,
 * JSON): one column per section of a published procedure, each holding the section's text as published
 * (line breaks and list markers kept). Every format reads into this one record and this record into one
 * content, so the same procedure gives the same version whatever file carried it.
 */

export const recordKeys = [
  "code",
  "field",
  "level",
  "name",
  "steps",
  "channelsText",
  "inPersonTimeLimit",
  "inPersonFee",
  "inPersonDescription",
  "onlineLevel",
  "onlineTimeLimit",
  "onlineFee",
  "onlineDescription",
  "postTimeLimit",
  "postFee",
  "postDescription",
  "dossier",
  "timeLimit",
  "applicants",
  "agencies",
  "result",
  "fees",
  "forms",
  "conditions",
  "legalBasis",
  "receptionHours",
  "anywhereInProvince",
  "announcementNumber",
  "announcementDate",
  "portalUrl",
] as const;
export type RecordKey = (typeof recordKeys)[number];
export type ProcedureRecord = Record<RecordKey, string>;

/**
 * A column of the import files. Its Vietnamese header is part of the file format (templates write it, the
 * import reads it back): it never changes with the reader's language. What staff read about a column — its
 * label in a form, its hint, its name in an error — is in the catalogue (`catalog.record.columns.<key>`).
 */
export interface RecordColumn {
  key: RecordKey;
  /** Vietnamese header of the file format, used in templates and read by imports. */
  header: string;
  /** Other headers (older templates, usual wordings of decisions) read as this column. */
  aliases?: readonly string[];
}

export const recordColumns: readonly RecordColumn[] = [
  {
    key: "code",
    header: "Mã TTHC",
    aliases: ["Mã thủ tục", "Mã số TTHC", "Mã số"],
  },
  {
    key: "field",
    header: "Lĩnh vực",
    aliases: ["Mã lĩnh vực", "fieldCode", "Tên lĩnh vực"],
  },
  {
    key: "level",
    header: "Cấp thực hiện",
  },
  {
    key: "name",
    header: "Tên thủ tục hành chính",
    aliases: ["Tên thủ tục"],
  },
  { key: "steps", header: "Trình tự thực hiện" },
  {
    key: "channelsText",
    header: "Cách thức thực hiện",
  },
  {
    key: "inPersonTimeLimit",
    header: "Trực tiếp – Thời hạn giải quyết",
  },
  { key: "inPersonFee", header: "Trực tiếp – Phí, lệ phí" },
  {
    key: "inPersonDescription",
    header: "Trực tiếp – Mô tả",
    aliases: ["Trực tiếp – Nơi nộp, cách nộp"],
  },
  { key: "onlineLevel", header: "Trực tuyến – Mức độ" },
  { key: "onlineTimeLimit", header: "Trực tuyến – Thời hạn giải quyết" },
  { key: "onlineFee", header: "Trực tuyến – Phí, lệ phí" },
  {
    key: "onlineDescription",
    header: "Trực tuyến – Mô tả",
    aliases: ["Trực tuyến – Nơi nộp, cách nộp"],
  },
  { key: "postTimeLimit", header: "Bưu chính – Thời hạn giải quyết" },
  { key: "postFee", header: "Bưu chính – Phí, lệ phí" },
  {
    key: "postDescription",
    header: "Bưu chính – Mô tả",
    aliases: ["Bưu chính – Nơi nộp, cách nộp"],
  },
  {
    key: "dossier",
    header: "Thành phần, số lượng hồ sơ",
    aliases: ["Thành phần hồ sơ", "components"],
  },
  { key: "timeLimit", header: "Thời hạn giải quyết" },
  { key: "applicants", header: "Đối tượng thực hiện" },
  {
    key: "agencies",
    header: "Cơ quan thực hiện",
    aliases: ["implementingAgency", "Cơ quan giải quyết"],
  },
  { key: "result", header: "Kết quả thực hiện" },
  {
    key: "fees",
    header: "Phí, lệ phí",
  },
  {
    key: "forms",
    header: "Tên mẫu đơn, mẫu tờ khai",
  },
  { key: "conditions", header: "Yêu cầu, điều kiện thực hiện" },
  { key: "legalBasis", header: "Căn cứ pháp lý" },
  { key: "receptionHours", header: "Thời gian tiếp nhận" },
  {
    key: "anywhereInProvince",
    header: "Không phụ thuộc địa giới hành chính",
  },
  {
    key: "announcementNumber",
    header: "Số quyết định công bố",
  },
  {
    key: "announcementDate",
    header: "Ngày quyết định công bố",
  },
  {
    key: "portalUrl",
    header: "Đường dẫn trên Cổng Dịch vụ công quốc gia",
    aliases: ["Đường dẫn Cổng Dịch vụ công quốc gia", "Link Cổng DVC quốc gia"],
  },
];

export function emptyRecord(): ProcedureRecord {
  return Object.fromEntries(recordKeys.map((key) => [key, ""])) as ProcedureRecord;
}

/** The column's header in the file format (Vietnamese, whatever the reader's language). */
export function headerOf(key: RecordKey): string {
  return recordColumns.find((column) => column.key === key)?.header ?? key;
}

/**
 * A phrase of a problem in a record, its column left to name (`{column}`, see `sayColumnIssue` in
 * record-text.ts). Built here without the catalogue itself: this model is also used by the staff's forms
 * in the browser, which must not carry the whole catalogue.
 */
function problem(key: MessageKey & `catalog.record.issues.${string}`, values?: PhraseValues): Phrase {
  return values ? { key, values } : { key };
}

/** A problem in one column of one record, at one item (line) when it concerns one, with its text. */
export interface RecordIssue {
  column: RecordKey;
  /** 1-based line of the cell, when the problem is one item of a list. */
  item: number | null;
  /** The offending text (shortened). */
  text: string | null;
  /** A phrase of `catalog.record.issues`, its column left to `sayColumnIssue` (record-text.ts). */
  message: Phrase;
}

export interface ReadRecord {
  code: string;
  /** False for a code that is not a national one (or one made up because the decision gives none). */
  hasNationalCode: boolean;
  /** The field as written (a name or a code), matched against the catalogue by the caller. */
  field: string;
  announcement: { number: string; issuedOn: string | null } | null;
  content: ProcedureContent;
  /** The procedure's page on the national portal (by the portal's own id); null when the record gives none. */
  portalUrl: string | null;
}

// ---------------------------------------------------------------- codes

const codePattern = /^[0-9A-Z][0-9A-Z.\-_]{2,39}$/;
/** Codes of the national database: "1.004222", "3.000527.H61". */
const nationalCodePattern = /^\d\.\d{6}(?:\.[0-9A-Z]{1,8})?$/;

export function normalizeProcedureCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return codePattern.test(code) ? code : null;
}

export function isNationalCode(code: string): boolean {
  return nationalCodePattern.test(code);
}

/**
 * A stable code for a procedure the decision gives no national code yet: made from its name, so the same
 * procedure imported again (in any format) finds itself. Marked "chưa có mã quốc gia" on its page.
 */
export function localCodeFor(name: string): string {
  const digest = createHash("sha256")
    .update(normalizeForSearch(normalizeText(name)))
    .digest();
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  let code = "";
  for (let i = 0; i < 8; i++) code += alphabet[(digest[i] ?? 0) % alphabet.length];
  return `DP.${code}`;
}

// ---------------------------------------------------------------- choices

/** Lower case, no diacritics, single spaces, without a leading "cấp": "Cấp  Xã" → "xa". */
function foldChoice(raw: string): string {
  return normalizeForSearch(raw)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^cap /, "");
}

/**
 * The level as decisions and the national database write it: "Cấp xã", "Cấp Tỉnh", "Cấp Bộ, Cấp Tỉnh",
 * "Thủ tục hành chính cấp xã", "Nhiều cấp". Several levels named make "multi"; none known, null.
 */
export function readLevel(raw: string): ProcedureLevel | null {
  const folded = ` ${normalizeForSearch(raw)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  if (/ nhieu cap /.test(folded)) return "multi";
  const named = [
    / (bo|trung uong) /.test(folded) ? "central" : null,
    / tinh | thanh pho truc thuoc /.test(folded) ? "province" : null,
    / (xa|phuong|dac khu) /.test(folded) ? "commune" : null,
    / (co quan|don vi) khac /.test(folded) ? "other" : null,
  ].filter((level) => level !== null);
  if (named.length === 0) return null;
  if (named.length > 1) return "multi";
  const [only] = named;
  return only === "other" ? null : (only as ProcedureLevel);
}

/** How records write a level (the values of the file format, as decisions write them). */
export const levelValues: Readonly<Record<ProcedureLevel, string>> = {
  central: "Cấp Trung ương",
  province: "Cấp tỉnh",
  commune: "Cấp xã",
  multi: "Nhiều cấp",
};

/** How records write an online level (values of the file format). */
export const onlineLevelValues: Readonly<Record<OnlineLevel, string>> = {
  full: "Toàn trình",
  partial: "Một phần",
};

const onlineLevelAliases: Record<OnlineLevel, readonly string[]> = {
  full: [
    "full",
    onlineLevelValues.full,
    "Dịch vụ công trực tuyến toàn trình",
    "Trực tuyến toàn trình",
    "Mức độ 4",
    "Mức 4",
  ],
  partial: [
    "partial",
    onlineLevelValues.partial,
    "Dịch vụ công trực tuyến một phần",
    "Trực tuyến một phần",
    "Mức độ 3",
    "Mức 3",
  ],
};

const notStated = new Set(["", "khong neu", "chua xac dinh", "khong xac dinh", "khong co thong tin"]);

function choose<T extends string>(raw: string, aliases: Record<T, readonly string[]>): T | null {
  const folded = foldChoice(raw);
  const match = Object.entries<readonly string[]>(aliases).find(([, names]) =>
    names.some((name) => foldChoice(name) === folded),
  );
  return match ? (match[0] as T) : null;
}

// ---------------------------------------------------------------- dates

/** dd/mm/yyyy, yyyy-mm-dd or "ngày dd tháng mm năm yyyy"; null when the day does not exist. */
export function readDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const words = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(text);
  if (words) return isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
  return null;
}

function displayDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

// ---------------------------------------------------------------- record → content

const channelColumns = {
  in_person: { timeLimit: "inPersonTimeLimit", fee: "inPersonFee", description: "inPersonDescription" },
  online: { timeLimit: "onlineTimeLimit", fee: "onlineFee", description: "onlineDescription" },
  post: { timeLimit: "postTimeLimit", fee: "postFee", description: "postDescription" },
} as const satisfies Record<ChannelKind, { timeLimit: RecordKey; fee: RecordKey; description: RecordKey }>;

/** Every text section of the content is a column of the record under the same name. */
const sectionColumns: ReadonlyArray<TextSection & RecordKey> = textSections;

/**
 * One line of a cell longer than this is a paste gone wrong. The longest real line in the fixtures is
 * 14,396 characters (conditions of a pharmacy procedure printed as one paragraph); the margin is wide.
 */
export const ITEM_MAX = 50_000;
const EXCERPT = 80;

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** NUL, other control characters and lone surrogates cannot be kept as typed (tab is a space here). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Cs}/u;

/** Checks every line of a text cell; each problem names its line and shows it. */
function checkLines(key: RecordKey, value: string, max: number, issues: RecordIssue[]): void {
  if (value.length > max) {
    issues.push({
      column: key,
      item: null,
      text: excerpt(value),
      message: problem("catalog.record.issues.tooLong", { length: value.length, max }),
    });
    return;
  }
  const lines = value.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (UNSTORABLE.test(line)) {
      issues.push({
        column: key,
        item: i + 1,
        text: excerpt(line.replace(UNSTORABLE, "�")),
        message: problem("catalog.record.issues.controlCharacter", { line: i + 1 }),
      });
    } else if (line.length > ITEM_MAX) {
      issues.push({
        column: key,
        item: i + 1,
        text: excerpt(line),
        message: problem("catalog.record.issues.lineTooLong", {
          line: i + 1,
          length: line.length,
          max: ITEM_MAX,
        }),
      });
    }
  });
}

/** Old-template lines "name | copies | form code | note" as list items of published text. */
function legacyDossierLine(line: string): string {
  const [name = "", copies = "", formCode = "", note = ""] = splitParts(line);
  const form = formCode ? ` (mẫu ${formCode})` : "";
  return `- ${name}${form}${copies ? `: ${copies}` : ""}${note ? `. ${note}` : ""}`;
}

/** Old-template lines "number | title | dd/mm/yyyy" as citations. */
function legacyCitation(line: string, item: number, issues: RecordIssue[]): string {
  const [number = "", title = "", date = ""] = splitParts(line);
  const issuedOn = date ? readDate(date) : null;
  if (date && issuedOn === null) {
    issues.push({
      column: "legalBasis",
      item,
      text: excerpt(line),
      message: problem("catalog.record.issues.citationDate", { line: item, date }),
    });
  }
  return `- ${number}${title && title !== number ? `: ${title}` : ""}${issuedOn ? ` (ngày ${displayDate(issuedOn)})` : ""}`;
}

function splitParts(line: string): string[] {
  return line.split(/(?<!\\)\|/).map((part) => part.replace(/\\\|/g, "|").trim());
}

const LEGACY_SEPARATOR = / \| /;

/** Reads a record. Every problem of every column and line is reported, none only the first. */
export function readRecord(
  record: ProcedureRecord,
): { ok: true; read: ReadRecord } | { ok: false; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  const report = (column: RecordKey, message: Phrase, text: string | null = null) =>
    issues.push({ column, item: null, text: text === null ? null : excerpt(text), message });

  for (const key of recordKeys) checkLines(key, record[key], key === "name" ? NAME_MAX : SECTION_MAX, issues);

  const name = normalizeText(record.name).replace(/\n+/g, " ");
  if (name === "") report("name", problem("catalog.record.issues.required"));

  const rawCode = record.code.trim();
  const code = rawCode === "" ? (name ? localCodeFor(name) : "") : normalizeProcedureCode(rawCode);
  if (code === null) report("code", problem("catalog.record.issues.codeInvalid"), rawCode);

  const field = normalizeText(record.field).replace(/\n+/g, " ");
  if (field === "") report("field", problem("catalog.record.issues.fieldRequired"));

  let level: ProcedureLevel | null = null;
  if (!notStated.has(foldChoice(record.level))) {
    level = readLevel(record.level);
    if (level === null) report("level", problem("catalog.record.issues.levelInvalid"), record.level);
  }

  const channels: ProcedureChannel[] = [];
  for (const kind of channelKinds) {
    const columns = channelColumns[kind];
    const channel: ProcedureChannel = {
      kind,
      timeLimit: normalizeText(record[columns.timeLimit]),
      fee: normalizeText(record[columns.fee]),
      description: normalizeText(record[columns.description]),
      onlineLevel: null,
    };
    if (kind === "online" && !notStated.has(foldChoice(record.onlineLevel))) {
      channel.onlineLevel = choose(record.onlineLevel, onlineLevelAliases);
      if (channel.onlineLevel === null) {
        report("onlineLevel", problem("catalog.record.issues.onlineLevelInvalid"), record.onlineLevel);
      }
    }
    if (channel.timeLimit || channel.fee || channel.description || channel.onlineLevel)
      channels.push(channel);
  }

  const sections = Object.fromEntries(
    sectionColumns.map((key) => [key, normalizeText(record[key])]),
  ) as Record<TextSection, string>;
  sections.dossier = sections.dossier
    .split("\n")
    .map((line) => (LEGACY_SEPARATOR.test(line) ? legacyDossierLine(line) : line))
    .join("\n");
  sections.legalBasis = sections.legalBasis
    .split("\n")
    .map((line, i) => (LEGACY_SEPARATOR.test(line) ? legacyCitation(line, i + 1, issues) : line))
    .join("\n");

  const anywhere = foldChoice(record.anywhereInProvince);
  const anywhereInProvince = ["co", "x", "true", "1", "khong phu thuoc dia gioi hanh chinh"].includes(
    anywhere,
  );
  if (!anywhereInProvince && !["", "khong", "false", "0"].includes(anywhere)) {
    report("anywhereInProvince", problem("catalog.record.issues.anywhereInvalid"), record.anywhereInProvince);
  }

  const announcementNumber = normalizeText(record.announcementNumber).replace(/\n+/g, " ");
  const announcementDate = record.announcementDate.trim();
  const issuedOn = announcementDate === "" ? null : readDate(announcementDate);
  if (announcementDate !== "" && issuedOn === null) {
    report("announcementDate", problem("catalog.record.issues.dateInvalid"), announcementDate);
  }
  if (announcementNumber.length > 100)
    report(
      "announcementNumber",
      problem("catalog.record.issues.announcementNumberTooLong", { max: 100 }),
      announcementNumber,
    );
  if (announcementNumber === "" && issuedOn !== null)
    report("announcementNumber", problem("catalog.record.issues.announcementNumberNeeded"));

  const rawPortalUrl = record.portalUrl.trim();
  const portalUrl = portalProcedureUrl(rawPortalUrl);
  if (rawPortalUrl !== "" && portalUrl === null) {
    report("portalUrl", problem("catalog.record.issues.portalUrlInvalid"), rawPortalUrl);
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    read: {
      code: code ?? "",
      portalUrl,
      hasNationalCode: rawCode !== "" && isNationalCode(code ?? ""),
      field,
      announcement: announcementNumber ? { number: announcementNumber, issuedOn } : null,
      content: normalizeContent({
        v: CONTENT_VERSION,
        name,
        level,
        channels,
        ...sections,
        anywhereInProvince,
      }),
    },
  };
}

// ---------------------------------------------------------------- content → record

export function contentToRecord(
  code: string,
  field: string,
  content: ProcedureContent,
  announcement: { number: string; issuedOn: string | null } | null = null,
  hasNationalCode = true,
  portalUrl: string | null = null,
): ProcedureRecord {
  const record = emptyRecord();
  record.code = hasNationalCode || !code.startsWith("DP.") ? code : "";
  record.field = field;
  record.level = content.level ? levelValues[content.level] : "";
  record.name = content.name;
  for (const key of sectionColumns) record[key] = content[key];
  for (const channel of content.channels) {
    const columns = channelColumns[channel.kind];
    record[columns.timeLimit] = channel.timeLimit;
    record[columns.fee] = channel.fee;
    record[columns.description] = channel.description;
    if (channel.kind === "online" && channel.onlineLevel)
      record.onlineLevel = onlineLevelValues[channel.onlineLevel];
  }
  record.anywhereInProvince = content.anywhereInProvince ? "Có" : "";
  record.announcementNumber = announcement?.number ?? "";
  record.announcementDate = announcement?.issuedOn ? displayDate(announcement.issuedOn) : "";
  record.portalUrl = portalUrl ?? "";
  return record;
}

/** What writing a record does to the catalogue: a new procedure, a new version of one, or nothing. */
export type WriteAction = "create" | "version" | "unchanged";
