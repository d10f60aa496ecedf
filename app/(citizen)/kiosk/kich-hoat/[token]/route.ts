import { activateKiosk } from "@/features/kiosk/server/activation";
import { chosenLang, DEFAULT_LANG, type Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";

export const dynamic = "force-dynamic";

/** The page a used or unknown link gets, in the reader's language: it tells staff how to get a new one. */
function notFoundPage(lang: Lang): string {
  const t = translator(lang);
  const title = t("kiosk.activation.title");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Hài Lòng</title><style>body{font:1.25rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:2rem auto;padding:0 1rem}.e{border:4px solid #b00020;padding:1rem}</style></head><body><main><h1>${escapeHtml(title)}</h1><div class="e" role="alert"><p>${escapeHtml(t("kiosk.activation.once"))}</p><p>${escapeHtml(t("kiosk.activation.newLink"))}</p></div></main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HEADERS = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

function notFound(body: string | null): Response {
  return new Response(body, {
    status: 404,
    headers: { ...HEADERS, "content-type": "text/html; charset=utf-8" },
  });
}

/**
 * GET — opens a one-time activation link: the device gets a fresh token, whose hash replaces the link's
 * (atomically: of two opens only one succeeds), the token goes into this browser's kiosk cookie, then
 * /kiosk. A used or unknown link gets the 404 page above.
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const cookie = await activateKiosk(token);
  if (!cookie) return notFound(notFoundPage(chosenLang(req) ?? DEFAULT_LANG));
  return new Response(null, {
    status: 303,
    headers: { ...HEADERS, location: "/kiosk", "set-cookie": cookie },
  });
}

/** HEAD (link checkers, previews) must not use the link up: it changes nothing and tells nothing. */
export async function HEAD(): Promise<Response> {
  return new Response(null, { status: 405, headers: { ...HEADERS, allow: "GET" } });
}
