/**
 * The apology letter of a late dossier as an administrative document: Mẫu số 04, Phụ lục I, Thông tư
 * 03/2025/TT-VPCP — "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" (it replaced Thông tư
 * 01/2018's "Phiếu xin lỗi và hẹn lại ngày trả kết quả"). The issuing unit under its parent with the
 * letter's number, place and date, the addressee, the dossier and its appointment, the reason, the apology
 * and the new date, "Nơi nhận" and the head of the unit's signature. Pure: rendered by features/documents.
 * The citizen's name is never stored: staff may type it for the file, else the letter leaves a blank.
 */
import type { AdminDocument } from "@/features/documents/admin-document";
import {
  dateLineParts,
  type HeaderUnit,
  headerName,
  reportPlace,
  unitAbbreviation,
} from "@/features/index/report-header";
import { type Lang, nameIn } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDate, localDay } from "@/lib/time";

/** The series of apology letters in a unit's numbering. */
const SERIES = "PXL";

/** A letter's number as the API gives it: "12/PXL" (numbered per unit and year). */
export function apologyNumber(number: number): string {
  return `${number}/${SERIES}`;
}

/** The number on the letter itself, with the issuing unit's abbreviation: "12/PXL-TTPVHCC". */
export function letterNumber(number: number, unit: Pick<HeaderUnit, "name" | "kind">): string {
  return `${apologyNumber(number)}-${unitAbbreviation(unit)}`;
}

export type LetterFormat = "pdf" | "docx";

/** Where a letter's files are downloaded from (route handlers under /quan-ly/ho-so/<id>/xin-loi/). */
export function letterFileUrl(dossierId: number, letterId: number, format: LetterFormat): string {
  return `/quan-ly/ho-so/${dossierId}/xin-loi/${letterId}/${format}`;
}

export interface ApologyLetterData {
  /** The issuing unit followed by the units above it, nearest first. */
  chain: readonly HeaderUnit[];
  number: number;
  dossierCode: string;
  procedureName: string | null;
  receivedAt: Date;
  /** The appointment the letter replaces (null when the dossier had none). */
  previousDueAt: Date | null;
  newDueAt: Date;
  reason: string;
  issuedAt: Date;
  /** Typed by staff for this file only; null leaves a blank to fill in by hand. */
  addressee: string | null;
}

const BLANK = "……………………………";

const day = (at: Date, lang: Lang) => formatDate(localDay(at), lang);

/** The letter in `lang` (Vietnamese is the official one; English for a reader who asks). */
export function apologyLetter(data: ApologyLetterData, lang: Lang): AdminDocument {
  const t = translator(lang);
  const [unit, parent] = data.chain;
  if (!unit) throw new Error("an apology letter needs its issuing unit");
  const unitName = nameIn(lang, unit);
  const number = letterNumber(data.number, unit);
  const addressee = data.addressee?.trim() || BLANK;
  const due = data.previousDueAt ? day(data.previousDueAt, lang) : BLANK;
  return {
    title: t("dossiers.letter.fileTitle", { number, code: data.dossierCode }),
    lang,
    issuer: {
      parent: parent ? headerName(parent, lang) : null,
      unit: headerName(unit, lang),
      number: t("dossiers.letter.number", { number }),
    },
    nation: t("index.report.header.nation"),
    motto: t("index.report.header.motto"),
    placeDate: t("index.report.header.dateLine", {
      place: reportPlace(data.chain, lang),
      ...dateLineParts(localDay(data.issuedAt)),
    }),
    kind: t("dossiers.letter.kind"),
    subject: null,
    blocks: [
      { type: "paragraph", text: t("dossiers.letter.form"), italic: true, align: "center" },
      { type: "paragraph", text: t("dossiers.letter.to", { addressee }), align: "center" },
      {
        type: "paragraph",
        align: "justify",
        text: t("dossiers.letter.received", { received: day(data.receivedAt, lang), unit: unitName }),
      },
      // The code on a line of its own: a long code with dashes would otherwise break across lines.
      {
        type: "fields",
        items: [
          [t("dossiers.letter.code"), data.dossierCode],
          [t("dossiers.letter.procedure"), data.procedureName ?? BLANK],
          [t("dossiers.letter.due"), due],
        ],
      },
      { type: "paragraph", align: "justify", text: t("dossiers.letter.late", { unit: unitName }) },
      { type: "paragraph", align: "justify", text: t("dossiers.letter.reason", { reason: data.reason }) },
      {
        type: "paragraph",
        align: "justify",
        text: t("dossiers.letter.apology", { unit: unitName, newDue: day(data.newDueAt, lang) }),
      },
      { type: "paragraph", align: "justify", text: t("dossiers.letter.closing") },
    ],
    recipients: {
      title: t("index.report.header.recipients"),
      lines: [t("dossiers.letter.recipientAddressee"), t("index.report.header.archive")],
    },
    signature: {
      role: [t("dossiers.letter.signer")],
      hint: t("index.report.header.signHint"),
      name: null,
    },
  };
}
