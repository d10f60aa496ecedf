import { registerDossier } from "@/features/dossiers/server/register";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { HttpError, jsonErrorResponse, readBodyCapped } from "@/lib/http";
import { bearerToken } from "@/lib/secrets";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/dossiers — a unit's system registers a dossier (Authorization: Bearer <unit API key>)
 * and gets a single-use survey URL and its QR (SVG) to print on the receipt. Error messages are in the
 * language of Accept-Language (Vietnamese by default).
 */
export async function POST(req: Request): Promise<Response> {
  try {
    const readJson = async (): Promise<unknown> => {
      try {
        return JSON.parse(await readBodyCapped(req, 16 * 1024));
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw new HttpError(400, "invalid_json", phrase("errors.api.invalid_json"));
      }
    };
    const dossier = await registerDossier(bearerToken(req.headers.get("authorization")), readJson);
    return Response.json(dossier, { status: 201 });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return jsonErrorResponse(error, langFromAcceptLanguage(req.headers.get("accept-language")));
  }
}
