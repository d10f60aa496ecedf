import type { ProcedureContent } from "@/features/catalog/procedure-content";
import { nationalTimeLimit, readTimeLimit } from "@/features/catalog/time-limit";

/**
 * The demo's local rule "Rút ngắn": one working day less than the procedure's own limit, only where that is
 * a number of working days above one (never "01 ngày" beside a national "ngay trong ngày").
 */
export function shortenedTimeLimit(content: ProcedureContent): string | null {
  const rule = readTimeLimit(nationalTimeLimit(content));
  if (!rule?.working || rule.days < 2) return null;
  const days = String(rule.days - 1).padStart(2, "0");
  return `Rút ngắn: trả kết quả trong ${days} ngày làm việc khi hồ sơ đầy đủ, hợp lệ`;
}
