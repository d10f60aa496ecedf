import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { dashboardHref } from "@/features/index/dashboard-params";
import { indexLabel, rulesText } from "@/features/index/figures";
import { unitDashboard } from "@/features/index/server/dashboard";
import { AbnormalNotice } from "@/features/index/ui/abnormal-notice";
import { ChannelLinks } from "@/features/index/ui/channel-links";
import { DistributionSection, TrendSection } from "@/features/index/ui/chart-sections";
import { CommentsList, ElementBreakdown } from "@/features/index/ui/dashboard-details";
import { DashboardHeading } from "@/features/index/ui/dashboard-heading";
import { ExportLinks } from "@/features/index/ui/export-links";
import { FilterForm } from "@/features/index/ui/filter-form";
import { Headline } from "@/features/index/ui/headline";
import { RankingTable, UnitFiguresTable } from "@/features/index/ui/unit-tables";
import { ReportDownloadForm } from "@/features/reports/ui/report-download-form";
import type { Lang } from "@/i18n/locales";
import { say } from "@/i18n/phrase";
import "../../dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("index.unit");
  return { title: t("title"), robots: { index: false } };
}

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One unit in the manager's scope: its subtree's figures, children, ranking, elements, charts and comments. */
export default async function UnitIndexPage({ params, searchParams }: Props) {
  const manager = await requireActor();
  const { unitId: rawId } = await params;
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  const unitId = Number(rawId);
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const rawPage = first(raw.trang) ?? "";
  const rankingPage = /^\d{1,5}$/.test(rawPage) ? Number(rawPage) : 1;
  // Outside the scope the unit does not exist for this manager: 404, not 403, so ids are not probed.
  const data = await unitDashboard(manager, unitId, raw);
  if (!data) notFound();
  const { query, unit, figures, children, ranked, allBelow, crumbs, comments } = data;
  const path = `/quan-ly/chi-so/${unitId}`;
  const serviceKey = query.filters.instrumentKey;
  const lang = (await getLocale()) as Lang;
  const te = await getTranslations("index.elements");
  const t = await getTranslations("index.unit");
  return (
    <>
      <nav aria-label={t("breadcrumb")}>
        <p>
          <Link prefetch={false} href={dashboardHref("/quan-ly", query.values)}>
            {t("overview")}
          </Link>
          {crumbs.map((c) => (
            <span key={c.id}>
              {" › "}
              <Link prefetch={false} href={dashboardHref(`/quan-ly/chi-so/${c.id}`, query.values)}>
                {c.name}
              </Link>
            </span>
          ))}
          {" › "}
          <span aria-current="page">{unit.name}</span>
        </p>
      </nav>
      <DashboardHeading title={unit.name} query={query} names={data.options} today={data.today} path={path} />
      <p className="muted">
        {indexLabel(lang)}. {rulesText(data, lang)}
      </p>
      {query.problem ? (
        <p className="notice warn" role="alert">
          {say(lang, query.problem)}
        </p>
      ) : null}
      <AbnormalNotice {...data.abnormal} period={query.period} />
      <FilterForm path={path} values={query.values} options={data.options} today={data.today} />
      <ChannelLinks path={path} values={query.values} />
      <ExportLinks values={query.values} unitId={unitId} />
      <p>
        <a
          href={`/quan-ly/xuat/phieu?${new URLSearchParams({ "dinh-dang": "csv", tu: query.period.from, den: query.period.to, "don-vi": String(unitId) })}`}
        >
          {t("downloadResponses")}
        </a>{" "}
        <span className="muted">{t("downloadResponsesHint")}</span>
      </p>
      <ReportDownloadForm unitId={unitId} today={data.today} />
      <h2>{t("subtree")}</h2>
      <Headline
        figures={figures}
        previous={data.previous.get(unitId)}
        dossiers={data.dossiers.get(unitId)}
        target={data.target}
        instrumentTitles={data.titles}
        minN={data.minN}
      />
      {children.length > 0 ? (
        <>
          <h2>{t("below")}</h2>
          <UnitFiguresTable
            rows={children}
            caption={t("belowCaption")}
            serviceKey={serviceKey}
            query={query.values}
          />
          <h2 id="xep-hang">{t("ranking")}</h2>
          <p>
            {allBelow ? (
              <Link
                prefetch={false}
                href={`${dashboardHref(path, query.values, { "pham-vi": undefined })}#xep-hang`}
              >
                {t("directOnly")}
              </Link>
            ) : (
              <Link
                prefetch={false}
                href={`${dashboardHref(path, query.values, { "pham-vi": "tat-ca" })}#xep-hang`}
              >
                {t("rankAll")}
              </Link>
            )}
            <span className="muted"> · {t("rankingNote", { minN: data.minN })}</span>
          </p>
          <RankingTable
            page={rankingPage}
            rows={ranked}
            sort={query.sort}
            direction={query.direction}
            path={path}
            query={query.values}
          />
        </>
      ) : null}
      {figures.instruments.map((instrument) => {
        const definition = data.definitions.get(instrument.key);
        return definition ? (
          <section key={instrument.key} aria-labelledby={`elements-${instrument.key}`}>
            <h2 id={`elements-${instrument.key}`}>{te("heading", { title: definition.title[lang] })}</h2>
            <ElementBreakdown figures={instrument} definition={definition} />
          </section>
        ) : null;
      })}
      <DistributionSection figure={figures.quick} />
      <TrendSection
        months={data.months.map((m) => ({ month: m.month, figures: m.figures.get(unitId) }))}
        targets={data.targets}
        serviceKey={serviceKey ?? "service"}
        today={data.today}
      />
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t("comments")}</h2>
        <CommentsList rows={comments} />
      </section>
    </>
  );
}
