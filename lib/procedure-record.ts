import type { z } from "zod";
import { levelLabels, onlineLevelLabels } from "./disclosure-labels";
import {
  type ChannelKind,
  channelKinds,
  type ProcedureContent,
  type ProcedureLevel,
  procedureContentSchema,
} from "./procedure-content";
import { normalizeForSearch } from "./search-text";

/**
 * The flat, all-string form of one procedure shared by the staff edit form and file imports (CSV / XLSX / JSON).
 * List fields are multi-line cells; parts of a line are separated by "|" (write "\|" for a literal bar).
 */

export const recordKeys = [
  "code",
  "fieldCode",
  "level",
  "name",
  "steps",
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
  "components",
  "timeLimit",
  "applicants",
  "implementingAgency",
  "result",
  "fees",
  "forms",
  "conditions",
  "legalBasis",
] as const;
export type RecordKey = (typeof recordKeys)[number];
export type ProcedureRecord = Record<RecordKey, string>;
export type RecordErrors = Partial<Record<RecordKey, string>>;

/** Column metadata in this order: key, Vietnamese header (used in templates and shown in errors), short Vietnamese hint. */
export const recordColumns: ReadonlyArray<{ key: RecordKey; header: string; hint: string }> = [
  { key: "code", header: "Mã TTHC", hint: "Ví dụ: 1.014390 hoặc 1.014466.H12" },
  { key: "fieldCode", header: "Mã lĩnh vực", hint: "Mã lĩnh vực đã khai báo trong hệ thống, ví dụ: HT" },
  { key: "level", header: "Cấp thực hiện", hint: "Cấp Trung ương, Cấp tỉnh, Cấp xã hoặc Nhiều cấp" },
  { key: "name", header: "Tên thủ tục hành chính", hint: "Tên đầy đủ theo quyết định công bố" },
  { key: "steps", header: "Trình tự thực hiện", hint: "Mỗi bước một dòng" },
  {
    key: "inPersonTimeLimit",
    header: "Trực tiếp – Thời hạn giải quyết",
    hint: "Để trống cả thời hạn và phí nếu không nhận hồ sơ trực tiếp",
  },
  { key: "inPersonFee", header: "Trực tiếp – Phí, lệ phí", hint: 'Ghi "Không" nếu miễn phí' },
  { key: "inPersonDescription", header: "Trực tiếp – Nơi nộp, cách nộp", hint: "Không bắt buộc" },
  { key: "onlineLevel", header: "Trực tuyến – Mức độ", hint: "Toàn trình hoặc Một phần" },
  {
    key: "onlineTimeLimit",
    header: "Trực tuyến – Thời hạn giải quyết",
    hint: "Để trống cả thời hạn và phí nếu không nhận hồ sơ trực tuyến",
  },
  { key: "onlineFee", header: "Trực tuyến – Phí, lệ phí", hint: 'Ghi "Không" nếu miễn phí' },
  { key: "onlineDescription", header: "Trực tuyến – Nơi nộp, cách nộp", hint: "Không bắt buộc" },
  {
    key: "postTimeLimit",
    header: "Bưu chính – Thời hạn giải quyết",
    hint: "Để trống cả thời hạn và phí nếu không nhận hồ sơ qua bưu chính",
  },
  { key: "postFee", header: "Bưu chính – Phí, lệ phí", hint: 'Ghi "Không" nếu miễn phí' },
  { key: "postDescription", header: "Bưu chính – Nơi nộp, cách nộp", hint: "Không bắt buộc" },
  {
    key: "components",
    header: "Thành phần, số lượng hồ sơ",
    hint: "Mỗi dòng: tên giấy tờ | số lượng | mã mẫu (nếu có)",
  },
  {
    key: "timeLimit",
    header: "Thời hạn giải quyết",
    hint: "Ví dụ: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ",
  },
  { key: "applicants", header: "Đối tượng thực hiện", hint: "Ví dụ: Cá nhân, tổ chức" },
  { key: "implementingAgency", header: "Cơ quan thực hiện", hint: "Ví dụ: Ủy ban nhân dân cấp xã" },
  { key: "result", header: "Kết quả thực hiện", hint: "Giấy tờ người dân nhận được" },
  { key: "fees", header: "Phí, lệ phí", hint: 'Ghi "Không" nếu không thu phí, lệ phí' },
  {
    key: "forms",
    header: "Tên mẫu đơn, mẫu tờ khai",
    hint: "Mỗi dòng: mã mẫu | tên mẫu; để trống nếu không có",
  },
  { key: "conditions", header: "Yêu cầu, điều kiện thực hiện", hint: 'Ghi "Không" nếu không có' },
  {
    key: "legalBasis",
    header: "Căn cứ pháp lý",
    hint: "Mỗi dòng: số hiệu | trích yếu | ngày ban hành (dd/mm/yyyy, nếu có)",
  },
];

