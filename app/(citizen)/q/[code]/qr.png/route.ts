import { resolveShortLink } from "@/features/units/server/short-link-queries";
import { langOfRequest } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";
import { env } from "@/lib/env";
import { QR_PNG_MAX, QR_PNG_MIN, qrPayload, qrPng } from "@/lib/qr";
import { normalizeShortCode } from "@/lib/short-code";

/** GET /q/<code>/qr.png?size=<px> — the QR as a PNG of the chosen width (64–4096 px, default 512). */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ code: string }> },
): Promise<Response> {
  const raw = new URL(req.url).searchParams.get("size") ?? "512";
  const size = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(size >= QR_PNG_MIN && size <= QR_PNG_MAX)) {
    return Response.json(
      {
        error: {
          code: "invalid_size",
          message: say(
            langOfRequest(req),
            phrase("errors.api.invalid_qr_size", { min: QR_PNG_MIN, max: QR_PNG_MAX }),
          ),
          fields: { size: `${QR_PNG_MIN}–${QR_PNG_MAX}` },
        },
      },
      { status: 400 },
    );
  }
  const code = normalizeShortCode((await params).code);
  const link = code ? await resolveShortLink(code) : undefined;
  if (!code || !link)
    return new Response(say(langOfRequest(req), phrase("errors.api.unknown_qr")), { status: 404 });
  const png = await qrPng(qrPayload(env().PUBLIC_BASE_URL, code), size);
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "cache-control": "public, max-age=86400",
      "content-disposition": `inline; filename="qr-${code}-${size}.png"`,
    },
  });
}
