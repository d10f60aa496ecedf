/**
 * What a dashboard shows, said once at its top: the period (marked when it is not over) and each active
 * filter by name, each with the link that drops it. Pure.
 */
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDate } from "@/lib/time";
import {
  channelLabel,
  type DashboardQuery,
  dashboardHref,
  type Period,
  periodLabel,
} from "./dashboard-params";
import { partialThrough } from "./period-state";

/** The names the filters' ids stand for (the filter form's options). */
export interface FilterNames {
  instruments: ReadonlyArray<{ key: string; title: { vi: string; en: string } }>;
  fields: ReadonlyArray<{ id: number; name: string }>;
  procedures: ReadonlyArray<{ id: number; code: string; name: string }>;
  counters: ReadonlyArray<{ id: number; label: string }> | null;
}

export interface ActiveFilter {
  /** The GET parameter it comes from (`ky` for the period). */
  param: string;
  text: string;
  /** The dashboard without this filter. */
  clearHref: string;
}

/** The GET parameters of the period: clearing the period drops them all (back to the last 30 days). */
const PERIOD_PARAMS = ["ky", "thang", "quy", "nam", "tu", "den"] as const;

/** A period's name, with "(đến ngày 06/12/2026)" / "(partial, to 2026-12-06)" while it is under way. */
export function periodHeading(
  period: Pick<Period, "kind" | "from" | "to">,
  today: string,
  lang: Lang,
): string {
  const label = periodLabel(period, lang);
  const through = period.kind === "30-ngay" ? undefined : partialThrough(period, today);
  return through === undefined
    ? label
    : translator(lang)("index.partial.period", { period: label, day: formatDate(through, lang) });
}

/** The filters in force besides the period, by name, in the order of the filter form. */
export function activeFilters(
  query: Pick<DashboardQuery, "filters" | "values">,
  names: FilterNames,
  path: string,
  lang: Lang,
): ActiveFilter[] {
  const t = translator(lang);
  const { filters } = query;
  const said = (label: string, value: string) => t("index.heading.filter", { name: label, value });
  const unknown = (id: number) => `#${id}`;
  const found: Array<{ param: string; text: string } | undefined> = [
    filters.instrumentKey === undefined
      ? undefined
      : {
          param: "phieu",
          text: said(
            t("index.heading.instrument"),
            names.instruments.find((i) => i.key === filters.instrumentKey)?.title[lang] ??
              filters.instrumentKey,
          ),
        },
    filters.channel === undefined
      ? undefined
      : { param: "kenh", text: said(t("index.heading.channel"), channelLabel(filters.channel, lang)) },
    filters.fieldId === undefined
      ? undefined
      : {
          param: "linh-vuc",
          text: said(
            t("index.heading.field"),
            names.fields.find((f) => f.id === filters.fieldId)?.name ?? unknown(filters.fieldId),
          ),
        },
    filters.procedureId === undefined
      ? undefined
      : {
          param: "thu-tuc",
          text: said(
            t("index.heading.procedure"),
            names.procedures.find((p) => p.id === filters.procedureId)?.code ?? unknown(filters.procedureId),
          ),
        },
    filters.counterId === undefined
      ? undefined
      : {
          param: "quay",
          text: said(
            t("index.heading.counter"),
            names.counters?.find((c) => c.id === filters.counterId)?.label ?? unknown(filters.counterId),
          ),
        },
  ];
  return found
    .filter((f) => f !== undefined)
    .map((f) => ({ ...f, clearHref: dashboardHref(path, query.values, { [f.param]: undefined }) }));
}

/** The period as a removable filter when one was chosen (the default, the last 30 days, is not a filter). */
export function periodFilter(
  query: Pick<DashboardQuery, "period" | "values">,
  today: string,
  path: string,
  lang: Lang,
): ActiveFilter | undefined {
  if (query.values.ky === undefined || query.period.kind === "30-ngay") return undefined;
  const cleared = Object.fromEntries(PERIOD_PARAMS.map((p) => [p, undefined]));
  return {
    param: "ky",
    text: periodHeading(query.period, today, lang),
    clearHref: dashboardHref(path, query.values, cleared),
  };
}

/** What the heading adds to a page's title: the period, then every active filter. */
export function headingDetails(
  query: Pick<DashboardQuery, "period" | "filters" | "values">,
  names: FilterNames,
  today: string,
  lang: Lang,
): string[] {
  return [
    periodHeading(query.period, today, lang),
    ...activeFilters(query, names, "", lang).map((f) => f.text),
  ];
}

/** The heading's text: "Phường An Hòa · Quý 4/2026 · Kênh: Máy tại quầy". */
export function dashboardHeading(
  title: string,
  query: Pick<DashboardQuery, "period" | "filters" | "values">,
  names: FilterNames,
  today: string,
  lang: Lang,
): string {
  return [title, ...headingDetails(query, names, today, lang)].join(" · ");
}
