import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { emptyRecord } from "@/features/catalog/procedure-record";
import { PasteProcedure } from "@/features/catalog/ui/paste-procedure";
import { pasteProcedureAction, saveProcedureAction } from "../actions";
import { editorOptions } from "../editor-options";

export const metadata: Metadata = { title: "Thêm thủ tục", robots: { index: false } };

export default async function NewProcedurePage() {
  const manager = await requireActor();
  if (!manager.catalogEditor) {
    return <p className="notice bad">Bạn không có quyền thêm thủ tục vào danh mục.</p>;
  }
  return (
    <>
      <h1>Thêm thủ tục hành chính</h1>
      <PasteProcedure
        paste={pasteProcedureAction}
        save={saveProcedureAction}
        initial={emptyRecord()}
        options={await editorOptions(manager, true)}
      />
    </>
  );
}
