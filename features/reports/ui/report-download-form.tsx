import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import { reportScopes } from "../report-data";
import {
  defaultReportPeriod,
  type ReportPeriod,
  recentReportPeriods,
  reportPeriodState,
  reportPeriodTitle,
} from "../report-period";
import { reportFormats, SCOPE_PARAMS } from "../report-request";

const SCOPE_VALUES = Object.fromEntries(Object.entries(SCOPE_PARAMS).map(([param, scope]) => [scope, param]));

/**
 * "Báo cáo định kỳ": period (month, quarter, six months, year — one select), scope and format, sent as a
 * plain GET form to the download route, so one click gives the file, with JavaScript or without.
 */
export function ReportDownloadForm({ unitId, today }: { unitId: number; today: string }) {
  const t = useTranslations("reports");
  const lang = useLocale() as Lang;
  const chosen = defaultReportPeriod(today).key;
  const label = (period: ReportPeriod) => {
    const title = reportPeriodTitle(period, lang);
    const words = `${title.charAt(0).toLocaleUpperCase(lang)}${title.slice(1)}`;
    return reportPeriodState(period, today).state === "partial"
      ? t("period.current", { period: words })
      : words;
  };
  return (
    <section className="noprint" aria-labelledby={`report-pack-${unitId}`} data-testid="report-pack">
      <h2 id={`report-pack-${unitId}`}>{t("control.heading")}</h2>
      <p className="muted">{t("control.hint")}</p>
      <form method="get" action="/quan-ly/bao-cao/tai" className="inline-form">
        <input type="hidden" name="don-vi" value={unitId} />
        <div>
          <label htmlFor={`ky-${unitId}`}>{t("control.period")}</label>
          <select id={`ky-${unitId}`} name="ky" defaultValue={chosen}>
            {recentReportPeriods(today).map(({ kind, periods }) => (
              <optgroup key={kind} label={t(`period.kinds.${kind}`)}>
                {periods.map((p) => (
                  <option key={p.key} value={p.key}>
                    {label(p)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`pham-vi-${unitId}`}>{t("control.scope")}</label>
          <select id={`pham-vi-${unitId}`} name="pham-vi" defaultValue="cay">
            {[...reportScopes].reverse().map((scope) => (
              <option key={scope} value={SCOPE_VALUES[scope]}>
                {t(scope === "unit" ? "control.scopeUnit" : "control.scopeSubtree")}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`dinh-dang-${unitId}`}>{t("control.format")}</label>
          <select id={`dinh-dang-${unitId}`} name="dinh-dang" defaultValue="docx">
            {reportFormats.map((format) => (
              <option key={format} value={format}>
                {t(`control.formats.${format}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("control.download")}</button>
      </form>
    </section>
  );
}
