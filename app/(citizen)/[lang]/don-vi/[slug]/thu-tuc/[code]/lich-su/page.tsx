import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getDisclosure, listProcedureVersions } from "@/features/catalog/server/disclosure-queries";
import { isLang, otherLang } from "@/i18n/locales";
import { formatDate } from "@/lib/time";
import { safeDecode } from "@/lib/url";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ lang: string; slug: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "disclosure.history" });
  return { title: t("title") };
}

/** Every version of a procedure with the announcement that put it in force. */
export default async function HistoryPage({ params }: { params: Params }) {
  const { lang, slug, code } = await params;
  const procedureCode = safeDecode(code)?.toUpperCase();
  if (!isLang(lang) || !procedureCode) notFound();
  const disclosure = await getDisclosure(slug, procedureCode);
  if (!disclosure) notFound();
  const versions = await listProcedureVersions(disclosure.procedure.id);
  const base = `/${lang}/don-vi/${slug}/thu-tuc/${disclosure.procedure.code}`;
  const other = otherLang(lang);
  const t = await getTranslations({ locale: lang, namespace: "disclosure.history" });
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/don-vi/${slug}/thu-tuc/${disclosure.procedure.code}/lich-su`}
      />
      <main id="main" className="wrap">
        <p className="small">
          <Link href={base}>← {disclosure.version.name}</Link>
        </p>
        <h1>{t("title")}</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("inForce")}</th>
              <th scope="col">{t("announcement")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionNo}>
                <td>
                  <Link href={v.effectiveTo ? `${base}/lich-su/${v.versionNo}` : base}>
                    {t("versionNo", { version: v.versionNo })}
                  </Link>
                  {v.effectiveTo ? null : <span className="tag ok"> {t("current")}</span>}
                </td>
                <td>
                  {formatDate(v.effectiveFrom, lang)} – {v.effectiveTo ? formatDate(v.effectiveTo, lang) : ""}
                </td>
                <td>
                  {v.announcementNumber ?? "—"}
                  {v.announcementIssuedOn ? ` (${formatDate(v.announcementIssuedOn, lang)})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </>
  );
}
