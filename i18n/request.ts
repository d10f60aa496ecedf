import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LANG, isLang, LANG_COOKIE, type Lang, TIME_ZONE } from "./locales";
import { messages } from "./messages";

/**
 * next-intl's configuration for a request. Citizens' pages always name their language
 * (`getTranslations({ locale: lang, … })`), so they never read the request and stay cacheable; the
 * managers' area leaves it out and gets the staff member's choice from the language cookie.
 */
export default getRequestConfig(async ({ locale }) => {
  const lang: Lang = isLang(locale) ? locale : await chosenLang();
  return { locale: lang, messages: messages[lang], timeZone: TIME_ZONE };
});

async function chosenLang(): Promise<Lang> {
  const value = (await cookies()).get(LANG_COOKIE)?.value;
  return isLang(value) ? value : DEFAULT_LANG;
}
