/**
 * The languages of the product: Vietnamese first, English second. Citizens choose theirs in the address
 * (`/vi/…`, `/en/…`); staff choose theirs once and it is kept in a cookie. Official procedure content
 * stays Vietnamese in both.
 */
export const languages = ["vi", "en"] as const;
export type Lang = (typeof languages)[number];

export const DEFAULT_LANG: Lang = "vi";

/** The cookie that keeps a staff member's language for the managers' area. */
export const LANG_COOKIE = "hl_lang";

/** Dates and times are those of Vietnam, wherever the server runs. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** A language named by a request (a path segment, a query parameter); the default when it names none. */
export function asLang(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/** The other language: where a page's language switch leads. */
export function otherLang(lang: Lang): Lang {
  return lang === "vi" ? "en" : "vi";
}

/** The language a request asks for in `Accept-Language` (for API errors); Vietnamese unless English comes first. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((entry) => entry.weight > 0 && isLang(entry.primary))
    .sort((a, b) => b.weight - a.weight);
  const first = ranked[0]?.primary;
  return isLang(first) ? first : DEFAULT_LANG;
}

/** The language a staff member chose (the language cookie) if the request carries it. */
export function chosenLang(req: Request): Lang | undefined {
  const cookie = req.headers.get("cookie") ?? "";
  const chosen = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=(vi|en)(?:;|$)`).exec(cookie)?.[1];
  return isLang(chosen) ? chosen : undefined;
}

/**
 * The language to answer a request in outside a page (an API's error, a plain-text refusal): the staff
 * member's choice if the request carries it, else its `Accept-Language`. A document without a language
 * in its address is Vietnamese unless chosen otherwise (`chosenLang(req) ?? DEFAULT_LANG`).
 */
export function langOfRequest(req: Request): Lang {
  return chosenLang(req) ?? langFromAcceptLanguage(req.headers.get("accept-language"));
}
