import { resolveShortLink } from "@/features/units/server/short-link-queries";
import { langOfRequest } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";
import { env } from "@/lib/env";
import { qrPayload, qrSvg } from "@/lib/qr";
import { normalizeShortCode } from "@/lib/short-code";

/** GET /q/<code>/qr.svg — the QR of PUBLIC_BASE_URL/q/<code> (public, cacheable). */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ code: string }> },
): Promise<Response> {
  const code = normalizeShortCode((await params).code);
  const link = code ? await resolveShortLink(code) : undefined;
  if (!code || !link)
    return new Response(say(langOfRequest(req), phrase("errors.api.unknown_qr")), { status: 404 });
  const svg = qrSvg(qrPayload(env().PUBLIC_BASE_URL, code), { title: `Mã QR ${code}` });
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=86400",
      "content-disposition": `inline; filename="qr-${code}.svg"`,
    },
  });
}
