import { getFormFile } from "@/features/catalog/server/form-queries";
import { langOfRequest } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";
import { safeDecode } from "@/lib/url";

type Params = Promise<{ procedure: string; form: string }>;

/**
 * A stored form file, with its type and name: the file as uploaded, or (`pdf`) the PDF stored beside it —
 * named like the file, with ".pdf". 404 in the reader's language when there is none.
 */
export async function formFileResponse(req: Request, params: Params, pdf: boolean): Promise<Response> {
  const { procedure, form } = await params;
  const procedureCode = safeDecode(procedure)?.toUpperCase();
  const formCode = safeDecode(form);
  const found = procedureCode && formCode ? await getFormFile(procedureCode, formCode) : undefined;
  const file = !found
    ? undefined
    : !pdf
      ? { fileName: found.fileName, mimeType: found.mimeType, sha256: found.sha256, data: found.data }
      : found.pdfData && found.pdfSha256
        ? {
            fileName: `${found.fileName.replace(/\.[^.]*$/, "")}.pdf`,
            mimeType: "application/pdf",
            sha256: found.pdfSha256,
            data: found.pdfData,
          }
        : undefined;
  if (!file) {
    return new Response(say(langOfRequest(req), phrase("errors.api.unknown_form")), {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const etag = `"${file.sha256}"`;
  const headers = {
    "content-type": file.mimeType,
    "content-disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "cache-control": "public, max-age=3600, must-revalidate",
    etag,
    "x-content-type-options": "nosniff",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.data), {
    headers: { ...headers, "content-length": String(file.data.length) },
  });
}
