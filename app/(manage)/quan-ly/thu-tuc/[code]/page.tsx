import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { statusLabels } from "@/features/catalog/disclosure-labels";
import { contentToRecord } from "@/features/catalog/procedure-record";
import { parseFormRefs } from "@/features/catalog/procedure-text";
import { getProcedureForEdit, listOverrides } from "@/features/catalog/server/admin-queries";
import { listProcedureVersions } from "@/features/catalog/server/disclosure-queries";
import { listFormsForProcedure } from "@/features/catalog/server/form-queries";
import { ProcedureEditor } from "@/features/catalog/ui/procedure-editor";
import { AbolishForm, OverrideForm, UploadForm } from "@/features/catalog/ui/procedure-forms";
import { safeDecode } from "@/lib/url";
import {
  abolishProcedureAction,
  saveOverrideAction,
  saveProcedureAction,
  uploadFormAction,
} from "../actions";
import { editorOptions } from "../editor-options";

export const metadata: Metadata = { title: "Sửa thủ tục", robots: { index: false } };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ "da-luu"?: string }> };

export default async function EditProcedurePage({ params, searchParams }: Props) {
  const manager = await requireActor();
  const code = safeDecode((await params).code)?.toUpperCase();
  const found = code ? await getProcedureForEdit(code) : undefined;
  if (!found) notFound();
  const { procedure, version, fieldCode } = found;
  const overrides = await listOverrides(procedure.id, [...manager.editableUnitIds]);
  const visible = manager.catalogEditor || overrides.length > 0;
  if (!visible) notFound();
  const [versions, files, options] = await Promise.all([
    listProcedureVersions(procedure.id),
    listFormsForProcedure(procedure.id),
    editorOptions(manager, false),
  ]);
  const saved = (await searchParams)["da-luu"] === "1";
  const formRefs = parseFormRefs(version.content.forms);
  return (
    <>
      <h1>{version.name}</h1>
      {saved ? <Notice>Đã lưu phiên bản {version.versionNo}.</Notice> : null}
      <p>
        Mã {procedure.code}
        {procedure.hasNationalCode ? "" : " (chưa có mã quốc gia)"} · {statusLabels[procedure.status].vi} ·
        phiên bản {version.versionNo} (
        {version.effectiveStated ? `hiệu lực từ ${version.effectiveFrom}` : "chưa rõ ngày hiệu lực"}) ·{" "}
        {versions.length} phiên bản
      </p>

      {manager.catalogEditor ? (
        <details>
          <summary>
            <strong>Sửa nội dung (tạo phiên bản mới)</strong>
          </summary>
          <ProcedureEditor
            action={saveProcedureAction}
            mode="edit"
            initial={contentToRecord(
              procedure.code,
              fieldCode,
              version.content,
              null,
              procedure.hasNationalCode,
            )}
            options={options}
          />
        </details>
      ) : null}

      <h2>Quy định riêng tại đơn vị</h2>
      {overrides.length === 0 ? (
        <p>Không có đơn vị nào trong phạm vi của bạn thực hiện thủ tục này.</p>
      ) : null}
      {overrides.map((o) => (
        <section key={o.id} aria-labelledby={`o-${o.id}`}>
          <h3 id={`o-${o.id}`}>
            <Link href={`/vi/don-vi/${o.unitSlug}/thu-tuc/${procedure.code}`}>{o.unitName}</Link>
          </h3>
          <OverrideForm action={saveOverrideAction} unitProcedureId={o.id} current={o} />
        </section>
      ))}

      {manager.catalogEditor && formRefs.length > 0 ? (
        <>
          <h2>Tệp biểu mẫu</h2>
          <ul>
            {formRefs.map((f) => {
              const file = files.find((x) => x.code === f.code);
              return (
                <li key={f.code}>
                  {f.name} — {file ? `${file.fileName} (${Math.ceil(file.size / 1024)} KB)` : "chưa có tệp"}
                </li>
              );
            })}
          </ul>
          <UploadForm action={uploadFormAction} procedureCode={procedure.code} forms={formRefs} />
        </>
      ) : null}

      {manager.catalogEditor && procedure.status !== "abolished" ? (
        <>
          <h2>Bãi bỏ thủ tục</h2>
          <AbolishForm
            action={abolishProcedureAction}
            procedureCode={procedure.code}
            announcements={options.announcements}
            today={options.today}
          />
        </>
      ) : null}

      <h2>Lịch sử phiên bản</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.versionNo}>
            Phiên bản {v.versionNo}: {v.effectiveFrom} – {v.effectiveTo ?? "nay"}
            {v.announcementNumber ? ` · ${v.announcementNumber}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
