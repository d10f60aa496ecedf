import { getActor } from "@/features/access/server/actor";
import { recordEvent } from "@/features/access/server/change";
import { parseExportRange } from "@/features/index/response-export";
import { exportUnitIds, responsesCsvStream } from "@/features/index/server/responses-csv";
import { localDay } from "@/lib/time";

/** Every manager role reads citizens' comments on the dashboard, so every export carries them. */
const MANAGERS_READ_COMMENTS = true;

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
  if (rawUnit !== null && (unitId === null || !manager.scopeUnitIds.has(unitId))) {
    return new Response("Không tìm thấy đơn vị trong phạm vi của bạn / unit not found", { status: 404 });
  }
  const unitIds = await exportUnitIds(unitId === null ? manager.rootUnitIds : [unitId]);
  await recordEvent(manager.userId, {
    action: "export.responses",
    entity: "unit",
    entityId: unitId === null ? null : String(unitId),
    unitId,
    details: { format: "csv", ...range, units: unitIds.length },
  });
  const name = `phieu-tra-loi-${unitId ?? "pham-vi"}-${range.from}-${range.to}.csv`;
  return new Response(responsesCsvStream({ unitIds, range, includeComments: MANAGERS_READ_COMMENTS }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