/** ProcedureContent with enums widened to strings, so unchecked imported JSON can be shown column by column. */
export interface LooseContent {
  name: string;
  level: string;
  steps: readonly string[];
  channels: ReadonlyArray<{
    kind: string;
    timeLimit: string;
    fee: string;
    onlineLevel?: string | undefined;
    description?: string | undefined;
  }>;
  components: ReadonlyArray<{
    name: string;
    copies: string;
    formCode?: string | undefined;
    note?: string | undefined;
  }>;
  timeLimit: string;
  applicants: string;
  implementingAgency: string;
  result: string;
  fees: string;
  forms: ReadonlyArray<{ code: string; name: string }>;
  conditions: string;
  legalBasis: ReadonlyArray<{ number: string; title: string; issuedOn?: string | undefined }>;
}

type Report = (key: RecordKey, detail: string) => void;

const channelColumns = {
  in_person: { timeLimit: "inPersonTimeLimit", fee: "inPersonFee", description: "inPersonDescription" },
  online: { timeLimit: "onlineTimeLimit", fee: "onlineFee", description: "onlineDescription" },
  post: { timeLimit: "postTimeLimit", fee: "postFee", description: "postDescription" },
} as const satisfies Record<ChannelKind, { timeLimit: RecordKey; fee: RecordKey; description: RecordKey }>;

const codePattern = /^[0-9A-Z][0-9A-Z.\-_]{2,39}$/;
const fieldCodePattern = /^[A-Z0-9_-]{1,20}$/;

export function emptyRecord(): ProcedureRecord {
  return Object.fromEntries(recordKeys.map((key) => [key, ""])) as ProcedureRecord;
}

export function headerOf(key: RecordKey): string {
  return recordColumns.find((column) => column.key === key)?.header ?? key;
}

export function normalizeProcedureCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return codePattern.test(code) ? code : null;
}

export function recordToContent(
  record: ProcedureRecord,
):
  | { ok: true; code: string; fieldCode: string; content: ProcedureContent }
  | { ok: false; errors: RecordErrors } {
  const errors: RecordErrors = {};
  const report: Report = (key, detail) => {
    errors[key] ??= `${headerOf(key)}: ${detail}`;
  };
  const code = parseCode(record.code, report);
  const fieldCode = parseFieldCode(record.fieldCode, report);
  const draft = buildDraft(record, report);
  const parsed = procedureContentSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issueColumn(issue.path, draft), issueDetail(issue));
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, code, fieldCode, content: parsed.data };
}

export function contentToRecord(code: string, fieldCode: string, content: ProcedureContent): ProcedureRecord {
  return looseContentToRecord(code, fieldCode, content);
}

/** Like contentToRecord, but for content that has not been validated (e.g. imported JSON). */
export function looseContentToRecord(
  code: string,
  fieldCode: string,
  content: LooseContent,
): ProcedureRecord {
  return {
    code,
    fieldCode,
    level: content.level,
    name: content.name,
    steps: content.steps.map((step, i) => `${i + 1}. ${flatten(step)}`).join("\n"),
    ...channelsToRecord(content.channels),
    components: content.components
      .map((c) => joinParts([c.name, c.copies, c.formCode ?? "", c.note ?? ""]))
      .join("\n"),
    timeLimit: content.timeLimit,
    applicants: content.applicants,
    implementingAgency: content.implementingAgency,
    result: content.result,
    fees: content.fees,
    forms: content.forms.map((f) => joinParts([f.code, f.name])).join("\n"),
    conditions: content.conditions,
    legalBasis: content.legalBasis
      .map((l) => joinParts([l.number, l.title, isoToDisplayDate(l.issuedOn ?? "")]))
      .join("\n"),
  };
}

