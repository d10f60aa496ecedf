import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/features/access/server/actor";
import { listBursts } from "@/features/survey/server/burst-queries";
import { countFlaggedByReason, listFlaggedResponses } from "@/features/survey/server/flagged-queries";
import { flagReasonLabels } from "@/features/survey/velocity";
import { reviewPeriod, windowLabel } from "@/lib/abnormal-answers";
import { burstStatusLabels } from "@/lib/constants";
import { formatDate, formatDateTime, localDay } from "@/lib/time";

export const metadata: Metadata = { title: "Đánh giá bất thường", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Answers kept out of every index: bursts held by surge detection, waiting for a unit administrator's
 * decision, and answers flagged by velocity limits or the honeypot. Everything is stored; nothing here counts.
 */
export default async function AbnormalAnswersPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const scope = [...manager.scopeUnitIds];
  const { from, to } = reviewPeriod(await searchParams);
  const since = Date.parse(`${from}T00:00:00+07:00`);
  const [bursts, byReason, rows] = await Promise.all([
    listBursts(scope, since),
    countFlaggedByReason(scope, from, to),
    listFlaggedResponses(scope, from, to),
  ]);
  const total = byReason.reduce((n, r) => n + r.count, 0);
  const pending = bursts.filter((b) => b.status === "pending");
  return (
    <>
      <h1>Đánh giá bất thường</h1>
      <p>
        {formatDate(from, "vi")} – {formatDate(to, "vi")}. Các lượt đánh giá dưới đây vẫn được lưu đầy đủ
        nhưng <strong>không được tính</strong> vào chỉ số hài lòng, trên bảng công khai và trong báo cáo — trừ
        khi quản trị đơn vị xác nhận một đợt là đánh giá thật. Không lưu địa chỉ IP; thiết bị và địa chỉ mạng
        chỉ được nhận biết qua mã băm thay đổi hằng tháng.
      </p>

      <h2>Đợt tăng đột biến</h2>
      <p className="muted">
        Khi một mã QR hoặc một đơn vị nhận số lượt đánh giá vượt xa mức thường ngày, cả đợt được giữ lại để
        xem xét.{" "}
        {pending.length > 0 ? `${pending.length} đợt đang chờ xem xét.` : "Không có đợt nào đang chờ."}
      </p>
      {bursts.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            Đợt chờ xem xét trước, rồi các đợt bắt đầu trong kỳ
          </caption>
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Mã QR</th>
              <th scope="col" className="num">
                Số lượt
              </th>
              <th scope="col">Vượt ngưỡng</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {bursts.map((b) => (
              <tr key={b.id}>
                <td>
                  <Link href={`/quan-ly/phieu-gan-co/dot/${b.id}`}>
                    {formatDateTime(b.startedAt, "vi")} – {timeFormat.format(b.lastAt)}
                  </Link>
                </td>
                <td>{b.unitName}</td>
                <td>{b.shortLinkCode ?? "toàn đơn vị"}</td>
                <td className="num">{b.held.toLocaleString("vi-VN")}</td>
                <td>
                  hơn {b.threshold.toLocaleString("vi-VN")} lượt / {windowLabel(b.windowMinutes)} (thường ngày
                  nhiều nhất {b.baseline.toLocaleString("vi-VN")})
                </td>
                <td>{burstStatusLabels[b.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>Phiếu bị gắn cờ</h2>
      <p>
        <strong>{total}</strong> phiếu bị gắn cờ trong kỳ (kể cả các đợt tăng đột biến chưa được xác nhận).
      </p>
      {byReason.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            Theo lý do
          </caption>
          <thead>
            <tr>
              <th scope="col">Lý do</th>
              <th scope="col" className="num">
                Số phiếu
              </th>
            </tr>
          </thead>
          <tbody>
            {byReason.map((r) => (
              <tr key={r.reason ?? "none"}>
                <td>{flagReasonLabels[r.reason ?? ""] ?? r.reason ?? "—"}</td>
                <td className="num">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rows.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            {rows.length < total ? `${rows.length} phiếu gần nhất` : "Danh sách phiếu"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Kênh</th>
              <th scope="col">Mã QR</th>
              <th scope="col">Phiếu, câu trả lời</th>
              <th scope="col">Lý do</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {formatDate(localDay(r.submittedAt), "vi")} {timeFormat.format(r.submittedAt)}
                </td>
                <td>{r.unitName}</td>
                <td>{r.channel}</td>
                <td>{r.shortLinkCode ?? "—"}</td>
                <td>
                  <code>{r.instrumentKey}</code> {r.answers}
                </td>
                <td>{flagReasonLabels[r.flagReason ?? ""] ?? r.flagReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Không có phiếu nào bị gắn cờ.</p>
      )}
    </>
  );
}
