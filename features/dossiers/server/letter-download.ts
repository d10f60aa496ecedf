import "server-only";
import { getLocale } from "next-intl/server";
import { getActor } from "@/features/access/server/actor";
import { signedOutResponse } from "@/features/access/server/manager-action";
import { attachmentDisposition } from "@/features/documents/admin-document";
import { asLang, type Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { crossSiteRefusal } from "@/lib/csrf";
import type { LetterFormat } from "../apology-letter";
import { apologyLetterFile } from "./letters";

const ID = /^\d{1,9}$/;
const ADDRESSEE_MAX = 200;

/**
 * GET (a link: blank addressee, `?ngon-ngu=en` for English) or POST (the download form: `addressee`,
 * `lang`) of /quan-ly/ho-so/<id>/xin-loi/<letterId>/pdf|docx — the apology letter as a file, for staff who
 * may see the dossier's unit; 404 for anything else. Vietnamese, the official language, unless asked.
 */
export async function letterDownload(
  req: Request,
  params: Promise<{ id: string; letterId: string }>,
  format: LetterFormat,
): Promise<Response> {
  if (req.method === "POST") {
    const refused = crossSiteRefusal(req);
    if (refused) return refused;
  }
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const { id, letterId } = await params;
  let asked: string | null = new URL(req.url).searchParams.get("ngon-ngu");
  let addressee: string | null = null;
  if (req.method === "POST") {
    const form = await req.formData().catch(() => null);
    const lang = form?.get("lang");
    const name = form?.get("addressee");
    if (typeof lang === "string") asked = lang;
    if (typeof name === "string") addressee = name.trim().slice(0, ADDRESSEE_MAX) || null;
  }
  const file =
    ID.test(id) && ID.test(letterId)
      ? await apologyLetterFile(manager, {
          dossierId: Number(id),
          letterId: Number(letterId),
          format,
          lang: asLang(asked),
          addressee,
        })
      : undefined;
  if (!file) {
    const t = translator((await getLocale()) as Lang);
    return new Response(t("dossiers.letterForm.errors.dossier"), {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": attachmentDisposition(file.name),
      "cache-control": "private, no-store",
    },
  });
}
