import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/features/access/permissions";
import { change, FORBIDDEN, invalid, type Outcome, type Refusal } from "@/features/access/server/change";
import { matchField } from "@/features/imports/procedure-import";
import { phrase, type Text } from "@/i18n/phrase";
import { localDay } from "@/lib/time";
import { isPdfFile, wantsPdfBeside } from "../form-file";
import { parsePublishedProcedure } from "../procedure-paste";
import { type ProcedureRecord, readRecord } from "../procedure-record";
import { parseFormRefs } from "../procedure-text";
import { contradictsTimeLimit, nationalTimeLimit } from "../time-limit";
import { getProcedureForEdit, getUnitProcedure } from "./admin-queries";
import { getStoredForm, setFormPdf, upsertFormFile } from "./form-queries";
import {
  applyProcedureWrites,
  getAnnouncement,
  listFields,
  unitSlugsOffering,
  updateUnitOverride,
  writeAbolition,
} from "./procedure-writes";

const FIX_BELOW = phrase("common.form.fixErrors");
const PUBLICATION_REQUIRED = phrase("catalog.errors.publicationRequired");
const UNKNOWN_ANNOUNCEMENT: Refusal = invalid("announcementId", phrase("catalog.errors.unknownAnnouncement"));

/** What changed, for the adapter to refresh the cached citizen pages that show it. */
export interface CatalogChange {
  unitSlugs: string[];
  codes: string[];
}

/**
 * A procedure typed, pasted or corrected in the editor: created (mode "create"), or a new version of it
 * ("edit"). Equal content writes nothing (`unchanged`). Content that changes takes effect on the date
 * stated, else on its decision's effective date; with neither it is refused (never "from today"). Catalogue editors only; offering it at a unit
 * needs that unit's administration too. The problems of the record are refused per column, their phrases
 * naming the column as `{column}` (said with `sayColumnIssue`).
 */
export async function saveProcedure(
  actor: Actor,
  input: {
    mode: "create" | "edit";
    record: ProcedureRecord;
    announcementId: number | null;
    effectiveFrom: string | null;
    offerAtUnitId: number | null;
  },
): Promise<Outcome<CatalogChange & { code: string; unchanged: boolean }>> {
  return change(actor, async ({ tx, authorize, refuse, audit, unchanged }) => {
    authorize({ permission: "catalog.edit" });
    if (input.offerAtUnitId !== null)
      authorize({ permission: "unit.administer", unitId: input.offerAtUnitId });
    const decision = input.announcementId === null ? null : await getAnnouncement(tx, input.announcementId);
    if (input.announcementId !== null && !decision) return refuse(UNKNOWN_ANNOUNCEMENT);
    if (decision && input.effectiveFrom !== null && input.effectiveFrom < decision.issuedOn) {
      return refuse(
        invalid(
          "effectiveFrom",
          phrase("catalog.errors.effectiveBeforeDecision", { date: decision.issuedOn }),
        ),
      );
    }
    // The version takes effect on the date staff state, else on its decision's: never silently today.
    const effectiveFrom = input.effectiveFrom ?? decision?.effectiveOn ?? null;
    const read = readRecord(input.record);
    if (!read.ok) {
      const fieldErrors: Record<string, Text> = {};
      for (const issue of read.issues) fieldErrors[issue.column] ??= issue.message;
      if (effectiveFrom === null) fieldErrors.announcementId = PUBLICATION_REQUIRED;
      return refuse({ reason: "invalid", message: FIX_BELOW, fieldErrors });
    }
    const field = matchField(read.read.field, await listFields(tx));
    if (field.kind === "new") {
      return refuse(
        invalid("field", phrase("catalog.errors.unknownField"), phrase("catalog.errors.unknownFieldSummary")),
      );
    }
    const { code } = read.read;
    const existing = await getProcedureForEdit(code, tx);
    if (input.mode === "create" && existing) {
      return refuse(invalid("code", phrase("catalog.errors.codeExists")));
    }
    const outcome = await applyProcedureWrites(tx, audit, [{ ...read.read, field, announcement: null }], {
      announcementId: input.announcementId,
      effectiveFrom,
      today: localDay(new Date()),
      userId: actor.userId,
      offerAtUnitId: input.offerAtUnitId,
    });
    if (outcome.actions.get(code) === "unchanged") {
      // Only the portal link may have changed: it is audited on its own, and its pages refreshed.
      if (outcome.portalUrlSet.includes(code))
        return { code, unchanged: false, unitSlugs: outcome.unitSlugs, codes: [code] };
      unchanged();
      return { code, unchanged: true, unitSlugs: [], codes: [] };
    }
    // Content that changes needs its decision or a stated date (refusing rolls the write back).
    if (effectiveFrom === null) return refuse(invalid("announcementId", PUBLICATION_REQUIRED));
    audit({
      action: existing ? "procedure.version" : "procedure.create",
      entity: "procedure",
      entityId: code,
      details: { effectiveFrom, announcementId: input.announcementId },
    });
    return { code, unchanged: false, unitSlugs: outcome.unitSlugs, codes: [code] };
  });
}

