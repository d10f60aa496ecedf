import { getTranslations } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { buildTemplate, type ImportFormat } from "@/features/imports/procedure-import";

const types: Record<ImportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/**
 * GET /quan-ly/nhap/mau?dinh-dang=csv|xlsx|json — the import template (signed-in staff only). Its column
 * names are the file format, the same in every language; its notes are in the staff member's language.
 */
export async function GET(req: Request): Promise<Response> {
  if (!(await getActor())) return signedOutResponse();
  const requested = new URL(req.url).searchParams.get("dinh-dang") ?? "xlsx";
  const t = await getTranslations("imports.template");
  if (!(requested in types)) {
    return new Response(t("badFormat"), {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const format = requested as ImportFormat;
  const columns = await getTranslations("catalog.record.columns");
  const body = await buildTemplate(format, { sheet: t("sheet"), hint: (key) => columns(`${key}.hint`) });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": types[format],
      "content-disposition": `attachment; filename="mau-nhap-thu-tuc.${format}"`,
      "cache-control": "private, no-store",
    },
  });
}
