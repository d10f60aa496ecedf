import "server-only";
import type { z } from "zod";
import type { KeyActor } from "@/features/access/permissions";
import { type Outcome, refusalStatus } from "@/features/access/server/change";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { HttpError, jsonErrorResponse, readBodyCapped, zodFieldErrors } from "@/lib/http";
import { bearerToken } from "@/lib/secrets";
import { keyActor } from "./dossiers";

/** What a dossier route answers on success: a body and its status. */
export interface ApiAnswer {
  body: unknown;
  status?: number;
}

/**
 * The frame of every dossier API route: the unit's API key first (401 before anything is read), then the
 * route's work; a refusal or bad input becomes `{ error: { code, message, fields } }` with its status, in the
 * language of Accept-Language (Vietnamese by default). Nothing a client sends ends in a 500.
 */
export async function dossierApi(
  req: Request,
  work: (actor: KeyActor) => Promise<ApiAnswer>,
): Promise<Response> {
  const lang = langFromAcceptLanguage(req.headers.get("accept-language"));
  try {
    const actor = await keyActor(bearerToken(req.headers.get("authorization")));
    if (!actor) throw new HttpError(401, "unauthorized", phrase("errors.api.unauthorized"));
    const answer = await work(actor);
    return Response.json(answer.body, {
      status: answer.status ?? 200,
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const response = jsonErrorResponse(error, lang);
    if (error.status === 401) response.headers.set("www-authenticate", 'Bearer realm="hailong"');
    return response;
  }
}

/** A JSON body of at most 16 KB, validated by `schema` (400 naming each bad field). */
export async function readJsonInput<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(415, "unsupported_media_type", phrase("errors.api.unsupported_media_type"));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readBodyCapped(req, 16 * 1024));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "invalid_json", phrase("errors.api.invalid_json"));
  }
  return parseInput(schema, raw);
}

/** Input validated by `schema`, or a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new HttpError(
      400,
      "invalid_dossier",
      phrase("dossiers.errors.invalid"),
      zodFieldErrors(parsed.error),
    );
  }
  return parsed.data;
}

/** A use case's outcome as the answer, or its refusal as an HttpError with the refusal's status. */
export function answerOf<T>(outcome: Outcome<T>, status = 200): ApiAnswer & { body: T } {
  if (!outcome.ok) {
    const { refusal } = outcome;
    const code =
      refusal.reason === "conflict"
        ? "duplicate_dossier"
        : refusal.reason === "not_found"
          ? "not_found"
          : "invalid_dossier";
    throw new HttpError(refusalStatus(refusal), code, refusal.message, refusal.fieldErrors);
  }
  return { body: outcome.value, status };
}
