// How a request names its language, in plain JavaScript so the production server (server.mjs, outside
// Next.js) and the app (i18n/locales.ts) read it the same way.

/** The cookie that keeps a staff member's language for the managers' area. */
export const LANG_COOKIE = "hl_lang";

const COOKIE = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=(vi|en)(?:;|$)`);

/** The language a `Cookie` header carries in the language cookie, if any. */
export function langFromCookie(header) {
  return COOKIE.exec(String(header ?? ""))?.[1];
}

/** The language an `Accept-Language` header prefers: Vietnamese unless English comes first. */
export function langFromAcceptLanguage(header) {
  if (!header) return "vi";
  const ranked = String(header)
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((entry) => entry.weight > 0 && (entry.primary === "vi" || entry.primary === "en"))
    .sort((a, b) => b.weight - a.weight);
  return ranked[0]?.primary ?? "vi";
}
