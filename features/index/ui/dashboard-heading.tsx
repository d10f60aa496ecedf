import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import { activeFilters, type FilterNames, periodFilter, periodHeading } from "../dashboard-heading";
import type { DashboardQuery } from "../dashboard-params";

/**
 * A dashboard's h1: the page's title, then what it shows — the period (marked while under way) and each
 * active filter by name — and, under it, one link per chosen filter to drop it and one to drop them all.
 */
export function DashboardHeading({
  title,
  query,
  names,
  today,
  path,
}: {
  title: string;
  query: Pick<DashboardQuery, "period" | "filters" | "values">;
  names: FilterNames;
  today: string;
  path: string;
}) {
  const t = useTranslations("index.heading");
  const lang = useLocale() as Lang;
  const filters = activeFilters(query, names, path, lang);
  const period = periodFilter(query, today, path, lang);
  const removable = period ? [period, ...filters] : filters;
  return (
    <>
      <h1>
        {title}
        <span className="dash-heading-details" data-testid="heading-details">
          <span className="visually-hidden"> · </span>
          <span data-testid="period">{periodHeading(query.period, today, lang)}</span>
          {filters.map((f) => (
            <span key={f.param} data-filter={f.param}>
              {" · "}
              {f.text}
            </span>
          ))}
        </span>
      </h1>
      {removable.length > 0 ? (
        <p className="dash-active-filters noprint" data-testid="active-filters">
          <span>{t("active")}</span>
          {removable.map((f) => (
            <Link key={f.param} prefetch={false} href={f.clearHref} className="dash-chip">
              <span className="visually-hidden">{t("clear", { filter: f.text })}</span>
              <span aria-hidden="true">{f.text}</span>
              <span aria-hidden="true" className="dash-chip-cross">
                ×
              </span>
            </Link>
          ))}
          {removable.length > 1 ? (
            <Link prefetch={false} href={path}>
              {t("clearAll")}
            </Link>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
