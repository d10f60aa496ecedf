import "server-only";
import { z } from "zod";
import { phrase } from "@/i18n/phrase";
import { publicUrl } from "@/lib/env";
import { HttpError, zodFieldErrors } from "@/lib/http";
import { qrSvg } from "@/lib/qr";
import { newReceiptToken, sha256 } from "@/lib/secrets";
import { findActiveApiKey, findProcedureId, insertDossier } from "./queries";

const instant = z.iso.datetime({
  offset: true,
  error: "errors.fields.isoInstant",
});

const dossierSchema = z.strictObject({
  code: z.string().trim().min(1, { error: "errors.fields.dossierCodeRequired" }).max(100),
  procedureCode: z.string().trim().toUpperCase().max(60).optional(),
  receivedAt: instant,
  dueAt: instant.optional(),
  returnedAt: instant.optional(),
});

export interface RegisteredDossier {
  id: number;
  code: string;
  /** The single-use survey link printed on the receipt. */
  surveyUrl: string;
  qrSvg: string;
}

/**
 * A unit's one-stop software registers a dossier with the unit's API key (the key is its actor: the
 * dossier belongs to the key's unit and no other) and gets the receipt's single-use survey link and QR.
 * The key is checked before the body is read. Throws HttpError for a bad key (401), input (400) or a
 * code already registered (409). Machine ingest
 * like a citizen's answer: the dossier row is its own record, no audit entry.
 */
export async function registerDossier(
  apiKey: string | null,
  readJson: () => Promise<unknown>,
): Promise<RegisteredDossier> {
  const key = apiKey ? await findActiveApiKey(sha256(apiKey)) : undefined;
  if (!key) throw new HttpError(401, "unauthorized", phrase("errors.api.unauthorized"));
  const parsed = dossierSchema.safeParse(await readJson());
  if (!parsed.success) {
    throw new HttpError(
      400,
      "invalid_dossier",
      phrase("errors.api.invalid_dossier"),
      zodFieldErrors(parsed.error),
    );
  }
  const d = parsed.data;
  const procedureId = d.procedureCode ? await findProcedureId(d.procedureCode) : null;
  if (d.procedureCode && procedureId === undefined) {
    throw new HttpError(400, "invalid_dossier", phrase("errors.api.unknown_procedure"), {
      procedureCode: phrase("errors.api.unknown_procedure"),
    });
  }
  const { token, hash } = newReceiptToken();
  const id = await insertDossier({
    unitId: key.unitId,
    procedureId: procedureId ?? null,
    code: d.code,
    receivedAt: new Date(d.receivedAt),
    dueAt: d.dueAt ? new Date(d.dueAt) : null,
    returnedAt: d.returnedAt ? new Date(d.returnedAt) : null,
    surveyTokenHash: hash,
  });
  if (id === undefined) {
    throw new HttpError(409, "duplicate_dossier", phrase("errors.api.duplicate_dossier"), {
      code: phrase("errors.api.duplicate_dossier"),
    });
  }
  const surveyUrl = publicUrl(`/r/${token}`);
  return { id, code: d.code, surveyUrl, qrSvg: qrSvg(surveyUrl, { title: `Đánh giá hồ sơ ${d.code}` }) };
}
