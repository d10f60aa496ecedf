import { getTranslations } from "next-intl/server";
import type { NotFoundText } from "@/components/not-found-content";
import { type Lang, languages } from "@/i18n/locales";
import { LocalizedNotFound } from "./localized-not-found";

async function textIn(lang: Lang): Promise<NotFoundText> {
  const [t, search] = await Promise.all([
    getTranslations({ locale: lang, namespace: "errors.notFound" }),
    getTranslations({ locale: lang, namespace: "citizen.search" }),
  ]);
  return {
    title: t("title"),
    body: t("body"),
    home: t("home"),
    searchLabel: search("label"),
    searchPlaceholder: search("placeholder"),
    searchSubmit: search("submit"),
  };
}

/**
 * The 404 of a citizens' page met while navigating in the browser (a document request gets the server's
 * own page, server/pages.mjs, readable without JavaScript). A not-found page is given no parameters: both
 * languages' words go to the client, which shows those of the address.
 */
export default async function NotFound() {
  const entries = await Promise.all(languages.map(async (lang) => [lang, await textIn(lang)] as const));
  const common = await getTranslations({ locale: "vi", namespace: "common" });
  return (
    <LocalizedNotFound
      appName={common("appName")}
      texts={Object.fromEntries(entries) as Record<Lang, NotFoundText>}
    />
  );
}
