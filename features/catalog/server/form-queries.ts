import "server-only";
import { and, eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { forms, procedures } from "@/db/schema";

export async function getFormFile(procedureCode: string, formCode: string) {
  const [row] = await getDb()
    .select({
      fileName: forms.fileName,
      mimeType: forms.mimeType,
      size: forms.size,
      sha256: forms.sha256,
      data: forms.data,
      pdfData: forms.pdfData,
      pdfSize: forms.pdfSize,
      pdfSha256: forms.pdfSha256,
    })
    .from(forms)
    .innerJoin(procedures, eq(procedures.id, forms.procedureId))
    .where(and(eq(procedures.code, procedureCode), eq(forms.code, formCode)))
    .limit(1);
  return row;
}

export async function listFormsForProcedure(procedureId: number) {
  return getDb()
    .select({
      id: forms.id,
      code: forms.code,
      name: forms.name,
      fileName: forms.fileName,
      size: forms.size,
      pdfSize: forms.pdfSize,
    })
    .from(forms)
    .where(eq(forms.procedureId, procedureId));
}

export async function getStoredForm(procedureId: number, formCode: string, db: Executor = getDb()) {
  const [row] = await db
    .select({ fileName: forms.fileName, pdfSize: forms.pdfSize })
    .from(forms)
    .where(and(eq(forms.procedureId, procedureId), eq(forms.code, formCode)))
    .limit(1);
  return row;
}

/** Stores a PDF beside the stored (word processor's) file of a form. */
export async function setFormPdf(
  tx: Executor,
  procedureId: number,
  formCode: string,
  pdf: { data: Buffer; sha256: string },
): Promise<void> {
  await tx
    .update(forms)
    .set({ pdfData: pdf.data, pdfSize: pdf.data.length, pdfSha256: pdf.sha256 })
    .where(and(eq(forms.procedureId, procedureId), eq(forms.code, formCode)));
}

/**
 * Stores (or replaces) the file of a form of a procedure. A new file drops the PDF stored beside the old
 * one unless `values` carries one: it showed the old file's content.
 */
export async function upsertFormFile(tx: Executor, values: typeof forms.$inferInsert): Promise<void> {
  await tx
    .insert(forms)
    .values(values)
    .onConflictDoUpdate({
      target: [forms.procedureId, forms.code],
      set: {
        name: values.name,
        fileName: values.fileName,
        mimeType: values.mimeType,
        size: values.size,
        sha256: values.sha256,
        data: values.data,
        pdfData: values.pdfData ?? null,
        pdfSize: values.pdfSize ?? null,
        pdfSha256: values.pdfSha256 ?? null,
      },
    });
}
