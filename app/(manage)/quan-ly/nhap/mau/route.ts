import { getActor } from "@/features/access/server/actor";
import { buildTemplate, type ImportFormat } from "@/features/imports/procedure-import";

const types: Record<ImportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** GET /quan-ly/nhap/mau?dinh-dang=csv|xlsx|json — the import template (signed-in staff only). */
export async function GET(req: Request): Promise<Response> {
  if (!(await getActor())) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const requested = new URL(req.url).searchParams.get("dinh-dang") ?? "xlsx";
  if (!(requested in types)) {
    return new Response("Định dạng phải là csv, xlsx hoặc json / format must be csv, xlsx or json", {
      status: 400,
    });
  }
  const format = requested as ImportFormat;
  const body = await buildTemplate(format);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": types[format],
      "content-disposition": `attachment; filename="mau-nhap-thu-tuc.${format}"`,
      "cache-control": "private, no-store",
    },
  });
}
