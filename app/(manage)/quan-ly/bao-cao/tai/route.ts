import { getLocale } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { parseReportRequest } from "@/features/reports/report-request";
import { periodicReport } from "@/features/reports/server/periodic-report";
import type { Lang } from "@/i18n/locales";
import { say, translator } from "@/i18n/phrase";
import { localDay } from "@/lib/time";

/**
 * GET /quan-ly/bao-cao/tai?don-vi=<id>&ky=thang-2026-11|quy-2026-4|6-thang-2026-1|nam-2026
 * &pham-vi=cay|don-vi&dinh-dang=docx|pdf|xlsx — the periodic report of a unit in the manager's scope, in
 * their language: 400 naming the parameter, 404 outside the scope; audited as an export.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const lang = (await getLocale()) as Lang;
  const request = parseReportRequest(new URL(req.url).searchParams, localDay(new Date()));
  if (!request.ok) return plainText(say(lang, request.problem), 400);
  const file = await periodicReport(manager, { ...request.value, lang });
  if (!file) return plainText(translator(lang)("reports.errors.unitNotFound"), 404);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": file.disposition,
      "cache-control": "private, no-store",
    },
  });
}

function plainText(text: string, status: number): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
