import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getDisclosure } from "@/features/catalog/server/disclosure-queries";
import { Disclosure } from "@/features/catalog/ui/disclosure";
import { isLang, t } from "@/lib/i18n";
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
  return { title: loaded ? loaded.disclosure.version.name : "Không tìm thấy" };
}

export default async function ProcedurePage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { lang, disclosure } = loaded;
  const d = t(lang);
  const other = lang === "vi" ? "en" : "vi";
  const { unit, procedure, linkCode } = disclosure;
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/don-vi/${unit.slug}/thu-tuc/${procedure.code}`} />
      <main id="main" className="wrap">
        <p className="small noprint">
          <Link href={`/${lang}/don-vi/${unit.slug}`}>
            ← {lang === "en" && unit.nameEn ? unit.nameEn : unit.name}
          </Link>
        </p>
        <Disclosure
          disclosure={disclosure}
          lang={lang}
          historyHref={`/${lang}/don-vi/${unit.slug}/thu-tuc/${procedure.code}/lich-su`}
        />
        {linkCode && procedure.status !== "abolished" ? (
          <section className="notice noprint" aria-labelledby="rate-heading">
            <h2 id="rate-heading">{d.rateService}</h2>
            <p>{d.rateServiceHint}</p>
            <Link className="button" href={`/${lang}/danh-gia/${linkCode}`}>
              {d.rateService}
            </Link>
          </section>
        ) : null}
      </main>
    </>
  );
}
