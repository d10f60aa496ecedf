import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getDisclosure, listProcedureVersions } from "@/features/catalog/server/disclosure-queries";
import { isLang } from "@/lib/i18n";
import { formatDate } from "@/lib/time";
import { safeDecode } from "@/lib/url";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ lang: string; slug: string; code: string }>;

export const metadata: Metadata = { title: "Lịch sử phiên bản / Version history" };

/** Every version of a procedure with the announcement that put it in force. */
export default async function HistoryPage({ params }: { params: Params }) {
  const { lang, slug, code } = await params;
  const procedureCode = safeDecode(code)?.toUpperCase();
  if (!isLang(lang) || !procedureCode) notFound();
  const disclosure = await getDisclosure(slug, procedureCode);
  if (!disclosure) notFound();
  const versions = await listProcedureVersions(disclosure.procedure.id);
  const base = `/${lang}/don-vi/${slug}/thu-tuc/${disclosure.procedure.code}`;
  const other = lang === "vi" ? "en" : "vi";
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
        <h1>{lang === "vi" ? "Lịch sử phiên bản" : "Version history"}</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">{lang === "vi" ? "Phiên bản" : "Version"}</th>
              <th scope="col">{lang === "vi" ? "Hiệu lực" : "In force"}</th>
              <th scope="col">{lang === "vi" ? "Quyết định công bố" : "Announcement"}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionNo}>
                <td>
                  <Link href={v.effectiveTo ? `${base}/lich-su/${v.versionNo}` : base}>
                    {lang === "vi" ? `Phiên bản ${v.versionNo}` : `Version ${v.versionNo}`}
                  </Link>
                  {v.effectiveTo ? null : (
                    <span className="tag ok">{lang === "vi" ? " hiện hành" : " current"}</span>
                  )}
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
