"use client";

import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";
import { AnnouncementField } from "./announcement-field";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function OverrideForm({
  action,
  unitProcedureId,
  current,
}: {
  action: Action;
  unitProcedureId: number;
  current: {
    localTimeLimit: string | null;
    localFee: string | null;
    localPlace: string | null;
    localNotes: string | null;
  };
}) {
  const fields = [
    ["localTimeLimit", "Thời hạn giải quyết tại đơn vị"],
    ["localFee", "Phí, lệ phí tại đơn vị"],
    ["localPlace", "Nơi tiếp nhận"],
    ["localNotes", "Ghi chú khác"],
  ] as const;
  return (
    <ActionForm action={action} submitLabel="Lưu quy định riêng">
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="unitProcedureId" value={unitProcedureId} />
          {fields.map(([name, label]) => (
            <Field
              key={name}
              name={`${name}-${unitProcedureId}`}
              label={label}
              error={state.fieldErrors?.[name]}
            >
              {(p) => (
                <input
                  {...p}
                  name={name}
                  type="text"
                  defaultValue={state.values?.[name] ?? current[name] ?? ""}
                />
              )}
            </Field>
          ))}
        </div>
      )}
    </ActionForm>
  );
}

export function UploadForm({
  action,
  procedureCode,
  forms,
}: {
  action: Action;
  procedureCode: string;
  forms: Array<{ code: string; name: string }>;
}) {
  return (
    <ActionForm action={action} submitLabel="Tải lên" encType="multipart/form-data">
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="code" value={procedureCode} />
          <Field name="formCode" label="Mẫu đơn, tờ khai" error={state.fieldErrors?.formCode}>
            {(p) => (
              <select {...p} defaultValue={state.values?.formCode}>
                {forms.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="file"
            label="Tệp (PDF, DOC, DOCX, RTF, ODT, XLS, XLSX; tối đa 5 MB)"
            error={state.fieldErrors?.file}
          >
            {(p) => <input {...p} type="file" accept=".pdf,.doc,.docx,.rtf,.odt,.xls,.xlsx" />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function AbolishForm({
  action,
  procedureCode,
  announcements,
  today,
}: {
  action: Action;
  procedureCode: string;
  announcements: Array<{ id: number; number: string }>;
  today: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Bãi bỏ thủ tục">
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="code" value={procedureCode} />
          <Field name="abolishedOn" label="Ngày bãi bỏ" error={state.fieldErrors?.abolishedOn}>
            {(p) => <input {...p} type="date" defaultValue={state.values?.abolishedOn ?? today} />}
          </Field>
          <AnnouncementField
            announcements={announcements}
            error={state.fieldErrors?.announcementId}
            defaultValue={state.values?.announcementId}
          />
          <Field
            name="replacementCode"
            label="Mã thủ tục thay thế (nếu có)"
            error={state.fieldErrors?.replacementCode}
          >
            {(p) => <input {...p} type="text" defaultValue={state.values?.replacementCode} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
