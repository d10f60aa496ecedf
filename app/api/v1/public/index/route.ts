import { feedQuerySchema, feedRange, MAX_FEED_DAYS } from "@/features/index/public-index";
import { loadFeed } from "@/features/index/server/public-figures";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
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
  const lang = langFromAcceptLanguage(req.headers.get("accept-language"));
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = feedQuerySchema.safeParse(params);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(zodFieldErrors(parsed.error)).map(([field, text]) => [
        field,
        typeof text === "string" ? text : phrase(text.key, { field, max: MAX_FEED_DAYS }),
      ]),
    );
    return jsonErrorResponse(
      new HttpError(
        400,
        "invalid_query",
        phrase("index.feed.errors.invalidQuery", { fields: Object.keys(fields).join(", ") }),
        fields,
      ),
      lang,
    );
  }
  const feed = await loadFeed(parsed.data.unit, feedRange(parsed.data, localDay(new Date())));
  if (!feed) {
    return jsonErrorResponse(
      new HttpError(404, "unit_not_found", phrase("index.feed.errors.unitNotFound"), {
        unit: phrase("index.feed.errors.noUnit"),
      }),
      lang,
    );
  }
  return Response.json(feed, {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
