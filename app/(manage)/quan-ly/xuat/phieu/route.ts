import { getLocale } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { parseExportRange } from "@/features/index/response-export";
import { exportResponses } from "@/features/index/server/exports";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { localDay } from "@/lib/time";

/**
 * GET /quan-ly/xuat/phieu?dinh-dang=csv&tu=YYYY-MM-DD&den=YYYY-MM-DD&don-vi=<id> — the raw responses of a
 * unit's subtree (and of the units merged into it) over a period, streamed as CSV. Without `don-vi`: the
 * manager's whole scope. A unit outside the scope is 404, like the dashboard, so ids cannot be probed.
 * Headers and messages in the manager's language.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const lang = (await getLocale()) as Lang;
  const t = translator(lang);
  const params = new URL(req.url).searchParams;
  if ((params.get("dinh-dang") ?? "csv") !== "csv") {
    return plainText(t("index.files.errors.csvOnly"), 400);
  }
  const range = parseExportRange(params.get("tu"), params.get("den"), localDay(new Date()));
  if (!range) {
    return plainText(t("index.files.errors.range"), 400);
  }
  const rawUnit = params.get("don-vi");
  const unitId = rawUnit && /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : null;
  const file =
    rawUnit !== null && unitId === null ? undefined : await exportResponses(manager, { unitId, range, lang });
  if (!file) {
    return plainText(t("index.files.errors.unitNotFound"), 404);
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

function plainText(text: string, status: number): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
