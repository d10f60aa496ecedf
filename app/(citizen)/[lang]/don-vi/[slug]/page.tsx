import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { listProceduresForUnit } from "@/features/catalog/server/disclosure-queries";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { getQuickSummaryForSubtree } from "@/features/index/server/index-figures";
import { UnitIndexFigure } from "@/features/index/ui/index-figure";
import { getUnitShortLink } from "@/features/units/server/short-link-queries";
import { getUnitBySlug, listChildUnits, listCountersForUnit } from "@/features/units/server/unit-queries";
import { isLang, type Lang, nameIn, otherLang } from "@/i18n/locales";

/** Rendered on first request, then served from the cache; staff edits revalidate it on demand. */
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ lang: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLang(lang)) return {};
  const unit = await getUnitBySlug(slug);
  if (unit) return { title: nameIn(lang, unit) };
  const t = await getTranslations({ locale: lang, namespace: "citizen" });
  return { title: t("notFoundTitle") };
}

function groupByField<T extends { fieldCode: string; fieldName: string; fieldNameEn: string | null }>(
  rows: T[],
) {
  const groups = new Map<string, { name: string; nameEn: string | null; items: T[] }>();
  for (const row of rows) {
    const group = groups.get(row.fieldCode) ?? { name: row.fieldName, nameEn: row.fieldNameEn, items: [] };
    group.items.push(row);
    groups.set(row.fieldCode, group);
  }
  return [...groups.entries()];
}

export default async function UnitPage({ params }: { params: Params }) {
  const { lang: rawLang, slug } = await params;
  if (!isLang(rawLang)) notFound();
  const lang: Lang = rawLang;
  const unit = await getUnitBySlug(slug);
  if (!unit) notFound();
  const [t, td] = await Promise.all([
    getTranslations({ locale: lang, namespace: "citizen" }),
    getTranslations({ locale: lang, namespace: "disclosure" }),
  ]);
  const [procedures, children, counters, summary, linkCode] = await Promise.all([
    listProceduresForUnit(unit.id),
    listChildUnits(unit.id),
    listCountersForUnit(unit.id),
    getQuickSummaryForSubtree(unit.id),
    getUnitShortLink(unit.id),
  ]);
  // Abolished procedures get their own section: a citizen looking for what to file sees current ones only.
  const offered = procedures.filter((p) => p.status !== "abolished");
  const abolished = procedures.filter((p) => p.status === "abolished");
  const other = otherLang(lang);
  const current = children.filter((c) => !c.validTo);
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/don-vi/${unit.slug}`} />
      <main id="main" className="wrap">
        <h1>{nameIn(lang, unit)}</h1>
        {unit.validTo ? <p className="notice warn">{t("unit.ceased", { date: unit.validTo })}</p> : null}
        <dl className="facts">
          {unit.address ? (
            <>
              <dt>{t("unit.address")}</dt>
              <dd>{unit.address}</dd>
            </>
          ) : null}
          {unit.openingHours ? (
            <>
              <dt>{t("unit.openingHours")}</dt>
              <dd>{unit.openingHours}</dd>
            </>
          ) : null}
          {unit.phone ? (
            <>
              <dt>{t("unit.phone")}</dt>
              <dd>
                <a href={`tel:${unit.phone.replace(/\s/g, "")}`}>{unit.phone}</a>
              </dd>
            </>
          ) : null}
        </dl>

        {linkCode ? (
          <p>
            <Link className="button" href={`/${lang}/danh-gia/${linkCode}`}>
              {t("rate.title")}
            </Link>
          </p>
        ) : null}

        <UnitIndexFigure summary={summary} lang={lang} />

        {counters.length > 0 ? (
          <section aria-labelledby="counters-heading">
            <h2 id="counters-heading">{t("unit.counters")}</h2>
            <ul>
              {counters.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          </section>
        ) : null}

        {current.length > 0 ? (
          <section aria-labelledby="children-heading">
            <h2 id="children-heading">{t("unit.subUnits")}</h2>
            <ul>
              {current.map((c) => (
                <li key={c.id}>
                  <Link href={`/${lang}/don-vi/${c.slug}`}>{nameIn(lang, c)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="procedures-heading">
          <h2 id="procedures-heading">
            {t("unit.proceduresHere")}{" "}
            <span className="muted small">({t("unit.procedureCount", { count: offered.length })})</span>
          </h2>
          <SearchBox lang={lang} unit={unit.slug} />
          {offered.length === 0 ? <p>{t("unit.noProcedures")}</p> : null}
          {groupByField(offered).map(([code, group]) => (
            <section key={code} aria-labelledby={`field-${code}`}>
              <h3 id={`field-${code}`}>
                {nameIn(lang, group)}{" "}
                <span className="muted small">
                  ({t("unit.procedureCount", { count: group.items.length })})
                </span>
              </h3>
              <ul className="plist">
                {group.items.map((p) => (
                  <li key={p.code}>
                    <Link href={`/${lang}/don-vi/${unit.slug}/thu-tuc/${p.code}`}>{p.name}</Link>
                    {p.pending ? (
                      <>
                        {" "}
                        <span className="tag">{td("missing.pendingTag")}</span>
                      </>
                    ) : null}
                    <br />
                    <span className="code">
                      {p.hasNationalCode ? p.code : td("missing.noNationalCode")}
                      {p.isSample ? ` · ${t("unit.sampleCode")}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>

        {abolished.length > 0 ? (
          <section aria-labelledby="abolished-heading">
            <h2 id="abolished-heading">
              {t("unit.abolishedHeading")}{" "}
              <span className="muted small">({t("unit.procedureCount", { count: abolished.length })})</span>
            </h2>
            <p className="muted">{t("unit.abolishedHint")}</p>
            <ul className="plist">
              {abolished.map((p) => (
                <li key={p.code}>
                  <Link href={`/${lang}/don-vi/${unit.slug}/thu-tuc/${p.code}`}>{p.name}</Link>{" "}
                  <span className="tag bad">{td("status.abolished")}</span>
                  <br />
                  <span className="code">{p.hasNationalCode ? p.code : td("missing.noNationalCode")}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </>
  );
}
