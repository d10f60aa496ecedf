import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { recordColumns } from "@/features/catalog/procedure-record";
import { ImportForms } from "@/features/imports/ui/import-forms";
import { editorOptions } from "../thu-tuc/editor-options";
import { commitImportAction, dryRunImportAction } from "./actions";

export const metadata: Metadata = { title: "Nhập thủ tục từ tệp", robots: { index: false } };

export default async function ImportPage() {
  const manager = await requireActor();
  if (!manager.catalogEditor) return <p className="notice bad">Bạn không có quyền nhập danh mục thủ tục.</p>;
  const options = await editorOptions(manager, true);
  return (
    <>
      <h1>Nhập thủ tục từ tệp CSV, XLSX hoặc JSON</h1>
      <p>
        Tải tệp mẫu: <a href="/quan-ly/nhap/mau?dinh-dang=xlsx">Excel (.xlsx)</a> ·{" "}
        <a href="/quan-ly/nhap/mau?dinh-dang=csv">CSV</a> ·{" "}
        <a href="/quan-ly/nhap/mau?dinh-dang=json">JSON</a>. Mỗi dòng là một thủ tục; nhập lại cùng mã chỉ tạo
        phiên bản mới khi nội dung thay đổi. Hệ thống kiểm tra toàn bộ tệp trước; chỉ khi không còn lỗi mới
        cho phép ghi, và ghi tất cả hoặc không ghi gì.
      </p>
      <details>
        <summary>Các cột của tệp</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Cột</th>
              <th scope="col">Mã cột</th>
              <th scope="col">Cách ghi</th>
            </tr>
          </thead>
          <tbody>
            {recordColumns.map((c) => (
              <tr key={c.key}>
                <td>{c.header}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.hint}</td>
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
