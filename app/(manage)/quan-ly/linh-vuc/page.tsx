import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { listFieldsWithCounts } from "@/features/catalog/server/field-queries";
import { CreateFieldForm, EditFieldForms } from "@/features/catalog/ui/field-forms";
import { createFieldAction, mergeFieldAction, renameFieldAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.fields");
  return { title: t("title"), robots: { index: false } };
}

/** The fields procedures are grouped by: catalogue editors add, rename and merge them (each audited). */
export default async function FieldsPage() {
  const manager = await requireActor();
  const fields = await listFieldsWithCounts();
  const t = await getTranslations("catalog.fields");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("columns.code")}</th>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col" className="num">
              {t("columns.procedures")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.id} data-field={f.code}>
              <td>
                <code>{f.code}</code>
              </td>
              <td>
                {f.name}
                {f.nameEn ? <span className="muted"> ({f.nameEn})</span> : null}
              </td>
              <td className="num">{f.procedures}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manager.catalogEditor ? (
        <>
          <h2>{t("add")}</h2>
          <CreateFieldForm action={createFieldAction} />
          <h2>{t("editHeading")}</h2>
          {fields.map((f) => (
            <details key={f.id}>
              <summary>
                {f.name} <span className="muted">({f.code})</span>
              </summary>
              <EditFieldForms
                rename={renameFieldAction}
                merge={mergeFieldAction}
                field={f}
                others={fields.filter((o) => o.id !== f.id).map((o) => ({ id: o.id, name: o.name }))}
              />
            </details>
          ))}
        </>
      ) : (
        <p className="muted">{t("editorsOnly")}</p>
      )}
    </>
  );
}
