import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { dossierColumns } from "@/features/dossiers/dossier-import";
import { dossierImportUnits } from "@/features/dossiers/server/dossier-import";
import { DossierImportForms } from "@/features/dossiers/ui/dossier-import-forms";
import { commitDossierImportAction, dryRunDossierImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.dossiers.page");
  return { title: t("title"), robots: { index: false } };
}

/** Dossiers from a one-stop software's export, for units whose software has no API: dry run, then commit. */
export default async function DossierImportPage() {
  const manager = await requireActor();
  const t = await getTranslations("imports.dossiers");
  const units = await dossierImportUnits(manager);
  if (units.length === 0) return <p className="notice bad">{t("page.forbidden")}</p>;
  return (
    <>
      <h1>{t("page.heading")}</h1>
      <p>
        {t("page.templates")} <a href="/quan-ly/ho-so/nhap/mau?dinh-dang=xlsx">{t("page.excel")}</a> ·{" "}
        <a href="/quan-ly/ho-so/nhap/mau?dinh-dang=csv">CSV</a>. {t("page.intro")}
      </p>
      <details>
        <summary>{t("page.columnsSummary")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("page.columns.header")}</th>
              <th scope="col">{t("page.columns.key")}</th>
              <th scope="col">{t("page.columns.hint")}</th>
            </tr>
          </thead>
          <tbody>
            {dossierColumns.map((c) => (
              <tr key={c.key}>
                <td>{c.header}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{t(`columns.${c.key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <DossierImportForms
        dryRun={dryRunDossierImportAction}
        commit={commitDossierImportAction}
        units={units}
      />
    </>
  );
}
