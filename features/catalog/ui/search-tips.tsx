import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";

/**
 * What to try when a search finds nothing: spelling, fewer words, no need for diacritics; within a unit,
 * its procedures by field, and the other units when they have a match.
 */
export async function SearchTips({
  lang,
  unit,
  widenHref,
}: {
  lang: Lang;
  unit?: { name: string; href: string };
  widenHref?: string;
}) {
  const t = await getTranslations({ locale: lang, namespace: "citizen.searchPage.tips" });
  return (
    <section aria-labelledby="tips-heading" data-testid="search-tips">
      <h2 id="tips-heading">{t("heading")}</h2>
      <ul>
        <li>{t("spelling")}</li>
        <li>{t("fewerWords")}</li>
        <li>{t("noDiacritics")}</li>
        <li>{t("byCode")}</li>
        {widenHref ? (
          <li>
            <Link href={widenHref}>{t("elsewhere")}</Link>
          </li>
        ) : null}
        <li>
          {unit ? (
            <Link href={unit.href}>{t("browseUnit", { unit: unit.name })}</Link>
          ) : (
            <Link href={`/${lang}`}>{t("browseUnits")}</Link>
          )}
        </li>
      </ul>
    </section>
  );
}
