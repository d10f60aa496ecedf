import { getTranslations } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { buildDossierTemplate } from "@/features/dossiers/dossier-template";

const types = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /quan-ly/ho-so/nhap/mau?dinh-dang=csv|xlsx — the dossier import template (signed-in staff only). Its
 * column names are the file format, the same in every language; its notes are in the staff member's language.
 */
export async function GET(req: Request): Promise<Response> {
  if (!(await getActor())) return signedOutResponse();
  const requested = new URL(req.url).searchParams.get("dinh-dang") ?? "xlsx";
  const t = await getTranslations("imports.dossiers");
  if (requested !== "csv" && requested !== "xlsx") {
    return new Response(t("template.badFormat"), {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const body = await buildDossierTemplate(requested, {
    sheet: t("template.sheet"),
    hint: (key) => t(`columns.${key}`),
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": types[requested],
      "content-disposition": `attachment; filename="mau-nhap-ho-so.${requested}"`,
      "cache-control": "private, no-store",
    },
  });
}
