import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import { formatDate } from "@/lib/time";
import {
  answerLevelLabels,
  figureColumns,
  indexText,
  monthText,
  NO_VALUE,
  notEnoughAnswers,
  percentText,
  publishedIndex,
} from "../figures";
import { type Figure, serviceFigure, type UnitFigures } from "../index-engine";
import type { IndexTarget } from "../index-settings";
import { monthState } from "../period-state";
import { trendChartPoints } from "../trend-chart";
import { DistributionChart, TrendChart } from "./deferred-charts";

/** Bar colours from "not satisfied" to "very satisfied" (contrast ≥ 3:1 on white). */
function levelColors(size: number): string[] {
  return size === 5
    ? ["#b00020", "#d4351c", "#505a5f", "#2f7d32", "#00703c"]
    : ["#b00020", "#2f7d32", "#00703c"];
}

/** Distribution of the quick answers: a bar chart and, below it, the same numbers as a table. */
export function DistributionSection({ figure }: { figure: Figure }) {
  const t = useTranslations("index");
  const lang = useLocale() as Lang;
  const labels = answerLevelLabels(figure.distribution.length, lang);
  const colors = levelColors(figure.distribution.length);
  const bars = figure.distribution
    .map((count, i) => ({ label: labels[i] ?? String(i + 1), count, color: colors[i] ?? "#505a5f" }))
    .reverse();
  const share = (count: number) => (figure.n === 0 ? NO_VALUE : percentText((100 * count) / figure.n, lang));
  return (
    <section aria-labelledby="distribution-title">
      <h2 id="distribution-title">{t("charts.distribution")}</h2>
      {figure.n > 0 ? (
        <DistributionChart label={t("charts.distributionLabel")} bars={bars} />
      ) : (
        <p>{t("charts.noAnswers")}</p>
      )}
      <details>
        <summary>{t("charts.chartData")}</summary>
        <table data-table="distribution">
          <thead>
            <tr>
              <th scope="col">{t("columns.level")}</th>
              <th scope="col" className="num">
                {t("columns.count")}
              </th>
              <th scope="col" className="num">
                {t("columns.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td className="num">{bar.count}</td>
                <td className="num">{share(bar.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export interface MonthFigures {
  month: string;
  figures: UnitFigures | undefined;
}

/** A month's name in a table or a chart: "12/2026", or "12/2026 (đến ngày 06/12/2026)" while it is not over. */
export function MonthName({ month, today }: { month: string; today: string }) {
  const t = useTranslations("index.partial");
  const lang = useLocale() as Lang;
  const state = monthState(month, today);
  if (state.state !== "partial") return <>{monthText(month)}</>;
  return (
    <span className="dash-partial" data-partial={state.through}>
      {t("period", { period: monthText(month), day: formatDate(state.through, lang) })}
    </span>
  );
}

/**
 * Monthly trend of the quick and service indices with the target lines, and the same numbers as a table.
 * A month not over yet is drawn dashed and named as such, never like a full month.
 */
export function TrendSection({
  months,
  targets,
  serviceKey,
  today,
}: {
  months: MonthFigures[];
  targets: IndexTarget[];
  serviceKey: string | undefined;
  today: string;
}) {
  const t = useTranslations("index");
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  const rows = months.map(({ month, figures }) => {
    const quick = figures?.quick;
    const service = figures?.instruments.find((i) => i.key === serviceKey);
    return {
      month,
      n: quick?.n ?? 0,
      quick: publishedIndex(quick),
      quickText: quick ? indexText(quick.index, quick.enoughSamples, lang) : NO_VALUE,
      service: publishedIndex(serviceFigure(service)),
      serviceText: service ? indexText(service.service, service.enoughSamples, lang) : NO_VALUE,
    };
  });
  const partialAt = rows.findIndex((r) => monthState(r.month, today).state === "partial");
  const partial = partialAt === -1 ? undefined : partialAt;
  const points = trendChartPoints(
    rows.map((r) => ({ month: monthText(r.month), quick: r.quick, service: r.service })),
    partial,
  );
  const partialMonth = partial === undefined ? undefined : rows[partial]?.month;
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t("charts.trend")}</h2>
      <TrendChart
        label={t("charts.trendLabel")}
        points={points}
        targets={targets}
        partialNames={{
          quick: t("partial.chartSeries", { series: t("charts.quick") }),
          service: t("partial.chartSeries", { series: t("charts.service") }),
        }}
      />
      <p className="muted small">{t("charts.trendNote", { notEnough: notEnoughAnswers(lang) })}</p>
      {partialMonth ? (
        <p className="small" data-testid="partial-note">
          {t("partial.chartNote", { month: monthText(partialMonth), day: formatDate(today, lang) })}
        </p>
      ) : null}
      <details>
        <summary>{t("charts.chartData")}</summary>
        <table data-table="trend">
          <thead>
            <tr>
              <th scope="col">{columns.month}</th>
              <th scope="col" className="num">
                {columns.quickN}
              </th>
              <th scope="col" className="num">
                {t("columns.quickIndex")}
              </th>
              <th scope="col" className="num">
                {columns.service}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} data-month={r.month}>
                <th scope="row">
                  <MonthName month={r.month} today={today} />
                </th>
                <td className="num">{r.n}</td>
                <td className="num">{r.quickText}</td>
                <td className="num">{r.serviceText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
