"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { Refusal } from "@/features/access/server/change";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import type { ProcedureRecord, RecordKey } from "@/features/catalog/procedure-record";
import { recordKeys } from "@/features/catalog/procedure-record";
import { sayColumnIssue, sayRowIssue } from "@/features/catalog/record-text";
import {
  cellName,
  changeRows,
  parseRowIntent,
  ROW_INTENT,
  readRowLists,
  rowsToShow,
  withRows,
} from "@/features/catalog/row-lists";
import {
  abolishProcedure,
  FORM_FILE_TYPES,
  readPastedProcedure,
  saveProcedure,
  saveUnitOverride,
  uploadFormFile,
} from "@/features/catalog/server/procedures";
import type { PasteState } from "@/features/catalog/ui/paste-procedure";
import type { Lang } from "@/i18n/locales";
import { isPhrase, phrase } from "@/i18n/phrase";
import type { ActionResult } from "@/lib/action";
import { revalidateUnitPages } from "@/lib/revalidate";

const isoDate = z.iso.date({ error: "catalog.errors.invalidDate" });
const optionalId = z
  .string()
  .regex(/^\d*$/, { error: "catalog.errors.invalidChoice" })
  .transform((s) => (s === "" ? null : Number(s)));

const saveSchema = z.looseObject({
  mode: z.enum(["create", "edit"]),
  announcementId: optionalId,
  effectiveFrom: z.union([z.literal(""), isoDate]),
  offerAtUnitId: optionalId.optional(),
});

const isRecordKey = (name: string): name is RecordKey => (recordKeys as readonly string[]).includes(name);

/** A refused save, each problem of a column naming that column in the staff member's language. */
async function recordRefusal(refusal: Refusal): Promise<ActionResult> {
  if (!refusal.fieldErrors) return refusedState(refusal);
  const lang = (await getLocale()) as Lang;
  const fieldErrors = Object.fromEntries(
    Object.entries(refusal.fieldErrors).map(([name, text]) => [
      name,
      isRecordKey(name) && isPhrase(text) ? sayColumnIssue(lang, name, text) : text,
    ]),
  );
  return refusedState({ ...refusal, fieldErrors });
}

/** The form's text values (what it sends back so nothing typed is lost). */
function textValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/**
 * Creates a procedure or a new version of it; equal content writes nothing. The row buttons of its lists
 * (add, move, remove) come here too: the rows change, everything typed is sent back, nothing is saved.
 */
export const saveProcedureAction = managerAction(saveSchema, async (data, manager, formData) => {
  const values = textValues(formData);
  const intent = parseRowIntent(values[ROW_INTENT]);
  if (intent) {
    const rows = changeRows(intent.list, rowsToShow(intent.list, values, ""), intent.op, intent.index);
    return { values: withRows(values, intent.list, rows) };
  }
  const lang = (await getLocale()) as Lang;
  const lists = readRowLists(values);
  if (!lists.ok) {
    return {
      refused: true,
      message: phrase("common.form.fixErrors"),
      fieldErrors: Object.fromEntries(
        lists.issues.map((i) => [cellName(i.list, i.index, i.column), sayRowIssue(lang, i.list, i.message)]),
      ),
    };
  }
  const record = Object.fromEntries(
    recordKeys.map((k) => [k, String(formData.get(k) ?? "")]),
  ) as ProcedureRecord;
  const outcome = await saveProcedure(manager, {
    mode: data.mode,
    record: { ...record, ...lists.texts },
    announcementId: data.announcementId,
    effectiveFrom: data.effectiveFrom === "" ? null : data.effectiveFrom,
    offerAtUnitId: data.offerAtUnitId ?? null,
  });
  if (!outcome.ok) return recordRefusal(outcome.refusal);
  if (outcome.value.unchanged) return { message: phrase("catalog.saved.unchanged") };
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  redirect(`/quan-ly/thu-tuc/${encodeURIComponent(outcome.value.code)}?da-luu=1`);
});

const pasteSchema = z.object({
  pasted: z
    .string()
    .trim()
    .min(1, { error: "catalog.errors.pasteRequired" })
    .max(500_000, { error: "catalog.errors.pasteTooLong" }),
});

/** Reads pasted text into the editor's fields, writing nothing: staff correct and save it themselves. */
export const pasteProcedureAction = managerAction<typeof pasteSchema, PasteState>(
  pasteSchema,
  async (data, manager) => {
    const read = readPastedProcedure(manager, data.pasted);
    if (!read.ok) return refusedState(read.refusal);
    const { record, found } = read.value;
    if (found.length === 0) {
      return {
        fieldErrors: { pasted: phrase("catalog.paste.noneFound") },
        message: phrase("catalog.paste.noneFoundMessage"),
      };
    }
    return { record, found, message: phrase("catalog.paste.readMessage", { count: found.length }) };
  },
);

const abolishSchema = z.object({
  code: z.string().min(1).max(60),
  abolishedOn: isoDate,
  announcementId: optionalId,
  replacementCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(60)
    .transform((s) => (s === "" ? null : s)),
});

export const abolishProcedureAction = managerAction(abolishSchema, async (data, manager) => {
  const outcome = await abolishProcedure(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: phrase("catalog.abolish.done") };
});

const optionalText = (max: 500 | 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: max === 500 ? "catalog.errors.max500" : "catalog.errors.max2000" })
    .transform((s) => (s === "" ? null : s));

const overrideSchema = z.object({
  unitProcedureId: z.coerce.number().int().positive(),
  localTimeLimit: optionalText(500),
  localFee: optionalText(500),
  localPlace: optionalText(500),
  localNotes: optionalText(2000),
});

/** A unit's local differences (shorter time limit, fee, place, notes) for one procedure. */
export const saveOverrideAction = managerAction(overrideSchema, async (data, manager) => {
  const outcome = await saveUnitOverride(manager, data);
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: phrase("catalog.override.saved") };
});

const MAX_FORM_FILE_BYTES = 5 * 1024 * 1024;

const uploadSchema = z.object({
  code: z.string().min(1).max(60),
  formCode: z.string().trim().min(1, { error: "catalog.errors.chooseForm" }).max(100),
  file: z
    .instanceof(File, { error: "catalog.errors.chooseFile" })
    .refine((f) => f.size > 0, { error: "catalog.errors.emptyFile" })
    .refine((f) => f.size <= MAX_FORM_FILE_BYTES, { error: "catalog.errors.formFileTooBig" })
    .refine((f) => (f.name.split(".").pop()?.toLowerCase() ?? "") in FORM_FILE_TYPES, {
      error: "catalog.errors.formFileType",
    }),
});

/** Uploads the file of a named form; citizens download it from the disclosure page. */
export const uploadFormAction = managerAction(uploadSchema, async (data, manager) => {
  const outcome = await uploadFormFile(manager, {
    code: data.code,
    formCode: data.formCode,
    fileName: data.file.name,
    bytes: Buffer.from(await data.file.arrayBuffer()),
  });
  if (!outcome.ok) return refusedState(outcome.refusal);
  revalidateUnitPages(outcome.value.unitSlugs, outcome.value.codes);
  return { message: phrase("catalog.upload.uploaded", { name: outcome.value.formName }) };
});
