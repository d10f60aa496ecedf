import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getDisclosure } from "@/features/catalog/server/disclosure-queries";
import { Disclosure } from "@/features/catalog/ui/disclosure";
import { isLang, nameIn, otherLang } from "@/i18n/locales";
import { safeDecode } from "@/lib/url";

/** Rendered on first request, then served from the cache; staff edits revalidate it on demand. */
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ lang: string; slug: string; code: string }>;

async function load(params: Params) {
  const { lang, slug, code } = await params;
  const procedureCode = safeDecode(code)?.toUpperCase();
  if (!isLang(lang) || !procedureCode || procedureCode.length > 60) return undefined;
  const disclosure = await getDisclosure(slug, procedureCode);
  return disclosure ? { lang, disclosure } : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params);
  if (loaded) return { title: loaded.disclosure.version.name };
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "citizen" });
  return { title: t("notFoundTitle") };
}

export default async function ProcedurePage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { lang, disclosure } = loaded;
  const t = await getTranslations({ locale: lang, namespace: "citizen.rate" });
  const other = otherLang(lang);
  const { unit, procedure, linkCode } = disclosure;
  const rateHref = linkCode && procedure.status !== "abolished" ? `/${lang}/danh-gia/${linkCode}` : undefined;
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/don-vi/${unit.slug}/thu-tuc/${procedure.code}`} />
      <main id="main" className="wrap">
        <p className="small noprint">
          <Link href={`/${lang}/don-vi/${unit.slug}`}>← {nameIn(lang, unit)}</Link>
        </p>
        <Disclosure
          disclosure={disclosure}
          lang={lang}
          historyHref={`/${lang}/don-vi/${unit.slug}/thu-tuc/${procedure.code}/lich-su`}
          rateHref={rateHref}
        />
        {rateHref ? (
          <section className="notice noprint" aria-labelledby="rate-heading">
            <h2 id="rate-heading">{t("title")}</h2>
            <p>{t("hint")}</p>
            <Link className="button" href={rateHref}>
              {t("title")}
            </Link>
          </section>
        ) : null}
      </main>
    </>
  );
}
