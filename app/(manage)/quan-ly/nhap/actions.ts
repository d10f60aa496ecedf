"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { countActions, type ImportState } from "@/features/imports/import-state";
import { showIssue } from "@/features/imports/issue-text";
import { detectFormat, type ImportIssue, MAX_IMPORT_BYTES } from "@/features/imports/procedure-import";
import { checkImport, commitImport } from "@/features/imports/server/imports";
import type { Lang } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import type { ActionResult } from "@/lib/action";
import { revalidateUnitPages } from "@/lib/revalidate";

const optionalId = z
  .string()
  .regex(/^\d*$/, { error: "catalog.errors.invalidChoice" })
  .transform((s) => (s === "" ? null : Number(s)));

const dryRunSchema = z.object({
  file: z
    .instanceof(File, { error: "imports.errors.chooseFile" })
    .refine((f) => f.size > 0, { error: "catalog.errors.emptyFile" })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, { error: "imports.errors.tooBig" })
    .refine((f) => detectFormat(f.name) !== null, { error: "imports.errors.fileType" }),
  announcementId: optionalId,
  /** Optional: the effective date of rows whose own decision gives none. Never the day of the import. */
  effectiveFrom: z.union([z.literal(""), z.iso.date({ error: "imports.errors.effectiveFrom" })]),
  offerAtUnitId: optionalId,
});

function refused(lang: Lang, fileName: string, issues: ImportIssue[]): ActionResult<ImportState> {
  return {
    message: phrase("imports.hasErrors", { count: issues.length }),
    fieldErrors: { file: phrase("imports.fileErrors", { count: issues.length }) },
    preview: { fileName, issues: issues.map((issue) => showIssue(lang, issue)) },
  };
}

/** Step 1: read and check the whole file; show every error, or what would change. Writes no procedure. */
export const dryRunImportAction = managerAction<typeof dryRunSchema, ImportState>(
  dryRunSchema,
  async (data, manager) => {
    const outcome = await checkImport(manager, {
      fileName: data.file.name,
      bytes: new Uint8Array(await data.file.arrayBuffer()),
      announcementId: data.announcementId,
      effectiveFrom: data.effectiveFrom === "" ? null : data.effectiveFrom,
      offerAtUnitId: data.offerAtUnitId,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const preview = outcome.value;
    // The issues are said here, in the staff member's language: the form receives text.
    const lang = (await getLocale()) as Lang;
    if (preview.issues.length > 0) return refused(lang, preview.fileName, preview.issues);
    return { message: phrase("imports.checked"), preview: { ...preview, issues: [] } };
  },
);

const commitSchema = z.object({ jobId: z.uuid({ error: "imports.errors.jobId" }) });

/**
 * Step 2: apply a checked import — the new fields and decisions it names, then its procedures — all or
 * nothing, audited in the same transaction. Committing twice changes nothing the second time.
 */
export const commitImportAction = managerAction<typeof commitSchema, ImportState>(
  commitSchema,
  async ({ jobId }, manager) => {
    const outcome = await commitImport(manager, { jobId });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const counts = countActions(outcome.value.actions.values());
    revalidateUnitPages(
      outcome.value.unitSlugs,
      [...outcome.value.actions.entries()].filter(([, a]) => a !== "unchanged").map(([code]) => code),
    );
    return { message: phrase("imports.committed", counts), committed: counts };
  },
);
