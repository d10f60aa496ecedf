import { z } from "zod";
import { kioskHome } from "@/features/kiosk/kiosk";
import { kioskDeviceFromCookie } from "@/features/kiosk/server/device-cookie";
import { kioskScreenOf } from "@/features/kiosk/server/screen";
import { submitResponse } from "@/features/survey/server/submit";
import { MAX_SUBMISSION_BYTES, quickFormSchema } from "@/features/survey/submission";
import { asLang, DEFAULT_LANG, type Lang } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { crossSiteRefusal } from "@/lib/csrf";
import { HttpError, htmlErrorResponse, readBodyCapped, zodFieldErrors } from "@/lib/http";
import { countSubmission } from "@/lib/metrics";

export const dynamic = "force-dynamic";

const answerSchema = z.object({
  idempotencyKey: quickFormSchema.shape.idempotencyKey,
  value: quickFormSchema.shape.value,
  instrument: quickFormSchema.shape.instrument,
  instrumentVersion: quickFormSchema.shape.instrumentVersion,
  lang: quickFormSchema.shape.lang,
});

/**
 * POST (plain form, JavaScript off) — one tap on the kiosk: stores the answer as the device's, under the
 * device's own link, then 303 back to /kiosk with the thank-you. No redirect target is taken from the form.
 */
export async function POST(req: Request): Promise<Response> {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  let lang: Lang = DEFAULT_LANG;
  try {
    const params = new URLSearchParams(await readBodyCapped(req, MAX_SUBMISSION_BYTES));
    lang = asLang(params.get("lang"));
    const device = await kioskDeviceFromCookie(req.headers);
    const screen = device ? await kioskScreenOf(device) : undefined;
    if (!device || !screen)
      return new Response(null, { status: 303, headers: { location: kioskHome(lang) } });
    const parsed = answerSchema.safeParse(Object.fromEntries(params));
    if (!parsed.success) {
      throw new HttpError(
        400,
        "invalid_submission",
        phrase("errors.api.invalid_submission"),
        zodFieldErrors(parsed.error),
      );
    }
    const f = parsed.data;
    await submitResponse({
      link: screen.linkCode,
      instrumentKey: f.instrument,
      instrumentVersion: f.instrumentVersion,
      answers: { quick: f.value },
      idempotencyKey: f.idempotencyKey,
      channel: "kiosk",
      kioskDevice: device,
    });
    return new Response(null, {
      status: 303,
      headers: { location: kioskHome(lang, { k: f.idempotencyKey }) },
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    countSubmission("kiosk", "invalid");
    return htmlErrorResponse(error, kioskHome(lang), lang);
  }
}
