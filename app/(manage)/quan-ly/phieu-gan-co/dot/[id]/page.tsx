import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/features/access/server/actor";
import { channelLabels } from "@/features/index/dashboard-params";
import { getSetting } from "@/features/settings/server/settings";
import { getBurstReview } from "@/features/survey/server/burst-queries";
import { parseSurgeSettings, SURGE_SETTING_KEY } from "@/features/survey/surge";
import { BurstDecisionForm } from "@/features/survey/ui/burst-forms";
import { windowLabel } from "@/lib/abnormal-answers";
import { burstStatusLabels, type Channel, channels } from "@/lib/constants";
import { formatDateTime } from "@/lib/time";
import { decideBurstAction } from "../../actions";

export const metadata: Metadata = { title: "Đợt tăng đột biến", robots: { index: false } };

const percent = (part: number, whole: number) =>
  whole === 0 ? "—" : `${((100 * part) / whole).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`;

/** One held burst with what a unit administrator needs to decide whether its answers are genuine. */
export default async function BurstPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const settings = parseSurgeSettings(await getSetting(SURGE_SETTING_KEY));
  const burst = await getBurstReview(Number(id), [...manager.scopeUnitIds], settings.baselineDays);
  if (!burst) notFound();
  const inBurst = burst.distribution.reduce((n, d) => n + d.burst, 0);
  const usual = burst.distribution.reduce((n, d) => n + d.usual, 0);
  const mayDecide = manager.editableUnitIds.has(burst.unitId);
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-gan-co">← Đánh giá bất thường</Link>
      </p>
      <h1>Đợt tăng đột biến — {burst.unitName}</h1>
      <p className={burst.status === "pending" ? "notice warn" : "notice"} role="status">
        <strong>{burstStatusLabels[burst.status]}</strong>
        {burst.decidedAt ? ` (${formatDateTime(burst.decidedAt, "vi")})` : ""}.{" "}
        {burst.status === "confirmed"
          ? "Các lượt đánh giá của đợt được tính vào chỉ số."
          : "Các lượt đánh giá của đợt được lưu nhưng không tính vào chỉ số, bảng công khai hay báo cáo."}
      </p>
      <dl className="facts">
        <dt>Thời gian</dt>
        <dd>
          {formatDateTime(burst.startedAt, "vi")} – {formatDateTime(burst.lastAt, "vi")}
        </dd>
        <dt>Số lượt đánh giá</dt>
        <dd>{burst.held.toLocaleString("vi-VN")}</dd>
        <dt>Phạm vi</dt>
        <dd>{burst.shortLinkCode ? `Mã QR ${burst.shortLinkCode}` : "Toàn đơn vị (mọi mã QR)"}</dd>
        <dt>Lý do giữ lại</dt>
        <dd>
          Hơn {burst.threshold.toLocaleString("vi-VN")} lượt trong {windowLabel(burst.windowMinutes)}; thường
          ngày nhiều nhất {burst.baseline.toLocaleString("vi-VN")} lượt trong{" "}
          {windowLabel(burst.windowMinutes)} ({settings.baselineDays} ngày trước đó).
        </dd>
        <dt>Thiết bị</dt>
        <dd>
          {burst.devices.toLocaleString("vi-VN")} thiết bị khác nhau (nhận biết qua cookie của trang khảo sát)
          {burst.withoutDevice > 0
            ? `; ${burst.withoutDevice.toLocaleString("vi-VN")} lượt gửi thẳng, không qua trang khảo sát (không có cookie thiết bị)`
            : ""}
        </dd>
      </dl>

      <h2>Phân bố câu trả lời so với thường ngày</h2>
      <table>
        <caption className="muted" style={{ textAlign: "left" }}>
          Câu hỏi nhanh: trong đợt và tại đơn vị trong {settings.baselineDays} ngày trước đợt (chỉ các lượt
          được tính)
        </caption>
        <thead>
          <tr>
            <th scope="col">Mức đánh giá</th>
            <th scope="col" className="num">
              Trong đợt
            </th>
            <th scope="col" className="num">
              Tỷ lệ
            </th>
            <th scope="col" className="num">
              Thường ngày
            </th>
            <th scope="col" className="num">
              Tỷ lệ
            </th>
          </tr>
        </thead>
        <tbody>
          {burst.distribution.map((d) => (
            <tr key={d.value}>
              <th scope="row">{burst.levelLabels[d.value] ?? d.value}</th>
              <td className="num">{d.burst.toLocaleString("vi-VN")}</td>
              <td className="num">{percent(d.burst, inBurst)}</td>
              <td className="num">{d.usual.toLocaleString("vi-VN")}</td>
              <td className="num">{percent(d.usual, usual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {burst.otherInstruments > 0 ? (
        <p className="muted">Và {burst.otherInstruments} phiếu khảo sát đầy đủ trong đợt.</p>
      ) : null}

      <h2>Theo mã QR và kênh</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Mã QR</th>
            <th scope="col" className="num">
              Số lượt
            </th>
          </tr>
        </thead>
        <tbody>
          {burst.links.map((l) => (
            <tr key={l.code ?? "none"}>
              <td>{l.code ?? "—"}</td>
              <td className="num">{l.count.toLocaleString("vi-VN")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {burst.channels.map((c) => (
          <li key={c.channel}>
            {channels.includes(c.channel as Channel) ? channelLabels[c.channel as Channel] : c.channel}:{" "}
            {c.count.toLocaleString("vi-VN")}
          </li>
        ))}
      </ul>

      <h2>Quyết định</h2>
      {mayDecide ? (
        <BurstDecisionForm action={decideBurstAction} burstId={burst.id} status={burst.status} />
      ) : (
        <p>Chỉ quản trị đơn vị {burst.unitName} hoặc đơn vị cấp trên quyết định đợt này.</p>
      )}
    </>
  );
}
