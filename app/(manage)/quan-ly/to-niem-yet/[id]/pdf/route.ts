import { getLocale } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { renderPosterPdf } from "@/features/posters/poster-pdf";
import { loadPosterForManager } from "@/features/posters/server/posters";
import type { Lang } from "@/i18n/locales";
import { say } from "@/i18n/phrase";

/** GET — the poster as a print-ready PDF with embedded fonts. Staff of the poster's units only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const found = await loadPosterForManager(manager, (await params).id);
  if (!found) {
    const lang = (await getLocale()) as Lang;
    return new Response(say(lang, { key: "posters.errors.notFound" }), {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const pdf = await renderPosterPdf(found.spec);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="to-niem-yet-${found.poster.id}.pdf"`,
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
    },
  });
}
