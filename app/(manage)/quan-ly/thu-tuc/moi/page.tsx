import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { emptyRecord } from "@/features/catalog/procedure-record";
import { PasteProcedure } from "@/features/catalog/ui/paste-procedure";
import { pasteProcedureAction, saveProcedureAction } from "../actions";
import { editorOptions } from "../editor-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.create");
  return { title: t("title"), robots: { index: false } };
}

export default async function NewProcedurePage() {
  const manager = await requireActor();
  const t = await getTranslations("catalog.create");
  if (!manager.catalogEditor) {
    return <p className="notice bad">{t("forbidden")}</p>;
  }
  return (
    <>
      <h1>{t("heading")}</h1>
      <PasteProcedure
        paste={pasteProcedureAction}
        save={saveProcedureAction}
        initial={emptyRecord()}
        options={await editorOptions(manager, true)}
      />
    </>
  );
}
