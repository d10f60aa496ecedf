import Link from "next/link";
import { type Lang, t } from "@/lib/i18n";
import { DemoBanner } from "../demo-banner";

/** Header of every citizen page; `alternateHref` is this page in the other language. */
export function CitizenHeader({ lang, alternateHref }: { lang: Lang; alternateHref: string }) {
  const d = t(lang);
  const other = lang === "vi" ? "en" : "vi";
  return (
    <>
      <a className="skip" href="#main">
        {d.skipToContent}
      </a>
      <header>
        <div className="site">
          <div className="wrap">
            <Link href={`/${lang}`}>{d.appName}</Link>
            <a
              className="lang"
              href={alternateHref}
              hrefLang={other}
              lang={other}
              aria-label={d.switchLanguageLabel}
            >
              {d.switchLanguage}
            </a>
          </div>
        </div>
        <DemoBanner lang={lang} />
      </header>
    </>
  );
}