/**
 * Reads a procedure's published text (a decision's annex, the national database's print) into the
 * editor's fields. Writes nothing: staff correct and save it themselves.
 */
export function readPastedProcedure(
  actor: Actor,
  pasted: string,
): Outcome<ReturnType<typeof parsePublishedProcedure>> {
  if (!actor.catalogEditor) return { ok: false, refusal: FORBIDDEN };
  return { ok: true, value: parsePublishedProcedure(pasted) };
}

/** Records that a procedure was abolished (on a date, by a decision, replaced by another procedure or not). */
export async function abolishProcedure(
  actor: Actor,
  input: { code: string; abolishedOn: string; announcementId: number | null; replacementCode: string | null },
): Promise<Outcome<CatalogChange>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    const result = await writeAbolition(tx, input);
    if ("error" in result) return refuse(invalid("replacementCode", result.error));
    audit({ action: "procedure.abolish", entity: "procedure", entityId: input.code, details: input });
    return { unitSlugs: result.unitSlugs, codes: [input.code] };
  });
}

/**
 * A unit's local differences (shorter time limit, fee, place, notes) for a procedure it offers. A local
 * time limit may only shorten the procedure's: one that is not shorter, when the texts can be compared, is
 * refused (citizens would read two rules that contradict each other).
 */
export async function saveUnitOverride(
  actor: Actor,
  input: {
    unitProcedureId: number;
    localTimeLimit: string | null;
    localFee: string | null;
    localPlace: string | null;
    localNotes: string | null;
  },
): Promise<Outcome<CatalogChange>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const target = await getUnitProcedure(input.unitProcedureId, tx);
    if (!target) return refuse(FORBIDDEN);
    authorize({ permission: "unit.administer", unitId: target.unitId });
    const procedure = await getProcedureForEdit(target.code, tx);
    if (
      input.localTimeLimit &&
      procedure &&
      contradictsTimeLimit(input.localTimeLimit, nationalTimeLimit(procedure.version.content))
    ) {
      return refuse(invalid("localTimeLimit", phrase("catalog.errors.localTimeLimitNotShorter")));
    }
    const { unitProcedureId, ...values } = input;
    await updateUnitOverride(tx, unitProcedureId, values);
    audit({
      action: "unit_procedure.override",
      entity: "unit_procedure",
      entityId: String(unitProcedureId),
      unitId: target.unitId,
      details: values,
    });
    return { unitSlugs: [target.unitSlug], codes: [target.code] };
  });
}

/** The file types a form may be uploaded as, by extension. */
export const FORM_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  rtf: "application/rtf",
  odt: "application/vnd.oasis.opendocument.text",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const UNKNOWN_FORM: Refusal = invalid("formCode", phrase("catalog.errors.unknownForm"));

/**
 * Uploads the file of a form the procedure names; citizens download it from the disclosure page. A PDF
 * uploaded for a form whose file is a word processor's (RTF, DOC…) is stored beside it — most phones open a
 * PDF but not an RTF — and the page offers both; any other file replaces the form's file (and the PDF that
 * was beside it).
 */
export async function uploadFormFile(
  actor: Actor,
  input: { code: string; formCode: string; fileName: string; bytes: Buffer },
): Promise<Outcome<CatalogChange & { formName: string; besideFile: string | null }>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    const found = await getProcedureForEdit(input.code, tx);
    const ref = found
      ? parseFormRefs(found.version.content.forms).find((f) => f.code === input.formCode)
      : undefined;
    if (!found || !ref) return refuse(UNKNOWN_FORM);
    const ext = input.fileName.split(".").pop()?.toLowerCase() ?? "";
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    const stored = await getStoredForm(found.procedure.id, ref.code, tx);
    const beside =
      stored && isPdfFile(input.fileName) && wantsPdfBeside(stored.fileName) ? stored.fileName : null;
    if (beside) {
      await setFormPdf(tx, found.procedure.id, ref.code, { data: input.bytes, sha256 });
    } else {
      await upsertFormFile(tx, {
        procedureId: found.procedure.id,
        code: ref.code,
        name: ref.name,
        fileName: input.fileName.slice(-200),
        mimeType: FORM_FILE_TYPES[ext] ?? "application/octet-stream",
        size: input.bytes.length,
        sha256,
        data: input.bytes,
      });
    }
    audit({
      action: "form.upload",
      entity: "procedure",
      entityId: input.code,
      details: { formCode: ref.code, ...(beside ? { pdfBeside: beside } : {}) },
    });
    return {
      formName: ref.name,
      besideFile: beside,
      unitSlugs: await unitSlugsOffering(tx, [found.procedure.id]),
      codes: [input.code],
    };
  });
}
