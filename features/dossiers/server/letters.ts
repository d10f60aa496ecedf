import "server-only";
import { type Actor, can } from "@/features/access/permissions";
import { recordEvent } from "@/features/access/server/change";
import { type AdminDocument, DOCX_TYPE, documentFileName } from "@/features/documents/admin-document";
import { renderDocx } from "@/features/documents/render-docx";
import { renderPdf } from "@/features/documents/render-pdf";
import { feedbackCalendar } from "@/features/feedback/server/calendar";
import type { HeaderUnit } from "@/features/index/report-header";
import { listAncestorUnitIds, listUnitsByIds } from "@/features/units/server/unit-queries";
import type { Lang } from "@/i18n/locales";
import { addDays, localDay } from "@/lib/time";
import { apologyLetter, type LetterFormat } from "../apology-letter";
import { atRiskUntil } from "../at-risk";
import {
  type DossierListRow,
  findDossierInUnits,
  type LetterListRow,
  listDossiersAtRisk,
  listLateWithoutLetter,
  listLettersOfDossier,
  listRecentLetters,
} from "./letter-queries";

export type { DossierListRow, LetterListRow };

/** Rows shown per list: the earliest appointments first, with the total. */
export const LIST_LIMIT = 100;
const RECENT_LETTERS = 20;
/** Dossiers returned late are listed for a year: a letter is still owed, but not for ever. */
const LATE_LOOKBACK_DAYS = 365;

/**
 * The managers' worklist over the actor's scope: dossiers at risk (open, due by the end of the next working
 * day of Vietnam's calendar), late dossiers without a letter, and the latest letters.
 */
export async function dossierWorklist(actor: Actor, now = new Date()) {
  const unitIds = [...actor.scopeUnitIds];
  const { calendar } = await feedbackCalendar(now);
  const since = addDays(localDay(now), -LATE_LOOKBACK_DAYS);
  const [atRisk, late, letters] = await Promise.all([
    listDossiersAtRisk(unitIds, now, atRiskUntil(now, calendar), LIST_LIMIT),
    listLateWithoutLetter(unitIds, now, since, LIST_LIMIT),
    listRecentLetters(unitIds, RECENT_LETTERS),
  ]);
  return { atRisk, late, letters };
}

/** The unit and the units above it, nearest first, as a letterhead names them. */
async function unitChain(unitId: number): Promise<HeaderUnit[]> {
  const ids = await listAncestorUnitIds(unitId);
  const units = await listUnitsByIds(ids);
  return ids.flatMap((id) => units.filter((u) => u.id === id));
}

/**
 * One dossier of a unit the actor may see, with its letters and whether the actor may issue one (the
 * unit's administrators, for a dossier not withdrawn or rejected); undefined for any other dossier.
 */
export async function dossierDetail(actor: Actor, id: number) {
  const dossier = await findDossierInUnits(id, [...actor.scopeUnitIds]);
  if (!dossier || !can(actor, { permission: "unit.view", unitId: dossier.unitId })) return undefined;
  const letters = await listLettersOfDossier(dossier.id);
  const mayRecord = can(actor, { permission: "dossier.record", unitId: dossier.unitId });
  const closed = dossier.status === "withdrawn" || dossier.status === "rejected";
  return { dossier, letters, mayRecord, closed };
}

export type DossierDetail = NonNullable<Awaited<ReturnType<typeof dossierDetail>>>;

export interface LetterFile {
  body: Uint8Array;
  name: string;
  contentType: string;
}

/**
 * An apology letter of a dossier the actor may see, as PDF or DOCX in `lang`, addressed to `addressee`
 * when staff typed a name (used for this file only, never stored). Recorded as an export; undefined for a
 * letter or dossier out of the actor's scope.
 */
export async function apologyLetterFile(
  actor: Actor,
  request: {
    dossierId: number;
    letterId: number;
    format: LetterFormat;
    lang: Lang;
    addressee: string | null;
  },
): Promise<LetterFile | undefined> {
  const detail = await dossierDetail(actor, request.dossierId);
  const letter = detail?.letters.find((l) => l.id === request.letterId);
  if (!detail || !letter) return undefined;
  const { dossier } = detail;
  const doc: AdminDocument = apologyLetter(
    {
      chain: await unitChain(letter.unitId),
      number: letter.number,
      dossierCode: dossier.code,
      procedureName: dossier.procedureName,
      receivedAt: dossier.receivedAt,
      previousDueAt: letter.previousDueAt,
      newDueAt: letter.newDueAt,
      reason: letter.reason,
      issuedAt: letter.issuedAt,
      addressee: request.addressee,
    },
    request.lang,
  );
  const body = request.format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  await recordEvent(actor.userId, {
    action: "export.apology_letter",
    entity: "dossier",
    entityId: dossier.code,
    unitId: dossier.unitId,
    details: { letter: letter.id, format: request.format, lang: request.lang },
  });
  return {
    body: new Uint8Array(body),
    name: documentFileName(doc.title, request.format),
    contentType: request.format === "pdf" ? "application/pdf" : DOCX_TYPE,
  };
}
