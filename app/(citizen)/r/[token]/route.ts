import { RECEIPT_TOKEN } from "@/features/survey/submission";
import { langOfRequest } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";

/** GET /r/<token> — the short survey link printed on a dossier receipt. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token } = await params;
  if (!RECEIPT_TOKEN.test(token))
    return new Response(say(langOfRequest(req), phrase("errors.api.not_found")), { status: 404 });
  return new Response(null, {
    status: 307,
    headers: { location: `/vi/bien-nhan/${token}`, "cache-control": "no-store" },
  });
}
