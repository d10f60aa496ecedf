import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { OVERVIEW_FULL_TREE_MAX } from "@/features/index/figure-selection";
import { indexLabel, rulesText } from "@/features/index/figures";
import { overviewDashboard } from "@/features/index/server/dashboard";
import { AbnormalNotice } from "@/features/index/ui/abnormal-notice";
import { ChannelLinks } from "@/features/index/ui/channel-links";
import { DistributionSection, TrendSection } from "@/features/index/ui/chart-sections";
import { DashboardHeading } from "@/features/index/ui/dashboard-heading";
import { ExportLinks } from "@/features/index/ui/export-links";
import { FilterForm } from "@/features/index/ui/filter-form";
import { Headline } from "@/features/index/ui/headline";
import { UnitFiguresTable } from "@/features/index/ui/unit-tables";
import type { Lang } from "@/i18n/locales";
import { say } from "@/i18n/phrase";
import "./dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("index.overview");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The satisfaction index of the manager's scope: headline per root unit, trend, and every unit's subtree. */
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const data = await overviewDashboard(manager, await searchParams);
  const { query, rows, roots } = data;
  const serviceKey = query.filters.instrumentKey;
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("index.overview");
  return (
    <>
      <DashboardHeading
        title={t("heading", { label: indexLabel(lang) })}
        query={query}
        names={data.options}
        today={data.today}
        path="/quan-ly"
      />
      <p className="muted">{rulesText(data, lang)}</p>
      {query.problem ? (
        <p className="notice warn" role="alert">
          {say(lang, query.problem)}
        </p>
      ) : null}
      <AbnormalNotice {...data.abnormal} period={query.period} />
      <FilterForm path="/quan-ly" values={query.values} options={data.options} today={data.today} />
      <ChannelLinks path="/quan-ly" values={query.values} />
      {roots.map((root) => (
        <section key={root.unit.id} aria-labelledby={`root-${root.unit.id}`}>
          <h2 id={`root-${root.unit.id}`}>{root.unit.name}</h2>
          <Headline
            figures={root.figures}
            previous={root.previous}
            dossiers={data.dossiers.get(root.unit.id)}
            target={data.target}
            instrumentTitles={data.titles}
            minN={data.minN}
          />
          <DistributionSection figure={root.figures.quick} />
          <TrendSection
            months={data.months.map((m) => ({ month: m.month, figures: m.figures.get(root.unit.id) }))}
            targets={data.targets}
            serviceKey={serviceKey ?? "service"}
            today={data.today}
          />
        </section>
      ))}
      <h2>{t("unitsInScope")}</h2>
      <ExportLinks values={query.values} />
      {data.scope.units.length > OVERVIEW_FULL_TREE_MAX ? (
        <p className="muted" data-testid="overview-levels">
          {t("levels", { count: data.scope.units.length })}
        </p>
      ) : null}
      <UnitFiguresTable rows={rows} caption={t("caption")} serviceKey={serviceKey} query={query.values} />
    </>
  );
}
