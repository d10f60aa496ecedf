import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { recordColumns } from "@/features/catalog/procedure-record";
import { ImportForms } from "@/features/imports/ui/import-forms";
import { editorOptions } from "../thu-tuc/editor-options";
import { commitImportAction, dryRunImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.page");
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage() {
  const manager = await requireActor();
  const t = await getTranslations("imports.page");
  if (!manager.catalogEditor) return <p className="notice bad">{t("forbidden")}</p>;
  const columns = await getTranslations("catalog.record.columns");
  const options = await editorOptions(manager, true);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        {t("templates")} <a href="/quan-ly/nhap/mau?dinh-dang=xlsx">{t("excel")}</a> ·{" "}
        <a href="/quan-ly/nhap/mau?dinh-dang=csv">CSV</a> ·{" "}
        <a href="/quan-ly/nhap/mau?dinh-dang=json">JSON</a>. {t("intro")}
      </p>
      <details>
        <summary>{t("columnsSummary")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("columns.header")}</th>
              <th scope="col">{t("columns.key")}</th>
              <th scope="col">{t("columns.hint")}</th>
            </tr>
          </thead>
          <tbody>
            {recordColumns.map((c) => (
              <tr key={c.key}>
                <td>{c.header}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{columns(`${c.key}.hint`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ImportForms
        dryRun={dryRunImportAction}
        commit={commitImportAction}
        announcements={options.announcements}
        units={options.units ?? []}
        today={options.today}
      />
    </>
  );
}
