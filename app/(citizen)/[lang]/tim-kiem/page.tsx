import type { Metadata } from "next";
import Link from "next/link";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { searchProcedures } from "@/features/catalog/server/search-queries";
import { SearchBox } from "@/features/catalog/ui/search-box";
import type { Lang } from "@/lib/i18n";

export const metadata: Metadata = { title: "Tìm thủ tục / Search" };

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? "";
}

/**
 * GET /search?q=…[&unit=slug][&lang=en] (rewritten to /{vi|en}/tim-kiem by next.config.mjs) — ranked
 * results, diacritic- and case-insensitive.
 */
export default async function SearchPage({ params: path, searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q).trim();
  const unit = one(params.unit) || undefined;
  const lang: Lang = (await path).lang === "en" ? "en" : "vi";
  const hits = q ? await searchProcedures(q, unit) : [];
  const alt = new URLSearchParams({ q, ...(unit ? { unit } : {}), ...(lang === "vi" ? { lang: "en" } : {}) });
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/search?${alt}`} />
      <main id="main" className="wrap">
        <h1>{lang === "vi" ? "Tìm thủ tục hành chính" : "Find an administrative procedure"}</h1>
        <SearchBox lang={lang} defaultValue={q} unit={unit} />
        {q ? (
          <p role="status">
            {lang === "vi" ? `${hits.length} kết quả cho “${q}”` : `${hits.length} result(s) for “${q}”`}
          </p>
        ) : null}
        <ol className="plist">
          {hits.map((h) => (
            <li key={h.code}>
              {h.units[0] ? (
                <Link href={`/${lang}/don-vi/${h.units[0].slug}/thu-tuc/${h.code}`}>{h.name}</Link>
              ) : (
                <strong>{h.name}</strong>
              )}
              {h.status === "abolished" ? (
                <span className="tag bad"> {lang === "vi" ? "Đã bãi bỏ" : "Abolished"}</span>
              ) : null}
              <br />
              <span className="code">
                {h.code} · {h.field}
              </span>
              {h.unitCount > 1 ? (
                <span className="small">
                  <br />
                  {lang === "vi" ? "Thực hiện tại: " : "Available at: "}
                  {h.units.map((u, i) => (
                    <span key={u.slug}>
                      {i > 0 ? ", " : ""}
                      <Link href={`/${lang}/don-vi/${u.slug}/thu-tuc/${h.code}`}>{u.name}</Link>
                    </span>
                  ))}
                  {h.unitCount > h.units.length
                    ? lang === "vi"
                      ? ` và ${h.unitCount - h.units.length} đơn vị khác`
                      : ` and ${h.unitCount - h.units.length} more`
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
