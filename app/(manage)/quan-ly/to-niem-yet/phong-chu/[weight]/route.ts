import { readFile } from "node:fs/promises";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { POSTER_FONTS } from "@/features/posters/poster-pdf";

/**
 * GET — the font a poster is drawn with (Noto Sans, SIL Open Font License), for the print view: the
 * browser then draws its text exactly as the PDF does. Signed-in staff, like the print view itself.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ weight: string }> }) {
  if (!(await getActor())) return signedOutResponse();
  const { weight } = await params;
  const file = weight === "400" || weight === "700" ? POSTER_FONTS[weight] : undefined;
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), {
    headers: { "content-type": "font/ttf", "cache-control": "private, max-age=86400" },
  });
}