type ChannelRecordKey =
  | "inPersonTimeLimit"
  | "inPersonFee"
  | "inPersonDescription"
  | "onlineLevel"
  | "onlineTimeLimit"
  | "onlineFee"
  | "onlineDescription"
  | "postTimeLimit"
  | "postFee"
  | "postDescription";

function channelsToRecord(channels: LooseContent["channels"]): Record<ChannelRecordKey, string> {
  const result: Record<ChannelRecordKey, string> = {
    inPersonTimeLimit: "",
    inPersonFee: "",
    inPersonDescription: "",
    onlineLevel: "",
    onlineTimeLimit: "",
    onlineFee: "",
    onlineDescription: "",
    postTimeLimit: "",
    postFee: "",
    postDescription: "",
  };
  for (const kind of channelKinds) {
    // The record has one set of columns per kind, so only the first channel of each kind is kept.
    const channel = channels.find((c) => c.kind === kind);
    if (!channel) continue;
    result[channelColumns[kind].timeLimit] = channel.timeLimit;
    result[channelColumns[kind].fee] = channel.fee;
    result[channelColumns[kind].description] = channel.description ?? "";
    if (kind === "online") result.onlineLevel = channel.onlineLevel ?? "";
  }
  return result;
}

// ——— record → draft content ———

function buildDraft(record: ProcedureRecord, report: Report): LooseContent {
  const forms = parseForms(record.forms, report);
  return {
    name: requiredText(record, "name", report, "bắt buộc"),
    level: parseLevel(record.level, report),
    steps: parseSteps(record.steps, report),
    channels: parseChannels(record, report),
    components: parseComponents(record.components, new Set(forms.map((f) => f.code)), report),
    timeLimit: requiredText(record, "timeLimit", report, "bắt buộc"),
    applicants: requiredText(record, "applicants", report, "bắt buộc"),
    implementingAgency: requiredText(record, "implementingAgency", report, "bắt buộc"),
    result: requiredText(record, "result", report, "bắt buộc"),
    fees: requiredText(record, "fees", report, 'bắt buộc (ghi "Không" nếu không thu phí, lệ phí)'),
    forms,
    conditions: requiredText(record, "conditions", report, 'bắt buộc (ghi "Không" nếu không có)'),
    legalBasis: parseLegalBasis(record.legalBasis, report),
  };
}

function parseCode(raw: string, report: Report): string {
  if (raw.trim() === "") {
    report("code", "bắt buộc");
    return "";
  }
  const code = normalizeProcedureCode(raw);
  if (code === null) report("code", `"${raw.trim()}" không hợp lệ (ví dụ đúng: 1.014390 hoặc 1.014466.H12)`);
  return code ?? "";
}

function parseFieldCode(raw: string, report: Report): string {
  const fieldCode = raw.trim().toUpperCase();
  if (fieldCode === "") report("fieldCode", "bắt buộc");
  else if (!fieldCodePattern.test(fieldCode)) {
    report(
      "fieldCode",
      `"${raw.trim()}" không hợp lệ (chỉ gồm chữ không dấu, số, "-" và "_", tối đa 20 ký tự)`,
    );
  }
  return fieldCode;
}

function requiredText(record: ProcedureRecord, key: RecordKey, report: Report, message: string): string {
  const value = record[key].trim();
  if (value === "") report(key, message);
  return value;
}

/** Lower case, no diacritics, single spaces, without a leading "cấp": "Cấp  Xã" → "xa". */
function foldChoice(raw: string): string {
  return normalizeForSearch(raw).replace(/\s+/g, " ").trim().replace(/^cap /, "");
}

function choose<T extends string>(raw: string, aliases: Record<T, readonly string[]>): T | null {
  const folded = foldChoice(raw);
  const entries = Object.entries<readonly string[]>(aliases);
  const match = entries.find(([, names]) => names.some((name) => foldChoice(name) === folded));
  return match ? (match[0] as T) : null;
}

const levelAliases: Record<ProcedureLevel, readonly string[]> = {
  central: ["central", levelLabels.central.vi],
  province: ["province", levelLabels.province.vi],
  commune: ["commune", levelLabels.commune.vi],
  multi: ["multi", levelLabels.multi.vi],
};

