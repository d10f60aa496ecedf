import { z } from "zod";
import { DEFAULT_LANG, type Lang } from "@/i18n/locales";
import { type PhraseValues, phrase, say, sayText, schemaPhrase, type Text } from "@/i18n/phrase";

/**
 * Messages by field name (dotted paths for nested JSON fields): phrases of the catalogue, said in the
 * reader's language when the response is written (plain strings pass as they are).
 */
export type FieldErrors = Record<string, Text>;

/** An error a route answers with: its status, a stable `code`, a message and field messages (phrases). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Text,
    readonly fields?: FieldErrors,
  ) {
    super(typeof text === "string" ? text : text.key);
  }

  /** The message in a language. */
  messageIn(lang: Lang): string {
    return sayText(lang, this.text);
  }

  /** The field messages in a language. */
  fieldsIn(lang: Lang): Record<string, string> {
    // Keys come from the request: no prototype, so a "__proto__" field stays a field.
    const out: Record<string, string> = Object.create(null);
    for (const [name, text] of Object.entries(this.fields ?? {})) out[name] = sayText(lang, text);
    return out;
  }
}

/** Reads a request body, refusing (413) anything over `maxBytes` without buffering it all. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw payloadTooLarge(maxBytes);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The 413 of a body over `maxBytes`. */
export function payloadTooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    phrase("errors.api.payload_too_large", { kb: Math.round(maxBytes / 1024) }),
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small, self-contained error page for plain form posts (JavaScript off). */
export function htmlErrorResponse(
  error: HttpError,
  backHref: string | null,
  lang: Lang = DEFAULT_LANG,
): Response {
  const fields = Object.entries(error.fieldsIn(lang))
    .map(([k, v]) => `<li><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</li>`)
    .join("");
  const title = escapeHtml(say(lang, phrase("errors.notRecorded.title")));
  const back = backHref
    ? `<p><a class="button" href="${escapeHtml(backHref)}">${escapeHtml(say(lang, phrase("errors.notRecorded.back")))}</a></p>`
    : "";
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Hài Lòng</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}.e{border:4px solid #b00020;padding:1rem}.button{display:inline-block;background:#00703c;color:#fff;padding:.8rem 1.2rem;font-weight:700;text-decoration:none}</style></head><body><main><h1>${title}</h1><div class="e" role="alert"><p>${escapeHtml(error.messageIn(lang))}</p>${fields ? `<ul>${fields}</ul>` : ""}</div>${back}</main></body></html>`;
  return new Response(body, {
    status: error.status,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

/**
 * `{ error: { code, message, fields } }`: the code is stable, the messages are in `lang` — for an API, the
 * language of the request's Accept-Language (`langFromAcceptLanguage`), Vietnamese by default.
 */
export function jsonErrorResponse(error: HttpError, lang: Lang = DEFAULT_LANG): Response {
  const body: ApiErrorBody = {
    error: { code: error.code, message: error.messageIn(lang), fields: error.fieldsIn(lang) },
  };
  return Response.json(body, { status: error.status });
}

/** The body of every JSON error of the APIs (described by `/api/openapi.json`). */
export const apiErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/)
        .meta({ description: "Stable: match on it.", examples: ["invalid_dossier"] }),
      message: z.string().min(1).meta({
        description:
          "For people, in the language of Accept-Language (Vietnamese unless English is preferred).",
      }),
      fields: z.record(z.string(), z.string()).meta({
        description:
          "A message per bad field (dotted paths for nested fields); empty when no field is at fault.",
      }),
    }),
  })
  .meta({ id: "Error" });
export type ApiErrorBody = z.infer<typeof apiErrorBody>;

/** Field errors with values for their phrases (a limit a schema's key cannot carry). */
export function withValues(fields: FieldErrors, values: PhraseValues): FieldErrors {
  const out: FieldErrors = Object.create(null);
  for (const [name, text] of Object.entries(fields)) {
    out[name] = typeof text === "string" ? text : { key: text.key, values: { ...values, ...text.values } };
  }
  return out;
}

/**
 * A zod error as messages by field, each unexpected field named on its own. Schemas name catalogue keys
 * as their messages: those become phrases.
 */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  // Keys come from the request: a plain {} would turn a "__proto__" key into a prototype change.
  const out: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // Name each unexpected field rather than the whole form.
      for (const name of issue.keys) {
        out[[...issue.path, name].join(".")] ??= phrase("errors.fields.unknownField");
      }
      continue;
    }
    const key = issue.path.join(".") || "form";
    out[key] ??= schemaPhrase(issue.message);
  }
  return out;
}
