import { normalizeForSearch } from "@/lib/search-text";
import { emptyRecord, type ProcedureRecord, type RecordKey } from "./procedure-record";
import { normalizeText } from "./structured-text";

/**
 * "Paste from the decision": the text of one procedure as published — in a decision's annex ("2.1. Trình
 * tự thực hiện: …", "2.4. Thời hạn giải quyết: …") or as the national portal prints it ("Trình tự thực
 * hiện:", "Cách thức thực hiện:" with its "Hình thức nộp", "Thời hạn giải quyết", "Phí, lệ phí", "Mô tả"
 * rows) — split into the record's columns, each section's text kept as published. Staff see the result
 * field by field and correct it before saving; nothing is guessed that the text does not say.
 */

/** "ignore": a heading line with nothing of its own; "drop": a portal field the record has no place for. */
type Target = RecordKey | "ignore" | "drop";

/** Section labels (folded: no diacritics, lower case, letters and digits), longest first. */
const LABELS: ReadonlyArray<[RegExp, Target]> = [
  [/^trinh tu thuc hien$/, "steps"],
  [/^cach thuc thuc hien$/, "channelsText"],
  [/^thanh phan,? so luong ho so$|^thanh phan ho so$|^ho so kem theo$|^ho so$/, "dossier"],
  [/^(thoi han|thoi gian) giai quyet$/, "timeLimit"],
  [/^doi t(u|uo)ng thuc hien( thu tuc hanh chinh| tthc)?$/, "applicants"],
  [
    /^co quan (thuc hien|giai quyet|truc tiep thuc hien|co tham quyen( quyet dinh)?|duoc uy quyen|phoi hop)( thu tuc hanh chinh| tthc)?$|^noi tiep nhan$|^dia chi tiep nhan( hs| ho so)?$/,
    "agencies",
  ],
  [/^ket qua( thuc hien)?( thu tuc hanh chinh| tthc)?$/, "result"],
  [/^(phi, le phi|phi le phi|le phi|phi)$/, "fees"],
  [/^(ten )?mau don,? (mau )?to khai$/, "forms"],
  [/^yeu cau,? dieu kien( thuc hien)?( thu tuc hanh chinh| tthc)?$|^yeu cau them$/, "conditions"],
  [/^(can cu|co so) phap ly( cua thu tuc hanh chinh)?$/, "legalBasis"],
  [/^thoi gian tiep nhan( ho so)?$/, "receptionHours"],
  [/^linh vuc$/, "field"],
  [/^cap thuc hien$/, "level"],
  [/^(ma thu tuc|ma tthc|ma so tthc|ma so)$/, "code"],
  [/^ten thu tuc( hanh chinh)?$/, "name"],
  [/^so quyet dinh$/, "announcementNumber"],
  [/^(thong tin chung|chi tiet thu tuc hanh chinh)$/, "ignore"],
  [/^(loai thu tuc|tu khoa|mo ta|ho so dinh kem)$/, "drop"],
];

/** Labels that a section's own table repeats row by row (the portal's channel and dossier tables). */
const ROW_LABELS: Partial<Record<RecordKey, RegExp>> = {
  channelsText: /^(hinh thuc nop|thoi han giai quyet|phi, le phi|phi le phi|le phi|phi|mo ta)$/,
  dossier: /^(ten giay to|mau don, to khai|so luong|ban chinh|ban sao|mau tai ve|ten ho so)$/,
};

/** Section numbers of a decision's annex ("2.1.", "3.", "II."); lettered points ("a)") are never sections. */
const NUMBERED = /^((?:\d{1,2}\.)+\d{0,2}\.?|[IVX]{1,4}\.)\s*/u;
const POINT = /^([a-zđ]\)|[-–+*•])\s*/u;
const HEADING = /^([^:]{2,90}?)\s*:\s*(.*)$/u;

