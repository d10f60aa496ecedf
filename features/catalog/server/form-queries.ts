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
    })
    .from(forms)
    .innerJoin(procedures, eq(procedures.id, forms.procedureId))
    .where(and(eq(procedures.code, procedureCode), eq(forms.code, formCode)))
    .limit(1);
  return row;
}

export async function listFormsForProcedure(procedureId: number) {
  return getDb()
    .select({ id: forms.id, code: forms.code, name: forms.name, fileName: forms.fileName, size: forms.size })
    .from(forms)
    .where(eq(forms.procedureId, procedureId));
}

/** Stores (or replaces) the file of a form of a procedure. */
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
      },
    });
}
