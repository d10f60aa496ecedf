import type { Metadata } from "next";
import { countFlaggedByReason, listFlaggedResponses } from "@/db/queries/flagged";
import { requireManager } from "@/lib/auth/manager";
import { formatDate, lastDays, localDay } from "@/lib/time";
import { flagReasonLabels } from "@/lib/velocity";

export const metadata: Metadata = { title: "Phiếu bị gắn cờ / Flagged responses", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Responses flagged by abuse control: kept, visible here, and left out of every index by default. */
export default async function FlaggedResponsesPage() {
  const manager = await requireManager();
  const scope = [...manager.scopeUnitIds];
  const { from, to } = lastDays(30);
  const [byReason, rows] = await Promise.all([
    countFlaggedByReason(scope, from, to),
    listFlaggedResponses(scope, from, to),
  ]);
  const total = byReason.reduce((n, r) => n + r.count, 0);
  return (
    <>
      <h1>Phiếu bị gắn cờ</h1>
      <p>
        30 ngày qua ({formatDate(from, "vi")} – {formatDate(to, "vi")}): <strong>{total}</strong> phiếu bị gắn
        cờ. Phiếu bị gắn cờ vẫn được lưu đầy đủ nhưng không được tính vào chỉ số hài lòng. Không lưu địa chỉ
        IP; thiết bị chỉ được nhận biết qua mã băm thay đổi hằng tháng.
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
