"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import {
  type DossierImportIssue,
  type DossierImportState,
  detectDossierFormat,
  MAX_DOSSIER_IMPORT_BYTES,
} from "@/features/dossiers/dossier-import";
import { checkDossierImport, commitDossierImport } from "@/features/dossiers/server/dossier-import";
import type { Lang } from "@/i18n/locales";
import { phrase, sayText } from "@/i18n/phrase";
import type { ActionResult } from "@/lib/action";

const dryRunSchema = z.object({
  unitId: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, { error: "imports.dossiers.errors.unit" })
    .transform(Number),
  file: z
    .instanceof(File, { error: "imports.errors.chooseFile" })
    .refine((f) => f.size > 0, { error: "catalog.errors.emptyFile" })
    .refine((f) => f.size <= MAX_DOSSIER_IMPORT_BYTES, { error: "imports.dossiers.errors.tooBig" })
    .refine((f) => detectDossierFormat(f.name) !== null, { error: "imports.dossiers.errors.fileType" }),
});

function refused(
  lang: Lang,
  fileName: string,
  issues: DossierImportIssue[],
): ActionResult<DossierImportState> {
  return {
    message: phrase("imports.hasErrors", { count: issues.length }),
    fieldErrors: { file: phrase("imports.fileErrors", { count: issues.length }) },
    // The issues are said here, in the staff member's language: the form receives text.
    preview: { fileName, issues: issues.map((i) => ({ ...i, message: sayText(lang, i.message) })) },
  };
}

/** Step 1: read the whole file and run every row through the dossier rules; show every error, or what would change. */
export const dryRunDossierImportAction = managerAction<typeof dryRunSchema, DossierImportState>(
  dryRunSchema,
  async (data, manager) => {
    const outcome = await checkDossierImport(manager, {
      fileName: data.file.name,
      bytes: new Uint8Array(await data.file.arrayBuffer()),
      unitId: data.unitId,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    const preview = outcome.value;
    if (preview.issues.length > 0) {
      return refused((await getLocale()) as Lang, preview.fileName, preview.issues);
    }
    return { message: phrase("imports.dossiers.checked"), preview };
  },
);

const commitSchema = z.object({ jobId: z.uuid({ error: "imports.errors.jobId" }) });

/** Step 2: write a checked import, all or nothing, audited in the same transaction. */
export const commitDossierImportAction = managerAction<typeof commitSchema, DossierImportState>(
  commitSchema,
  async ({ jobId }, manager) => {
    const outcome = await commitDossierImport(manager, { jobId });
    if (!outcome.ok) return refusedState(outcome.refusal);
    return { message: phrase("imports.dossiers.committed", outcome.value), committed: outcome.value };
  },
);
