import { z } from "zod";
import { submitKioskFollowUp } from "@/features/feedback/server/follow-ups";
import { kioskHome } from "@/features/kiosk/kiosk";
import { kioskDeviceFromCookie } from "@/features/kiosk/server/device-cookie";
import { MAX_COMMENT_LENGTH, MAX_SUBMISSION_BYTES, quickFormSchema } from "@/features/survey/submission";
import { asLang, type Lang, langFromAcceptLanguage } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { crossSiteRefusal } from "@/lib/csrf";
import {
  HttpError,
  htmlErrorResponse,
  jsonErrorResponse,
  readBodyCapped,
  withValues,
  zodFieldErrors,
} from "@/lib/http";

export const dynamic = "force-dynamic";

const followUpSchema = z.object({
  idempotencyKey: quickFormSchema.shape.idempotencyKey,
  reasons: z
    .array(z.enum(["I", "II", "III", "IV", "V"], { error: "errors.fields.invalidElement" }))
    .max(5)
    .default([]),
  comment: z
    .string()
    .trim()
    .max(MAX_COMMENT_LENGTH, { error: "errors.fields.commentTooLong" })
    .default("")
    .transform((s) => s || null),
});

/**
 * POST — the follow-up of a kiosk "Không hài lòng": the elements that went wrong and a comment (no
 * contact details on a shared tablet). JSON from the kiosk: 200 { saved (false on a replay), receipt (the
 * feedback item's reference, due date and tracking code, or null) }; a plain form (JavaScript off): 303
 * back to /kiosk, which shows the receipt.
 */
export async function POST(req: Request): Promise<Response> {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const json = (req.headers.get("content-type") ?? "").startsWith("application/json");
  let lang: Lang = langFromAcceptLanguage(req.headers.get("accept-language"));
  try {
    const body = await readBodyCapped(req, MAX_SUBMISSION_BYTES);
    let input: unknown;
    if (json) {
      try {
        input = JSON.parse(body);
      } catch {
        throw new HttpError(400, "invalid_json", phrase("errors.api.invalid_json"));
      }
      // The kiosk names the language of its screen (the receipt's date is written in it).
      const named = typeof input === "object" && input !== null && "lang" in input ? input.lang : undefined;
      if (named === "vi" || named === "en") lang = named;
    } else {
      const params = new URLSearchParams(body);
      lang = asLang(params.get("lang"));
      input = {
        idempotencyKey: params.get("idempotencyKey") ?? undefined,
        reasons: params.getAll("reasons"),
        comment: params.get("comment") ?? undefined,
      };
    }
    const device = await kioskDeviceFromCookie(req.headers);
    if (!device) {
      if (!json) return new Response(null, { status: 303, headers: { location: kioskHome(lang) } });
      throw new HttpError(403, "kiosk_revoked", phrase("errors.api.kiosk_revoked"));
    }
    const parsed = followUpSchema.safeParse(input);
    if (!parsed.success) {
      const fields = withValues(zodFieldErrors(parsed.error), { max: MAX_COMMENT_LENGTH });
      throw new HttpError(400, "invalid_submission", phrase("errors.api.invalid_follow_up"), fields);
    }
    const f = parsed.data;
    const { saved, receipt } = await submitKioskFollowUp(device, f, lang);
    if (json) return Response.json({ saved, receipt });
    return new Response(null, {
      status: 303,
      headers: { location: kioskHome(lang, { k: f.idempotencyKey, xong: "1" }) },
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return json ? jsonErrorResponse(error, lang) : htmlErrorResponse(error, kioskHome(lang), lang);
  }
}