function fold(label: string): string {
  return normalizeForSearch(label)
    .replace(/[^a-z0-9, ]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .trim();
}

interface Line {
  /** The folded label before a colon (or the whole short line), when there is one. */
  label: string | null;
  /** The line without its section number, as published. */
  unnumbered: string;
  /** The section it names, when it names one. */
  target: Target | null;
  /** What follows the label on the line: the section's first line. */
  rest: string;
  numbered: boolean;
}

function read(line: string): Line {
  const numbering = NUMBERED.exec(line);
  const body = numbering ? line.slice(numbering[0].length) : line;
  const withColon = HEADING.exec(body);
  const raw = withColon?.[1] ?? (body.length <= 60 ? body : null);
  const label = raw === null ? null : fold(raw);
  // A point of a list ("a) Trình tự thực hiện:", "- Thời gian tiếp nhận hồ sơ: …") is content, not a section.
  const target =
    label === null || POINT.test(body)
      ? null
      : (LABELS.find(([pattern]) => pattern.test(label))?.[1] ?? null);
  return {
    label,
    unnumbered: body,
    target,
    rest: withColon ? (withColon[2] ?? "") : "",
    numbered: numbering !== null,
  };
}

export interface PastedProcedure {
  record: ProcedureRecord;
  /** Columns the text filled. */
  found: RecordKey[];
}

const CODE = /\b(\d\.\d{6}(?:\.[0-9A-Z]{1,8})?)\b/u;
const TITLE_PREFIX = /^(?:(?:\d{1,3}\.|[IVX]{1,4}\.|[A-Z]\.\d{1,3}\.?)\s*)?(?:thủ tục\s*:\s*)?/iu;

/**
 * Splits the pasted text at its section labels. When the text numbers its sections (a decision's annex),
 * only numbered labels start a section, so "Thời gian tiếp nhận hồ sơ: …" inside "2.2. Cách thức thực
 * hiện" stays there; otherwise every known label does, except the row labels of the section's own table.
 */
export function parsePublishedProcedure(pasted: string): PastedProcedure {
  const lines = normalizeText(pasted)
    .split("\n")
    .map((text) => ({ text, ...read(text) }));
  const isSection = (t: Target | null) => t !== null && t !== "ignore" && t !== "drop";
  const numberedSections = lines.filter((l) => l.numbered && isSection(l.target)).length >= 3;
  const sections = new Map<RecordKey, string[]>();
  const title: string[] = [];
  let current: RecordKey | "drop" | null = null;
  let inTable = false;
  let agencyHeadings = 0;
  for (const line of lines) {
    const rowLabel =
      current !== null &&
      current !== "drop" &&
      line.label !== null &&
      (ROW_LABELS[current]?.test(line.label) ?? false);
    if (line.target === "ignore") continue;
    const starts = line.target !== null && (numberedSections ? line.numbered : !(rowLabel && inTable));
    if (starts && line.target) {
      current = line.target;
      inTable = false;
      if (current === "drop") continue;
      const lines = sections.get(current) ?? [];
      // Agencies keep their role labels ("Cơ quan có thẩm quyền: …"): the page reads roles from them.
      if (current === "agencies") {
        agencyHeadings += 1;
        lines.push(line.unnumbered);
      } else if (line.rest !== "") lines.push(line.rest);
      sections.set(current, lines);
      continue;
    }
    if (current === null) {
      title.push(line.text);
      continue;
    }
    if (current === "drop") continue;
    // The first row label ("Hình thức nộp", "Tên giấy tờ") opens the section's table.
    if (rowLabel) inTable = true;
    appendTo(sections, current, line.text);
  }
  // A single "Cơ quan thực hiện: …" is the section's own heading, not a role among others.
  const agencies = sections.get("agencies");
  if (agencyHeadings === 1 && agencies?.[0]) {
    const only = HEADING.exec(agencies[0]);
    if (only && /^co quan (thuc hien|giai quyet)/.test(fold(only[1] ?? ""))) agencies[0] = only[2] ?? "";
  }
  const record = emptyRecord();
  const found: RecordKey[] = [];
  for (const [key, value] of sections) {
    const text = normalizeText(value.join("\n"));
    if (text === "") continue;
    record[key] = text;
    found.push(key);
  }
  const titleLine = title.find((line) => line.trim() !== "") ?? "";
  if (!record.name && titleLine) {
    record.name = titleLine
      .replace(TITLE_PREFIX, "")
      .replace(/\s*\((?:số hồ sơ tthc|mã tthc|mã)[^)]*\)\s*$/iu, "")
      .trim();
    found.push("name");
  }
  const code = CODE.exec(record.code)?.[1] ?? CODE.exec(title.join(" "))?.[1];
  if (code) {
    record.code = code;
    if (!found.includes("code")) found.push("code");
  }
  if (/không phụ thuộc (vào )?địa giới hành chính/iu.test(pasted)) {
    record.anywhereInProvince = "Có";
    found.push("anywhereInProvince");
  }
  return { record, found };
}

function appendTo(sections: Map<RecordKey, string[]>, key: RecordKey, line: string): void {
  const lines = sections.get(key) ?? [];
  lines.push(line);
  sections.set(key, lines);
}
