import { feedQuerySchema, feedRange, MAX_FEED_DAYS } from "@/features/index/public-index";
import { loadFeed } from "@/features/index/server/public-figures";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { isMessageKey, translator } from "@/i18n/phrase";
import { HttpError, jsonErrorResponse, zodFieldErrors } from "@/lib/http";
import { localDay } from "@/lib/time";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/public/index?unit=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD — the published quick index of a
 * current unit's subtree and of each unit directly below it over a range (default: the latest full
 * month), with the 12-month trend. Public and cacheable; 400 names the bad field, 404 an unknown unit.
 * Errors are said in the language of `Accept-Language` (Vietnamese unless English comes first).
 */
export async function GET(req: Request): Promise<Response> {
  const t = translator(langFromAcceptLanguage(req.headers.get("accept-language")));
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = feedQuerySchema.safeParse(params);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(zodFieldErrors(parsed.error)).map(([field, message]) => [
        field,
        isMessageKey(message) ? t(message, { field, max: MAX_FEED_DAYS }) : message,
      ]),
    );
    return jsonErrorResponse(
      new HttpError(
        400,
        "invalid_query",
        t("index.feed.errors.invalidQuery", { fields: Object.keys(fields).join(", ") }),
        fields,
      ),
    );
  }
  const feed = await loadFeed(parsed.data.unit, feedRange(parsed.data, localDay(new Date())));
  if (!feed) {
    return jsonErrorResponse(
      new HttpError(404, "unit_not_found", t("index.feed.errors.unitNotFound"), {
        unit: t("index.feed.errors.noUnit"),
      }),
    );
  }
  return Response.json(feed, {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
