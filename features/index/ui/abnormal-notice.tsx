import Link from "next/link";
import { reviewHref } from "@/lib/abnormal-answers";

/**
 * Says, on every dashboard whose period has them, that answers were held for review or flagged — so a
 * figure that looks calm is never read without knowing what was left out of it.
 */
export function AbnormalNotice({
  held,
  flagged,
  period,
}: {
  held: number;
  flagged: number;
  period: { from: string; to: string };
}) {
  if (held === 0 && flagged === 0) return null;
  return (
    <p className="notice warn" role="status" data-testid="abnormal-notice">
      {held > 0 ? (
        <strong>{held.toLocaleString("vi-VN")} lượt đánh giá bất thường đang chờ xem xét</strong>
      ) : null}
      {held > 0 && flagged > 0 ? "; " : null}
      {flagged > 0 ? `${flagged.toLocaleString("vi-VN")} lượt bị gắn cờ` : null} — không được tính vào chỉ số
      dưới đây. <Link href={reviewHref(period)}>Xem và quyết định</Link>
    </p>
  );
}
