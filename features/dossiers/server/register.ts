import "server-only";
import { z } from "zod";
import { publicUrl } from "@/lib/env";
import { HttpError, zodFieldErrors } from "@/lib/http";
import { qrSvg } from "@/lib/qr";
import { newReceiptToken, sha256 } from "@/lib/secrets";
import { findActiveApiKey, findProcedureId, insertDossier } from "./queries";

const instant = z.iso.datetime({
  offset: true,
  error: "Thời điểm dạng ISO 8601, ví dụ 2026-11-25T08:30:00+07:00",
});

const dossierSchema = z.strictObject({
  code: z.string().trim().min(1, { error: "Thiếu mã hồ sơ / missing dossier code" }).max(100),
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
  if (!key)
    throw new HttpError(401, "unauthorized", "Khóa API không hợp lệ hoặc đã bị thu hồi / invalid API key");
  const parsed = dossierSchema.safeParse(await readJson());
  if (!parsed.success) {
    throw new HttpError(
      400,
      "invalid_dossier",
      "Hồ sơ không hợp lệ / invalid dossier",
      zodFieldErrors(parsed.error),
    );
  }
  const d = parsed.data;
  const procedureId = d.procedureCode ? await findProcedureId(d.procedureCode) : null;
  if (d.procedureCode && procedureId === undefined) {
    throw new HttpError(400, "invalid_dossier", "Mã thủ tục không tồn tại / unknown procedure", {
      procedureCode: "Mã thủ tục không tồn tại / unknown procedure",
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
    throw new HttpError(
      409,
      "duplicate_dossier",
      "Mã hồ sơ đã được đăng ký / dossier code already registered",
      {
        code: "Mã hồ sơ đã được đăng ký",
      },
    );
  }
  const surveyUrl = publicUrl(`/r/${token}`);
  return { id, code: d.code, surveyUrl, qrSvg: qrSvg(surveyUrl, { title: `Đánh giá hồ sơ ${d.code}` }) };
}
