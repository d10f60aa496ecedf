import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { requireActor } from "@/features/access/server/actor";
import { INDEX_LABEL } from "@/features/index/figures";
import { lastFullMonth } from "@/features/index/public-index";
import { monthlyReport } from "@/features/index/server/dashboard";
import { ElementBreakdown } from "@/features/index/ui/dashboard-details";
import { Headline } from "@/features/index/ui/headline";
import { MethodNote, ReportTrendTable } from "@/features/index/ui/report-sections";
import { UnitFiguresTable } from "@/features/index/ui/unit-tables";
import { formatDate, localDay } from "@/lib/time";

export const metadata: Metadata = { title: "Báo cáo chỉ số hài lòng tháng", robots: { index: false } };

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

/** Printable monthly report of one unit in scope: its figures, its children's, elements, trend, method. */
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
  const [year, mm] = month.split("-");
  return (
    <article className="report">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS */}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <form method="get" action="/quan-ly/bao-cao" className="noprint inline-form" aria-label="Chọn báo cáo">
        <div>
          <label htmlFor="thang">Tháng / Month</label>
          <input id="thang" name="thang" type="month" defaultValue={month} max={today.slice(0, 7)} />
        </div>
        <div>
          <label htmlFor="don-vi">Đơn vị / Unit</label>
          <select id="don-vi" name="don-vi" defaultValue={String(unit.id)}>
            {data.units.map(({ unit: u, depth }) => (
              <option key={u.id} value={u.id}>
                {`${"— ".repeat(depth)}${u.name}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          Xem / Show
        </button>
        <PrintButton label="In báo cáo" />
      </form>
      {asked !== "" && !valid ? (
        <p className="notice warn noprint" role="alert">
          Tháng không hợp lệ (YYYY-MM, không sau tháng hiện tại); đang hiển thị tháng {mm}/{year}. / Invalid
          month.
        </p>
      ) : null}
      <h1>
        Báo cáo chỉ số hài lòng tháng {mm}/{year}
      </h1>
      <p>
        <strong data-testid="report-unit">{unit.name}</strong> · {INDEX_LABEL.vi} · từ{" "}
        {formatDate(data.query.period.from, "vi")} đến {formatDate(data.query.period.to, "vi")}
      </p>
      <h2>Chỉ số của đơn vị (gồm các đơn vị trực thuộc) / Unit index</h2>
      <Headline
        figures={figures}
        previous={data.previous.get(unit.id)}
        dossiers={data.dossiers.get(unit.id)}
        target={data.target}
        instrumentTitles={data.titles}
        minN={data.minN}
      />
      <h2>Đơn vị và các đơn vị trực thuộc / Unit and units below</h2>
      <UnitFiguresTable
        rows={rows}
        caption="Câu hỏi nhanh: số lượt, phân bố theo mức, chỉ số, khoảng tin cậy 95% (Wilson), điểm trung bình, so với tháng trước."
        serviceKey={undefined}
        query={{ ky: "thang", thang: month }}
      />
      {figures.instruments.map((instrument) => {
        const definition = data.definitions.get(instrument.key);
        return definition ? (
          <section key={instrument.key} aria-labelledby={`elements-${instrument.key}`}>
            <h2 id={`elements-${instrument.key}`}>Theo yếu tố: {definition.title.vi}</h2>
            <ElementBreakdown figures={instrument} definition={definition} />
          </section>
        ) : null;
      })}
      <h2>Diễn biến 12 tháng / 12-month trend</h2>
      <ReportTrendTable
        months={data.months.map((m) => ({ month: m.month, figures: m.figures.get(unit.id) }))}
      />
      <MethodNote minN={data.minN} rollup={data.rollup} />
      {data.abnormal.held + data.abnormal.flagged > 0 ? (
        <p data-testid="report-abnormal">
          Trong tháng có {data.abnormal.held.toLocaleString("vi-VN")} lượt đánh giá bất thường đang chờ xem
          xét và {data.abnormal.flagged.toLocaleString("vi-VN")} lượt bị gắn cờ; các lượt này không được tính
          vào số liệu của báo cáo.
        </p>
      ) : null}
      <p>
        Ngày lập / Prepared: <span data-testid="prepared">{formatDate(today, "vi")}</span> · Người lập:{" "}
        {manager.name}
      </p>
    </article>
  );
}
