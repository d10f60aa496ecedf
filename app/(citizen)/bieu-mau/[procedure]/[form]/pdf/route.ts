import { formFileResponse } from "../../../form-file-response";

/** GET /bieu-mau/<procedure code>/<form code>/pdf — the PDF stored beside a form's RTF or DOC file. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ procedure: string; form: string }> },
) {
  return formFileResponse(req, params, true);
}
