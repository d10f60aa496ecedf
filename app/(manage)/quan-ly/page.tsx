import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { OVERVIEW_FULL_TREE_MAX } from "@/features/index/figure-selection";
import { INDEX_LABEL, rulesText } from "@/features/index/figures";
import { overviewDashboard } from "@/features/index/server/dashboard";
import { AbnormalNotice } from "@/features/index/ui/abnormal-notice";
import { ChannelLinks } from "@/features/index/ui/channel-links";
import { DistributionSection, TrendSection } from "@/features/index/ui/chart-sections";
import { ExportLinks } from "@/features/index/ui/export-links";
import { FilterForm } from "@/features/index/ui/filter-form";
import { Headline } from "@/features/index/ui/headline";
import { UnitFiguresTable } from "@/features/index/ui/unit-tables";

export const metadata: Metadata = { title: "Tổng quan / Overview", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The satisfaction index of the manager's scope: headline per root unit, trend, and every unit's subtree. */
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const data = await overviewDashboard(manager, await searchParams);
  const { query, rows, roots } = data;
  const serviceKey = query.filters.instrumentKey;
  return (
    <>
      <h1>{INDEX_LABEL.vi} — Tổng quan</h1>
      <p>
        <strong data-testid="period">{query.period.label}</strong>.{" "}
        <span className="muted">{rulesText(data)}</span>
      </p>
      {query.problem ? (
        <p className="notice warn" role="alert">
          {query.problem}
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
          />
        </section>
      ))}
      <h2>Các đơn vị trong phạm vi / Units in scope</h2>
      <ExportLinks values={query.values} />
      {data.scope.units.length > OVERVIEW_FULL_TREE_MAX ? (
        <p className="muted" data-testid="overview-levels">
          Phạm vi có {data.scope.units.length.toLocaleString("vi-VN")} đơn vị: bảng liệt kê hai cấp đầu. Chọn
          một đơn vị để xem các đơn vị trực thuộc và xếp hạng tất cả đơn vị cấp dưới. /{" "}
          {data.scope.units.length} units in scope: the table lists the top two levels; choose a unit to go
          down and rank every unit below.
        </p>
      ) : null}
      <UnitFiguresTable
        rows={rows}
        caption="Chỉ số = 100 × (Rất hài lòng + Hài lòng) ÷ số lượt trả lời hợp lệ (câu hỏi nhanh). Chọn một đơn vị để xem chi tiết."
        serviceKey={serviceKey}
        query={query.values}
      />
    </>
  );
}
