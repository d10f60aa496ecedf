import { langOfRequest } from "@/i18n/locales";
import { say } from "@/i18n/phrase";
import { env } from "./env";

/**
 * CSRF defence for route handlers that change state on a browser's cookies (server actions have Next.js's
 * own Origin check). A browser names the site that made a request: `Sec-Fetch-Site` (all current
 * browsers) and `Origin` (every POST). A request is refused when either names another site; one with
 * neither header comes from no browser (curl, a server), which carries no victim's cookies.
 * Same-origin means the public origin (PUBLIC_BASE_URL) or the host the request was sent to.
 */
export function crossSiteRefusal(req: Request): Response | null {
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const crossSite =
    (site !== null && site !== "same-origin" && site !== "none") ||
    (origin !== null && !isOwnOrigin(origin, req));
  if (!crossSite) return null;
  const message = say(langOfRequest(req), { key: "common.crossSite" });
  const json =
    (req.headers.get("accept") ?? "").includes("json") ||
    (req.headers.get("content-type") ?? "").includes("json");
  return json
    ? Response.json({ error: { code: "cross_site_request", message, fields: {} } }, { status: 403 })
    : new Response(message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function isOwnOrigin(origin: string, req: Request): boolean {
  if (origin === new URL(env().PUBLIC_BASE_URL).origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage
  }
  return host !== "" && host === req.headers.get("host");
}
