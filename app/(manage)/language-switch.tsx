import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LANG, languages } from "@/i18n/locales";
import { chooseLanguageAction } from "./language-actions";

/** The other language of the managers' area, as a one-button form (works without JavaScript). */
export async function LanguageSwitch() {
  const lang = await getLocale();
  const t = await getTranslations("common.language");
  const other = languages.find((l) => l !== lang) ?? DEFAULT_LANG;
  return (
    <form action={chooseLanguageAction} className="language-switch">
      <input type="hidden" name="lang" value={other} />
      <button type="submit" className="link-button" lang={other} aria-label={t("switchToLabel")}>
        {t("switchTo")}
      </button>
    </form>
  );
}
