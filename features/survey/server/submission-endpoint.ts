import "server-only";
import type { ZodError } from "zod";
import { requireValidKioskCookie } from "@/features/kiosk/server/device-cookie";
import { followUpToken } from "@/features/survey/follow-up";
import { QUICK_ITEM_KEY } from "@/features/survey/instruments";
import { submitResponse } from "@/features/survey/server/submit";
import {
  formAnswers,
  jsonSubmissionSchema,
  MAX_SUBMISSION_BYTES,
  questionnaireRetryHref,
  quickFormSchema,
  type SubmissionResult,
  surveyFormBaseSchema,
} from "@/features/survey/submission";
import { browserDevice } from "@/features/survey/velocity";
import { type Lang, langFromAcceptLanguage } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { requestClientAddress } from "@/lib/client-identity";
import { authSecret, env } from "@/lib/env";
import { HttpError, htmlErrorResponse, jsonErrorResponse, zodFieldErrors } from "@/lib/http";
import { countSubmission } from "@/lib/metrics";

/**
 * A submission as both entrances give it: Next.js's route handler (app/api/v1/responses/route.ts) and the
 * production server's fast path (server/fast-submissions.ts), which answers the same requests without
 * Next.js's router. One implementation of the rules; only the request's envelope differs.
 */
export interface SubmissionRequest {
  headers: Pick<Headers, "get">;
  /** The body as text; a 413 `HttpError` beyond `maxBytes`, refused without buffering it all. */
  text(maxBytes: number): Promise<string>;
}

function invalidSubmission(error: ZodError): HttpError {
  return new HttpError(
    400,
    "invalid_submission",
    phrase("errors.api.invalid_submission"),
    zodFieldErrors(error),
  );
}

function isForm(req: SubmissionRequest): boolean {
  return (req.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
}

/** A form posted by the survey page's script (`SurveySend`): the same fields, answered in JSON. */
function wantsJson(req: SubmissionRequest): boolean {
  return (req.headers.get("accept") ?? "").includes("application/json");
}

/**
 * POST /api/v1/responses — stores one survey response.
 * - HTML form (JavaScript off): 303 to the thank-you page; a questionnaire that cannot be recorded goes
 *   back to its page with its answers (`questionnaireRetryHref`), anything else gets a 4xx page.
 * - HTML form sent by the page's script (Accept: application/json): 201/200 { id, duplicate, next } with
 *   the page to go to, or 4xx { error } in the form's language.
 * - JSON: 201 { id, duplicate: false }, 200 { id, duplicate: true } on a replay, or 4xx { error }.
 */
export async function answerSubmission(req: SubmissionRequest): Promise<Response> {
  // The browser's signed device cookie (velocity limits); a browser without one gets one now.
  const device = browserDevice(
    req.headers.get("cookie"),
    authSecret(),
    env().PUBLIC_BASE_URL.startsWith("https:"),
  );
  const response = await submit(req, { id: device.id, known: device.known });
  if (device.setCookie) response.headers.append("set-cookie", device.setCookie);
  return response;
}

async function submit(req: SubmissionRequest, device: { id: string; known: boolean }): Promise<Response> {
  const clientAddress = requestClientAddress(req.headers);
  const form = isForm(req);
  let back: string | null = null;
  let retry: string | null = null;
  // A form says its page's language; a JSON call asks for one in Accept-Language.
  let lang: Lang = form ? "vi" : langFromAcceptLanguage(req.headers.get("accept-language"));
  try {
    const body = await req.text(MAX_SUBMISSION_BYTES);
    const kioskDevice = await requireValidKioskCookie(req.headers);
    if (form) {
      const params = new URLSearchParams(body);
      // The quick question posts its answer as the pressed button's "value"; questionnaires post "a:<item>".
      const quick = params.has("value");
      const parsed = (quick ? quickFormSchema : surveyFormBaseSchema).safeParse(Object.fromEntries(params));
      const rawLink = params.get("link");
      lang = params.get("lang") === "en" ? "en" : "vi";
      const page = params.get("instrument") === "service" ? "/day-du" : "";
      back =
        rawLink && /^[A-Za-z0-9]{1,12}$/.test(rawLink)
          ? `/${lang}/danh-gia/${rawLink.toUpperCase()}${page}`
          : null;
      if (back && !quick) {
        retry = questionnaireRetryHref(back, params.get("channel") ?? "web", params);
      }
      if (!parsed.success) throw invalidSubmission(parsed.error);
      const f = parsed.data;
      let answers: Record<string, number | null>;
      if ("value" in f && typeof f.value === "number") {
        answers = { [QUICK_ITEM_KEY]: f.value };
      } else {
        const read = formAnswers(params);
        if (!read.ok) {
          throw new HttpError(
            400,
            "invalid_submission",
            phrase("errors.api.invalid_submission"),
            read.errors,
          );
        }
        answers = read.answers;
      }
      const result = await submitResponse({
        link: f.link,
        instrumentKey: f.instrument,
        instrumentVersion: f.instrumentVersion,
        answers,
        idempotencyKey: f.idempotencyKey,
        channel: f.channel,
        honeypot: f.website,
        receipt: f.receipt,
        device,
        clientAddress,
        kioskDevice,
      });
      // A dossier rated before: its receipt page says so. Otherwise the thank-you page, with the token
      // that lets this browser — and only it — follow its answer up.
      const next =
        f.receipt && result.duplicate
          ? `/${f.lang}/bien-nhan/${f.receipt}`
          : `/${f.lang}/danh-gia/${f.link}/cam-on?t=${followUpToken(result.id, authSecret(), Date.now())}`;
      if (wantsJson(req)) {
        const answer: SubmissionResult = { id: result.id, duplicate: result.duplicate, next };
        return Response.json(answer, { status: result.duplicate ? 200 : 201 });
      }
      return new Response(null, { status: 303, headers: { location: next } });
    }
    if (!(req.headers.get("content-type") ?? "").startsWith("application/json")) {
      throw new HttpError(415, "unsupported_media_type", phrase("errors.api.unsupported_media_type"));
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new HttpError(400, "invalid_json", phrase("errors.api.invalid_json"));
    }
    const parsed = jsonSubmissionSchema.safeParse(json);
    if (!parsed.success) {
      throw invalidSubmission(parsed.error);
    }
    const s = parsed.data;
    const result = await submitResponse({
      link: s.link,
      instrumentKey: s.instrument,
      instrumentVersion: s.instrumentVersion,
      answers: s.answers,
      idempotencyKey: s.idempotencyKey,
      channel: s.channel,
      reasons: s.reasons,
      comment: s.comment,
      honeypot: s.website,
      receipt: s.receipt,
      device,
      clientAddress,
      kioskDevice,
    });
    // Whether a response was flagged is for managers, not for whoever submits it.
    const answer: SubmissionResult = { id: result.id, duplicate: result.duplicate };
    return Response.json(answer, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    countSubmission("unknown", "invalid");
    if (!form || wantsJson(req)) return jsonErrorResponse(error, lang);
    // A body too large is refused before the form is read: no page to go back to.
    if (retry) return new Response(null, { status: 303, headers: { location: retry } });
    return htmlErrorResponse(error, back, lang);
  }
}
