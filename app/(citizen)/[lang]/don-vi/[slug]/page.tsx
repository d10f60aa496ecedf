import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { countProceduresReceived, listProceduresForUnit } from "@/features/catalog/server/disclosure-queries";
import { ProcedureList } from "@/features/catalog/ui/procedure-list";
import { SearchBox } from "@/features/catalog/ui/search-box";
import { getQuickSummaryForSubtree } from "@/features/index/server/index-figures";
import { UnitIndexFigure } from "@/features/index/ui/index-figure";
import { getUnitShortLink } from "@/features/units/server/short-link-queries";
import { getUnitBySlug, listChildUnits, listCountersForUnit } from "@/features/units/server/unit-queries";
import { isLang, type Lang, nameIn, otherLang } from "@/i18n/locales";

/**
 * Where a unit's citizens find their procedures: the unit itself when it receives them; otherwise its
 * children that do — a commune's one-stop work is done by its service centre, so the commune's own link
 * (a poster, a QR) shows the centre's procedures right there, the centre named.
 */
async function receivingChildren<U extends { id: number }>(children: U[]) {
  const counts = await countProceduresReceived(children.map((c) => c.id));
  return children.flatMap((unit) => {
    const n = counts.get(unit.id) ?? 0;
    return n > 0 ? [{ unit, count: n }] : [];
  });
}

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
  const receivers = procedures.length === 0 ? await receivingChildren(current) : [];
  const [onlyReceiver] = receivers.length === 1 ? receivers : [];
  const delegated = onlyReceiver
    ? { unit: onlyReceiver.unit, procedures: await listProceduresForUnit(onlyReceiver.unit.id) }
    : null;
  // The one child shown with its procedures is not listed again among the children.
  const listedChildren = delegated && current.length === 1 ? [] : current;
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

        {/* Where this unit's citizens hand in their applications: first, before the figures. */}
        {delegated ? (
          <section aria-labelledby="procedures-heading" data-testid="received-at">
            <h2 id="procedures-heading">
              {t("unit.receivedAt", { unit: nameIn(lang, delegated.unit) })}{" "}
              <span className="muted small">
                ({t("unit.procedureCount", { count: onlyReceiver?.count ?? 0 })})
              </span>
            </h2>
            <p>
              {t("unit.receivedAtHint", { unit: nameIn(lang, unit), receiver: nameIn(lang, delegated.unit) })}{" "}
              <Link href={`/${lang}/don-vi/${delegated.unit.slug}`}>{t("unit.receiverPage")}</Link>
            </p>
            <SearchBox lang={lang} unit={delegated.unit.slug} />
            <ProcedureList
              procedures={delegated.procedures.filter((p) => p.status !== "abolished")}
              unitSlug={delegated.unit.slug}
              lang={lang}
            />
          </section>
        ) : null}

        {receivers.length > 1 ? (
          <section aria-labelledby="receivers-heading" data-testid="receivers">
            <h2 id="receivers-heading">{t("unit.receivers")}</h2>
            <p>{t("unit.receiversHint")}</p>
            <ul className="plist">
              {receivers.map((r) => (
                <li key={r.unit.id}>
                  <Link href={`/${lang}/don-vi/${r.unit.slug}`}>{nameIn(lang, r.unit)}</Link>{" "}
                  <span className="muted small">({t("unit.procedureCount", { count: r.count })})</span>
                </li>
              ))}
            </ul>
            <SearchBox lang={lang} />
          </section>
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

        {listedChildren.length > 0 ? (
          <section aria-labelledby="children-heading">
            <h2 id="children-heading">{t("unit.subUnits")}</h2>
            <ul>
              {listedChildren.map((c) => (
                <li key={c.id}>
                  <Link href={`/${lang}/don-vi/${c.slug}`}>{nameIn(lang, c)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {procedures.length > 0 ? (
          <section aria-labelledby="procedures-heading">
            <h2 id="procedures-heading">
              {t("unit.proceduresHere")}{" "}
              <span className="muted small">({t("unit.procedureCount", { count: offered.length })})</span>
            </h2>
            <SearchBox lang={lang} unit={unit.slug} />
            {offered.length === 0 ? <p>{t("unit.noneInForce")}</p> : null}
            <ProcedureList procedures={offered} unitSlug={unit.slug} lang={lang} />
          </section>
        ) : receivers.length === 0 ? (
          <section aria-labelledby="procedures-heading">
            <h2 id="procedures-heading">{t("unit.proceduresHere")}</h2>
            <p>{t("unit.noProcedures")}</p>
            <SearchBox lang={lang} />
          </section>
        ) : null}

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
