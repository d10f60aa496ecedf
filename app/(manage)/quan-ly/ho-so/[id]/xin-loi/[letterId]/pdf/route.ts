import { letterDownload } from "@/features/dossiers/server/letter-download";

type Params = { params: Promise<{ id: string; letterId: string }> };

/** The apology letter as PDF (GET: a link; POST: the download form with the addressee typed for the file). */
export async function GET(req: Request, { params }: Params): Promise<Response> {
  return letterDownload(req, params, "pdf");
}

export async function POST(req: Request, { params }: Params): Promise<Response> {
  return letterDownload(req, params, "pdf");
}
