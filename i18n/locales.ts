import { langFromAcceptLanguage, langFromCookie } from "./request-language.mjs";

/**
 * The languages of the product: Vietnamese first, English second. Citizens choose theirs in the address
 * (`/vi/…`, `/en/…`); staff choose theirs once and it is kept in a cookie. Official procedure content
 * stays Vietnamese in both.
 */
export const languages = ["vi", "en"] as const;
export type Lang = (typeof languages)[number];

export const DEFAULT_LANG: Lang = "vi";

export { LANG_COOKIE, langFromAcceptLanguage } from "./request-language.mjs";

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

/** The language a staff member chose (the language cookie) if the request carries it. */
export function chosenLang(req: Request): Lang | undefined {
  return langFromCookie(req.headers.get("cookie"));
}

/**
 * The language to answer a request in outside a page (an API's error, a plain-text refusal): the staff
 * member's choice if the request carries it, else its `Accept-Language`. A document without a language
 * in its address is Vietnamese unless chosen otherwise (`chosenLang(req) ?? DEFAULT_LANG`).
 */
export function langOfRequest(req: Request): Lang {
  return chosenLang(req) ?? langFromAcceptLanguage(req.headers.get("accept-language"));
}

/** A unit's or field's name in a language: its English name on English pages when it has one. */
export function nameIn(lang: Lang, named: { name: string; nameEn?: string | null }): string {
  return (lang === "en" && named.nameEn) || named.name;
}
