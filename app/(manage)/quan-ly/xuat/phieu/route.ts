import { getActor } from "@/features/access/server/actor";
import { parseExportRange } from "@/features/index/response-export";
import { exportResponses } from "@/features/index/server/exports";
import { localDay } from "@/lib/time";

/**
 * GET /quan-ly/xuat/phieu?dinh-dang=csv&tu=YYYY-MM-DD&den=YYYY-MM-DD&don-vi=<id> — the raw responses of a
 * unit's subtree (and of the units merged into it) over a period, streamed as CSV. Without `don-vi`: the
 * manager's whole scope. A unit outside the scope is 404, like the dashboard, so ids cannot be probed.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const params = new URL(req.url).searchParams;
  if ((params.get("dinh-dang") ?? "csv") !== "csv") {
    return new Response("Định dạng phải là csv / format must be csv", { status: 400 });
  }
  const range = parseExportRange(params.get("tu"), params.get("den"), localDay(new Date()));
  if (!range) {
    return new Response("Khoảng ngày không hợp lệ (tu ≤ den, YYYY-MM-DD) / invalid day range", {
      status: 400,
    });
  }
  const rawUnit = params.get("don-vi");
  const unitId = rawUnit && /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : null;
  const file =
    rawUnit !== null && unitId === null ? undefined : await exportResponses(manager, { unitId, range });
  if (!file) {
    return new Response("Không tìm thấy đơn vị trong phạm vi của bạn / unit not found", { status: 404 });
  }
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
