import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { listFieldsWithCounts } from "@/features/catalog/server/field-queries";
import { CreateFieldForm, EditFieldForms } from "@/features/catalog/ui/field-forms";
import { createFieldAction, mergeFieldAction, renameFieldAction } from "./actions";

export const metadata: Metadata = { title: "Lĩnh vực", robots: { index: false } };

/** The fields procedures are grouped by: catalogue editors add, rename and merge them (each audited). */
export default async function FieldsPage() {
  const manager = await requireActor();
  const fields = await listFieldsWithCounts();
  return (
    <>
      <h1>Lĩnh vực thủ tục hành chính</h1>
      <p>
        Thủ tục được nhóm theo lĩnh vực trên trang của mỗi đơn vị. Khi nhập tệp, lĩnh vực chưa có được đề nghị
        tạo ngay ở bước kiểm tra.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col" className="num">
              Số thủ tục
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
          <h2>Thêm lĩnh vực</h2>
          <CreateFieldForm action={createFieldAction} />
          <h2>Đổi tên, gộp lĩnh vực</h2>
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
        <p className="muted">Chỉ quản trị danh mục thủ tục mới thêm, đổi tên hoặc gộp lĩnh vực.</p>
      )}
    </>
  );
}
