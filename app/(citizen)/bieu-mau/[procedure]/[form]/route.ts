import { formFileResponse } from "../../form-file-response";

/** GET /bieu-mau/<procedure code>/<form code> — the stored form file, with its type and name. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ procedure: string; form: string }> },
) {
  return formFileResponse(req, params, false);
}
