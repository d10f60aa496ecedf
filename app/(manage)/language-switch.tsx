import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguageAction } from "./language-actions";

/** The other language of the managers' area, as a one-button form (works without JavaScript). */
export async function LanguageSwitch() {
  const lang = await getLocale();
  const t = await getTranslations("common.language");
  const other = lang === "vi" ? "en" : "vi";
  return (
    <form action={chooseLanguageAction} className="language-switch">
      <input type="hidden" name="lang" value={other} />
      <button type="submit" className="link-button" lang={other} aria-label={t("switchToLabel")}>
        {t("switchTo")}
      </button>
    </form>
  );
}
