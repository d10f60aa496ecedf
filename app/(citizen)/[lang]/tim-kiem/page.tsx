import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { searchProcedures } from "@/features/catalog/server/search-queries";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { asLang, type Lang } from "@/i18n/locales";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? "";
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const lang: Lang = asLang((await params).lang);
  const t = await getTranslations({ locale: lang, namespace: "citizen.searchPage" });
  return { title: t("title") };
}

/**
 * GET /search?q=…[&unit=slug][&lang=en] (rewritten to /{vi|en}/tim-kiem by next.config.mjs) — ranked
 * results, diacritic- and case-insensitive.
 */
export default async function SearchPage({ params: path, searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q).trim();
  const unit = one(params.unit) || undefined;
  const lang: Lang = asLang((await path).lang);
  const [hits, t, td] = await Promise.all([
    q ? searchProcedures(q, unit) : [],
    getTranslations({ locale: lang, namespace: "citizen.searchPage" }),
    getTranslations({ locale: lang, namespace: "disclosure" }),
  ]);
  const alt = new URLSearchParams({ q, ...(unit ? { unit } : {}), ...(lang === "vi" ? { lang: "en" } : {}) });
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/search?${alt}`} />
      <main id="main" className="wrap">
        <h1>{t("heading")}</h1>
        <SearchBox lang={lang} defaultValue={q} unit={unit} />
        {q ? <p role="status">{t("results", { count: hits.length, query: q })}</p> : null}
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
                      <Link href={`/${lang}/don-vi/${u.slug}/thu-tuc/${h.code}`}>{u.name}</Link>
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
