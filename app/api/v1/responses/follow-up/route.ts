import { addQuickFollowUp } from "@/db/queries/responses";
import { HttpError, htmlErrorResponse, readBodyCapped } from "@/lib/http";
import { followUpFormSchema, MAX_SUBMISSION_BYTES, zodFieldErrors } from "@/lib/survey-submission";

export const dynamic = "force-dynamic";

/** POST (form) — after "Không hài lòng": which elements went wrong and a comment. 303 to the thank-you page. */
export async function POST(req: Request): Promise<Response> {
  let back: string | null = null;
  let lang: "vi" | "en" = "vi";
  try {
    const params = new URLSearchParams(await readBodyCapped(req, MAX_SUBMISSION_BYTES));
    lang = params.get("lang") === "en" ? "en" : "vi";
    const parsed = followUpFormSchema.safeParse({
      idempotencyKey: params.get("idempotencyKey") ?? undefined,
      link: params.get("link") ?? undefined,
      lang,
      reasons: params.getAll("reasons"),
      comment: params.get("comment") ?? "",
    });
    if (!parsed.success) {
      throw new HttpError(
        400,
        "invalid_follow_up",
        "Góp ý không hợp lệ / invalid follow-up",
        zodFieldErrors(parsed.error),
      );
    }
    const f = parsed.data;
    back = `/${f.lang}/danh-gia/${f.link}/cam-on?k=${encodeURIComponent(f.idempotencyKey)}`;
    const updated = await addQuickFollowUp(f.idempotencyKey, f.reasons, f.comment);
    if (!updated) {
      throw new HttpError(
        409,
        "already_recorded",
        "Góp ý cho lượt đánh giá này đã được ghi nhận / already recorded",
      );
    }
    return new Response(null, { status: 303, headers: { location: `${back}&xong=1` } });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return htmlErrorResponse(error, back, lang);
  }
}
