import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import {
  belowMinimumText,
  figureColumns,
  indexLabel,
  indexText,
  intervalText,
  NO_VALUE,
  rollupText,
} from "../figures";
import type { RollupMode, UnitFigures } from "../index-engine";
import { MonthName } from "./chart-sections";

/** Monthly figures of the report's unit, always visible (a printed page has no "show more"). */
export function ReportTrendTable({
  months,
  today,
  serviceKey = "service",
}: {
  months: Array<{ month: string; figures: UnitFigures | undefined }>;
  /** Marks the month not over yet. */
  today: string;
  serviceKey?: string;
}) {
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  return (
    <table data-table="report-trend">
      <thead>
        <tr>
          <th scope="col">{columns.month}</th>
          <th scope="col" className="num">
            {columns.quickN}
          </th>
          <th scope="col" className="num">
            {columns.index}
          </th>
          <th scope="col" className="num">
            {columns.interval}
          </th>
          <th scope="col" className="num">
            {columns.service}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map(({ month, figures }) => {
          const quick = figures?.quick;
          const service = figures?.instruments.find((i) => i.key === serviceKey);
          return (
            <tr key={month} data-month={month}>
              <th scope="row">
                <MonthName month={month} today={today} />
              </th>
              <td className="num" data-col="n">
                {quick?.n ?? 0}
              </td>
              <td className="num" data-col="index">
                {quick ? indexText(quick.index, quick.enoughSamples, lang) : NO_VALUE}
              </td>
              <td className="num">
                {quick ? intervalText(quick.wilson, quick.enoughSamples, lang) : NO_VALUE}
              </td>
              <td className="num">
                {service ? indexText(service.service, service.enoughSamples, lang) : NO_VALUE}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How every figure of the report is computed. */
export function MethodNote({ minN, rollup }: { minN: number; rollup: RollupMode }) {
  const t = useTranslations("index.report.method");
  const lang = useLocale() as Lang;
  return (
    <section aria-labelledby="method-title" className="report-method">
      <h2 id="method-title">{t("title")}</h2>
      <ul>
        <li>{t("name", { label: indexLabel(lang) })}</li>
        <li>{t("quick")}</li>
        <li>{t("service")}</li>
        <li>{t("rollup", { rollup: rollupText(rollup, lang) })}</li>
        <li>
          {belowMinimumText(minN, lang)} {t("wilson")}
        </li>
        <li>{t("flagged")}</li>
      </ul>
    </section>
  );
}
