import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print-button";
import { requireActor } from "@/features/access/server/actor";
import { indexLabel } from "@/features/index/figures";
import { partialThrough } from "@/features/index/period-state";
import { lastFullMonth } from "@/features/index/public-index";
import { monthlyReport } from "@/features/index/server/dashboard";
import { ElementBreakdown } from "@/features/index/ui/dashboard-details";
import { Headline } from "@/features/index/ui/headline";
import { ReportHeader, ReportSignature } from "@/features/index/ui/report-header";
import { MethodNote, ReportTrendTable } from "@/features/index/ui/report-sections";
import { UnitFiguresTable } from "@/features/index/ui/unit-tables";
import { ReportDownloadForm } from "@/features/reports/ui/report-download-form";
import { type Lang, nameIn } from "@/i18n/locales";
import { formatDate, localDay } from "@/lib/time";
import "../dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("index.report");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

const css = `
@page { size: A4 portrait; margin: 14mm 12mm; }
@media print {
  .site, .manage-nav, .skip, .noprint { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  body { font-size: 10pt; }
  table { font-size: 8.5pt; display: table; }
  th, td { padding: 1.2mm 1.5mm; }
  tr, .report-method li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .figure { font-size: 18pt; }
}`;

/**
 * Printable monthly report of one unit in scope, in the staff member's language, laid out as an
 * administrative report: header, title, its figures, its children's, elements, trend, method, signature.
 */
export default async function MonthlyReportPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const raw = await searchParams;
  const today = localDay(new Date());
  const asked = first(raw.thang);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked <= today.slice(0, 7);
  const month = valid ? asked : lastFullMonth(today);
  const rawUnit = first(raw["don-vi"]);
  const unitId =
    rawUnit === "" ? manager.rootUnitIds[0] : /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : undefined;
  // Outside the scope the unit does not exist for this manager.
  const data = unitId === undefined ? undefined : await monthlyReport(manager, unitId, month);
  if (!data) notFound();
  const { unit, figures, rows } = data;
  const through = partialThrough(data.query.period, today);
  const [year, mm] = month.split("-");
  const lang = (await getLocale()) as Lang;
  const te = await getTranslations("index.elements");
  const t = await getTranslations("index.report");
  return (
    <article className="report">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS */}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <form method="get" action="/quan-ly/bao-cao" className="noprint inline-form" aria-label={t("choose")}>
        <div>
          <label htmlFor="thang">{t("month")}</label>
          <input id="thang" name="thang" type="month" defaultValue={month} max={today.slice(0, 7)} />
        </div>
        <div>
          <label htmlFor="don-vi">{t("unit")}</label>
          <select id="don-vi" name="don-vi" defaultValue={String(unit.id)}>
            {data.units.map(({ unit: u, depth }) => (
              <option key={u.id} value={u.id}>
                {`${"— ".repeat(depth)}${u.name}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("show")}
        </button>
        <PrintButton label={t("print")} />
      </form>
      {asked !== "" && !valid ? (
        <p className="notice warn noprint" role="alert">
          {t("invalidMonth", { month: mm ?? "", year: year ?? "" })}
        </p>
      ) : null}
      <ReportHeader chain={data.chain} day={today} month={month} />
      <p>
        <strong data-testid="report-unit">{nameIn(lang, unit)}</strong> · {indexLabel(lang)} ·{" "}
        {t("range", {
          from: formatDate(data.query.period.from, lang),
          to: formatDate(data.query.period.to, lang),
        })}
      </p>
      {through !== undefined ? (
        <p className="notice" data-testid="report-partial">
          {t("header.partial", { month: mm ?? "", year: year ?? "", day: formatDate(through, lang) })}
        </p>
      ) : null}
      <h2>{t("unitIndex")}</h2>
      <Headline
        figures={figures}
        previous={data.previous.get(unit.id)}
        dossiers={data.dossiers.get(unit.id)}
        target={data.target}
        instrumentTitles={data.titles}
        minN={data.minN}
      />
      <h2>{t("unitAndBelow")}</h2>
      <UnitFiguresTable
        rows={rows}
        caption={t("caption")}
        serviceKey={undefined}
        query={{ ky: "thang", thang: month }}
      />
      {figures.instruments.map((instrument) => {
        const definition = data.definitions.get(instrument.key);
        return definition ? (
          <section key={instrument.key} aria-labelledby={`elements-${instrument.key}`}>
            <h2 id={`elements-${instrument.key}`}>{te("heading", { title: definition.title[lang] })}</h2>
            <ElementBreakdown figures={instrument} definition={definition} />
          </section>
        ) : null;
      })}
      <h2>{t("trend")}</h2>
      <ReportTrendTable
        months={data.months.map((m) => ({ month: m.month, figures: m.figures.get(unit.id) }))}
        today={today}
      />
      <MethodNote minN={data.minN} rollup={data.rollup} />
      {data.abnormal.held + data.abnormal.flagged > 0 ? (
        <p data-testid="report-abnormal">
          {t("abnormal", { held: data.abnormal.held, flagged: data.abnormal.flagged })}
        </p>
      ) : null}
      <p>
        {t("prepared")}: <span data-testid="prepared">{formatDate(today, lang)}</span> ·{" "}
        {t("preparedBy", { name: manager.name })}
      </p>
      <ReportSignature preparedBy={manager.name} />
      <ReportDownloadForm unitId={unit.id} today={today} />
    </article>
  );
}