const onlineLevelAliases = {
  full: ["full", "Toàn trình", onlineLevelLabels.full.vi],
  partial: ["partial", "Một phần", onlineLevelLabels.partial.vi],
} as const;

function parseLevel(raw: string, report: Report): string {
  if (raw.trim() === "") {
    report("level", "bắt buộc (Cấp Trung ương, Cấp tỉnh, Cấp xã hoặc Nhiều cấp)");
    return "";
  }
  const level = choose(raw, levelAliases);
  if (level === null) {
    report("level", `"${raw.trim()}" không hợp lệ (chọn Cấp Trung ương, Cấp tỉnh, Cấp xã hoặc Nhiều cấp)`);
  }
  return level ?? "";
}

function lines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Users number steps themselves ("1.", "Bước 1:", "- "); the order of lines already carries that meaning. */
const stepPrefix = /^(?:b(?:ư|u)(?:ớ|o)c\s*\d{1,3}\s*[.:)\-–]?|\d{1,3}\s*[.:)](?!\d)|[-–•*+](?=\s))\s*/iu;

function stripStepNumber(line: string): string {
  if (stepPrefix.test(line)) return line.replace(stepPrefix, "");
  // "Bước" typed with combining diacritics only matches once composed.
  const composed = line.normalize("NFC");
  return stepPrefix.test(composed) ? composed.replace(stepPrefix, "") : line;
}

function parseSteps(cell: string, report: Report): string[] {
  const steps = lines(cell)
    .map(stripStepNumber)
    .filter((step) => step !== "");
  if (steps.length === 0) report("steps", "cần ít nhất một bước");
  return steps;
}

function parseChannels(record: ProcedureRecord, report: Report): LooseContent["channels"] {
  const channels = channelKinds.flatMap((kind) => parseChannel(kind, record, report));
  if (channels.length === 0) {
    report(
      "inPersonTimeLimit",
      "cần ít nhất một cách thức thực hiện (trực tiếp, trực tuyến hoặc bưu chính) có thời hạn và phí",
    );
  }
  return channels;
}

function parseChannel(kind: ChannelKind, record: ProcedureRecord, report: Report): LooseContent["channels"] {
  const columns = channelColumns[kind];
  const timeLimit = record[columns.timeLimit].trim();
  const fee = record[columns.fee].trim();
  const description = record[columns.description].trim();
  const onlineLevel = kind === "online" ? record.onlineLevel.trim() : "";
  if (timeLimit === "" && fee === "" && onlineLevel === "" && description === "") return [];
  if (timeLimit === "") report(columns.timeLimit, "bắt buộc khi có nhận hồ sơ theo cách này");
  if (fee === "") report(columns.fee, 'bắt buộc khi có nhận hồ sơ theo cách này (ghi "Không" nếu miễn phí)');
  const base = description === "" ? { kind, timeLimit, fee } : { kind, timeLimit, fee, description };
  if (kind !== "online") return [base];
  const level = parseOnlineLevel(onlineLevel, report);
  return [level === null ? base : { ...base, onlineLevel: level }];
}

function parseOnlineLevel(raw: string, report: Report): "full" | "partial" | null {
  if (raw === "") {
    report("onlineLevel", "bắt buộc khi có nhận hồ sơ trực tuyến (Toàn trình hoặc Một phần)");
    return null;
  }
  const level = choose(raw, onlineLevelAliases);
  if (level === null) report("onlineLevel", `"${raw}" không hợp lệ (chọn Toàn trình hoặc Một phần)`);
  return level;
}

function parseForms(cell: string, report: Report): Array<{ code: string; name: string }> {
  const seen = new Set<string>();
  return lines(cell).map((line, i) => {
    const [code = "", name = "", ...rest] = splitParts(line);
    if (code === "" || name === "" || rest.some((part) => part !== "")) {
      report("forms", `mục ${i + 1}: cần ghi theo dạng "mã mẫu | tên mẫu"`);
    } else if (seen.has(code)) report("forms", `mục ${i + 1}: mã mẫu "${code}" bị trùng`);
    seen.add(code);
    return { code, name };
  });
}

