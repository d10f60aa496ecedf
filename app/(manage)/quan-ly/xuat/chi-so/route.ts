import { getLocale } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { type ExportFormat, exportFormats } from "@/features/index/figure-export";
import { exportFigures } from "@/features/index/server/exports";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";

/**
 * GET /quan-ly/xuat/chi-so?dinh-dang=csv|xlsx&<dashboard parameters>[&don-vi=<id>] — the table the
 * dashboard shows for the same parameters: the overview's units, or a unit followed by its ranking
 * (direct children, or every unit below with pham-vi=tat-ca). Scope-checked and audited; in the manager's
 * language.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const lang = (await getLocale()) as Lang;
  const t = translator(lang);
  const search = new URL(req.url).searchParams;
  const format = search.get("dinh-dang") ?? "csv";
  if (!(exportFormats as readonly string[]).includes(format)) {
    return plainText(t("index.files.errors.format"), 400);
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
          lang,
        });
  if (!file) return plainText(t("index.files.errors.unitNotFound"), 404);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.name}"`,
      "cache-control": "private, no-store",
    },
  });
}

function plainText(text: string, status: number): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
