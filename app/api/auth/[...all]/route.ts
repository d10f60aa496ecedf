import { toNextJsHandler } from "better-auth/next-js";
import { isAllowedAuthPath } from "@/features/access/endpoints";
import { auth } from "@/features/access/server/auth";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";

const handler = toNextJsHandler(auth);

/** Any other path: a stable code, and a message in the language the client asks for. */
function notFound(req: Request): Response {
  const lang = langFromAcceptLanguage(req.headers.get("accept-language"));
  return Response.json(
    { code: "NOT_FOUND", message: say(lang, phrase("access.api.notFound")) },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
}

/** Only the endpoints the app uses reach better-auth (lib/auth/endpoints.ts); any other path is a 404. */
export async function GET(req: Request): Promise<Response> {
  return isAllowedAuthPath(new URL(req.url).pathname) ? handler.GET(req) : notFound(req);
}

export async function POST(req: Request): Promise<Response> {
  return isAllowedAuthPath(new URL(req.url).pathname) ? handler.POST(req) : notFound(req);
}
