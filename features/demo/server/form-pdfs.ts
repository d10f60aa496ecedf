import { createHash } from "node:crypto";
import { and, eq, isNull, like } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { textPdf } from "@/lib/pdf";
import { demoFormParagraphs } from "./demo";

/**
 * The PDF twin of every demo form (an RTF, which most phones cannot open), stored beside it. A step of its
 * own after the seed — a few dozen PDFs take seconds — that also completes a demo seeded before forms had
 * PDFs. Only sample procedures' RTF forms without a PDF are touched; returns how many were made.
 */
export async function seedDemoFormPdfs(db: Database): Promise<number> {
  const missing = await db
    .select({ id: t.forms.id, name: t.forms.name, procedureName: t.procedureVersions.name })
    .from(t.forms)
    .innerJoin(t.procedures, eq(t.procedures.id, t.forms.procedureId))
    .innerJoin(
      t.procedureVersions,
      and(eq(t.procedureVersions.procedureId, t.procedures.id), eq(t.procedureVersions.versionNo, 1)),
    )
    .where(and(eq(t.procedures.isSample, true), isNull(t.forms.pdfData), like(t.forms.fileName, "%.rtf")));
  for (const form of missing) {
    const pdf = await textPdf(form.name, demoFormParagraphs(form.procedureName));
    await db
      .update(t.forms)
      .set({ pdfData: pdf, pdfSize: pdf.length, pdfSha256: createHash("sha256").update(pdf).digest("hex") })
      .where(eq(t.forms.id, form.id));
  }
  return missing.length;
}
