import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Lang, otherLang } from "@/i18n/locales";
import { DemoBanner } from "../demo-banner";

/** Header of every citizen page; `alternateHref` is this page in the other language. */
export async function CitizenHeader({ lang, alternateHref }: { lang: Lang; alternateHref: string }) {
  const common = await getTranslations({ locale: lang, namespace: "common" });
  const other = otherLang(lang);
  return (
    <>
      <a className="skip" href="#main">
        {common("skipToContent")}
      </a>
      <header>
        <div className="site">
          <div className="wrap">
            <Link href={`/${lang}`}>{common("appName")}</Link>
            <a
              className="lang"
              href={alternateHref}
              hrefLang={other}
              lang={other}
              aria-label={common("language.switchToLabel")}
            >
              {common("language.switchTo")}
            </a>
          </div>
        </div>
        <DemoBanner lang={lang} />
      </header>
    </>
  );
}
