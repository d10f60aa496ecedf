import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { listRootUnitsWithChildren } from "@/features/units/server/unit-queries";
import { isLang, nameIn, otherLang } from "@/i18n/locales";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = await getTranslations({ locale: lang, namespace: "citizen" });
  const roots = await listRootUnitsWithChildren();
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${otherLang(lang)}`} />
      <main id="main" className="wrap">
        <h1>{t("tagline")}</h1>
        <SearchBox lang={lang} />
        {roots.map(({ unit, children }) => (
          <section key={unit.id} aria-labelledby={`u-${unit.id}`}>
            <h2 id={`u-${unit.id}`}>
              <Link href={`/${lang}/don-vi/${unit.slug}`}>{nameIn(lang, unit)}</Link>
            </h2>
            <ul>
              {children.map((c) => (
                <li key={c.id}>
                  <Link href={`/${lang}/don-vi/${c.slug}`}>{nameIn(lang, c)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          <Link href={`/${lang}/cong-khai`}>{t("home.indexLink")}</Link>
        </p>
        <p className="small">
          <Link href="/dang-nhap">{t("home.staffSignIn")}</Link>
        </p>
      </main>
    </>
  );
}
