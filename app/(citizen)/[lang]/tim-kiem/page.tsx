import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { searchProcedures } from "@/features/catalog/server/search-queries";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { SearchTips } from "@/features/catalog/ui/search-tips";
import { getUnitBySlug } from "@/features/units/server/unit-queries";
import { asLang, type Lang, nameIn, otherLang } from "@/i18n/locales";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? "";
}

/** The address of a search, in a language, within a unit or across all. */
function searchHref(lang: Lang, q: string, unit?: string): string {
  const query = new URLSearchParams({ q, ...(unit ? { unit } : {}), ...(lang === "en" ? { lang } : {}) });
  return `/search?${query}`;
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const lang: Lang = asLang((await params).lang);
  const t = await getTranslations({ locale: lang, namespace: "citizen.searchPage" });
  return { title: t("title") };
}

/**
 * GET /search?q=…[&unit=slug][&lang=en] (rewritten to /{vi|en}/tim-kiem by next.config.mjs) — ranked
 * results, diacritic- and case-insensitive. From a unit's page the search stays within the unit, says so
 * and leads back to it or out to every unit; no result suggests what to try.
 */
export default async function SearchPage({ params: path, searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q).trim();
  const lang: Lang = asLang((await path).lang);
  const slug = one(params.unit);
  const unit = slug ? await getUnitBySlug(slug) : undefined;
  const [hits, t, td] = await Promise.all([
    q ? searchProcedures(q, unit?.slug) : [],
    getTranslations({ locale: lang, namespace: "citizen.searchPage" }),
    getTranslations({ locale: lang, namespace: "disclosure" }),
  ]);
  const elsewhere =
    unit && q && hits.length === 0 ? (await searchProcedures(q, undefined, 1)).length > 0 : false;
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={searchHref(otherLang(lang), q, unit?.slug)} />
      <main id="main" className="wrap">
        <h1>{t("heading")}</h1>
        {unit ? (
          <div className="notice" data-testid="search-scope">
            <p>
              {t("within")} <strong>{nameIn(lang, unit)}</strong>
            </p>
            <p>
              <Link href={`/${lang}/don-vi/${unit.slug}`}>← {t("backToUnit")}</Link>
              {" · "}
              <Link href={searchHref(lang, q)}>{t("widen")}</Link>
            </p>
          </div>
        ) : null}
        <SearchBox lang={lang} defaultValue={q} unit={unit?.slug} />
        {q ? <p role="status">{t("results", { count: hits.length, query: q })}</p> : null}
        {q && hits.length === 0 ? (
          <SearchTips
            lang={lang}
            unit={unit ? { name: nameIn(lang, unit), href: `/${lang}/don-vi/${unit.slug}` } : undefined}
            widenHref={elsewhere ? searchHref(lang, q) : undefined}
          />
        ) : null}
        <ol className="plist">
          {hits.map((h) => (
            <li key={h.code}>
              {h.units[0] ? (
                <Link href={`/${lang}/don-vi/${h.units[0].slug}/thu-tuc/${h.code}`}>{h.name}</Link>
              ) : (
                <strong>{h.name}</strong>
              )}
              {h.status === "abolished" ? <span className="tag bad"> {td("status.abolished")}</span> : null}
              <br />
              <span className="code">
                {h.code} · {h.field}
              </span>
              {h.unitCount > 1 ? (
                <span className="small">
                  <br />
                  {t("availableAt")}{" "}
                  {h.units.map((u, i) => (
                    <span key={u.slug}>
                      {i > 0 ? ", " : ""}
                      <Link href={`/${lang}/don-vi/${u.slug}/thu-tuc/${h.code}`}>{nameIn(lang, u)}</Link>
                    </span>
                  ))}
                  {h.unitCount > h.units.length
                    ? ` ${t("more", { count: h.unitCount - h.units.length })}`
                    : ""}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
