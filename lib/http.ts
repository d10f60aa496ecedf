import type { z } from "zod";

/** Messages by field name (dotted paths for nested JSON fields). */
export type FieldErrors = Record<string, string>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }
}

/** Reads a request body, refusing (413) anything over `maxBytes` without buffering it all. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
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
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(maxBytes / 1024)} KB) / request body too large`,
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small, self-contained error page for plain form posts (JavaScript off). */
export function htmlErrorResponse(
  error: HttpError,
  backHref: string | null,
  lang: "vi" | "en" = "vi",
): Response {
  const fields = Object.entries(error.fields ?? {})
    .map(([k, v]) => `<li><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</li>`)
    .join("");
  const title = lang === "vi" ? "Chưa ghi nhận được đánh giá" : "Your answer was not recorded";
  const back = backHref
    ? `<p><a class="button" href="${escapeHtml(backHref)}">${lang === "vi" ? "Quay lại và thử lại" : "Go back and try again"}</a></p>`
    : "";
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Hài Lòng</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}.e{border:4px solid #b00020;padding:1rem}.button{display:inline-block;background:#00703c;color:#fff;padding:.8rem 1.2rem;font-weight:700;text-decoration:none}</style></head><body><main><h1>${title}</h1><div class="e" role="alert"><p>${escapeHtml(error.message)}</p>${fields ? `<ul>${fields}</ul>` : ""}</div>${back}</main></body></html>`;
  return new Response(body, {
    status: error.status,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

export function jsonErrorResponse(error: HttpError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, fields: error.fields ?? {} } },
    { status: error.status },
  );
}

/** A zod error as messages by field, each unexpected field named on its own. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  // Keys come from the request: a plain {} would turn a "__proto__" key into a prototype change.
  const out: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // Name each unexpected field rather than the whole form.
      for (const name of issue.keys) {
        out[[...issue.path, name].join(".")] ??= "Trường không được chấp nhận / unknown field";
      }
      continue;
    }
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}
