import { getActor } from "@/features/access/server/actor";
import { renderPosterPdf } from "@/features/posters/poster-pdf";
import { loadPosterForManager } from "@/features/posters/server/posters";

/** GET — the poster as a print-ready PDF with embedded fonts. Staff of the poster's units only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const manager = await getActor();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const found = await loadPosterForManager(manager, (await params).id);
  if (!found) return new Response("Không tìm thấy tờ niêm yết / poster not found", { status: 404 });
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
