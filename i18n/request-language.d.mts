export const LANG_COOKIE: "hl_lang";
export function langFromCookie(header: string | null | undefined): "vi" | "en" | undefined;
export function langFromAcceptLanguage(header: string | null | undefined): "vi" | "en";
