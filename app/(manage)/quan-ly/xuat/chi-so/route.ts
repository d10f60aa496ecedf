import { getActor } from "@/features/access/server/actor";
import { type ExportFormat, exportFormats } from "@/features/index/figure-export";
import { exportFigures } from "@/features/index/server/exports";

/**
 * GET /quan-ly/xuat/chi-so?dinh-dang=csv|xlsx&<dashboard parameters>[&don-vi=<id>] — the table the
 * dashboard shows for the same parameters: the overview's units, or a unit followed by its ranking
 * (direct children, or every unit below with pham-vi=tat-ca). Scope-checked and audited.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const search = new URL(req.url).searchParams;
  const format = search.get("dinh-dang") ?? "csv";
  if (!(exportFormats as readonly string[]).includes(format)) {
    return new Response("dinh-dang: phải là csv hoặc xlsx / format must be csv or xlsx", { status: 400 });
  }
  const rawUnit = search.get("don-vi");
  const unitId = rawUnit && /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : null;
  const file =
    rawUnit !== null && unitId === null
      ? undefined
      : await exportFigures(manager, {
          unitId,
          format: format as ExportFormat,
          params: Object.fromEntries(search),
        });
  if (!file) return new Response("Không tìm thấy đơn vị / unit not found", { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.name}"`,
      "cache-control": "private, no-store",
    },
  });
}
