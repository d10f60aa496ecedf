import type { Metadata } from "next";
import Link from "next/link";
import { emptyDistribution, quickDistributionsByUnit } from "@/db/queries/index-figures";
import { listUnitsByIds } from "@/db/queries/units";
import { requireManager } from "@/lib/auth/manager";
import { addDistributions, formatIndex, summarize } from "@/lib/satisfaction-index";
import { formatDate, lastDays } from "@/lib/time";
import { flattenTree } from "@/lib/unit-tree";

export const metadata: Metadata = { title: "Tổng quan / Overview", robots: { index: false } };

/** Quick index of every unit in the manager's scope, last 30 days, pooled over each unit's subtree. */
export default async function OverviewPage() {
  const manager = await requireManager();
  const units = (await listUnitsByIds([...manager.scopeUnitIds])).filter((u) => !u.validTo);
  const { from, to } = lastDays(30);
  const byUnit = await quickDistributionsByUnit(
    units.map((u) => u.id),
    from,
    to,
  );
  const rows = flattenTree(units).map((row) => ({
    ...row,
    summary: summarize(
      row.subtreeIds
        .map((id) => byUnit.get(id) ?? emptyDistribution())
        .reduce(addDistributions, emptyDistribution()),
    ),
  }));
  return (
    <>
      <h1>Chỉ số hài lòng (theo cấu trúc SIPAS) — câu hỏi nhanh</h1>
      <p className="muted">
        30 ngày qua: {formatDate(from, "vi")} – {formatDate(to, "vi")}. Gộp toàn bộ phiếu của đơn vị và các
        đơn vị trực thuộc; không tính phiếu bị đánh dấu nghi vấn. Dưới 30 lượt đánh giá hiển thị “chưa đủ
        mẫu”.
      </p>
      <table>
        <caption className="muted" style={{ textAlign: "left" }}>
          Chỉ số = 100 × (Rất hài lòng + Hài lòng) ÷ số lượt trả lời hợp lệ
        </caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col" className="num">
              Số lượt (n)
            </th>
            <th scope="col" className="num">
              Rất hài lòng
            </th>
            <th scope="col" className="num">
              Hài lòng
            </th>
            <th scope="col" className="num">
              Không hài lòng
            </th>
            <th scope="col" className="num">
              Chỉ số (%)
            </th>
            <th scope="col" className="num">
              Khoảng tin cậy 95%
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit, depth, summary }) => (
            <tr key={unit.id} data-unit={unit.slug}>
              <th
                scope="row"
                className={`indent-${Math.min(depth, 3)}`}
                style={{ fontWeight: depth === 0 ? 700 : 400 }}
              >
                <Link href={`/vi/don-vi/${unit.slug}`}>{unit.name}</Link>
              </th>
              <td className="num" data-col="n">
                {summary.n}
              </td>
              <td className="num">{summary.distribution[2]}</td>
              <td className="num">{summary.distribution[1]}</td>
              <td className="num">{summary.distribution[0]}</td>
              <td className="num" data-col="index">
                {summary.enoughSamples ? formatIndex(summary.index, "vi") : "chưa đủ mẫu"}
              </td>
              <td className="num">
                {summary.wilson && summary.enoughSamples
                  ? `${formatIndex(summary.wilson.low, "vi")} – ${formatIndex(summary.wilson.high, "vi")}`
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
