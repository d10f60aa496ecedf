"use client";

import { useParams } from "next/navigation";
import { NotFoundContent, type NotFoundText } from "@/components/not-found-content";
import { DEFAULT_LANG, isLang, type Lang } from "@/i18n/locales";

/** The 404 in the language of the address (`/vi/…`, `/en/…`). */
export function LocalizedNotFound({
  appName,
  texts,
}: {
  appName: string;
  texts: Record<Lang, NotFoundText>;
}) {
  const param = useParams<{ lang?: string }>()?.lang;
  const lang = isLang(param) ? param : DEFAULT_LANG;
  const text = texts[lang];
  return (
    <>
      <title>{`${text.title} · ${appName}`}</title>
      <header className="site">
        <div className="wrap">
          <a href={`/${lang}`}>{appName}</a>
        </div>
      </header>
      <NotFoundContent lang={lang} text={text} />
    </>
  );
}
