import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getDisclosure } from "@/features/catalog/server/disclosure-queries";
import { Disclosure } from "@/features/catalog/ui/disclosure";
import { isLang, otherLang } from "@/i18n/locales";
import { safeDecode } from "@/lib/url";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ lang: string; slug: string; code: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "disclosure" });
  return { title: t("earlierVersion"), robots: { index: false } };
}

/** An earlier version of a procedure, clearly marked as no longer in force. */
export default async function VersionPage({ params }: { params: Params }) {
  const { lang, slug, code, version } = await params;
  const procedureCode = safeDecode(code)?.toUpperCase();
  const versionNo = /^\d{1,4}$/.test(version) ? Number(version) : Number.NaN;
  if (!isLang(lang) || !procedureCode || Number.isNaN(versionNo)) notFound();
  const disclosure = await getDisclosure(slug, procedureCode, versionNo);
  if (!disclosure) notFound();
  const other = otherLang(lang);
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/don-vi/${slug}/thu-tuc/${disclosure.procedure.code}/lich-su/${versionNo}`}
      />
      <main id="main" className="wrap">
        <Disclosure disclosure={disclosure} lang={lang} />
      </main>
    </>
  );
}
