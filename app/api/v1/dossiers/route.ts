import { z } from "zod";
import { findActiveApiKey, findProcedureId, insertDossier } from "@/db/queries/dossiers";
import { publicUrl } from "@/lib/env";
import { HttpError, jsonErrorResponse, readBodyCapped } from "@/lib/http";
import { qrSvg } from "@/lib/qr";
import { bearerToken, newReceiptToken, sha256 } from "@/lib/secrets";
import { zodFieldErrors } from "@/lib/survey-submission";

export const dynamic = "force-dynamic";

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

/**
 * POST /api/v1/dossiers — a unit's system registers a dossier (Authorization: Bearer <unit API key>)
 * and gets a single-use survey URL and its QR (SVG) to print on the receipt.
 */
export async function POST(req: Request): Promise<Response> {
  try {
    const key = bearerToken(req.headers.get("authorization"));
    const apiKey = key ? await findActiveApiKey(sha256(key)) : undefined;
    if (!apiKey)
      throw new HttpError(401, "unauthorized", "Khóa API không hợp lệ hoặc đã bị thu hồi / invalid API key");
    let json: unknown;
    try {
      json = JSON.parse(await readBodyCapped(req, 16 * 1024));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, "invalid_json", "Dữ liệu JSON không hợp lệ / malformed JSON");
    }
    const parsed = dossierSchema.safeParse(json);
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
      unitId: apiKey.unitId,
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
    return Response.json(
      { id, code: d.code, surveyUrl, qrSvg: qrSvg(surveyUrl, { title: `Đánh giá hồ sơ ${d.code}` }) },
      { status: 201 },
    );
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return jsonErrorResponse(error);
  }
}
