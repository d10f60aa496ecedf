import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { listRootUnitsWithChildren } from "@/features/units/server/unit-queries";
import { isLang, t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const d = t(lang);
  const roots = await listRootUnitsWithChildren();
  const name = (u: { name: string; nameEn: string | null }) =>
    lang === "en" && u.nameEn ? u.nameEn : u.name;
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${lang === "vi" ? "en" : "vi"}`} />
      <main id="main" className="wrap">
        <h1>{d.tagline}</h1>
        <SearchBox lang={lang} />
        {roots.map(({ unit, children }) => (
          <section key={unit.id} aria-labelledby={`u-${unit.id}`}>
            <h2 id={`u-${unit.id}`}>
              <Link href={`/${lang}/don-vi/${unit.slug}`}>{name(unit)}</Link>
            </h2>
            <ul>
              {children.map((c) => (
                <li key={c.id}>
                  <Link href={`/${lang}/don-vi/${c.slug}`}>{name(c)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          <Link href={`/${lang}/cong-khai`}>
            {lang === "vi" ? "Công khai chỉ số hài lòng của các đơn vị" : "Satisfaction index of every unit"}
          </Link>
        </p>
        <p className="small">
          <Link href="/dang-nhap">{lang === "vi" ? "Đăng nhập dành cho cán bộ" : "Staff sign-in"}</Link>
        </p>
      </main>
    </>
  );
}