function parseComponents(
  cell: string,
  formCodes: ReadonlySet<string>,
  report: Report,
): LooseContent["components"] {
  const components = lines(cell).map((line, i) => {
    const [name = "", copies = "", formCode = "", note = "", ...rest] = splitParts(line);
    if (name === "" || copies === "" || rest.some((part) => part !== "")) {
      report("components", `mục ${i + 1}: cần ghi theo dạng "tên giấy tờ | số lượng | mã mẫu (nếu có)"`);
    } else if (formCode !== "" && !formCodes.has(formCode)) {
      report("components", `mục ${i + 1}: mã mẫu "${formCode}" không có trong cột "${headerOf("forms")}"`);
    }
    return { name, copies, ...(formCode === "" ? {} : { formCode }), ...(note === "" ? {} : { note }) };
  });
  if (components.length === 0) report("components", "cần ít nhất một thành phần hồ sơ");
  return components;
}

function parseLegalBasis(cell: string, report: Report): LooseContent["legalBasis"] {
  const documents = lines(cell).map((line, i) => {
    const [number = "", title = "", date = "", ...rest] = splitParts(line);
    const issuedOn = date === "" ? "" : displayDateToIso(date);
    if (number === "" || title === "" || rest.some((part) => part !== "")) {
      report("legalBasis", `mục ${i + 1}: cần ghi theo dạng "số hiệu | trích yếu | ngày ban hành (nếu có)"`);
    } else if (issuedOn === null) {
      report("legalBasis", `mục ${i + 1}: ngày ban hành "${date}" không hợp lệ (dd/mm/yyyy)`);
    }
    return { number, title, ...(issuedOn ? { issuedOn } : {}) };
  });
  if (documents.length === 0) report("legalBasis", "cần ít nhất một văn bản");
  return documents;
}

// ——— "a | b | c" lines ———

/** List items are single lines, so line breaks inside a value become spaces. */
function flatten(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}

function joinParts(parts: readonly string[]): string {
  const escaped = parts.map((part) => flatten(part).replace(/[\\|]/g, (ch) => `\\${ch}`));
  while (escaped.length > 0 && escaped.at(-1) === "") escaped.pop();
  return escaped.join(" | ");
}

function splitParts(line: string): string[] {
  const parts: string[] = [];
  let current = "";
  let escaping = false;
  for (const ch of line) {
    if (escaping) {
      // Only "\|" and "\\" are escapes; any other backslash is kept as typed (e.g. a Windows path).
      current += ch === "|" || ch === "\\" ? ch : `\\${ch}`;
      escaping = false;
    } else if (ch === "\\") escaping = true;
    else if (ch === "|") {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push((escaping ? `${current}\\` : current).trim());
  return parts;
}

// ——— dates ———

function displayDateToIso(raw: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isoToDisplayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

// ——— zod issues → columns ———

function isRecordKey(value: unknown): value is RecordKey {
  return typeof value === "string" && (recordKeys as readonly string[]).includes(value);
}

function issueColumn(path: readonly PropertyKey[], draft: LooseContent): RecordKey {
  const [top, index, field] = path;
  if (top !== "channels") return isRecordKey(top) ? top : "name";
  const kind = typeof index === "number" ? draft.channels[index]?.kind : undefined;
  const columns = channelColumns[kind === "online" || kind === "post" ? kind : "in_person"];
  if (field === "onlineLevel") return "onlineLevel";
  return field === "fee" ? columns.fee : columns.timeLimit;
}

const partLabels: Record<string, string> = {
  name: "tên",
  copies: "số lượng",
  formCode: "mã mẫu",
  note: "ghi chú",
  code: "mã mẫu",
  number: "số hiệu",
  title: "trích yếu",
  issuedOn: "ngày ban hành",
};

function issueDetail(issue: z.core.$ZodIssue): string {
  const [top, index, field] = issue.path;
  const item = top !== "channels" && typeof index === "number" ? `mục ${index + 1}` : "";
  const part = item !== "" && typeof field === "string" ? (partLabels[field] ?? field) : "";
  const where = [item, part].filter((s) => s !== "").join(", ");
  return where === "" ? problem(issue) : `${where}: ${problem(issue)}`;
}

function problem(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_big") {
    return issue.origin === "array"
      ? `tối đa ${issue.maximum} mục`
      : `quá dài (tối đa ${issue.maximum} ký tự)`;
  }
  if (issue.code === "too_small") {
    return issue.origin === "array" ? `cần ít nhất ${issue.minimum} mục` : "bắt buộc";
  }
  return "không hợp lệ";
}
