import { getTranslations } from "next-intl/server";
import { describeFile, formatFileSize, wantsPdfBeside } from "@/features/catalog/form-file";
import type { FormRef } from "@/features/catalog/procedure-text";
import type { Disclosure } from "@/features/catalog/server/disclosure-queries";
import type { Lang } from "@/i18n/locales";

/** Where a form's file is downloaded (`pdf`: the PDF stored beside it). */
export function formHref(procedureCode: string, formCode: string, pdf = false): string {
  const base = `/bieu-mau/${encodeURIComponent(procedureCode)}/${encodeURIComponent(formCode)}`;
  return pdf ? `${base}/pdf` : base;
}

/**
 * The forms a procedure names, each with its file's type and size ("Tờ khai (RTF, 12 KB)") and, beside a
 * word processor's file, its PDF — or a word that there is none yet, since most phones cannot open RTF.
 */
export async function FormDownloads({
  refs,
  files,
  procedureCode,
  lang,
}: {
  refs: FormRef[];
  files: Disclosure["formFiles"];
  procedureCode: string;
  lang: Lang;
}) {
  const t = await getTranslations({ locale: lang, namespace: "disclosure.forms" });
  return (
    <ul className="marked marked-dash">
      {refs.map((f) => {
        const file = files.get(f.code);
        return (
          <li key={f.code}>
            <span className="marker">{f.marker ?? "-"}</span>{" "}
            {file ? (
              <>
                <a href={formHref(procedureCode, f.code)} download>
                  {f.name} ({describeFile(file.fileName, file.size, lang)})
                </a>
                {file.pdfSize !== null ? (
                  <>
                    {" · "}
                    <a href={formHref(procedureCode, f.code, true)} download>
                      {t("pdf", { size: formatFileSize(file.pdfSize, lang) })}
                      <span className="visually-hidden">: {f.name}</span>
                    </a>
                  </>
                ) : wantsPdfBeside(file.fileName) ? (
                  <span className="muted"> · {t("noPdf")}</span>
                ) : null}
              </>
            ) : (
              f.name
            )}
          </li>
        );
      })}
    </ul>
  );
}
