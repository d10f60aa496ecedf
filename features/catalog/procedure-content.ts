import { z } from "zod";
import { normalizeText } from "./structured-text";

/**
 * The content of one version of a procedure, as provinces publish it: the disclosure fields of DOMAIN.md,
 * each section kept as its published text (paragraphs and lists, lib/structured-text.ts) — the dossier with
 * its cases, notes and number of sets, agencies with their roles, legal basis as citations, forms as lines.
 * Structure is read from that text when a page is shown (lib/procedure-text.ts), so nothing a decision
 * says is lost on the way in and the same text always gives the same content, whatever file carried it.
 * An empty section is one the source does not state; a procedure whose sections are all empty is known
 * by name and code only ("đang cập nhật").
 */

export const CONTENT_VERSION = 2;

export const procedureLevels = ["central", "province", "commune", "multi"] as const;
export type ProcedureLevel = (typeof procedureLevels)[number];

export const channelKinds = ["in_person", "online", "post"] as const;
export type ChannelKind = (typeof channelKinds)[number];

export const onlineLevels = ["full", "partial"] as const;
export type OnlineLevel = (typeof onlineLevels)[number];

/**
 * Characters per section. The longest real section in the fixtures is 16,332 characters (the dossier of
 * residence registration, QĐ 320/QĐ-BCA, with its cases); six times that is a wide margin. Beyond it a
 * cell is a paste gone wrong (a 2 MB cell is refused with its row and column named).
 */
export const SECTION_MAX = 100_000;
export const NAME_MAX = 1_000;

const section = z.string().max(SECTION_MAX);

export const channelSchema = z.object({
  kind: z.enum(channelKinds),
  timeLimit: section,
  fee: section,
  description: section,
  /** Online only; null when the decision does not state it. */
  onlineLevel: z.enum(onlineLevels).nullable(),
});
export type ProcedureChannel = z.infer<typeof channelSchema>;

export const procedureContentSchema = z.object({
  v: z.literal(CONTENT_VERSION),
  /** 1. Tên thủ tục hành chính */
  name: z.string().min(1).max(NAME_MAX),
  /** 1. Cấp thực hiện; null when not stated */
  level: z.enum(procedureLevels).nullable(),
  /** 2. Trình tự thực hiện */
  steps: section,
  /** 3. Cách thức thực hiện — per channel where the decision gives a table, and/or as published text */
  channels: z.array(channelSchema).max(3),
  channelsText: section,
  /** 4. Thành phần, số lượng hồ sơ — cases, items, notes, number of sets */
  dossier: section,
  /** 5. Thời hạn giải quyết */
  timeLimit: section,
  /** 6. Đối tượng thực hiện */
  applicants: section,
  /** 7. Cơ quan thực hiện — with roles as published */
  agencies: section,
  /** 8. Kết quả thực hiện */
  result: section,
  /** 9. Phí, lệ phí */
  fees: section,
  /** 10. Tên mẫu đơn, mẫu tờ khai — one per line, optionally "CODE | name" */
  forms: section,
  /** 11. Yêu cầu, điều kiện thực hiện */
  conditions: section,
  /** 12. Căn cứ pháp lý — one citation per line */
  legalBasis: section,
  /** Thời gian tiếp nhận hồ sơ, when the decision gives it */
  receptionHours: section,
  /** "Không phụ thuộc địa giới hành chính": may be filed anywhere in the province */
  anywhereInProvince: z.boolean(),
});
export type ProcedureContent = z.infer<typeof procedureContentSchema>;

export const textSections = [
  "steps",
  "channelsText",
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
] as const satisfies ReadonlyArray<keyof ProcedureContent>;
export type TextSection = (typeof textSections)[number];

/** Known by name and code only (a decision that lists procedures without their content). */
export function isPendingContent(content: ProcedureContent): boolean {
  return content.channels.length === 0 && textSections.every((key) => content[key] === "");
}

/** Every text normalized the one way (NFC, line breaks, spaces), so equal text hashes equal. */
export function normalizeContent(content: ProcedureContent): ProcedureContent {
  const out = { ...content, name: normalizeText(content.name).replace(/\n+/g, " ") };
  for (const key of textSections) out[key] = normalizeText(content[key]);
  out.channels = content.channels.map((c) => ({
    ...c,
    timeLimit: normalizeText(c.timeLimit),
    fee: normalizeText(c.fee),
    description: normalizeText(c.description),
  }));
  return out;
}

// ---------------------------------------------------------------- version 1 (stored before 2026-12)

/** Content as stored by the first version of the catalogue: lists of short fields. */
export interface ProcedureContentV1 {
  name: string;
  level: ProcedureLevel;
  steps: string[];
  channels: Array<{
    kind: ChannelKind;
    timeLimit: string;
    fee: string;
    onlineLevel?: OnlineLevel;
    description?: string;
  }>;
  components: Array<{ name: string; copies: string; formCode?: string; note?: string }>;
  timeLimit: string;
  applicants: string;
  implementingAgency: string;
  result: string;
  fees: string;
  forms: Array<{ code: string; name: string }>;
  conditions: string;
  legalBasis: Array<{ number: string; title: string; issuedOn?: string }>;
}

function displayDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * The same content in version 2, losing nothing: steps one per line, each dossier component as a list item
 * with its copies, form and note, forms with their codes (their files stay linked), citations as lines.
 */
export function contentFromV1(v1: ProcedureContentV1): ProcedureContent {
  const component = (c: ProcedureContentV1["components"][number]) => {
    const form = c.formCode ? ` (mẫu ${c.formCode})` : "";
    const note = c.note ? `. ${c.note}` : "";
    return `- ${c.name}${form}: ${c.copies}${note}`;
  };
  const citation = (l: ProcedureContentV1["legalBasis"][number]) =>
    `- ${l.number}${l.title && l.title !== l.number ? `: ${l.title}` : ""}${l.issuedOn ? ` (ngày ${displayDate(l.issuedOn)})` : ""}`;
  return normalizeContent({
    v: CONTENT_VERSION,
    name: v1.name,
    level: v1.level,
    steps: v1.steps.join("\n"),
    channels: v1.channels.map((c) => ({
      kind: c.kind,
      timeLimit: c.timeLimit,
      fee: c.fee,
      description: c.description ?? "",
      onlineLevel: c.onlineLevel ?? null,
    })),
    channelsText: "",
    dossier: v1.components.map(component).join("\n"),
    timeLimit: v1.timeLimit,
    applicants: v1.applicants,
    agencies: v1.implementingAgency,
    result: v1.result,
    fees: v1.fees,
    forms: v1.forms.map((f) => `${f.code} | ${f.name}`).join("\n"),
    conditions: v1.conditions,
    legalBasis: v1.legalBasis.map(citation).join("\n"),
    receptionHours: "",
    anywhereInProvince: false,
  });
}

/** Stored content of either version, as version 2 (the migration upgrades stored rows; seeds may be older). */
export function asCurrentContent(stored: unknown): ProcedureContent {
  const candidate = stored as { v?: unknown };
  if (candidate && typeof candidate === "object" && candidate.v === CONTENT_VERSION) {
    return stored as ProcedureContent;
  }
  return contentFromV1(stored as ProcedureContentV1);
}
