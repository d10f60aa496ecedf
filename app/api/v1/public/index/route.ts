import { feedQuerySchema, feedRange } from "@/features/index/public-index";
import { loadFeed } from "@/features/index/server/public-figures";
import { HttpError, jsonErrorResponse, zodFieldErrors } from "@/lib/http";
import { localDay } from "@/lib/time";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/public/index?unit=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD — the published quick index of a
 * current unit's subtree and of each unit directly below it over a range (default: the latest full
 * month), with the 12-month trend. Public and cacheable; 400 names the bad field, 404 an unknown unit.
 */
export async function GET(req: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = feedQuerySchema.safeParse(params);
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error);
    return jsonErrorResponse(
      new HttpError(
        400,
        "invalid_query",
        `Tham số không hợp lệ: ${Object.keys(fields).join(", ")} / invalid parameter: ${Object.keys(fields).join(", ")}`,
        fields,
      ),
    );
  }
  const feed = await loadFeed(parsed.data.unit, feedRange(parsed.data, localDay(new Date())));
  if (!feed) {
    return jsonErrorResponse(
      new HttpError(404, "unit_not_found", "Không tìm thấy đơn vị đang hoạt động / unit not found", {
        unit: "Không có đơn vị đang hoạt động với mã này / no current unit has this id",
      }),
    );
  }
  return Response.json(feed, {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
