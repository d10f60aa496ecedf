"use client";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import { AnnouncementField } from "@/features/catalog/ui/announcement-field";
import type { ImportState } from "../import-state";

type Action = (prev: ImportState, fd: FormData) => Promise<ImportState>;

const actionLabels = { create: "Thêm mới", version: "Phiên bản mới", unchanged: "Không đổi" } as const;

/** Upload → dry run (errors per row and column, or a preview of changes) → commit. Works without JavaScript. */
export function ImportForms({
  dryRun,
  commit,
  announcements,
  units,
  today,
}: {
  dryRun: Action;
  commit: Action;
  announcements: Array<{ id: number; number: string }>;
  units: Array<{ id: number; name: string }>;
  today: string;
}) {
  const { state, formAction: dryRunAction, generation } = useFormAction(dryRun, {});
  const { state: done, formAction: commitAction, pending: committing } = useFormAction(commit, {});
  const preview = state.preview;
  return (
    <>
      <form action={dryRunAction} encType="multipart/form-data" noValidate>
        <FormMessage state={state} />
        <div className="grid2">
          <Field
            name="file"
            label="Tệp cần nhập (.csv, .xlsx, .json; tối đa 20 MB)"
            error={state.fieldErrors?.file}
          >
            {(p) => <input {...p} type="file" accept=".csv,.xlsx,.json" />}
          </Field>
          <AnnouncementField
            key={generation}
            announcements={announcements}
            error={state.fieldErrors?.announcementId}
            defaultValue={state.values?.announcementId}
          />
          <Field
            name="effectiveFrom"
            label="Ngày có hiệu lực (không bắt buộc)"
            hint="Cho các dòng không ghi quyết định công bố có ngày; để trống nếu không rõ — trang thủ tục sẽ ghi “Chưa có thông tin”."
            error={state.fieldErrors?.effectiveFrom}
          >
            {(p) => <input {...p} type="date" max={today} defaultValue={state.values?.effectiveFrom ?? ""} />}
          </Field>
          <Field
            name="offerAtUnitId"
            label="Gắn thủ tục mới cho đơn vị (không bắt buộc)"
            error={state.fieldErrors?.offerAtUnitId}
          >
            {(p) => (
              <select {...p} key={generation} defaultValue={state.values?.offerAtUnitId}>
                <option value="">— Không gắn —</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p>
          <SubmitButton label="Kiểm tra tệp (chưa ghi)" pendingLabel="Đang kiểm tra…" />
        </p>
      </form>

      {preview && preview.issues.length > 0 ? (
        <section aria-labelledby="issues-heading">
          <h2 id="issues-heading">Lỗi trong tệp {preview.fileName}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Cột</th>
                <th scope="col">Mục</th>
                <th scope="col">Lỗi</th>
                <th scope="col">Nội dung</th>
              </tr>
            </thead>
            <tbody>
              {preview.issues.map((i, n) => (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
                  key={n}
                  data-row={i.rowNumber ?? ""}
                  data-column={i.column ?? ""}
                  data-item={i.item ?? ""}
                >
                  <td>{i.rowNumber ?? "—"}</td>
                  <td>{i.header ?? i.column ?? "—"}</td>
                  <td>{i.item ?? "—"}</td>
                  <td>{i.message}</td>
                  <td>{i.text ? <q>{i.text}</q> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {preview?.jobId && preview.counts ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Xem trước thay đổi</h2>
          <p data-testid="import-counts">
            {preview.counts.create} thủ tục mới · {preview.counts.version} phiên bản mới ·{" "}
            {preview.counts.unchanged} không đổi
          </p>
          {preview.newFields && preview.newFields.length > 0 ? (
            <div className="notice" data-testid="new-fields">
              <p>
                <strong>Lĩnh vực chưa có trong hệ thống — sẽ được tạo khi ghi:</strong>
              </p>
              <ul>
                {preview.newFields.map((f) => (
                  <li key={f.name}>
                    {f.name} <span className="muted">(dòng {f.rows.join(", ")})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.newAnnouncements && preview.newAnnouncements.length > 0 ? (
            <div className="notice" data-testid="new-announcements">
              <p>
                <strong>Quyết định công bố chưa có trong hệ thống — sẽ được tạo khi ghi:</strong>
              </p>
              <ul>
                {preview.newAnnouncements.map((a) => (
                  <li key={a.number}>
                    {a.number} ({a.issuedOn.split("-").reverse().join("/")})
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form action={commitAction}>
            <input type="hidden" name="jobId" value={preview.jobId} />
            <FormMessage state={done} />
            <p>
              <button type="submit" disabled={committing || Boolean(done.committed)}>
                {preview.newFields && preview.newFields.length > 0
                  ? `Tạo ${preview.newFields.length} lĩnh vực mới và ghi vào hệ thống`
                  : "Ghi vào hệ thống"}
              </button>
            </p>
          </form>
          <table>
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Mã</th>
                <th scope="col">Tên thủ tục</th>
                <th scope="col">Thay đổi</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows?.map((r) => (
                <tr key={r.code}>
                  <td>{r.rowNumber}</td>
                  <td>{r.code}</td>
                  <td>
                    {r.name}
                    {r.pending ? <span className="muted"> (chỉ có tên và mã — đang cập nhật)</span> : null}
                  </td>
                  <td>{actionLabels[r.action]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
